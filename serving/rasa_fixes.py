"""Fixes to Rasa 3.6's serving, applied by scripts/rasa_server.py before Rasa's own command line runs.

They were found by profiling the server with py-spy (benchmarks/README.md says how), and none changes a
result:

1. Action-server replies are checked against Rasa's event schema by validators built once. Stock Rasa
   calls jsonschema.validate() on every reply, and that first re-checks the schema itself against the JSON
   Schema meta-schema: about a third of the server's CPU time for the coach, which calls its action server
   twice a turn (validate the answer, ask the next question). Then each event of a reply is checked against
   the schema of its own type: the schema's `oneOf` tries all 23 event types on every event, and a form's
   reply carries a SlotSet for every slot it validated.
2. Once the model is loaded, everything then alive is moved out of the garbage collector's sight
   (gc.freeze()). Otherwise each full collection walks every object of spaCy, Rasa's graph and the model,
   in the middle of some candidate's turn (with DIET's TensorFlow graph, 0.3 to 1 s each time).
3. An event's class is found by its type name in a table. Stock Rasa walks the whole tree of Event
   subclasses, checking each for abstract methods, for every event it reads: every event of the tracker
   loaded each turn, and every event an action returns. That walk was 60% of loading a tracker, whose
   cost grows with the conversation (2.5 ms at its start, 7 ms by the draft).
4. Calls to the action server reuse their connections. Stock Rasa builds a new HTTP client session, and so
   a new connection, for every call, and the coach makes one or two calls a turn. Only the action
   endpoint keeps its session (other endpoints behave as stock), the session closes an idle connection
   after 2 s, before the action server's own 5 s keep-alive ends it, so a call never goes out on a
   connection the server is closing, and it is closed when the server stops.

Written against Rasa 3.6.21 (serving/rasa_internals.py lists every Rasa name touched); on any other version
apply() changes nothing and says why.
"""
import asyncio
import json
from typing import Any, Dict, Optional, Tuple

import aiohttp
from rasa.utils.endpoints import DEFAULT_REQUEST_TIMEOUT, EndpointConfig

from serving.rasa_internals import mismatch


def validators_by_event_type(schema: Dict[str, Any], validator_class: Any) -> Optional[Tuple[Any, Dict[str, Any]]]:
    """The reply schema split at its `oneOf` over event types: a validator for the reply without its events'
    items, and one per event type for an event of that type (the item's own checks, and that type's).

    Every alternative of the `oneOf` requires its own `event` constant, so an event can only ever match the
    one alternative named by its `event`: checking that one alone gives oneOf's verdict without trying the
    22 others. None when the schema isn't shaped so (another Rasa's): then every reply is checked whole."""
    try:
        items = schema["properties"]["events"]["items"]
        alternatives = items["oneOf"]
        by_type = {alternative["properties"]["event"]["const"]: alternative for alternative in alternatives}
    except (KeyError, TypeError):
        return None
    if len(by_type) != len(alternatives) or "$ref" in json.dumps(schema):
        return None
    item = {key: value for key, value in items.items() if key != "oneOf"}
    rest = {**schema, "properties": {**schema["properties"],
                                     "events": {k: v for k, v in schema["properties"]["events"].items()
                                                if k != "items"}}}
    return validator_class(rest), {name: validator_class({**item, "allOf": [alternative]})
                                   for name, alternative in by_type.items()}


def validate_action_results_with_one_validator() -> None:
    import jsonschema
    from rasa.core.actions.action import RemoteAction

    stock = RemoteAction._validate_action_result
    schema = RemoteAction.action_response_format_spec()
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)  # what jsonschema.validate() repeats on every call, done once
    validator = validator_class(schema)
    split = validators_by_event_type(schema, validator_class)

    def valid(result: Any) -> bool:
        if split is None:
            return validator.is_valid(result)
        rest, by_type = split
        if not rest.is_valid(result):
            return False
        for event in (result.get("events") or []) if isinstance(result, dict) else []:
            name = event.get("event") if isinstance(event, dict) else None
            if not isinstance(name, str) or name not in by_type or not by_type[name].is_valid(event):
                return False
        return True

    def _validate_action_result(self: RemoteAction, result: Dict[str, Any]) -> bool:
        if type(self).action_response_format_spec is not RemoteAction.action_response_format_spec:
            return stock(self, result)  # a subclass with its own schema: leave it to stock Rasa
        # jsonschema.validate() without the schema check, each event against its own type's schema: a reply
        # that passes here passes stock Rasa's check. Anything else goes to stock Rasa, which decides.
        if valid(result):
            return True
        return stock(self, result)  # invalid: stock Rasa raises the error, with its message about the format

    RemoteAction._validate_action_result = _validate_action_result


