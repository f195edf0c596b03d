"""The widget's session ids: issued by the server, signed, so that no browser can claim another's.

A session token is `<session>.<signature>`: 128 random bits, and an HMAC-SHA256 of them under
COACH_SESSION_KEY (serving/keys.py; the same on every node, so a session survives restarts and moves
between servers). The widget keeps the token in its localStorage and offers it back when it reconnects;
a token that doesn't verify (made up, altered, someone else's guessed) gets a new session instead. The
conversation id is `web:<session>` (channels/identity.py).
"""
import base64
import hashlib
import hmac
import os
import secrets
from dataclasses import dataclass
from typing import Any, Optional

from channels.identity import WEB_SESSION, web_id
from serving.refuse import refuse_to_start

KEY_VARIABLE = "COACH_SESSION_KEY"


@dataclass(frozen=True)
class Session:
    token: str  # what the browser keeps
    conversation_id: str


def _key() -> bytes:
    key = os.environ.get(KEY_VARIABLE)
    if not key:
        refuse_to_start(f"{KEY_VARIABLE} is not set: the widget's sessions can't be signed. Start the Rasa server "
                        "with scripts/serve.py or scripts/rasa_server.py, which set it (serving/keys.py).")
    return key.encode()


def _signature(session: str, key: bytes) -> str:
    digest = hmac.new(key, b"web-session:" + session.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


class SessionSigner:
    def __init__(self, key: Optional[bytes] = None) -> None:
        self.key = key or _key()

    def issue(self) -> Session:
        session = secrets.token_urlsafe(16)
        return Session(f"{session}.{_signature(session, self.key)}", web_id(session))

    def verified(self, token: Any) -> Optional[Session]:
        """The session a token stands for, or None when it isn't one this server (or a sibling) signed."""
        if not isinstance(token, str) or len(token) > 200:
            return None
        session, _, signature = token.partition(".")
        if not WEB_SESSION.fullmatch(session):
            return None
        if not hmac.compare_digest(signature.encode(), _signature(session, self.key).encode()):
            return None
        return Session(token, web_id(session))
