"""Runs a command while a coach is up: starts `serve.py run`, waits until it answers, runs, stops it.

    python scripts/running.py -- python eval/run.py eval/scenarios.yaml

Also used by the end-to-end tests (`started_coach`). Ports come from RASA_PORT / ACTIONS_PORT; the chat
page takes WEB_PORT when it is set, else any free port (nobody needs this coach's page on 8080, and two
coaches must not fight over it).
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


def _answers(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_ready(env: Dict[str, str], process: subprocess.Popen, timeout: float = READY_TIMEOUT) -> None:
    rasa = f"http://127.0.0.1:{env['RASA_PORT']}/status"
    if env.get("RASA_AUTH_TOKEN"):
        rasa += "?token=" + env["RASA_AUTH_TOKEN"]
    actions = f"http://127.0.0.1:{env['ACTIONS_PORT']}/health"
    page = f"http://127.0.0.1:{env['WEB_PORT']}/" if env.get("WEB_PORT") else None
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the coach exited with status {process.returncode} before it was ready")
        if _answers(actions) and _answers(rasa) and (page is None or _answers(page)):
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
