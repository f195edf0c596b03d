"""Money figures in what a candidate types: "85k", "$40/hr", "€5,000 a month" -> Figure(amount, ...).

Number words go through text2num, and each figure's number and currency symbol through price-parser.
This module adds what those leave out: k/thousand/million/lakh suffixes, pay periods, percents, ranges,
corrections ("sorry, I mean ..."), and what is not money at all ("5 years", "401k", "in 2023").
Nothing here raises on any input string.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal
from typing import List, Optional, Tuple

from price_parser import Price

from .amounts import Amount, currency_code
from .numbers import number_cores
from .splits import find_splits
from .spans import Spanned
from .vocabulary import BARE_BELOW, INDIAN_SCALES, PER_ANNUM_SCALES, PERIOD_WORDS, SCALES

_CURRENCY_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?P<code>US\$|CA\$|C\$|AU\$|A\$|Rs\.?|USD|EUR|GBP|CAD|AUD|INR)|(?P<symbol>[$€£₹]))\s?$", re.I
)
_SIGN_BEFORE = re.compile(r"(?:(?<![\w)\]])(?P<dash>[-−–])|\b(?:minus|negative)\s+)\s?$", re.I)
_SCALE_AFTER = re.compile(
    r"(?:\s?(?P<word>thousand|grand|million|mill|mil|mn|billion|bn|trillion|tn|lakhs?|lacs?|crores?|lpa|l|cr)"
    r"|\s?(?P<k>k)|(?P<letter>mm|m|b))(?![A-Za-z])",
    re.I,
)
_CURRENCY_AFTER = re.compile(
    r"\s?(?P<cur>[$€£₹]|(?:usd|eur|gbp|cad|aud|inr|us dollars?|canadian dollars?|australian dollars?|dollars?"
    r"|bucks|euros?|pounds sterling|pounds?|quid|sterling|rupees?)\b)",
    re.I,
)
_PERCENT_AFTER = re.compile(r"\s?(?:%|per\s?cent\b|pct\b)", re.I)
# "401(k)", "401k match", "my 401k": a pension plan, not $401,000.
_RETIREMENT_PLAN_AFTER = re.compile(r"\(k\)|k\s+(?:match\w*|plan|contributions?|retirement|account|savings)\b", re.I)
_RETIREMENT_PLAN_BEFORE = re.compile(r"\b(?:a|my|the|their|your|our|company|no)\s+$", re.I)
# Filler that may sit between a figure and its period: "85k base a year", "30k in commission per year".
_PERIOD_AFTER = re.compile(
    r"(?P<filler>(?:\s+(?:base|salary|gross|pre-?tax|before\s+tax|total|bonus|commission|variable|pay|income"
    r"|comp|compensation|earnings|ote|on-?target|at\s+target|in\s+(?:base|bonus|commission|variable))){0,2})"
    r"(?:\s*(?:/|per\s+|an?\s+|each\s+|every\s+)\s*(?P<unit>hour|hr|h|week|wk|month|mo|mth|quarter|qtr"
    r"|year|yr|annum)s?"
    r"|\s+(?P<adverb>hourly|weekly|monthly|quarterly|annually|yearly|annual|p\.?a\.?|p\.?h\.?|p\.?w\.?|p\.?m\.?))"
    r"(?![A-Za-z])",
    re.I,
)
# "hourly rate of $40", "monthly salary: €5,000": the period comes first.
_PERIOD_BEFORE = re.compile(
    r"\b(?P<adverb>hourly|weekly|monthly|quarterly|annual|yearly)\b(?:\s+(?:pay|salary|base|rate|wage|income|bonus"
    r"|commission|comp|compensation|earnings|gross|target|draw)){0,2}\s*(?:of|is|was|at|:|=)?\s*$",
    re.I,
)
# A plain small number followed by one of these counts things, not money: "5 years", "40 hours a week".
_COUNTED_AFTER = re.compile(
    r"\s*(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|people|persons?|reps?|employees?|staff"
    r"|accounts?|clients?|customers?|deals?|calls?|states?|countries|cities|offices?|kids?|children|times"
    r"|offers?|interviews?|rounds?|am|pm|percentile|st|nd|rd|th|x)\b",
    re.I,
)
_DATE_BEFORE = re.compile(
    r"\b(?:in|since|during|until|till|by|from|of|year|fy|before|after|early|late|mid|q[1-4]|jan\w*|feb\w*"
    r"|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\s*$",
    re.I,
)
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|~|to|or|till|until|through|thru)\s*", re.I)
_AND_GAP = re.compile(r"\s*and\s*", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s*$", re.I)
_CORRECTION = re.compile(
    r"\b(?:sorry|i\s+mean|i\s+meant|actually|correction|make\s+that|no\s+wait|wait|scratch\s+that|oops|typo"
    r"|i\s+misspoke|my\s+bad|rather)\b|\bno\s*[,.!-]",
    re.I,
)


@dataclass(frozen=True)
class Figure(Spanned):
    """One figure as written. A percent has `percent` set and no `amount`."""

    text: str
    amount: Optional[Amount] = None
    percent: Optional[float] = None
    in_range: bool = False  # "80-90k", "between 80k and 90k"
    scale: int = 1  # the k/thousand/million multiplier that was written
    period_stated: bool = False
    garbled: bool = False  # "85k85k", "1,000,00": digits we cannot read as one number
    corrects_previous: bool = False  # "..., sorry, I mean 120,000": this figure replaces the one before

    @property
    def bare(self) -> bool:
        """A small number with no unit at all: "85" could be 85k a year or $85 an hour."""
        return (
            self.amount is not None
            and self.amount.currency is None
            and self.scale == 1
            and not self.period_stated
            and abs(self.amount.value) < BARE_BELOW
        )


def find_figures(text: str) -> List[Figure]:
    """Every money figure in the text, in order; ranges marked, corrections noted. A pay mix ("60/40 split")
    is a ratio and gives no figures."""
    text = text or ""
    figures: List[Figure] = []
    ratios = [split.span for split in find_splits(text)]
    for core_start, core_end, value, scale in number_cores(text):
        if any(start <= core_start < end for start, end in ratios):
            continue
        previous_end = figures[-1].end if figures else None
        if previous_end is not None and core_start < previous_end:
            continue
        figure = _figure_at(text, core_start, core_end, value, scale, previous_end)
        if figure is not None:
            figures.append(figure)
    return _mark_corrections(text, _mark_ranges(text, _parts_of_a_sum(_same_number_same_period(figures))))


def _same_number_same_period(figures: List[Figure]) -> List[Figure]:
    """ "5800, let me check... yes 5800/month": the same number said twice is the same pay, in the period said."""
    periods = {figure.amount.value: figure.amount.period for figure in figures
               if figure.amount is not None and figure.period_stated}
    return [replace(figure, amount=replace(figure.amount, period=periods[figure.amount.value]), period_stated=True)
            if figure.amount is not None and not figure.period_stated and figure.amount.value in periods else figure
            for figure in figures]


def _parts_of_a_sum(figures: List[Figure]) -> List[Figure]:
    """ "128k total, 110 base + 18 bonus", "24 LPA (21 fixed + 3 variable)": bare numbers that add up to a scaled
    figure just before them are in its scale and currency."""
    figures = list(figures)
    for index, whole in enumerate(figures):
        if whole.amount is None or whole.scale == 1:
            continue
        parts = []
        for figure in figures[index + 1:]:
            if not figure.bare:
                break
            parts.append(figure)
        for count in range(len(parts), 1, -1):
            if abs(sum(part.amount.value for part in parts[:count]) * whole.scale - whole.amount.value) < 0.5:
                for position, part in enumerate(parts[:count], start=index + 1):
                    figures[position] = replace(part, scale=whole.scale, period_stated=whole.period_stated, amount=replace(
                        part.amount, value=part.amount.value * whole.scale, currency=whole.amount.currency,
                        period=whole.amount.period))
                break
    return figures


def _currency_before(text: str, core_start: int, core_end: int, previous_end: int) -> Tuple[Optional[str], int]:
    """The currency written before the number, and where the figure starts: "$85k", "USD 85,000", "Rs. 5000".
    price-parser reads the symbol where it finds one; the words it doesn't know come from our vocabulary."""
    match = _CURRENCY_BEFORE.search(text[previous_end:core_start])
    if not match:
        return None, core_start
    start = previous_end + match.start()
    found = Price.fromstring(text[start:core_end]).currency
    return currency_code(found) or currency_code(match.group("code") or match.group("symbol")), start


