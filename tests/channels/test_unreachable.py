"""The reply a candidate gets when the action server or the conversation store is down, and only then."""
import asyncio

from aiohttp import web
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from actions.store.db import StoreUnavailable
from channels.unreachable import STORE_DOWN, TRY_AGAIN, answer_when_parts_fail

DOWN = "http://127.0.0.1:1/health"


def handled(on_new_message, health_url=None):
    """What the candidate receives for one message; health_url None: a healthy action server."""
    async def scenario():
        runner = None
        url = health_url
        if url is None:
            app = web.Application()
            app.router.add_get("/health", lambda request: web.json_response({"status": "ok"}))
            runner = web.AppRunner(app)
            await runner.setup()
            site = web.TCPSite(runner, "127.0.0.1", 0)
            await site.start()
            url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}/health"
        collector = CollectingOutputChannel()
        try:
            await answer_when_parts_fail(on_new_message, lambda: url)(UserMessage("hi", collector, "c1"))
        finally:
            if runner:
                await runner.cleanup()
        return [m.get("text") for m in collector.messages]

    return asyncio.run(scenario())


async def answers(message: UserMessage):
    await message.output_channel.send_text_message(message.sender_id, "a real answer")


async def stays_silent(message: UserMessage):
    return None


async def store_fails(message: UserMessage):
    raise StoreUnavailable("The coach's database sqlite:///var/coach.db failed (OperationalError)")


def test_a_silent_turn_with_the_action_server_down_says_try_again():
    assert handled(stays_silent, DOWN) == [TRY_AGAIN]


def test_a_message_is_not_handled_while_the_action_server_is_down():
    assert handled(answers, DOWN) == [TRY_AGAIN]


def test_a_turn_with_everything_up_is_left_alone():
    assert handled(answers) == ["a real answer"]


def test_a_store_failure_asks_the_candidate_to_send_the_message_again():
    assert handled(store_fails) == [STORE_DOWN]
