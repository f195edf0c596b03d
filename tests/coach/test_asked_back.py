"""Questions the candidate asks back: found in the message, told apart from doubtful answers, answered briefly."""
import pytest

from actions.coach.asked_back import (BOT, DEFAULT, EMAIL_OR_PHONE, HELP, MARKET, OUT_OF_SCOPE, PROOF, PULL,
                                      SAY_NO, SIGN_ON, answer_to, answers_to, questions_in, statement_in)

OFFER = {"offer_base": 85_000.0, "offer_variable": 35_000.0}


@pytest.mark.parametrize("text, found", [
    ("what do you mean? like a screenshot?", ["what do you mean?", "like a screenshot?"]),
    ("what if they say no?", ["what if they say no?"]),
    ("how did you get 91,520", ["how did you get 91,520"]),  # a question without its question mark
    ("I make 90k. Is that normal?", ["Is that normal?"]),
    ("are you a bot", ["are you a bot"]),
])
def test_the_questions_in_a_message_are_found_as_written(text, found):
    assert questions_in(text) == found


@pytest.mark.parametrize("text", ["85k?", "about 85k?", "95k, right?", "it's less than now, right?", "yes?", "no",
                                  "the base is 85k.", "", None])
def test_an_answer_said_with_doubt_is_not_a_question(text):
    assert questions_in(text) == []


@pytest.mark.parametrize("question, answer", [
    ("are you a bot?", BOT),
    ("do I pay tax on the bonus?", OUT_OF_SCOPE),
    ("will they pull the offer?", PULL),
    ("what if they say no?", SAY_NO),
    ("should I call or email?", EMAIL_OR_PHONE),
    ("can I ask for a sign-on bonus instead?", SIGN_ON),
    ("like a screenshot?", PROOF),
    ("is that a good offer?", MARKET),
    ("what can you do?", HELP),
    ("what's the weather?", DEFAULT),
])
def test_each_topic_gets_its_own_short_answer(question, answer):
    assert answer_to(question, "offer_base", OFFER) == answer


def test_what_do_you_mean_explains_the_question_being_asked():
    assert answer_to("what do you mean?", "offer_variable", {}).startswith("I'm asking for commission or bonus")
    assert answer_to("what do you mean?", None, {}) == HELP


def test_how_a_figure_was_worked_out_is_shown_from_the_facts():
    slots = {"offer_base": 91_520.0, "hourly": {"offer_base": {"rate": 44.0, "hours": 40, "currency": "USD"}}}
    assert answer_to("how did you get 91,520?", "offer_variable", slots) == (
        "I worked it out from what you told me: The offer: $44 an hour at 40 hours a week, $91,520 a year base.")


def test_a_particular_question_beside_a_vague_one_gets_only_the_particular_answer():
    assert answers_to(["what do you mean?", "like a screenshot?"], "evidence", {}) == [PROOF]


def test_two_questions_on_one_topic_get_one_answer():
    assert answers_to(["are you a bot?", "are you human?"], None, {}) == [BOT]


@pytest.mark.parametrize("text, statement", [
    ("Another company told me they'd send an offer for 130k next week, can I use that?",
     "Another company told me they'd send an offer for 130k next week"),
    ("I make 80k, is that low?", "I make 80k"),
    ("what do you mean? like a screenshot?", ""),
    ("is 85k good?", ""),
])
def test_what_a_message_states_besides_what_it_asks(text, statement):
    assert statement_in(text) == statement
