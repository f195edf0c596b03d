"""The example drafts shown in the README, produced by the real coaching core.

    python scripts/readme_examples.py          # print the section
    python scripts/readme_examples.py --write  # replace it in README.md

tests/test_readme.py fails when README.md no longer matches what the code produces.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actions.coach.case import Case  # noqa: E402
from actions.coach.decision import assess  # noqa: E402
from actions.coach.drafts.acceptance import acceptance  # noqa: E402
from actions.coach.drafts.counter import counter  # noqa: E402
from actions.coach.reasons import find_reasons  # noqa: E402

BEGIN, END = "<!-- examples:begin -->", "<!-- examples:end -->"

EXAMPLES = [
    ("A real step back in pay, with proof",
     Case(role="Account Executive", company="Northwind Analytics", offer_base=85000.0, offer_variable=35000.0,
          previous_earnings=122000.0, previous_base=92000.0, evidence="Yes, my W-2 and last pay stub",
          accept_as_is=True, concern="The pay is lower than what I make now; it would be a step back.")),
    ("A stronger written offer the candidate would really take",
     Case(role="Sales Development Manager", company="Contoso", offer_base=110000.0, offer_variable=20000.0,
          competing_offer=140000.0, competing_offer_in_writing=True, would_choose_other=True,
          other_company="Fabrikam", accept_as_is=False,
          concern="I have another offer in hand from Fabrikam for 140k total.")),
    ("'Always negotiate' advice, and nothing real in the way",
     Case(role="Inside Sales Rep", company="Tailspin Toys", offer_base=60000.0, offer_variable=0.0,
          previous_earnings=52000.0, accept_as_is=True,
          concern="Everyone says you should never take the first offer.")),
]


def section() -> str:
    parts = [BEGIN]
    for title, case in EXAMPLES:
        assessment = assess(case, find_reasons(case.concern))
        draft = counter(case, assessment) if assessment.verdict == "negotiate" else acceptance(case)
        parts += [f"**{title}** — verdict `{assessment.verdict}`", "", "> " + case.concern, "",
                  *[f"- {line}" for line in assessment.explanations], "", "```text", draft, "```", ""]
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