def _is_negative(text: str, start: int, previous_end: Optional[int]) -> bool:
    sign = _SIGN_BEFORE.search(text[previous_end or 0:start])
    if not sign:
        return False
    # A dash right after another figure is a range ("80k - 90k"), not a minus sign.
    right_after = previous_end is not None and not text[previous_end:start - len(sign.group())].strip()
    return not (sign.group("dash") and right_after)


def _is_retirement_plan(text: str, start: int, core_start: int, core_end: int) -> bool:
    """ "401(k)", "401k match", "my 401k": a pension plan, not $401,000."""
    if text[core_start:core_end] not in ("401", "403"):
        return False
    return bool(_RETIREMENT_PLAN_AFTER.match(text, core_end)
                or (_RETIREMENT_PLAN_BEFORE.search(text[max(0, start - 20):start]) and re.match(r"k\b", text[core_end:], re.I)))


def _scale_after(text: str, position: int) -> Tuple[int, int, List[str]]:
    """The k/thousand/million/lakh multiplier written after a number, where it ends, and its words."""
    multiplier, words = 1, []
    for _ in range(3):  # "a billion trillion" chains scale words
        match = _SCALE_AFTER.match(text, position)
        if not match:
            break
        words.append(match.group(match.lastgroup).lower())
        multiplier *= SCALES[words[-1]]
        position = match.end()
    return multiplier, position, words


