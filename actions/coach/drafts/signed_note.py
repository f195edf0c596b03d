"""The note for after saying yes: thanks, looking forward to starting, and what to confirm; never a counter."""
from __future__ import annotations

from ..case import Case
from .phrasebook import COMMON, Level, Phrasebook, Phrases, check_style, fit, lay_out, seed
from .text import role_phrase

_TABLE: Phrases = {**COMMON, **{
    "signed_thanks": {
        "default": ("Thank you again for the offer for {role}; I'm glad to have accepted it.",
                    "Thanks again for the offer for {role}. I'm delighted to have accepted."),
        "formal": ("Thank you again for the offer for {role}; I am pleased to have accepted it.",),
        "compact": ("Thanks again for the offer for {role}; I'm glad to have accepted.",),
    },
    "signed_forward": {
        "default": ("I'm looking forward to joining the team.", "I'm excited to get started."),
        "compact": ("I'm looking forward to starting.",),
    },
    "signed_next": {
        "default": ("Could you let me know the start date and anything you need from me before my first day?",
                    "Is there anything you need from me before my first day, and could you confirm the start date?"),
        "compact": ("Could you confirm the start date and what you need from me?",),
    },
    "signed_subject": {
        "default": ("Subject: Looking forward to starting",),
        "compact": ("Subject: Next steps",),
    },
}}


def _note_at(case: Case, style: str, level: Level, seed_text: str) -> str:
    say = Phrasebook(seed_text, style, level, _TABLE)
    sentences = [say("signed_thanks", role=role_phrase(case, level.name_cap)), say("signed_forward"),
                 say("signed_next")]
    return lay_out(style, say, say("signed_subject"), [sentences])


def signed_note(case: Case, style: str = "default") -> str:
    check_style(style)
    seed_text = seed(case)
    return fit(lambda level: _note_at(case, style, level, seed_text), style)
