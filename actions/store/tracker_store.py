"""Rasa's SQL tracker store, pointed at COACH_DB_URL, that refuses to run without its database.

Stock Rasa logs a failed database and carries on with conversations in memory, which vanish on
restart. This store checks the database before Rasa uses it and stops the server with a clear error
naming it instead. (Loaded by the Rasa server: endpoints.yml names this class.)
"""
import logging
import os
import sys
from typing import Any, Optional

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from sqlalchemy.engine import make_url

from .db import StoreUnavailable, sqlite_pragmas, check, database_url, describe

logger = logging.getLogger(__name__)

EXIT_STORE_UNAVAILABLE = 3
ERASE_SLOT = "erase_now"  # set by action_delete_data


class CoachTrackerStore(SQLTrackerStore):
    def __init__(self, domain: Optional[Domain] = None, host: Optional[str] = None,
                 event_broker: Optional[EventBroker] = None, **kwargs: Any) -> None:
        url = database_url()
        try:
            check(url)
        except StoreUnavailable as error:
            # Rasa catches exceptions here and falls back to memory, so leave the process instead.
            message = f"{error}\nThe coach will not keep conversations only in memory; fix COACH_DB_URL and start again."
            logger.critical(message)
            print(message, file=sys.stderr, flush=True)
            os._exit(EXIT_STORE_UNAVAILABLE)
        parsed = make_url(url)
        super().__init__(domain=domain, dialect=parsed.drivername, host=parsed.host, port=parsed.port,
                         db=parsed.database, username=parsed.username, password=parsed.password,
                         query=dict(parsed.query) or None, event_broker=event_broker, **kwargs)
        if parsed.get_backend_name() == "sqlite":
            sa.event.listen(self.engine, "connect", sqlite_pragmas)
            self.engine.dispose()  # new connections get WAL and the busy timeout
        logger.info("Tracker store ready on %s", describe(url))

    async def save(self, tracker) -> None:
        # Deleting rows from inside an action doesn't work: at the end of the turn the stock store
        # re-inserts every event it doesn't find. So the erasure happens here, instead of the save.
        if tracker.get_slot(ERASE_SLOT):
            self.erase(tracker.sender_id)
            return
        await super().save(tracker)

    def erase(self, sender_id: str) -> None:
        with self.session_scope() as session:
            session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            session.commit()
        logger.info("Erased a conversation on request")
