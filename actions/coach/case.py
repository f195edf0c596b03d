"""The plain values the coaching core works on: what the candidate told us, and what we concluded.

Nothing here knows about Rasa. Adapters build a `Case` from slots; the core returns an `Assessment`.
All money figures are yearly amounts in the candidate's currency (see money.py).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List, Optional

from .money.amounts import format_money


@dataclass(frozen=True)
class Case:
    """Everything the candidate said that the judgement and the drafts may rely on."""

    offer_base: Optional[float] = None
    offer_variable: Optional[float] = None  # yearly variable pay at target; 0 when none
    currency: str = "USD"  # ISO code; figures are never converted between currencies
    previous_earnings: Optional[float] = None  # yearly total, current or most recent job
    previous_base: Optional[float] = None  # when the candidate named their base separately
    competing_offer: Optional[float] = None  # yearly total of the other offer
    competing_offer_in_writing: Optional[bool] = None
    would_choose_other: Optional[bool] = None
    evidence: Optional[str] = None  # the candidate's own words about their proof
    accept_as_is: Optional[bool] = None
    concern: Optional[str] = None
    role: Optional[str] = None
    company: Optional[str] = None
    other_company: Optional[str] = None  # who made the competing offer, when named
    forfeited_bonus: Optional[float] = None  # what leaving costs in its first year (a bonus given up)
    accept_condition: Optional[str] = None  # the term a "not as it is" hangs on ("travel"), a key of terms.TERMS
    signed: bool = False  # the candidate already said yes: nothing to negotiate

    @property
    def offer_total(self) -> Optional[float]:
        if self.offer_base is None:
            return None
        return self.offer_base + (self.offer_variable or 0.0)

    def money(self, value: float) -> str:
        """A figure of this case, said in its currency: "$92,000"."""
        return format_money(value, self.currency or "USD")

    def pay_shortfall(self) -> Optional[float]:
        """How far the offer's total falls below what they earn now; None when it doesn't or can't be told."""
        total, previous = self.offer_total, self.previous_earnings
        if total is None or previous is None or total >= previous:
            return None
        return previous - total

    def base_shortfall(self) -> Optional[float]:
        """How far the offered base falls below their current base; None when it doesn't or can't be told."""
        if self.offer_base is None or self.previous_base is None or self.offer_base >= self.previous_base:
            return None
        return self.previous_base - self.offer_base

    def first_year_gap(self) -> Optional[float]:
        """What moving costs in its first year: a bonus given up by leaving; None when there is none."""
        return self.forfeited_bonus if self.forfeited_bonus and self.forfeited_bonus > 0 else None

    def other_offer_is_stronger(self) -> Optional[bool]:
        """Whether the other offer is worth more a year than this one; None while either figure is missing."""
        if self.competing_offer is None or self.offer_total is None:
            return None
        return self.competing_offer > self.offer_total


@dataclass(frozen=True)
class Reason:
    """One reason the candidate raised: its kind (a key of kinds.KINDS) and their words."""

    key: str
    said: str
    misstated: bool = False  # the candidate plans to state something that is not true


@dataclass(frozen=True)
class Check:
    """One of the three tests a reason must pass, with the why in plain words."""

    name: str  # "relevant", "concrete" or "truthful"
    passed: bool
    why: str


@dataclass(frozen=True)
class CheckedReason:
    reason: Reason
    checks: List[Check]

    @property
    def key(self) -> str:
        return self.reason.key

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)

    def failed(self) -> List[Check]:
        return [check for check in self.checks if not check.passed]


@dataclass(frozen=True)
class Assessment:
    """The coach's conclusion. `leverage` holds at most two reasons, strongest first."""

    verdict: str  # "negotiate" or "accept"
    leverage: List[CheckedReason] = field(default_factory=list)
    weak: List[CheckedReason] = field(default_factory=list)
    dropped: List[CheckedReason] = field(default_factory=list)  # passed, but beyond the two items
    explanations: List[str] = field(default_factory=list)  # one line per reason, then the advice
    deal_breaker: bool = False  # they would walk away if the employer cannot move

    @property
    def leverage_keys(self) -> List[str]:
        return [checked.key for checked in self.leverage]

    @property
    def weak_keys(self) -> List[str]:
        return list(dict.fromkeys(checked.key for checked in self.weak))
