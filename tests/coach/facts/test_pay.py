"""The pay arithmetic, with numbers alone, and how the parts of an offer add up."""
import pytest

from actions.coach.facts.pay import matching_share, rest, share
from actions.coach.facts.reading import read_facts


@pytest.mark.parametrize("total, percent, expected", [(150_000, 60, 90_000), (150_000, 40, 60_000), (0, 50, 0)])
def test_a_share_of_a_total(total, percent, expected):
    assert share(total, percent) == expected


@pytest.mark.parametrize("part, part_percent, other_percent, expected", [
    (90_000, 60, 40, 60_000), (60_000, 40, 60, 90_000), (50_000, 50, 50, 50_000)])
def test_the_other_side_of_a_pay_mix(part, part_percent, other_percent, expected):
    assert matching_share(part, part_percent, other_percent) == expected


@pytest.mark.parametrize("total, part, expected", [(130_000, 100_000, 30_000), (100_000, 100_000, 0),
                                                    (90_000, 100_000, None)])
def test_the_rest_of_a_total(total, part, expected):
    assert rest(total, part) == expected


@pytest.mark.parametrize("text, asked, known, base, variable", [
    ("150k OTE on a 60/40 split", None, None, 90_000, 60_000),
    ("90k base on a 60/40 split", None, None, 90_000, 60_000),
    ("130k OTE", "offer_variable", {"offer_base": 100_000.0}, None, 30_000),
    ("it's a 50/50 split", "offer_variable", {"offer_base": 80_000.0}, None, 80_000),
    ("$130k OTE with 100k base", "offer_base", None, 100_000, 30_000),
])
def test_the_offer_adds_up(text, asked, known, base, variable):
    values = read_facts(text, asked, known).values
    assert values.get("offer_base") == base and values.get("offer_variable") == variable


def test_a_total_below_its_part_is_asked_about_not_guessed():
    facts = read_facts("100k base, 90k OTE", None)
    assert "offer_variable" not in facts.values and facts.questions


@pytest.mark.parametrize("text, asked, known, values", [
    ("€50k base, €15k OTE", None, None, {"offer_base": 50_000, "offer_variable": 15_000}),
    ("€15k OTE on top of the base", "offer_variable", {"offer_base": 50_000.0}, {"offer_variable": 15_000}),
    ("18 LPA fixed + 2 LPA variable", None, None, {"offer_base": 1_800_000, "offer_variable": 200_000}),
    ("22 LPA CTC, all fixed", "previous_earnings", None, {"previous_earnings": 2_200_000, "previous_base": 2_200_000}),
    ("88k flat, no bonus", "previous_earnings", None, {"previous_earnings": 88_000, "previous_base": 88_000}),
    ("96k last year incl the one-time 16k", "previous_earnings", None, {"previous_earnings": 80_000}),
    ("15k of last year was a one-time retention bonus. my normal is 95k", None, None, {"previous_earnings": 95_000}),
])
def test_pay_as_people_write_it(text, asked, known, values):
    found = read_facts(text, asked, known).values
    assert {name: found.get(name) for name in values} == values


def test_a_bonus_given_up_by_leaving_is_kept_apart():
    facts = read_facts("my annual bonus pays in march, so i'd lose the 10k", "concern")
    assert facts.values == {"forfeited_bonus": 10_000}
