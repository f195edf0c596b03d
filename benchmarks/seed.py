"""Many stored candidates for the benchmark: copies of one real conversation, and its case, under new ids.

The copies are made inside the database (INSERT ... SELECT over a series of numbers), so 100,000 candidates
take seconds, not the hours a coach would need to talk to them. Each copy is the first `rows` events of a
conversation the coach really had in this run (the first few turns: a candidate who came and went), and
the same case row; the measured candidates then talk to a coach whose tables hold all of them.
"""
from typing import List, Tuple

import sqlalchemy as sa

SEED_PREFIX = "seed-"
EVENT_COLUMNS = ("type_name", "timestamp", "intent_name", "action_name", "data")


def create_tables(url: str) -> None:
    """Rasa's events table (with the coach's index) and the coach's own tables, as the servers make them."""
    from rasa.core.tracker_store import SQLTrackerStore

    from scripts.migrate import migrate
    from serving.tracker_store import create_window_index

    engine = sa.create_engine(url)
    try:
        SQLTrackerStore.Base.metadata.create_all(engine)
        with engine.begin() as connection:
            create_window_index(connection)
    finally:
        engine.dispose()
    migrate(url)


def template(url: str, sender_prefix: str, rows: int) -> Tuple[List[tuple], dict]:
    """The first `rows` events of a conversation whose sender starts with `sender_prefix`, and its case."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as connection:
            sender = connection.execute(sa.text("SELECT sender_id FROM events WHERE sender_id LIKE :p LIMIT 1"),
                                        {"p": sender_prefix + "%"}).scalar()
            if not sender:
                raise LookupError(f"no conversation of {sender_prefix}* in {url}")
            events = [tuple(row) for row in connection.execute(
                sa.text(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events WHERE sender_id = :s ORDER BY id LIMIT :n"),
                {"s": sender, "n": rows})]
            case = connection.execute(sa.text("SELECT * FROM coach_cases WHERE sender_id = :s"), {"s": sender}).first()
            return events, dict(case._mapping) if case else {}
    finally:
        engine.dispose()


def _series(postgres: bool) -> str:
    """The numbers 0 .. :n - 1 as a table s(n)."""
    if postgres:
        return "generate_series(0, :n - 1) AS s(n)"
    return "(WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < :n - 1) SELECT n FROM s) AS s"


def _sender(postgres: bool) -> str:
    """The copy's sender id, made from its number s.n."""
    return f"'{SEED_PREFIX}' || CAST(s.n AS TEXT)" if postgres else f"'{SEED_PREFIX}' || s.n"


def _copy_events(connection, postgres: bool, events: List[tuple], candidates: int) -> None:
    connection.execute(sa.text("CREATE TEMPORARY TABLE seed_template (position INTEGER, type_name TEXT, "
                               "timestamp FLOAT, intent_name TEXT, action_name TEXT, data TEXT)"))
    connection.execute(sa.text("INSERT INTO seed_template VALUES (:p, :t, :ts, :i, :a, :d)"),
                       [{"p": p, "t": e[0], "ts": e[1], "i": e[2], "a": e[3], "d": e[4]} for p, e in enumerate(events)])
    connection.execute(sa.text(
        f"INSERT INTO events (sender_id, {', '.join(EVENT_COLUMNS)}) "
        f"SELECT {_sender(postgres)}, t.type_name, t.timestamp, t.intent_name, t.action_name, t.data "
        f"FROM {_series(postgres)} CROSS JOIN seed_template t ORDER BY s.n, t.position"), {"n": candidates})
    connection.execute(sa.text("DROP TABLE seed_template"))


def _copy_case(connection, postgres: bool, case: dict, candidates: int) -> None:
    first = SEED_PREFIX + "0"
    columns = [name for name in case if name != "sender_id"]
    connection.execute(sa.text(f"INSERT INTO coach_cases (sender_id, {', '.join(columns)}) "
                               f"VALUES (:sender_id, {', '.join(':' + name for name in columns)})"),
                       {**case, "sender_id": first})
    connection.execute(sa.text(
        f"INSERT INTO coach_cases (sender_id, {', '.join(columns)}) "
        f"SELECT {_sender(postgres)}, {', '.join('c.' + name for name in columns)} "
        f"FROM {_series(postgres)} CROSS JOIN coach_cases c WHERE c.sender_id = :first AND s.n > 0"),
        {"n": candidates, "first": first})


def _vacuum(engine) -> None:
    # What autovacuum would otherwise start on its own right after such a load, in the middle of the
    # measured turns: a store that has held its candidates for a while has been vacuumed and analysed.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(sa.text("VACUUM (ANALYZE) events"))
        connection.execute(sa.text("VACUUM (ANALYZE) coach_cases"))
        try:
            connection.execute(sa.text("CHECKPOINT"))  # superusers only (pg_checkpoint from 15)
        except sa.exc.DBAPIError:
            pass


def seed(url: str, events: List[tuple], case: dict, candidates: int) -> int:
    """Stores `candidates` copies of the template's events and case; returns the number of event rows."""
    engine = sa.create_engine(url)
    postgres = engine.dialect.name == "postgresql"
    try:
        with engine.begin() as connection:
            _copy_events(connection, postgres, events, candidates)
            if case:
                _copy_case(connection, postgres, case, candidates)
        if postgres:
            _vacuum(engine)
        return len(events) * candidates
    finally:
        engine.dispose()
