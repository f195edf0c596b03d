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


def _postgres_database(base_url: str, name: str) -> str:
    """A new empty database on the test server, so each test starts clean."""
    import sqlalchemy as sa
    admin = sa.create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return base_url.rsplit("/", 1)[0] + "/" + name


def postgres_available(url) -> bool:
    import sqlalchemy as sa
    if not url:
        return False
    try:
        engine = sa.create_engine(url)
        engine.connect().close()
        engine.dispose()
        return True
    except Exception:
        return False


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """The same store tests against both databases the coach supports."""
    import os
    import uuid
    from tests.services import require
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    base = os.environ.get("COACH_TEST_PG_URL")
    require("PostgreSQL", postgres_available(base), "set COACH_TEST_PG_URL (eval \"$(scripts/services.sh)\")")
    return _postgres_database(base, f"coach_{uuid.uuid4().hex[:12]}")
