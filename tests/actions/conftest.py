"""Trackers and a dispatcher for calling the actions directly, without a Rasa server."""
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
