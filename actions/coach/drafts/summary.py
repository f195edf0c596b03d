"""The case at a glance: rows of (label, detail) for the offer, the figures and each reason with its checks.

The rows are data: the channels lay them out (channels/formatting.py), and `summary_text` does for a terminal.
"""
from __future__ import annotations

from typing import List, Sequence, Tuple

from ..case import Assessment, Case, CheckedReason
from ..kinds import KINDS
from .text import clean_name

Row = Tuple[str, str]


def _check_marks(checked: CheckedReason) -> str:
    return " · ".join(f"{check.name} {'✓' if check.passed else '✗'}" for check in checked.checks)


def _figures(case: Case) -> List[Row]:
    rows: List[Row] = []
    if case.offer_base is not None:
        rows.append(("Offer base", f"{case.money(case.offer_base)} a year"))
        if case.offer_variable is not None:
            variable = case.money(case.offer_variable) + " at target" if case.offer_variable else "none"
            rows.append(("Offer variable", variable))
        rows.append(("Offer total", f"{case.money(case.offer_total)} a year"))
    if case.previous_earnings is not None:
        rows.append(("Previous earnings", f"{case.money(case.previous_earnings)} a year"))
    if case.previous_base is not None:
        rows.append(("Previous base", f"{case.money(case.previous_base)} a year"))
    if case.competing_offer is not None:
        value = f"{case.money(case.competing_offer)} a year"
        other = clean_name(case.other_company, 12)
        if other:
            value += f" from {other}"
        if case.competing_offer_in_writing is True:
            value += ", in writing"
        elif case.competing_offer_in_writing is False:
            value += ", not in writing"
        rows.append(("Competing offer", value))
    return rows


def summary(case: Case, assessment: Assessment) -> List[Row]:
    """The figures given (never those that weren't), then the reasons: leverage first, then those that passed
    but were left out (two items at most), then the weak ones."""
    rows = _figures(case)
    for group, outcome in ((assessment.leverage, "counts"), (assessment.dropped, "passes, left out (two items at most)"),
                           (assessment.weak, None)):
        for checked in group:
            kind = KINDS[checked.key]
            result = outcome or ("does not count" if kind.valid else "would backfire")
            rows.append((kind.label, f"{_check_marks(checked)} → {result}"))
    return rows


def summary_text(rows: Sequence[Row]) -> str:
    """Two aligned columns of plain text, for a terminal."""
    if not rows:
        return ""
    width = max(len(name) for name, _ in rows)
    return "\n".join(f"{name.ljust(width)}  {value}".rstrip() for name, value in rows)
