"""What each figure is: a ratio or a count is no money, a one-off or equity stays out of yearly pay."""
import pytest

from actions.coach.facts.reading import read_facts


@pytest.mark.parametrize("text, asked", [
    ("150k OTE on a 50/50 split", None), ("150k OTE on a 50/50 split", "offer_base"),
    ("150k OTE, 60/40 split", "offer_base"), ("150k OTE with a 70-30 split", None),
    ("150k OTE, split 50/50", "offer_base"), ("$40/hr, full time, 40 hours a week", "offer_base"),
    ("$40/hr, full time, 40 hours a week", None),
])
def test_a_ratio_or_a_count_of_hours_is_not_asked_back_as_money(text, asked):
    facts = read_facts(text, asked)
    assert not facts.questions and not facts.refusals


def test_a_one_off_bonus_is_said_to_be_left_out():
    facts = read_facts("95k base and a 10k sign-on bonus", None)
    assert facts.values["offer_base"] == 95_000 and "offer_variable" not in facts.values
    assert any("left" in line and "$10,000" in line for line in facts.notes)


def test_equity_is_said_to_be_left_out_too():
    facts = read_facts("100k base plus 40k in RSUs over four years", None)
    assert facts.values["offer_base"] == 100_000 and "offer_variable" not in facts.values
    assert any("equity" in line and "$40,000" in line for line in facts.notes)
