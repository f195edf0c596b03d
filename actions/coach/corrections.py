"""A correction in plain words changes the field it names: "the base is 95k", "it's 36 hours a week", "the
company is Loopwise", "I don't have it in writing yet", "sorry, I meant 95k" (the figure just given).

The field comes from the words; the value is read the way the answer to that field's question is read.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from .answers import can_back_up, in_writing, read_conditional, read_yes_no
from .facts.reading import read_facts
from .money.numbers import number_cores
from .state import MONEY_SLOTS, NAME_SLOTS

# (field, the words that name it); the first that matches wins, so the particular come first.
_FIELDS = tuple((field, re.compile(pattern, re.I)) for field, pattern in (
    ("competing_offer_in_writing", r"\b(?:in\s+writing|written|verbal(?:ly)?|on\s+paper|letter\s+(?:yet|now))\b"),
    ("would_choose_other", r"\bwould(?:n'?t|\s+not)?\s+(?:(?:really|actually|honestly|ever)\s+)?(?:take|go|choose|pick|"
                           r"join)\b.*\b(?:other|them|there)\b|\bwouldn'?t\s+really\s+go\b"),
    ("accept_as_is", r"\b(?:accept|take|sign)\s+(?:it\s+)?as\s+(?:it\s+)?is\b|\bdeal[- ]?breaker\b|\bif\s+they\s+can'?t"
                     r"\s+move\b"),
    # Naming the field, not merely using the word: "the company is Loopwise", not "they give company cars".
    ("company", r"\b(?:company|employer|firm)(?:'?s)?(?:\s+name)?\s*(?:is|was|'s|:|=|-|should\s+be)\s|\bcalled\b"),
    ("role", r"\b(?:role|title|position|job\s+title)(?:\s+name)?\s*(?:is|was|'s|:|=|-|should\s+be|will\s+be)\s"),
    ("previous_base", r"\b(?:my|current)\s+(?:current\s+)?base\b"),
    ("previous_earnings", r"\bi\s+(?:make|earn|made|earned)\b|\bi'?m\s+on\b|\b(?:currently|right\s+now|last\s+year"
                          r"|normal\s+year|my\s+(?:salary|pay(?!\s*(?:stubs?|slips?|checks?))|earnings|normal|total))\b"),
    ("competing_offer", r"\b(?:other|second|competing)\s+offer\b|\b(?:company|offer)\s+b\b|\btheir\s+offer\b"),
    ("offer_variable", r"\b(?:bonus|commission|variable|ote|incentive)\b"),
    ("offer_base", r"\b(?:base|salary|basic|fixed|hourly|rate|pay(?!\s*(?:stubs?|slips?|checks?)))\b"),
    ("evidence", r"\b(?:proof|stubs?|payslips?|w-?2|evidence|screenshot|documents?)\b"),
))
# "sorry, I meant 95k", "no no, the BASE is 95k", "wait, actually...": the message corrects something said before.
CORRECTING = re.compile(r"^\W*(?:(?:no+|nope|oh|oops|wait|sorry|actually|hmm)\b[\s,.!-]*)*(?:sorry|i\s+meant|i\s+mean"
                        r"|actually|correction|wait|oops|my\s+bad|scratch\s+that|typo|not\s+\$?\d|no\s+no)\b", re.I)


def named_field(text: str) -> Optional[str]:
    for field, pattern in _FIELDS:
        if pattern.search(text or ""):
            return field
    return None


_CLAUSE = re.compile(r"[,;]\s*|\s+(?:and|but|while|whereas)\s+", re.I)
_PERIOD = re.compile(r"\b(?:a|an|per|each|every)\s+(?:year|month|hour|week)\b|/\s*(?:yr|mo|hr|h|month|year|hour)\b"
                     r"|\b(?:annual\w*|monthly|hourly|yearly|lpa)\b", re.I)
_NOT_THAT = re.compile(r"\bnot\s+(?:the\s+)?([$€£₹]?\d[\d,.]*\s*k?)", re.I)


def _wrong_figure(text: str, slots: Dict[str, Any]) -> Optional[Tuple[str, str]]:
    """The field whose figure the correction says is wrong, and the period it was said in: "98k not 89" corrects
    whatever was 89k a year, "8k not 7k" a monthly 7k, "50 not 48" an hourly 48."""
    wrong = _NOT_THAT.search(text or "")
    if not wrong:
        return None
    figure = wrong.group(1).strip().rstrip(",.")
    cores = number_cores(figure)
    number = float(cores[0][2] * cores[0][3]) if cores and cores[0][2] is not None else None
    said = read_facts(figure if re.search(r"\d{4}|k\b", figure, re.I) else figure + "k", asked="offer_base").values
    value = said.get("offer_base")
    for name in MONEY_SLOTS + ("previous_base",):
        rate = ((slots.get("hourly") or {}).get(name) or {}).get("rate")
        known = slots.get(name)
        if known is not None and value == known:
            return name, "year"
        if known is not None and value == known / 12:
            return name, "month"
        if rate is not None and number == rate:
            return name, "hour"
    return None


def said_wrong(text: str, slots: Dict[str, Any]) -> Optional[str]:
    wrong = _wrong_figure(text, slots)
    return wrong[0] if wrong else None


def guessed_field(text: str, slots: Dict[str, Any]) -> Optional[str]:
    """The figure a correction names no field for: the only one not given yet."""
    missing = [name for name in MONEY_SLOTS[:3] if slots.get(name) is None]
    return missing[0] if len(missing) == 1 else None


def corrected(text: str, slots: Dict[str, Any], fallback: Optional[str] = None) -> Tuple[Dict[str, Any], List[str]]:
    """The slot updates a correction makes, and what to say back; ({}, []) when it changes nothing readable.
    "the base they offered is 95k, 90 is my current base": each clause corrects the field it names."""
    parts = [part for part in _CLAUSE.split(text or "") if re.search(r"\d", part)]
    fields = [named_field(part) for part in parts]
    if len(parts) > 1 and all(fields) and len(set(fields)) == len(fields):
        updates: Dict[str, Any] = {}
        said: List[str] = []
        for part in parts:
            more, more_said = _corrected_one(part, {**slots, **updates}, None)
            updates.update(more)
            said.extend(more_said)
        if updates:
            return updates, said
    return _corrected_one(text, slots, fallback)


def _restated(text: str, field: Optional[str], slots: Dict[str, Any]) -> bool:
    """ "90 is my current base" when it is 90,000 already: nothing to change, and nothing to ask."""
    known = slots.get(field) if field else None
    cores = number_cores(text)
    return known is not None and len(cores) == 1 and cores[0][2] is not None and \
        float(cores[0][2] * cores[0][3]) * 1000 == known


def _corrected_one(text: str, slots: Dict[str, Any], fallback: Optional[str]) -> Tuple[Dict[str, Any], List[str]]:
    wrong = _wrong_figure(text, slots)
    if wrong:
        # "5800 a month, not 5500": the figure said to be wrong is no answer; the right one is in its period
        text = _NOT_THAT.sub(" ", text)
        if wrong[1] != "year" and not _PERIOD.search(text):
            text += " an hour" if wrong[1] == "hour" else " a month"
    field = (wrong[0] if wrong else None) or named_field(text) or fallback or guessed_field(text, slots)
    known = {name: value for name, value in slots.items() if value is not None}
    if field in NAME_SLOTS:
        facts = read_facts(text, asked=field, known=known)
        return ({field: facts.values[field]}, []) if facts.values.get(field) else ({}, facts.questions)
    if field in ("competing_offer_in_writing", "would_choose_other", "accept_as_is"):
        return _yes_no(field, text)
    if field == "evidence":
        return ({"evidence": text}, []) if can_back_up(text) else ({}, [])
    facts = read_facts(text, asked=field if field in MONEY_SLOTS else None, known=known)
    updates = {name: value for name, value in facts.values.items() if value is not None}
    if not updates and _restated(text, field, slots):
        return {}, []
    if field == "previous_base":  # "my current base is 100k" says nothing about the bonus on top of it
        updates = {name: value for name, value in updates.items() if name in ("previous_base", "hourly", "currency")}
    said = [facts.said[name] for name in updates if name in facts.said]
    return updates, said + facts.notes + facts.refusals + facts.questions


def _yes_no(field: str, text: str) -> Tuple[Dict[str, Any], List[str]]:
    if field == "competing_offer_in_writing":
        answer = in_writing(text)
        return ({field: answer}, []) if answer else ({}, [])
    reading = read_conditional(text, about_this_offer=field == "accept_as_is")
    answer = reading.answer or read_yes_no(text)
    if answer is None:
        return {}, []
    updates: Dict[str, Any] = {field: answer}
    if field == "accept_as_is" and reading.condition:
        updates["conditions"] = {"accept_as_is": reading.condition}
    return updates, []
