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
from .answers import NO, UNSURE, YES, in_writing, read_conditional
from .asked_back import answers_to, questions_in, statement_in
from .case import Reason
from .commands import COMMAND_WORDS
from .corrections import CORRECTING, corrected, named_field
from .facts.found import Facts
from .facts.reading import read_facts
from .language import looks_foreign
from .misses import PENDING, answered, missed
from .reasons import (find_reasons, from_intent, merged, reasons_in, says_nothing_stands_in_the_way,
                      told_with, without_misstatements)
from .signed import already_said_yes
from .terms import term_in
from .state import (CHANGE, CHANGE_WANTED, CONFIRM, FACT_SLOTS, FREE_TEXT_SLOTS, MONEY_SLOTS, NAME_SLOTS,
                    RESULT_SLOTS, YES_NO_SLOTS, reasons_from)

# Commands step outside the question, taken at their word: the rules answer them, then the form asks again.
SIDE_COMMANDS = ("greet", "delete_data", "start_over", "stop", "resume", "show_draft", "goodbye")
SIDE_CONFIDENCE = 0.8
MAX_CHARS = 2000
LAST_ANSWERED = "last_answered"  # the figure a bare "sorry, I meant 95k" corrects

DECLINE_TO_MISSTATE = ("One thing first: I can't help you tell the employer something that isn't true. If it came out, "
                       "it would cost you the offer and your reputation with them. Let's look at what is real.")
ONLY_ENGLISH = ("Sorry, I can only read English so far. Could you tell me in English? Short answers are fine.")
TRUNCATED = (f"That was a long message: I read the first {MAX_CHARS:,} characters. If something important came "
             "later, send it on its own.")
NOTED_SIGNED = "You've already said yes, so there's nothing to negotiate now."
YES_BUT = "You said yes, but with a condition."
WHICH_OFFER = ("You said you'd take the other offer if they can't get closer, and also that you'd accept this one as "
               "it is.")
FIXED = "Got it, I've changed that."
UNPLACED = "I couldn't tell from that what stands in the way."
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MARKUP = re.compile(r"<[^>]*>|[<>{}\[\]`|\\]")
# What they'd do if nothing moves: "I'd still take it either way", "I'd take Tessellate if they can't get closer",
# "if they can't move I'd probably not take it".
_STILL_ACCEPT = re.compile(r"\b(?:i'?d|i would|i will|i'?ll)\b(?P<between>[^.;]{0,25}?)\b(?:still )?(?:take|accept|sign|join|say yes"
                           r"|pick|choose|go with)\b(?P<what>[^.;]{0,40}?)\b(?:if|even if|anyway|regardless|either way)\b"
                           r"|\bif\s+(?:they|it|[\w-]+)\s+(?:can'?t|cannot|won'?t|doesn'?t|don'?t|do\s+not)\s+(?:move|budge|match"
                           r"|get\s+closer|come\s+up|improve|change)\b[^.;]{0,20}?\b(?:i'?d|i\s+would|i'?ll|i\s+will)\b"
                           r"(?P<between_after>[^.;]{0,20}?)\b(?:still\s+)?(?:take|accept|sign|join)\b(?P<what_after>[^.;]{0,20})",
                           re.I)
# "the other offer pays more and I'd take it if...": "it" is the offer just named
_ABOUT_OTHER = re.compile(r"\b(?:other|another|second|competing)\s+(?:offer|one|company)\b|\boffer\s+b\b", re.I)
_NOT = re.compile(r"\b(?:not|never)\b|n't\b", re.I)
# "Honestly nothing's stopping me, I'd say yes today": the concern question answered before it is asked.
_NOTHING_IN_THE_WAY = re.compile(
    r"\bnothing(?:'?s|\s+is)?\s+(?:really\s+)?(?:stopping|holding|standing\s+in|in\s+the\s+way|stands\s+in)"
    r"|\b(?:i'?d|i\s+would|i'?ll|i\s+will|ready\s+to|happy\s+to)\s+(?:happily\s+|gladly\s+)?(?:say\s+yes|accept|sign)"
    r"\s+(?:today|now|right\s+away|tomorrow|as\s+is)\b(?![^.;]{0,30}\b(?:if|unless|once|as\s+long)\b)", re.I)
_CORRECTS = re.compile(r"\b(actually|sorry|i mean|i meant|correction|wrong|mistake|typo|not \$?\d+|should be)\b", re.I)
_WRONG = re.compile(r"\b(?:wrong|mistake|typo|got\s+it\s+wrong|mixed\s+up)\b", re.I)
_THIS_ONE = re.compile(r"\b(?:this\s+one|this\s+offer|here|stay|accept\s+(?:it|this)|yours|the\s+first)\b", re.I)
_OTHER_ONE = re.compile(r"\b(?:the\s+other|other\s+one|theirs|them|go\s+there|b\b|the\s+second)\b", re.I)
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


