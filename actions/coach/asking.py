"""What the coach asks, in its words: each question, its choices, and why it is asked.

The questions an individual candidate needs, and in what order, are decided in intake.py; the adapter
(actions/questions.py) only sends them.
"""
from __future__ import annotations

from typing import Dict, List, Sequence

from .case import Reason
from .kinds import KINDS

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
}
CHOICES: Dict[str, List[Dict[str, str]]] = {
    "competing_offer_in_writing": YES_NO,
    "would_choose_other": YES_NO,
    "accept_as_is": YES_NO + NOT_SURE,
    "delete_confirmed": [{"title": "Yes, delete it", "payload": "Yes"}, {"title": "No, keep it", "payload": "No"}],
}
# Why the questions every candidate is asked matter; a kind's own follow-ups say their why (kinds/).
_WHY = {
    "role": "Naming the role and company makes the message personal; you can skip them.",
    "company": "Naming the role and company makes the message personal; you can skip them.",
    "offer_base": "Everything is compared against the offer, so I need its base pay.",
    "offer_variable": "Variable pay is part of what the job pays; together with the base it gives the total.",
    "concern": "A counter only helps when something real stands in the way; that's what I'm checking.",
    "other_concern": "A counter should carry everything that matters at once, so I check nothing else is left.",
    "accept_as_is": "Knowing whether this is a deal-breaker shapes how firmly to put it.",
}
_FOLLOW_UP_WHY = {follow_up.slot: follow_up.why for kind in KINDS.values() for follow_up in kind.follow_ups}
NOT_ASKING = "I'm gathering what I need to judge your offer."


def why_asked(slot: str) -> str:
    return _WHY.get(slot) or _FOLLOW_UP_WHY.get(slot) or NOT_ASKING


def question(slot: str, reasons: Sequence[Reason] = ()) -> str:
    """The question for `slot`; the evidence question names the proof that suits the reasons raised."""
    if slot == "evidence":
        proofs = [KINDS[reason.key].proof for reason in reasons if KINDS[reason.key].proof]
        if proofs:
            return f"If they asked, could you show {' and '.join(dict.fromkeys(proofs))}?"
    return QUESTIONS[slot]
