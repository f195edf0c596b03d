"""The kinds of reason a candidate gives for not saying yes: one module each, and the registry built from them.

Four kinds can be leverage when they pass the three checks; four backfire whatever the wording. `KINDS`
is the only list of kinds: everything else (the reading, the checks, the decision, the drafts, the
questions) asks it. tests/coach/kinds/test_registry.py fails when a kind misses a part it needs.
"""
from typing import Dict, Tuple

from . import (always_negotiate, below_previous_earnings, changed_terms, competing_offer, deserve_more, friends_perks,
               larger_territory, testing_limits)
from .kind import ReasonKind

_MODULES = (below_previous_earnings, larger_territory, changed_terms, competing_offer,
            always_negotiate, deserve_more, friends_perks, testing_limits)

KINDS: Dict[str, ReasonKind] = {module.KIND.key: module.KIND for module in _MODULES}
VALID_KEYS: Tuple[str, ...] = tuple(key for key, kind in KINDS.items() if kind.valid)
BACKFIRING_KEYS: Tuple[str, ...] = tuple(key for key, kind in KINDS.items() if not kind.valid)
BY_INTENT: Dict[str, str] = {kind.intent: key for key, kind in KINDS.items()}
