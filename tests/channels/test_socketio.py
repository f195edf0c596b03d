"""The widget's channel: sessions the server signs, our output for every message, and allowed origins."""
import asyncio

import pytest
from rasa.core.channels.channel import UserMessage

from channels.sessions import SessionSigner
from channels.socketio import NO_SESSION, OriginCheckedEngineIO, SocketIOInput, SocketIOOutput

SETTINGS = {"user_message_evt": "user_uttered", "bot_message_evt": "bot_uttered"}


class Emitter:
    def __init__(self):
        self.emitted = []

    async def emit(self, event, data=None, room=None, **kwargs):
        self.emitted.append((event, data, room))


def test_a_message_is_one_bubble_of_markdown():
    sio = Emitter()
    asyncio.run(SocketIOOutput(sio, "bot_uttered").send_text_message("s1", "Hello,\n\nThanks.\n[Your name]"))
    assert sio.emitted == [("bot_uttered", {"text": "Hello,\n\nThanks\\.  \n\\[Your name\\]"}, "s1")]


def test_buttons_are_quick_replies_on_the_same_bubble():
    sio = Emitter()
    buttons = [{"title": "Yes", "payload": "Yes"}, {"title": "Not sure", "payload": "Not sure"}]
    asyncio.run(SocketIOOutput(sio, "bot_uttered").send_text_with_buttons("s1", "Accept as is?\n\nReally?", buttons))
    assert sio.emitted == [("bot_uttered", {"text": "Accept as is?\n\nReally?", "quick_replies": [
        {"content_type": "text", "title": "Yes", "payload": "Yes"},
        {"content_type": "text", "title": "Not sure", "payload": "Not sure"}]}, "s1")]


def test_a_session_verifies_only_with_its_own_signature():
    signer = SessionSigner(b"key-one")
    session = signer.issue()
    assert session.conversation_id == "web:" + session.token.split(".")[0]
    assert signer.verified(session.token) == session
    session_part, _, signature = session.token.partition(".")
    tampered = ("B" if signature[0] == "A" else "A") + signature[1:]  # a changed character, never the same one
    forged = [f"{session_part}.", session_part, f"{session_part}.{tampered}", f"other{session_part}.{signature}",
              "web:" + session_part, "../../etc", "a\x00b", None, 42, "x" * 500]
    assert [signer.verified(token) for token in forged] == [None] * len(forged)
    assert SessionSigner(b"key-two").verified(session.token) is None, "another key, another server's sessions"


@pytest.fixture
def channel(monkeypatch):
    monkeypatch.setenv("COACH_SESSION_KEY", "test-key")
    channel = SocketIOInput.from_credentials(SETTINGS)
    received = []

    async def on_new_message(message: UserMessage):
        received.append(message)

    channel.blueprint(on_new_message)
    emitted = []

    async def emit(event, data=None, room=None, **kwargs):
        emitted.append((event, data, room))

    monkeypatch.setattr(channel.sio, "emit", emit)
    monkeypatch.setattr(channel.sio, "enter_room",
                        lambda sid, room, namespace=None: emitted.append(("room", room, sid)))
    sessions = {}

    async def get_session(sid, namespace=None):
        return sessions.setdefault(sid, {})

    async def save_session(sid, session, namespace=None):
        sessions[sid] = session

    monkeypatch.setattr(channel.sio, "get_session", get_session)
    monkeypatch.setattr(channel.sio, "save_session", save_session)
    return channel, received, emitted


def event(channel, name, sid, data):
    asyncio.run(channel.sio.handlers["/"][name](sid, data))


def test_the_server_issues_the_session_and_a_forged_one_gets_a_new_one(channel):
    channel, _received, emitted = channel
    event(channel, "session_request", "sid-1", {"session_id": None})
    issued = emitted[-1][1]
    assert emitted[-1] == ("session_confirm", issued, "sid-1") and "." in issued
    event(channel, "session_request", "sid-2", {"session_id": issued})
    assert emitted[-1] == ("session_confirm", issued, "sid-2"), "a returning widget keeps its session"
    event(channel, "session_request", "sid-3", {"session_id": issued.split(".")[0] + ".forged"})
    assert emitted[-1][1] != issued and emitted[-1][1].split(".")[0] != issued.split(".")[0]


def test_a_message_belongs_to_the_socket_s_session_whatever_it_claims(channel):
    channel, received, emitted = channel
    event(channel, "user_uttered", "sid-0", {"message": "hi", "session_id": "someone-else"})
    assert emitted[-1] == ("bot_uttered", {"text": NO_SESSION}, "sid-0") and received == []
    event(channel, "session_request", "sid-1", {})
    mine = "web:" + emitted[-1][1].split(".")[0]
    event(channel, "user_uttered", "sid-1", {"message": "hi", "session_id": "someone-else"})
    [message] = received
    assert message.text == "hi" and message.sender_id == mine and message.input_channel == "socketio"
    assert ("room", mine, "sid-1") in emitted, "replies go to the session's own room"
    assert isinstance(message.output_channel.inner, SocketIOOutput)  # counted on the way (channels/guard.py)
    assert isinstance(channel.get_output_channel(), SocketIOOutput)


def test_only_the_socket_s_own_origin_and_the_listed_ones_may_connect(monkeypatch):
    monkeypatch.setenv("COACH_WIDGET_ORIGINS", "http://127.0.0.1:8080 http://localhost:8080")
    server = OriginCheckedEngineIO(async_mode="asgi")
    through_door = {"wsgi.url_scheme": "https", "HTTP_HOST": "coach.example.com"}
    on_loopback = {"wsgi.url_scheme": "http", "HTTP_HOST": "127.0.0.1:5005"}
    assert "https://coach.example.com" in server._cors_allowed_origins(through_door)
    allowed = server._cors_allowed_origins(on_loopback)
    assert "http://127.0.0.1:8080" in allowed and "http://localhost:8080" in allowed
    assert "https://evil.example" not in allowed + server._cors_allowed_origins(through_door)


def test_the_summary_payload_is_one_bubble_with_a_table():
    sio = Emitter()
    payload = {"summary": {"heading": "At a glance:", "rows": [["Offer base", "$90,000 a year"]]}}
    asyncio.run(SocketIOOutput(sio, "bot_uttered").send_custom_json("s1", payload))
    assert sio.emitted == [("bot_uttered", {"text": "At a glance:\n\n| Item | Detail |\n| --- | --- |\n"
                                                    "| Offer base | $90,000 a year |"}, "s1")]
