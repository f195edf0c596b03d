"""One answer at a time: what gets filled, what is said back, which questions remain."""
from hypothesis import given, settings, strategies as st

import pytest

from actions.coach.intake import read_answer
from actions.coach.state import questions

OFFER_DONE = {"role": "AE", "company": "Acme", "offer_base": 85000.0, "offer_variable": 35000.0}


def test_a_figure_is_filled_and_said_back_as_a_statement():
    intake = read_answer("85k", "offer_base", {})
    assert intake.updates["offer_base"] == 85000
    assert any("$85,000" in m and not m.endswith("?") for m in intake.messages)


def test_the_concern_carries_its_reasons():
    intake = read_answer("It's a pay cut and my friends get more", "concern", dict(OFFER_DONE))
    assert [r["key"] for r in intake.updates["reasons"]] == ["below_previous_earnings", "friends_perks"]


def test_a_paragraph_fills_what_it_can():
    text = "Offered $88k base plus $40k OTE commission at Woodgrove. I earn 130k now, so it's a pay cut."
    intake = read_answer(text, None, {})
    assert intake.updates["offer_base"] == 88000 and intake.updates["offer_variable"] == 40000
    assert intake.updates["previous_earnings"] == 130000
    assert intake.updates["reasons"][0]["key"] == "below_previous_earnings"


def test_a_filled_figure_is_kept_unless_corrected():
    slots = dict(OFFER_DONE)
    assert "offer_base" not in read_answer("my friend earns 99k", "concern", slots).updates
    assert read_answer("sorry, actually the base is 90k", "concern", slots).updates["offer_base"] == 90000


def test_my_base_is_the_candidates_own():
    updates = read_answer("last year i made 96k with a one-time bonus, my base is 80k. new offer is 88k", None, {}).updates
    assert updates["previous_base"] == 80000 and updates["offer_base"] == 88000


def test_new_facts_after_the_verdict_clear_it_for_a_new_decision():
    slots = dict(OFFER_DONE, verdict="accept", draft="x", leverage=[], weak_reasons=[])
    updates = read_answer("actually the base is 80k", None, slots).updates
    assert updates["offer_base"] == 80000 and updates["verdict"] is None and updates["draft"] is None


def test_yes_no_answers():
    assert read_answer("Honestly yes, I'd still take it", "accept_as_is", {}).updates["accept_as_is"] == "yes"
    assert read_answer("it's only verbal so far", "competing_offer_in_writing", {}).updates[
        "competing_offer_in_writing"] == "no"


def test_a_question_back_is_answered_here_and_nothing_is_taken_from_it():
    intake = read_answer("are you a bot?", "concern", {}, "bot_challenge", 0.95)
    assert not intake.side_step and "bot" in intake.messages[0] and "concern" not in intake.updates


def test_nonsense_for_a_figure_is_asked_again_and_stores_nothing():
    intake = read_answer("purple", "offer_base", {})
    assert "offer_base" not in intake.updates and intake.messages


def test_absurd_amounts_are_refused():
    for text in ("-5000", "0", "1e309", "a billion trillion"):
        intake = read_answer(text, "offer_base", {})
        assert intake.updates.get("offer_base") is None, text
        assert intake.messages, text


def test_an_empty_message_is_said_and_the_question_stays_open():
    intake = read_answer("   \x00\x07 ", "offer_base", {})
    assert intake.messages and intake.updates.get("offer_base") is None


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400), st.sampled_from([None, "offer_base", "concern", "accept_as_is", "evidence", "role"]))
def test_any_message_is_read_without_error(text, asked):
    intake = read_answer(text, asked, {})
    for name, value in intake.updates.items():
        if name in ("offer_base", "offer_variable", "previous_earnings", "competing_offer"):
            assert value is None or 0 < value < 1e9


def test_skip_declines_an_optional_question_even_if_the_nlu_hears_stop():
    intake = read_answer("skip", "role", {}, "stop", 0.95)
    assert not intake.side_step and intake.updates["declined"] == ["role"]


def test_a_plan_to_misstate_is_declined_at_once_and_its_figures_ignored():
    intake = read_answer("I'll say I have a 150k offer elsewhere, but I don't actually have one.", "concern",
                         dict(OFFER_DONE))
    assert any("isn't true" in message for message in intake.messages)
    assert "competing_offer" not in intake.updates


def test_a_name_the_nlu_mistakes_for_a_command_is_still_an_answer():
    assert read_answer("Fjord Data", "company", {}, "delete_data", 0.89).updates["company"] == "Fjord Data"
    assert read_answer("Heron Supply Co", "company", {}, "greet", 0.89).updates["company"] == "Heron Supply Co"
    assert read_answer("please delete my data", "company", {}, "delete_data", 0.95).side_step


