"""Rasa's REST channel (POST /webhooks/rest/webhook), for integrations and tests on loopback.

The same request and reply as Rasa's (`{"sender": ..., "message": ...}` in, the coach's messages out), with:

- the sender checked first: a REST sender id (channels/identity.py), else 400 saying what an id may be.
  No sender, or "", no longer lands every caller in one shared "default" conversation;
- the body must be a JSON object, else 400; the message goes through channels/guard.py (every odd
  message gets a reply, every failure is said);
- the input channel is always "rest" and the body's "metadata" is not stored: a caller can't pass itself
  off as Slack or write into the tracker;
- no streaming mode (nothing here used it).

The API door (serving/api_door.py) keeps this channel on loopback: the public door doesn't pass it.
"""
from typing import Any, Awaitable, Callable

from rasa.core.channels import rest as rasa_rest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.guard import guarded
from channels.identity import REST_ID_RULE, is_rest_id
from serving.api_door import refusal


class RestInput(rasa_rest.RestInput):
    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        handle = guarded(on_new_message)
        webhook = Blueprint("custom_webhook_RestInput", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                body = request.json
            except Exception:  # noqa: BLE001 - Sanic's own error for a body that isn't JSON
                body = None
            if not isinstance(body, dict):
                return refusal(400, 'the body must be a JSON object: {"sender": "...", "message": "..."}')
            sender = body.get("sender")
            if not is_rest_id(sender):
                return refusal(400, REST_ID_RULE)
            text = body.get("message")
            collector = CollectingOutputChannel()
            await handle(UserMessage(text if isinstance(text, str) else None, collector, sender,
                                     input_channel=self.name()))
            return response.json(collector.messages)

        return webhook
