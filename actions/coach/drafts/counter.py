"""The counter the candidate sends when something real stands in the way, in five steps:

  1. thanks and enthusiasm for the role (by name, and the company's when known);
  2. the gap, stated plainly with the candidate's own figures and facts (never invented);
  3. one or two asks, each tied to a reason that passed the checks (``assessment.leverage``);
  4. an acknowledgement of the employer's limits: budget, internal equity, fairness across the team;
  5. that the candidate is ready to accept once the gap is solved.

Weak or backfiring reasons are never mentioned, nor are pressure words or ultimatums. Each kind of reason
says its own gap and ask (kinds/); this module puts the steps together and fits them to the style.
"""
from __future__ import annotations

from typing import List, Sequence, Tuple

from ..case import Assessment, Case, CheckedReason
from ..kinds import KINDS
from ..proof import listed, proof_items
from .phrasebook import COMMON, COUNTER, Level, Phrasebook, Phrases, check_style, fit, lay_out, seed
from .text import role_phrase

MAX_ITEMS = 2
_TABLE: Phrases = {**COMMON, **COUNTER, **{part: options for kind in KINDS.values()
                                           for part, options in kind.phrases.items()}}


def items_to_raise(assessment: Assessment) -> List[CheckedReason]:
    """At most two leverage items; each money kind speaks once, as two would repeat the same figures."""
    items, seen = [], set()
    for checked in [c for c in assessment.leverage if KINDS[c.key].valid][:MAX_ITEMS]:
        if KINDS[checked.key].about_money and checked.key in seen:
            continue
        seen.add(checked.key)
        items.append(checked)
    return items


def thank(say: Phrasebook, role: str) -> str:
    return say("thanks", role=role)


def state_gaps(case: Case, items: Sequence[CheckedReason], say: Phrasebook) -> Tuple[List[str], List[str], bool]:
    """Each item's gap and its ask, with the proof when it fits; and whether the first gap is about money."""
    gaps: List[str] = []
    asks: List[str] = []
    money_led = False
    for index, checked in enumerate(items):
        gap, ask, is_money = KINDS[checked.key].gap_and_ask(case, checked, index, say, say.level)
        gaps.extend(gap)
        asks.append(ask)
        money_led = money_led or (is_money and index == 0)
    proof = proof_items(case.evidence, [c.key for c in items])
    if say.level.with_proof and proof:
        gaps.append(say("proof", items=listed(proof)))
    return gaps, asks, money_led


def ask(asks: List[str], assessment: Assessment, say: Phrasebook, money_led: bool) -> List[str]:
    """The asks, and for a real deal-breaker a calm statement of it, never a threat."""
    if assessment.deal_breaker:
        return asks + [say("deal_breaker_money" if money_led else "deal_breaker_terms")]
    return asks


def acknowledge_limits(say: Phrasebook) -> str:
    return say("limits")


def ready_to_accept(say: Phrasebook) -> str:
    return say("ready")


def _counter_at(case: Case, assessment: Assessment, style: str, level: Level, seed_text: str) -> str:
    say = Phrasebook(seed_text, style, level, _TABLE)
    role = role_phrase(case, say.level.name_cap)
    gaps, asks, money_led = state_gaps(case, items_to_raise(assessment), say)
    paragraphs = [[thank(say, role)], gaps + ask(asks, assessment, say, money_led),
                  [acknowledge_limits(say), ready_to_accept(say)]]
    return lay_out(style, say, say("subject", role=role), paragraphs)


def counter(case: Case, assessment: Assessment, style: str = "default") -> str:
    """The counter the candidate sends, for a "negotiate" verdict, built only from what they said.

    Raises ValueError for an unknown style, or when the assessment holds no valid leverage (there is
    nothing to ask for: use ``acceptance`` instead).
    """
    check_style(style)
    items = items_to_raise(assessment)
    if not items:
        raise ValueError("counter() needs at least one leverage reason of a valid kind; use acceptance()")
    seed_text = seed(case, [c.reason for c in items])
    return fit(lambda level: _counter_at(case, assessment, style, level, seed_text), style)