def clean(text: Optional[str]) -> str:
    text = _CONTROL.sub(" ", text if isinstance(text, str) else "")
    return re.sub(r"\s+", " ", text).strip()[:MAX_CHARS]


def plain_name(value: str) -> str:
    """Names go into drafts: no markup or code characters, however they were typed."""
    return re.sub(r"\s+", " ", _MARKUP.sub(" ", value)).strip()


def _screened(text: str, intake: Intake) -> Optional[str]:
    """The message, cleaned and capped; None (with the reason said) when there is nothing to read in it."""
    if len(clean(text)) >= MAX_CHARS:
        intake.messages.append(TRUNCATED)
    text = clean(text)
    if not text:
        intake.messages.append("I didn't get any text there.")
        return None
    if looks_foreign(text):
        intake.messages.append(ONLY_ENGLISH)
        return None
    return text


def _is_command(text: str, intent: Optional[str], confidence: float) -> bool:
    # The NLU is sure of itself on names it never saw ("Fjord Data" as delete_data), so a command must also use
    # one of its words.
    return intent in SIDE_COMMANDS and confidence >= SIDE_CONFIDENCE and bool(COMMAND_WORDS[intent].search(text))


def read_answer(text: str, asked: Optional[str], slots: Dict[str, Any], intent: Optional[str] = None,
                confidence: float = 0.0, correcting: bool = False) -> Intake:
    """`correcting`: figures and names read replace those known (new facts after the verdict)."""
    intake = Intake()
    text = _screened(text, intake)
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


def _yes_no(text: str, asked: str, slots: Dict[str, Any], intake: Intake) -> Dict[str, Any]:
    """A yes/no answer as people give it; "yes but..." and a contradiction get one short question back."""
    if asked == "competing_offer_in_writing":
        answer = in_writing(text)
        return {asked: answer} if answer else {}
    if asked == "accept_as_is" and slots.get(PENDING) == "which_offer":
        if _THIS_ONE.search(text) and not _OTHER_ONE.search(text):
            return {"accept_as_is": YES, "would_choose_other": NO}
        if _OTHER_ONE.search(text):
            return {"accept_as_is": NO}
    reading = read_conditional(text, about_this_offer=asked == "accept_as_is")
    if reading.unclear and slots.get(PENDING) != "yes_but":
        intake.messages.append(YES_BUT)
        intake.updates[PENDING] = "yes_but"
        return {}
    if asked == "accept_as_is" and reading.answer == YES and slots.get("would_choose_other") == YES \
            and slots.get(PENDING) != "which_offer":
        intake.messages.append(WHICH_OFFER)
        intake.updates[PENDING] = "which_offer"
        return {}
    if reading.answer is None:
        return {}
    updates: Dict[str, Any] = {asked: reading.answer}
    if asked == "accept_as_is" and reading.answer == NO and reading.condition:
        updates["conditions"] = {**(slots.get("conditions") or {}), "accept_as_is": reading.condition}
    return updates


def _answered(text: str, asked: Optional[str], slots: Dict[str, Any], intent: Optional[str], confidence: float,
              facts: Facts, intake: Intake) -> Dict[str, Any]:
    """What the message says to the question asked, when that question is not a figure or a name."""
    if asked in YES_NO_SLOTS:
        return _yes_no(text, asked, slots, intake)
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
        elif _NOTHING_IN_THE_WAY.search(text):
            updates.update(concern=text, reasons=[])


def _accepts_as_is(text: str, slots: Dict[str, Any]) -> Optional[str]:
    """Whether they'd take this offer as it is, when the message says so; None when it doesn't."""
    other = slots.get("other_company")
    for said in _STILL_ACCEPT.finditer(text):
        if re.search(r"\boffer\b[^.;]{0,40}\b(?:that|which)\s+$", text[:said.start()], re.I):
            return NO  # "an offer from Stork Labs that I'd take if Puffin can't get closer": the other one
        between = said.group("between") or said.group("between_after") or ""
        what = said.group("what") or said.group("what_after") or ""
        names_other = _OTHER_ONE.search(what) or (isinstance(other, str) and re.search(re.escape(other), what, re.I)) \
            or (re.match(r"\s*it\b", what, re.I) and _ABOUT_OTHER.search(text[max(0, said.start() - 60):said.start()]))
        return NO if _NOT.search(between) or names_other else YES
    return None


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
        answer = _accepts_as_is(text, {**slots, **updates})
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
