"""What the coach asks, in its words: each question, its choices, and why it is asked.

The questions an individual candidate needs, and in what order, are decided in intake.py; the adapter
(actions/questions.py) only sends them.
"""
from __future__ import annotations

from typing import Any, Dict, List

from . import confirmation
from .kinds import KINDS
from .misses import MISSES, PENDING
from .state import CHANGE, CONFIRM, reasons_from

YES_NO = [{"title": "Yes", "payload": "Yes"}, {"title": "No", "payload": "No"}]
NOT_SURE = [{"title": "Not sure", "payload": "Not sure"}]

QUESTIONS: Dict[str, str] = {
    "role": "What's the role you've been offered? (Say \"skip\" if you'd rather not.)",
    "company": "Which company made the offer? (\"skip\" is fine too.)",
    "offer_base": "What base pay are they offering? Write it however you like: \"$85k\", \"$40/hr\", "
                  "\"€5,000 a month\".",
    "offer_variable": "And the variable pay at target, such as commission or bonus? Say \"none\" if there isn't any.",
    "previous_earnings": "What do you earn in your current or most recent job, per year in total (base plus any "
                         "commission or bonus)? \"Rather not say\" is fine.",
    "concern": "Is there anything that stands between you and saying yes to this offer? Tell me in your own words, "
               "or say \"nothing\".",
    "other_concern": "Besides what you've told me, is there anything else that stands between you and saying yes? "
                     "Say \"nothing\" if not.",
    "competing_offer": "What is the other offer worth per year in total (base plus variable)?",
    "competing_offer_in_writing": "Do you have that other offer in hand, in writing?",
    "would_choose_other": "If this company can't get closer, would you really take the other offer?",
    "evidence": "If they asked, could you back that up? For example a pay stub, the written offer, the job ad, an "
                "email, or the territory list.",
    "accept_as_is": "If they can't move at all, would you still accept this offer as it is?",
    "delete_confirmed": "Do you want me to delete everything you've told me, including this conversation? "
                        "This can't be undone.",
    CHANGE: confirmation.WHAT_TO_CHANGE,
}
# A question asked a second time is shorter, and comes with choices (buttons, or numbered in a terminal).
ASKED_AGAIN: Dict[str, str] = {
    "role": "Just the job title is fine, or \"skip\".",
    "company": "Just the company's name is fine, or \"skip\".",
    "offer_base": "Just the base figure, like \"85k\" or \"$40 an hour\", or \"not sure\".",
    "offer_variable": "Just the variable pay at target, like \"20k\" or \"10%\", or \"none\".",
    "previous_earnings": "Just what you earn now in a year, like \"95k in total\", or \"rather not say\".",
    "competing_offer": "Just the other offer's yearly total, like \"140k\", or \"not sure\".",
    "concern": "In a few words: is anything stopping you from saying yes? \"Nothing\" is a fine answer.",
    "other_concern": "Anything else, in a few words? \"Nothing\" is fine.",
    "evidence": "Could you show it if they asked: yes, no, or not sure?",
    "competing_offer_in_writing": "Is the other offer in your hands in writing: yes, no, or not sure?",
    "would_choose_other": "Would you really take the other offer: yes, no, or not sure?",
    "accept_as_is": "So: if nothing changes at all, would you still take this offer?",
    CHANGE: "Which fact should I change? For example \"the base is 95k\".",
}
PENDING_QUESTIONS = {
    "yes_but": "So: if nothing changes at all, would you still take this offer: yes, no, or not sure?",
    "which_offer": "If they can't move, which would you choose: this offer as it is, or the other one?",
}
CHOICES: Dict[str, List[Dict[str, str]]] = {
    "competing_offer_in_writing": YES_NO,
    "would_choose_other": YES_NO,
    "accept_as_is": YES_NO + NOT_SURE,
    "delete_confirmed": [{"title": "Yes, delete it", "payload": "Yes"}, {"title": "No, keep it", "payload": "No"}],
    CONFIRM: confirmation.CHOICES,
}
_AGAIN_CHOICES = {"evidence": YES_NO + NOT_SURE, "competing_offer_in_writing": YES_NO + NOT_SURE,
                  "would_choose_other": YES_NO + NOT_SURE, "accept_as_is": YES_NO + NOT_SURE,
                  "offer_base": NOT_SURE, "competing_offer": NOT_SURE, "previous_earnings": NOT_SURE}
_PENDING_CHOICES = {"yes_but": YES_NO + NOT_SURE,
                    "which_offer": [{"title": "This offer", "payload": "This one"},
                                    {"title": "The other offer", "payload": "The other one"}]}
# Why the questions every candidate is asked matter; a kind's own follow-ups say their why (kinds/).
_WHY = {
    "role": "Naming the role and company makes the message personal; you can skip them.",
    "company": "Naming the role and company makes the message personal; you can skip them.",
    "offer_base": "Everything is compared against the offer, so I need its base pay.",
    "offer_variable": "Variable pay is part of what the job pays; together with the base it gives the total.",
    "concern": "A counter only helps when something real stands in the way; that's what I'm checking.",
    "other_concern": "A counter should carry everything that matters at once, so I check nothing else is left.",
    "accept_as_is": "Knowing whether this is a deal-breaker shapes how firmly to put it.",
    CONFIRM: "Everything I advise rests on these facts, so a wrong one would make the advice wrong.",
    CHANGE: "Everything I advise rests on these facts, so a wrong one would make the advice wrong.",
}
_FOLLOW_UP_WHY = {follow_up.slot: follow_up.why for kind in KINDS.values() for follow_up in kind.follow_ups}
NOT_ASKING = "I'm gathering what I need to judge your offer."


def why_asked(slot: str) -> str:
    return _WHY.get(slot) or _FOLLOW_UP_WHY.get(slot) or NOT_ASKING


def question(slot: str, slots: Dict[str, Any]) -> str:
    """The question for `slot` now: the list of facts to confirm; a question waiting on something to be cleared
    up; a shorter one the second time; the evidence question names the proof that suits the reasons raised."""
    if slot == CONFIRM:
        return confirmation.message(slots)
    if slots.get(PENDING) in PENDING_QUESTIONS:
        return PENDING_QUESTIONS[slots[PENDING]]
    if (slots.get(MISSES) or {}).get(slot) and slot in ASKED_AGAIN:
        return ASKED_AGAIN[slot]
    if slot == "evidence":
        reasons = reasons_from(slots)
        proofs = [KINDS[reason.key].proof for reason in reasons if KINDS[reason.key].proof]
        if proofs:
            return f"If they asked, could you show {' and '.join(dict.fromkeys(proofs))}?"
    return QUESTIONS[slot]


def choices(slot: str, slots: Dict[str, Any]) -> List[Dict[str, str]]:
    """The buttons that go with the question for `slot` now."""
    if slots.get(PENDING) in _PENDING_CHOICES:
        return _PENDING_CHOICES[slots[PENDING]]
    if (slots.get(MISSES) or {}).get(slot) and slot in _AGAIN_CHOICES:
        return _AGAIN_CHOICES[slot]
    return CHOICES.get(slot, [])
