"""Never the same question three times. An answer the coach can't use is a miss; after the second miss on one
question the coach says what it will assume and moves on. The candidate can still put it right when the facts
are listed for confirmation.
"""
from __future__ import annotations

from typing import Any, Dict, List, Tuple

from .answers import UNSURE, YES
from .state import CHANGE, CHANGE_WANTED, CONFIRM, MONEY_SLOTS, NAME_SLOTS, YES_NO_SLOTS

MISSES = "misses"  # slot: question -> unusable answers in a row
PENDING = "pending"  # slot: what the question is waiting to have cleared up ("yes_but", "which_offer")
ALLOWED = 2

_WHAT = {"offer_base": "the base", "offer_variable": "the variable pay", "previous_earnings": "what you earn now",
         "competing_offer": "the other offer's figure", "role": "the role", "company": "the company",
         "other_company": "the other company"}


def missed(asked: str, slots: Dict[str, Any], pending_total: float = None) -> Tuple[Dict[str, Any], List[str]]:
    """The updates for one more unusable answer to `asked`: the count, or once it reaches the limit, the
    assumption and what to say about it."""
    misses = dict(slots.get(MISSES) or {})
    misses[asked] = misses.get(asked, 0) + 1
    if misses[asked] < ALLOWED:
        return {MISSES: misses}, []
    misses.pop(asked)
    updates, said = assume(asked, slots, pending_total)
    return {MISSES: misses, PENDING: None, **updates}, [said]


def answered(asked: str, slots: Dict[str, Any]) -> Dict[str, Any]:
    """A usable answer clears the count for that question."""
    misses = dict(slots.get(MISSES) or {})
    if misses.pop(asked, None) is None and not slots.get(PENDING):
        return {}
    return {MISSES: misses, PENDING: None}


def assume(asked: str, slots: Dict[str, Any], pending_total: float = None) -> Tuple[Dict[str, Any], str]:
    """What to take as the answer after two misses, and the sentence that says so."""
    declined = sorted(set(slots.get("declined") or []) | {asked})
    if asked == "offer_base" and pending_total:
        return ({"offer_base": pending_total, "offer_variable": 0.0},
                "I'll take that as the whole package, all base, for now; if part of it is variable, tell me when I "
                "list the facts.")
    if asked in MONEY_SLOTS or asked in NAME_SLOTS:
        return {"declined": declined}, f"I'll leave {_WHAT[asked]} out for now; you can add it when I list the facts."
    if asked in YES_NO_SLOTS:
        return {asked: UNSURE}, "I'll take that as \"not sure\" for now; you can change it when I list the facts."
    if asked in ("concern", "other_concern"):
        return ({asked: "", "reasons": slots.get("reasons") or []},
                "I'll take it that nothing else stands in the way for now; tell me if something does.")
    if asked == "evidence":
        return {"evidence": "not sure"}, "I'll take it that you can't show it yet."
    if asked == CHANGE:
        return {CHANGE_WANTED: False, CHANGE: None}, "Let's look at the list again."
    if asked == CONFIRM:
        return {CONFIRM: YES}, "I'll go on with the list as it is; you can still correct any of it later."
    return {"declined": declined}, "Let's move on."
