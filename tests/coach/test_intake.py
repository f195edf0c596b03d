"""One answer at a time: what gets filled, what is said back, which questions remain."""
from hypothesis import given, settings, strategies as st

from actions.coach.intake import MAX_CHARS, clean, questions, read_answer

OFFER_DONE = {"role": "AE", "company": "Acme", "offer_base": 85000.0, "offer_variable": 35000.0}


def test_the_offer_questions_come_first_in_order():
    assert questions({}) == ["role", "company", "offer_base", "offer_variable", "previous_earnings", "concern"]


def test_skipped_questions_are_not_asked():
    assert questions({"declined": ["role", "company"]})[:1] == ["offer_base"]


def test_follow_ups_depend_on_the_reasons():
    slots = dict(OFFER_DONE, concern="pay cut", reasons=[{"key": "below_previous_earnings", "said": "pay cut"}])
    assert questions(slots)[6:] == ["evidence", "accept_as_is"]
    slots = dict(OFFER_DONE, concern="other offer", reasons=[{"key": "competing_offer", "said": "other offer"}])
    assert questions(slots)[6:] == ["competing_offer", "competing_offer_in_writing", "would_choose_other",
                                    "accept_as_is"]


def test_no_reason_means_no_follow_ups():
    assert questions(dict(OFFER_DONE, concern="nothing", reasons=[])) == [
        "role", "company", "offer_base", "offer_variable", "previous_earnings", "concern"]


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
    assert read_answer("sorry, actually my base is 90k", "concern", slots).updates["offer_base"] == 90000


def test_new_facts_after_the_verdict_clear_it_for_a_new_decision():
    slots = dict(OFFER_DONE, verdict="accept", draft="x", leverage=[], weak_reasons=[])
    updates = read_answer("actually the base is 80k", None, slots).updates
    assert updates["offer_base"] == 80000 and updates["verdict"] is None and updates["draft"] is None


def test_yes_no_answers():
    assert read_answer("Honestly yes, I'd still take it", "accept_as_is", {}).updates["accept_as_is"] == "yes"
    assert read_answer("it's only verbal so far", "competing_offer_in_writing", {}).updates[
        "competing_offer_in_writing"] == "no"


def test_a_side_question_is_left_to_the_rules():
    assert read_answer("are you a bot?", "concern", {}, "bot_challenge", 0.95).side_step
    assert not read_answer("are you a bot?", "concern", {}, "bot_challenge", 0.5).side_step


def test_nonsense_for_a_figure_is_asked_again_and_stores_nothing():
    intake = read_answer("purple", "offer_base", {})
    assert "offer_base" not in intake.updates and intake.messages


def test_absurd_amounts_are_refused():
    for text in ("-5000", "0", "1e309", "a billion trillion"):
        intake = read_answer(text, "offer_base", {})
        assert intake.updates.get("offer_base") is None, text
        assert intake.messages, text


def test_empty_and_control_characters():
    assert read_answer("   \x00\x07 ", "offer_base", {}).messages
    assert clean("a\x00b\nc") == "a b c"
    assert len(clean("x" * 50000)) == MAX_CHARS


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
    assert intake.updates == {} and "English" in intake.messages[0]


def test_a_very_long_message_is_read_in_part_with_a_note():
    intake = read_answer("It's a pay cut. " + "blah " * 5000, "concern", dict(OFFER_DONE))
    assert "first 2,000 characters" in intake.messages[0]
    assert intake.updates["reasons"][0]["key"] == "below_previous_earnings"


def test_markup_never_reaches_a_name():
    company = read_answer("<b>Acme</b> <script>x</script>", "company", {}).updates["company"]
    assert company and not set("<>{}") & set(company) and "script" not in company


def test_a_correction_without_the_figure_asks_for_it_again():
    intake = read_answer("go back, I gave the wrong base", "concern", dict(OFFER_DONE), "correct_value", 0.9,
                         field="offer_base")
    assert intake.updates["offer_base"] is None
    assert "offer_base" in questions({**OFFER_DONE, **intake.updates})[:3]


def test_the_case_reads_everything_said_about_concerns():
    from actions.coach.intake import case_from
    case = case_from({"concern": "The letter doesn't match the interviews.", "other_concern": "I'm fine with it."})
    assert "fine with it" in case.concern
