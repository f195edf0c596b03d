"""A territory bigger than the role's standard: it counts when compared in numbers and shown."""
from __future__ import annotations

import re
from typing import List, Optional, Tuple

from text_to_num import alpha2digit

from ..case import Case, Check, CheckedReason, Reason
from ..drafts.phrasebook import Level, Phrasebook, Phrases
from .kind import EVIDENCE, ReasonKind, backed_up, concrete, honest, next_part, relevant

PHRASES: Phrases = {
    "territory": {
        "default": ("My concern is the territory: {facts}.", "The territory is the gap for me: {facts}."),
        "compact": ("On the territory: {facts}.",),
    },
    "territory_next": {
        "default": ("There is also the territory: {facts}.",),
        "compact": ("Also, the territory: {facts}.",),
    },
    "ask_territory": {
        "default": (
            "Could the pay reflect the larger territory, or the territory be brought in line with the standard for the role?",
            "Would you consider adjusting the base or variable for the size of the territory, or bringing the territory closer to the usual size?",
            "Is there room to reflect the territory's size in the pay, or to align the territory with the standard for the role?",
        ),
        "compact": ("Could the pay reflect the larger territory?",
                    "Could the pay reflect the territory's size, or the territory be brought to the standard?"),
    },
}

# alpha2digit leaves lone small numbers as words ("covers two"), so those are counted here.
_SMALL_NUMBERS = {"one": 1, "single": 1, "a single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                  "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a dozen": 12,
                  "twice": 2, "double": 2, "triple": 3, "half": 0.5}
_SMALL = "|".join(sorted(_SMALL_NUMBERS, key=len, reverse=True))
_NUMBER = rf"(?:\d[\d,]*(?:\.\d+)?|{_SMALL})"
_UNIT = (r"(?:states?|accounts?|countr(?:y|ies)|regions?|count(?:y|ies)|cit(?:y|ies)|territor(?:y|ies)|zip\s+codes?"
         r"|provinces?|districts?|stores?|clients?|customers?|hospitals?|schools?|sites?|branches?)")
_SIZED = re.compile(rf"\b(?P<n>{_NUMBER})\s+(?:\w+\s+)?(?P<unit>{_UNIT})\b", re.I)
_PEERS = re.compile(r"\b(every(one)? else|every other|others|other (reps|aes|people)|rest of the team|teammates|peers|"
                    r"colleagues|the standard|standard|usual|typical|everybody else)\b", re.I)
_PEER_NUMBER = re.compile(rf"{_PEERS.pattern}[^.;]{{0,40}}?\b(?P<n>{_NUMBER})\b(?!\s+(?:\w+\s+)?{_UNIT})", re.I)


def _count(text: str) -> float:
    word = " ".join(text.lower().split())
    return float(_SMALL_NUMBERS.get(word) or word.replace(",", ""))


def _said(n: float, unit: str) -> str:
    unit = unit.lower()
    if n == 1:
        unit = re.sub(r"ies$", "y", unit) if unit.endswith("ies") else re.sub(r"(?<!s)s$", "", unit)
    return f"{n:g} {unit}"


def sizes(text: str) -> Tuple[Optional[str], Optional[str]]:
    """Their territory and the standard, each as "5 states", when the words give them."""
    mine = theirs = None
    for match in _SIZED.finditer(text or ""):
        by_peers = bool(_PEERS.search(text[max(0, match.start() - 45):match.start()]))
        said = _said(_count(match.group("n")), match.group("unit"))
        if by_peers and theirs is None:
            theirs = said
        elif not by_peers and mine is None:
            mine = said
    if mine and theirs is None:
        bare = _PEER_NUMBER.search(text or "")
        if bare:  # "five states, the others cover two": the standard in the same unit
            theirs = _said(_count(bare.group("n")), mine.split(" ", 1)[1])
    return mine, theirs


def _count_numbers(text: str) -> int:
    digits = alpha2digit(text or "", "en")
    return len(re.findall(r"\d[\d,]*(?:\.\d+)?", digits)) + len(re.findall(rf"\b(?:{_SMALL})\b", digits, re.I))


def check(reason: Reason, case: Case) -> List[Check]:
    checks = [relevant(True, "The territory is part of this job's terms.")]
    said = f"{reason.said} {case.evidence or ''}"
    numbers = _count_numbers(said)
    if numbers >= 2 or (numbers == 1 and _PEERS.search(said)):
        checks.append(concrete(True, "You can compare your territory with the standard in numbers."))
    else:
        checks.append(concrete(False, "It needs a comparison in numbers: your territory against what others "
                                      "in the role cover (states, accounts, quota)."))
    return checks + [backed_up(case, "the territory list or map, or the team's numbers")] + honest(reason)


def _facts(reason: Reason, case: Case, compact: bool = False) -> str:
    mine, theirs = sizes(f"{reason.said} {case.evidence or ''}")
    if mine and theirs:
        return f"{mine} against {theirs}" if compact else f"it would be {mine}, against {theirs} for others in the role"
    if theirs:
        return f"bigger than others' {theirs}" if compact else f"it is larger than the {theirs} others in the role cover"
    if mine:
        return f"{mine}, above the standard" if compact else f"it would be {mine}, more than the standard for the role"
    return "bigger than the standard" if compact else "it is larger than the standard for the role"


def gap_and_ask(case: Case, checked: CheckedReason, index: int, say: Phrasebook,
                level: Level) -> Tuple[List[str], str, bool]:
    gap = [say(next_part("territory", index, PHRASES), facts=_facts(checked.reason, case, level.compact))]
    return gap, say("ask_territory"), False


def describe(reason: Reason, case: Case) -> str:
    return f"the territory: {_facts(reason, case)}"


KIND = ReasonKind(
    key="larger_territory",
    label="A territory bigger than the role's standard",
    intent="concern_territory",
    cues=(r"\bterritor(y|ies)\b", r"\bpatch\b", r"\b(more|twice|double|triple|bigger|larger)\b[^.;]{0,30}"
          r"\b(accounts|states|regions|countries|counties|cities|book|quota|geograph\w*|area|customers)\b",
          r"\b(accounts|states|regions)\b[^.;]{0,40}\b(everyone|others|peers|colleagues|rest of the team|team)\b",
          r"\b(every other|everyone else|the others|other reps|rest of the team|my peers)\b[^.;]{0,40}"
          r"\b(has|have|covers?|gets?|got|owns?)\b[^.;]{0,30}\b(single|one|two|three|\d+|countr\w*|states?|"
          r"regions?|accounts?|cit(y|ies))\b",
          r"\b(giving|gave|assigned|handing) me (all of|the whole|the entire|\d+|two|three|four|five|six)\b"),
    check=check,
    follow_ups=(EVIDENCE,),
    strength=4,
    proof="the territory comparison (the territory list, a map, or the team's numbers)",
    evidence_markers=r"territor|accounts?|map|states|region|patch|quota|counties|zip codes",
    gap_and_ask=gap_and_ask,
    describe=describe,
    phrases=PHRASES,
)
