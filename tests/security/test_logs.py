"""The logs of a whole conversation, over REST and through the door's widget, carry ids, event kinds and
error classes: never what the candidate typed, nor a figure, nor the draft."""
import asyncio

import pytest

from tests.e2e.conftest import Conversation
from tests.security.client import Widget
from tests.security.conftest import logged

pytestmark = pytest.mark.e2e

ANSWERS = {
    "role": "Narwhal closer",
    "company": "Blobfish Holdings",
    "offer_base": "$131,313",
    "offer_variable": "17,171 bonus",
    "concern": "It's less than I earn now at Axolotl Corp, a real step back",
    "previous_earnings": "I make 151,515 in total",
    "evidence": "yes, my Wombat pay stubs",
}
TYPED = ["Narwhal", "Blobfish", "131,313", "131313", "17,171", "17171", "Axolotl", "151,515", "151515", "Wombat",
         "Tasmanian devil"]


def test_a_whole_conversation_leaves_no_content_in_the_logs(public_coach):
    chat = Conversation(public_coach)
    chat.say("hi")
    slots = chat.answer(ANSWERS, default="yes")
    assert slots["verdict"] and slots["draft"]
    chat.say("can you make it an email?")
    chat.say("delete my data")
    chat.say("yes")

    async def in_the_widget():
        origin = f"http://127.0.0.1:{public_coach['PUBLIC_PORT']}"
        async with Widget(origin, origin) as tab:
            await tab.start()
            await tab.say("/greet", replies=2)
            await tab.say("Tasmanian devil wrangler")

    asyncio.run(in_the_widget())
    log = logged(public_coach)
    assert f"Erased conversation {chat.sender} on request" in log, "ids and events are logged"
    assert [typed for typed in TYPED if typed in log] == []
    assert not [line for line in slots["draft"].splitlines() if len(line) > 20 and line in log]
