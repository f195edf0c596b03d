"""Money figures in what a candidate types: "85k", "$40/hr", "€5,000 a month" -> Amount(value, currency, period).

Number words go through text2num and each figure's separators and currency symbol through price-parser.
This module adds what those leave out: k/thousand/million suffixes, pay periods, percents, ranges,
corrections ("sorry, I mean ..."), and the checks that keep absurd figures out of a case.
Nothing here raises on any input string.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import List, Optional, Tuple

from price_parser import Price
from text_to_num import alpha2digit

HOURS_PER_YEAR = 2080  # 40 hours x 52 weeks
WEEKS_PER_YEAR = 52
PER_YEAR = {"year": 1, "quarter": 4, "month": 12, "week": WEEKS_PER_YEAR, "hour": HOURS_PER_YEAR}
_PER_PERIOD = {"hour": "an hour", "week": "a week", "month": "a month", "quarter": "a quarter", "year": "a year"}
YEARLY_CEILING = 100_000_000  # no real pay package is above this; anything bigger is a typo or a joke
BARE_BELOW = 1000  # a bare "85" could be 85k a year or $85 an hour

SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "INR": "₹", "CAD": "CA$", "AUD": "A$"}
_CODES = {
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "bucks": "USD",
    "us dollar": "USD", "us dollars": "USD",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "pounds sterling": "GBP", "quid": "GBP",
    "sterling": "GBP",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "₹": "INR", "rs": "INR", "rs.": "INR", "inr": "INR", "rupee": "INR", "rupees": "INR",
    "c$": "CAD", "ca$": "CAD", "cad": "CAD", "canadian dollar": "CAD", "canadian dollars": "CAD",
    "a$": "AUD", "au$": "AUD", "aud": "AUD", "australian dollar": "AUD", "australian dollars": "AUD",
}
_SCALES = {
    "k": 10**3, "thousand": 10**3, "grand": 10**3,
    "m": 10**6, "mm": 10**6, "mn": 10**6, "mil": 10**6, "mill": 10**6, "million": 10**6,
    "b": 10**9, "bn": 10**9, "billion": 10**9, "trillion": 10**12, "tn": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "lacs": 10**5, "crore": 10**7, "crores": 10**7,
}
_PERIOD_WORDS = {
    "hour": "hour", "hr": "hour", "h": "hour", "hourly": "hour", "ph": "hour",
    "week": "week", "wk": "week", "weekly": "week", "pw": "week",
    "month": "month", "mo": "month", "mth": "month", "monthly": "month", "pm": "month",
    "quarter": "quarter", "qtr": "quarter", "quarterly": "quarter",
    "year": "year", "yr": "year", "annum": "year", "annual": "year", "annually": "year", "yearly": "year",
    "pa": "year",
}

# ASCII digits only: \d would also take Arabic-Indic and full-width digits.
_DIGITS = re.compile(r"(?<!\w)(?<![0-9][.,])[0-9]+(?:[.,][0-9]+)*(?:[eE][+-]?[0-9]+)?")
_EXPONENT = re.compile(r"[0-9.]+[eE][+-]?[0-9]+")
_UNIT_WORDS = ("zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
               "fifteen|sixteen|seventeen|eighteen|nineteen")
_TENS_WORDS = "twenty|thirty|forty|fourty|fifty|sixty|seventy|eighty|ninety"
_BIG_WORDS = "hundred|thousand|million|billion"
_ANY_WORD = f"{_UNIT_WORDS}|{_TENS_WORDS}|{_BIG_WORDS}"
# "and" only joins after hundred/thousand ("one hundred and twenty"), so "between eighty and ninety
# thousand" stays two figures.
_WORD_RUN = re.compile(
    rf"\b(?:a\s+(?:{_BIG_WORDS})|(?:{_UNIT_WORDS}|{_TENS_WORDS}))"
    rf"(?:(?:\s+|-)(?:{_ANY_WORD})|(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+"
    rf"(?:{_UNIT_WORDS}|{_TENS_WORDS})|\s+point\s+(?:{_UNIT_WORDS}))*\b",
    re.I,
)
_CURRENCY_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?P<code>US\$|CA\$|C\$|AU\$|A\$|Rs\.?|USD|EUR|GBP|CAD|AUD|INR)|(?P<symbol>[$€£₹]))\s?$", re.I
)
_SIGN_BEFORE = re.compile(r"(?:(?<![\w)\]])(?P<dash>[-−–])|\b(?:minus|negative)\s+)\s?$", re.I)
_SCALE_AFTER = re.compile(
    r"(?:\s?(?P<word>thousand|grand|million|mill|mil|mn|billion|bn|trillion|tn|lakhs?|lacs?|crores?)"
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
_NON_FINITE = re.compile(r"\b(?:inf|infinity|infinite|nan)\b", re.I)
# A pay mix: "a 60/40 split", "50:50", "split 70-30", "60%/40%". Two whole shares that add up to 100. With a
# dash or "to" it could be a range ("70-80"), so a split word must be near; with "/" or ":" the sum is enough.
_SHARES = re.compile(
    r"(?<![\w$€£₹.,/:])(?P<first>[0-9]{1,2})(?:\s*%)?\s*(?P<sep>/|:|-|–|—|\s(?:to|and)\s)\s*"
    r"(?P<second>[0-9]{1,2})(?:\s*%)?(?![\w$€£₹/:]|[.,][0-9]|\s*(?:%|k\b|grand\b|thousand\b|an?\s+hour|per\s+hour))",
    re.I,
)
_SPLIT_WORD = re.compile(r"\b(?:split|splits|mix|ratio|pay\s*mix)\b", re.I)
_VARIABLE_FIRST = re.compile(
    r"\s*(?:split\s*)?[(,]?\s*(?:commission|variable|bonus|incentive)s?\s*(?:/|:|-|to|and|vs\.?)\s*(?:base|salary)\b", re.I)


@dataclass(frozen=True)
class Amount:
    value: float
    currency: Optional[str]  # ISO code, or None when the candidate did not say
    period: str = "year"  # "year", "quarter", "month", "week" or "hour"

    @property
    def yearly(self) -> float:
        return self.value * PER_YEAR[self.period]


@dataclass(frozen=True)
class Figure:
    """One figure as written. A percent has `percent` set and no `amount`."""

    span: Tuple[int, int]
    text: str
    amount: Optional[Amount] = None
    percent: Optional[float] = None
    in_range: bool = False  # "80-90k", "between 80k and 90k"
    scale: int = 1  # the k/thousand/million multiplier that was written
    period_stated: bool = False
    garbled: bool = False  # "85k85k", "1,000,00": digits we cannot read as one number
    corrects_previous: bool = False  # "..., sorry, I mean 120,000": this figure replaces the one before

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]

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


@dataclass(frozen=True)
class Split:
    """A pay mix, "60/40": the shares of the total (OTE) that are base and variable pay, in percent."""

    span: Tuple[int, int]
    base: float
    variable: float

    @property
    def start(self) -> int:
        return self.span[0]

    @property
    def end(self) -> int:
        return self.span[1]


@dataclass(frozen=True)
class Reading:
    """What one answer said. Exactly one of value, question, refusal is set, unless nothing was found."""

    value: Optional[float] = None  # yearly
    amount: Optional[Amount] = None
    said_back: Optional[str] = None
    question: Optional[str] = None
    refusal: Optional[str] = None


def currency_code(mark: Optional[str]) -> Optional[str]:
    """The ISO code for a symbol or word ("$", "euros", "CA$"), or an unknown code as written."""
    if not mark:
        return None
    mark = " ".join(mark.split())
    return _CODES.get(mark.lower(), mark.upper() if mark.isalpha() and len(mark) == 3 else None)


def format_money(value: float, currency: Optional[str] = "USD") -> str:
    """ "$92,000", "€60,000", "$40.50"; cents only when the figure is not whole; no symbol for None."""
    if not math.isfinite(value):
        return str(value)
    code = currency_code(currency) if currency else None
    cents = round(abs(value) * 100)
    number = f"{cents // 100:,}" + (f".{cents % 100:02d}" if cents % 100 else "")
    sign = "-" if value < 0 and cents else ""
    if code is None:
        return sign + number
    if code in SYMBOLS:
        return f"{sign}{SYMBOLS[code]}{number}"
    return f"{sign}{number} {code}"


def describe(amount: Amount, default_currency: Optional[str] = "USD") -> str:
    """The amount in words, with the yearly conversion when it was not yearly."""
    currency = amount.currency or default_currency
    said = format_money(amount.value, currency)
    yearly = format_money(amount.yearly, currency)
    if amount.period == "hour":
        return f"{said} an hour, which is {yearly} a year at {HOURS_PER_YEAR:,} hours"
    if amount.period == "week":
        return f"{said} a week, which is {yearly} a year over {WEEKS_PER_YEAR} weeks"
    if amount.period in ("month", "quarter"):
        return f"{said} {_PER_PERIOD[amount.period]}, which is {yearly} a year"
    return f"{said} a year"


def find_splits(text: str) -> List[Split]:
    """Every pay mix in the text ("150k OTE on a 60/40 split"): a ratio, not two money figures.
    The first share is the base, unless the words after it name the variable pay first."""
    text = text or ""
    splits: List[Split] = []
    for match in _SHARES.finditer(text):
        first, second = int(match.group("first")), int(match.group("second"))
        if first < 1 or second < 1 or first + second != 100:
            continue
        if match.group("sep").strip().lower() not in ("/", ":"):
            near = text[max(0, match.start() - 25):match.end() + 25]
            if not _SPLIT_WORD.search(near):
                continue
        base, variable = (second, first) if _VARIABLE_FIRST.match(text, match.end()) else (first, second)
        splits.append(Split(span=match.span(), base=float(base), variable=float(variable)))
    return splits


def find_figures(text: str) -> List[Figure]:
    """Every money figure in the text, in order; ranges marked, corrections noted. A pay mix ("60/40 split")
    is a ratio and gives no figures."""
    text = text or ""
    figures: List[Figure] = []
    ratios = [split.span for split in find_splits(text)]
    for core_start, core_end, value, scale in _number_cores(text):
        if any(start <= core_start < end for start, end in ratios):
            continue
        previous_end = figures[-1].end if figures else None
        if previous_end is not None and core_start < previous_end:
            continue
        figure = _figure_at(text, core_start, core_end, value, scale, previous_end)
        if figure is not None:
            figures.append(figure)
    return _mark_corrections(text, _mark_ranges(text, figures))


def current_figures(figures: List[Figure]) -> List[Figure]:
    """The figures left once each correction has replaced the figure before it."""
    kept: List[Figure] = []
    for figure in figures:
        if figure.corrects_previous and kept:
            kept.pop()
        kept.append(figure)
    return kept


def absurd(amount: Amount) -> Optional[str]:
    """Why the amount cannot be real pay, or None when it can."""
    if not math.isfinite(amount.value) or not math.isfinite(amount.yearly):
        return 'That isn\'t a number I can work with. Please type the figure, like "85k" or "$40 an hour".'
    if amount.value < 0:
        return "Pay can't be negative. Please type the figure without a minus sign."
    if amount.value == 0:
        return 'Zero can\'t be the pay figure. If there is none, say "none"; otherwise type the amount, like "85k".'
    if amount.yearly > YEARLY_CEILING:
        return (f"That comes to more than {format_money(YEARLY_CEILING, amount.currency or 'USD')} a year, "
                "beyond any real pay package. Please check the figure.")
    return None


def bare_question(figure: Figure, default_currency: Optional[str] = "USD") -> str:
    """Asks which of the two likely readings a unit-less "85" means."""
    value = figure.amount.value if figure.amount else 0.0
    return (f"Did you mean {format_money(value * 1000, default_currency)} a year, "
            f"or {format_money(value, default_currency)} an hour?")


def range_question(low: Figure, high: Figure, default_currency: Optional[str] = "USD") -> str:
    """Asks for the one figure behind a range; ranges are never guessed."""
    return (f"That's a range ({_say_figure(low, default_currency)} to {_say_figure(high, default_currency)}). "
            "An offer names one figure: which exact number should I use?")


def read_amount(text: str, *, percent_of: Optional[float] = None,
                default_currency: Optional[str] = "USD") -> Reading:
    """Reads an answer that should hold one figure, e.g. to "What is the base?"."""
    text = text or ""
    figures = current_figures(find_figures(text))
    garbled = [figure for figure in figures if figure.garbled]
    if garbled:
        return Reading(refusal=f'"{garbled[0].text}" looks like numbers run together. '
                               'Please type the figure once, like "85k".')
    if not figures:
        if _NON_FINITE.search(text):
            return Reading(refusal=absurd(Amount(math.inf, None)))
        return Reading()
    ranged = [figure for figure in figures if figure.in_range]
    if len(ranged) >= 2:
        return Reading(question=range_question(ranged[0], ranged[1], default_currency))
    # A stray small count ("2 offers" slipped past) gives way to a real money figure.
    figures = [figure for figure in figures if not figure.bare] or figures
    for figure in figures:
        if figure.amount is not None and absurd(figure.amount):
            return Reading(refusal=absurd(figure.amount))
    if len(figures) > 1 and not _same_figure(figures):
        said = " and ".join(_say_figure(figure, default_currency) for figure in figures[:3])
        return Reading(question=f"I see more than one figure there ({said}). Which one should I use?")
    figure = figures[0]
    if figure.percent is not None:
        return _read_percent(figure.percent, percent_of, default_currency)
    if figure.bare:
        return Reading(question=bare_question(figure, default_currency))
    amount = figure.amount
    return Reading(value=amount.yearly, amount=amount, said_back=describe(amount, default_currency))


def _read_percent(percent: float, percent_of: Optional[float], default_currency: Optional[str]) -> Reading:
    if not math.isfinite(percent) or percent <= 0 or percent > 1000:
        return Reading(refusal=f"{percent:g}% isn't a share of pay I can use. Please check the figure.")
    if percent_of is None or not math.isfinite(percent_of) or percent_of <= 0:
        return Reading(question=f"What base is the {percent:g}% a share of, or what does it come to in a year?")
    amount = Amount(percent_of * percent / 100, None, "year")
    return Reading(value=amount.yearly, amount=amount,
                   said_back=f"{percent:g}% of {format_money(percent_of, default_currency)}, "
                             f"which is {describe(amount, default_currency)}")


def _say_figure(figure: Figure, default_currency: Optional[str]) -> str:
    if figure.percent is not None:
        return f"{figure.percent:g}%"
    if figure.amount is None:
        return figure.text
    money = format_money(figure.amount.value, figure.amount.currency or default_currency)
    return money if figure.amount.period == "year" else f"{money} {_PER_PERIOD[figure.amount.period]}"


def _same_figure(figures: List[Figure]) -> bool:
    """Whether the figures all say the same thing ("$40 an hour, so 83,200 a year")."""
    if any(figure.amount is None for figure in figures):
        percents = {figure.percent for figure in figures}
        return len(percents) == 1 and None not in percents
    first = figures[0].amount.yearly
    return all(math.isclose(figure.amount.yearly, first, rel_tol=0.01) for figure in figures)


def _number_cores(text: str) -> List[Tuple[int, int, Optional[Decimal], int]]:
    """(start, end, value, scale) of each number written in digits or words; value None when unreadable."""
    cores = [(match.start(), match.end(), _digits_value(match.group()), 1) for match in _DIGITS.finditer(text)]
    for match in _WORD_RUN.finditer(text):
        value, scale = _words_value(match.group())
        if value is not None:
            cores.append((match.start(), match.end(), value, scale))
    return sorted(cores, key=lambda core: core[0])


def _digits_value(digits: str) -> Optional[Decimal]:
    if _EXPONENT.fullmatch(digits):  # price-parser reads "1e309" as 1
        try:
            return Decimal(digits)
        except ArithmeticError:
            return None
    return Price.fromstring(digits).amount


def _words_value(words: str) -> Tuple[Optional[Decimal], int]:
    words = " ".join(words.split())
    if words.lower().startswith("a "):
        words = "one " + words[2:]
    parts = alpha2digit(words, "en").split()
    try:
        numbers = [Decimal(part) for part in parts]
    except InvalidOperation:  # text2num leaves lone small words ("one", "two") as words
        return None, 1
    scale = max((_SCALES[word] for word in ("thousand", "million", "billion") if word in words.lower()), default=1)
    if len(numbers) == 1:
        return numbers[0], scale
    # "one point two million" comes back as "1.2 1000000"
    if len(numbers) == 2 and numbers[1] in (10**3, 10**6, 10**9):
        return numbers[0] * numbers[1], scale
    return None, 1


def _figure_at(text: str, core_start: int, core_end: int, value: Optional[Decimal], scale: int,
               previous_end: Optional[int]) -> Optional[Figure]:
    """The figure around one number: its currency, sign, scale, percent or period. None if it is not money."""
    before = text[previous_end or 0:core_start]
    currency_match = _CURRENCY_BEFORE.search(before)
    currency = currency_code(currency_match.group("code") or currency_match.group("symbol")) if currency_match else None
    start = (previous_end or 0) + currency_match.start() if currency_match else core_start
    sign_match = _SIGN_BEFORE.search(text[previous_end or 0:start])
    # A dash right after another figure is a range ("80k - 90k"), not a minus sign.
    negative = bool(sign_match) and not (
        sign_match.group("dash") and previous_end is not None and not text[previous_end:start - len(
            sign_match.group())].strip())

    digits = text[core_start:core_end]
    if digits in ("401", "403") and currency is None and (
            _RETIREMENT_PLAN_AFTER.match(text, core_end)
            or (_RETIREMENT_PLAN_BEFORE.search(text[max(0, start - 20):start]) and re.match(r"k\b", text[core_end:], re.I))):
        return None

    position, multiplier = core_end, 1
    for _ in range(3):  # "a billion trillion" chains scale words
        scale_match = _SCALE_AFTER.match(text, position)
        if not scale_match:
            break
        multiplier *= _SCALES[scale_match.group(scale_match.lastgroup).lower()]
        position = scale_match.end()
    scale *= multiplier

    if value is None or (multiplier > 1 and position < len(text) and text[position].isdigit()):
        end = position + len(re.match(r"[\w.,$€£₹]*", text[position:]).group())
        return Figure(span=(start, end), text=text[start:end], scale=scale, garbled=True)

    percent_match = _PERCENT_AFTER.match(text, position) if scale == 1 else None
    if percent_match:
        percent = float(value) * (-1 if negative else 1)
        return Figure(span=(start, percent_match.end()), text=text[start:percent_match.end()], percent=percent)

    currency_after = _CURRENCY_AFTER.match(text, position)
    if currency_after:
        currency = currency or currency_code(currency_after.group("cur"))
        position = currency_after.end()
    if position < len(text) and text[position].isalnum() and not text[position - 1].isspace():
        return None  # glued to letters: "5pm", "3rd", "2x"

    if currency is None and scale == 1:
        if _COUNTED_AFTER.match(text, position):
            return None
        if re.fullmatch(r"(?:19|20)[0-9]{2}", digits) and _DATE_BEFORE.search(text[max(0, start - 20):start]):
            return None

    period, period_stated = "year", False
    end = position
    period_match = _PERIOD_AFTER.match(text, position)
    if period_match:
        period = _PERIOD_WORDS[(period_match.group("unit") or period_match.group("adverb")).lower().replace(".", "")]
        period_stated = True
        if not period_match.group("filler"):
            end = period_match.end()
    else:
        before_match = _PERIOD_BEFORE.search(text[max(previous_end or 0, start - 40):start])
        if before_match:
            period = _PERIOD_WORDS[before_match.group("adverb").lower()]
            period_stated = True

    try:
        amount_value = float(value * multiplier) * (-1 if negative else 1)
    except ArithmeticError:  # decimal overflow on absurd exponents
        amount_value = math.inf
    amount = Amount(amount_value, currency, period)
    return Figure(span=(start, end), text=text[start:end], amount=amount, scale=scale, period_stated=period_stated)


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
