"""Names: the role and the company, as answers and inside longer messages."""
import pytest

from actions.coach.facts.names import NAME_LIMIT
from actions.coach.facts.reading import read_facts


@pytest.mark.parametrize("text, asked, expected", [
    ("Account Executive", "role", {"role": "Account Executive"}),
    ("it's a Senior AE role", "role", {"role": "Senior AE"}),
    ("Sales Engineer at Fabrikam", "role", {"role": "Sales Engineer", "company": "Fabrikam"}),
    ("Contoso", "company", {"company": "Contoso"}),
    ("the company is called Loopwise", "company", {"company": "Loopwise"}),
    ("I was offered an AE role at Woodgrove", None, {"role": "AE", "company": "Woodgrove"}),
])
def test_reads_the_role_and_the_company(text, asked, expected):
    values = read_facts(text, asked).values
    assert {name: values.get(name) for name in expected} == expected


def test_a_long_name_is_capped_at_a_word():
    facts = read_facts("Senior Enterprise Strategic Account Executive for the North American Financial Services "
                       "Vertical Accounts", "role")
    assert 0 < len(facts.values["role"]) <= NAME_LIMIT
    assert not facts.values["role"].endswith(" ")


@pytest.mark.parametrize("text, role", [
    ("Offer from Lumen Health: clinical data analyst, $82,000, no bonus", "clinical data analyst"),
    ("Platform engineer at Cinder, 120k base", "Platform engineer"),
    ("the pay is 125k but i'd never take the bank job", None),  # a job they mention is not a title
    ("21 fixed + 3 variable, role is a step up", None),
])
def test_a_title_said_in_passing_must_look_like_one(text, role):
    assert read_facts(text).values.get("role") == role


def test_a_commands_word_is_no_name():
    facts = read_facts("session_start", asked="role")
    assert "role" not in facts.values and facts.questions
