"""Calls to the action server: bounded in time, and a failed one ends the turn instead of half-finishing it.

Stock Rasa 3.6 waits up to five minutes for an action server that hangs; it then logs the failure, with
the action server's reply (which can quote the whole tracker: the candidate's words and figures), drops
the action's events and carries on predicting, so the candidate gets nothing, or a reply from a
half-done turn, and that turn is saved. Here (applied by scripts/rasa_server.py):

- a call gets COACH_ACTION_TIMEOUT seconds (default 15) in all, however it fails to finish;
- during a candidate's turn (inside `guarded_turn`, which every channel of ours enters), a failed call
  raises `TurnAborted`, which goes past Rasa's handlers to the channel: the turn is not saved, and the
  channel tells the candidate to send the message again (channels/guard.py). Elsewhere (the HTTP API's
  /execute) it becomes the error stock Rasa raises;
- the log gets the action's name, the conversation id and the kind of failure, nothing else.

A form's own rejection (the action server's 400, "this slot can't be filled") is normal dialogue and passes
through untouched.
"""
import asyncio
import contextlib
import contextvars
import logging
import os
from typing import Any, Iterator

from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.shared.exceptions import RasaException

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT_SECONDS = 15.0
_in_guarded_turn: contextvars.ContextVar[bool] = contextvars.ContextVar("coach_guarded_turn", default=False)


class TurnAborted(BaseException):
    """An action server call failed in the middle of a candidate's turn.

    A BaseException on purpose: Rasa's processor catches every Exception an action raises, logs it and goes
    on with the turn. This must reach the channel with nothing saved on the way (Rasa's lock is still
    released: it is held in a `finally`)."""

    def __init__(self, action: str, kind: str) -> None:
        super().__init__(f"the action server failed running {action} ({kind})")
        self.action, self.kind = action, kind


@contextlib.contextmanager
def guarded_turn() -> Iterator[None]:
    token = _in_guarded_turn.set(True)
    try:
        yield
    finally:
        _in_guarded_turn.reset(token)


def timeout_seconds() -> float:
    return float(os.environ.get("COACH_ACTION_TIMEOUT") or DEFAULT_TIMEOUT_SECONDS)


def failure_kind(error: BaseException) -> str:
    """What went wrong, in words that carry nothing of the request or the reply. Rasa wraps what aiohttp
    raised in its own error, explicitly or not: the original is the one named."""
    if isinstance(error, asyncio.TimeoutError):  # ours (wait_for), or aiohttp's
        return f"no answer within {timeout_seconds():g} s"
    origin = error.__cause__ or error.__context__ or error
    status = getattr(origin, "status", None)
    return f"HTTP {status}" if status else type(origin).__name__


def apply() -> None:
    if getattr(RemoteAction.run, "coach_bounded", False):
        return
    stock_run = RemoteAction.run

    async def run(self: RemoteAction, output_channel: Any, nlg: Any, tracker: Any, domain: Any) -> Any:
        try:
            return await asyncio.wait_for(stock_run(self, output_channel, nlg, tracker, domain), timeout_seconds())
        except ActionExecutionRejection:
            raise
        except Exception as error:  # any failure: connection, timeout, HTTP error, a malformed reply
            kind = failure_kind(error)
            logger.error("Action server call %s for %s failed (%s)", self.name(), tracker.sender_id, kind)
            if _in_guarded_turn.get():
                raise TurnAborted(self.name(), kind) from None
            raise RasaException(f"Failed to execute custom action '{self.name()}' ({kind})") from None

    run.coach_bounded = True
    RemoteAction.run = run
