"""The example conversations shown in the README, produced by the real coaching core.

    python scripts/readme_examples.py          # print the section
    python scripts/readme_examples.py --write  # replace it in README.md

tests/test_readme.py fails when README.md no longer matches what the code produces.
"""
import sys
from pathlib import Path
from typing import Any, Dict, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actions.coach.advice import advise  # noqa: E402
from actions.coach.follow_up import read_follow_up  # noqa: E402
from actions.coach.reasons import find_reasons  # noqa: E402

BEGIN, END = "<!-- examples:begin -->", "<!-- examples:end -->"


def confirmed(concern: str, **facts: Any) -> Dict[str, Any]:
    """The slots of a candidate who answered every question and confirmed the list of facts."""
    return {"concern": concern, "reasons": [vars(reason) for reason in find_reasons(concern)],
            "facts_confirmed": "yes", **facts}


STEP_BACK = confirmed("The pay is lower than what I make now; it would be a step back.",
                      role="Account Executive", company="Northwind Analytics", offer_base=85000.0,
                      offer_variable=35000.0, previous_earnings=122000.0, previous_base=92000.0,
                      evidence="Yes, my W-2 and last pay stub", accept_as_is="yes")
EXAMPLES = [
    ("A real step back in pay, with proof", STEP_BACK),
    ("A stronger written offer the candidate would really take",
     confirmed("I have another offer in hand from Fabrikam for 140k total.",
               role="Sales Development Manager", company="Contoso", offer_base=110000.0, offer_variable=20000.0,
               competing_offer=140000.0, competing_offer_in_writing="yes", would_choose_other="yes",
               other_company="Fabrikam", accept_as_is="no")),
    ("'Always negotiate' advice, and nothing real in the way",
     confirmed("Everyone says you should never take the first offer.",
               role="Inside Sales Rep", company="Tailspin Toys", offer_base=60000.0, offer_variable=0.0,
               previous_earnings=52000.0, accept_as_is="yes")),
]
# The first candidate comes back with the employer's answer.
SECOND_ROUND = (STEP_BACK, "They came back with a base of 89k and said that's as far as they can go.")


def told(title: str, said: str, slots: Dict[str, Any], header: str = "") -> List[str]:
    advice = advise(slots)
    return [header or f"**{title}** — verdict `{advice.verdict}`", "", "> " + said, "",
            *[f"- {line}" for line in advice.lines], "", "```text", advice.draft, "```", ""]


def second_round() -> List[str]:
    first, reply = SECOND_ROUND
    decided = advise(first)
    slots = {**first, "verdict": decided.verdict, "draft": decided.draft, "draft_kind": decided.draft_kind,
             "round": 1.0}
    follow = read_follow_up(reply, slots)
    after = {**slots, **follow.updates}
    header = (f"**The first candidate comes back with the employer's answer** — `employer_reply` "
              f"`{after['employer_reply']}`, `round` {after['round']:g}, draft `{advise(after).draft_kind}`")
    return told("", reply, after, header)


def section() -> str:
    parts = [BEGIN]
    for title, slots in EXAMPLES:
        parts += told(title, slots["concern"], slots)
    parts += second_round()
    parts.append(END)
    return "\n".join(parts)


def readme_with_examples(readme: str) -> str:
    start, end = readme.index(BEGIN), readme.index(END) + len(END)
    return readme[:start] + section() + readme[end:]


if __name__ == "__main__":
    if "--write" in sys.argv:
        path = ROOT / "README.md"
        path.write_text(readme_with_examples(path.read_text()))
    else:
        print(section())
