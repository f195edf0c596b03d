"""The website widget's channel: Rasa's socket.io channel, with messages formatted for rasa-webchat.

In credentials.yml as ``channels.socketio.SocketIOInput`` with the stock settings (session persistence
on). Only the output differs from Rasa's: one message is one bubble, in Markdown that shows the text as
written (see ``channels.formatting.to_markdown``); buttons go out as the widget's quick replies.
"""
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels import socketio as rasa_socketio
from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint

from channels.formatting import to_markdown
from channels.unreachable import answer_when_parts_fail


class SocketIOOutput(rasa_socketio.SocketIOOutput):
    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"text": to_markdown(text)})

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     **kwargs: Any) -> None:
        replies = [{"content_type": "text", "title": button["title"], "payload": button["payload"]}
                   for button in buttons]
        await self._send_message(recipient_id, {"text": to_markdown(text), "quick_replies": replies})


class SocketIOInput(rasa_socketio.SocketIOInput):
    def _output(self) -> SocketIOOutput:
        return SocketIOOutput(self.sio, self.bot_message_evt)

    def get_output_channel(self) -> Optional[OutputChannel]:
        if self.sio is None:
            return super().get_output_channel()
        return self._output()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        # Rasa's handler builds its own SocketIOOutput for every message; swap ours in on the way through.
        guarded = answer_when_parts_fail(on_new_message)

        async def with_our_output(message: UserMessage) -> Any:
            message.output_channel = self._output()
            return await guarded(message)

        return super().blueprint(with_our_output)
