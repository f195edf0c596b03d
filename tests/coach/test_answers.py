"""Yes, no and not sure, and whether the candidate holds proof."""
import pytest
from hypothesis import given, strategies as st

from actions.coach.answers import NO, UNSURE, YES, can_back_up, in_writing, read_conditional, read_yes_no, writing_said


@pytest.mark.parametrize("text, expected", [
    ("Yes", YES), ("yep", YES), ("Honestly yes, I'd still take it", YES), ("I would", YES),
    ("Sure, no problem", YES), ("absolutely", YES), ("I'd still sign", YES),
    ("No", NO), ("nope", NO), ("No, at this figure I'd walk", NO), ("I wouldn't", NO), ("not really", NO),
    ("I'm not sure", UNSURE), ("maybe", UNSURE), ("it depends on the commute", UNSURE),
    ("I'm not sure I could manage the drive, but I like the team", UNSURE),
    ("", None), ("banana", None),
])
def test_read_yes_no(text, expected):
    assert read_yes_no(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Yes, I have my W-2 and pay stubs", YES),
    ("the hiring manager showed me the account list", YES),
    ("I kept the recruiter's email", YES),
    ("yes", YES),
    ("No, it was only on a call", NO),
    ("I can't prove it", NO),
    ("not really, just a feeling", NO),
    ("I'm not sure", UNSURE),
])
def test_can_back_up(text, expected):
    assert can_back_up(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Yes, the signed letter is in my inbox", YES),
    ("yes", YES),
    ("It's verbal for now", NO),
    ("they said they'd send it next week", NO),
    ("I'm expecting it soon", NO),
    ("no", NO),
])
def test_in_writing_means_in_hand(text, expected):
    assert in_writing(text) == expected


@given(st.text(max_size=200))
def test_any_text_reads_without_error(text):
    assert read_yes_no(text) in (YES, NO, UNSURE, None)
    assert can_back_up(text) in (YES, NO, UNSURE, None)


@pytest.mark.parametrize("text, said", [
    ("a signed 140k offer from Stork Labs", YES), ("offer B from Foundry, in writing: 132k", YES),
    ("they promised it next week", NO), ("Corsair offered 140k verbally", NO),
    ("I'd probably take the other one", None),  # nothing said of paper: nothing assumed
])
def test_what_a_message_says_of_the_other_offers_paper_in_passing(text, said):
    assert writing_said(text) == said


@pytest.mark.parametrize("text, expected", [
    ("the travel is a deal breaker", NO),
    ("no, it's a deal-breaker", NO),
    ("not a deal breaker", YES),  # the lead "not" denies the deal breaker, not the offer
    ("nah it isn't a dealbreaker, I'd still sign", YES),
    ("not really a deal breaker", YES),
])
def test_a_deal_breaker_answers_would_you_accept_it_as_it_is(text, expected):
    assert read_conditional(text, about_this_offer=True).answer == expected


def test_a_deal_breaker_with_a_condition_keeps_the_condition():
    reading = read_conditional("not a deal breaker unless they make it 60% travel", about_this_offer=True)
    assert (reading.answer, reading.condition) == (NO, "travel")
