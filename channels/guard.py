"""Every message a channel of ours receives gets a reply that is true, whatever failed.

Each channel hands its messages to `guarded(on_new_message)` instead of Rasa's handler:

- odd input (not text, empty, too long, "/restart") is answered before the NLU (channels/screening.py);
- the action server down, hung or failing mid-turn: the turn is abandoned unsaved (serving/action_calls.py)
  and the candidate asked to send the message again;
- the conversation store failing (serving/tracker_store.py raises StoreUnavailable) or the lock store
  (Redis) out of reach: the same, each with its own words;
- anything else that breaks a turn: a short apology, and the error's class in the log;
- a turn that ended without any reply gets one, so nobody is left looking at silence.

The log gets the conversation id and the kind of failure; never the message, which Rasa's own handlers
would have logged whole.
"""
import logging
from typing import Any, Awaitable, Callable, Optional

from rasa.core.channels.channel import OutputChannel, UserMessage
from rasa.core.lock_store import LockError

from actions.store.db import StoreUnavailable
from channels.screening import screen
from serving.action_calls import TurnAborted, guarded_turn

logger = logging.getLogger(__name__)

TRY_AGAIN = ("Sorry, part of me is not answering right now, so I couldn't handle that. Please try again in a "
             "moment: nothing you've told me is lost.")
STORE_DOWN = ("Sorry, I couldn't reach the place where I keep our conversation, so I haven't taken that in. "
              "Please send it again in a moment: everything you told me before is kept.")
LOCKS_DOWN = ("Sorry, I can't keep our conversation in order right now, so I haven't taken that in. Please send "
              "it again in a moment: everything you told me before is kept.")
BROKE = ("Sorry, something went wrong on my side with that message. Please send it again; if it keeps "
         "happening, try again a little later.")
NO_REPLY = "Sorry, I don't have an answer to that. Could you put it another way?"


def _counted(method: str):
    async def send(self: "CountingOutput", *args: Any, **kwargs: Any) -> None:
        self.sent += 1
        await getattr(self.inner, method)(*args, **kwargs)

    send.__name__ = method
    return send


class CountingOutput(OutputChannel):
    """Passes every reply on to the channel's own output, counting them."""

    def __init__(self, inner: OutputChannel) -> None:
        self.inner = inner
        self.sent = 0

    @classmethod
    def name(cls) -> str:
        return "counting"

    # Whole responses (what Rasa's processor sends) and each kind of part (what a channel may send itself).
    send_response = _counted("send_response")
    send_text_message = _counted("send_text_message")
    send_text_with_buttons = _counted("send_text_with_buttons")
    send_quick_replies = _counted("send_quick_replies")
    send_image_url = _counted("send_image_url")
    send_attachment = _counted("send_attachment")
    send_elements = _counted("send_elements")
    send_custom_json = _counted("send_custom_json")


async def _tell(output: OutputChannel, recipient: str, text: str) -> None:
    try:
        await output.send_text_message(recipient, text)
    except Exception as error:  # the channel itself is failing (Slack's API, a closed socket): only the log is left
        logger.error("Could not tell %s what happened (%s)", recipient, type(error).__name__)


def _failure_reply(error: BaseException, replied: bool) -> Optional[str]:
    """What to tell the candidate about a turn that failed with `error`, or None to say nothing more."""
    if isinstance(error, TurnAborted):
        return TRY_AGAIN
    if isinstance(error, StoreUnavailable):
        return STORE_DOWN  # the turn was not saved, whatever was said on the way
    if isinstance(error, LockError):
        # Before the turn: it never ran. After replies: the turn is done and saved, only unlocking failed.
        return None if replied else LOCKS_DOWN
    return BROKE


def guarded(on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Callable[[UserMessage], Awaitable[None]]:
    async def handle(message: UserMessage) -> None:
        sender, output = message.sender_id, message.output_channel
        screened = screen(message.text)
        if screened.reply:
            logger.info("Message from %s answered before the NLU (%s)", sender, screened.why)
            await _tell(output, sender, screened.reply)
            return
        message.text = screened.text
        counting = CountingOutput(output)
        message.output_channel = counting
        try:
            with guarded_turn():
                await on_new_message(message)
        except (Exception, TurnAborted) as error:
            logger.error("Turn for %s failed (%s)", sender, getattr(error, "kind", None) or type(error).__name__)
            reply = _failure_reply(error, counting.sent > 0)
            if reply:
                await _tell(output, sender, reply)
            return
        if counting.sent == 0:
            logger.warning("Turn for %s produced no reply", sender)
            await _tell(output, sender, NO_REPLY)

    return handle
