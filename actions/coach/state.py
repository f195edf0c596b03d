"""The case as the conversation holds it: the slot names, the Case they make, and the questions still to ask.

The adapters keep every value in Rasa slots; this module is the one place that turns those plain values into
the core's Case and reasons, and decides which question comes next.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from .answers import NO, YES
from .case import Case, Reason
from .decision import with_discovered
from .reasons import follow_ups

# Current pay is always asked: a step back the candidate doesn't name is still a real obstacle.
OFFER_QUESTIONS = ("role", "company", "offer_base", "offer_variable", "previous_earnings", "concern")
MONEY_SLOTS = ("offer_base", "offer_variable", "previous_earnings", "competing_offer")
YES_NO_SLOTS = ("competing_offer_in_writing", "would_choose_other", "accept_as_is")
FREE_TEXT_SLOTS = ("concern", "other_concern", "evidence", "role", "company")
NAME_SLOTS = ("role", "company", "other_company")
CONFIRM = "facts_confirmed"  # the last question: is the list of facts right?
CHANGE = "correction"  # asked when the candidate wants to change something but hasn't said what
CHANGE_WANTED = "change_wanted"
FACT_SLOTS = MONEY_SLOTS + YES_NO_SLOTS + FREE_TEXT_SLOTS + (
    "previous_base", "currency", "other_company", "reasons", "hourly", "forfeited_bonus", "conditions")
RESULT_SLOTS = ("verdict", "leverage", "weak_reasons", "draft", "draft_kind")


def _yes(slots: Dict[str, Any], name: str) -> Optional[bool]:
    return {YES: True, NO: False}.get(slots.get(name))


def case_from(slots: Dict[str, Any]) -> Case:
    conditions = slots.get("conditions") or {}
    return Case(offer_base=slots.get("offer_base"), offer_variable=slots.get("offer_variable"),
                currency=slots.get("currency") or "USD", previous_earnings=slots.get("previous_earnings"),
                previous_base=slots.get("previous_base"), competing_offer=slots.get("competing_offer"),
                competing_offer_in_writing=_yes(slots, "competing_offer_in_writing"),
                would_choose_other=_yes(slots, "would_choose_other"), evidence=slots.get("evidence"),
                accept_as_is=_yes(slots, "accept_as_is"), concern=_all_concerns(slots), role=slots.get("role"),
                company=slots.get("company"), other_company=slots.get("other_company"),
                forfeited_bonus=slots.get("forfeited_bonus"), accept_condition=conditions.get("accept_as_is"),
                signed=bool(slots.get("signed")))


def _all_concerns(slots: Dict[str, Any]) -> Optional[str]:
    said = [slots.get("concern"), slots.get("other_concern")]
    return " ".join(text for text in said if text) or None


def reasons_from(slots: Dict[str, Any]) -> List[Reason]:
    return [Reason(**raw) for raw in slots.get("reasons") or []]


def questions(slots: Dict[str, Any]) -> List[str]:
    """Every question this candidate needs, in order; the form asks the first unanswered one. A candidate who
    already signed is asked nothing more; everyone else confirms the facts last, before any verdict."""
    if slots.get("signed"):
        return []
    wanted = list(OFFER_QUESTIONS)
    if slots.get("concern_unprompted"):
        wanted.append("other_concern")  # they told us one thing unasked; there may be more
    if slots.get("concern") is not None:
        case = case_from(slots)
        reasons = with_discovered(case, reasons_from(slots))
        for name in follow_ups(reasons):
            if name in ("competing_offer_in_writing", "would_choose_other") and case.other_offer_is_stronger() is False:
                continue  # an offer below this one is no leverage, whatever its paperwork
            if name == "would_choose_other" and case.competing_offer_in_writing is False:
                continue
            wanted.append(name)
        if any(reason.key for reason in reasons):
            wanted.append("accept_as_is")
    if slots.get(CHANGE_WANTED):
        wanted.append(CHANGE)
    wanted.append(CONFIRM)
    declined = set(slots.get("declined") or [])
    return [name for name in dict.fromkeys(wanted) if name not in declined]


def unanswered(slots: Dict[str, Any]) -> List[str]:
    """The questions still open, in the order the form asks them."""
    return [name for name in questions(slots) if slots.get(name) is None]
