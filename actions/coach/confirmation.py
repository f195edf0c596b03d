"""Before any verdict, the facts the coach will use, listed in its own words for the candidate to confirm.

"That's right" (or "yes", "looks good") confirms; "Change something" asks what to change; a correction in
plain words ("the base is 95k") is applied and the list shown again; "not sure" goes on with the list as it
is, and says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from .answers import NO, UNSURE, YES, read_yes_no
from .decision import with_discovered
from .drafts.text import clean_name
from .kinds import KINDS
from .proof import listed, proof_items
from .state import case_from, reasons_from
from .terms import LABELS

CHOICES = [{"title": "That's right", "payload": "That's right"},
           {"title": "Change something", "payload": "Change something"}]
INTRO = "Before I give you my view, here's what I'll go on:"
ASK = "Is that right? If something's off, tell me in your own words, like \"the base is 95k\"."
WHAT_TO_CHANGE = ("What should I change? Tell me in your own words, like \"the base is 95k\", \"it's 36 hours a week\" "
                  "or \"it's not in writing yet\".")
GOING_ON = "I'll go on with the list as it is; you can still correct any of it later."
_CONFIRMS = re.compile(r"^\W*(?:yes|yeah|yep|yup|y|correct|right|that'?s\s+(?:right|correct|it)|looks?\s+(?:good|right|ok)"
                       r"|all\s+(?:good|correct|right)|perfect|exactly|confirmed?|sounds?\s+(?:good|right)|ok(?:ay)?"
                       r"|spot\s+on|accurate)\b[^0-9]*$", re.I)
_WANTS_CHANGE = re.compile(r"^\W*(?:no|nope|not\s+(?:quite|really|exactly)|wrong|change(?:\s+something)?|something'?s"
                           r"\s+(?:off|wrong)|that'?s\s+(?:wrong|not\s+right)|incorrect|fix\s+(?:it|something))\W*$", re.I)


@dataclass(frozen=True)
class Reply:
    """What an answer to the list says: confirmed, wants a change (without saying which), or unsure."""

    confirmed: bool = False
    wants_change: bool = False
    unsure: bool = False


def read_reply(text: str) -> Reply:
    if _CONFIRMS.match(text or ""):
        return Reply(confirmed=True)
    if _WANTS_CHANGE.match(text or ""):
        return Reply(wants_change=True)
    return Reply(unsure=read_yes_no(text) == UNSURE)


def _offer_line(slots: Dict[str, Any]) -> Optional[str]:
    case = case_from(slots)
    if case.offer_base is None:
        return None
    hourly = (slots.get("hourly") or {}).get("offer_base")
    base = case.money(case.offer_base) + " a year"
    if hourly:
        base = f"{case.money(hourly['rate'])} an hour at {hourly['hours']:g} hours a week, {base}"
    if case.offer_variable:
        return (f"The offer: {base} base plus {case.money(case.offer_variable)} variable at target, "
                f"{case.money(case.offer_total)} a year in total")
    return f"The offer: {base}, no variable pay" if case.offer_variable == 0 else f"The offer: {base} base"


def _earnings_line(slots: Dict[str, Any]) -> Optional[str]:
    case = case_from(slots)
    if case.previous_earnings is None:
        return "What you earn now: not given" if "previous_earnings" in (slots.get("declined") or []) else None
    line = f"What you earn now: {case.money(case.previous_earnings)} a year in total"
    if case.previous_base is not None and case.previous_base != case.previous_earnings:
        line += f" ({case.money(case.previous_base)} base)"
    elif case.previous_base is not None:
        line += ", all of it base"
    return line


def _other_offer_line(slots: Dict[str, Any]) -> Optional[str]:
    case = case_from(slots)
    if case.competing_offer is None:
        return None
    other = clean_name(case.other_company, 6)
    line = f"The other offer: {case.money(case.competing_offer)} a year" + (f" from {other}" if other else "")
    writing = {True: ", in writing", False: ", not in writing yet"}.get(case.competing_offer_in_writing, "")
    choose = {True: "; you'd take it if they can't get closer", False: "; you wouldn't really take it"}.get(
        case.would_choose_other, "")
    return line + writing + choose


def _accept_line(slots: Dict[str, Any]) -> Optional[str]:
    answer = slots.get("accept_as_is")
    condition = (slots.get("conditions") or {}).get("accept_as_is")
    if answer == YES:
        return "If they can't move: you'd still accept"
    if answer == NO:
        hangs = f" unless {LABELS[condition]} changes" if condition in LABELS and condition != "pay" else ""
        return f"If they can't move: you wouldn't accept as it is{hangs}"
    return "If they can't move: you're not sure yet" if answer == UNSURE else None


def facts_list(slots: Dict[str, Any]) -> List[str]:
    """The lines of the list, each a fact the candidate can correct."""
    case = case_from(slots)
    role, company = clean_name(case.role, 8), clean_name(case.company, 8)
    lines = [f"Role: {role or 'not given'}" + (f" at {company}" if company else "")]
    lines += [line for line in (_offer_line(slots), _earnings_line(slots), _other_offer_line(slots)) if line]
    reasons = with_discovered(case, reasons_from(slots))
    if reasons:
        lines.append("What stands in the way: " + "; ".join(KINDS[r.key].said_as(r, case) for r in reasons))
    elif slots.get("concern") is not None:
        lines.append("What stands in the way: nothing")
    items = proof_items(case.evidence)
    if slots.get("evidence") is not None:
        shown = [item.replace("my ", "your ", 1) for item in items]
        lines.append(f"What you could show: {listed(shown) if shown else 'nothing in writing'}")
    accept = _accept_line(slots)
    return lines + ([accept] if accept else [])


def message(slots: Dict[str, Any]) -> str:
    return "\n".join([INTRO] + [f"- {line}" for line in facts_list(slots)] + [ASK])
