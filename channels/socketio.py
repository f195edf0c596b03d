"""The website widget's channel: Rasa's socket.io channel, with sessions the server issues and signs.

In credentials.yml as ``channels.socketio.SocketIOInput`` with the stock settings. What differs from Rasa's:

- **Sessions can't be borrowed.** Rasa lets a client name any session id and joins it to that session's
  room: anyone who learnt an id got that person's live replies, and could speak as them. Here
  `session_request` gets back a token the server signed (channels/sessions.py): the one the widget kept,
  if it verifies, else a new one. The socket is bound to that session on the server; what a message says
  its session is, is ignored. The conversation id is `web:<session>`.
- **WebSocket only.** A long-polling client's requests must all reach the process that holds its socket,
  which two Sanic workers or two servers behind a proxy don't guarantee (8 of 8 polling handshakes failed
  with two workers); one WebSocket connection stays on one worker. The chat page tells the widget to use
  WebSocket from the start (web/server.py).
- **Only the chat page's origins** may connect: the socket's own origin (through the public door, the
  page and the socket share one), and those listed in COACH_WIDGET_ORIGINS (scripts/serve.py lists the
  page's loopback address, whose socket is on another port). A frame is at most MAX_BODY_BYTES, the cap
  on an HTTP body (serving/api_door.py), and the message text goes through channels/guard.py like every
  channel's.
- **Output**: one message is one bubble, in Markdown that shows the text as written
  (``channels.formatting.to_markdown``); buttons go out as the widget's quick replies.
"""
import logging
import os
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text

from rasa.core.channels import socketio as rasa_socketio
from rasa.core.channels.channel import OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
import engineio
from socketio import AsyncServer

from channels.formatting import summary_in, summary_markdown, to_markdown
from channels.guard import guarded
from channels.sessions import SessionSigner
from serving.api_door import MAX_BODY_BYTES

logger = logging.getLogger(__name__)

NO_SESSION = "This chat has no session yet: please reload the page."


class OriginCheckedEngineIO(engineio.AsyncServer):
    def _cors_allowed_origins(self, environ: Dict[str, Any]) -> List[str]:
        # engineio's same-origin list (Host, or X-Forwarded-Host/-Proto set by the door), plus the listed ones.
        return (super()._cors_allowed_origins(environ) or []) + os.environ.get("COACH_WIDGET_ORIGINS", "").split()


class WidgetSocketServer(AsyncServer):
    def _engineio_server_class(self) -> type:
        return OriginCheckedEngineIO


class SocketIOOutput(rasa_socketio.SocketIOOutput):
    async def send_text_message(self, recipient_id: Text, text: Text, **kwargs: Any) -> None:
        await self._send_message(recipient_id, {"text": to_markdown(text)})

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     **kwargs: Any) -> None:
        replies = [{"content_type": "text", "title": button["title"], "payload": button["payload"]}
                   for button in buttons]
        await self._send_message(recipient_id, {"text": to_markdown(text), "quick_replies": replies})

    async def send_custom_json(self, recipient_id: Text, json_message: Dict[Text, Any], **kwargs: Any) -> None:
        summary = summary_in(json_message)
        if summary is None:
            return await super().send_custom_json(recipient_id, json_message, **kwargs)
        await self._send_message(recipient_id, {"text": summary_markdown(*summary)})


class SocketIOInput(rasa_socketio.SocketIOInput):
    def _output(self) -> SocketIOOutput:
        return SocketIOOutput(self.sio, self.bot_message_evt)

    def get_output_channel(self) -> Optional[OutputChannel]:
        if self.sio is None:
            return super().get_output_channel()
        return self._output()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        handle = guarded(on_new_message)
        signer = SessionSigner()
        sio = WidgetSocketServer(async_mode="sanic", transports=["websocket"], max_http_buffer_size=MAX_BODY_BYTES)
        webhook = rasa_socketio.SocketBlueprint(sio, self.socketio_path, "socketio_webhook", __name__)
        self.sio = sio

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @sio.on("session_request", namespace=self.namespace)
        async def session_request(sid: Text, data: Any) -> None:
            claimed = data.get("session_id") if isinstance(data, dict) else None
            session = signer.verified(claimed) or signer.issue()
            bound = await sio.get_session(sid, namespace=self.namespace)
            if bound.get("conversation_id") not in (None, session.conversation_id):
                sio.leave_room(sid, bound["conversation_id"], namespace=self.namespace)
            await sio.save_session(sid, {"conversation_id": session.conversation_id}, namespace=self.namespace)
            sio.enter_room(sid, session.conversation_id, namespace=self.namespace)  # replies go to its room
            await sio.emit("session_confirm", session.token, room=sid, namespace=self.namespace)
            logger.debug("Socket %s %s session %s", sid, "resumed" if session.token == claimed else "was given",
                         session.conversation_id)

        @sio.on(self.user_message_evt, namespace=self.namespace)
        async def handle_message(sid: Text, data: Any) -> None:
            conversation_id = (await sio.get_session(sid, namespace=self.namespace)).get("conversation_id")
            if conversation_id is None:
                await sio.emit(self.bot_message_evt, {"text": NO_SESSION}, room=sid, namespace=self.namespace)
                return
            text = data.get("message") if isinstance(data, dict) else None
            await handle(UserMessage(text if isinstance(text, str) else None, self._output(), conversation_id,
                                     input_channel=self.name()))

        return webhook
