"""Faults under a running coach: the supervisor killed or signalled, the action server killed or hung, Redis
down or hung, PostgreSQL down and back. After each: nothing left running, no turn lost, the candidate told,
and the log holds nothing the candidate typed. (`make shell` and a closed terminal: tests/e2e/test_shell.py.)
"""
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from channels.guard import LOCKS_DOWN, STORE_DOWN, TRY_AGAIN
from scripts.running import ROOT, answers, started_coach, wait_until_ready
from tests.e2e.conftest import Conversation
from tests.e2e.test_shell import nothing_left
from tests.security.conftest import coach_env, needs_model
from tests.security.stores import private_postgres, private_redis

pytestmark = pytest.mark.e2e

# What the candidate types in these tests; none of it may reach a log.
ROLE, COMPANY, BASE = "Zanzibar closer", "Quokkaworks", "$131,313"
TYPED = ("Zanzibar", "Quokkaworks", "131,313", "131313")


def ports(env):
    return [int(env[name]) for name in ("RASA_PORT", "ACTIONS_PORT", "WEB_PORT", "PUBLIC_PORT") if env.get(name)]


def server_of(supervisor_pid: int, script: str) -> psutil.Process:
    return next(child for child in psutil.Process(supervisor_pid).children()
                if any(script in part for part in child.cmdline()))


def wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.5)


def nothing_typed_in(log: Path) -> None:
    text = log.read_text(errors="replace")
    assert "INFO" in text, "the servers did log"
    assert [typed for typed in TYPED if typed in text] == []


def serve(env, log: Path) -> subprocess.Popen:
    out = open(log, "ab")
    process = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "serve.py"), "run"], cwd=ROOT, env=env,
                               stdout=out, stderr=subprocess.STDOUT)
    out.close()
    wait_until_ready(env, process)
    return process


# ---------------------------------------------------------------- the supervisor

def test_kill_9_of_the_supervisor_leaves_nothing_running_and_no_turn_is_lost(tmp_path):
    needs_model()
    env = coach_env(f"sqlite:///{tmp_path / 'coach.db'}")
    supervisor = serve(env, tmp_path / "coach.log")
    try:
        chat = asked_for_the_company(env)
        servers = psutil.Process(supervisor.pid).children(recursive=True)
        supervisor.kill()
        supervisor.wait()
        wait_for(lambda: not any(process.is_running() and process.status() != psutil.STATUS_ZOMBIE
                                 for process in servers), 20)
        nothing_left(*ports(env))
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
    with started_coach(env, log=tmp_path / "coach.log"):
        assert chat.slots()["role"] == ROLE and chat.slots()["requested_slot"] == "company"
        chat.say(COMPANY)
        assert chat.slots()["company"] == COMPANY
    nothing_typed_in(tmp_path / "coach.log")


@pytest.mark.parametrize("signals", [(signal.SIGTERM, signal.SIGTERM), (signal.SIGINT, signal.SIGINT),
                                     (signal.SIGHUP,)], ids=["SIGTERM twice", "Ctrl-C twice", "SIGHUP"])
def test_the_supervisor_stops_everything_on_any_stop_signal_even_twice(tmp_path, signals):
    needs_model()
    env = coach_env(f"sqlite:///{tmp_path / 'coach.db'}")
    supervisor = serve(env, tmp_path / "coach.log")
    try:
        for index, signum in enumerate(signals):
            if index:
                time.sleep(1.5)  # a second request while the first is being carried out
            supervisor.send_signal(signum)
        assert supervisor.wait(timeout=30) == 0
        nothing_left(*ports(env))
    finally:
        if supervisor.poll() is None:
            supervisor.kill()


