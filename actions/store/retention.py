"""Retention: what nobody has written to for COACH_RETENTION_DAYS (default 90) is deleted.

A conversation is kept for that long after its last event (Rasa's `events` table, whose timestamps are
the moments things happened), and a case (`coach_cases`) for that long after it last changed, unless its
conversation is still going. The coach runs this itself: scripts/serve.py starts

    python -m actions.store.retention

at start-up and then every COACH_PURGE_EVERY seconds (default hourly). COACH_RETENTION_DAYS=0 keeps
everything. Deleted data is scrubbed like an erasure on request (actions/store/db.py `scrub`).
"""
import datetime as dt
import logging
import os
import sys
import time
from dataclasses import dataclass
from typing import Optional

import sqlalchemy as sa

from .db import database_url, engine_for, scrub
from .models import CaseRecord

logger = logging.getLogger(__name__)

DEFAULT_DAYS = 90.0
EVENTS = sa.table("events", sa.column("sender_id", sa.String), sa.column("timestamp", sa.Float))


@dataclass(frozen=True)
class Purged:
    conversations: int
    events: int
    cases: int


def retention_days() -> float:
    return float(os.environ.get("COACH_RETENTION_DAYS") or DEFAULT_DAYS)


def purge(url: str, days: float, now: Optional[float] = None) -> Purged:
    """Deletes conversations whose last event, and cases whose last change, is more than `days` old."""
    cutoff = (time.time() if now is None else now) - days * 86400
    engine = engine_for(url)
    try:
        tables = set(sa.inspect(engine).get_table_names())
        conversations = events = cases = 0
        with engine.begin() as connection:
            if "events" in tables:
                stale = (sa.select(EVENTS.c.sender_id).group_by(EVENTS.c.sender_id)
                         .having(sa.func.max(EVENTS.c.timestamp) < cutoff))
                conversations = len(connection.execute(stale).all())
                events = connection.execute(EVENTS.delete().where(EVENTS.c.sender_id.in_(stale.scalar_subquery()))
                                            ).rowcount
            if CaseRecord.__tablename__ in tables:
                cases_table = CaseRecord.__table__
                abandoned = cases_table.c.updated_at < dt.datetime.fromtimestamp(cutoff, dt.timezone.utc)
                if "events" in tables:
                    abandoned &= cases_table.c.sender_id.not_in(sa.select(EVENTS.c.sender_id).distinct())
                cases = connection.execute(cases_table.delete().where(abandoned)).rowcount
        if events or cases:
            scrub(engine)
        return Purged(conversations, events, cases)
    finally:
        engine.dispose()


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s - %(message)s")
    days = retention_days()
    if days <= 0:
        return 0
    try:
        purged = purge(database_url(), days)
    except Exception as error:  # the next run tries again; the servers are not affected
        logger.error("Retention purge failed (%s)", type(error).__name__)
        return 1
    if purged.events or purged.cases:
        logger.info("Retention (%g days): deleted %d conversations (%d events) and %d cases", days,
                    purged.conversations, purged.events, purged.cases)
    return 0


if __name__ == "__main__":
    sys.exit(main())
