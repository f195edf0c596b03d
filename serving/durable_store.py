"""Rasa never swaps the coach's conversation store for memory (applied by scripts/rasa_server.py).

Stock Rasa 3.6 does it in two places, each time with only a line in the log:
- a tracker store class named in endpoints.yml that fails to import becomes an InMemoryTrackerStore;
- every store is wrapped in a FailSafeTrackerStore: on a database error at run time it saves the
  conversation to memory (lost at restart) and reads back nothing, so the candidate starts again.
Here the first stops the server, saying why, and the store is used unwrapped: a database error reaches
the channel, which tells the candidate to send the message again (channels/unreachable.py), and nothing
is kept anywhere but the database.
"""
import logging
import os
import sys
from typing import Optional

from rasa.core.agent import Agent
from rasa.core.tracker_store import InMemoryTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain

logger = logging.getLogger(__name__)

EXIT_NO_DURABLE_STORE = 3
REFUSED = ("The conversation store in endpoints.yml could not be loaded, and Rasa would keep conversations "
           "only in memory: the coach will not. Is the project root on PYTHONPATH (make run sets it)?")


def tracker_store_for(store: Optional[TrackerStore], domain: Domain) -> Optional[TrackerStore]:
    if isinstance(store, InMemoryTrackerStore):
        logger.critical(REFUSED)
        print(f"error: {REFUSED}", file=sys.stderr, flush=True)
        os._exit(EXIT_NO_DURABLE_STORE)  # inside Sanic's start-up: an exception would only be logged
    if store is None:
        return Agent._stock_create_tracker_store(store, domain)  # an agent with no model (DELETE /model)
    store.domain = domain
    return store


def apply() -> None:
    if not hasattr(Agent, "_stock_create_tracker_store"):
        Agent._stock_create_tracker_store = Agent._create_tracker_store
    Agent._create_tracker_store = staticmethod(tracker_store_for)
