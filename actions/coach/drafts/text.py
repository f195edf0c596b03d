"""Small text tools the drafts are written with: word counts, tidy sentences, names as they go in a draft.

Nothing here chooses words for the employer; that is the phrasebook's and the kinds' job.
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from ..case import Case

# Words a draft must never carry (pressure, ultimatums, the reasons that backfire). Candidate text
# quoted into a draft loses any clause that matches.
BANNED = re.compile(
    r"\b(friends?|deserve\w*|first offer|see how far|ultimatum|or else|final\w*|demand\w*|"
    r"(?:won't|will not|cannot|can't|wouldn't|would not) (?:be able to )?accept|anything less|"
    r"non-negotiable|take it or leave it|walk away)\b",
    re.I,
)


def word_count(text: str) -> int:
    """The count used for the caps: whitespace-separated tokens, as the scenario runner counts."""
    return len(text.split())



_CONTRACTIONS = (
    ("I'm", "I am"), ("I'd", "I would"), ("I've", "I have"), ("I'll", "I will"), ("isn't", "is not"),
    ("there's", "there is"), ("you're", "you are"), ("it's", "it is"), ("that's", "that is"),
    ("Let's", "Let us"), ("let's", "let us"), ("we're", "we are"), ("doesn't", "does not"),
)

_LOWERABLE = {"the", "they", "their", "there", "my", "it", "its", "this", "that", "these", "those",
              "we", "our", "a", "an", "in", "on", "at", "for", "with", "when", "during", "both", "each"}


def formalise(template: str) -> str:
    for short, full in _CONTRACTIONS:
        template = template.replace(short, full)
    return template


def _words_clip(text: str, limit: int) -> str:
    words = text.split()
    if len(words) <= limit:
        return " ".join(words)
    return " ".join(words[:limit]).rstrip(",;:") + "…"


def _clauses(text: str) -> List[str]:
    """Split at sentence and clause boundaries, keeping the punctuation with each piece."""
    return [piece for piece in re.findall(r"[^,;.!?]+[,;.!?]*", text) if piece.strip()]


def clean_quote(text: Optional[str], limit: Optional[int] = None) -> str:
    """The candidate's words, tidied: no quotes around them, no banned clauses, optionally shortened.

    Shortening keeps whole clauses from the start while they fit; only a first clause longer than the
    limit is cut mid-way (marked with an ellipsis). Returns "" when nothing usable is left.
    """
    if not text:
        return ""
    text = " ".join(text.split()).strip().strip("\"'“”‘’").strip()
    pieces = [p for p in _clauses(text) if not BANNED.search(p)]
    if not pieces:
        return ""
    if limit is not None:
        kept: List[str] = []
        used = 0
        for piece in pieces:
            n = word_count(piece)
            if used + n > limit:
                break
            kept.append(piece)
            used += n
        if not kept:  # a long first clause: keep it whole if only a little over, else cut it
            first = pieces[0].strip().rstrip(",;")
            return first if word_count(first) <= limit + 4 else _words_clip(first, limit)
        pieces = kept
    out = " ".join(p.strip() for p in pieces).strip()
    return out.rstrip(",;:— -").strip()


def sentence(text: str) -> str:
    """Capitalised, with closing punctuation."""
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    if text[-1] not in ".!?…":
        text += "."
    return text


def inline(text: str) -> str:
    """For use after a colon: lower-case the first word when it is a plain function word."""
    text = text.strip()
    if text.endswith(".") and not text.endswith("…."):
        text = text[:-1]
    first = text.split(" ", 1)[0]
    if first.lower() in _LOWERABLE:
        text = first.lower() + text[len(first):]
    return text


_NO_EVIDENCE = re.compile(
    r"^\s*(no\b|nope|not\b|nothing|none|n/?a\b|i'?m not sure|not sure|don'?t know|i don'?t|unsure|maybe)", re.I)
_AFFIRMATIVE = re.compile(r"^\s*(yes|yeah|yep|yup|sure|of course|absolutely|definitely|i do|i can)\s*[,.!:;-]+\s*", re.I)


def quoted(text: Optional[str], cap: Optional[int]) -> Tuple[str, str]:
    """The candidate's words for a draft, tidied and capped: (to follow a colon, as a sentence of its own)."""
    said = clean_quote(text, cap)
    if not said:
        return "", ""
    said_inline = inline(said)
    if said_inline and not said_inline.endswith(("…", "?", "!")):
        said_inline += "."
    return said_inline, sentence(said)


def evidence_sentence(text: Optional[str], limit: Optional[int]) -> str:
    """The candidate's proof as a sentence for the employer, or "" when there is none worth saying."""
    if not text or _NO_EVIDENCE.search(text):
        return ""
    text = _AFFIRMATIVE.sub("", " ".join(text.split()))
    if re.match(r"^\s*(yes|yeah|yep|sure|ok|okay)\W*$", text, re.I):
        return ""
    quote = clean_quote(text, limit)
    if not quote or word_count(quote) < 2:
        return ""
    if re.match(r"^I\b", quote):
        return sentence(quote)
    return sentence(f"I can back this up: {inline(quote)}")


def role_phrase(case: Case, name_cap: int) -> str:
    """"the Account Executive role at Acme", "the role at Acme", "the Account Executive role" or "the role".

    Squeezed, a role keeps its last words (the head noun: "Senior Enterprise Account Executive" becomes
    "Account Executive") and a company its first ones.
    """
    role = clean_name(case.role, name_cap, keep_end=True)
    company = clean_name(case.company, name_cap)
    if role:
        lowered = role.lower()
        if lowered.startswith(("the ", "a ", "an ")):
            role = role.split(" ", 1)[1]
            lowered = role.lower()
        noun = "" if lowered.endswith((" role", " position", " job")) or lowered in ("role", "position") else " role"
        phrase = f"the {role}{noun}"
    else:
        phrase = "the role"
    if company:
        phrase += f" at {company}"
    return phrase


_NO_NAME = re.compile(r"^\W*(none|n/?a|na|skip|no|nope|i'?m not sure|not sure|unsure|don'?t know|i don'?t know|"
                      r"no idea|rather not say|prefer not to say)?\W*$", re.I)


def clean_name(value: Optional[str], cap: int, keep_end: bool = False) -> str:
    if not value:
        return ""
    value = " ".join(str(value).split()).strip().strip("\"'“”").rstrip(".")
    if not value or _NO_NAME.search(value) or BANNED.search(value):
        return ""
    words = value.split()
    if len(words) <= cap:
        return value
    if keep_end:
        tail = words[-cap:]
        if tail[-1].lower() in ("role", "position", "job") and len(words) > cap:
            tail = words[-cap - 1:]
        return " ".join(tail)
    return " ".join(words[:cap]).rstrip(",;:&-")


def positive(value: Optional[float]) -> bool:
    return value is not None and value > 0

