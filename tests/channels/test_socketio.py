"""The widget's channel: Rasa's socket.io input, with our output swapped in for every message."""
import asyncio

from rasa.core.channels.channel import UserMessage

from channels.socketio import SocketIOInput, SocketIOOutput

SETTINGS = {"user_message_evt": "user_uttered", "bot_message_evt": "bot_uttered", "session_persistence": True}


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


def test_incoming_messages_get_our_output_channel(monkeypatch):
    async def action_server_up(url):
        return True

    monkeypatch.setattr("channels.unreachable.actions_answer", action_server_up)
    channel = SocketIOInput.from_credentials(SETTINGS)
    received = []

    async def on_new_message(message: UserMessage):
        received.append(message)

    channel.blueprint(on_new_message)
    handler = channel.sio.handlers["/"]["user_uttered"]
    asyncio.run(handler("sid-1", {"message": "hi", "session_id": "session-1"}))
    [message] = received
    assert message.text == "hi" and message.sender_id == "session-1" and message.input_channel == "socketio"
    assert isinstance(message.output_channel.inner, SocketIOOutput)  # counted on the way (unreachable.py)
    assert isinstance(channel.get_output_channel(), SocketIOOutput)