def test_a_taken_port_is_named_with_the_process_that_holds_it(tmp_path):
    env = coach_env(f"sqlite:///{tmp_path / 'coach.db'}")
    holder = subprocess.Popen([sys.executable, "-m", "http.server", "--bind", "127.0.0.1", env["RASA_PORT"]],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: any(c.laddr.port == int(env["RASA_PORT"]) for c in psutil.net_connections("tcp")
                             if c.status == psutil.CONN_LISTEN), 20)
        result = subprocess.run([sys.executable, str(ROOT / "scripts" / "serve.py"), "run"], cwd=ROOT, env=env,
                                capture_output=True, text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 4
    assert f"port {env['RASA_PORT']} (RASA_PORT" in result.stderr and f"process {holder.pid}" in result.stderr
    assert "http.server" in result.stderr


# ---------------------------------------------------------------- the action server

@pytest.fixture(scope="module")
def coach_with_short_action_timeout(tmp_path_factory):
    needs_model()
    tmp = tmp_path_factory.mktemp("actions-fault")
    env = coach_env(f"sqlite:///{tmp / 'coach.db'}", COACH_ACTION_TIMEOUT="3")
    env["COACH_TEST_LOG"] = str(tmp / "coach.log")
    with started_coach(env, log=tmp / "coach.log") as supervisor:
        env["SUPERVISOR_PID"] = str(supervisor.pid)
        yield env


def asked_for_the_company(env) -> Conversation:
    """A candidate the coach has just asked for the company."""
    chat = Conversation(env)
    chat.say("hi")
    chat.say(ROLE)
    assert chat.slots()["requested_slot"] == "company"
    return chat


def test_a_hung_action_server_is_said_within_its_time_limit_and_the_turn_is_not_lost(coach_with_short_action_timeout):
    env = coach_with_short_action_timeout
    chat = asked_for_the_company(env)
    actions = server_of(int(env["SUPERVISOR_PID"]), "action_server.py")
    actions.suspend()
    try:
        started = time.monotonic()
        assert chat.say(COMPANY) == [TRY_AGAIN]
        assert time.monotonic() - started < 10, "told within the action timeout, not after five minutes"
        slots = chat.slots()
        assert slots["company"] is None and slots["requested_slot"] == "company", "the failed turn was not saved"
    finally:
        actions.resume()
    chat.say(COMPANY)
    assert chat.slots()["company"] == COMPANY and chat.slots()["requested_slot"] == "offer_base"
    nothing_typed_in(Path(env["COACH_TEST_LOG"]))


def test_a_killed_action_server_is_said_restarted_and_the_talk_goes_on(coach_with_short_action_timeout):
    env = coach_with_short_action_timeout
    chat = asked_for_the_company(env)
    actions = server_of(int(env["SUPERVISOR_PID"]), "action_server.py")
    actions.kill()
    actions.wait()
    assert chat.say(COMPANY) == [TRY_AGAIN]
    wait_for(lambda: answers(f"http://127.0.0.1:{env['ACTIONS_PORT']}/health"), 30)
    chat.say(COMPANY)
    assert chat.slots()["company"] == COMPANY and chat.slots()["requested_slot"] == "offer_base"
    log = Path(env["COACH_TEST_LOG"]).read_text(errors="replace")
    assert "the action server stopped (status -9); starting it again" in log
    nothing_typed_in(Path(env["COACH_TEST_LOG"]))


# ---------------------------------------------------------------- the stores

def told_while_down_and_carried_on_once_back(chat, take_down, bring_back, told: str) -> None:
    """The candidate's answer to the company question while a store is down, and again once it is back."""
    take_down()
    assert chat.say(COMPANY) == [told]
    bring_back()
    chat.say(COMPANY)
    slots = chat.slots()
    assert slots["role"] == ROLE and slots["company"] == COMPANY and slots["requested_slot"] == "offer_base"


def test_redis_down_or_hung_is_said_and_no_turn_is_lost(tmp_path):
    needs_model()
    with private_redis() as redis:
        env = coach_env(f"sqlite:///{tmp_path / 'coach.db'}", COACH_REDIS_URL=redis.url, SANIC_WORKERS="2")
        with started_coach(env, log=tmp_path / "coach.log"):
            chat = asked_for_the_company(env)
            told_while_down_and_carried_on_once_back(chat, redis.stop, redis.start, LOCKS_DOWN)
            redis.hang()
            try:
                started = time.monotonic()
                assert chat.say(BASE) == [LOCKS_DOWN]
                assert time.monotonic() - started < 10
            finally:
                redis.hang(False)
            chat.say(BASE)
            assert chat.slots()["offer_base"] == 131313
    nothing_typed_in(tmp_path / "coach.log")


def test_postgres_down_and_back_is_said_and_no_turn_is_lost(tmp_path):
    needs_model()
    with private_postgres() as postgres:
        env = coach_env(postgres.url)
        with started_coach(env, log=tmp_path / "coach.log"):
            told_while_down_and_carried_on_once_back(asked_for_the_company(env), postgres.stop, postgres.start,
                                                     STORE_DOWN)
    nothing_typed_in(tmp_path / "coach.log")
