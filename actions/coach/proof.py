"""The proof a candidate says they hold, as the coach names it: "yes my paystubs and last 2 years w2s" ->
["pay stubs", "W-2s"]. Only what matches this list goes into a draft; anything else they wrote stays out.

Each item says which kind of reason it backs, so proof for a reason left out of a counter is left out too.
"""
from __future__ import annotations

import re
from typing import List, Optional, Sequence, Tuple

from .answers import NO, can_back_up

# (how the coach names it, the kinds of reason it backs, the words for it)
_ITEMS: Tuple[Tuple[str, Tuple[str, ...], str], ...] = (
    ("pay stubs", ("below_previous_earnings",), r"\bpay\s*stubs?\b|\bpaystubs?\b|\bpay\s*checks?\b"),
    ("payslips", ("below_previous_earnings",), r"\b(?:pay|salary)\s*slips?\b|\bpayslips?\b"),
    ("my W-2", ("below_previous_earnings",), r"\bw-?2s?\b"),
    ("my P60", ("below_previous_earnings",), r"\bp60\b"),
    ("my Form 16", ("below_previous_earnings",), r"\bform\s*16\b"),
    ("my tax return", ("below_previous_earnings",), r"\btax\s+returns?\b|\btax\s+forms?\b"),
    ("bank statements", ("below_previous_earnings",), r"\bbank\s+statements?\b"),
    ("the bonus plan", ("below_previous_earnings",), r"\bbonus\s+plan\b"),
    ("my compensation plan", ("below_previous_earnings", "larger_territory"), r"\b(?:comp|compensation)\s+plan\b"),
    ("the written offer", ("competing_offer",), r"\b(?:offer\s+letter|written\s+offer|signed\s+offer|their\s+letter"
                                                r"|'s\s+letter|the\s+letter|in\s+writing|docusign|contract)\b"),
    ("the job posting", ("changed_terms",), r"\b(?:job\s+)?(?:posting|ad|advert\w*|listing)\b|\bjob\s+description\b|\bjd\b"),
    ("the recruiter's email", ("changed_terms",), r"\brecruiter'?s?\s+(?:e-?mail|message)\b"),
    ("the email", ("changed_terms", "competing_offer"), r"\be-?mails?\b"),
    ("a screenshot", ("changed_terms",), r"\bscreenshots?\b"),
    ("the messages", ("changed_terms",), r"\b(?:texts?|messages?|slack|linkedin)\b"),
    ("the territory map", ("larger_territory",), r"\bmaps?\b"),
    ("the territory list", ("larger_territory",), r"\b(?:territory|account)\s+lists?\b|\baccounts?\s+list\b"),
    ("the team's numbers", ("larger_territory",), r"\bteam'?s?\s+(?:numbers|quotas?|territories)\b"),
)
_PATTERNS = tuple((name, kinds, re.compile(words, re.I)) for name, kinds, words in _ITEMS)


def proof_items(text: Optional[str], kinds: Optional[Sequence[str]] = None) -> List[str]:
    """The items named, in the coach's words, for the given kinds of reason (any kind when None); nothing when
    the answer says they can't show it."""
    if not text or can_back_up(text) == NO:
        return []
    named = {name: backs for name, backs, pattern in _PATTERNS if pattern.search(text)}
    if "the recruiter's email" in named:
        named.pop("the email", None)  # the same email, said the particular way
    return [name for name, backs in named.items() if kinds is None or set(backs) & set(kinds)]


def listed(items: Sequence[str]) -> str:
    """ "pay stubs", "pay stubs and my W-2", "pay stubs, my W-2 and my tax return" """
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]
