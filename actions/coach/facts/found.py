"""What one message told us: slot values, what to say back, and what to ask or refuse."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional

MONEY_SLOTS = ("offer_base", "offer_variable", "previous_earnings", "competing_offer")
NAME_SLOTS = ("role", "company")


@dataclass
class Facts:
    """`values` uses the contract's slot names, money yearly; `said` is how each value is said back, as a
    statement the candidate can correct; `notes` are what was read but kept out of the slots."""

    values: Dict[str, object] = field(default_factory=dict)
    said: Dict[str, str] = field(default_factory=dict)
    notes: List[str] = field(default_factory=list)
    questions: List[str] = field(default_factory=list)
    refusals: List[str] = field(default_factory=list)
    declined: List[str] = field(default_factory=list)
    pending_total: Optional[float] = None  # a total given where its base was asked ("about 110k all in")
