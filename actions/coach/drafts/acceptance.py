"""The acceptance note: short and warm, accepting the offer as it stands, asking for the terms in writing."""
from __future__ import annotations

from ..case import Case
from .phrasebook import ACCEPTANCE, COMMON, Level, Phrasebook, check_style, fit, lay_out, seed
from .text import positive, role_phrase

_TABLE = {**COMMON, **ACCEPTANCE}


def _terms(case: Case) -> str:
    if not positive(case.offer_base):
        return ""
    base = case.money(case.offer_base)
    if positive(case.offer_variable):
        return f", at a base of {base} plus {case.money(case.offer_variable)} variable at target"
    return f", at a base of {base}"


def _acceptance_at(case: Case, style: str, level: Level, seed_text: str) -> str:
    say = Phrasebook(seed_text, style, level, _TABLE)
    role = role_phrase(case, level.name_cap)
    sentences = [say("acc_thanks", role=role), say("acc_accept", terms=_terms(case)), say("acc_forward"),
                 say("acc_confirm")]
    return lay_out(style, say, say("acc_subject", role=role), [sentences])


def acceptance(case: Case, style: str = "default") -> str:
    """A short, warm note accepting the offer as it stands."""
    check_style(style)
    seed_text = seed(case)
    return fit(lambda level: _acceptance_at(case, style, level, seed_text), style)
