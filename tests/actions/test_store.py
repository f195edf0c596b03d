"""The case store: the repository, its migrations, and checking the database before anything uses it."""
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


def test_the_rounds_are_kept_with_the_case_and_another_wording_keeps_them(database_url):
    repo = CaseRepository(database_url)
    rounds = [{"round": 1, "when": "2026-12-03", "reply": None, "verdict": "negotiate", "leverage": [],
               "draft_kind": "counter"}]
    repo.save("c2", facts={}, checks=[], verdict="negotiate", draft="Hi", draft_style="default", history=rounds)
    repo.save("c2", facts={}, checks=[], verdict="negotiate", draft="Subject: Hi", draft_style="email")
    assert repo.load("c2").history == rounds
    repo.delete("c2")


def test_a_case_stored_before_rounds_were_kept_gets_an_empty_history(database_url):
    from alembic import command
    from alembic.config import Config
    from actions.store.db import engine_for
    from actions.store.schema import MIGRATIONS

    engine = engine_for(database_url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
        connection.exec_driver_sql(
            "INSERT INTO coach_cases (sender_id, facts, checks, created_at, updated_at) "
            "VALUES ('old', '{}', '[]', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
        command.upgrade(config, "head")
    assert CaseRepository(database_url).load("old").history == []


def test_sqlite_runs_in_wal_mode_with_a_busy_timeout(tmp_path):
    repo = CaseRepository(f"sqlite:///{tmp_path / 'w.db'}")
    with repo.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000


def test_check_names_the_database_it_cannot_open():
    with pytest.raises(StoreUnavailable, match="/proc/no-such-dir/coach.db"):
        check(UNREACHABLE)


@pytest.mark.parametrize("url", [UNREACHABLE, "postgresql://coach:secret@127.0.0.1:1/coach"])
def test_serve_refuses_to_start_without_its_database(url):
    env = dict(os.environ, COACH_DB_URL=url)
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "serve.py"), "run"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 3
    assert "Cannot open the coach's database" in result.stderr
    assert "secret" not in result.stderr  # the database is named, its password is not


def test_migrations_build_the_same_table_the_model_describes(database_url):
    import sqlalchemy as sa
    from actions.store.models import CaseRecord
    repo = CaseRepository(database_url)
    columns = {c["name"] for c in sa.inspect(repo.engine).get_columns("coach_cases")}
    assert columns == {c.name for c in CaseRecord.__table__.columns}
    assert "coach_alembic_version" in sa.inspect(repo.engine).get_table_names()


def test_sqlite_connections_are_pooled_with_their_pragmas(tmp_path, monkeypatch):
    import sqlalchemy as sa
    from serving.tracker_store import CoachTrackerStore

    url = f"sqlite:///{tmp_path / 'pooled.db'}"
    monkeypatch.setenv("COACH_DB_URL", url)
    for engine in (CaseRepository(url).engine, CoachTrackerStore().engine):
        assert isinstance(engine.pool, sa.pool.QueuePool)
        with engine.connect() as first:
            raw = first.connection.dbapi_connection
            assert first.exec_driver_sql("PRAGMA busy_timeout").scalar() == 30000
        with engine.connect() as second:
            assert second.connection.dbapi_connection is raw  # the same connection, not a new one

