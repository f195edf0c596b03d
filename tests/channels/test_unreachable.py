"""The reply a candidate gets when the action server is down, and only then."""
import asyncio

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage

from channels.unreachable import TRY_AGAIN, answer_when_actions_fail


def handled(reply: bool, health_url: str):
    async def on_new_message(message: UserMessage):
        if reply:
            await message.output_channel.send_text_message(message.sender_id, "a real answer")

    collector = CollectingOutputChannel()
    handler = answer_when_actions_fail(on_new_message, lambda: health_url)
    asyncio.run(handler(UserMessage("hi", collector, "c1")))
    return [m.get("text") for m in collector.messages]


def test_a_silent_turn_with_the_action_server_down_says_try_again():
    assert handled(reply=False, health_url="http://127.0.0.1:1/health") == [TRY_AGAIN]


def test_a_message_is_not_handled_while_the_action_server_is_down():
    assert handled(reply=True, health_url="http://127.0.0.1:1/health") == [TRY_AGAIN]


def test_a_turn_with_the_action_server_up_is_left_alone():
    from aiohttp import web

    async def scenario():
        app = web.Application()
        app.router.add_get("/health", lambda request: web.json_response({"status": "ok"}))
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]

        async def on_new_message(message):
            await message.output_channel.send_text_message(message.sender_id, "a real answer")

        collector = CollectingOutputChannel()
        await answer_when_actions_fail(on_new_message, lambda: f"http://127.0.0.1:{port}/health")(
            UserMessage("hi", collector, "c1"))
        await runner.cleanup()
        return [m.get("text") for m in collector.messages]

    assert asyncio.run(scenario()) == ["a real answer"]
