"""After the verdict: each kind of message gets the follow-up that fits, and only new facts reopen the case."""
import pytest

from actions.coach.follow_up import (ANSWER, CASE, DECIDED, FACTS, REPLY, SHOW, SIGNED, THANKS, UNCLEAR, VARIANT,
                                     WHY, read_follow_up, requested_style, why_again)
from actions.coach.state import RESULT_SLOTS

PAY_CUT = {"key": "below_previous_earnings", "said": "pay cut", "misstated": False}
DECIDED_CASE = {"role": "AE", "company": "Acme", "offer_base": 85_000.0, "offer_variable": 35_000.0,
                "previous_earnings": 122_000.0, "concern": "pay cut", "reasons": [PAY_CUT], "evidence": "my pay stubs",
                "accept_as_is": "yes", "facts_confirmed": "yes", "verdict": "negotiate", "draft": "x",
                "draft_kind": "counter", "leverage": ["below_previous_earnings"], "weak_reasons": []}
WITH_OTHER_OFFER = dict(DECIDED_CASE, competing_offer=140_000.0, competing_offer_in_writing="yes",
                        would_choose_other="yes", other_company="Corsair",
                        reasons=[PAY_CUT, {"key": "competing_offer", "said": "Corsair offered 140k", "misstated": False}])


def cleared(updates):
    return all(name in updates and updates[name] is None for name in RESULT_SLOTS)


def test_saying_it_is_signed_clears_the_advice_and_decides_again():
    follow_up = read_follow_up("i signed it yesterday", DECIDED_CASE)
    assert follow_up.kind == SIGNED and follow_up.updates["signed"] is True
    assert follow_up.decide_again and cleared(follow_up.updates)


def test_an_employer_that_moved_sets_the_new_base_and_starts_the_next_round():
    follow_up = read_follow_up("they came back with 90k", dict(DECIDED_CASE, round=2.0))
    assert follow_up.kind == REPLY and follow_up.decide_again
    assert follow_up.updates["employer_reply"] == "partial" and follow_up.updates["offer_base"] == 90_000
    assert follow_up.updates["round"] == 3 and cleared(follow_up.updates)


def test_a_new_total_from_the_employer_becomes_a_base_next_to_the_same_variable():
    assert read_follow_up("they came up to 125k total", DECIDED_CASE).updates["offer_base"] == 90_000


def test_a_partial_move_asks_again_whether_they_would_take_it_unless_they_already_said_yes():
    asked_again = read_follow_up("they came back with 90k", dict(DECIDED_CASE, accept_as_is="no")).updates
    assert "accept_as_is" in asked_again and asked_again["accept_as_is"] is None
    assert "accept_as_is" not in read_follow_up("they came back with 90k", DECIDED_CASE).updates


@pytest.mark.parametrize("text, kind", [
    ("they said they can't go higher", "declined"), ("they want my payslip", "proof_requested"),
    ("they need an answer by friday", "deadline"), ("recruiter ghosted me for a week", "silent"),
    ("they said yes to everything!", "agreed"), ("they rescinded it!!", "withdrawn"),
])
def test_the_employers_answer_is_recorded_and_the_advice_worked_out_again(text, kind):
    follow_up = read_follow_up(text, DECIDED_CASE)
    assert follow_up.kind == REPLY and follow_up.updates["employer_reply"] == kind and follow_up.decide_again


def test_an_offer_withdrawn_elsewhere_drops_the_competing_offer():
    follow_up = read_follow_up("Corsair withdrew their offer", WITH_OTHER_OFFER)
    assert follow_up.kind == FACTS and follow_up.decide_again
    assert follow_up.updates["competing_offer"] is None and follow_up.updates["competing_offer_in_writing"] is None
    assert [reason["key"] for reason in follow_up.updates["reasons"]] == ["below_previous_earnings"]
    assert "competing_offer" in follow_up.updates["declined"]  # not asked about again
    assert "employer_reply" not in follow_up.updates and "off the table" in follow_up.messages[0]


def test_this_employer_pulling_its_offer_leaves_the_other_offer_alone():
    updates = read_follow_up("they rescinded it!!", WITH_OTHER_OFFER).updates
    assert updates["employer_reply"] == "withdrawn" and "competing_offer" not in updates


@pytest.mark.parametrize("text", ["will they pull the offer if I ask?", "what if they say no?"])
def test_wondering_about_an_answer_is_answered_and_changes_nothing(text):
    follow_up = read_follow_up(text, DECIDED_CASE)
    assert follow_up.kind == ANSWER and follow_up.messages
    assert follow_up.updates == {} and not follow_up.decide_again


@pytest.mark.parametrize("text, style", [
    ("make it an email", "email"), ("turn it into an email", "email"), ("can you make it shorter", "shorter"),
    ("rewrite it warmer", "warmer"), ("can you make it more formal", "formal"),
    ("write it as talking points for a call", "phone"),
])
def test_asking_for_another_wording_gives_that_style_and_keeps_the_case(text, style):
    follow_up = read_follow_up(text, DECIDED_CASE)
    assert (follow_up.kind, follow_up.style) == (VARIANT, style)
    assert follow_up.updates == {} and not follow_up.decide_again


@pytest.mark.parametrize("text, kind", [
    ("show my draft", SHOW), ("can you send the draft again", SHOW), ("show my case", CASE), ("where are we", CASE),
    ("why?", WHY), ("how come?", WHY), ("thanks!", THANKS), ("perfect, thanks", THANKS), ("banana", UNCLEAR),
])
def test_requests_that_change_nothing_get_their_own_reply(text, kind):
    follow_up = read_follow_up(text, DECIDED_CASE)
    assert follow_up.kind == kind and follow_up.updates == {} and not follow_up.decide_again


