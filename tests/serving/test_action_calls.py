"""Calls to the action server: a time limit whatever the failure, the turn ended, nothing of the reply logged."""
import asyncio
import logging
import time

import pytest
from aiohttp import web
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from serving import action_calls
from serving.action_calls import TurnAborted, guarded_turn
from tests.serving.stand_in import action_webhook

DOMAIN = Domain.from_yaml("version: '3.1'\nactions:\n- validate_coach_form\n")


@pytest.fixture(autouse=True)
def bounded(monkeypatch):
    monkeypatch.setattr(RemoteAction, "run", RemoteAction.run)  # undone after each test
    monkeypatch.setenv("COACH_ACTION_TIMEOUT", "1")
    action_calls.apply()


def call(behaviour, guarded=True):
    """Runs one remote action against an action server that behaves as `behaviour` says."""
    async def webhook(request):
        if behaviour == "hang":
            await asyncio.sleep(30)
        if behaviour == "fail":
            return web.json_response({"error": "Zanzibar 131,313", "request_body": {"text": "Zanzibar"}}, status=500)
        if behaviour == "reject":
            return web.json_response({"action_name": "validate_coach_form", "error": "no"}, status=400)
        return web.json_response({"events": [], "responses": []})

    async def scenario():
        async with action_webhook(webhook) as url:
            action = RemoteAction("validate_coach_form", EndpointConfig(url))
            tracker = DialogueStateTracker("someone", [])
            if guarded:
                with guarded_turn():
                    return await action.run(CollectingOutputChannel(), None, tracker, DOMAIN)
            return await action.run(CollectingOutputChannel(), None, tracker, DOMAIN)

    return asyncio.run(scenario())


def test_a_working_call_is_left_alone():
    assert call("answer") == []


def test_a_hung_action_server_ends_the_turn_within_the_limit():
    started = time.monotonic()
    with pytest.raises(TurnAborted) as aborted:
        call("hang")
    assert aborted.value.kind == "no answer within 1 s"
    assert time.monotonic() - started < 5


def test_outside_a_candidate_s_turn_it_is_rasa_s_own_error():
    with pytest.raises(RasaException, match=r"validate_coach_form' \(HTTP 500\)"):
        call("fail", guarded=False)


def test_a_down_action_server_ends_the_turn():
    async def scenario():
        action = RemoteAction("validate_coach_form", EndpointConfig("http://127.0.0.1:1/webhook"))
        with guarded_turn():
            await action.run(CollectingOutputChannel(), None, DialogueStateTracker("someone", []), DOMAIN)

    with pytest.raises(TurnAborted, match="ClientConnectorError"):
        asyncio.run(scenario())


def test_a_form_s_rejection_is_dialogue_not_a_failure():
    with pytest.raises(ActionExecutionRejection):
        call("reject")


def test_the_action_server_s_reply_is_not_logged(caplog):
    caplog.set_level(logging.INFO)
    with pytest.raises(TurnAborted):
        call("fail")
    assert "validate_coach_form" in caplog.text and "someone" in caplog.text and "HTTP 500" in caplog.text
    assert "Zanzibar" not in caplog.text and "131,313" not in caplog.text
