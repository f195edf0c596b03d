"""What one candidate message tells us, given the question we asked: the slot updates and what to say back.

The form adapter (actions/forms.py) calls `read_answer` once per turn; state.questions says what is still
missing. In order: a message that says the offer is already signed ends the questions; a command is left to
the rules; a question the candidate asks is answered and nothing is taken from it; the list of facts is
confirmed or corrected; a correction of an earlier answer changes the field it names; anything else is read
as the answer to the question asked. An answer that can't be used twice running is assumed (misses.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from . import confirmation
from .answers import YES
from .asked_back import answers_to, questions_in, statement_in
from .case import Reason
from .commands import COMMAND_WORDS
from .corrections import CORRECTING, corrected, named_field
from .facts.found import Facts
from .facts.reading import read_facts
from .misses import answered, missed
from .reasons import (find_reasons, from_intent, merged, reasons_in, says_nothing_stands_in_the_way,
                      told_with, without_misstatements)
from .signed import already_said_yes
from .stance import accepts_as_is, nothing_in_the_way, yes_no
from .terms import term_in
from .typed import plain_name, screened
from .state import (CHANGE, CHANGE_WANTED, CONFIRM, FACT_SLOTS, MONEY_SLOTS, NAME_SLOTS,
                    RESULT_SLOTS, YES_NO_SLOTS, reasons_from)

# Commands step outside the question, taken at their word: the rules answer them, then the form asks again.
SIDE_COMMANDS = ("greet", "delete_data", "start_over", "stop", "resume", "show_draft", "goodbye")
SIDE_CONFIDENCE = 0.8
LAST_ANSWERED = "last_answered"  # the figure a bare "sorry, I meant 95k" corrects

DECLINE_TO_MISSTATE = ("One thing first: I can't help you tell the employer something that isn't true. If it came out, "
                       "it would cost you the offer and your reputation with them. Let's look at what is real.")
NOTED_SIGNED = "You've already said yes, so there's nothing to negotiate now."
FIXED = "Got it, I've changed that."
UNPLACED = "I couldn't tell from that what stands in the way."
_CORRECTS = re.compile(r"\b(actually|sorry|i mean|i meant|correction|wrong|mistake|typo|not \$?\d+|should be)\b", re.I)
_WRONG = re.compile(r"\b(?:wrong|mistake|typo|got\s+it\s+wrong|mixed\s+up)\b", re.I)
_NOT_UNDERSTOOD = {
    "money": "I couldn't find an amount in that.",
    "yes_no": "I couldn't tell if that's a yes or a no.",
    "text": "I didn't catch that.",
}


@dataclass
class Intake:
    updates: Dict[str, Any] = field(default_factory=dict)
    messages: List[str] = field(default_factory=list)
    side_step: bool = False  # the message was a command: let the rules handle it


def _is_command(text: str, intent: Optional[str], confidence: float) -> bool:
    # The NLU is sure of itself on names it never saw ("Fjord Data" as delete_data), so a command must also use
    # one of its words.
    return intent in SIDE_COMMANDS and confidence >= SIDE_CONFIDENCE and bool(COMMAND_WORDS[intent].search(text))


def read_answer(text: str, asked: Optional[str], slots: Dict[str, Any], intent: Optional[str] = None,
                confidence: float = 0.0, correcting: bool = False) -> Intake:
    """`correcting`: figures and names read replace those known (new facts after the verdict)."""
    intake = Intake()
    text, said = screened(text)
    intake.messages.extend(said)
    if text is None:
        return _miss(intake, asked, slots)
    if already_said_yes(text) and not slots.get("signed"):  # the facts given still count; no more questions
        intake.updates["signed"] = True
        _answer(text, None, slots, intent, confidence, intake)
        intake.messages[:] = [NOTED_SIGNED]  # the figures said back would only invite a negotiation
        return intake
    if asked not in (CONFIRM, CHANGE) and _is_command(text, intent, confidence):
        intake.side_step = True
        return intake
    asked_back = questions_in(text)
    if asked_back:
        intake.messages.extend(answers_to(asked_back, asked, slots))
        if asked is not None:  # the question answered; only what the message states besides it is read
            text = statement_in(text)
            if len(text.split()) < 3:
                return _miss(intake, asked, slots)
    if asked == CONFIRM:
        return _confirmation(text, slots, intake)
    if asked == CHANGE:
        return _change(text, slots, intake)
    if _corrects_an_earlier_answer(text, asked, slots) and _correction(text, slots, intake, slots.get(LAST_ANSWERED)):
        return _decide_again(intake, slots)
    return _answer(text, asked, slots, intent, confidence, intake, correcting)


def _corrects_an_earlier_answer(text: str, asked: Optional[str], slots: Dict[str, Any]) -> bool:
    """ "sorry, I meant 95k" (the figure just given), "no no, the BASE is 95k" while asked something else."""
    if not asked or not (CORRECTING.match(text) or _WRONG.search(text)):
        return False
    field = named_field(text) or slots.get(LAST_ANSWERED)
    return field is not None and field != asked


def _miss(intake: Intake, asked: Optional[str], slots: Dict[str, Any], pending_total: float = None) -> Intake:
    if asked:
        updates, said = missed(asked, slots, pending_total)
        intake.updates.update(updates)
        intake.messages.extend(said)
    return intake


# ---- the list of facts -----------------------------------------------------------------------------------------

def _confirmation(text: str, slots: Dict[str, Any], intake: Intake) -> Intake:
    reply = confirmation.read_reply(text)
    if reply.confirmed:
        intake.updates.update({CONFIRM: YES, **answered(CONFIRM, slots)})
        return intake
    if reply.wants_change:
        intake.updates.update({CHANGE_WANTED: True, **answered(CONFIRM, slots)})
        return intake
    if reply.unsure:
        intake.updates[CONFIRM] = YES
        intake.messages.append(confirmation.GOING_ON)
        return intake
    changed = _correction(text, slots, intake, fallback=None)
    reasons = find_reasons(text)
    if reasons:  # "and there's also the travel: 25% said, 60% in the letter"
        intake.updates["reasons"] = merged(reasons_from(slots), reasons)
    if changed or reasons:
        return _decide_again(intake, slots)
    intake.messages.append(_NOT_UNDERSTOOD["text"])
    return _miss(intake, CONFIRM, slots)


def _change(text: str, slots: Dict[str, Any], intake: Intake) -> Intake:
    updates, said = corrected(text, slots)
    if not updates:
        intake.messages.extend(said or [_NOT_UNDERSTOOD["text"]])
        return _miss(intake, CHANGE, slots)
    intake.updates.update({**updates, CHANGE_WANTED: False, CHANGE: None, **answered(CHANGE, slots)})
    intake.messages.extend([FIXED] + said)
    return _decide_again(intake, slots)


def _correction(text: str, slots: Dict[str, Any], intake: Intake, fallback: Optional[str]) -> bool:
    """A correction of something said before changes the field it names, or clears a figure said to be wrong
    ("I gave the wrong base"); False when it changes nothing ("no, I mean nothing's in the way" is an answer)."""
    updates, said = corrected(text, slots, fallback)
    field = named_field(text)
    if not updates and field in MONEY_SLOTS and _WRONG.search(text) and slots.get(field) is not None:
        intake.updates[field] = None  # asked for again
        intake.messages.append("No problem, let's fix that figure.")
        return True
    if not updates:
        intake.messages.extend(said)  # a question back ("which base is right?") is still an answer to them
        return bool(said)
    intake.updates.update(updates)
    intake.messages.extend([FIXED] + said)
    return True


def _decide_again(intake: Intake, slots: Dict[str, Any]) -> Intake:
    if any(name in FACT_SLOTS for name in intake.updates) and slots.get("verdict"):
        intake.updates.update({name: None for name in RESULT_SLOTS})  # the facts changed: decide again
    return intake


# ---- the answer to the question asked ------------------------------------------------------------------------

def _names_another_offer(facts: Facts) -> bool:
    return facts.values.get("competing_offer") is not None or bool(facts.values.get("other_company"))


def _read_reasons(text: str, intent: Optional[str], confidence: float, facts: Facts) -> List[Dict[str, Any]]:
    found = reasons_in(text, _names_another_offer(facts))
    if not found and says_nothing_stands_in_the_way(text):
        return []
    found = from_intent(intent, confidence, text, found)
    if not found and term_in(text, exclude=("pay",)):
        # "the start date, I wanted March 1": a term of the job they'd like changed. It is weighed like a change
        # from what was described, and the checks say honestly when nothing was described differently.
        found = [Reason("changed_terms", text)]
    return [vars(reason) for reason in found]


def _answered(text: str, asked: Optional[str], slots: Dict[str, Any], intent: Optional[str], confidence: float,
              facts: Facts, intake: Intake) -> Dict[str, Any]:
    """What the message says to the question asked, when that question is not a figure or a name."""
    if asked in YES_NO_SLOTS:
        updates, said = yes_no(text, asked, slots)
        intake.messages.extend(said)
        return updates
    if asked == "evidence":
        return {"evidence": text}
    if asked == "concern":
        reasons = _read_reasons(text, intent, confidence, facts)
        if not reasons and not says_nothing_stands_in_the_way(text) and not (slots.get("misses") or {}).get(asked):
            intake.messages.append(UNPLACED)  # asked once more in other words; the second telling is kept
            return {}
        return {"concern": text, "reasons": reasons}
    if asked == "other_concern":
        more = [Reason(**raw) for raw in _read_reasons(text, intent, confidence, facts)]
        return {"other_concern": text, "reasons": merged(reasons_from(slots), more)}
    return {}


def _take_facts(updates: Dict[str, Any], facts: Facts, asked: Optional[str], slots: Dict[str, Any],
                correcting: bool) -> None:
    """The figures and names read: new ones, the one asked for, and any when the candidate is correcting."""
    if facts.declined:
        updates["declined"] = sorted(set(slots.get("declined") or []) | set(facts.declined))
    for name, value in facts.values.items():
        if name not in updates and value is not None and name != "hourly" and (
                slots.get(name) is None or name == asked or correcting or name == "currency"):
            updates[name] = plain_name(value) or None if name in NAME_SLOTS else value
    if "hourly" in facts.values and any(name in updates for name in facts.values["hourly"]):
        updates["hourly"] = facts.values["hourly"]  # the rate behind a figure taken, to rework with new hours


def _unprompted_concern(updates: Dict[str, Any], text: str, asked: Optional[str], slots: Dict[str, Any],
                        facts: Facts) -> None:
    """A paragraph that already says what holds them back answers the concern question before it is asked."""
    if asked != "concern" and slots.get("concern") is None:
        reasons = reasons_in(text, _names_another_offer(facts))
        if reasons:
            updates.update(concern=text, concern_unprompted=True, reasons=[vars(reason) for reason in reasons])
        elif nothing_in_the_way(text):
            updates.update(concern=text, reasons=[])


def _follow_ups_told(updates: Dict[str, Any], slots: Dict[str, Any]) -> None:
    known = {reason.key for reason in reasons_from(slots)}
    raised = [Reason(**raw) for raw in updates.get("reasons") or [] if raw["key"] not in known]
    for name, value in told_with(raised, {**slots, **updates}).items():
        updates.setdefault(name, value)


def _answer(text: str, asked: Optional[str], slots: Dict[str, Any], intent: Optional[str], confidence: float,
            intake: Intake, correcting: bool = False) -> Intake:
    # Figures in a clause that plans to misstate something are not facts about the offer.
    factual = without_misstatements(text) if asked in (None, "concern") else text
    facts = read_facts(factual, asked=asked, known={k: v for k, v in slots.items() if v is not None})
    updates = intake.updates
    updates.update(_answered(text, asked, slots, intent, confidence, facts, intake))
    _take_facts(updates, facts, asked, slots, correcting=correcting or bool(_CORRECTS.search(text)))
    _unprompted_concern(updates, text, asked, slots, facts)
    _follow_ups_told(updates, slots)
    if any(reason.get("misstated") for reason in updates.get("reasons") or []):
        intake.messages.append(DECLINE_TO_MISSTATE)
    if slots.get("accept_as_is") is None and asked != "accept_as_is":
        answer = accepts_as_is(text, {**slots, **updates})
        if answer:
            updates["accept_as_is"] = answer
    intake.messages.extend(said for name, said in facts.said.items()
                           if updates.get(name) is not None and updates[name] != slots.get(name))
    intake.messages.extend(facts.notes + facts.refusals + facts.questions)
    if asked and asked not in updates and asked not in facts.declined:
        if not intake.messages:
            intake.messages.append(_not_understood(asked))
        return _decide_again(_miss(intake, asked, slots, facts.pending_total), slots)
    if asked:
        updates.update(answered(asked, slots))
        if asked in MONEY_SLOTS:
            updates[LAST_ANSWERED] = asked
    return _decide_again(intake, slots)


def _not_understood(asked: str) -> str:
    if asked in MONEY_SLOTS:
        return _NOT_UNDERSTOOD["money"]
    if asked in YES_NO_SLOTS:
        return _NOT_UNDERSTOOD["yes_no"]
    return _NOT_UNDERSTOOD["text"]
