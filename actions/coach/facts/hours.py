"""Hours a week, as people say them: "32 hours a week", "37.5 hrs/wk", "a 40-hour week", "three 12s",
"3 x 12-hour shifts". An hourly rate is worth the hours worked, not a full-time 40 by default."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Dict, List, Optional, Tuple

from ..money.amounts import Amount, describe
from ..money.figures import Figure

_COUNT = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# A number starts where a run of digits starts: matching from inside one would try every digit of a long run.
_NUMBER = r"(?<![\d.])\d+(?:\.\d+)?"
_HOURS = r"(?:hours?|hrs?|h)"
_WEEKLY = re.compile(rf"(?P<hours>{_NUMBER})\s*-?\s*{_HOURS}\s*(?:a|per|/|each|every|in\s+a)?\s*(?:work\s*)?"
                     rf"(?:weeks?|wk)\b|(?P<hours_only>{_NUMBER})\s*{_HOURS}\b(?!\s*(?:a|per|/)?\s*(?:day|shift)|\s*of\b)",
                     re.I)
_SHIFTS = re.compile(rf"(?P<count>(?<![\d.])\d|\b(?:one|two|three|four|five|six|seven))\s*(?:x\s*)?(?P<length>{_NUMBER})\s*"
                     rf"(?:-?\s*{_HOURS}\s*shifts?|s\b|\s*shifts?)", re.I)
_FULL_TIME = re.compile(rf"\bfull[- ]?time\W{{0,3}}(?P<full>{_NUMBER})\b(?!\s*(?:k|%|/|an?\s|per\b|\$))", re.I)
MOST_HOURS = 100  # a week has 168; anything near that is not hours worked


def _statements(text: str) -> List[Tuple[int, int, float]]:
    found = []
    for match in _SHIFTS.finditer(text or ""):
        count = match.group("count").lower()
        found.append((match.start(), match.end(), float(_COUNT.get(count) or count) * float(match.group("length"))))
    for pattern in (_WEEKLY, _FULL_TIME):
        for match in pattern.finditer(text or ""):
            if not any(start <= match.start() < end for start, end, _ in found):
                found.append((match.start(), match.end(), float(next(g for g in match.groups() if g))))
    return sorted((start, end, hours) for start, end, hours in found if 0 < hours <= MOST_HOURS)


def hours_statements(text: str) -> List[Tuple[int, float]]:
    """(where, hours a week) for each statement of the hours worked."""
    return [(start, hours) for start, _, hours in _statements(text)]


def hours_spans(text: str) -> List[Tuple[int, int]]:
    """Where the hours are said: a number there counts hours, not money ("$60/hr, full time 40")."""
    return [(start, end) for start, end, _ in _statements(text)]


def hours_for(figure: Figure, statements: List[Tuple[int, float]], sentence: Tuple[int, int]) -> Optional[float]:
    """The hours an hourly figure is worked: said in its sentence, else the one statement of the message."""
    near = [hours for where, hours in statements if sentence[0] <= where < sentence[1]]
    if near:
        return near[0]
    distinct = {hours for _, hours in statements}
    return distinct.pop() if len(distinct) == 1 else None


def with_hours(figure: Figure, hours: Optional[float]) -> Figure:
    if hours is None or figure.amount is None or figure.amount.period != "hour":
        return figure
    return replace(figure, amount=replace(figure.amount, hours_per_week=hours))


# The slot an hourly rate settles, by whose it is: this offer's base, or what the candidate earns now.
_SLOT_OF_OWNER = {"offer": "offer_base", "previous": "previous_earnings"}
_SAID_AGAIN = {"offer_base": "I have the offer's base as {} now.", "previous_earnings": "I have what you earn now as {}."}
Rates = Dict[str, dict]  # slot -> {"rate", "hours", "currency"}: what an hourly figure was, to redo with new hours


def rates_kept(reads, settled, known: Optional[Rates]) -> Rates:
    """The hourly rates behind the yearly figures settled in this message, added to those known before."""
    rates: Rates = dict(known or {})
    for read in reads:
        amount = read.figure.amount
        slot = _SLOT_OF_OWNER.get(read.owner)
        if amount is None or amount.period != "hour" or slot not in settled:
            continue
        if abs(settled[slot][0] - amount.yearly) < 0.5:
            rates[slot] = {"rate": amount.value, "hours": amount.hours_per_week, "currency": amount.currency}
    return rates


def rework_hours(scene, asked: Optional[str], rates: Rates, say_in: str, facts) -> None:
    """ "it's 36 hours a week, not 40": the hourly figure known before is worth the new hours."""
    statements = hours_statements(scene.text)
    if not statements or not rates:
        return
    where, hours = statements[0]
    owner = scene.owner_at(where, where)[0]
    slot = asked if asked in rates else _SLOT_OF_OWNER.get(owner or "offer")
    if slot not in rates:
        slot = next(iter(rates)) if len(rates) == 1 else None
    if slot is None or rates[slot]["hours"] == hours:
        return
    amount = Amount(rates[slot]["rate"], rates[slot]["currency"] or say_in, "hour", hours)
    rates[slot] = {**rates[slot], "hours": hours}
    facts.values[slot] = amount.yearly
    facts.said[slot] = _SAID_AGAIN[slot].format(describe(amount, say_in))
