"""Small text tools the drafts are written with: word counts, formal wording, names as they go in a draft.

Nothing the candidate typed goes into a draft but a role or a company name, and only when it reads as one:
no asides ("lol", "idk"), no questions, no "I don't know if I'm allowed to say", no bare "Company".
"""
from __future__ import annotations

import re
from typing import Optional

from ..case import Case

# Words a draft must never carry (pressure, ultimatums, the reasons that backfire).
BANNED = re.compile(
    r"\b(friends?|deserve\w*|first offer|see how far|ultimatum|or else|final\w*|demand\w*|"
    r"(?:won't|will not|cannot|can't|wouldn't|would not) (?:be able to )?accept|anything less|"
    r"non-negotiable|take it or leave it|walk away)\b",
    re.I,
)
_CONTRACTIONS = (
    ("I'm", "I am"), ("I'd", "I would"), ("I've", "I have"), ("I'll", "I will"), ("isn't", "is not"),
    ("there's", "there is"), ("you're", "you are"), ("it's", "it is"), ("that's", "that is"),
    ("Let's", "Let us"), ("let's", "let us"), ("we're", "we are"), ("doesn't", "does not"),
    ("didn't", "did not"), ("don't", "do not"), ("can't", "cannot"), ("won't", "will not"), ("wasn't", "was not"),
    ("wouldn't", "would not"), ("aren't", "are not"), ("haven't", "have not"),
)
_ASIDES = re.compile(r"\b(?:lol|lmao|rofl|haha+|hehe|idk|tbh|imo|ngl|omg|ugh+|smh|fwiw|btw|pls|plz|jk|fr|rn|ikr)\b",
                     re.I)
_NO_NAME = re.compile(r"^\W*(none|n/?a|na|skip|no|nope|i'?m not sure|not sure|unsure|don'?t know|i don'?t know|"
                      r"no idea|rather not say|prefer not to say)?\W*$", re.I)
# Not a name at all: a question, a doubt, a refusal, or a word that only says what kind of thing it is.
_NOT_A_NAME = re.compile(r"[?!]|\b(?:know|sure|allowed|rather|prefer|secret|confidential|what'?s\s+it|called|whatever"
                         r"|something|somewhere|dunno|forget|remember|why|how)\b|^\W*(?:the\s+|a\s+|an\s+|some\s+)?"
                         r"(?:company|employer|firm|business|startup|place|role|job|position|them|they|it)\W*$", re.I)


def word_count(text: str) -> int:
    """The count used for the caps: whitespace-separated tokens, as the scenario runner counts."""
    return len(text.split())


def formalise(template: str) -> str:
    for short, full in _CONTRACTIONS:
        template = template.replace(short, full)
    return template


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


def clean_name(value: Optional[str], cap: int, keep_end: bool = False) -> str:
    """A role or company as it goes in a draft: asides dropped, "" when it does not read as a name."""
    if not value:
        return ""
    value = " ".join(_ASIDES.sub(" ", str(value)).split()).strip().strip("\"'“”").rstrip(".,;:")
    if not value or _NO_NAME.search(value) or BANNED.search(value) or _NOT_A_NAME.search(value):
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
