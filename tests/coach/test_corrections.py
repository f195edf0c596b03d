"""A correction in plain words changes the field it names, read as that field's answer would be."""
import pytest

from actions.coach.corrections import CORRECTING, corrected, guessed_field, named_field, said_wrong

KNOWN = {"offer_base": 85_000.0, "offer_variable": 35_000.0, "previous_earnings": 122_000.0}


@pytest.mark.parametrize("text, field", [
    ("the base is 95k", "offer_base"),
    ("the bonus is 20k", "offer_variable"),
    ("I make 130k now", "previous_earnings"),
    ("my current base is 100k", "previous_base"),
    ("the other offer is 150k", "competing_offer"),
    ("the company is Loopwise", "company"),
    ("the title is Account Executive", "role"),
    ("I don't have it in writing yet", "competing_offer_in_writing"),
    ("I wouldn't really take the other one", "would_choose_other"),
    ("I'd still take it as is", "accept_as_is"),
    ("sorry, I meant 95k", None),
])
def test_the_field_comes_from_the_words(text, field):
    assert named_field(text) == field


@pytest.mark.parametrize("text, updates", [
    ("the base is 95k", {"offer_base": 95_000}),
    ("commission is 30k", {"offer_variable": 30_000}),
    ("I make 130k now", {"previous_earnings": 130_000}),
    ("the company is Loopwise", {"company": "Loopwise"}),
    ("it's called Loopwise", {"company": "Loopwise"}),
    ("the role is Senior AE", {"role": "Senior AE"}),
    ("the other offer is verbal", {"competing_offer_in_writing": "no"}),
    ("I wouldn't really take the other one", {"would_choose_other": "no"}),
    ("I'd still take it as is", {"accept_as_is": "yes"}),
])
def test_a_correction_updates_the_field_it_names(text, updates):
    assert corrected(text, KNOWN)[0] == updates


def test_a_corrected_figure_is_said_back_in_the_coachs_words():
    updates, said = corrected("the base is 95k", KNOWN)
    assert said == ["I have the offer's base as $95,000 a year."]


def test_a_no_that_hangs_on_a_term_keeps_its_condition():
    updates, _ = corrected("only if the travel comes down, I wouldn't accept it as is", KNOWN)
    assert updates == {"accept_as_is": "no", "conditions": {"accept_as_is": "travel"}}


def test_the_figure_said_to_be_wrong_names_the_field_it_corrects():
    assert said_wrong("98k not 85", KNOWN) == "offer_base"
    assert said_wrong("35k not 35", KNOWN) == "offer_variable"
    assert said_wrong("98k not 70", KNOWN) is None  # no figure known at 70k
    assert corrected("98k not 85", KNOWN)[0] == {"offer_base": 98_000}


def test_new_hours_rework_an_hourly_base():
    slots = {"offer_base": 99_840.0, "hourly": {"offer_base": {"rate": 48.0, "hours": 40, "currency": "USD"}}}
    updates, said = corrected("it's 36 hours a week", slots)
    assert updates["offer_base"] == 89_856 and updates["hourly"]["offer_base"]["hours"] == 36
    assert "36 hours a week" in said[0]


def test_a_figure_without_a_field_goes_to_the_only_one_missing_or_to_the_fallback():
    assert guessed_field("95k", {"offer_base": 90_000.0, "offer_variable": 0.0}) == "previous_earnings"
    assert guessed_field("95k", {"offer_base": 90_000.0}) is None  # two missing: no guess
    assert corrected("95k", {"offer_base": 90_000.0, "offer_variable": 0.0})[0] == {"previous_earnings": 95_000}
    slots = {"offer_base": 90_000.0, "offer_variable": 0.0}
    assert corrected("sorry, I meant 95k", slots, fallback="offer_base")[0] == {"offer_base": 95_000}


@pytest.mark.parametrize("text", ["blah", "sorry, I meant 95k"])
def test_a_correction_that_names_nothing_readable_changes_nothing(text):
    assert corrected(text, KNOWN) == ({}, [])


@pytest.mark.parametrize("text, correcting", [
    ("sorry, I meant 95k", True), ("no no, the BASE is 95k", True), ("wait, actually it's 90k", True),
    ("my bad", True), ("The base is 95k", False), ("no problem", False),
])
def test_words_that_correct_what_was_said_before(text, correcting):
    assert bool(CORRECTING.match(text)) == correcting


@pytest.mark.parametrize("text, slots, expected", [
    ("8k not 7k", {"offer_base": 84000.0}, 96000.0),  # the wrong figure was monthly, so is the right one
    ("sorry i meant 5800 a month, not 5500", {"offer_base": 66000.0}, 69600.0),
    ("98k not 89", {"offer_base": 89000.0}, 98000.0),
    ("50 not 48", {"offer_base": 99840.0, "hourly": {"offer_base": {"rate": 48.0, "hours": 40}}}, 104000.0),
])
def test_a_figure_said_to_be_wrong_is_replaced_in_its_own_period(text, slots, expected):
    assert corrected(text, slots)[0]["offer_base"] == expected


@pytest.mark.parametrize("text, slots, expected", [
    ("it's a deal-breaker", {}, {"accept_as_is": "no"}),
    ("it's not a deal-breaker", {}, {"accept_as_is": "yes"}),
    ("not a deal breaker", {}, {"accept_as_is": "yes"}),
    ("it isn't a dealbreaker, I'd still sign", {}, {"accept_as_is": "yes"}),
    ("I have my pay stubs", {}, {"evidence": "I have my pay stubs"}),
    ("my current base is 100k", {"previous_earnings": 122000.0}, {"previous_base": 100000.0}),
])
def test_corrections_change_only_the_field_they_name(text, slots, expected):
    assert corrected(text, slots)[0] == expected


def test_each_clause_corrects_the_field_it_names():
    slots = {"offer_base": 90000.0, "previous_earnings": 105000.0, "previous_base": 90000.0}
    assert corrected("no no the BASE they offered is 95k, 90 is my current base", slots)[0] == {"offer_base": 95000.0}
