"""The stores: the case repository, and refusing to run without the database."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from actions.store.db import StoreUnavailable, check
from actions.store.repository import CaseRepository

ROOT = Path(__file__).resolve().parents[2]
UNREACHABLE = "sqlite:////proc/no-such-dir/coach.db"


def test_a_case_is_saved_updated_and_deleted(database_url):
    repo = CaseRepository(database_url)
    repo.save("c1", facts={"offer_base": 1.0}, checks=[], verdict="accept", draft="Thanks", draft_style="default")
    repo.save("c1", facts={"offer_base": 2.0}, checks=[], verdict="negotiate", draft="Hi", draft_style="email")
    record = repo.load("c1")
    assert record.facts == {"offer_base": 2.0} and record.verdict == "negotiate" and record.draft_style == "email"
    assert repo.delete("c1") == 1 and repo.load("c1") is None


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path):
    repo = CaseRepository(f"sqlite:///{tmp_path / 'w.db'}")
    with repo.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_check_names_the_database_it_cannot_open():
    with pytest.raises(StoreUnavailable, match="/proc/no-such-dir/coach.db"):
        check(UNREACHABLE)


def test_the_tracker_store_stops_the_process_instead_of_falling_back_to_memory():
    env = dict(os.environ, COACH_DB_URL=UNREACHABLE, PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", "from actions.store.tracker_store import CoachTrackerStore;"
                             "CoachTrackerStore(); print('still running')"],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 3
    assert "still running" not in result.stdout
    assert "/proc/no-such-dir/coach.db" in result.stderr


@pytest.mark.parametrize("url", [UNREACHABLE, "postgresql://coach:secret@127.0.0.1:1/coach"])
def test_serve_refuses_to_start_without_its_database(url):
    env = dict(os.environ, COACH_DB_URL=url)
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "serve.py"), "run"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 3
    assert "Cannot open the coach's database" in result.stderr
    assert "secret" not in result.stderr  # the database is named, its password is not


def test_the_tracker_store_saves_retrieves_and_erases(database_url, monkeypatch):
    import asyncio
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from actions.store.tracker_store import CoachTrackerStore

    monkeypatch.setenv("COACH_DB_URL", database_url)
    domain = Domain.from_yaml("slots:\n  erase_now:\n    type: bool\n    mappings: [{type: custom}]\n")
    store = CoachTrackerStore(domain=domain)
    tracker = DialogueStateTracker.from_events("s1", [UserUttered("my base is 91k")], slots=domain.slots)
    asyncio.run(store.save(tracker))
    assert asyncio.run(store.retrieve("s1")).latest_message.text == "my base is 91k"
    tracker.update(SlotSet("erase_now", True))
    asyncio.run(store.save(tracker))
    assert asyncio.run(store.retrieve("s1")) is None


def test_migrations_build_the_same_table_the_model_describes(database_url):
    import sqlalchemy as sa
    from actions.store.models import CaseRecord
    repo = CaseRepository(database_url)
    columns = {c["name"] for c in sa.inspect(repo.engine).get_columns("coach_cases")}
    assert columns == {c.name for c in CaseRecord.__table__.columns}
    assert "coach_alembic_version" in sa.inspect(repo.engine).get_table_names()


def test_the_lock_store_is_in_memory_by_default(monkeypatch):
    from rasa.core.lock_store import InMemoryLockStore
    from actions.store.lock_store import CoachLockStore
    monkeypatch.delenv("COACH_REDIS_URL", raising=False)
    assert isinstance(CoachLockStore().inner, InMemoryLockStore)


def test_the_lock_store_uses_redis_when_configured(monkeypatch):
    import asyncio
    from actions.store.lock_store import CoachLockStore
    from tests.services import require
    url = os.environ.get("COACH_TEST_REDIS_URL")
    require("Redis", bool(url) and _redis_answers(url), "set COACH_TEST_REDIS_URL (eval \"$(scripts/services.sh)\")")
    monkeypatch.setenv("COACH_REDIS_URL", url)
    store = CoachLockStore()

    async def lock_once():
        async with store.lock("candidate-9"):
            assert store.inner.red.exists("coach:lock:candidate-9") or store.get_lock("candidate-9")
    asyncio.run(lock_once())


def test_an_unreachable_redis_stops_the_process():
    env = dict(os.environ, COACH_REDIS_URL="redis://127.0.0.1:1/0", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", "from actions.store.lock_store import CoachLockStore;"
                             "CoachLockStore(); print('still running')"],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 3 and "still running" not in result.stdout
    assert "Redis" in result.stderr


def _redis_answers(url):
    import redis
    try:
        return redis.Redis.from_url(url, socket_timeout=2).ping()
    except Exception:
        return False


def test_a_database_error_at_run_time_is_raised_naming_the_database_not_what_was_typed(tmp_path, monkeypatch):
    import asyncio
    import sqlalchemy as sa
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from actions.store.tracker_store import CoachTrackerStore

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


def test_sqlite_connections_are_pooled_with_their_pragmas(tmp_path, monkeypatch):
    import sqlalchemy as sa
    from actions.store.tracker_store import CoachTrackerStore

    url = f"sqlite:///{tmp_path / 'pooled.db'}"
    monkeypatch.setenv("COACH_DB_URL", url)
    for engine in (CaseRepository(url).engine, CoachTrackerStore().engine):
        assert isinstance(engine.pool, sa.pool.QueuePool)
        with engine.connect() as first:
            raw = first.connection.dbapi_connection
            assert first.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        with engine.connect() as second:
            assert second.connection.dbapi_connection is raw  # the same connection, not a new one
