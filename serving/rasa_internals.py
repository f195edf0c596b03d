"""Every name inside Rasa that the coach reaches past the public API for, and the one version it was read on.

The serving fixes (serving/rasa_fixes.py), the durable store (serving/durable_store.py), the API door
(serving/api_door.py) and the bounded action calls (serving/action_calls.py) replace Rasa functions; the
channels and stores subclass Rasa classes and call or override their private methods.
Each of those names is listed here, and tests/serving/test_rasa_internals.py imports every one: when a
Rasa upgrade moves or renames one, that test fails by name instead of a patch silently doing nothing.
"""
import importlib
from typing import List, Optional, Tuple

FOR_VERSION = "3.6.21"

# (module, attribute path): what the coach patches, overrides or calls that Rasa does not document.
TOUCHED: Tuple[Tuple[str, str], ...] = (
    # serving/rasa_fixes.py
    ("rasa.core.actions.action", "RemoteAction._validate_action_result"),
    ("rasa.core.actions.action", "RemoteAction.action_response_format_spec"),
    ("rasa.core.run", "load_agent_on_start"),
    ("rasa.core.run", "close_resources"),
    ("rasa.shared.core.events", "Event.resolve_by_type"),
    ("rasa.utils.endpoints", "EndpointConfig.session"),
    ("rasa.utils.endpoints", "DEFAULT_REQUEST_TIMEOUT"),
    # serving/api_door.py, serving/action_calls.py
    ("rasa.core.run", "configure_app"),
    ("rasa.core.actions.action", "RemoteAction.run"),
    ("rasa.core.lock_store", "LockError"),
    # serving/durable_store.py
    ("rasa.core.agent", "Agent._create_tracker_store"),
    # serving/tracker_store.py (its window: what a save stores, what a checkpoint restores, how a load replays)
    ("rasa.core.tracker_store", "SQLTrackerStore._retrieve"),
    ("rasa.core.tracker_store", "SQLTrackerStore.save"),
    ("rasa.core.tracker_store", "SQLTrackerStore.SQLEvent"),
    ("rasa.core.tracker_store", "SQLTrackerStore.session_scope"),
    ("rasa.core.tracker_store", "TrackerStore.stream_events"),
    ("rasa.shared.core.slots", "Slot.has_been_set"),
    ("rasa.shared.core.trackers", "DialogueStateTracker.from_dict"),
    # serving/lock_store.py
    ("rasa.core.lock_store", "LOCK_LIFETIME"),
    # channels/
    ("rasa.core.channels.slack", "SlackInput._sanitize_user_message"),
    ("rasa.core.channels.slack", "SlackInput.process_message"),
    ("rasa.core.channels.slack", "SlackBot._post_message"),
    ("rasa.core.channels.socketio", "SocketIOOutput._send_message"),
    ("rasa.core.channels.socketio", "SocketBlueprint"),
)


def missing() -> List[str]:
    """The touched names this Rasa does not have, as "module:attribute"."""
    gone = []
    for module_name, path in TOUCHED:
        try:
            found = importlib.import_module(module_name)
            for part in path.split("."):
                found = getattr(found, part)
        except (ImportError, AttributeError):
            gone.append(f"{module_name}:{path}")
    return gone


def mismatch() -> Optional[str]:
    """Why the patches don't fit the installed Rasa, or None when they do."""
    import rasa

    if rasa.__version__ != FOR_VERSION:
        return f"Rasa {rasa.__version__} is not {FOR_VERSION}"
    return None
