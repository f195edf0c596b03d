"""Deletion that deletes, and retention: nothing of an erased candidate left in the database's files, and
what nobody touched for COACH_RETENTION_DAYS purged by the coach itself."""
import datetime as dt
import time
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from actions.store.models import CaseRecord
from actions.store.repository import CaseRepository
from actions.store.retention import Purged, purge
from scripts.running import started_coach
from serving.tracker_store import CoachTrackerStore
from tests.e2e.conftest import Conversation
from tests.security.conftest import coach_env, logged, needs_model

DAY = 86400


def raw_bytes(database: Path) -> bytes:
    """The database as it lies on disk: the file, its write-ahead log and shared memory, whatever SQLite says."""
    return b"".join(path.read_bytes() for path in database.parent.glob(database.name + "*"))


@pytest.mark.e2e
def test_an_erased_candidate_leaves_nothing_in_the_sqlite_files(tmp_path):
    needs_model()
    database = tmp_path / "coach.db"
    env = coach_env(f"sqlite:///{database}")
    env["COACH_TEST_LOG"] = str(tmp_path / "coach.log")
    with started_coach(env, log=tmp_path / "coach.log"):
        keep, erase = Conversation(env), Conversation(env)
        keep.say("hi")
        keep.say("Platypus wrangler")
        for text in ("hi", "Zanzibar sales lead", "Quokkaworks", "$123,457", "20k bonus", "delete my data", "yes"):
            erase.say(text)
        assert b"Quokkaworks" not in raw_bytes(database) and b"Zanzibar" not in raw_bytes(database)
        assert b"Platypus wrangler" in raw_bytes(database), "the other candidate's conversation is kept"
        assert f"Erased conversation {erase.sender} on request" in logged(env)


@pytest.mark.parametrize("store", ["tracker", "cases"])
def test_each_store_scrubs_after_an_erasure(tmp_path, monkeypatch, store):
    database = tmp_path / "coach.db"
    url = f"sqlite:///{database}"
    monkeypatch.setenv("COACH_DB_URL", url)
    if store == "cases":
        repository = CaseRepository(url)
        repository.save("gone", facts={"company": "Quokkaworks"}, checks=[], verdict="accept",
                        draft="Thanks, Quokkaworks", draft_style="default")
        repository.delete("gone")
    else:
        tracker_store = CoachTrackerStore()
        with tracker_store.session_scope() as session:
            session.add(tracker_store.SQLEvent(sender_id="gone", type_name="user", timestamp=time.time(),
                                               data='{"text": "Quokkaworks"}'))
            session.commit()
        tracker_store.erase("gone")
    assert b"Quokkaworks" not in raw_bytes(database)


def add_conversation(url: str, sender: str, last_seen: float) -> None:
    store = CoachTrackerStore()
    assert str(store.engine.url) == url
    with store.session_scope() as session:
        for offset in (3600, 0):
            session.add(store.SQLEvent(sender_id=sender, type_name="user", timestamp=last_seen - offset,
                                       data='{"text": "hello"}'))
        session.commit()


def add_case(url: str, sender: str, updated: float) -> None:
    CaseRepository(url).save(sender, facts={}, checks=[], verdict="accept", draft="Thanks", draft_style="default")
    engine = sa.create_engine(url)
    with engine.begin() as connection:
        connection.execute(CaseRecord.__table__.update().where(CaseRecord.__table__.c.sender_id == sender)
                           .values(updated_at=dt.datetime.fromtimestamp(updated, dt.timezone.utc)))
    engine.dispose()


def left(url: str):
    engine = sa.create_engine(url)
    with engine.connect() as connection:
        senders = {row[0] for row in connection.execute(sa.text("SELECT DISTINCT sender_id FROM events"))}
        cases = {row[0] for row in connection.execute(sa.text("SELECT sender_id FROM coach_cases"))}
    engine.dispose()
    return senders, cases


def test_retention_purges_what_nobody_touched_and_keeps_the_rest(database_url, monkeypatch):
    monkeypatch.setenv("COACH_DB_URL", database_url)
    now = time.time()
    add_conversation(database_url, "abandoned", now - 91 * DAY)
    add_case(database_url, "abandoned", now - 91 * DAY)
    add_conversation(database_url, "recent", now - 89 * DAY)
    add_case(database_url, "recent", now - 89 * DAY)
    add_conversation(database_url, "old-case-live-talk", now - 1 * DAY)  # the talk goes on: its case stays
    add_case(database_url, "old-case-live-talk", now - 200 * DAY)
    add_case(database_url, "case-without-talk", now - 100 * DAY)
    purged = purge(database_url, days=90, now=now)
    assert (purged.conversations, purged.events, purged.cases) == (1, 2, 2)
    assert left(database_url) == ({"recent", "old-case-live-talk"}, {"recent", "old-case-live-talk"})
    assert purge(database_url, days=90, now=now).events == 0, "nothing more the second time"


def test_retention_on_a_fresh_database_does_nothing(tmp_path):
    assert purge(f"sqlite:///{tmp_path / 'empty.db'}", days=90) == Purged(0, 0, 0)


@pytest.mark.e2e
def test_the_coach_purges_by_itself(tmp_path):
    needs_model()
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    CaseRepository(url)  # the tables, as a coach that ran before would have left them
    env = coach_env(url, COACH_RETENTION_DAYS="30", COACH_PURGE_EVERY="2")
    old = f"old-{uuid.uuid4().hex[:8]}"
    with started_coach(env, log=tmp_path / "coach.log"):
        chat = Conversation(env)
        chat.say("hi")  # a live conversation, which the purges must leave alone
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("COACH_DB_URL", url)
            add_conversation(url, old, time.time() - 31 * DAY)  # added while the coach runs: the next purge
            add_case(url, old, time.time() - 31 * DAY)
        deadline = time.monotonic() + 30
        while old in left(url)[0] | left(url)[1] and time.monotonic() < deadline:
            time.sleep(1)
        senders, cases = left(url)
        assert old not in senders and old not in cases
        assert chat.sender in senders
    assert "Retention (30 days): deleted 1 conversations (2 events) and 1 cases" in (tmp_path / "coach.log").read_text()
