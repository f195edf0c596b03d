"""The questions a candidate is asked, in order, and the Case the slots make."""
from actions.coach.state import CONFIRM, case_from, questions, unanswered

OFFER_DONE = {"role": "AE", "company": "Acme", "offer_base": 85000.0, "offer_variable": 35000.0}
OFFER_QUESTIONS = ["role", "company", "offer_base", "offer_variable", "previous_earnings", "concern"]


def test_the_offer_questions_come_first_and_the_facts_are_confirmed_last():
    assert questions({}) == OFFER_QUESTIONS + [CONFIRM]


def test_skipped_questions_are_not_asked():
    assert questions({"declined": ["role", "company"]})[:1] == ["offer_base"]


def test_follow_ups_depend_on_the_reasons():
    slots = dict(OFFER_DONE, concern="pay cut", reasons=[{"key": "below_previous_earnings", "said": "pay cut"}])
    assert questions(slots)[6:] == ["evidence", "accept_as_is", CONFIRM]
    slots = dict(OFFER_DONE, concern="other offer", reasons=[{"key": "competing_offer", "said": "other offer"}])
    assert questions(slots)[6:] == ["competing_offer", "competing_offer_in_writing", "would_choose_other",
                                    "accept_as_is", CONFIRM]


def test_no_reason_means_no_follow_ups():
    assert questions(dict(OFFER_DONE, concern="nothing", reasons=[])) == OFFER_QUESTIONS + [CONFIRM]


def test_any_question_can_be_declined():
    slots = dict(OFFER_DONE, concern="other offer", declined=["competing_offer", "previous_earnings"],
                 reasons=[{"key": "competing_offer", "said": "other offer"}])
    assert "competing_offer" not in questions(slots) and "previous_earnings" not in questions(slots)


def test_a_weaker_competing_offer_skips_its_paperwork_questions():
    slots = dict(OFFER_DONE, concern="other offer", competing_offer=100000.0,
                 reasons=[{"key": "competing_offer", "said": "other offer"}])
    remaining = questions(slots)[6:]
    assert "competing_offer_in_writing" not in remaining and "would_choose_other" not in remaining


def test_a_step_back_the_candidate_did_not_name_asks_for_proof():
    slots = dict(OFFER_DONE, concern="I deserve more", previous_earnings=150000.0,
                 reasons=[{"key": "deserve_more", "said": "I deserve more"}])
    assert "evidence" in questions(slots)


def test_a_signed_offer_asks_nothing_more():
    assert questions({"signed": True}) == [] and unanswered({"signed": True}) == []


def test_wanting_a_change_asks_what_to_change_before_the_list_again():
    assert questions(dict(change_wanted=True))[-2:] == ["correction", CONFIRM]


def test_unanswered_questions_in_order():
    assert unanswered(dict(OFFER_DONE))[:2] == ["previous_earnings", "concern"]


def test_the_case_reads_everything_said_about_concerns_and_the_condition():
    case = case_from({"concern": "The letter doesn't match the interviews.", "other_concern": "I'm fine with it.",
                      "accept_as_is": "no", "conditions": {"accept_as_is": "travel"}})
    assert "fine with it" in case.concern
    assert case.accept_as_is is False and case.accept_condition == "travel"
