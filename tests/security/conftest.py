"""Coaches for the security tests, as an outsider meets them: through the public door (nginx).

`public_coach` runs once on SQLite and once on PostgreSQL: every attack is tried on both. Its env carries
PUBLIC_PORT (the door), the loopback ports, and COACH_TEST_LOG, the coach's whole output, which the
tests read to check that nothing a candidate typed was logged.
"""
import os
import uuid

import pytest

from scripts.door import nginx
from scripts.running import started_coach
from tests.e2e.conftest import ROOT, free_port, with_door, without_outside_settings
from tests.services import database_url_for, require

NGINX_HOW = "the attacks come through the public door: apt-get install nginx"


def coach_env(db_url: str, **settings: str) -> dict:
    """A coach on free ports with its door, on `db_url`, with `settings` and nothing of the caller's own."""
    env = without_outside_settings(dict(os.environ, RASA_PORT=str(free_port()), ACTIONS_PORT=str(free_port()),
                                        WEB_PORT=str(free_port()), COACH_DB_URL=db_url))
    return with_door(dict(env, **settings))


def needs_model() -> None:
    if not (ROOT / "models" / "coach.tar.gz").exists():
        pytest.fail("no trained model: run the tests through `make test`, which trains it first")


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def public_coach(request, tmp_path_factory):
    require("nginx", nginx() is not None, NGINX_HOW)
    needs_model()
    tmp = tmp_path_factory.mktemp(f"public-{request.param}")
    env = coach_env(database_url_for(request, tmp))
    env["COACH_TEST_LOG"] = str(tmp / "coach.log")
    with started_coach(env, log=tmp / "coach.log"):
        yield env


def logged(env) -> str:
    with open(env["COACH_TEST_LOG"], encoding="utf-8", errors="replace") as log:
        return log.read()


def new_id(prefix: str = "sec") -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"
