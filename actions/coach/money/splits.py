"""A pay mix in what a candidate types: "a 60/40 split", "50:50", "split 70-30": two shares of the total."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List

from .spans import Spanned

# Two whole shares that add up to 100. With a dash or "to" it could be a range ("70-80"), so a split word must
# be near; with "/" or ":" the sum is enough.
_SHARES = re.compile(
    r"(?<![\w$€£₹.,/:])(?P<first>[0-9]{1,2})(?:\s*%)?\s*(?P<sep>/|:|-|–|—|\s(?:to|and)\s)\s*"
    r"(?P<second>[0-9]{1,2})(?:\s*%)?(?![\w$€£₹/:]|[.,][0-9]|\s*(?:%|k\b|grand\b|thousand\b|an?\s+hour|per\s+hour))",
    re.I,
)
_SPLIT_WORD = re.compile(r"\b(?:split|splits|mix|ratio|pay\s*mix)\b", re.I)
_VARIABLE_FIRST = re.compile(
    r"\s*(?:split\s*)?[(,]?\s*(?:commission|variable|bonus|incentive)s?\s*(?:/|:|-|to|and|vs\.?)\s*(?:base|salary)\b", re.I)



@dataclass(frozen=True)
class Split(Spanned):
    """A pay mix, "60/40": the shares of the total (OTE) that are base and variable pay, in percent."""

    base: float
    variable: float


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
