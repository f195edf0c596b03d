"""After the verdict: the employer's answer of every kind, new facts, questions, and the case kept, through REST."""
import pytest

from scripts.running import say

pytestmark = pytest.mark.e2e

STEP_BACK = {"role": "Account Executive", "company": "Northwind", "offer_base": "85k", "offer_variable": "35k",
             "previous_earnings": "92k base plus 30k commission, 122k last year",
             "concern": "it's a step back from what I make now", "evidence": "my W-2 and pay stubs"}


def counter_first(conversation, accept_as_is="yes, I'd still take it"):
    conversation.say("hi, I have an offer")
    slots = conversation.answer({**STEP_BACK, "accept_as_is": accept_as_is})
    assert slots["verdict"] == "negotiate" and slots["draft_kind"] == "counter" and slots["round"] == 1
    return slots


@pytest.mark.parametrize("report, answer, reply, kind, words", [
    ("they said yes to everything!", None, "agreed", "acceptance", "updated terms"),
    ("hr came back w 88k base, i asked for 92", None, "partial", "acceptance", "$88,000"),
    ("they said they can't go higher", None, "declined", "acceptance", "accept"),
    ("they want my payslip", None, "proof_requested", "proof", "attached"),
    ("they need an answer by friday", None, "deadline", "nudge", "timeline"),
    ("recruiter ghosted me for a week", None, "silent", "nudge", "follow"),
    ("they rescinded it!!", None, "withdrawn", "closing", "stay in touch"),
])
def test_every_kind_of_answer_gets_its_advice_and_draft(conversation, report, answer, reply, kind, words):
    counter_first(conversation)
    conversation.say(report)
    slots = conversation.slots()
    assert (slots["employer_reply"], slots["round"], slots["draft_kind"]) == (reply, 2, kind)
    assert words in slots["draft"] and len(slots["draft"].split()) <= 150


def test_a_no_to_a_real_deal_breaker_gets_a_warm_decline(conversation):
    counter_first(conversation, accept_as_is="no, not at that number")
    conversation.say("they said the budget is fixed")
    slots = conversation.slots()
    assert slots["draft_kind"] == "decline" and "stay in touch" in slots["draft"]


def test_unsure_after_a_no_is_asked_and_then_helped(conversation):
    counter_first(conversation, accept_as_is="not sure")
    conversation.say("they said no, can't move")
    assert conversation.slots()["requested_slot"] == "accept_as_is"
    conversation.say("yes, I'd take it")
    slots = conversation.slots()
    assert slots["draft_kind"] == "acceptance" and slots["employer_reply"] == "declined"


def test_the_other_offer_arriving_in_writing_changes_the_advice(conversation):
    conversation.say("hi")
    slots = conversation.answer({"role": "skip", "company": "skip", "offer_base": "120k", "offer_variable": "none",
                                 "previous_earnings": "110k", "concern": "nothing really"})
    assert slots["verdict"] == "accept"
    replies = conversation.say("ok, company B just emailed me the written offer, 170k total")
    slots = conversation.answer({"would_choose_other": "yes, I'd go", "accept_as_is": "no"})
    assert slots["verdict"] == "negotiate" and slots["leverage"] == ["competing_offer"]
    assert "$170,000" in slots["draft"] and slots["round"] == 1
    assert any("changes my advice" in reply for reply in sum(conversation.replies[-3:], []))


def test_questions_after_the_verdict_are_answered_without_touching_the_case(conversation):
    draft = counter_first(conversation)["draft"]
    for question in ("will they take the offer back if I ask for more?", "email or phone?",
                     "can I ask for a signing bonus instead of base?", "what about vacation, it wasn't discussed"):
        replies = conversation.say(question)
        assert replies and "Sorry" not in replies[0]
        assert conversation.slots()["draft"] == draft


def test_why_twice_is_said_differently_the_second_time(conversation):
    counter_first(conversation)
    first, second = conversation.say("why?"), conversation.say("why?")
    assert first != second and len(" ".join(second)) < len(" ".join(first))


def test_the_case_is_shown_with_every_round(conversation):
    counter_first(conversation)
    conversation.say("they came back with 88k base")
    [shown] = [message["custom"]["summary"] for message in say(conversation.env, conversation.sender, "show my case")
               if message.get("custom")]
    rounds = [detail for name, detail in shown["rows"] if name.startswith("Round")]
    assert len(rounds) == 2 and "part of the way" in rounds[1]
    assert ["Offer base", "$88,000 a year"] in shown["rows"]
