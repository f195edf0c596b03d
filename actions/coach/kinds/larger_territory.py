"""A territory bigger than the role's standard: it counts when compared in numbers and shown."""
from __future__ import annotations

import re
from typing import List, Tuple

from text_to_num import alpha2digit

from ..case import Case, Check, CheckedReason, Reason
from ..drafts.phrasebook import Level, Phrasebook, Phrases
from ..drafts.text import quoted
from .kind import EVIDENCE, ReasonKind, backed_up, concrete, honest, next_part, relevant

PHRASES: Phrases = {
    "territory": {
        "default": ("My concern is the territory. {Said}", "The territory is the gap for me. {Said}",
                    "On the territory: {said}"),
        "compact": ("On the territory: {said}",),
    },
    "territory_next": {
        "default": ("There is also the territory. {Said}", "Also, on the territory: {said}"),
        "compact": ("Also, the territory: {said}",),
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
_SMALL_NUMBERS = re.compile(r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twice|double|"
                            r"triple|half|single|a dozen)\b", re.I)
_PEERS = re.compile(r"\b(every(one)? else|every other|others|other (reps|aes|people)|rest of the team|teammates|peers|"
                    r"colleagues|the standard|standard|usual|typical|everybody else)\b", re.I)


def _count_numbers(text: str) -> int:
    digits = alpha2digit(text or "", "en")
    return len(re.findall(r"\d[\d,]*(?:\.\d+)?", digits)) + len(_SMALL_NUMBERS.findall(digits))


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


def gap_and_ask(case: Case, checked: CheckedReason, index: int, say: Phrasebook,
                level: Level) -> Tuple[List[str], str, bool]:
    said_inline, said_sentence = quoted(checked.reason.said, level.quote_cap)
    if said_sentence and "territor" in said_sentence.lower():  # their words already name it
        gap = [f"Also, {said_inline}" if index > 0 else said_sentence]
    elif said_sentence:
        gap = [say(next_part("territory", index, PHRASES), said=said_inline, Said=said_sentence)]
    else:
        gap = ["The territory is larger than the standard for the role."]
    return gap, say("ask_territory"), False


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
    phrases=PHRASES,
)
