"""The questions: every slot the form asks has one, the evidence question fits the reasons, every why is said."""
from actions.coach.asking import CHOICES, NOT_ASKING, QUESTIONS, question, why_asked
from actions.coach.case import Reason
from actions.coach.intake import OFFER_QUESTIONS, YES_NO_SLOTS
from actions.coach.kinds import KINDS


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
    text = question("evidence", [Reason("below_previous_earnings", "pay cut"), Reason("friends_perks", "friends")])
    assert "pay stub" in text and "friends" not in text
    assert question("evidence", [Reason("competing_offer", "another offer")]) == QUESTIONS["evidence"]