def test_a_question_about_a_topic_is_answered_not_taken_as_why_the_advice():
    follow_up = read_follow_up("why would they pull the offer?", DECIDED_CASE)
    assert follow_up.kind == ANSWER and "rarely costs an offer" in follow_up.messages[0]


def test_a_corrected_figure_is_said_back_and_the_advice_worked_out_again():
    follow_up = read_follow_up("actually the base is 80k", DECIDED_CASE)
    assert follow_up.kind == FACTS and follow_up.updates["offer_base"] == 80_000
    assert any("$80,000" in message for message in follow_up.messages)
    assert follow_up.decide_again and cleared(follow_up.updates)


def test_new_earnings_that_make_the_offer_a_step_back_raise_it():
    no_gap = dict(DECIDED_CASE, previous_earnings=110_000.0, reasons=[], verdict="accept", leverage=[])
    updates = read_follow_up("actually I make 130k", no_gap).updates
    assert updates["previous_earnings"] == 130_000
    assert [reason["key"] for reason in updates["reasons"]] == ["below_previous_earnings"]


def test_the_other_offer_now_in_writing_becomes_a_reason_with_its_figure():
    updates = read_follow_up("the other offer is now in writing, 150k", DECIDED_CASE).updates
    assert updates["competing_offer"] == 150_000 and updates["competing_offer_in_writing"] == "yes"
    assert [reason["key"] for reason in updates["reasons"]] == ["below_previous_earnings", "competing_offer"]


def test_proof_found_since_is_added_to_what_they_can_show():
    updates = read_follow_up("I found my W-2 too", DECIDED_CASE).updates
    assert updates["evidence"].startswith("my pay stubs") and "W-2" in updates["evidence"]


def test_proof_already_known_is_no_new_fact():
    assert read_follow_up("I found my W-2", dict(DECIDED_CASE, evidence="my W-2")).kind == UNCLEAR


def test_after_weighing_it_up_their_choice_is_taken_as_the_answer():
    deciding = dict(DECIDED_CASE, draft_kind="none", accept_as_is=None)
    accept, decline = read_follow_up("I'll accept", deciding), read_follow_up("I will turn it down", deciding)
    assert (accept.kind, accept.updates, accept.decide_again) == (DECIDED, {"accept_as_is": "yes"}, True)
    assert (decline.kind, decline.updates) == (DECIDED, {"accept_as_is": "no"})
    assert read_follow_up("I'll accept", DECIDED_CASE).kind != DECIDED  # a draft is out: nothing was being weighed


def test_the_style_asked_for_is_read_from_its_words():
    assert [requested_style(text) for text in ("as an e-mail", "a phone script", "more concise", "friendlier", "hi")] \
        == ["email", "phone", "shorter", "warmer", None]


def test_why_again_gives_the_reasoning_in_short_with_the_figures():
    said = why_again(DECIDED_CASE)
    assert said.startswith("In short:") and "$120,000" in said and "$122,000" in said
    no_gap = dict(DECIDED_CASE, previous_earnings=None,
                  reasons=[{"key": "friends_perks", "said": "my friends get cars", "misstated": False}])
    assert "perks that friends elsewhere get" in why_again(no_gap) and "friends get cars" not in why_again(no_gap)


@pytest.mark.parametrize("text, key", [
    ("the recruiter said fully remote but the letter says hybrid", "changed_terms"),
    ("my friends all get cars", "friends_perks"),
    ("I deserve more", "deserve_more"),
    ("also the territory is twice the size of the others", "larger_territory"),
])
def test_a_reason_raised_after_the_verdict_is_weighed_with_the_rest(text, key):
    follow = read_follow_up(text, DECIDED_CASE)
    assert follow.decide_again and cleared(follow.updates)
    assert [reason["key"] for reason in follow.updates["reasons"]] == ["below_previous_earnings", key]


def test_a_new_other_offer_told_with_another_reason_keeps_both():
    text = "I also have an offer from Stork Labs for 130k, and the posting said remote but the letter says onsite."
    follow = read_follow_up(text, DECIDED_CASE)
    assert [reason["key"] for reason in follow.updates["reasons"]] == [
        "below_previous_earnings", "changed_terms", "competing_offer"]
    assert follow.updates["other_company"] == "Stork Labs" and follow.updates["competing_offer"] == 130_000


def test_a_style_named_on_its_own_is_a_variant():
    assert read_follow_up("talking points for a call", DECIDED_CASE).style == "phone"


@pytest.mark.parametrize("text, answer", [("okay I'll take it", "yes"), ("alright, I'll decline", "no")])
def test_a_decision_after_its_your_call_is_taken(text, answer):
    follow = read_follow_up(text, dict(DECIDED_CASE, draft_kind="none"))
    assert follow.kind == DECIDED and follow.updates["accept_as_is"] == answer


def test_company_cars_do_not_rename_the_company():
    assert "company" not in read_follow_up("also my friends get company cars", DECIDED_CASE).updates


def test_email_or_phone_is_a_question_not_a_request():
    follow = read_follow_up("email or phone?", DECIDED_CASE)
    assert follow.kind == ANSWER and "Either works" in follow.messages[0]


def test_proof_found_after_saying_there_was_none_replaces_the_no():
    case = dict(DECIDED_CASE, evidence="no, it was just a call")
    follow = read_follow_up("found it! the linkedin posting still says 'Remote (US)', took a screenshot", case)
    assert follow.updates["evidence"].startswith("found it!")
