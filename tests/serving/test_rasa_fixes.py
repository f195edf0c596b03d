"""The serving fixes to Rasa 3.6 change how fast, never what: same validation verdicts, same predictions."""
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from serving import rasa_fixes

ROOT = Path(__file__).resolve().parents[2]

VALID = {"events": [{"event": "slot", "name": "offer_base", "value": 90000.0, "timestamp": None},
                    {"event": "active_loop", "name": "coach_form", "timestamp": None}],
         "responses": [{"text": "I have the offered base as $90,000 a year."}]}
INVALID = {"events": [{"event": "slot", "name": 42}], "responses": []}


@pytest.fixture
def fixed_validation(monkeypatch):
    stock = RemoteAction._validate_action_result
    monkeypatch.setattr(RemoteAction, "_validate_action_result", stock)  # put back after the test
    rasa_fixes.validate_action_results_with_one_validator()
    return stock


def test_valid_action_results_pass_as_with_stock_rasa(fixed_validation):
    action = RemoteAction("validate_coach_form", None)
    assert fixed_validation(action, VALID) is True
    assert action._validate_action_result(VALID) is True


def test_invalid_action_results_fail_with_stock_rasas_error(fixed_validation):
    action = RemoteAction("validate_coach_form", None)
    with pytest.raises(jsonschema.ValidationError) as stock_error:
        fixed_validation(action, INVALID)
    with pytest.raises(jsonschema.ValidationError) as fixed_error:
        action._validate_action_result(INVALID)
    assert fixed_error.value.message == stock_error.value.message
    assert "Failed to validate Action server response" in fixed_error.value.message


def every_kind_of_event():
    """One event of each type Rasa has, as an action server would send it."""
    from rasa.shared.core.events import (ActionExecuted, ActionExecutionRejected, ActionReverted, ActiveLoop,
                                         AgentUttered, AllSlotsReset, BotUttered, ConversationPaused,
                                         ConversationResumed, EntitiesAdded, FollowupAction, LoopInterrupted,
                                         ReminderCancelled, ReminderScheduled, Restarted, SessionStarted, SlotSet,
                                         StoryExported, UserUttered, UserUtteranceReverted)
    import datetime
    return [e.as_dict() for e in (
        UserUttered("hi", {"name": "greet", "confidence": 0.9}, [{"entity": "x", "value": "y", "start": 0, "end": 1}]),
        BotUttered("hello", {"buttons": []}), SlotSet("offer_base", 90000.0), SlotSet("leverage", ["a", "b"]),
        SlotSet("role", None), ActionExecuted("action_listen"), ActiveLoop("coach_form"), ActiveLoop(None),
        LoopInterrupted(True), ActionExecutionRejected("coach_form"), FollowupAction("action_assess"),
        AllSlotsReset(), Restarted(), UserUtteranceReverted(), ActionReverted(), ConversationPaused(),
        ConversationResumed(), SessionStarted(), StoryExported(), AgentUttered("x"), EntitiesAdded([]),
        ReminderScheduled("greet", datetime.datetime(2026, 1, 1)), ReminderCancelled(intent="greet"))]


# Broken, or odd and still accepted by Rasa's lenient schema (a number as a bot's text): the same verdict.
ODD = [
    {"events": [{"event": "slot", "name": 42}], "responses": []},
    {"events": [{"event": "no_such_event"}], "responses": []},
    {"events": [{"name": "role", "value": "x"}], "responses": []},
    {"events": [{"event": ["slot"]}], "responses": []},
    {"events": ["slot"], "responses": []},
    {"events": [{"event": "slot", "name": "role", "value": "x", "timestamp": "now"}], "responses": []},
    {"events": [{"event": "active_loop", "name": 3}], "responses": []},
    {"events": [{"event": "bot", "text": 5}], "responses": []},
    {"events": [{"event": "action", "name": None, "policy": 7}], "responses": []},
    {"events": {"event": "slot"}, "responses": []},
    {"events": [], "responses": "hello"},
    {"events": [{"event": "slot", "name": "role", "value": "x"}, {"event": "user", "text": 1}]},
    {"events": [{"event": "slot", "name": "role", "value": "x", "metadata": []}]},
    [],
]


