"""Whose conversation a message belongs to: each channel owns its own space of conversation ids.

| channel | conversation id | who vouches for it |
| --- | --- | --- |
| Slack | `slack:<team>:<user>` | Slack's signature on the request |
| website widget | `web:<session>` | the server issued the session and signed it (channels/sessions.py) |
| REST | the sender as given: letters, digits and `._@+-`, no `:` | nobody: REST is on loopback only |

No REST sender can name a Slack user's or a widget session's conversation (those have a `:`), so "show
my draft" over REST never reads someone else's. Ids are checked where they come in, before anything
touches the store: a NUL or a 10,000-character id never reaches the database.
"""
import re
from typing import Any, Optional

MAX_REST_ID = 128
REST_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@+-]{0,%d}" % (MAX_REST_ID - 1))
SLACK_PART = re.compile(r"[A-Z0-9]{1,32}")  # Slack's team and user ids: T0123ABC, U0123ABC, W0123ABC
WEB_SESSION = re.compile(r"[A-Za-z0-9_-]{16,64}")

REST_ID_RULE = (f"'sender' must be 1 to {MAX_REST_ID} letters, digits, '.', '_', '@', '+' or '-', starting with "
                "a letter or digit")


def is_rest_id(value: Any) -> bool:
    return isinstance(value, str) and REST_ID.fullmatch(value) is not None


def slack_id(team: Any, user: Any) -> Optional[str]:
    """The conversation of a Slack user in a workspace; None when either id isn't one of Slack's."""
    if not all(isinstance(part, str) and SLACK_PART.fullmatch(part) for part in (team, user)):
        return None
    return f"slack:{team}:{user}"


def web_id(session: str) -> str:
    return f"web:{session}"


def space(conversation_id: Any) -> Optional[str]:
    """"rest", "slack" or "web" for a well-formed conversation id; None for anything else."""
    if is_rest_id(conversation_id):
        return "rest"
    if not isinstance(conversation_id, str):
        return None
    kind, _, rest = conversation_id.partition(":")
    if kind == "slack":
        team, _, user = rest.partition(":")
        return "slack" if slack_id(team, user) == conversation_id else None
    if kind == "web" and WEB_SESSION.fullmatch(rest):
        return "web"
    return None
