"""Every attack of issue 13, tried against a running coach through its public door, on SQLite and PostgreSQL.

After each, the coach must still answer a candidate: one request must never stop it.
"""
import asyncio
import json
import time
import urllib.error

import psutil
import pytest

from channels.formatting import to_markdown
from channels.screening import NO_TEXT, TOO_LONG
from scripts.running import api_token, token_header
from tests.security.client import Widget, door, rasa, request, rest, status_before_the_body, texts
from tests.security.conftest import logged, new_id

pytestmark = pytest.mark.e2e

GREETING = "offer coach"
MB = 1024 * 1024


def still_answers(env) -> None:
    assert any(GREETING in text for text in texts(rest(env, new_id("alive"), "hi"))), "the coach still answers"


def bearer(env) -> dict:
    return token_header(env)


# ---------------------------------------------------------------- one public door

@pytest.mark.parametrize("method, path", [
    ("POST", "/webhooks/rest/webhook"), ("GET", "/conversations/someone/tracker"), ("GET", "/status"),
    ("GET", "/version"), ("DELETE", "/model"), ("GET", "/domain"), ("POST", "/model/parse"),
    ("GET", "/webhooks/rest/"), ("POST", "/webhook"), ("GET", "/health"), ("GET", "/actions"),
    ("GET", "/server.py"), ("GET", "/%2e%2e/var/api-token"), ("GET", "/var/api-token"),
])
def test_the_door_passes_neither_the_api_nor_rest_nor_the_action_server(public_coach, method, path):
    body = b'{"sender": "x", "message": "hi"}' if method == "POST" else None
    status, _, text = request(method, door(public_coach, path), body, {**bearer(public_coach),
                                                                       "Content-Type": "application/json"})
    assert status in (400, 403, 404), (path, status)
    assert "model_file" not in text and "recipient_id" not in text and "Rasa" not in text
    assert api_token(public_coach) not in text


def test_the_door_passes_the_page_the_socket_and_slack(public_coach):
    assert request("GET", door(public_coach, "/"))[0] == 200
    assert request("GET", door(public_coach, "/webchat.js"))[0] == 200
    # The socket endpoint is there (and refuses long-polling: WebSocket only).
    assert request("GET", door(public_coach, "/socket.io/?EIO=4&transport=polling"))[0] == 400
    # Slack's webhook is there, and wants Slack's signature (this coach has no Slack channel: Rasa's 404).
    assert request("POST", door(public_coach, "/webhooks/slack/webhook"), b"{}")[0] in (400, 404)


def test_every_server_listens_on_loopback_only(public_coach):
    ports = {int(public_coach[name]) for name in ("RASA_PORT", "ACTIONS_PORT", "WEB_PORT")}
    addresses = {(c.laddr.ip, c.laddr.port) for c in psutil.net_connections("tcp")
                 if c.status == psutil.CONN_LISTEN and c.laddr.port in ports}
    assert {port for _, port in addresses} == ports
    assert {ip for ip, _ in addresses} == {"127.0.0.1"}, addresses


# ---------------------------------------------------------------- the HTTP API

@pytest.mark.parametrize("method, path, body", [
    ("GET", "/", None), ("GET", "/version", None), ("GET", "/status", None), ("GET", "/domain", None),
    ("DELETE", "/model", None), ("PUT", "/model", b"{}"), ("POST", "/model/parse", b'{"text": "hi"}'),
    ("GET", "/conversations/slack:T1:U1/tracker", None),
    ("GET", "/conversations/web:AAAAAAAAAAAAAAAAAAAAAA/tracker", None),
    ("POST", "/conversations/victim/tracker/events", b'{"event": "slot", "name": "verdict", "value": "accept"}'),
    ("PUT", "/conversations/victim/tracker/events", b"[]"),
    ("POST", "/conversations/victim/execute", b'{"name": "action_delete_data"}'),
    ("POST", "/conversations/victim/messages", b'{"text": "hi", "sender": "user"}'),
    ("GET", "/conversations/victim/story", None),
])
def test_the_api_needs_its_token(public_coach, method, path, body):
    url = rasa(public_coach, path)
    headers = {"Content-Type": "application/json"}
    assert request(method, url, body, headers)[0] == 401
    assert request(method, url, body, {**headers, "Authorization": "Bearer not-the-token"})[0] == 401
    assert request(method, url + "?token=not-the-token", body, headers)[0] == 401


