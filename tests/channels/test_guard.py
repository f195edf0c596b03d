"""What a candidate hears for each odd message and each failure, and that a good turn is left alone."""
import asyncio
import logging

import pytest
from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.lock_store import LockError

from actions.store.db import StoreUnavailable
from channels.guard import BROKE, LOCKS_DOWN, NO_REPLY, STORE_DOWN, TRY_AGAIN, guarded
from channels.screening import MAX_MESSAGE_CHARS, NO_TEXT, TOO_LONG
from serving.action_calls import TurnAborted


def handled(on_new_message, text="hi"):
    """What the candidate receives for one message, and what the handler was given."""
    given = []

    async def recording(message: UserMessage):
        given.append(message.text)
        return await on_new_message(message)

    collector = CollectingOutputChannel()
    asyncio.run(guarded(recording)(UserMessage(text, collector, "c1")))
    return [m.get("text") for m in collector.messages], given


async def answers(message: UserMessage):
    await message.output_channel.send_text_message(message.sender_id, "a real answer")


async def stays_silent(message: UserMessage):
    return None


def failing(error):
    async def fail(message: UserMessage):
        raise error
    return fail


def answers_then_fails(error):
    async def fail(message: UserMessage):
        await answers(message)
        raise error
    return fail


def test_a_turn_with_everything_up_is_left_alone():
    assert handled(answers) == (["a real answer"], ["hi"])


def test_a_silent_turn_gets_a_reply():
    assert handled(stays_silent) == ([NO_REPLY], ["hi"])


@pytest.mark.parametrize("error, reply", [
    (TurnAborted("validate_coach_form", "ClientConnectorError"), TRY_AGAIN),
    (StoreUnavailable("The coach's database sqlite:///var/coach.db failed (OperationalError)"), STORE_DOWN),
    (LockError("Error while acquiring lock"), LOCKS_DOWN),
    (RuntimeError("anything else"), BROKE),
])
def test_each_failure_is_said_in_its_own_words(error, reply):
    assert handled(failing(error)) == ([reply], ["hi"])


def test_a_store_failure_after_replies_is_still_said_as_the_turn_was_not_saved():
    assert handled(answers_then_fails(StoreUnavailable("failed")))[0] == ["a real answer", STORE_DOWN]


def test_a_lock_failure_after_the_turn_was_answered_adds_nothing():
    # The turn ran and was saved; only releasing the lock failed: "send it again" would be untrue.
    assert handled(answers_then_fails(LockError("release failed")))[0] == ["a real answer"]


@pytest.mark.parametrize("text, reply", [(None, NO_TEXT), ("", NO_TEXT), ("   \n", NO_TEXT), ("\x00\x01", NO_TEXT),
                                         ("/", NO_TEXT), ("x" * (MAX_MESSAGE_CHARS + 1), TOO_LONG)])
def test_odd_messages_are_answered_before_the_nlu(text, reply):
    assert handled(answers, text) == ([reply], [])


@pytest.mark.parametrize("text, seen", [("/restart", "restart"), ("/session_start", "session_start"),
                                        ("//back", "back"), ('/inform{"offer_base": 1}', 'inform{"offer_base": 1}'),
                                        ("/greet", "/greet"), ("a\x00b", "ab"), ("x" * MAX_MESSAGE_CHARS, "x" * 2000)])
def test_commands_are_read_as_words_and_what_nobody_types_is_dropped(text, seen):
    assert handled(answers, text) == (["a real answer"], [seen])


def test_the_log_gets_the_id_and_the_kind_never_the_text(caplog):
    caplog.set_level(logging.INFO)
    handled(failing(RuntimeError("Zanzibar 131,313")), "my offer from Zanzibar is 131,313")
    handled(answers, "y" * (MAX_MESSAGE_CHARS + 5))
    logged = caplog.text
    assert "c1" in logged and "RuntimeError" in logged and f"{MAX_MESSAGE_CHARS + 5} characters" in logged
    assert "Zanzibar" not in logged and "131,313" not in logged and "yyy" not in logged