def freeze_what_the_model_loaded() -> None:
    import gc

    import rasa.core.run

    stock = rasa.core.run.load_agent_on_start

    async def load_agent_on_start(*args: Any, **kwargs: Any):
        agent = await stock(*args, **kwargs)  # in each Sanic worker, after the fork
        gc.collect()
        gc.freeze()
        return agent

    # serve_application() looks the listener up by this name when it registers it.
    rasa.core.run.load_agent_on_start = load_agent_on_start


def resolve_events_by_type_from_a_table() -> None:
    from rasa.shared.core.events import Event

    stock = Event.resolve_by_type
    table: Dict[str, Any] = {}

    def resolve_by_type(type_name: str, default: Optional[Any] = None) -> Optional[Any]:
        found = table.get(type_name)
        if found is None:
            found = stock(type_name, default)  # the walk; an unknown name gets stock's default, None or error
            if found is not None and found.type_name == type_name:
                table[type_name] = found  # the walk's first match; event classes are never redefined
        return found

    Event.resolve_by_type = staticmethod(resolve_by_type)


IDLE_CONNECTION_SECONDS = 2  # below Sanic's default KEEP_ALIVE_TIMEOUT (5 s), the action server's


class KeptSession:
    """What `async with endpoint.session()` gets for the action endpoint: one session per event loop, left open."""

    def __init__(self, endpoint: "ActionEndpoint") -> None:
        self.endpoint = endpoint

    async def __aenter__(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()  # each Sanic worker has its own, after the fork
        kept = getattr(self.endpoint, "_kept_session", None)
        if kept is None or kept[0] is not loop or kept[1].closed:
            basic = self.endpoint.basic_auth
            session = aiohttp.ClientSession(  # stock Rasa's headers, auth and timeout
                headers=self.endpoint.headers,
                auth=aiohttp.BasicAuth(basic["username"], basic["password"]) if basic else None,
                timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                connector=aiohttp.TCPConnector(keepalive_timeout=IDLE_CONNECTION_SECONDS))
            kept = self.endpoint._kept_session = (loop, session)
        return kept[1]

    async def __aexit__(self, *exc_info: Any) -> None:
        return None  # left open for the next call


class ActionEndpoint(EndpointConfig):
    """The action server's endpoint: the same settings, its connections kept between calls."""

    def session(self) -> KeptSession:  # type: ignore[override]
        return KeptSession(self)

    async def close(self) -> None:
        kept = getattr(self, "_kept_session", None)
        if kept is not None and not kept[1].closed:
            await kept[1].close()


def keep_connections_to_the_action_server() -> None:
    import rasa.core.run

    stock_load, stock_close = rasa.core.run.load_agent_on_start, rasa.core.run.close_resources

    async def load_agent_on_start(model_path: Any, endpoints: Any, *args: Any, **kwargs: Any):
        if type(getattr(endpoints, "action", None)) is EndpointConfig:
            endpoints.action.__class__ = ActionEndpoint  # the same object and settings, other endpoints untouched
        return await stock_load(model_path, endpoints, *args, **kwargs)

    async def close_resources(app: Any, loop: Any) -> None:
        await stock_close(app, loop)
        endpoint = getattr(getattr(app.ctx, "agent", None), "action_endpoint", None)
        if isinstance(endpoint, ActionEndpoint):
            await endpoint.close()

    # serve_application() looks both listeners up by these names when it registers them.
    rasa.core.run.load_agent_on_start = load_agent_on_start
    rasa.core.run.close_resources = close_resources


def apply() -> Optional[str]:
    """Applies the fixes; returns why not when they don't fit this Rasa."""
    why_not = mismatch()
    if why_not:
        return why_not
    validate_action_results_with_one_validator()
    freeze_what_the_model_loaded()
    resolve_events_by_type_from_a_table()
    keep_connections_to_the_action_server()
    return None
