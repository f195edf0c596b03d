"""Rasa's SQL tracker store, pointed at COACH_DB_URL, that refuses to run without its database.

Stock Rasa logs a failed database and carries on with conversations in memory, which vanish on
restart. This store checks the database before Rasa uses it and stops the server with a clear error
naming it instead; later, a database error is raised as `StoreUnavailable`, which the channels turn into
a message to the candidate (serving/durable_store.py keeps Rasa from swapping the store for memory).
(Loaded by the Rasa server: endpoints.yml names this class.)
"""
import functools
import logging
from typing import Any, Optional

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from actions.store.db import StoreUnavailable, check, database_url, describe, engine_for, scrub
from serving.refuse import refuse_to_start

logger = logging.getLogger(__name__)

ERASE_SLOT = "erase_now"  # set by action_delete_data


def _unavailable_on_database_errors(method):
    """A database error at run time becomes StoreUnavailable, naming the database and the kind of error.

    Only the kind: SQLAlchemy's own message quotes the statement's parameters, which are what the
    candidate typed.
    """
    @functools.wraps(method)
    async def wrapper(self: "CoachTrackerStore", *args: Any, **kwargs: Any) -> Any:
        try:
            return await method(self, *args, **kwargs)
        except (sa.exc.SQLAlchemyError, OSError) as error:
            kind = type(getattr(error, "orig", None) or error).__name__
            raise StoreUnavailable(f"The coach's database {self.described_url} failed ({kind})") from None
    return wrapper


class CoachTrackerStore(SQLTrackerStore):
    def __init__(self, domain: Optional[Domain] = None, host: Optional[str] = None,
                 event_broker: Optional[EventBroker] = None, **kwargs: Any) -> None:
        url = database_url()
        try:
            check(url)
        except StoreUnavailable as error:
            refuse_to_start(f"{error}\nThe coach will not keep conversations only in memory; fix COACH_DB_URL "
                            "and start again.")
        parsed = make_url(url)
        self.described_url = describe(url)
        super().__init__(domain=domain, dialect=parsed.drivername, host=parsed.host, port=parsed.port,
                         db=parsed.database, username=parsed.username, password=parsed.password,
                         query=dict(parsed.query) or None, event_broker=event_broker, **kwargs)
        # Rasa's engine made the tables; ours serves: on SQLite it pools connections (Rasa's opens one per
        # session) with WAL and the busy timeout, on PostgreSQL it checks a pooled connection before using it
        # (after a restart of the database the first turn would fail otherwise) and gives up connecting after
        # a few seconds instead of holding the candidate.
        self.engine.dispose()
        self.engine = engine_for(url)
        self.sessionmaker = sessionmaker(bind=self.engine)
        logger.info("Tracker store ready on %s", self.described_url)

    @_unavailable_on_database_errors
    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool):
        return await super()._retrieve(sender_id, fetch_events_from_all_sessions)

    @_unavailable_on_database_errors
    async def keys(self):
        return await super().keys()

    @_unavailable_on_database_errors
    async def save(self, tracker) -> None:
        # Deleting rows from inside an action doesn't work: at the end of the turn the stock store
        # re-inserts every event it doesn't find. So the erasure happens here, instead of the save.
        if tracker.get_slot(ERASE_SLOT):
            self.erase(tracker.sender_id)
            return
        await super().save(tracker)

    def erase(self, sender_id: str) -> None:
        with self.session_scope() as session:
            erased = session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            session.commit()
        scrub(self.engine)
        logger.info("Erased conversation %s on request (%d events)", sender_id, erased)