def test_with_the_token_the_api_works_but_never_through_a_proxy(public_coach):
    assert request("GET", rasa(public_coach, "/status"), headers=bearer(public_coach))[0] == 200
    assert request("GET", rasa(public_coach, f"/status?token={api_token(public_coach)}"))[0] == 200, \
        "?token= as the outside contract promises"
    forwarded = {**bearer(public_coach), "X-Forwarded-For": "203.0.113.9"}
    assert request("GET", rasa(public_coach, "/status"), headers=forwarded)[0] == 403
    assert rest(public_coach, "someone", "hi", url=rasa(public_coach, "/webhooks/rest/webhook"))[0] == 200
    status, _, _ = request("POST", rasa(public_coach, "/webhooks/rest/webhook"), b'{"sender": "s", "message": "hi"}',
                           {"Content-Type": "application/json", "Forwarded": "for=203.0.113.9"})
    assert status == 403, "REST through a proxy"


def test_a_rest_conversation_s_own_tracker_is_readable_on_loopback_without_the_token(public_coach):
    sender = new_id("own")
    texts(rest(public_coach, sender, "hi"))
    status, _, body = request("GET", rasa(public_coach, f"/conversations/{sender}/tracker"))
    assert status == 200 and json.loads(body)["sender_id"] == sender
    # ...but not writable: setting the verdict a candidate is then shown needs the token.
    event = json.dumps({"event": "slot", "name": "verdict", "value": "accept"}).encode()
    assert request("POST", rasa(public_coach, f"/conversations/{sender}/tracker/events"), event,
                   {"Content-Type": "application/json"})[0] == 401


def test_the_api_answers_no_browser_from_elsewhere(public_coach):
    _, headers, _ = request("GET", rasa(public_coach, "/status"),
                            headers={**bearer(public_coach), "Origin": "https://evil.example"})
    assert not any(name.lower().startswith("access-control-allow") for name in headers), headers


def test_the_token_never_reaches_the_log(public_coach):
    token = api_token(public_coach)
    request("GET", rasa(public_coach, f"/status?token={token}"))
    request("GET", rasa(public_coach, f"/conversations/nobody%00/tracker?token={token}"))
    assert token not in logged(public_coach)


# ---------------------------------------------------------------- identities that can't be borrowed

@pytest.mark.parametrize("sender", ["a\x00b", "", None, 42, ["x"], "x" * 129, "slack:T0COACH:U0VICTIM",
                                    "web:AAAAAAAAAAAAAAAAAAAAAA", "../etc/passwd", "a b", "-leading", "é"])
def test_a_rest_sender_that_is_not_a_rest_id_is_refused_with_a_clear_400(public_coach, sender):
    status, _, body = rest(public_coach, sender, "show my draft")
    assert status == 400 and "sender" in json.loads(body)["error"]


def test_a_nul_or_foreign_id_in_an_api_path_is_refused_before_the_database(public_coach):
    for path in ("/conversations/a%00b/tracker", "/conversations/" + "x" * 300 + "/tracker",
                 "/conversations/slack:T1/tracker", "/conversations/a%2Fb/tracker"):
        assert request("GET", rasa(public_coach, path), headers=bearer(public_coach))[0] == 400, path
    still_answers(public_coach)


def test_the_nul_sender_id_attack_leaves_the_coach_running(public_coach):
    for _ in range(3):  # it stopped the coach on PostgreSQL 3 times in 3
        assert rest(public_coach, "a\x00b", "hi")[0] == 400
        assert rest(public_coach, "a\x00b", "hi", url=door(public_coach, "/webhooks/rest/webhook"))[0] == 404
    still_answers(public_coach)


def widget(env) -> Widget:
    origin = f"http://127.0.0.1:{env['PUBLIC_PORT']}"
    return Widget(origin, origin)


