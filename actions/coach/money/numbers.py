"""Numbers as people write them, in digits ("85,000", "1,20,000", "85.5") or words ("eighty-five thousand").

Each is found with its place in the text; figures.py decides which of them are money.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import List, Optional, Tuple

from price_parser import Price
from text_to_num import alpha2digit

from .vocabulary import SCALES

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


def number_cores(text: str) -> List[Tuple[int, int, Optional[Decimal], int]]:
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
    scale = max((SCALES[word] for word in ("thousand", "million", "billion") if word in words.lower()), default=1)
    if len(numbers) == 1:
        return numbers[0], scale
    # "one point two million" comes back as "1.2 1000000"
    if len(numbers) == 2 and numbers[1] in (10**3, 10**6, 10**9):
        return numbers[0] * numbers[1], scale
    return None, 1
