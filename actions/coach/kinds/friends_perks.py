"""Perks that friends get elsewhere: about other people's jobs, not this one's budget. It backfires."""
from .kind import ReasonKind, backfiring

KIND = ReasonKind(
    key="friends_perks",
    label="Perks that friends elsewhere get",
    intent="concern_friends_perks",
    cues=(r"\bfriends?\b", r"\bbudd(y|ies)\b", r"\bpals?\b", r"\bmates\b", r"\bpeople i know\b",
          r"\b(my )?(sister|brother|cousin|roommate|classmate)\b",
          r"\bothers? (at|in) (other|different) (companies|firms|places)\b", r"\bat other companies\b",
          r"\bcohort\b", r"\bbootcamp\b"),
    check=backfiring((False, "It is about other people's jobs, not this one's budget."),
                     (True, "The perks are specific."),
                     (True, "They may well be real, elsewhere.")),
    backfires_because="What other people get at other companies says nothing about this role's budget, so it is not "
                      "a reason this employer can act on.",
)
