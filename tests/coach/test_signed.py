"""Already said yes: recognised however it is told, never when it is only planned, and answered kindly."""
import pytest

from actions.coach.signed import advice, already_said_yes


@pytest.mark.parametrize("text", [
    "i signed it yesterday", "I've already signed", "I accepted the offer by email on tuesday",
    "accepted by email on tuesday", "I said yes on the call", "already said yes", "I just signed",
    "signed it already lol", "we signed the contract",
])
def test_an_offer_already_accepted_is_recognised(text):
    assert already_said_yes(text)


@pytest.mark.parametrize("text", [
    "I haven't signed yet", "I'm about to sign", "should I sign it today?", "I have not accepted it yet",
    "I'm going to accept it today", "I never signed it yesterday", "I accepted offer letter", "", None,
])
def test_a_yes_only_planned_or_denied_is_not(text):
    assert not already_said_yes(text)


def test_the_advice_keeps_the_offer_as_it_stands():
    lines = advice([])
    assert len(lines) == 2 and "offer stands" in lines[0] and "start date" in lines[-1]


def test_terms_raised_are_left_for_after_the_start_as_questions():
    lines = advice(["travel", "the hours"])
    assert len(lines) == 3
    assert "What you raised (travel, the hours)" in lines[1] and "rather than as a condition" in lines[1]


@pytest.mark.parametrize("text", [
    "my friend signed their offer", "she accepted the offer", "If I signed it yesterday would that matter?",
    "I signed up for their newsletter",
])
def test_someone_elses_yes_a_question_or_another_signing_is_not_a_yes(text):
    assert not already_said_yes(text)


def test_a_signing_told_before_a_question_is_still_told():
    assert already_said_yes("hi! i signed my offer this morning, can you help me write a nice thank you?")