def test_a_forged_or_borrowed_session_gets_a_session_of_its_own(public_coach):
    async def scenario():
        async with widget(public_coach) as victim, widget(public_coach) as attacker:
            token = await victim.start()
            assert any(GREETING in text for text in await victim.say("/greet", replies=2))
            session, _, signature = token.partition(".")
            for forged in (session, f"{session}.{signature[::-1]}", f"{session}.x", "web:" + session):
                given = await attacker.start(forged)
                assert given.split(".")[0] != session, forged
            # The attacker names the victim's session in a message: it is its own session that answers.
            await attacker.say("I'm Narwhal Ltd's candidate", replies=1, session_id=token)
            await attacker.drain()
            await victim.say("Sales lead")  # the victim's own turn, answered to the victim only
            assert await attacker.drain(3) == [], "the attacker heard nothing of the victim's conversation"
        conversation = "web:" + session
        tracker = json.loads(request("GET", rasa(public_coach, f"/conversations/{conversation}/tracker"),
                                     headers=bearer(public_coach))[2])
        said = [event["text"] for event in tracker["events"] if event["event"] == "user"]
        assert "I'm Narwhal Ltd's candidate" not in said and "Sales lead" in said

    asyncio.run(scenario())


def test_a_socket_from_another_site_is_refused(public_coach):
    async def scenario():
        with pytest.raises(Exception):
            async with Widget(f"http://127.0.0.1:{public_coach['PUBLIC_PORT']}", "https://evil.example"):
                pass

    asyncio.run(scenario())


def test_the_loopback_page_s_widget_still_connects(public_coach):
    async def scenario():
        page = f"http://127.0.0.1:{public_coach['WEB_PORT']}"
        async with Widget(f"http://127.0.0.1:{public_coach['RASA_PORT']}", page) as tab:
            await tab.start()
            assert any(GREETING in text for text in await tab.say("/greet", replies=2))

    asyncio.run(scenario())


# ---------------------------------------------------------------- limits before work

@pytest.mark.parametrize("size", [MB, 10 * MB])
def test_big_bodies_are_refused_before_they_are_read(public_coach, size):
    urls = (door(public_coach, "/webhooks/slack/webhook"), door(public_coach, "/socket.io/?EIO=4&transport=polling"),
            rasa(public_coach, "/webhooks/rest/webhook"))
    assert [status_before_the_body(url, size) for url in urls] == [413] * len(urls)
    body = json.dumps({"sender": "big", "message": "Quokka" * (size // 6)}).encode()
    for url in urls:  # and sent whole: refused (or cut off mid-way, which is a refusal too)
        try:
            assert request("POST", url, body, {"Content-Type": "application/json"})[0] == 413, url
        except urllib.error.URLError as error:
            assert isinstance(error.reason, (ConnectionResetError, BrokenPipeError)), error
    assert "Quokka" not in logged(public_coach)
    still_answers(public_coach)


def test_a_200_kb_message_is_refused_at_once_and_nothing_waits_for_it(public_coach):
    started = time.monotonic()
    assert texts(rest(public_coach, new_id("long"), "my offer is 85k " * 12_800)) == [TOO_LONG]
    assert time.monotonic() - started < 2

    async def over_the_socket():
        async with widget(public_coach) as tab:
            await tab.start()
            assert await tab.say("x" * 200_000) == [to_markdown(TOO_LONG)]

    asyncio.run(over_the_socket())
    assert "my offer is 85k my offer" not in logged(public_coach)


@pytest.mark.parametrize("message, reply", [("", NO_TEXT), ("   ", NO_TEXT), (None, NO_TEXT), (12, NO_TEXT),
                                            ({"text": "hi"}, NO_TEXT), (["hi"], NO_TEXT), ("\x00", NO_TEXT)])
def test_odd_messages_get_a_reply(public_coach, message, reply):
    assert texts(rest(public_coach, new_id("odd"), message)) == [reply]


@pytest.mark.parametrize("command", ["/restart", "/session_start", "/back", '/inform{"offer_base": 1000000}',
                                     '/affirm{"verdict": "negotiate"}', "/action_delete_data", "/stop"])
def test_rasa_s_slash_commands_are_words_and_get_a_reply(public_coach, command):
    sender = new_id("slash")
    replies = texts(rest(public_coach, sender, command))
    assert replies and all(text.strip() for text in replies), replies
    slots = json.loads(request("GET", rasa(public_coach, f"/conversations/{sender}/tracker"))[2])["slots"]
    assert slots.get("offer_base") is None and slots.get("verdict") is None, "no slot set by the intent syntax"