@pytest.mark.parametrize("reply", [{"events": [event], "responses": []} for event in every_kind_of_event()]
                         + [{"events": every_kind_of_event(), "responses": [{"text": "hi"}]}, {"responses": []}, {}])
def test_each_event_type_passes_as_with_stock_rasa(fixed_validation, reply):
    action = RemoteAction("validate_coach_form", None)
    stock_verdict = jsonschema.Draft7Validator(RemoteAction.action_response_format_spec()).is_valid(reply)
    assert stock_verdict is True
    assert action._validate_action_result(reply) is True


def outcome(validate, action, reply):
    try:
        return validate(action, reply)
    except jsonschema.ValidationError as error:
        return error.message


@pytest.mark.parametrize("reply", ODD)
def test_odd_replies_get_stock_rasas_verdict_and_error(fixed_validation, reply):
    action = RemoteAction("validate_coach_form", None)
    assert outcome(RemoteAction._validate_action_result, action, reply) == outcome(fixed_validation, action, reply)


def test_a_schema_not_split_by_event_type_is_checked_whole():
    import jsonschema.validators
    schema = {"type": "object", "properties": {"events": {"type": "array", "items": {"type": "object"}}}}
    assert rasa_fixes.validators_by_event_type(schema, jsonschema.validators.Draft7Validator) is None
    schema["properties"]["events"]["items"]["oneOf"] = [{"properties": {"event": {"const": "a"}}},
                                                        {"properties": {"event": {"const": "a"}}}]
    assert rasa_fixes.validators_by_event_type(schema, jsonschema.validators.Draft7Validator) is None


def test_nothing_is_changed_on_another_rasa(monkeypatch):
    import rasa
    import rasa.core.run
    monkeypatch.setattr(rasa, "__version__", "3.7.0")
    validate, load = RemoteAction._validate_action_result, rasa.core.run.load_agent_on_start
    assert "3.7.0" in rasa_fixes.apply()
    assert RemoteAction._validate_action_result == validate
    assert rasa.core.run.load_agent_on_start == load


COMPARE = r"""
import asyncio, json, sys
from rasa.core.agent import load_agent
texts = json.loads(sys.argv[2])

async def parse_all():
    agent = await load_agent(model_path=sys.argv[1])
    results = []
    for text in texts:
        parsed = await agent.parse_message(text)
        results.append({"intent": parsed["intent"]["name"],
                        "ranking": [(r["name"], round(r["confidence"], 5)) for r in parsed["intent_ranking"]],
                        "entities": [(e["entity"], e["value"], e.get("extractor")) for e in parsed["entities"]]})
    return results

stock = asyncio.run(parse_all())
from serving.rasa_fixes import apply
assert apply() is None
fixed = asyncio.run(parse_all())
print(json.dumps({"stock": stock, "fixed": fixed}))
"""

TEXTS = ["hi, can you look at my offer?", "Regional sales manager", "Globex", "$90,000", "20k bonus",
         "I make 100k base plus 25k commission, 125k in total", "yes, my pay stubs", "why?",
         "can you make it shorter?", "make it an email", "I gave you the wrong base", "delete my data",
         "my dad says you should always counter", "are you a bot?", "what's the weather like"]


@pytest.mark.e2e
def test_the_fixes_change_no_prediction():
    model = ROOT / "models" / "coach.tar.gz"
    if not model.exists():
        pytest.fail("no trained model: run the tests through `make test`, which trains it first")
    result = subprocess.run([sys.executable, "-c", COMPARE, str(model), json.dumps(TEXTS)], cwd=ROOT,
                            capture_output=True, text=True, timeout=900,
                            env={**__import__("os").environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "2"})
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["fixed"] == figures["stock"]


@pytest.fixture
def fixed_event_lookup(monkeypatch):
    from rasa.shared.core.events import Event
    monkeypatch.setattr(Event, "resolve_by_type", Event.resolve_by_type)  # put back after the test
    stock = Event.resolve_by_type
    rasa_fixes.resolve_events_by_type_from_a_table()
    return stock


