"""What every kind of reason holds, and the small pieces its three checks are built from.

A kind module (one per kind, in this folder) defines one `ReasonKind`: how it is recognised, what it
needs asked, what proof suits it, how it is checked, and, for the kinds that can be leverage, how the
counter states its gap and its ask. `kinds/__init__.py` builds the registry from the modules.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, List, Optional, Tuple

from ..answers import NO, YES, can_back_up
from ..case import Case, Check, Reason
from ..proof import proof_items

Checker = Callable[[Reason, Case], List[Check]]
# (case, the reason, its place among the leverage, the phrasebook, how squeezed) -> (gap sentences, ask, about money)
GapAndAsk = Callable[..., Tuple[List[str], str, bool]]


@dataclass(frozen=True)
class FollowUp:
    """A question this kind needs answered (a form slot), and why, for a candidate who asks."""

    slot: str
    why: str
    # The answer, when the message that raised the reason gives it already ("a written offer from Foundry"),
    # read from that message and the slots known; None when it doesn't, and the question is asked.
    told: Optional[Callable[[str, Dict[str, Any]], Optional[Any]]] = None


_HOLDS = re.compile(r"\b(?:have|has|got|kept|keep|saved|still\s+have|can\s+(?:show|share|send|provide)|on\s+file"
                    r"|attached)\b", re.I)


def proof_told(text: str, slots: Dict[str, Any]) -> Optional[str]:
    """ "I have payslips and form 16": proof named and held; a mere mention ("the posting said...") is not."""
    from . import KINDS  # the registry is built from the modules that import this one
    asking = tuple(key for key, kind in KINDS.items() if EVIDENCE in kind.follow_ups)
    if proof_items(text, asking) and _HOLDS.search(text) and can_back_up(text) != NO:
        return text
    return None


# The follow-up every kind that needs proof asks.
EVIDENCE = FollowUp("evidence", "A reason only counts if you could back it up when asked.", proof_told)


@dataclass(frozen=True)
class ReasonKind:
    key: str
    label: str
    intent: str  # the NLU intent that names this kind
    cues: Tuple[str, ...]  # regular expressions, matched case-insensitively against one clause
    check: Checker
    follow_ups: Tuple[FollowUp, ...] = ()
    backfires_because: str = ""  # set for the kinds that backfire; empty for those that can be leverage
    strength: int = 0  # leverage only: when more than two hold up, the lowest ranks go forward
    proof: str = ""  # what suits it, for the evidence question
    evidence_markers: str = ""  # what proof of this kind tends to mention
    about_money: bool = False  # its gap is stated in figures (one money item speaks once in a counter)
    gap_and_ask: Optional[GapAndAsk] = None
    # The reason in the coach's words, with both sides of its gap where they are known ("travel: described as
    # 25%, the offer says 60%"): what the candidate confirms before any verdict.
    describe: Optional[Callable[[Reason, Case], str]] = None
    phrases: Dict[str, Dict[str, Tuple[str, ...]]] = field(default_factory=dict)  # its parts of the counter

    @property
    def valid(self) -> bool:
        """Whether it can be leverage when it passes the three checks; the other kinds always backfire."""
        return not self.backfires_because

    def said_as(self, reason: Reason, case: Case) -> str:
        return self.describe(reason, case) if self.describe else self.label

    def matches(self, clause: str) -> bool:
        return any(not _DENIED.search(clause[:hit.start()]) for cue in self.cues
                   for hit in re.finditer(cue, clause, re.I))


# A cue right after a denial raises nothing: "no other offers", "I don't have another offer", "not a pay cut".
_DENIED = re.compile(r"(?:\bno|\bnot|n't|\bnever|\bzero|\bwithout|\bnor)\s+(?:(?:have|has|had|got|hold|holding|any|an?"
                     r"|the|real|actual|really|currently|interviewing|looking|applying)\s+){0,3}$", re.I)


def relevant(passed: bool, why: str) -> Check:
    return Check("relevant", passed, why)


def concrete(passed: bool, why: str) -> Check:
    return Check("concrete", passed, why)


def truthful(passed: bool, why: str) -> Check:
    return Check("truthful", passed, why)


def honest(reason: Reason) -> List[Check]:
    """A plan to state something untrue fails truthfulness whatever the facts."""
    if reason.misstated:
        return [truthful(False, "You mentioned stating something that isn't so; I can't help with that, "
                                "and if it came out it would cost you the offer.")]
    return []


def backed_up(case: Case, what: str) -> Check:
    if can_back_up(case.evidence or "") == YES:
        return truthful(True, f"You can show {what} if asked.")
    return truthful(False, f"You'd need to be able to show {what} if they ask; gather it before you raise this.")


def backfiring(relevant_because: Tuple[bool, str], concrete_because: Tuple[bool, str],
               truthful_because: Tuple[bool, str]) -> Checker:
    """The checks of a kind that backfires: the same three answers whatever was said."""
    def check(reason: Reason, case: Case) -> List[Check]:
        return [relevant(*relevant_because), concrete(*concrete_because), truthful(*truthful_because)]
    return check


def next_part(name: str, index: int, phrases: Dict[str, Dict[str, Tuple[str, ...]]]) -> str:
    """A second leverage item uses its "_next" phrasing ("There is also..."), where the kind has one."""
    return f"{name}_next" if index > 0 and f"{name}_next" in phrases else name
