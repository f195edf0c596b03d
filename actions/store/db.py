"""One database setting for everything the coach keeps: COACH_DB_URL (an SQLAlchemy URL).

The default is a SQLite file under var/. Engines are built on first use, never at import time, so
importing the actions does not touch the disk.
"""
import logging
import os
import time
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Iterator

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

logger = logging.getLogger(__name__)

DEFAULT_URL = "sqlite:///var/coach.db"
SCHEMA_LOCK_KEY = 0x0FFE_C0AC  # any constant shared by every coach; it names the lock, nothing else


class StoreUnavailable(RuntimeError):
    """The database named by COACH_DB_URL cannot be opened."""


def database_url() -> str:
    return os.environ.get("COACH_DB_URL") or DEFAULT_URL


def describe(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


CONNECT_TIMEOUT_SECONDS = 5  # a PostgreSQL that doesn't answer: the candidate hears so, instead of waiting
CHECKPOINT_ATTEMPTS = 20


def sqlite_pragmas(connection, _record):
    # Rasa and the action server write the same file: WAL lets readers and one writer work together,
    # and the busy timeout makes a second writer wait instead of failing. secure_delete overwrites what a
    # deletion removes with zeros, instead of leaving it in free pages.
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def scrub(engine: Engine) -> None:
    """After an erasure: on SQLite, the write-ahead log still holds the pages as they were before it, so
    they are copied back into the (zeroed) database and the log emptied. A reader in the middle of a
    transaction makes SQLite leave the log in place: tried again briefly.

    PostgreSQL keeps deleted rows in the table's pages until vacuum reuses them, and in its WAL until the
    segments are recycled; nothing a client can do about that (see the README)."""
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        for _ in range(CHECKPOINT_ATTEMPTS):
            busy = connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").first()[0]
            if not busy:
                return
            time.sleep(0.05)
    logger.warning("The database's write-ahead log was in use; it will be emptied at the next checkpoint")


def engine_for(url: str) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if not parsed.database or parsed.database == ":memory:":
            return sa.create_engine(url)
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        # SQLAlchemy 1.4 opens a new connection for every session on a SQLite file (NullPool), and each
        # one runs the pragmas again: a pool keeps them, as PostgreSQL's does. One user at a time per
        # connection (the pool's rule), so a connection may move between threads.
        engine = sa.create_engine(url, connect_args={"timeout": 30, "check_same_thread": False},
                                  poolclass=sa.pool.QueuePool, pool_size=5, max_overflow=10)
        sa.event.listen(engine, "connect", sqlite_pragmas)
        return engine
    connect_args = {"connect_timeout": CONNECT_TIMEOUT_SECONDS} if parsed.get_backend_name() == "postgresql" else {}
    return sa.create_engine(url, pool_pre_ping=True, pool_size=5, max_overflow=10, connect_args=connect_args)


@lru_cache(maxsize=None)
def shared_engine(url: str) -> Engine:
    return engine_for(url)


@contextmanager
def schema_lock(engine: Engine) -> Iterator[None]:
    """Around anything that creates tables: on PostgreSQL, coaches started together take turns, since its
    CREATE TABLE IF NOT EXISTS is not safe against a concurrent CREATE. SQLite serialises writers itself."""
    if engine.dialect.name != "postgresql":
        yield
        return
    with engine.connect() as connection:
        connection.execute(sa.text("SELECT pg_advisory_lock(:key)"), {"key": SCHEMA_LOCK_KEY})
        try:
            yield
        finally:
            connection.execute(sa.text("SELECT pg_advisory_unlock(:key)"), {"key": SCHEMA_LOCK_KEY})


def check(url: str) -> None:
    """Opens the database and writes to it once, or raises StoreUnavailable naming it."""
    try:
        engine = engine_for(url)
        with schema_lock(engine), engine.begin() as connection:
            connection.execute(sa.text("CREATE TABLE IF NOT EXISTS coach_store_check (id INTEGER)"))
        engine.dispose()
    except Exception as error:  # any driver error means the same thing to the user
        raise StoreUnavailable(f"Cannot open the coach's database {describe(url)}: {error}") from error
