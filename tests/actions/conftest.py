"""Trackers, a dispatcher and a case for calling the actions directly, without a Rasa server."""
import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher


def make_tracker(text="", slots=None, intent="inform_offer", confidence=0.9, entities=None, channel="rest"):
    return Tracker.from_dict({
        "sender_id": "candidate-1",
        "slots": dict(slots or {}),
        "latest_message": {"text": text, "intent": {"name": intent, "confidence": confidence},
                           "entities": entities or []},
        "events": [{"event": "user", "text": text, "input_channel": channel}],
        "paused": False, "followup_action": None,
        "active_loop": {"name": "coach_form"},
        "latest_action_name": "action_listen",
    })


@pytest.fixture
def dispatcher():
    return CollectingDispatcher()


@pytest.fixture(autouse=True)
def case_store(tmp_path, monkeypatch):
    monkeypatch.setenv("COACH_DB_URL", f"sqlite:///{tmp_path / 'coach.db'}")


PAY_CUT = {"role": "Account Executive", "company": "Northwind", "offer_base": 85000.0, "offer_variable": 35000.0,
           "previous_earnings": 130000.0, "concern": "It's a pay cut", "evidence": "yes, pay stubs",
           "accept_as_is": "yes", "facts_confirmed": True,
           "reasons": [{"key": "below_previous_earnings", "said": "It's a pay cut", "misstated": False}]}


def run(action, dispatcher, tracker):
    return asyncio.run(action.run(dispatcher, tracker, {}))


def slot_sets(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}
