"""The three tests every reason must pass before it is worth raising: relevant, concrete, truthful.

Each kind of reason checks itself (kinds/); this puts the results in the same order for every reason,
with the why in plain words, so the candidate sees how we decided.
"""
from __future__ import annotations

from typing import Dict

from .case import Case, Check, CheckedReason, Reason
from .kinds import KINDS

CHECK_NAMES = ("relevant", "concrete", "truthful")
UNCHECKED = "It can't be checked until the figures above are known."


def check_reason(reason: Reason, case: Case) -> CheckedReason:
    checks = KINDS[reason.key].check(reason, case)
    # One result per test, the failing one first when a test was run twice (e.g. a misstatement).
    by_name: Dict[str, Check] = {}
    for check in checks:
        if check.name not in by_name or not check.passed:
            by_name[check.name] = check
    return CheckedReason(reason, [by_name.get(name, Check(name, False, UNCHECKED)) for name in CHECK_NAMES])
