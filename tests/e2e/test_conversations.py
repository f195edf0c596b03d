"""Whole conversations against the real servers, as a candidate would have them."""
import pytest

pytestmark = pytest.mark.e2e


def test_first_message_gets_the_introduction_and_a_question(conversation):
    replies = conversation.say("hello")
    assert any("delete my data" in reply for reply in replies)
    assert conversation.slots()["requested_slot"] == "role"


def test_a_real_pay_cut_gets_a_counter_with_the_figures(conversation):
    conversation.say("hi, can you look at my offer?")
    slots = conversation.answer({
        "role": "Regional sales manager", "company": "Globex",
        "offer_base": "$90,000", "offer_variable": "20k bonus",
        "concern": "It's less than I earn in my current job, I'd be going backwards",
        "previous_earnings": "I make 100k base plus 25k commission, 125k in total",
        "evidence": "yes, my pay stubs", "accept_as_is": "yes I would",
    })
    assert slots["offer_base"] == 90000 and slots["offer_variable"] == 20000
    assert slots["previous_earnings"] == 125000
    assert slots["verdict"] == "negotiate"
    assert slots["leverage"] == ["below_previous_earnings"]
    assert "$125,000" in slots["draft"] and "Globex" in slots["draft"]


def test_always_negotiate_advice_leads_to_an_acceptance(conversation):
    conversation.say("hey")
    slots = conversation.answer({
        "role": "skip", "company": "skip", "offer_base": "70k", "offer_variable": "none",
        "concern": "my dad says you should always counter the first offer",
        "previous_earnings": "60,000", "accept_as_is": "yes",
    })
    assert slots["verdict"] == "accept"
    assert "always_negotiate" in slots["weak_reasons"]
    assert slots["leverage"] == []
    assert "accept" in slots["draft"].lower()


def test_an_opening_paragraph_is_not_asked_again(conversation):
    conversation.say("I got an offer for an SDR role at Initech: $65k base plus $25k OTE commission. "
                     "Nothing stands in the way, I want to take it.")
    slots = conversation.slots()
    assert slots["offer_base"] == 65000 and slots["offer_variable"] == 25000
    assert slots["requested_slot"] not in ("offer_base", "offer_variable")


def test_figures_are_said_back_as_statements(conversation):
    conversation.say("hi")
    conversation.say("Account manager")
    conversation.say("Umbrella")
    replies = conversation.say("$40 an hour")
    assert any("$83,200" in reply and "?" not in reply for reply in replies)
    assert conversation.slots()["offer_base"] == 83200


def test_bad_amounts_are_refused_and_asked_again(conversation):
    conversation.say("hi")
    conversation.say("skip")
    conversation.say("skip")
    replies = conversation.say("-5000")
    assert replies, "the coach must answer"
    slots = conversation.slots()
    assert slots["offer_base"] is None and slots["requested_slot"] == "offer_base"


def test_a_side_question_does_not_lose_the_place(conversation):
    conversation.say("hello")
    conversation.say("Sales engineer")
    replies = conversation.say("are you a bot?")
    assert any("bot" in reply.lower() for reply in replies)
    assert conversation.slots()["requested_slot"] == "company"
    assert conversation.slots()["role"] == "Sales engineer"


def test_variants_after_the_draft(conversation):
    conversation.say("hi")
    conversation.answer({"role": "skip", "company": "skip", "offer_base": "80k", "offer_variable": "none",
                         "concern": "nothing, it's great"})
    replies = conversation.say("can you make it an email?")
    assert any(reply.startswith("Subject:") for reply in replies)
    assert conversation.slots()["draft"].startswith("Subject:")


@pytest.mark.parametrize("command, asked", [("forget me", "delete_confirmed"), ("start over", "role"),
                                            ("stop", None)])
def test_a_plain_command_is_obeyed_in_the_middle_of_a_question(conversation, command, asked):
    conversation.say("hello")
    conversation.say("Account executive")
    assert conversation.slots()["requested_slot"] == "company"
    conversation.say(command)
    slots = conversation.slots()
    assert slots["company"] is None  # never taken as the answer
    assert slots["requested_slot"] == asked


def test_a_company_named_like_a_command_is_still_the_company(conversation):
    conversation.say("hello")
    conversation.say("Account executive")
    conversation.say("Forget Me Not Florists")
    slots = conversation.slots()
    assert slots["company"] == "Forget Me Not Florists"
    assert slots["requested_slot"] == "offer_base"
