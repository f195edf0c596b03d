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
    # The window is the stored events from a checkpoint on, the checkpoint's snapshot read back in front of them.
    stored = list(window.events)[next(i for i, e in enumerate(window.events) if "coach_slots" in (e.metadata or {})):]
    assert list(whole.events)[-len(stored):] == stored
    assert all(isinstance(e, SlotSet) for e in list(window.events)[:-len(stored)])


def test_stock_rasa_reads_the_same_conversation_from_the_same_rows(store, database_url):
    asyncio.run(play(store, "long", 60))
    with store.engine.connect() as connection:
        checkpoints = connection.execute(sa.text("SELECT data FROM events WHERE intent_name = :mark"),
                                         {"mark": CHECKPOINT}).scalars().all()
        rows = connection.execute(sa.text("SELECT count(*) FROM events")).scalar()
    assert len(checkpoints) >= 3 and rows == sum(len(turn(n)) for n in range(60)) + len(checkpoints)  # a row each
    assert json.loads(checkpoints[-1])["metadata"]["coach_slots"]["offer_base"] == 90000.0
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


# A real candidate's long conversation: the draft, its follow-ups, a deletion asked for and called off, a new
# round, "show my case", start over, stop and resume, then more follow-ups; long enough to cross a dozen
# checkpoints.
LONG_CONVERSATION = [
    "hi, can you look at my offer?", "Regional sales manager", "Globex", "$90,000", "20k bonus",
    "I make 100k base plus 25k commission, 125k in total", "It's less than I earn in my current job, I'd be going backwards",
    "yes, my pay stubs", "yes I would", *["why?", "can you make it shorter?", "make it an email"] * 10,
    "delete my data", "no", "they came back with 95k", "show my case", "hi", "start over", "Engineer", "stop",
    "let's continue", "why?", "thanks", *["why?", "can you make it shorter?", "make it an email"] * 10,
]


@pytest.mark.e2e
def test_a_long_conversation_is_the_same_read_in_windows_as_read_whole(tmp_path):
    """Two coaches, one reading windows (the default) and one whole conversations as stock Rasa does
    (COACH_TRACKER_WINDOW=0), answer the same long conversation word for word and end with the same slots."""
    import contextlib
    import os
    import urllib.request

    from scripts.running import free_port, say, started_coach

    if not (ROOT / "models" / "coach.tar.gz").exists():
        pytest.fail("no trained model: run the tests through `make test`, which trains it first")

    def coach_env(name, window):
        env = dict(os.environ, RASA_PORT=str(free_port()), ACTIONS_PORT=str(free_port()), WEB_PORT=str(free_port()),
                   COACH_DB_URL=f"sqlite:///{tmp_path / name}.db", COACH_TRACKER_WINDOW=window)
        for name in ("RASA_AUTH_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "PUBLIC_PORT", "COACH_REDIS_URL"):
            env.pop(name, None)
        return env

    def slots(env, sender):
        url = f"http://127.0.0.1:{env['RASA_PORT']}/conversations/{sender}/tracker"
        with urllib.request.urlopen(url, timeout=60) as response:
            return json.loads(response.read())["slots"]

    windowed, whole = coach_env("windowed", ""), coach_env("whole", "0")
    with contextlib.ExitStack() as stack:
        for env in (windowed, whole):
            stack.enter_context(started_coach(env, log=tmp_path / f"{env['RASA_PORT']}.log"))
        for text in LONG_CONVERSATION:
            assert say(windowed, "long", text) == say(whole, "long", text), text
        assert slots(windowed, "long") == slots(whole, "long")
    engine = sa.create_engine(f"sqlite:///{tmp_path / 'windowed'}.db")
    with engine.connect() as connection:
        assert connection.execute(sa.text("SELECT count(*) FROM events WHERE intent_name = :mark"),
                                  {"mark": CHECKPOINT}).scalar() >= 8
    engine.dispose()
