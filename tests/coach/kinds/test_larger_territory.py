"""A larger territory counts when it is compared with the standard in numbers, and shown."""
import pytest

from actions.coach.case import Case, Reason
from actions.coach.checks import check_reason


def passed(said, evidence):
    return check_reason(Reason("larger_territory", said), Case(evidence=evidence)).passed


@pytest.mark.parametrize("said, evidence, counts", [
    ("My territory is 5 states, everyone else covers 2", "the manager showed me the territory map", True),
    ("my territory is four regions while the others cover two", "I have the account list", True),
    ("They're giving me all of DACH plus the Nordics. Every other AE on the team has a single country, with the "
     "same quota.", "Yes, the comp plan lists every rep's territory", True),
    ("the territory seems big", "I have the account list", False),
    ("My territory is much bigger than my future teammates'", "yes, the plan document", False),
    ("My territory is 5 states, everyone else covers 2", "no", False),
])
def test_the_territory_checks(said, evidence, counts):
    assert passed(said, evidence) == counts
