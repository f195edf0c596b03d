"""What serve.py checks and prepares before any server starts."""
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.services import require

ROOT = Path(__file__).resolve().parents[2]


def test_two_workers_without_redis_are_refused(tmp_path):
    env = dict(os.environ, SANIC_WORKERS="2", COACH_DB_URL=f"sqlite:///{tmp_path / 'coach.db'}",
               RASA_PORT="1", ACTIONS_PORT="1")
    env.pop("COACH_REDIS_URL", None)
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "serve.py"), "run"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "COACH_REDIS_URL" in result.stderr


def test_migrating_sqlite_creates_the_tables(tmp_path):
    url = f"sqlite:///{tmp_path / 'coach.db'}"
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "migrate.py")], cwd=ROOT, timeout=120,
                            env=dict(os.environ, COACH_DB_URL=url), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "coach_cases" in sa.inspect(sa.create_engine(url)).get_table_names()


@pytest.mark.parametrize("step, table", [("from scripts.migrate import migrate as step", "coach_cases"),
                                         ("from actions.store.db import check as step", "coach_store_check")])
def test_coaches_preparing_a_fresh_postgres_database_together_all_succeed(step, table):
    base = os.environ.get("COACH_TEST_PG_URL")
    from tests.services import postgres_available
    require("PostgreSQL", postgres_available(base), 'set COACH_TEST_PG_URL (eval "$(scripts/services.sh)")')
    name = f"coach_migrate_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = base.rsplit("/", 1)[0] + "/" + name
    start_at = time.time() + 8  # every process imports first, then all migrate at the same moment
    code = (f"import sys, time; {step}; "
            f"time.sleep(max(0, {start_at} - time.time())); step(sys.argv[1])")
    try:
        processes = [subprocess.Popen([sys.executable, "-c", code, url], cwd=ROOT, stderr=subprocess.PIPE,
                                      text=True, env=dict(os.environ, PYTHONPATH=str(ROOT))) for _ in range(4)]
        failures = [process.communicate(timeout=120)[1] for process in processes if process.wait(timeout=120)]
        assert not failures, failures[0][-800:]
        engine = sa.create_engine(url)
        assert table in sa.inspect(engine).get_table_names()
        engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
