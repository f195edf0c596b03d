"""The questions: every slot the form asks has one, the evidence question fits the reasons, every why is said."""
from actions.coach.asking import ASKED_AGAIN, CHOICES, NOT_ASKING, QUESTIONS, choices, question, why_asked
from actions.coach.kinds import KINDS
from actions.coach.state import CONFIRM, OFFER_QUESTIONS, YES_NO_SLOTS


def test_every_question_the_form_asks_is_written_and_says_why():
    asked = set(OFFER_QUESTIONS) | {follow_up.slot for kind in KINDS.values() for follow_up in kind.follow_ups}
    asked |= {"other_concern", "accept_as_is"}
    for slot in asked:
        assert QUESTIONS[slot].endswith(("?", ".)", ".", "\")"))
        assert why_asked(slot) != NOT_ASKING, slot
    assert why_asked(None) == NOT_ASKING


def test_yes_no_questions_come_with_choices():
    assert all(CHOICES[slot] for slot in YES_NO_SLOTS)


def test_the_evidence_question_names_the_proof_that_suits_the_reasons():
    reasons = [{"key": "below_previous_earnings", "said": "pay cut"}, {"key": "friends_perks", "said": "friends"}]
    text = question("evidence", {"reasons": reasons})
    assert "pay stub" in text and "friends" not in text
    assert question("evidence", {"reasons": [{"key": "competing_offer", "said": "x"}]}) == QUESTIONS["evidence"]


def test_a_question_asked_again_is_shorter_and_comes_with_choices():
    slots = {"misses": {"accept_as_is": 1}}
    assert question("accept_as_is", slots) == ASKED_AGAIN["accept_as_is"]
    assert [choice["title"] for choice in choices("accept_as_is", slots)] == ["Yes", "No", "Not sure"]
    assert question("accept_as_is", {}) == QUESTIONS["accept_as_is"]


def test_the_confirmation_lists_the_facts_with_two_buttons():
    text = question(CONFIRM, {"offer_base": 85_000.0, "offer_variable": 0.0, "role": "AE"})
    assert "$85,000 a year" in text and "Role: AE" in text and text.endswith("\"the base is 95k\".")
    assert [choice["title"] for choice in choices(CONFIRM, {})] == ["That's right", "Change something"]
