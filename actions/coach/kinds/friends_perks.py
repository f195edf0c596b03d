"""Perks that friends get elsewhere: about other people's jobs, not this one's budget. It backfires."""
from .kind import ReasonKind, backfiring

# Who: friends and the like. What: what they get. "My friend says I should counter" is advice, not perks.
_PEOPLE = (r"(friends?|budd(y|ies)|pals?|mates|people i know|sister|brother|cousin|roommates?|classmates?|cohort"
           r"|bootcamp|former colleagues?|ex[- ]colleagues?)")
_PERKS = (r"(perks?|bonus(es)?|signing|sign-on|stipend|company cars?|cars?|stock|equity|rsus?|pto|vacation|remote|benefits?"
          r"|401k|gym|lunch|laptop|allowance)")
_GETS = rf"(get|gets|got|getting|earn\w*|make|makes|made|receiv\w*|paid|{_PERKS})"

KIND = ReasonKind(
    key="friends_perks",
    label="Perks that friends elsewhere get",
    intent="concern_friends_perks",
    cues=(rf"\b{_PEOPLE}\b[^.;]{{0,50}}\b{_GETS}\b", rf"\b{_PERKS}\b[^.;]{{0,40}}\b{_PEOPLE}\b",
          rf"\b(they all|all of them|everyone|everybody)\b[^.;]{{0,20}}\b(got|get|gets|have|has)\b[^.;]{{0,20}}\b{_PERKS}\b",
          r"\bothers? (at|in) (other|different) (companies|firms|places)\b", r"\bat other companies\b"),
    check=backfiring((False, "It is about other people's jobs, not this one's budget."),
                     (True, "The perks are specific."),
                     (True, "They may well be real, elsewhere.")),
    backfires_because="What other people get at other companies says nothing about this role's budget, so it is not "
                      "a reason this employer can act on.",
)
