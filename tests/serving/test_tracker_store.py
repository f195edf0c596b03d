"""The conversation store the Rasa server uses: saves and erases on request, and never runs without its database."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from actions.store.db import StoreUnavailable

ROOT = Path(__file__).resolve().parents[2]
UNREACHABLE = "sqlite:////proc/no-such-dir/coach.db"


def test_the_tracker_store_stops_the_process_instead_of_falling_back_to_memory():
    env = dict(os.environ, COACH_DB_URL=UNREACHABLE, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", "from serving.tracker_store import CoachTrackerStore;"
                             "CoachTrackerStore(); print('still running')"],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 3
    assert "still running" not in result.stdout
    assert "/proc/no-such-dir/coach.db" in result.stderr


def test_the_tracker_store_saves_retrieves_and_erases(database_url, monkeypatch):
    import asyncio
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from serving.tracker_store import CoachTrackerStore

    monkeypatch.setenv("COACH_DB_URL", database_url)
    domain = Domain.from_yaml("slots:\n  erase_now:\n    type: bool\n    mappings: [{type: custom}]\n")
    store = CoachTrackerStore(domain=domain)
    tracker = DialogueStateTracker.from_events("s1", [UserUttered("my base is 91k")], slots=domain.slots)
    asyncio.run(store.save(tracker))
    assert asyncio.run(store.retrieve("s1")).latest_message.text == "my base is 91k"
    tracker.update(SlotSet("erase_now", True))
    asyncio.run(store.save(tracker))
    assert asyncio.run(store.retrieve("s1")) is None


def test_a_database_error_at_run_time_is_raised_naming_the_database_not_what_was_typed(tmp_path, monkeypatch):
    import asyncio
    import sqlalchemy as sa
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from serving.tracker_store import CoachTrackerStore

    url = f"sqlite:///{tmp_path / 'coach.db'}"
    monkeypatch.setenv("COACH_DB_URL", url)
    domain = Domain.from_yaml("slots:\n  erase_now:\n    type: bool\n    mappings: [{type: custom}]\n")
    store = CoachTrackerStore(domain=domain)
    tracker = DialogueStateTracker.from_events("s1", [UserUttered("my base is 91k")], slots=domain.slots)
    asyncio.run(store.save(tracker))
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(sa.text("DROP TABLE events"))  # the database breaks under the running store
    engine.dispose()
    for failing in (store.retrieve("s1"), store.save(tracker), store.keys()):
        with pytest.raises(StoreUnavailable) as raised:
            asyncio.run(failing)
        assert str(tmp_path / "coach.db") in str(raised.value) and "91k" not in str(raised.value)
        assert raised.value.__cause__ is None and raised.value.__suppress_context__  # no SQL in tracebacks
