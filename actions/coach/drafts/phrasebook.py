"""The drafts' shared wording, as data, and how a wording is chosen for a case and a style.

Keys: part -> style -> options. "compact" serves the shorter and phone styles and the tightest retries of
the others; styles not listed use "default". Formal uses the default phrasings without contractions unless
it has its own. Each kind of reason keeps the wording of its own gap and ask (kinds/); the parts every
counter and acceptance share are here. Wording varies between cases (a few phrasings per part, picked by
a hash of the case), but the same input always gives the same output.

Every draft stays within `MAX_WORDS` (`SHORTER_MAX_WORDS` for the "shorter" style), counting every
whitespace-separated token, subject line and placeholders included: `fit` builds a draft at each `Level`
of squeezing and keeps the least squeezed one that fits.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Callable, Dict, Sequence, Tuple

from ..case import Case, Reason
from .text import formalise, word_count

Phrases = Dict[str, Dict[str, Tuple[str, ...]]]

STYLES: Tuple[str, ...] = ("default", "email", "phone", "shorter", "warmer", "formal")
MAX_WORDS = 150
SHORTER_MAX_WORDS = 80
# What each style aims for; a draft goes over its aim (never over its limit) only when the candidate's
# figures and facts need the room.
AIM_WORDS: Dict[str, int] = {"default": 125, "warmer": 130, "formal": 130, "email": 140, "phone": 100,
                             "shorter": SHORTER_MAX_WORDS}


def word_limit(style: str) -> int:
    """The hard cap for a style: 150 words, 80 for "shorter"."""
    return SHORTER_MAX_WORDS if style == "shorter" else MAX_WORDS


def check_style(style: str) -> None:
    if style not in STYLES:
        raise ValueError(f"unknown style {style!r}; use one of {', '.join(STYLES)}")


def seed(case: Case, reasons: Sequence[Reason] = ()) -> str:
    parts = [repr(case)] + [f"{r.key}|{r.said}" for r in reasons]
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()


def _pick(seed_text: str, part: str, options: Sequence[str]) -> str:
    digest = hashlib.sha256(f"{seed_text}:{part}".encode("utf-8")).digest()
    return options[int.from_bytes(digest[:4], "big") % len(options)]


# Every message's greeting and sign-off, for the email style.
COMMON: Phrases = {
    "greeting": {
        "default": ("Hi [Name],", "Hello [Name],"),
        "formal": ("Dear [Name],",),
        "compact": ("Hi [Name],",),
    },
    "signoff": {
        "default": ("Best regards,\n[Your name]", "Kind regards,\n[Your name]"),
        "warmer": ("Warm regards,\n[Your name]", "With thanks,\n[Your name]"),
        "formal": ("Yours sincerely,\n[Your name]", "Kind regards,\n[Your name]"),
        "compact": ("Best regards,\n[Your name]",),
    },
}

COUNTER: Phrases = {
    "thanks": {
        "default": (
            "Thank you for the offer for {role}. I'm genuinely excited about it.",
            "Thanks so much for the offer for {role}; I'm excited about the work and the team.",
            "Thank you for offering me {role}. I'm really enthusiastic about joining.",
        ),
        "warmer": (
            "Thank you so much for the offer for {role}! I'm truly excited about this opportunity and the chance to contribute.",
            "I was so glad to receive the offer for {role}, thank you! I'm really looking forward to working with the team.",
            "Thank you, sincerely, for the offer for {role}. I'm thrilled at the prospect of joining.",
        ),
        "formal": (
            "Thank you for extending the offer for {role}. I am very enthusiastic about the opportunity.",
            "Thank you for the offer for {role}. I remain genuinely enthusiastic about the position.",
            "Thank you for the offer for {role}; I am grateful for it and very enthusiastic about the opportunity.",
        ),
        "compact": (
            "Thank you for the offer for {role}; I'm excited about it.",
            "Thanks for the offer for {role}. I'm excited to join.",
        ),
    },
    "deal_breaker_money": {
        "default": (
            "To be candid, at the current figure it would be hard for me to say yes.",
            "I want to be honest that at the current figure it would be hard for me to say yes.",
        ),
        "compact": ("At the current figure, it would be hard to say yes.",),
    },
    "deal_breaker_terms": {
        "default": (
            "To be candid, as things stand it would be hard for me to say yes.",
            "I want to be honest that, as it stands, it would be hard for me to say yes.",
        ),
        "compact": ("As it stands, it would be hard to say yes.",),
    },
    "limits": {
        "default": (
            "I understand you have a budget to work within, internal equity to keep, and fairness across the team to protect.",
            "I know there's a budget and internal equity to consider, and that fairness across the team matters.",
            "I appreciate that you're balancing budget, internal equity and fairness across the team.",
        ),
        "warmer": (
            "I completely understand that you're working within a budget and keeping internal equity and fairness across the team.",
            "I really appreciate that there's a budget, internal equity and fairness across the team to think about.",
        ),
        "formal": (
            "I fully appreciate that you must work within a budget and maintain internal equity and fairness across the team.",
            "I recognise the constraints of budget, internal equity and fairness across the team.",
        ),
        "compact": (
            "I understand budget, internal equity and fairness across the team matter.",
            "I understand your budget and internal equity.",
            "I respect your budget and fairness across the team.",
        ),
    },
    "proof": {
        "default": ("I can share {items} if that's helpful.", "I'm happy to share {items} if useful."),
        "formal": ("I would be glad to share {items} if helpful.",),
        "compact": ("I can share {items}.",),
    },
    "ready": {
        "default": (
            "If we can close this gap, I'm ready to accept and get started.",
            "If we can find a way on this, I'm ready to accept right away.",
            "If this can be solved, I'd be ready to accept and get started.",
        ),
        "warmer": (
            "If we can make this work, I'm ready to accept and would love to get started.",
            "If we can find a way on this, I'd be delighted and ready to accept straight away.",
        ),
        "formal": (
            "Should we be able to resolve this, I would be ready to accept the offer.",
            "If this can be resolved, I would be pleased and ready to accept the offer.",
        ),
        "compact": (
            "If we can solve this, I'm ready to accept.",
            "If we can close this gap, I'm ready to accept.",
        ),
    },
    "subject": {
        "default": ("Subject: The offer for {role}", "Subject: Thank you, and one question on the offer",
                    "Subject: Following up on the offer for {role}"),
        "formal": ("Subject: The offer for {role}",),
        "compact": ("Subject: The offer",),
    },
}

ACCEPTANCE: Phrases = {
    # acceptance note
    "acc_thanks": {
        "default": ("Thank you for the offer for {role}.", "Thanks so much for the offer for {role}."),
        "warmer": ("Thank you so much for the offer for {role}; I'm thrilled!",
                   "I was so glad to receive the offer for {role}, thank you!"),
        "formal": ("Thank you for extending the offer for {role}.",),
        "compact": ("Thank you for the offer for {role}.",),
    },
    "acc_accept": {
        "default": ("I'm glad to accept it{terms}.", "I'm happy to accept the offer{terms}."),
        "warmer": ("I'm delighted to accept it{terms}.", "I'm so happy to accept the offer{terms}."),
        "formal": ("I am pleased to formally accept the offer{terms}.",),
        "compact": ("I'm glad to accept{terms}.",),
    },
    "acc_forward": {
        "default": ("I'm looking forward to getting started.", "I'm looking forward to joining the team."),
        "warmer": ("I can't wait to get started and to work with the team.",
                   "I'm really looking forward to joining the team."),
        "formal": ("I look forward to joining the team.",),
        "compact": ("I'm looking forward to starting.",),
    },
    "acc_confirm": {
        "default": ("Could you confirm the start date and the terms in writing?",
                    "Could you please send the start date and the terms in writing?"),
        "formal": ("Could you please confirm the start date and the terms in writing?",),
        "compact": ("Could you confirm the start date and terms in writing?",),
    },
    "acc_subject": {
        "default": ("Subject: Accepting the offer for {role}", "Subject: Happy to accept the offer"),
        "formal": ("Subject: Acceptance of the offer for {role}",),
        "compact": ("Subject: Accepting the offer",),
    },
}


@dataclass(frozen=True)
class Level:
    """How hard to squeeze a draft to fit its cap; tried in order until one fits."""

    with_proof: bool  # the sentence naming the proof the candidate can share
    compact: bool
    name_cap: int
    shortest: bool = False  # always take the shortest phrasing


LEVELS: Tuple[Level, ...] = (
    Level(True, False, 12),
    Level(False, False, 10),
    Level(False, False, 8, shortest=True),
    Level(False, False, 6, shortest=True),
    Level(False, True, 8),
    Level(False, True, 8, shortest=True),
    Level(False, True, 6, shortest=True),
    Level(False, True, 4, shortest=True),
    Level(False, True, 2, shortest=True),
)


class Phrasebook:
    """Says a part of a draft: `say("limits")`, `say("thanks", role=...)`."""

    def __init__(self, seed_text: str, style: str, level: Level, table: Phrases):
        self.seed = seed_text
        self.style = style
        self.level = level
        self.table = table

    def has(self, part: str) -> bool:
        return part in self.table

    def __call__(self, part: str, **values: str) -> str:
        options_by_style = self.table[part]
        compact = self.level.compact or self.style in ("shorter", "phone")
        if compact and "compact" in options_by_style:
            options: Sequence[str] = options_by_style["compact"]
        else:
            options = options_by_style.get(self.style) or options_by_style["default"]
        if self.level.shortest:
            template = min(options, key=lambda t: (word_count(t), t))
        else:
            template = _pick(self.seed, part, options)
        if self.style == "formal":
            template = formalise(template)
        return template.format(**values)


def lay_out(style: str, say: Phrasebook, subject: str, paragraphs: Sequence[Sequence[str]]) -> str:
    """The sentences as the style wants them: one paragraph, talking points, or an email with its subject."""
    sentences = [line for paragraph in paragraphs for line in paragraph]
    if style == "phone":
        return "\n".join(f"- {line}" for line in sentences)
    if style == "email":
        body = [" ".join(paragraph) for paragraph in paragraphs]
        return "\n\n".join([subject, say("greeting")] + body + [say("signoff")])
    return " ".join(sentences)


def fit(build: Callable[[Level], str], style: str) -> str:
    """The least squeezed version within the style's aim, else within its limit, else the tightest."""
    versions = [build(level) for level in LEVELS]
    for cap in (AIM_WORDS.get(style, MAX_WORDS), word_limit(style)):
        for draft in versions:
            if word_count(draft) <= cap:
                return draft
    return versions[-1]
