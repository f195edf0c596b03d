"""Tests that need a service skip with a reason on a laptop without it, and fail in CI.

CI sets COACH_REQUIRE_SERVICES=1, which turns every such skip into a failure.
"""
import os
import uuid

import pytest


def require(what: str, available: bool, how: str) -> None:
    if available:
        return
    message = f"{what} is not available: {how}"
    if os.environ.get("COACH_REQUIRE_SERVICES") == "1":
        pytest.fail(message + " (COACH_REQUIRE_SERVICES=1: every test must run)")
    pytest.skip(message)


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


def database_url_for(request, tmp_path) -> str:
    """The same store tests against both databases the coach supports."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'store.db'}"
    base = os.environ.get("COACH_TEST_PG_URL")
    require("PostgreSQL", postgres_available(base), "set COACH_TEST_PG_URL (eval \"$(scripts/services.sh)\")")
    return _postgres_database(base, f"coach_{uuid.uuid4().hex[:12]}")