def test_every_event_type_resolves_to_the_class_stock_rasa_finds(fixed_event_lookup):
    from rasa.shared.core.events import Event, SlotSet, UserUttered
    from rasa.shared.utils.common import all_subclasses
    names = {cls.type_name for cls in all_subclasses(Event)}
    assert {"user", "bot", "slot", "action", "active_loop", "session_started"} <= names
    for name in sorted(names):
        assert Event.resolve_by_type(name) is fixed_event_lookup(name), name
        assert Event.resolve_by_type(name) is fixed_event_lookup(name), name  # from the table this time
    assert Event.from_parameters({"event": "slot", "name": "role", "value": "AE"}) == SlotSet("role", "AE")
    assert isinstance(Event.from_parameters({"event": "user", "text": "hi", "parse_data": {"entities": []}}), UserUttered)


def test_unknown_event_types_behave_as_in_stock_rasa(fixed_event_lookup):
    from rasa.shared.core.events import Event, SlotSet
    assert Event.resolve_by_type("topic") is None
    assert Event.resolve_by_type("no_such_event", SlotSet) is SlotSet
    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no_such_event")


def test_calls_to_the_action_endpoint_reuse_one_connection_and_answer_as_before():
    import asyncio

    from aiohttp import web
    from rasa.utils.endpoints import ClientResponseError

    from tests.serving.stand_in import action_webhook

    peers = []

    async def webhook(request):
        peers.append(request.transport.get_extra_info("peername"))
        body = await request.json()
        if body.get("fail"):
            return web.json_response({"error": "no"}, status=400)
        return web.json_response({"echo": body["n"], "auth": request.headers.get("Authorization")})

    async def scenario():
        async with action_webhook(webhook) as url:
            endpoint = rasa_fixes.ActionEndpoint(url, basic_auth={"username": "u", "password": "p"})
            answers = [await endpoint.request(json={"n": n}, method="post") for n in range(3)]
            with pytest.raises(ClientResponseError) as refused:
                await endpoint.request(json={"fail": True}, method="post")
            kept = await endpoint.session().__aenter__()
            await endpoint.close()
            return answers, refused.value.status, kept.closed

    answers, status, closed = asyncio.run(scenario())
    assert [answer["echo"] for answer in answers] == [0, 1, 2]
    assert answers[0]["auth"].startswith("Basic ")  # stock Rasa's basic auth still sent
    assert status == 400
    assert len(peers) == 4 and len(set(peers)) == 1  # one connection for every call
    assert closed  # and it is closed when the server stops


def test_only_the_action_endpoint_keeps_its_connections_and_it_is_closed_at_shutdown(monkeypatch):
    import asyncio
    from types import SimpleNamespace

    import rasa.core.run
    from rasa.utils.endpoints import EndpointConfig

    closed, loaded = [], []

    async def stock_load(model_path, endpoints, remote_storage, app, loop):
        loaded.append(endpoints)
        app.ctx.agent = SimpleNamespace(action_endpoint=endpoints.action)
        return app.ctx.agent

    async def stock_close(app, loop):
        closed.append("stock")

    monkeypatch.setattr(rasa.core.run, "load_agent_on_start", stock_load)
    monkeypatch.setattr(rasa.core.run, "close_resources", stock_close)
    rasa_fixes.keep_connections_to_the_action_server()
    endpoints = SimpleNamespace(action=EndpointConfig("http://127.0.0.1:1/webhook"),
                                nlg=EndpointConfig("http://127.0.0.1:2/nlg"))
    app = SimpleNamespace(ctx=SimpleNamespace())

    async def serve_and_stop():
        await rasa.core.run.load_agent_on_start("models", endpoints, None, app, None)
        session = await endpoints.action.session().__aenter__()
        await rasa.core.run.close_resources(app, None)
        return session

    session = asyncio.run(serve_and_stop())
    assert loaded == [endpoints] and closed == ["stock"]
    assert isinstance(endpoints.action, rasa_fixes.ActionEndpoint)
    assert endpoints.action.url == "http://127.0.0.1:1/webhook"
    assert type(endpoints.nlg) is EndpointConfig  # every other endpoint as in stock Rasa
    assert session.closed
