"""The acceptance note: short and warm, accepting the offer as it stands (or as the employer improved it, or as it
was after they couldn't move), asking for the terms in writing."""
from __future__ import annotations

from ..case import Case
from .phrasebook import ACCEPTANCE, COMMON, Level, Phrasebook, check_style, fit, lay_out, seed
from .text import positive, role_phrase

_TABLE = {**COMMON, **ACCEPTANCE, **{
    # after the employer's answer: thanks for looking into it, and the updated terms confirmed in writing
    "acc_thanks_reply": {
        "default": ("Thank you for looking into my request, and for the offer for {role}.",
                    "Thank you for coming back to me, and for the offer for {role}."),
        "compact": ("Thank you for looking into this, and for the offer for {role}.",),
    },
    "acc_confirm_updated": {
        "default": ("Could you send the updated terms and the start date in writing?",
                    "Could you please confirm the updated terms and the start date in writing?"),
        "compact": ("Could you confirm the updated terms in writing?",),
    },
}}


def _terms(case: Case) -> str:
    if not positive(case.offer_base):
        return ""
    base = case.money(case.offer_base)
    if positive(case.offer_variable):
        return f", at a base of {base} plus {case.money(case.offer_variable)} variable at target"
    return f", at a base of {base}"


def _acceptance_at(case: Case, style: str, level: Level, seed_text: str, after_reply: bool, updated: bool) -> str:
    say = Phrasebook(seed_text, style, level, _TABLE)
    role = role_phrase(case, level.name_cap)
    sentences = [say("acc_thanks_reply" if after_reply else "acc_thanks", role=role),
                 say("acc_accept", terms=_terms(case)), say("acc_forward"),
                 say("acc_confirm_updated" if updated else "acc_confirm")]
    return lay_out(style, say, say("acc_subject", role=role), [sentences])


def acceptance(case: Case, style: str = "default", after_reply: bool = False, updated: bool = False) -> str:
    """A short, warm note accepting the offer: as it stands, or (`after_reply`) after the employer answered a
    counter, asking for the terms in writing (`updated`: the terms they changed)."""
    check_style(style)
    seed_text = seed(case)
    return fit(lambda level: _acceptance_at(case, style, level, seed_text, after_reply, updated), style)
