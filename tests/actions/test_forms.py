"""validate_coach_form: the adapter between a tracker and the intake."""
import asyncio

from actions.forms import ValidateCoachForm
from tests.actions.conftest import make_tracker, slot_sets


def test_an_answer_fills_its_slot_and_is_said_back(dispatcher):
    tracker = make_tracker("$92,000", {"requested_slot": "offer_base"})
    events = asyncio.run(ValidateCoachForm().get_extraction_events(dispatcher, tracker, {}))
    assert slot_sets(events)["offer_base"] == 92000
    assert any("$92,000" in m["text"] for m in dispatcher.messages)


def test_an_unreadable_answer_keeps_the_question_open(dispatcher):
    tracker = make_tracker("dunno, lots?", {"requested_slot": "offer_base"})
    events = asyncio.run(ValidateCoachForm().get_extraction_events(dispatcher, tracker, {}))
    assert slot_sets(events)["offer_base"] is None and slot_sets(events)["misses"] == {"offer_base": 1}
    assert dispatcher.messages


def test_a_confident_command_extracts_nothing_so_the_rules_can_answer_it(dispatcher):
    tracker = make_tracker("please delete my data", {"requested_slot": "concern"}, intent="delete_data",
                           confidence=0.97)
    assert asyncio.run(ValidateCoachForm().get_extraction_events(dispatcher, tracker, {})) == []


def test_a_question_asked_back_is_answered_and_the_question_stays_open(dispatcher):
    tracker = make_tracker("are you a real person?", {"requested_slot": "concern"}, intent="bot_challenge",
                           confidence=0.97)
    events = slot_sets(asyncio.run(ValidateCoachForm().get_extraction_events(dispatcher, tracker, {})))
    assert events.get("concern") is None and dispatcher.messages


def test_required_slots_follow_the_reasons(dispatcher):
    slots = {"role": "AE", "company": "Acme", "offer_base": 1.0, "offer_variable": 0.0, "concern": "x",
             "reasons": [{"key": "competing_offer", "said": "x", "misstated": False}]}
    tracker = make_tracker("", slots)
    required = asyncio.run(ValidateCoachForm().required_slots([], dispatcher, tracker, {}))
    assert required[6:9] == ["competing_offer", "competing_offer_in_writing", "would_choose_other"]
    assert required[-2:] == ["accept_as_is", "facts_confirmed"]


def test_slots_the_form_does_not_ask_are_kept(dispatcher):
    slots = {"role": "AE", "company": "Acme", "offer_base": 85000.0, "offer_variable": 0.0,
             "requested_slot": "concern"}
    tracker = make_tracker("It's a pay cut compared to what I make now", slots, intent="concern_below_previous")
    events = slot_sets(asyncio.run(ValidateCoachForm().run(dispatcher, tracker, {"slots": {}, "forms": {}})))
    assert events["reasons"][0]["key"] == "below_previous_earnings"
    assert events["requested_slot"] == "previous_earnings"
