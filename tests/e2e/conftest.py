"""A real coach for the end-to-end tests: the trained model, the Rasa server, the action server, the chat
page and, where nginx is installed, the public door in front of them (PUBLIC_PORT in the coach's env)."""
import json
import os
import socket
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import pytest

from scripts.door import nginx
from scripts.running import say, started_coach

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def without_outside_settings(env):
    """A test coach's environment: nothing of the caller's own coach (API token, Slack, the door)."""
    for name in ("RASA_AUTH_TOKEN", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "SLACK_API_URL", "PUBLIC_PORT",
                 "PUBLIC_HOST", "PUBLIC_TLS_CERT", "PUBLIC_TLS_KEY", "COACH_PUBLIC_URL"):
        env.pop(name, None)
    return env


def with_door(env):
    """The public door on a free loopback port, when nginx is installed (tests that need it `require` it)."""
    if nginx():
        env.update(PUBLIC_PORT=str(free_port()), PUBLIC_HOST="127.0.0.1")
    return env


class Conversation:
    """One candidate talking to the coach over REST, reading the slots from the HTTP API: a REST
    conversation's own tracker, which loopback may read without the API's token."""

    def __init__(self, env):
        self.env = env
        self.sender = f"e2e-{uuid.uuid4().hex[:10]}"
        self.replies = []
        self.asked = []  # the slot the coach waited on after each message

    def say(self, text):
        replies = [message.get("text", "") for message in say(self.env, self.sender, text)]
        self.replies.append(replies)
        try:
            self.asked.append(self.slots().get("requested_slot"))
        except urllib.error.HTTPError:  # the store is down (a test of just that): no tracker to read this turn
            self.asked.append(None)
        run = self.asked[-3:]
        # Never the same question three times in a row, in any conversation these tests play.
        assert not (len(run) == 3 and run[0] and len(set(run)) == 1), f"asked for {run[0]!r} three times: {replies}"
        return replies

    def slots(self):
        url = f"http://127.0.0.1:{self.env['RASA_PORT']}/conversations/{self.sender}/tracker"
        with urllib.request.urlopen(url, timeout=30) as response:
            return json.loads(response.read())["slots"]

    def answer(self, answers, default="I'm not sure", max_turns=25):
        """Answers every question by the slot it asks for, until there is a verdict and a draft. The list of
        facts is confirmed unless `answers` says otherwise."""
        answers = {"facts_confirmed": "That's right", **answers}
        for _ in range(max_turns):
            slots = self.slots()
            if slots.get("verdict") and slots.get("draft"):
                return slots
            asked = slots.get("requested_slot")
            assert asked, f"the coach stopped asking without a verdict; replies: {self.replies[-2:]}"
            self.say(answers.get(asked, default))
        raise AssertionError(f"no verdict after {max_turns} turns; replies: {self.replies[-3:]}")


@pytest.fixture(scope="session")
def coach(tmp_path_factory):
    if not (ROOT / "models" / "coach.tar.gz").exists():
        pytest.fail("no trained model: run the tests through `make test`, which trains it first")
    env = dict(os.environ, RASA_PORT=str(free_port()), ACTIONS_PORT=str(free_port()), WEB_PORT=str(free_port()),
               COACH_DB_URL=f"sqlite:///{tmp_path_factory.mktemp('db') / 'coach.db'}")
    with_door(without_outside_settings(env))  # without Slack: test_slack.py starts a coach with a stand-in
    log = tmp_path_factory.mktemp("logs") / "coach.log"
    env["COACH_TEST_LOG"] = str(log)  # where both servers' output goes, for tests that read it
    with started_coach(env, log=log):
        yield env


@pytest.fixture
def conversation(coach):
    return Conversation(coach)
