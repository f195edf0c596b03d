"""The coach's three secrets, and where each one comes from.

| variable | what it guards | file when unset |
| --- | --- | --- |
| RASA_AUTH_TOKEN | the Rasa HTTP API (serving/api_door.py), as `Authorization: Bearer` | var/api-token |
| COACH_SESSION_KEY | the widget's session ids, signed with it (channels/sessions.py) | var/session-key |
| COACH_ACTIONS_SECRET | the action server, answering only who shows it (scripts/action_server.py) | var/actions-secret |

Each is taken from the environment when set (several nodes must share the session key and the actions
secret), else from its file, which is created with a random value the first time, readable by its owner
only (0600). scripts/serve.py resolves all three before it starts anything and hands them to its children in
their environment: never in argv (which `ps` shows to everyone) and never in a URL. scripts/rasa_server.py
and scripts/action_server.py, started on their own, resolve the ones they lack the same way, so the two
servers of one checkout always agree.
"""
import os
import secrets
from pathlib import Path
from typing import Dict, MutableMapping

FILES: Dict[str, str] = {
    "RASA_AUTH_TOKEN": "api-token",
    "COACH_SESSION_KEY": "session-key",
    "COACH_ACTIONS_SECRET": "actions-secret",
}


def kept_secret(path: Path) -> str:
    """The secret in `path`, made (0600, random) when the file does not exist yet."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        if path.stat().st_mode & 0o077:
            path.chmod(0o600)  # copied around with looser permissions: tighten them before reading
        value = path.read_text().strip()
        if not value:
            raise RuntimeError(f"{path} is empty: delete it and a new secret will be made")
        return value
    value = secrets.token_urlsafe(32)
    with os.fdopen(descriptor, "w") as file:
        file.write(value + "\n")
    return value


def resolve(env: MutableMapping[str, str], var: Path) -> None:
    """Fills in every secret that `env` does not set (or sets empty) from its file under `var`."""
    for name, file in FILES.items():
        if not env.get(name):
            env[name] = kept_secret(var / file)
