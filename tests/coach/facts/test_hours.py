"""Hours a week: an hourly rate is worth the hours worked, and new hours rework a rate said before."""
import pytest

from actions.coach.facts.hours import hours_statements
from actions.coach.facts.reading import read_facts


@pytest.mark.parametrize("text, hours", [
    ("32 hours a week", 32), ("37.5 hrs/wk", 37.5), ("a 40-hour week", 40), ("three 12s", 36),
    ("three 12 hour shifts a week", 36), ("3 x 12-hour shifts", 36), ("$44/hr, 36 hrs", 36),
])
def test_hours_as_people_say_them(text, hours):
    assert [found for _, found in hours_statements(text)][:1] == [hours]


@pytest.mark.parametrize("text", ["12 hours a day", "40 hours of training", "I have 3 kids"])
def test_what_is_not_hours_a_week(text):
    assert hours_statements(text) == []


@pytest.mark.parametrize("text, asked, values", [
    ("$45 an hour, 32 hours a week", "offer_base", {"offer_base": 74_880}),
    ("offer is $52/hr, three 12 hour shifts a week. i'm at $56 now same schedule", None,
     {"offer_base": 97_344, "previous_earnings": 104_832}),
    ("CA$31.50/hr, 37.5 hours a week. currently CA$28/hr same hours", None,
     {"offer_base": 61_425, "previous_earnings": 54_600}),
    ("$40/hr", "previous_earnings", {"previous_earnings": 83_200}),
])
def test_an_hourly_rate_is_worth_the_hours_worked(text, asked, values):
    found = read_facts(text, asked).values
    assert {name: found.get(name) for name in values} == values


def test_the_hours_are_said_back():
    assert read_facts("$45 an hour, 32 hours a week", "offer_base").said["offer_base"] == (
        "I have the offer's base as $45 an hour, which is $74,880 a year at 32 hours a week.")


def test_new_hours_rework_the_rate_said_before():
    first = read_facts("$30/hr", "offer_base").values
    facts = read_facts("i just reread the letter, it's 32 hours a week not 40", None,
                       {"offer_base": first["offer_base"], "hourly": first["hourly"]})
    assert facts.values["offer_base"] == 49_920
    assert "32 hours a week" in facts.said["offer_base"]
