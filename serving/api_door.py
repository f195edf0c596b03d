"""The Rasa server's own door: who may call what, and how big a request may be.

Applied by scripts/rasa_server.py to the Sanic app Rasa builds, before any route runs:

- **The channels** (`/webhooks/...`, `/socket.io/`) check their own callers: Slack's signature, the
  widget's signed session, and REST only directly from loopback (never through a proxy).
- **The HTTP API** (everything else: trackers, events, /model, /status, even /version) needs the token,
  RASA_AUTH_TOKEN (serving/keys.py: from the environment, else kept in var/api-token). Send it as
  `Authorization: Bearer <token>`; `?token=` is still read, as the outside contract promises it, but a URL
  ends up in logs and histories, so our own tools never use it (and the log redacts it, see below).
- **One exception**: reading a REST conversation's tracker (`GET /conversations/<rest id>/tracker`)
  directly from loopback needs no token. Whoever can post as that id on loopback can already ask the
  coach anything as it; a Slack user's or a widget session's tracker always needs the token.
- **Only loopback, never through a proxy**: a request that came through one (it carries Forwarded or
  X-Forwarded-For) is refused for the API and the REST channel, whatever token it has. The public door
  (deploy/nginx/coach.conf) doesn't pass them either; this holds if that door is ever misconfigured.
- **Conversation ids** in API paths must be well-formed (channels/identity.py), else 400: a NUL or
  a 10,000-character id never reaches the database.
- **Size**: a request body (or a WebSocket frame) over MAX_BODY_BYTES is refused (413) before it is read.
- **No CORS**: nothing in a browser needs the API (the widget talks socket.io, which checks origins).

The token, or anything after `token=`, is redacted from every log record of the process.
"""
import hmac
import logging
import os
import re
from typing import Any, Callable, Optional
from urllib.parse import unquote

from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from channels.identity import space
from serving.lifeline import die_with_parent

TOKEN_VARIABLE = "RASA_AUTH_TOKEN"
MAX_BODY_BYTES = 256 * 1024
LOOPBACK = frozenset({"127.0.0.1", "::1"})
PROXY_HEADERS = ("forwarded", "x-forwarded-for", "x-real-ip")
CHANNELS = ("/webhooks/", "/socket.io/")
REST_CHANNEL = "/webhooks/rest/"
_CONVERSATION_PATH = re.compile(r"/conversations/([^/]+)/(tracker(/events)?|story|execute|trigger_intent|predict|"
                                r"messages)")
_TOKEN_IN_TEXT = re.compile(r"(token=)[^&\s'\"]+", re.I)


def refusal(status: int, message: str) -> HTTPResponse:
    return response.json({"error": message}, status=status)


def through_a_proxy(request: Request) -> bool:
    return any(name in request.headers for name in PROXY_HEADERS)


def directly_from_loopback(request: Request) -> bool:
    return request.ip in LOOPBACK and not through_a_proxy(request)


def bearer(request: Request) -> Optional[str]:
    kind, _, value = (request.headers.get("authorization") or "").partition(" ")
    if kind.lower() == "bearer" and value.strip():
        return value.strip()
    return request.args.get("token")


def door(token: str) -> Callable[[Request], Any]:
    async def check(request: Request) -> Optional[HTTPResponse]:
        path = request.path
        if path.startswith(CHANNELS):
            if path.startswith(REST_CHANNEL) and not directly_from_loopback(request):
                return refusal(403, "the REST channel is only served on loopback")
            return None  # each channel checks its own callers
        if not directly_from_loopback(request):
            return refusal(403, "the HTTP API is only served on loopback")
        conversation = _CONVERSATION_PATH.fullmatch(path)
        kind = space(unquote(conversation.group(1))) if conversation else None
        if conversation and kind is None:
            return refusal(400, "not a conversation id")
        if request.method == "GET" and conversation and conversation.group(2) == "tracker" and kind == "rest":
            return None  # a REST conversation's own tracker, from loopback: see the module's docstring
        given = bearer(request)
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            return refusal(401, "the HTTP API needs its token: Authorization: Bearer <RASA_AUTH_TOKEN>")
        return None

    return check


class RedactedRecord(logging.LogRecord):
    """A log record whose text has any `token=...` blanked, wherever it came from (Sanic logs URLs)."""

    def getMessage(self) -> str:  # noqa: N802 - logging's name
        return _TOKEN_IN_TEXT.sub(r"\1[redacted]", super().getMessage())


def guard(app: Sanic, token: str) -> None:
    app.config.REQUEST_MAX_SIZE = MAX_BODY_BYTES
    app.config.WEBSOCKET_MAX_SIZE = MAX_BODY_BYTES
    app.register_middleware(door(token), "request")
    # With several Sanic workers, each is a fork of the main process: make each die with it too.
    app.register_listener(lambda _app, _loop: die_with_parent(), "before_server_start")


def apply() -> None:
    """Guards the app Rasa builds with RASA_AUTH_TOKEN (scripts/rasa_server.py resolves it first)."""
    import rasa.core.run

    token = os.environ[TOKEN_VARIABLE]
    logging.setLogRecordFactory(RedactedRecord)
    stock = rasa.core.run.configure_app

    def configure_app(*args: Any, **kwargs: Any) -> Sanic:
        app = stock(*args, **kwargs)
        guard(app, token)
        return app

    # serve_application() calls it by this name.
    rasa.core.run.configure_app = configure_app
