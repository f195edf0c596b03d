"""The Slack channel against the real coach: signed Events API payloads in, Web API calls out.

A coach is started with SLACK_BOT_TOKEN / SLACK_SIGNING_SECRET set and SLACK_API_URL pointing at a local
stand-in for Slack's Web API, which records every call. The tests sign their requests the way Slack does
(v0: HMAC-SHA256 of "v0:<timestamp>:<body>" with the signing secret) and post them to
/webhooks/slack/webhook through the public door (nginx), as Slack would reach it, then read what the coach
would have posted to Slack, and the conversation (`slack:<team>:<user>`) from the HTTP API on loopback.
"""
import hashlib
import hmac
import json
import os
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from scripts.door import nginx
from scripts.running import api, started_coach
from scripts.serve import credentials_file
from tests.e2e.conftest import ROOT, free_port, with_door, without_outside_settings
from tests.services import require

BOT_TOKEN = "xoxb-test-token"
SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
BOT_USER = "UCOACHBOT"
TEAM = "T0COACH"


class SlackStandIn:
    """Slack's Web API on 127.0.0.1: answers chat.postMessage like Slack does and keeps every call."""

    def __init__(self):
        self.calls = []
        self.lock = threading.Lock()
        stand_in = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):  # noqa: N802
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length).decode()
                if "json" in (self.headers.get("Content-Type") or ""):
                    body = json.loads(raw or "{}")
                else:
                    body = {key: values[0] for key, values in urllib.parse.parse_qs(raw).items()}
                method = self.path.rsplit("/", 1)[-1]
                with stand_in.lock:
                    stand_in.calls.append({"method": method, "authorization": self.headers.get("Authorization"),
                                           "body": body})
                if method == "chat.postMessage":
                    answer = {"ok": True, "channel": body.get("channel"), "ts": f"{time.time():.6f}",
                              "message": {"text": body.get("text"), "bot_id": "BCOACH"}}
                elif method == "chat.postEphemeral":
                    answer = {"ok": True, "message_ts": f"{time.time():.6f}"}
                else:
                    answer = {"ok": False, "error": "unknown_method"}
                data = json.dumps(answer).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def posts(self, channel=None, method="chat.postMessage"):
        with self.lock:
            return [call["body"] for call in self.calls if call["method"] == method
                    and (channel is None or call["body"].get("channel") == channel)]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def slack_api():
    stand_in = SlackStandIn()
    yield stand_in
    stand_in.close()


@pytest.fixture(scope="module")
def slack_coach(slack_api, tmp_path_factory):
    if not (ROOT / "models" / "coach.tar.gz").exists():
        pytest.fail("no trained model: run the tests through `make test`, which trains it first")
    require("nginx", nginx() is not None, "Slack reaches the coach through the public door: apt-get install nginx")
    env = with_door(without_outside_settings(dict(
        os.environ, RASA_PORT=str(free_port()), ACTIONS_PORT=str(free_port()), WEB_PORT=str(free_port()),
        COACH_DB_URL=f"sqlite:///{tmp_path_factory.mktemp('slack-db') / 'coach.db'}")))
    env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=slack_api.url)
    with started_coach(env, log=tmp_path_factory.mktemp("slack-logs") / "coach.log"):
        yield env


