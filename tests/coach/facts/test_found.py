"""What one message told us: slot values under the contract's names, and what to say, ask or refuse."""
from actions.coach import state
from actions.coach.facts.found import MONEY_SLOTS, NAME_SLOTS, Facts
from actions.coach.facts.reading import read_facts


def test_a_fresh_reading_has_found_nothing():
    facts = Facts()
    assert (facts.values, facts.said, facts.notes, facts.questions, facts.refusals, facts.declined) == (
        {}, {}, [], [], [], [])
    assert facts.pending_total is None


def test_readings_do_not_share_what_they_found():
    first, second = Facts(), Facts()
    first.values["offer_base"] = 85_000.0
    first.questions.append("How much of that is base?")
    assert second.values == {} and second.questions == []


def test_the_slot_names_are_the_conversations_own():
    assert MONEY_SLOTS == state.MONEY_SLOTS
    assert set(NAME_SLOTS) <= set(state.NAME_SLOTS)


def test_a_figure_read_is_held_under_its_slot_and_said_back_as_a_statement():
    facts = read_facts("85k base", asked="offer_base")
    assert facts.values == {"offer_base": 85_000}
    assert facts.said == {"offer_base": "I have the offer's base as $85,000 a year."}


def test_a_total_given_for_the_base_is_held_apart_with_a_question():
    facts = read_facts("about 110k all in", asked="offer_base")
    assert facts.values == {} and facts.pending_total == 110_000
    assert facts.questions and "base" in facts.questions[0]


def test_a_question_skipped_is_noted_as_declined():
    facts = read_facts("skip", asked="role")
    assert facts.declined == ["role"] and facts.values == {}
