"""What one candidate message tells us, given the question we asked: the slot updates and what to say back.

The form adapter (actions/forms.py) calls `read_answer` once per turn and `questions` to know what is
still missing. Both work on a plain dict of the current slot values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from .answers import NO, UNSURE, YES, can_back_up, in_writing, read_yes_no
from .case import Case, Reason
from .commands import COMMAND_WORDS
from .decision import with_discovered
from .facts.found import Facts
from .facts.reading import read_facts
from .language import looks_foreign
from .reasons import find_reasons, follow_ups, from_intent, says_nothing_stands_in_the_way, without_misstatements

# Current pay is always asked: a step back the candidate doesn't name is still a real obstacle.
OFFER_QUESTIONS = ("role", "company", "offer_base", "offer_variable", "previous_earnings", "concern")
MONEY_SLOTS = ("offer_base", "offer_variable", "previous_earnings", "competing_offer")
YES_NO_SLOTS = ("competing_offer_in_writing", "would_choose_other", "accept_as_is")
FREE_TEXT_SLOTS = ("concern", "other_concern", "evidence", "role", "company")
FACT_SLOTS = MONEY_SLOTS + YES_NO_SLOTS + FREE_TEXT_SLOTS + ("previous_base", "currency", "other_company",
                                                              "reasons")
RESULT_SLOTS = ("verdict", "leverage", "weak_reasons", "draft")
# Intents that step outside the question; a confident one is handled by the rules, then the form asks again.
# Commands are taken at their word; side questions only when the message reads as a question, because a
# free-text answer ("Fjord Data", "the offer letter") can look like anything to the NLU.
SIDE_COMMANDS = ("greet", "delete_data", "start_over", "stop", "resume", "show_draft", "goodbye")
SIDE_QUESTIONS = ("bot_challenge", "help", "out_of_scope", "ask_why")
SIDE_INTENTS = SIDE_COMMANDS + SIDE_QUESTIONS
SIDE_CONFIDENCE = 0.8
_QUESTION = re.compile(r"\?|^\W*(what|why|how|who|when|where|are|can|could|do|does|is|will|would|should)\b", re.I)
MAX_CHARS = 2000

DECLINE_TO_MISSTATE = ("One thing first: I can't help you tell the employer something that isn't true. If it came out, "
                       "it would cost you the offer and your reputation with them. Let's look at what is real.")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_MARKUP = re.compile(r"<[^>]*>|[<>{}\[\]`|\\]")
NAME_SLOTS = ("role", "company", "other_company")
ONLY_ENGLISH = ("Sorry, I can only read English so far. Could you tell me in English? Short answers are fine.")
TRUNCATED = (f"That was a long message: I read the first {MAX_CHARS:,} characters. If something important came "
             "later, send it on its own.")
_CORRECTION = re.compile(r"\b(actually|sorry|i mean|correction|wrong|mistake|typo|not \$?\d|should be|change)\b", re.I)
_STILL_ACCEPT = re.compile(r"\b(i'?d|i would|i will|i'?ll)\b[^.;]{0,25}\b(still )?(take|accept|sign)\b[^.;]{0,40}"
                           r"\b(if|even if|anyway|regardless|either way)\b", re.I)


@dataclass
class Intake:
    updates: Dict[str, Any] = field(default_factory=dict)
    messages: List[str] = field(default_factory=list)
    side_step: bool = False  # the message was not an answer: let the rules handle it


def clean(text: Optional[str]) -> str:
    text = _CONTROL.sub(" ", text or "")
    return re.sub(r"\s+", " ", text).strip()[:MAX_CHARS]


def case_from(slots: Dict[str, Any]) -> Case:
    def yes(name):
        return {YES: True, NO: False}.get(slots.get(name))

    return Case(offer_base=slots.get("offer_base"), offer_variable=slots.get("offer_variable"),
                currency=slots.get("currency") or "USD", previous_earnings=slots.get("previous_earnings"),
                previous_base=slots.get("previous_base"), competing_offer=slots.get("competing_offer"),
                competing_offer_in_writing=yes("competing_offer_in_writing"),
                would_choose_other=yes("would_choose_other"), evidence=slots.get("evidence"),
                accept_as_is=yes("accept_as_is"), concern=_all_concerns(slots), role=slots.get("role"),
                company=slots.get("company"), other_company=slots.get("other_company"))


def _all_concerns(slots: Dict[str, Any]) -> Optional[str]:
    said = [slots.get("concern"), slots.get("other_concern")]
    return " ".join(text for text in said if text) or None


def reasons_from(slots: Dict[str, Any]) -> List[Reason]:
    return [Reason(**raw) for raw in slots.get("reasons") or []]


def questions(slots: Dict[str, Any]) -> List[str]:
    """Every question this candidate needs, in order; the form asks the first unanswered one."""
    wanted = list(OFFER_QUESTIONS)
    if slots.get("concern_unprompted"):
        wanted.append("other_concern")  # they told us one thing unasked; there may be more
    if slots.get("concern") is not None:
        case = case_from(slots)
        reasons = with_discovered(case, reasons_from(slots))
        for name in follow_ups(reasons):
            if name in ("competing_offer_in_writing", "would_choose_other") and case.other_offer_is_stronger() is False:
                continue  # an offer below this one is no leverage, whatever its paperwork
            if name == "would_choose_other" and case.competing_offer_in_writing is False:
                continue
            wanted.append(name)
        if reasons:
            wanted.append("accept_as_is")
    declined = set(slots.get("declined") or [])
    return [name for name in dict.fromkeys(wanted) if name not in declined]


def _reasons_in(text: str, facts) -> List[Reason]:
    found = find_reasons(text)
    if "competing_offer" not in {r.key for r in found} and (
            facts.values.get("competing_offer") is not None or facts.values.get("other_company")):
        found.append(Reason("competing_offer", text))  # figures for another offer are a reason of their own
    return found


def _read_reasons(text: str, intent: Optional[str], confidence: float, facts) -> List[Reason]:
    found = _reasons_in(text, facts)
    if not found and says_nothing_stands_in_the_way(text):
        return []
    return from_intent(intent, confidence, text, found)


def _merged(slots: Dict[str, Any], more: List[Reason]) -> List[Dict[str, Any]]:
    """Reasons so far plus new ones; a kind raised again keeps both tellings (the second is often the specific one)."""
    merged = {reason.key: reason for reason in reasons_from(slots)}
    for reason in more:
        known = merged.get(reason.key)
        merged[reason.key] = reason if known is None else Reason(
            reason.key, f"{known.said} {reason.said}", known.misstated or reason.misstated)
    return [vars(reason) for reason in merged.values()]


def _is_side_step(text: str, asked: Optional[str], intent: Optional[str], confidence: float) -> bool:
    if intent not in SIDE_INTENTS or confidence < SIDE_CONFIDENCE:
        return False
    if intent in SIDE_COMMANDS:
        # The NLU is sure of itself on names it never saw ("Fjord Data" as delete_data), so a command
        # must also use one of its words.
        return bool(COMMAND_WORDS[intent].search(text))
    return bool(_QUESTION.search(text))


def plain_name(value: str) -> str:
    """Names go into drafts: no markup or code characters, however they were typed."""
    return re.sub(r"\s+", " ", _MARKUP.sub(" ", value)).strip()


def _screened(text: str, intake: Intake) -> Optional[str]:
    """The message, cleaned and capped; None (with the reason said) when there is nothing to read in it."""
    if len(clean(text)) >= MAX_CHARS:
        intake.messages.append(TRUNCATED)
    text = clean(text)
    if not text:
        intake.messages.append("I didn't get any text there. Could you type your answer?")
        return None
    if looks_foreign(text):
        intake.messages.append(ONLY_ENGLISH)
        return None
    return text


def _answer(text: str, asked: Optional[str], slots: Dict[str, Any], intent: Optional[str], confidence: float,
            facts: Facts) -> Dict[str, Any]:
    """What the message says to the question asked, when that question is not a figure or a name."""
    if asked in YES_NO_SLOTS:
        answer = in_writing(text) if asked == "competing_offer_in_writing" else read_yes_no(text)
        return {asked: answer} if answer is not None else {}
    if asked == "evidence":
        return {"evidence": text}
    if asked == "concern":
        return {"concern": text, "reasons": [vars(reason) for reason in _read_reasons(text, intent, confidence, facts)]}
    if asked == "other_concern":
        return {"other_concern": text, "reasons": _merged(slots, _read_reasons(text, intent, confidence, facts))}
    return {}


def _take_facts(updates: Dict[str, Any], facts: Facts, asked: Optional[str], slots: Dict[str, Any],
                correcting: bool) -> None:
    """The figures and names read: new ones, the one asked for, and any when the candidate is correcting."""
    if facts.declined:
        updates["declined"] = sorted(set(slots.get("declined") or []) | set(facts.declined))
    for name, value in facts.values.items():
        if name not in updates and value is not None and (slots.get(name) is None or name == asked or correcting):
            updates[name] = plain_name(value) or None if name in NAME_SLOTS else value


def _unprompted_concern(updates: Dict[str, Any], text: str, asked: Optional[str], slots: Dict[str, Any],
                        facts: Facts) -> None:
    """A paragraph that already says what holds them back answers the concern question before it is asked."""
    if asked != "concern" and slots.get("concern") is None:
        reasons = _reasons_in(text, facts)
        if reasons:
            updates.update(concern=text, concern_unprompted=True, reasons=[vars(reason) for reason in reasons])


def read_answer(text: str, asked: Optional[str], slots: Dict[str, Any],
                intent: Optional[str] = None, confidence: float = 0.0, field: Optional[str] = None) -> Intake:
    intake = Intake()
    text = _screened(text, intake)
    if text is None:
        return intake
    # Figures in a clause that plans to misstate something are not facts about the offer.
    factual = without_misstatements(text) if asked in (None, "concern") else text
    facts = read_facts(factual, asked=asked, known={k: v for k, v in slots.items() if v is not None})
    free_text = asked in FREE_TEXT_SLOTS and asked not in facts.declined
    if free_text and _is_side_step(text, asked, intent, confidence):
        intake.side_step = True
        return intake
    updates = intake.updates
    updates.update(_answer(text, asked, slots, intent, confidence, facts))
    _take_facts(updates, facts, asked, slots, correcting=bool(_CORRECTION.search(text)) or intent == "correct_value")
    _unprompted_concern(updates, text, asked, slots, facts)
    if intent == "correct_value" and field in MONEY_SLOTS and field not in updates and slots.get(field) is not None:
        updates[field] = None  # "I gave the wrong base": ask for it again
        intake.messages.append("No problem, let's fix that figure.")
    if any(reason.get("misstated") for reason in updates.get("reasons") or []):
        intake.messages.append(DECLINE_TO_MISSTATE)
    if slots.get("accept_as_is") is None and asked != "accept_as_is" and _STILL_ACCEPT.search(text):
        updates["accept_as_is"] = YES
    intake.messages.extend(said for name, said in facts.said.items()
                           if updates.get(name) is not None and updates[name] != slots.get(name))
    intake.messages.extend(facts.notes + facts.refusals + facts.questions)
    if asked and asked not in updates and asked not in facts.declined and not intake.messages:
        if _is_side_step(text, asked, intent, confidence):
            intake.side_step = True
            return intake
        intake.messages.append(_not_understood(asked))
    if any(name in FACT_SLOTS for name in updates) and slots.get("verdict"):
        updates.update({name: None for name in RESULT_SLOTS})  # the facts changed: decide again
    return intake


def _not_understood(asked: str) -> str:
    if asked in MONEY_SLOTS:
        return "I couldn't find an amount there. Could you give it as a number, like \"$85,000\" or \"85k\"?"
    if asked in YES_NO_SLOTS:
        return "Sorry, is that a yes or a no? \"Not sure\" is a fine answer too."
    return "Sorry, I didn't catch that. Could you say it another way?"
