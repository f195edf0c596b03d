"""The rules every draft is held to, as the scenario runner applies them plus stricter ones of our own,
and small builders for the tests of the drafts."""
import re
from typing import List, Optional

from actions.coach.case import Check, CheckedReason, Reason

THANKS = re.compile(r"\b(thank|grateful|appreciat|excited|enthusias|glad|delighted|pleased|thrilled)", re.I)
LIMITS = re.compile(r"\b(budget|(?:internal|pay|team) equity|equity (?:across|within)|constraint|limit|band|range|"
                    r"fairness|parity|consisten|salary structure|pay structure|flexib|what(?:'s| is) possible)\w*",
                    re.I)
READY = re.compile(r"\b(ready|happy|glad|gladly|able|prepared|eager|excited|delighted|keen|pleased|love|would)\b"
                   r"[^.!?]{0,60}?\b(accept|sign|move forward|join|commit|say yes|start|come on board|get started)\w*",
                   re.I)
NEGATED = re.compile(r"\b(not|never|unable|cannot)\b|n't\b", re.I)
RUNNER_BANNED = re.compile(r"\b(friends?|deserve\w*|first offer|see how far|ultimatum|or else|final offer|demand\w*|"
                           r"(?:won't|will not|cannot|can't) (?:be able to )?accept|anything less|non-negotiable)\b",
                           re.I)
# The brief's list, stricter than the runner's: "final" on its own, any "won't accept".
PRESSURE = re.compile(r"\b(final\w*|demand\w*|or else|non-negotiable|won'?t accept|ultimatum|take it or leave it|"
                      r"friends?|deserve\w*|first offer|always negotiate|see how far|how far you)\b", re.I)

VALID = ["below_previous_earnings", "larger_territory", "changed_terms", "competing_offer"]
BACKFIRING = ["always_negotiate", "deserve_more", "friends_perks", "testing_limits"]


def sentences(text: str) -> List[str]:
    parts = re.split(r"(?<=[.?!…])\s+|\n+", text)
    return [re.sub(r"^-\s+", "", p).strip() for p in parts if p.strip()]


def questions(text: str) -> List[str]:
    return [s for s in sentences(text) if s.endswith("?")]


def ready_sentences(text: str) -> List[str]:
    """Sentences saying 'ready to accept' with no negation before it."""
    found = []
    for s in sentences(text):
        m = re.search(r"\bready to accept\b", s, re.I)
        if m and not NEGATED.search(s[: m.end()]):
            found.append(s)
    return found


def limit_for(style: str) -> int:
    return 80 if style == "shorter" else 150


def check(name: str, passed: bool = True) -> Check:
    return Check(name, passed, f"{name} {'holds' if passed else 'fails'}")


def checked(key: str, said: str, failing: Optional[str] = None) -> CheckedReason:
    return CheckedReason(Reason(key, said), [check(n, n != failing) for n in ("relevant", "concrete", "truthful")])