def test_a_paragraph_keeps_its_punctuation_for_the_figures():
    text = "Offer: 100k base + 40k commission. I make 120k now, so the base is 20k less than what I earn."
    updates = read_answer(text, None, {}).updates
    assert updates["previous_earnings"] == 120000 and "previous_base" not in updates


def test_a_concern_told_unasked_is_followed_by_asking_for_anything_else():
    opening = read_answer("Offer from Thistle: £55k base. My friends all get company cars.", None, {})
    assert opening.updates["concern_unprompted"] is True
    slots = dict(OFFER_DONE, **opening.updates)
    assert "other_concern" in questions(slots)
    more = read_answer("Also the recruiter said fully remote but the letter says 3 office days", "other_concern",
                       slots)
    assert [r["key"] for r in more.updates["reasons"]] == ["friends_perks", "changed_terms"]


def test_another_offer_in_an_opening_is_a_reason_even_without_cue_words():
    text = "offer from Brightline: 140k base 60k variable. I also have Cobalt's signed offer at 230k OTE."
    updates = read_answer(text, None, {}).updates
    assert "competing_offer" in [r["key"] for r in updates["reasons"]]


def test_a_reason_told_again_keeps_the_specific_telling():
    opening = read_answer("Something changed since the interviews.", None, {})
    slots = dict(OFFER_DONE, **opening.updates)
    more = read_answer("Every interviewer said 25% travel, but the letter says 70% travel", "other_concern", slots)
    (changed,) = [r for r in more.updates["reasons"] if r["key"] == "changed_terms"]
    assert "travel" in changed["said"]


def test_another_language_gets_a_clear_answer_and_fills_nothing():
    intake = read_answer("Hola, tengo una oferta de trabajo pero el salario es bajo", "concern", {})
    assert set(intake.updates) <= {"misses"} and "English" in intake.messages[0]


def test_a_very_long_message_is_read_in_part_with_a_note():
    intake = read_answer("It's a pay cut. " + "blah " * 5000, "concern", dict(OFFER_DONE))
    assert "first 2,000 characters" in intake.messages[0]
    assert intake.updates["reasons"][0]["key"] == "below_previous_earnings"


def test_markup_never_reaches_a_name():
    company = read_answer("<b>Acme</b> <script>x</script>", "company", {}).updates["company"]
    assert company and not set("<>{}") & set(company) and "script" not in company


def test_a_correction_without_the_figure_asks_for_it_again():
    intake = read_answer("go back, I gave the wrong base", "concern", dict(OFFER_DONE), "correct_value", 0.9)
    assert intake.updates["offer_base"] is None
    assert "offer_base" in questions({**OFFER_DONE, **intake.updates})[:3]



# ---- what people type ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, asked", [
    ("none. wait, how did you get 91,520?", "offer_variable"),
    ("what do you mean? like a screenshot?", "evidence"),
    ("like send them my payslip?", "evidence"),
    ("why does that matter?", "previous_earnings"),
    ("is a non-guaranteed bonus a problem?", "offer_variable"),
    ("will they pull the offer if I ask?", "accept_as_is"),
    ("what if they say no?", "accept_as_is"),
])
def test_a_question_is_answered_and_nothing_is_taken_from_it(text, asked):
    intake = read_answer(text, asked, dict(OFFER_DONE))
    assert intake.messages and not any(m.startswith("Sorry, is that") for m in intake.messages)
    assert set(intake.updates) <= {"misses"}


def test_what_do_you_mean_about_a_screenshot_is_about_proof_not_out_of_scope():
    (answer,) = read_answer("what do you mean? like a screenshot?", "evidence", {}).messages
    assert "pay stub" in answer and "tax" not in answer


def test_a_statement_with_a_tag_is_still_an_answer():
    assert read_answer("95k, right?", "offer_base", {}).updates["offer_base"] == 95_000


@pytest.mark.parametrize("text, condition", [
    ("only if the travel comes down", "travel"), ("not unless they fix the hours", "hours"),
    ("honestly not at 50%, I have a toddler", "other"), ("not if I have to relocate", "relocation"),
    ("I'd sign the other one if they can't come closer", "other"),
])
def test_a_conditional_answer_is_a_no_with_its_condition(text, condition):
    updates = read_answer(text, "accept_as_is", dict(OFFER_DONE)).updates
    assert updates["accept_as_is"] == "no" and updates["conditions"] == {"accept_as_is": condition}


