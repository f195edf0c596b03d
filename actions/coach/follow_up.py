"""After the verdict, whatever the candidate says next: the employer's answer, a new fact, a question, "why?",
another wording of the draft, their case so far. Every message gets a reply that fits; nothing falls through
to "Sorry, I didn't follow that".

`read_follow_up` decides what the message is and what changes; the adapter (actions/follow_up.py) then either
says the answer, or has the form ask what the new facts need and the advice worked out again.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from . import employer
from .advice import needs_answer
from .answers import NO, can_back_up, in_writing
from .case import Reason
from .asked_back import answers_to, questions_in
from .corrections import CORRECTING, corrected, named_field, said_wrong
from .decision import assess, short_why
from .facts.reading import read_facts
from .intake import read_answer
from .typed import clean
from .proof import proof_items
from .reasons import merged, reasons_in
from .signed import already_said_yes
from .state import FACT_SLOTS, RESULT_SLOTS, YES_NO_SLOTS, case_from, reasons_from

ANSWER, VARIANT, SHOW, WHY, REPLY, FACTS, SIGNED, THANKS, CASE, DECIDED, UNCLEAR = (
    "answer", "variant", "show", "why", "reply", "facts", "signed", "thanks", "case", "decided", "unclear")
VARIANT_WORDS = {"email": r"e-?mail|mail\b", "phone": r"phone|call\b|talking points|script",
                 "shorter": r"short|brief|concise|trim", "warmer": r"warm|friendl|softer",
                 "formal": r"formal|professional"}
_VARIANT_ASK = re.compile(r"\b(?:make|write|turn|rewrite|redo|put)\b|\b(?:as\s+an?|in\s+an?)\b|\bversion\b|\bmore\b", re.I)
# A style named on its own: "talking points for a call", "shorter please".
_STYLE_NAMED = re.compile(r"^\W*(?:(?:as\s+|some\s+)?talking\s+points|(?:a\s+)?(?:call\s+)?script|shorter|warmer|friendlier"
                          r"|(?:more\s+)?formal|(?:an?\s+)?e-?mail(?:\s+version)?)\b", re.I)
_SHOW = re.compile(r"\b(?:show|see|give|send|repeat)\b[^.?!]{0,20}\b(?:draft|message|note|it\s+again)\b|^\W*(?:my\s+)?draft"
                   r"\W*$", re.I)
_CASE = re.compile(r"\b(?:my\s+case|the\s+case|timeline|history|so\s+far|summary|where\s+(?:are|were)\s+we)\b", re.I)
_WHY = re.compile(r"^\W*(?:why|why\s+(?:not|so|is\s+that|that|this)|how\s+come|explain|but\s+why)\b", re.I)
_THANKS = re.compile(r"^\W*(?:thanks?|thank\s+you|thx|ty|cheers|great|perfect|awesome|ok(?:ay)?|cool|got\s+it|nice)\W*"
                     r"(?:thanks?|thank\s+you|so\s+much|a\s+lot)?\W*$", re.I)
_DECIDED = re.compile(r"^\W*(?:(?:ok(?:ay)?|alright|fine|right|yeah|yes|then),?\s+)?(?:i'?ll\s+|i\s+will\s+|i'?m\s+going\s+to\s+"
                      r"|i\s+think\s+i'?ll\s+|let'?s\s+)?(?P<choice>accept|take\s+it|decline|turn\s+it\s+down|say\s+no)"
                      r"\b", re.I)
# "will they pull it if...", "what if they say no": wondering about an answer, not reporting one
_WONDERING = re.compile(r"^\W*(?:will|would|could|should|can|do|does|what\s+if|is\s+it|are\s+they|how)\b", re.I)
_OTHER_OFFER_IN_HAND = re.compile(r"\b(?:written|in\s+writing|letter|emailed|signed|docusign|on\s+paper)\b", re.I)
MENU = ("I can help with what comes next: tell me what the employer answered (they agreed, met you part of the way, "
        "said no, asked for proof, gave a deadline, or went quiet), give me a new fact about the offer, or ask me "
        "anything about it.")
MENU_CHOICES = [{"title": "They answered", "payload": "They answered my message"},
                {"title": "Show my draft", "payload": "show my draft"},
                {"title": "Show my case", "payload": "show my case"}]
WELCOME = "You're welcome. Come back any time and tell me what they say; I'll help with the next step."


@dataclass
class FollowUp:
    kind: str
    messages: List[str] = field(default_factory=list)
    updates: Dict[str, Any] = field(default_factory=dict)
    decide_again: bool = False  # the case changed: the form asks what it needs, then the advice is worked out again
    style: Optional[str] = None


def requested_style(text: str) -> Optional[str]:
    low = (text or "").lower()
    return next((style for style, words in VARIANT_WORDS.items() if re.search(words, low)), None)


def known_of(slots: Dict[str, Any]) -> Dict[str, Any]:
    return {name: value for name, value in slots.items() if value is not None}


def read_follow_up(text: str, slots: Dict[str, Any]) -> FollowUp:
    text = clean(text)
    known = known_of(slots)
    if already_said_yes(text) and not slots.get("signed"):
        return FollowUp(SIGNED, updates={"signed": True, **{name: None for name in RESULT_SLOTS}},
                        decide_again=True)
    reply = employer.reply_in(text, known) if not _WONDERING.match(text) else None
    if reply and reply.kind == employer.WITHDRAWN and _names_other_offer(text, slots):
        return _other_offer_gone(slots)
    if reply:
        return _reply(reply, slots)
    questions = questions_in(text)
    named = _STYLE_NAMED.match(text) and not questions  # "email or phone?" asks which is better
    style = requested_style(text) if _VARIANT_ASK.search(text) or named else None
    if style:
        return FollowUp(VARIANT, style=style)
    if _SHOW.search(text):
        return FollowUp(SHOW)
    if _CASE.search(text):
        return FollowUp(CASE)
    decided = _DECIDED.match(text)
    if decided and slots.get("draft_kind") == "none":
        return FollowUp(DECIDED, updates={"accept_as_is": "no" if re.search(r"decline|down|no", decided.group("choice"))
                                          else "yes"}, decide_again=True)
    if questions and not _WHY.search(text):  # answered, and nothing taken from it
        return FollowUp(ANSWER, answers_to(questions, None, slots))
    facts = _new_facts(text, slots)
    if facts.updates:
        return facts
    if _WHY.search(text) or questions:
        if _WHY.search(text) and not _topic_question(text):
            return FollowUp(WHY)
        return FollowUp(ANSWER, answers_to(questions or [text], None, slots))
    if _THANKS.match(text):
        return FollowUp(THANKS, [WELCOME])
    return FollowUp(UNCLEAR, [MENU])


def _topic_question(text: str) -> bool:
    """ "why would they pull the offer?" asks about something; a bare "why?" asks about the advice."""
    return bool(re.search(r"\b(?:pull|rescind|bonus|email|phone|proof|title|vacation|start\s+date|sign)\b", text, re.I))


def _other_offer_gone(slots: Dict[str, Any]) -> FollowUp:
    """ "Corsair withdrew their offer": not this employer's answer, a fact about the other offer. It's gone."""
    reasons = [vars(reason) for reason in reasons_from(slots) if reason.key != "competing_offer"]
    gone = {"competing_offer": None, "competing_offer_in_writing": None, "would_choose_other": None, "reasons": reasons,
            "declined": sorted(set(slots.get("declined") or []) | {"competing_offer"})}
    return FollowUp(FACTS, ["So the other offer is off the table; I'll look at this one on its own."],
                    {**gone, **{name: None for name in RESULT_SLOTS}}, decide_again=True)


def _reply(reply: employer.Reply, slots: Dict[str, Any]) -> FollowUp:
    updates: Dict[str, Any] = {"employer_reply": reply.kind, "round": float(slots.get("round") or 1) + 1}
    case = case_from(slots)
    if reply.new_base is not None:
        updates["offer_base"] = reply.new_base
    elif reply.new_total is not None and case.offer_variable is not None:
        updates["offer_base"] = max(reply.new_total - case.offer_variable, 0.0) or None
    if reply.kind in (employer.PARTIAL, employer.DECLINED) and needs_answer(reply.kind, {**slots, **updates}):
        updates["accept_as_is"] = None  # asked again, at the terms now on the table
    return FollowUp(REPLY, updates={**updates, **{name: None for name in RESULT_SLOTS}}, decide_again=True)


def _new_facts(text: str, slots: Dict[str, Any]) -> FollowUp:
    """A fact that changes the case: a corrected figure or name, the other offer now in writing, proof found, a
    reason not raised before."""
    if named_field(text) in ("company", "role") + YES_NO_SLOTS or said_wrong(text, slots) or CORRECTING.match(text) \
            or re.search(r"\b(?:called|named)\b", text, re.I):
        updates, said = corrected(text, slots)
    else:  # after the verdict, a figure stated again is stated anew
        intake = read_answer(text, None, slots, correcting=True)
        updates, said = _facts_only(intake.updates, slots), intake.messages
    raised = [reason for reason in reasons_in(text, _names_other_offer(text, slots))
              if reason.key not in {known.key for known in reasons_from(slots)}]
    if raised:  # a reason not raised before: it is weighed with the rest ("I deserve more" is told why not)
        updates["reasons"] = merged(reasons_from(slots), raised)
        if slots.get("other_concern") is None:
            updates["other_concern"] = text  # told now, so "anything else?" is not asked again
    items = proof_items(text)
    if items and not set(items) <= set(proof_items(slots.get("evidence"))):  # proof found since
        before = slots.get("evidence") or ""
        # proof found since replaces "no, it was just a call"; beside other proof, it adds to it
        updates["evidence"] = text if can_back_up(before) in (None, NO) else f"{before}; {text}"
    if _names_other_offer(text, {**slots, **updates}):
        figure = read_facts(text, asked="competing_offer", known=known_of(slots)).values.get("competing_offer")
        if figure is not None and "competing_offer" not in updates and figure != slots.get("competing_offer"):
            updates["competing_offer"] = figure
        if _OTHER_OFFER_IN_HAND.search(text):
            updates["competing_offer_in_writing"] = in_writing(text) or "yes"
        if "competing_offer" not in {reason.key for reason in reasons_from({**slots, **updates})} and updates:
            # beside any reason this message raised above, not in place of it
            updates["reasons"] = merged(reasons_from({**slots, **updates}), [Reason("competing_offer", text)])
    if not updates:
        return FollowUp(FACTS)
    _step_back_now(updates, slots, text)
    return FollowUp(FACTS, said, {**updates, **{name: None for name in RESULT_SLOTS}}, decide_again=True)


def _step_back_now(updates: Dict[str, Any], slots: Dict[str, Any], text: str) -> None:
    """New figures that make the offer a step back raise it, whatever was said before they were known."""
    reasons = reasons_from({**slots, **updates})
    before, after = case_from(slots), case_from({**slots, **updates})
    if any(reason.key == "below_previous_earnings" for reason in reasons):
        return
    if (after.pay_shortfall() or after.base_shortfall()) and not (before.pay_shortfall() or before.base_shortfall()):
        updates["reasons"] = merged(reasons, [Reason("below_previous_earnings", text)])


def _facts_only(updates: Dict[str, Any], slots: Dict[str, Any]) -> Dict[str, Any]:
    """What the message changed in the facts; what it merely repeats, or told about a concern already known,
    changes nothing."""
    kept = {name: value for name, value in updates.items()
            if name in FACT_SLOTS and name not in ("concern", "other_concern") and value != slots.get(name)}
    if "reasons" in kept and {raw["key"] for raw in kept["reasons"]} <= {r.key for r in reasons_from(slots)}:
        kept.pop("reasons")
    return kept


def _names_other_offer(text: str, slots: Dict[str, Any]) -> bool:
    return bool(re.search(r"\b(?:other|second|competing)\s+(?:offer|place|company|one)\b|\b(?:company|offer)\s+b\b"
                          r"|\bb\s+(?:just|has|sent)|\bwritten\s+offer\b", text, re.I)) or bool(
        slots.get("other_company") and re.search(re.escape(str(slots["other_company"])), text, re.I))


def why_again(slots: Dict[str, Any]) -> str:
    """ "why?" once more: the same reasoning, shorter and in other words."""
    case = case_from(slots)
    return short_why(case, assess(case, reasons_from(slots)))
