"""Rasa's SQL tracker store, pointed at COACH_DB_URL, that refuses to run without its database.

Stock Rasa logs a failed database and carries on with conversations in memory, which vanish on
restart. This store checks the database before Rasa uses it and stops the server with a clear error
naming it instead; later, a database error is raised as `StoreUnavailable`, which the channels turn into
a message to the candidate (serving/durable_store.py keeps Rasa from swapping the store for memory).
(Loaded by the Rasa server: endpoints.yml names this class.)

A turn loads a window of the conversation, not all of it. Sessions never expire here, so a returning
candidate's conversation only grows, and stock Rasa reads, decodes and replays every event of it on every
turn, and then hands all of them to the policies (which rebuild a state for each past action) and to the
action server (the whole tracker, on each call): a turn's cost grew with the conversation's length. Here:

- every COACH_TRACKER_WINDOW events or so (default 40; 0 turns windows off), at the end of a turn, when no
  form is active and the conversation isn't paused, the store appends a *checkpoint* to the conversation:
  one SlotSet that sets a slot to the value it already has, carrying in its metadata the value of every
  slot that has been set. Replayed, it changes nothing, so the conversation, as stock Rasa or the HTTP API
  reads it, is the same; it is marked in the `intent_name` column (`coach:checkpoint`);
- a turn loads the events from the second-to-last checkpoint on, the checkpoint's snapshot read back as a
  SlotSet for each slot in front of them (in memory only): every slot is right, and at least one whole
  stretch of conversation (COACH_TRACKER_WINDOW events, a dozen actions or more) comes after it, so the
  policies see the same recent states as with the whole conversation (the rules look at most 4 states
  back; MemoizationPolicy has learnt nothing, there are no stories), and the action server gets the same
  slots, latest message and events since the last user message, the only ones our actions and rasa-sdk's
  forms read;
- a save inserts the new events in one statement, knowing how many it loaded, instead of first counting
  the conversation's stored events (a query over all of them) and adding each event through the ORM;
- every row stays in `events`: the HTTP API's tracker, the erasure and the retention purge see all of them.

Both databases read a window through an index on (sender_id, id), created here if missing.
"""
import functools
import itertools
import json
import logging
import os
import time
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import sqlalchemy as sa
from rasa.core.brokers.broker import EventBroker
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, Event, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY
from sqlalchemy.engine import make_url
from sqlalchemy.orm import sessionmaker

from actions.store.db import StoreUnavailable, check, database_url, describe, engine_for, schema_lock, scrub
from serving.refuse import refuse_to_start

logger = logging.getLogger(__name__)

ERASE_SLOT = "erase_now"  # set by action_delete_data
WINDOW_VARIABLE = "COACH_TRACKER_WINDOW"
DEFAULT_WINDOW_EVENTS = 40
# A checkpoint needs this many actions since the last one: the rules match at most 4 states back, and the
# window (from the checkpoint before the last) always holds a whole stretch, so three times that and more.
MIN_ACTIONS_BETWEEN_CHECKPOINTS = 12
CHECKPOINT = "coach:checkpoint"  # in intent_name, on a checkpoint's row
SNAPSHOT = "coach_slots"  # in its metadata: every slot that has been set, and its value
WINDOW_INDEX = "coach_ix_events_sender_id_id"


def window_events() -> int:
    return max(0, int(os.environ.get(WINDOW_VARIABLE) or DEFAULT_WINDOW_EVENTS))


def create_window_index(connection: Any) -> None:
    """The index a window is read through (SQLite's index on sender_id would do, PostgreSQL's would not)."""
    connection.execute(sa.text(f"CREATE INDEX IF NOT EXISTS {WINDOW_INDEX} ON events (sender_id, id)"))


@dataclass
class Loaded:
    """What a windowed load read: how many events the tracker had then (the rows, and the snapshot's SlotSets in
    front of them), and how many rows of them came after the last checkpoint."""
    events: int
    since_checkpoint: int


def row_for(sender_id: str, event: Event, intent_name: Optional[str] = None) -> Dict[str, Any]:
    """An event as stock Rasa's SQLTrackerStore.save() stores it."""
    data = event.as_dict()
    return {"sender_id": sender_id, "type_name": event.type_name, "timestamp": data.get("timestamp"),
            "intent_name": intent_name or (data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY)),
            "action_name": data.get("name"), "data": json.dumps(data)}