def _counts_things(text: str, digits: str, start: int, position: int) -> bool:
    """A plain number that counts something ("5 years", "40 hours a week") or is a year ("in 2023")."""
    if _COUNTED_AFTER.match(text, position):
        return True
    return bool(re.fullmatch(r"(?:19|20)[0-9]{2}", digits) and _DATE_BEFORE.search(text[max(0, start - 20):start]))


def _period(text: str, start: int, position: int, previous_end: Optional[int]) -> Tuple[str, bool, int]:
    """The pay period said after the figure ("a month") or before it ("monthly salary of"), whether one was
    said, and where the figure's text ends."""
    match = _PERIOD_AFTER.match(text, position)
    if match:
        period = PERIOD_WORDS[(match.group("unit") or match.group("adverb")).lower().replace(".", "")]
        return period, True, position if match.group("filler") else match.end()
    before = _PERIOD_BEFORE.search(text[max(previous_end or 0, start - 40):start])
    if before:
        return PERIOD_WORDS[before.group("adverb").lower()], True, position
    return "year", False, position


def _figure_at(text: str, core_start: int, core_end: int, value: Optional[Decimal], scale: int,
               previous_end: Optional[int]) -> Optional[Figure]:
    """The figure around one number: its currency, sign, scale, percent or period. None if it is not money."""
    currency, start = _currency_before(text, core_start, core_end, previous_end or 0)
    negative = _is_negative(text, start, previous_end)
    if currency is None and _is_retirement_plan(text, start, core_start, core_end):
        return None
    multiplier, position, scale_words = _scale_after(text, core_end)
    scale *= multiplier
    if currency is None and any(word in INDIAN_SCALES for word in scale_words):
        currency = "INR"
    if value is None or (multiplier > 1 and position < len(text) and text[position].isdigit()):
        end = position + len(re.match(r"[\w.,$€£₹]*", text[position:]).group())
        return Figure(span=(start, end), text=text[start:end], scale=scale, garbled=True)
    sign = -1 if negative else 1
    percent_match = _PERCENT_AFTER.match(text, position) if scale == 1 else None
    if percent_match:
        return Figure(span=(start, percent_match.end()), text=text[start:percent_match.end()],
                      percent=float(value) * sign)
    currency_after = _CURRENCY_AFTER.match(text, position)
    if currency_after:
        currency = currency or currency_code(currency_after.group("cur"))
        position = currency_after.end()
    if position < len(text) and text[position].isalnum() and not text[position - 1].isspace():
        return None  # glued to letters: "5pm", "3rd", "2x"
    if currency is None and scale == 1 and _counts_things(text, text[core_start:core_end], start, position):
        return None
    period, period_stated, end = _period(text, start, position, previous_end)
    if any(word in PER_ANNUM_SCALES for word in scale_words):
        period, period_stated = "year", True
    try:
        amount_value = float(value * multiplier) * sign
    except ArithmeticError:  # decimal overflow on absurd exponents
        amount_value = math.inf
    return Figure(span=(start, end), text=text[start:end], amount=Amount(amount_value, currency, period), scale=scale,
                  period_stated=period_stated)


def _mark_ranges(text: str, figures: List[Figure]) -> List[Figure]:
    """Marks "80-90k", "80 to 90 thousand", "between 80k and 90k", sharing the unit the second one carries."""
    marked = list(figures)
    for index in range(len(marked) - 1):
        low, high = marked[index], marked[index + 1]
        if low.garbled or high.garbled:
            continue
        gap = text[low.end:high.start]
        if not (_RANGE_GAP.fullmatch(gap) or (_AND_GAP.fullmatch(gap) and _BETWEEN_BEFORE.search(text[max(0, low.start - 20):low.start]))):
            continue
        if low.amount is not None and low.bare and high.percent is not None:
            low = replace(low, amount=None, percent=low.amount.value)
        if low.amount is not None and high.amount is not None:
            low_amount, high_amount = low.amount, high.amount
            if low.scale == 1 and high.scale > 1 and abs(low_amount.value) < BARE_BELOW:
                low_amount = replace(low_amount, value=low_amount.value * high.scale)
                low = replace(low, scale=high.scale)
            if low_amount.currency is None or high_amount.currency is None:
                shared = low_amount.currency or high_amount.currency
                low_amount = replace(low_amount, currency=shared)
                high_amount = replace(high_amount, currency=shared)
            if high.period_stated and not low.period_stated:
                low_amount = replace(low_amount, period=high_amount.period)
                low = replace(low, period_stated=True)
            low, high = replace(low, amount=low_amount), replace(high, amount=high_amount)
        marked[index], marked[index + 1] = replace(low, in_range=True), replace(high, in_range=True)
    return marked


def _mark_corrections(text: str, figures: List[Figure]) -> List[Figure]:
    marked = list(figures)
    for index in range(1, len(marked)):
        previous, figure = marked[index - 1], marked[index]
        if not figure.in_range and _CORRECTION.search(text[previous.end:figure.start]):
            marked[index] = replace(figure, corrects_previous=True)
    return marked
