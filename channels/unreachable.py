"""When the action server or the database is down, say so instead of staying silent.

Rasa logs a failed custom action and sends the candidate nothing (or a misleading fallback), and a
database error at run time would only reach the log. Every channel of ours passes its message handler
through `answer_when_parts_fail`: when the action server does not answer its health check, or the
conversation store fails (serving/durable_store.py lets its error through), the candidate is asked to try
again in a moment, and the conversation carries on from the same place once it is back.
"""
import logging
import os
from typing import Any, Awaitable, Callable

import aiohttp
from rasa.core.channels.channel import OutputChannel, UserMessage

from actions.store.db import StoreUnavailable

logger = logging.getLogger(__name__)

TRY_AGAIN = ("Sorry, part of me is not answering right now, so I couldn't handle that. Please try again in a "
             "moment: nothing you've told me is lost.")
STORE_DOWN = ("Sorry, I couldn't reach the place where I keep our conversation, so I haven't taken that in. "
              "Please send it again in a moment: everything you told me before is kept.")
HEALTH_TIMEOUT = aiohttp.ClientTimeout(total=2)


def actions_health_url() -> str:
    return f"http://127.0.0.1:{os.environ.get('ACTIONS_PORT', '5055')}/health"


async def actions_answer(url: str) -> bool:
    try:
        async with aiohttp.ClientSession(timeout=HEALTH_TIMEOUT) as session:
            async with session.get(url) as response:
                return response.status == 200
    except (aiohttp.ClientError, OSError, TimeoutError):
        return False


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


def answer_when_parts_fail(on_new_message: Callable[[UserMessage], Awaitable[Any]],
                           health_url: Callable[[], str] = actions_health_url
                           ) -> Callable[[UserMessage], Awaitable[Any]]:
    async def handle(message: UserMessage) -> Any:
        # Checked first: once Rasa has the message, a failed action only shows as a wrong or missing
        # reply. A message turned away here is not recorded, so the candidate simply sends it again.
        if not await actions_answer(health_url()):
            await message.output_channel.send_text_message(message.sender_id, TRY_AGAIN)
            return None
        counting = CountingOutput(message.output_channel)
        message.output_channel = counting
        try:
            result = await on_new_message(message)
        except StoreUnavailable as error:  # the turn was not saved: the store holds the turn before it
            logger.error("%s; the candidate was asked to send their message again", error)
            await counting.inner.send_text_message(message.sender_id, STORE_DOWN)
            return None
        if counting.sent == 0 and not await actions_answer(health_url()):  # it went down during the turn
            await counting.inner.send_text_message(message.sender_id, TRY_AGAIN)
        return result

    return handle
