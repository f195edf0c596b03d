"""Scale-out: two coaches on one PostgreSQL database and one Redis serve the same candidates.

Coach A is one Rasa process, coach B runs two Sanic workers (SANIC_WORKERS=2); each has its own action
server; both are started by scripts/serve.py, as in production, with the same COACH_DB_URL and
COACH_REDIS_URL. A candidate whose turns alternate between them must be coached exactly as by one.
"""
import concurrent.futures
import json
import os
import signal
import subprocess
import sys
import threading
import urllib.request
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from benchmarks.candidates import COACH_ANSWERS, COACH_EXPECTED, COACH_FOLLOW_UPS, COACH_OPENING
from scripts.running import say, wait_until_ready
from tests.services import postgres_available
from tests.e2e.conftest import free_port
from tests.services import require

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
CANDIDATES = 20
HOW = 'set COACH_TEST_PG_URL and COACH_TEST_REDIS_URL (eval "$(scripts/services.sh)")'


def _redis_answers(url):
    try:
        import redis
        return redis.Redis.from_url(url, socket_timeout=2).ping()
    except Exception:
        return False


@pytest.fixture(scope="module")
def shared_stores():
    """A fresh PostgreSQL database and the test Redis, both shared by the two coaches."""
    pg, redis_url = os.environ.get("COACH_TEST_PG_URL"), os.environ.get("COACH_TEST_REDIS_URL")
    require("PostgreSQL", postgres_available(pg), HOW)
    require("Redis", bool(redis_url) and _redis_answers(redis_url), HOW)
    name = f"coach_scale_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    try:
        yield pg.rsplit("/", 1)[0] + "/" + name, redis_url
    finally:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def _stop(process):
    """serve.py stops its servers on SIGTERM; if it hangs, its group is killed. Never the group of a serve.py
    already reaped: its pid may be another process's by now."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=40)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
    process.wait()


@pytest.fixture(scope="module")
def coaches(shared_stores, tmp_path_factory):
    """Coach A (one process) and coach B (two workers), started together, stopped at the end."""
    db_url, redis_url = shared_stores
    if not (ROOT / "models" / "coach.tar.gz").exists():
        pytest.fail("no trained model: run the tests through `make test`, which trains it first")
    logs = tmp_path_factory.mktemp("scale-logs")
    envs, processes = [], []
    try:
        for name, workers in (("a", "1"), ("b", "2")):
            env = dict(os.environ, RASA_PORT=str(free_port()), ACTIONS_PORT=str(free_port()),
                       WEB_PORT=str(free_port()), COACH_DB_URL=db_url, COACH_REDIS_URL=redis_url,
                       SANIC_WORKERS=workers, RASA_TELEMETRY_ENABLED="false")
            for variable in ("RASA_AUTH_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL"):
                env.pop(variable, None)
            with open(logs / f"coach-{name}.log", "wb") as log:
                processes.append(subprocess.Popen([sys.executable, str(ROOT / "scripts" / "serve.py"), "run"],
                                                  cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
                                                  start_new_session=True))
            envs.append(env)
        for env, process in zip(envs, processes):
            wait_until_ready(env, process)
        yield envs
    finally:
        for process in processes:
            _stop(process)


def slots_of(env, sender):
    url = f"http://127.0.0.1:{env['RASA_PORT']}/conversations/{sender}/tracker"
    with urllib.request.urlopen(url, timeout=60) as response:
        tracker = json.loads(response.read())
    return tracker["slots"], tracker["events"]


def play(envs, sender, start=0):
    """The scripted candidate, each turn (and each look at the tracker) at the next coach in turn.

    Answers whatever the coach asks for, then the follow-ups; returns the replies turn by turn and the
    final slots."""
    turn = start
    transcript = []

    def send(text):
        nonlocal turn
        env = envs[turn % len(envs)]
        turn += 1
        transcript.append([message.get("text", "") for message in say(env, sender, text)])

    send(COACH_OPENING)
    for _ in range(25):
        slots, _events = slots_of(envs[turn % len(envs)], sender)
        if slots.get("verdict") and slots.get("draft"):
            break
        asked = slots.get("requested_slot")
        assert asked, f"the coach stopped asking without a verdict; last replies {transcript[-2:]}"
        send(COACH_ANSWERS.get(asked, "I'm not sure"))
    for text in COACH_FOLLOW_UPS:
        send(text)
    slots, _events = slots_of(envs[turn % len(envs)], sender)
    return transcript, slots


def expected_result(slots):
    return {name: slots.get(name) for name in COACH_EXPECTED}


@pytest.fixture(scope="module")
def one_coach_transcript(coaches):
    """What a candidate hears from coach A alone: the reference."""
    transcript, slots = play(coaches[:1], f"scale-one-{uuid.uuid4().hex[:8]}")
    assert expected_result(slots) == COACH_EXPECTED and slots["draft"]
    return transcript, slots


def test_coach_b_really_runs_two_workers(coaches):
    rasa_processes = subprocess.run(["pgrep", "-f", f"rasa_server.py run .*--port {coaches[1]['RASA_PORT']}"],
                                    capture_output=True, text=True).stdout.split()
    assert len(rasa_processes) >= 3  # Sanic's main process and its two workers


def test_turns_alternating_between_two_coaches_are_coached_exactly_as_by_one(coaches, one_coach_transcript):
    reference, reference_slots = one_coach_transcript
    sender = f"scale-alt-{uuid.uuid4().hex[:8]}"
    transcript, slots = play(coaches, sender)

    assert transcript == reference
    assert expected_result(slots) == COACH_EXPECTED
    for name in ("verdict", "leverage", "weak_reasons", "draft", "offer_base", "previous_earnings"):
        assert slots[name] == reference_slots[name], name
    # Both coaches read the same conversation from PostgreSQL, event for event.
    (slots_a, events_a), (slots_b, events_b) = (slots_of(env, sender) for env in coaches)
    assert slots_a == slots_b
    assert [(e["event"], e.get("name"), e.get("text")) for e in events_a] == \
        [(e["event"], e.get("name"), e.get("text")) for e in events_b]
    assert sum(e["event"] == "user" for e in events_a) == len(transcript)
    # The action servers kept the case in the same database.
    engine = sa.create_engine(coaches[0]["COACH_DB_URL"])
    with engine.connect() as connection:
        verdict = connection.execute(sa.text("SELECT verdict FROM coach_cases WHERE sender_id = :s"),
                                     {"s": sender}).scalar()
    engine.dispose()
    assert verdict == "negotiate"


def test_two_messages_at_once_at_two_coaches_are_taken_one_after_the_other(coaches):
    """Redis locks the candidate across coaches: neither message is lost, the answers don't mix.

    Stock Rasa's Redis lock store lets both through now and then (serving/lock_store.py), so the
    collision is tried several times."""
    for attempt in range(6):
        sender = f"scale-race-{attempt}-{uuid.uuid4().hex[:8]}"
        say(coaches[0], sender, COACH_OPENING)
        barrier = threading.Barrier(2)

        def send(env, text):
            barrier.wait()
            return say(env, sender, text)

        with concurrent.futures.ThreadPoolExecutor(2) as pool:
            answers = list(pool.map(send, coaches, (COACH_ANSWERS["role"], COACH_ANSWERS["company"])))
        assert all(answers)
        slots, events = slots_of(coaches[attempt % 2], sender)
        said = [event["text"] for event in events if event["event"] == "user"]
        assert sorted(said[1:]) == sorted([COACH_ANSWERS["role"], COACH_ANSWERS["company"]]), said
        assert {slots["role"], slots["company"]} == {COACH_ANSWERS["role"], COACH_ANSWERS["company"]}
        assert slots["requested_slot"] == "offer_base"


def test_twenty_candidates_at_once_across_both_coaches(coaches, one_coach_transcript):
    reference, _ = one_coach_transcript

    def candidate(index):
        return play(coaches, f"scale-many-{index}-{uuid.uuid4().hex[:6]}", start=index)

    with concurrent.futures.ThreadPoolExecutor(CANDIDATES) as pool:
        results = list(pool.map(candidate, range(CANDIDATES)))  # any error in a turn is raised here

    assert len(results) == CANDIDATES
    for transcript, slots in results:
        assert expected_result(slots) == COACH_EXPECTED
        assert transcript == reference
