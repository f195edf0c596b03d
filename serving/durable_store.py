"""Rasa never swaps the coach's conversation store for memory (applied by scripts/rasa_server.py).

Stock Rasa 3.6 does it in two places, each time with only a line in the log:
- a tracker store class named in endpoints.yml that fails to import becomes an InMemoryTrackerStore;
- every store is wrapped in a FailSafeTrackerStore: on a database error at run time it saves the
  conversation to memory (lost at restart) and reads back nothing, so the candidate starts again.
Here the first stops the server, saying why, and the store is used unwrapped: a database error reaches
the channel, which tells the candidate to send the message again (channels/guard.py), and nothing
is kept anywhere but the database. On a Rasa this was not written for, the server refuses to start rather
than run without the guarantee.
"""
from typing import Optional

from rasa.core.agent import Agent
from rasa.core.tracker_store import InMemoryTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain

from serving.rasa_internals import mismatch
from serving.refuse import refuse_to_start

REFUSED = ("The conversation store in endpoints.yml could not be loaded, and Rasa would keep conversations "
           "only in memory: the coach will not. Is the project root on PYTHONPATH (make run sets it)?")


def tracker_store_for(store: Optional[TrackerStore], domain: Domain) -> Optional[TrackerStore]:
    if isinstance(store, InMemoryTrackerStore):
        refuse_to_start(REFUSED)
    if store is None:
        return Agent._stock_create_tracker_store(store, domain)  # an agent with no model (DELETE /model)
    store.domain = domain
    return store


def apply() -> None:
    why_not = mismatch()
    if why_not:
        refuse_to_start(f"{why_not}: the coach can't make sure this Rasa keeps conversations in its database")
    if not hasattr(Agent, "_stock_create_tracker_store"):
        Agent._stock_create_tracker_store = Agent._create_tracker_store
    Agent._create_tracker_store = staticmethod(tracker_store_for)
