"""Runs a command while a coach is up: starts `serve.py run`, waits until it answers, runs, stops it.

    python scripts/running.py -- python eval/run.py eval/scenarios.yaml

Also used by the end-to-end tests (`started_coach`). Ports come from RASA_PORT / ACTIONS_PORT; the chat
page takes WEB_PORT when it is set, else any free port (nobody needs this coach's page on 8080, and two
coaches must not fight over it); the public door opens when PUBLIC_PORT is set. The coach's secrets are
resolved as serve.py does (serving/keys.py): `api` reads the HTTP API with the coach's token; eval/run.py
needs none (it reads only REST conversations' trackers).
"""
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Dict, Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent
READY_TIMEOUT = 180
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from serving import keys  # noqa: E402


def answers(url: str, headers: Optional[Dict[str, str]] = None) -> bool:
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def api_token(env: Dict[str, str]) -> str:
    """The HTTP API's token for a coach started with `env`: its RASA_AUTH_TOKEN, else the one serve.py kept."""
    resolved = dict(env)
    keys.resolve(resolved, ROOT / "var")
    return resolved["RASA_AUTH_TOKEN"]


def token_header(env: Dict[str, str]) -> Dict[str, str]:
    return {"Authorization": f"Bearer {api_token(env)}"}


def api(env: Dict[str, str], path: str, timeout: float = 60):
    """GET from the Rasa HTTP API with the coach's token, as JSON."""
    request = urllib.request.Request(f"http://127.0.0.1:{env['RASA_PORT']}{path}", headers=token_header(env))
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_ready(env: Dict[str, str], process: subprocess.Popen, timeout: float = READY_TIMEOUT) -> None:
    rasa = f"http://127.0.0.1:{env['RASA_PORT']}/status"
    actions = f"http://127.0.0.1:{env['ACTIONS_PORT']}/health"
    pages = [f"http://127.0.0.1:{env[port]}/" for port in ("WEB_PORT", "PUBLIC_PORT") if env.get(port)]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the coach exited with status {process.returncode} before it was ready")
        if answers(actions) and answers(rasa, token_header(env)) and all(answers(page) for page in pages):
            return
        time.sleep(1)
    raise TimeoutError(f"the coach did not answer within {timeout:.0f} s")


@contextlib.contextmanager
def started_coach(env: Optional[Dict[str, str]] = None, log: Optional[Path] = None) -> Iterator[subprocess.Popen]:
    env = dict(env or os.environ)
    env.setdefault("RASA_PORT", "5005")
    env.setdefault("ACTIONS_PORT", "5055")
    if not env.get("WEB_PORT"):
        env["WEB_PORT"] = str(free_port())
    out = open(log, "ab") if log else subprocess.DEVNULL
    process = subprocess.Popen([sys.executable, str(ROOT / "scripts" / "serve.py"), "run"], cwd=ROOT, env=env,
                               stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_until_ready(env, process)
        yield process
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGTERM)
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        if log:
            out.close()


def say(env: Dict[str, str], sender: str, text: str) -> list:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(f"http://127.0.0.1:{env['RASA_PORT']}/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.loads(response.read() or b"[]")


def main() -> int:
    if "--" not in sys.argv:
        print(__doc__, file=sys.stderr)
        return 2
    command = sys.argv[sys.argv.index("--") + 1:]
    (ROOT / "var").mkdir(exist_ok=True)
    with started_coach(log=ROOT / "var" / "coach.log"):
        return subprocess.call(command, cwd=ROOT)


if __name__ == "__main__":
    sys.exit(main())
