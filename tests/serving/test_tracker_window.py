"""A turn reads a window of the conversation (serving/tracker_store.py): the same slots and the same recent
states for the policies as the whole conversation, every event still stored, and a conversation that stays
the same when stock Rasa reads it."""
import asyncio
import json
from pathlib import Path

import pytest
import sqlalchemy as sa
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SlotSet, UserUttered

from serving import tracker_store
from serving.tracker_store import CHECKPOINT, CoachTrackerStore

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = Domain.load(str(ROOT / "domain.yml"))
STATES_THE_RULES_READ = 4  # the longest rule of the trained model; the test compares twice that


def user(text, intent):
    return UserUttered(text, {"name": intent, "confidence": 0.9}, parse_data={"intent": {"name": intent,
                                                                                         "confidence": 0.9}})


def turn(number):
    """One turn as the coach plays them: a form for the first few, follow-ups after, a few slots each time."""
    if number == 0:
        return [ActionExecuted("action_session_start"), ActionExecuted("action_listen"),
                user("hi, can you look at my offer?", "greet"), ActionExecuted("utter_intro"),
                BotUttered("Hi, I'm an offer coach."), ActionExecuted("coach_form"), ActiveLoop("coach_form"),
                SlotSet("requested_slot", "role"), ActionExecuted("action_listen")]
    if number < 4:
        return [user(f"answer {number}", "inform_offer"), ActionExecuted("coach_form"),
                SlotSet(["role", "company", "offer_base"][number - 1], ["Engineer", "Globex", 90000.0][number - 1]),
                SlotSet("requested_slot", ["company", "offer_base", None][number - 1]),
                *([ActiveLoop(None), ActionExecuted("action_assess"), SlotSet("verdict", "negotiate")]
                  if number == 3 else []),
                BotUttered(f"question {number}"), ActionExecuted("action_listen")]
    return [user("why?", "ask_why"), ActionExecuted("action_follow_up"), SlotSet("last_answered", f"why {number}"),
            BotUttered(f"because {number}"), ActionExecuted("action_listen")]


async def play(store, sender, turns):
    """Each turn as Rasa plays it: read the tracker, add the turn's events, save it."""
    for number in range(turns):
        tracker = await store.retrieve(sender) if number else None
        if tracker is None:
            tracker = store.init_tracker(sender)
        for event in turn(number):
            tracker.update(event)
        await store.save(tracker)


@pytest.fixture
def store(database_url, monkeypatch):
    monkeypatch.setenv("COACH_DB_URL", database_url)
    monkeypatch.setenv("COACH_TRACKER_WINDOW", "30")  # small, so that a few dozen turns cross several
    return CoachTrackerStore(domain=DOMAIN)


def test_a_window_has_the_whole_conversations_slots_and_recent_states(store):
    asyncio.run(play(store, "long", 60))
    window = asyncio.run(store.retrieve("long"))
    whole = asyncio.run(store.retrieve_full_tracker("long"))
    assert len(window.events) < len(whole.events) / 3
    assert window.current_slot_values() == whole.current_slot_values()
    assert window.get_slot("offer_base") == 90000.0 and window.get_slot("last_answered") == "why 59"
    recent = 2 * STATES_THE_RULES_READ
    assert window.past_states(DOMAIN)[-recent:] == whole.past_states(DOMAIN)[-recent:]
    assert list(whole.events)[-len(window.events):] == list(window.events)  # a suffix of the same events


def test_stock_rasa_reads_the_same_conversation_from_the_same_rows(store, database_url):
    asyncio.run(play(store, "long", 60))
    with store.engine.connect() as connection:
        checkpoints = connection.execute(sa.text("SELECT count(*) FROM events WHERE intent_name = :mark"),
                                         {"mark": CHECKPOINT}).scalar()
    assert checkpoints >= 3
    stock = SQLTrackerStore.__new__(SQLTrackerStore)  # stock's reading, on the same engine
    stock.engine, stock.sessionmaker, stock.domain = store.engine, store.sessionmaker, DOMAIN
    stock.event_broker = None
    read_by_stock = asyncio.run(SQLTrackerStore.retrieve(stock, "long"))
    replayed = store.init_tracker("long")
    for number in range(60):
        for event in turn(number):
            replayed.update(event)
    assert read_by_stock.current_slot_values() == replayed.current_slot_values()
    assert read_by_stock.past_states(DOMAIN) == replayed.past_states(DOMAIN)  # checkpoints add no state
    not_slots = [[e for e in events if not isinstance(e, SlotSet)] for events in (read_by_stock.events, replayed.events)]
    assert not_slots[0] == not_slots[1]  # only slot events were added, and they set what was already set


def test_no_checkpoint_while_a_form_is_active(store):
    async def stay_in_the_form():
        tracker = store.init_tracker("form")
        for event in turn(0):
            tracker.update(event)
        await store.save(tracker)
        for number in range(40):
            tracker = await store.retrieve("form")
            for event in [user(f"hmm {number}", "out_of_scope"), ActionExecuted("coach_form"),
                          BotUttered("again?"), ActionExecuted("action_listen")]:
                tracker.update(event)
            await store.save(tracker)
        return tracker

    asyncio.run(stay_in_the_form())
    with store.engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM events WHERE intent_name = :mark"),
                                  {"mark": CHECKPOINT}).scalar() == 0
    assert len(asyncio.run(store.retrieve("form")).events) == len(asyncio.run(store.retrieve_full_tracker("form")).events)


def test_saving_stores_each_new_event_once_as_stock_rasa_would(store):
    asyncio.run(play(store, "s", 3))
    tracker = asyncio.run(store.retrieve("s"))
    tracker.update(user("my base is 91k", "correct_value"))
    asyncio.run(store.save(tracker))
    asyncio.run(store.save(tracker))  # saved twice: nothing new the second time
    with store.engine.connect() as connection:
        rows = connection.execute(sa.text("SELECT type_name, intent_name, action_name, data FROM events "
                                          "WHERE sender_id = 's' ORDER BY id")).all()
    assert len(rows) == sum(len(turn(n)) for n in range(3)) + 1
    last = rows[-1]
    assert (last.type_name, last.intent_name, json.loads(last.data)["text"]) == ("user", "correct_value",
                                                                                  "my base is 91k")


def test_a_window_of_zero_reads_every_event(database_url, monkeypatch):
    monkeypatch.setenv("COACH_DB_URL", database_url)
    monkeypatch.setenv("COACH_TRACKER_WINDOW", "0")
    store = CoachTrackerStore(domain=DOMAIN)
    asyncio.run(play(store, "long", 60))
    assert len(asyncio.run(store.retrieve("long")).events) == sum(len(turn(n)) for n in range(60))
    assert tracker_store.window_events() == 0