def checkpoint_row(tracker: DialogueStateTracker) -> Optional[Dict[str, Any]]:
    """A SlotSet that sets a slot to the value it has, with every set slot's value in its metadata; None when
    no slot has been set (a fresh tracker then restores everything)."""
    slots = {slot.name: slot.value for slot in tracker.slots.values() if slot.has_been_set}
    if not slots:
        return None
    name = next(iter(slots))
    return row_for(tracker.sender_id, SlotSet(name, slots[name], timestamp=time.time(), metadata={SNAPSHOT: slots}),
                   intent_name=CHECKPOINT)


def restored(events: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """A window's events, its first checkpoint's snapshot in front of them as one SlotSet a slot."""
    snapshot = (events[0].get("metadata") or {}).get(SNAPSHOT) or {}
    timestamp = events[0].get("timestamp")
    return [SlotSet(name, value, timestamp=timestamp).as_dict() for name, value in snapshot.items()] + events


def checkpoint_due(tracker: DialogueStateTracker, since: int, window: int) -> bool:
    if since < window or tracker.latest_action_name != ACTION_LISTEN_NAME:
        return False
    if tracker.active_loop_name or tracker.is_paused() or tracker.followup_action:
        return False  # a form's state (and a pause) would need more than slots to restore
    recent = itertools.islice(tracker.events, max(0, len(tracker.events) - since), None)
    return sum(isinstance(event, ActionExecuted) for event in recent) >= MIN_ACTIONS_BETWEEN_CHECKPOINTS


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
        self.window = window_events()
        with schema_lock(self.engine), self.engine.begin() as connection:
            create_window_index(connection)
        logger.info("Tracker store ready on %s", self.described_url)

    @_unavailable_on_database_errors
    async def _retrieve(self, sender_id: str, fetch_events_from_all_sessions: bool):
        if fetch_events_from_all_sessions or not self.window:
            return await super()._retrieve(sender_id, fetch_events_from_all_sessions)
        return self._retrieve_window(sender_id)

    def _retrieve_window(self, sender_id: str) -> Optional[DialogueStateTracker]:
        events = self.SQLEvent.__table__
        start = (sa.select(events.c.id).where(events.c.sender_id == sender_id, events.c.intent_name == CHECKPOINT)
                 .order_by(events.c.id.desc()).limit(1).offset(1).scalar_subquery())
        query = (sa.select(events.c.intent_name, events.c.data)
                 .where(events.c.sender_id == sender_id, events.c.id >= sa.func.coalesce(start, 0))
                 .order_by(events.c.id))
        with self.session_scope() as session:
            rows = session.execute(query).all()
        if not rows or not self.domain:
            return None
        events = [json.loads(row.data) for row in rows]
        if rows[0].intent_name == CHECKPOINT:
            events = restored(events)
        tracker = DialogueStateTracker.from_dict(sender_id, events, self.domain.slots)
        last = max((i for i, row in enumerate(rows) if row.intent_name == CHECKPOINT), default=None)
        tracker.coach_loaded = Loaded(events=len(events), since_checkpoint=len(rows) - (last or 0))
        return tracker

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
        loaded: Optional[Loaded] = getattr(tracker, "coach_loaded", None)
        if loaded is None:  # not read through a window (a new conversation, the API's full tracker)
            await super().save(tracker)
            return
        await self.stream_events(tracker)  # as stock Rasa's save (nothing without an event broker)
        new = list(itertools.islice(tracker.events, loaded.events, None))
        rows = [row_for(tracker.sender_id, event) for event in new]
        since = loaded.since_checkpoint + len(new)
        checkpoint = checkpoint_row(tracker) if checkpoint_due(tracker, since, self.window) else None
        if checkpoint:
            rows.append(checkpoint)
            since = 0
        if rows:
            with self.session_scope() as session:
                session.execute(self.SQLEvent.__table__.insert(), rows)
                session.commit()
        # The same tracker saved again (the HTTP API's /execute, say) adds only what came after.
        tracker.coach_loaded = Loaded(events=len(tracker.events), since_checkpoint=since)

    def erase(self, sender_id: str) -> None:
        with self.session_scope() as session:
            erased = session.query(self.SQLEvent).filter(self.SQLEvent.sender_id == sender_id).delete()
            session.commit()
        scrub(self.engine)
        logger.info("Erased conversation %s on request (%d events)", sender_id, erased)
