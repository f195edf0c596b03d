"""The working terms of a job, and what was described earlier against what the offer says, as facts."""
import pytest

from actions.coach.terms import LABELS, Term, changed_term, term_in


@pytest.mark.parametrize("text, key", [
    ("the travel is more than I thought", "travel"),
    ("I'd have to relocate", "relocation"),
    ("they said fully remote", "remote"),
    ("on-call every week now", "hours"),
    ("the 401k match is gone", "retirement"),
    ("my health insurance is worse", "benefits"),
    ("promised 40k in RSUs", "equity"),
    ("The job ad listed 25 days of holiday", "time_off"),
    ("the start date moved", "start_date"),
    ("the pay is lower", "pay"),
    ("nothing in particular", None),
])
def test_the_term_a_message_names(text, key):
    assert term_in(text) == key


def test_a_term_can_be_left_out_of_the_search():
    assert term_in("the pay and the travel") == "travel"
    assert term_in("the pay and the travel", exclude=("travel",)) == "pay"
    assert term_in(None) is None


@pytest.mark.parametrize("text, term", [
    ("recruiter said 25% travel, offer letter says 60%", Term("travel", "25%", "60%")),
    ("The job ad listed 25 days of holiday and the contract says 20", Term("time_off", "25 days", "20 days")),
    ("The recruiter said fully remote but the letter says hybrid three days",
     Term("remote", "fully remote", "hybrid three days")),
    ("they said 40 hours, the contract says 50 hours", Term("hours", "40 hours", "50 hours")),
    ("interview said no weekends, the letter says every other weekend",
     Term("weekends", "no weekends", "every other weekend")),
    ("they said 10% travel and now it's 50%", Term("travel", "10%", "50%")),
])
def test_what_was_described_and_what_is_offered_are_read_apart(text, term):
    assert changed_term(text) == term


def test_a_value_the_words_do_not_make_clear_is_left_out():
    assert changed_term("they said travel would be light") == Term("travel")
    assert changed_term("the recruiter said 25% travel") == Term("travel", "25%", None)


def test_the_same_value_on_both_sides_is_no_change_to_state():
    assert changed_term("they said 25% travel and the offer says 25% travel") == Term("travel")


def test_pay_is_not_a_changed_term_and_no_term_is_none():
    assert changed_term("the pay is lower") is None
    assert changed_term("the offer letter doesn't match what they said") is None


def test_every_term_is_named_in_the_coachs_words():
    assert Term("time_off").label == "paid time off" and LABELS["retirement"] == "the retirement match"
    assert all(label and label == label.lower() for label in LABELS.values())