def test_yes_but_gets_one_short_question_back_then_the_answer_is_taken():
    first = read_answer("yes but I'd rather not", "accept_as_is", dict(OFFER_DONE))
    assert "accept_as_is" not in first.updates and first.updates["pending"] == "yes_but"
    second = read_answer("no", "accept_as_is", {**OFFER_DONE, **first.updates})
    assert second.updates["accept_as_is"] == "no" and second.updates["pending"] is None


def test_taking_the_other_offer_and_accepting_this_one_is_asked_about_once():
    slots = dict(OFFER_DONE, would_choose_other="yes")
    first = read_answer("yes", "accept_as_is", slots)
    assert first.updates["pending"] == "which_offer" and "accept_as_is" not in first.updates
    second = read_answer("the other one", "accept_as_is", {**slots, **first.updates})
    assert second.updates["accept_as_is"] == "no"


def test_the_same_question_is_never_asked_a_third_time():
    slots = dict(OFFER_DONE)
    first = read_answer("banana", "accept_as_is", slots)
    assert "accept_as_is" not in first.updates and first.updates["misses"] == {"accept_as_is": 1}
    second = read_answer("purple", "accept_as_is", {**slots, **first.updates})
    assert second.updates["accept_as_is"] == "unsure" and "not sure" in second.messages[-1]


def test_a_total_given_twice_for_the_base_is_taken_as_the_whole_package():
    first = read_answer("about 110k all in", "offer_base", {})
    second = read_answer("like I said, 110k all in", "offer_base", first.updates)
    assert second.updates["offer_base"] == 110_000 and second.updates["offer_variable"] == 0


@pytest.mark.parametrize("text, asked, slots, field, value", [
    ("sorry, I meant 95k", "offer_variable", {"offer_base": 90_000.0, "last_answered": "offer_base"}, "offer_base",
     95_000),
    ("no no, the BASE is 95k", "previous_earnings", {"offer_base": 90_000.0}, "offer_base", 95_000),
])
def test_a_correction_changes_the_field_it_names_not_the_one_asked(text, asked, slots, field, value):
    intake = read_answer(text, asked, slots)
    assert intake.updates[field] == value and asked not in intake.updates


def test_already_signed_asks_nothing_more():
    intake = read_answer("i signed it yesterday", "concern", dict(OFFER_DONE))
    assert intake.updates == {"signed": True}


@pytest.mark.parametrize("text, updates", [
    ("That's right", {"facts_confirmed": "yes"}),
    ("Change something", {"change_wanted": True}),
    ("the base is 95k", {"offer_base": 95_000}),
    ("the company is Loopwise", {"company": "Loopwise"}),
    ("I don't have it in writing yet", {"competing_offer_in_writing": "no"}),
    ("not sure", {"facts_confirmed": "yes"}),
])
def test_the_list_of_facts_is_confirmed_or_corrected(text, updates):
    got = read_answer(text, "facts_confirmed", dict(OFFER_DONE, competing_offer=140_000.0)).updates
    assert {name: got.get(name) for name in updates} == updates


def test_hours_corrected_at_the_list_rework_the_hourly_base():
    slots = {"offer_base": 99_840.0, "hourly": {"offer_base": {"rate": 48.0, "hours": 40, "currency": "USD"}}}
    got = read_answer("no, it's 36 hours a week not 40, three 12s", "facts_confirmed", slots).updates
    assert got["offer_base"] == 89_856


@pytest.mark.parametrize("text, answer", [
    ("if they can't move I'd still take it", "yes"),
    ("I'd take Tessellate if they can't get closer", "no"),
    ("if Brightline can't move i'd probably not take it", "no"),
    ("I have a signed 140k offer from Stork Labs that I'd take if Puffin can't get closer", "no"),
])
def test_what_they_would_do_if_nothing_moves_is_read_from_the_opening(text, answer):
    assert read_answer(text, None, {"other_company": "Tessellate"}).updates["accept_as_is"] == answer


def test_a_concern_with_a_question_tagged_on_is_read_and_the_question_answered():
    intake = read_answer("Another company told me they'd send an offer for 130k next week, can I use that?", "concern",
                         dict(OFFER_DONE))
    assert intake.updates["reasons"][0]["key"] == "competing_offer" and "bluff" in intake.messages[0]


def test_a_term_they_would_like_changed_is_a_concern_weighed_not_dropped():
    intake = read_answer("the start date, i wanted march 1 so i can take a break", "concern", dict(OFFER_DONE))
    assert [reason["key"] for reason in intake.updates["reasons"]] == ["changed_terms"]