def signature(body: bytes, timestamp: str, secret: str = SIGNING_SECRET) -> str:
    base = b"v0:" + timestamp.encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def post(env, body: bytes, content_type="application/json", timestamp=None, secret=SIGNING_SECRET,
         signed=True, headers=None):
    """POSTs to the coach's Slack webhook through the public door; returns (status, body text)."""
    timestamp = str(int(time.time())) if timestamp is None else str(timestamp)
    all_headers = {"Content-Type": content_type, **(headers or {})}
    if signed:
        all_headers.update({"X-Slack-Request-Timestamp": timestamp,
                            "X-Slack-Signature": signature(body, timestamp, secret)})
    request = urllib.request.Request(f"http://127.0.0.1:{env['PUBLIC_PORT']}/webhooks/slack/webhook", data=body,
                                     headers=all_headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def message_event(user, channel, text, event_id=None, mention=False):
    """An Events API callback for a direct message (or a mention in a channel), as Slack sends it."""
    now = time.time()
    event = {"type": "message", "channel": channel, "channel_type": "im", "user": user, "text": text,
             "ts": f"{now:.6f}", "event_ts": f"{now:.6f}", "client_msg_id": str(uuid.uuid4())}
    if mention:
        event.update(type="app_mention", text=f"<@{BOT_USER}> {text}")
        del event["channel_type"]
    return {
        "token": "unused-legacy-token", "team_id": TEAM, "api_app_id": "A0COACH", "type": "event_callback",
        "event_id": event_id or f"Ev{uuid.uuid4().hex[:12].upper()}", "event_time": int(now),
        "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}], "event": event,
    }


def button_click(user, channel, value):
    """The interactive payload Slack posts when a Block Kit button is clicked."""
    payload = {
        "type": "block_actions", "user": {"id": user, "team_id": TEAM}, "api_app_id": "A0COACH",
        "team": {"id": TEAM}, "channel": {"id": channel, "name": "directmessage"},
        "container": {"type": "message", "channel_id": channel, "message_ts": f"{time.time():.6f}"},
        "trigger_id": uuid.uuid4().hex, "message": {"type": "message", "ts": f"{time.time():.6f}"},
        "actions": [{"type": "button", "action_id": uuid.uuid4().hex[:6], "block_id": uuid.uuid4().hex[:6],
                     "text": {"type": "plain_text", "text": value}, "value": value, "action_ts": f"{time.time():.6f}"}],
    }
    return urllib.parse.urlencode({"payload": json.dumps(payload)}).encode()


def conversation(user):
    return f"slack:{TEAM}:{user}"


def tracker(env, user):
    """The Slack user's conversation, read with the HTTP API's token (it is not a REST conversation)."""
    return api(env, f"/conversations/{conversation(user)}/tracker", timeout=30)


def user_events(state):
    return [event for event in state["events"] if event["event"] == "user"]


def settled(env, user, users, timeout=60):
    """The tracker once the coach has handled `users` user messages from `user` and is listening."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        state = tracker(env, user)
        if len(user_events(state)) >= users and state["latest_action_name"] == "action_listen":
            return state
        time.sleep(0.25)
    raise AssertionError(f"the coach did not answer {user} within {timeout} s")


class SlackUser:
    """One person in a direct message with the coach, through signed Slack requests only."""

    def __init__(self, env, slack_api):
        self.env, self.api = env, slack_api
        self.user = f"U{uuid.uuid4().hex[:10].upper()}"
        self.channel = f"D{uuid.uuid4().hex[:10].upper()}"

    def _turn(self, body, content_type):
        before = len(user_events(tracker(self.env, self.user)))
        posted = len(self.api.posts(self.channel))
        status, _ = post(self.env, body, content_type=content_type)
        assert status == 200
        state = settled(self.env, self.user, before + 1)
        return state, self.api.posts(self.channel)[posted:]

    def say(self, text):
        """Sends `text` as Slack would (with &, < and > escaped); returns (tracker, new posts)."""
        escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        return self._turn(json.dumps(message_event(self.user, self.channel, escaped)).encode(), "application/json")

    def click(self, value):
        return self._turn(button_click(self.user, self.channel, value), "application/x-www-form-urlencoded")


@pytest.fixture
def slack_user(slack_coach, slack_api):
    return SlackUser(slack_coach, slack_api)


def test_the_channel_is_added_only_when_both_variables_are_set(tmp_path):
    def sections(env):
        return credentials_file({"RASA_PORT": f"test-{uuid.uuid4().hex[:6]}", **env})

    without = sections({})
    half = sections({"SLACK_BOT_TOKEN": "xoxb-1"})
    both = sections({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s", "SLACK_API_URL": "http://x/"})
    try:
        assert "slack" not in without.read_text() and "slack" not in half.read_text()
        text = both.read_text()
        assert "channels.slack.SlackInput:" in text and "\nslack:" not in text
        assert "${SLACK_BOT_TOKEN}" in text and "xoxb-1" not in text, "the secrets stay in the environment"
        assert "slack_api_url: ${SLACK_API_URL}" in text
    finally:
        for path in (without, half, both):
            path.unlink()


@pytest.mark.e2e
def test_url_verification_is_answered_only_when_signed(slack_coach):
    body = json.dumps({"token": "unused", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                       "type": "url_verification"}).encode()
    status, text = post(slack_coach, body)
    assert status == 200 and json.loads(text) == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}
    status, _ = post(slack_coach, body, secret="not-the-secret")
    assert status == 400


@pytest.mark.e2e
def test_forged_stale_and_unsigned_requests_are_refused(slack_coach, slack_api):
    user, channel = f"U{uuid.uuid4().hex[:10].upper()}", f"D{uuid.uuid4().hex[:10].upper()}"
    body = json.dumps(message_event(user, channel, "hello")).encode()
    six_minutes_ago = int(time.time()) - 360
    attempts = {
        "wrong secret": post(slack_coach, body, secret="not-the-secret"),
        "stale (6 minutes)": post(slack_coach, body, timestamp=six_minutes_ago),
        "from the future (6 minutes)": post(slack_coach, body, timestamp=int(time.time()) + 360),
        "unsigned": post(slack_coach, body, signed=False),
        "signature of another body": post(slack_coach, body.replace(b"hello", b"hi"), signed=False,
                                          headers={"X-Slack-Request-Timestamp": str(int(time.time())),
                                                   "X-Slack-Signature": signature(body, str(int(time.time())))}),
    }
    assert {name: status for name, (status, _) in attempts.items()} == {name: 400 for name in attempts}
    time.sleep(2)
    assert slack_api.posts(channel) == []
    assert user_events(tracker(slack_coach, user)) == []


@pytest.mark.e2e
def test_a_direct_message_gets_its_reply_in_that_channel(slack_user, slack_api):
    state, posts = slack_user.say("hello")
    assert posts, "the coach posted a reply"
    assert all(post["channel"] == slack_user.channel for post in posts)
    assert any("offer coach" in post["text"] for post in posts)
    assert state["slots"]["requested_slot"] == "role"
    assert posts[-1]["text"] == "What's the role you've been offered? (Say \"skip\" if you'd rather not.)"
    assert all("as_user" not in post for post in posts)
    calls = [call for call in slack_api.calls if call["body"].get("channel") == slack_user.channel]
    assert {call["authorization"] for call in calls} == {f"Bearer {BOT_TOKEN}"}
    assert user_events(state)[-1]["input_channel"] == "slack"
    assert state["sender_id"] == conversation(slack_user.user), "the conversation is the workspace's user's"


@pytest.mark.e2e
def test_a_mention_in_a_channel_is_answered_in_a_direct_message(slack_coach, slack_api, slack_user):
    public = f"C{uuid.uuid4().hex[:10].upper()}"
    event = message_event(slack_user.user, public, "hello, can you look at my offer?", mention=True)
    assert post(slack_coach, json.dumps(event).encode())[0] == 200
    state = settled(slack_coach, slack_user.user, 1)
    assert user_events(state)[0]["text"] == "hello, can you look at my offer?"
    replies = slack_api.posts(slack_user.user)  # a user id as the channel: the app's DM with them
    assert any("offer coach" in reply["text"] for reply in replies)
    assert slack_api.posts(public) == [], "nothing of the candidate's case in the channel"
    [note] = slack_api.posts(public, method="chat.postEphemeral")
    assert note["user"] == slack_user.user and "direct message" in note["text"]


@pytest.mark.e2e
def test_redeliveries_of_one_event_get_one_reply(slack_coach, slack_api, slack_user):
    event = json.dumps(message_event(slack_user.user, slack_user.channel, "hi there")).encode()
    retries = [{"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_error"},
               {"X-Slack-Retry-Num": "2", "X-Slack-Retry-Reason": "http_timeout"},
               {"X-Slack-Retry-Num": "3", "X-Slack-Retry-Reason": "connection_failed"}]
    # The first delivery and a redelivery back to back, before the first has been answered; then the rest.
    statuses = [post(slack_coach, event)[0], post(slack_coach, event, headers=retries[0])[0]]
    state = settled(slack_coach, slack_user.user, 1)
    replies = slack_api.posts(slack_user.channel)
    statuses += [post(slack_coach, event, headers=headers)[0] for headers in retries[1:]]
    time.sleep(3)
    assert statuses == [200, 200, 200, 200]
    assert len(user_events(tracker(slack_coach, slack_user.user))) == 1, "the message was handled once"
    assert replies and slack_api.posts(slack_user.channel) == replies, "and answered once"
    assert user_events(state)[0]["metadata"]["event_id"] == json.loads(event)["event_id"]


ANSWERS = {
    "role": "Account executive",
    "company": "Globex & Sons <!here>",
    "offer_base": "$90,000", "offer_variable": "20k bonus",
    "concern": "It's less than I earn in my current job, I'd be going backwards",
    "previous_earnings": "I make 100k base plus 25k commission, 125k in total",
    "evidence": "yes, my pay stubs",
}


def to_a_draft(slack_user):
    """Answers the coach until there is a verdict and a draft: typing, or clicking "Yes" (or "That's right" for
    the list of facts) where a question comes with buttons. Returns (tracker, last posts, slots clicked)."""
    state, posts = slack_user.say("hi, can you look at my offer?")
    clicked = []
    for _ in range(20):
        if state["slots"].get("verdict") and state["slots"].get("draft"):
            break
        asked = state["slots"]["requested_slot"]
        question = posts[-1]
        if question.get("blocks"):
            section, actions = question["blocks"]
            assert section["type"] == "section" and section["text"]["text"] == question["text"]
            assert actions["type"] == "actions"
            buttons = {element["text"]["text"]: element["value"] for element in actions["elements"]}
            assert all(element["type"] == "button" for element in actions["elements"])
            assert ("Yes" in buttons and "No" in buttons) or "That's right" in buttons, f"{asked}: {buttons}"
            clicked.append(asked)
            state, posts = slack_user.click(buttons.get("Yes") or buttons["That's right"])
        else:
            state, posts = slack_user.say(ANSWERS.get(asked, "I'm not sure"))
    return state, posts, clicked


@pytest.mark.e2e
def test_a_conversation_to_a_draft_with_buttons_and_a_table(slack_user):
    state, posts, clicked = to_a_draft(slack_user)
    slots = state["slots"]
    assert slots["verdict"] == "negotiate" and "Globex & Sons" in slots["company"]
    said = [event["text"] for event in user_events(state)]
    assert "Globex & Sons <!here>" in said, "Slack's &amp; &lt; &gt; reach the coach as the characters typed"
    assert "accept_as_is" in clicked, "the yes/no question came with buttons, and a click answered it"

    summary = next(post for post in posts if post["text"].startswith("Here's your offer at a glance"))
    assert summary["mrkdwn"] is True and "\n```\nItem " in summary["text"] and summary["text"].endswith("```")
    assert any(line.startswith("Offer base") and "$90,000 a year" in line for line in summary["text"].splitlines())
    assert "|" not in summary["text"], "a table Slack can show, not Markdown pipes"

    draft = next(post for post in posts if "Thank you" in post["text"])
    escaped = slots["draft"].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    assert draft["text"] == escaped, "the whole draft in one message, escaped for Slack"
    assert "Globex &amp; Sons" in draft["text"] and draft["mrkdwn"] is False
    everything = [post["text"] for post in slack_user.api.posts(slack_user.channel)]
    assert not [text for text in everything if "<" in text or ">" in text], "Slack's control characters escaped"


@pytest.mark.e2e
def test_the_employers_answer_after_a_restart_of_the_coach(slack_api, tmp_path):
    """A candidate gets a counter, the coach is stopped and started again, and days later they come back with
    the employer's answer: the same case, round 2, the advice and draft for that answer, and their case."""
    require("nginx", nginx() is not None, "Slack reaches the coach through the public door: apt-get install nginx")
    env = with_door(without_outside_settings(dict(
        os.environ, RASA_PORT=str(free_port()), ACTIONS_PORT=str(free_port()), WEB_PORT=str(free_port()),
        COACH_DB_URL=f"sqlite:///{tmp_path / 'coach.db'}")))
    env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_SIGNING_SECRET=SIGNING_SECRET, SLACK_API_URL=slack_api.url)
    candidate = SlackUser(env, slack_api)
    with started_coach(env, log=tmp_path / "first.log"):
        state, _, _ = to_a_draft(candidate)
        assert (state["slots"]["verdict"], state["slots"]["draft_kind"], state["slots"]["round"]) == \
            ("negotiate", "counter", 1)
    with started_coach(env, log=tmp_path / "second.log"):
        state, posts = candidate.say("They said no, the budget is fixed and they can't move at all.")
        slots = state["slots"]
        assert (slots["employer_reply"], slots["round"], slots["verdict"]) == ("declined", 2, "negotiate")
        assert slots["draft_kind"] == "acceptance", "they said they'd take it as it is, so: accept graciously"
        assert any(post["text"] == slots["draft"].replace("&", "&amp;") for post in posts), "the new draft, posted"
        state, posts = candidate.say("show my case")
        case = next(post["text"] for post in posts if post["text"].startswith("Here's your case so far"))
        assert "Round 1" in case and "Round 2" in case and "they said no" in case
