"""Starts the coach in the foreground: the action server and the Rasa server (or `rasa shell`).

    python scripts/serve.py run      # HTTP API + REST + socket.io (+ Slack when configured) + the chat page
    python scripts/serve.py shell    # the terminal chat; it serves on the Rasa port itself

Ports come from RASA_PORT / ACTIONS_PORT / WEB_PORT (defaults 5005 / 5055 / 8080). The Slack channel
(channels.slack) is on when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are both set; SLACK_API_URL, when
set, is where it posts instead of Slack's Web API. Before anything starts, the database
named by COACH_DB_URL is opened once: if it can't be, we stop here with an error naming it. Ctrl-C or
SIGTERM stops every process we started, including their children.
"""
import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actions.store.db import StoreUnavailable, check, database_url  # noqa: E402
from scripts.migrate import migrate  # noqa: E402

BIN = Path(sys.executable).parent
# Rasa's own CLI with the coach's serving fixes to Rasa 3.6 applied first (see scripts/rasa_server.py).
RASA = [str(BIN / "python"), str(ROOT / "scripts" / "rasa_server.py")]
SLACK_VARIABLES = ("SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET")
# Written with ${VARIABLE} references, not values: Rasa reads them from the environment, and the secrets
# never land in var/credentials.yml.
SLACK_SECTION = """
channels.slack.SlackInput:
  slack_token: ${SLACK_BOT_TOKEN}
  slack_signing_secret: ${SLACK_SIGNING_SECRET}
"""


def environment() -> dict:
    env = dict(os.environ)
    env.setdefault("RASA_PORT", "5005")
    env.setdefault("ACTIONS_PORT", "5055")
    env.setdefault("WEB_PORT", "8080")
    env.setdefault("COACH_DB_URL", database_url())
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    return env


def credentials_file(env: dict) -> Path:
    """credentials.yml, plus the Slack channel when both of its variables are set."""
    text = (ROOT / "credentials.yml").read_text()
    if all(env.get(name) for name in SLACK_VARIABLES):
        text += SLACK_SECTION
        if env.get("SLACK_API_URL"):
            text += "  slack_api_url: ${SLACK_API_URL}\n"
    path = credentials_path(env)
    path.write_text(text)
    return path


def credentials_path(env: dict) -> Path:
    """One file per Rasa port: coaches running side by side (tests, eval) must not overwrite each other's.
    Removed again when the coach stops."""
    return ROOT / "var" / f"credentials-{env['RASA_PORT']}.yml"


def commands(mode: str, env: dict) -> list:
    actions = [str(BIN / "python"), "-m", "rasa_sdk", "--actions", "actions", "--port", env["ACTIONS_PORT"]]
    common = ["--model", str(ROOT / "models"), "--endpoints", str(ROOT / "endpoints.yml")]
    if mode == "shell":
        rasa = [*RASA, "shell", *common, "--port", env["RASA_PORT"]]
    else:
        rasa = [*RASA, "run", *common, "--enable-api", "--interface", "127.0.0.1",
                "--port", env["RASA_PORT"], "--credentials", str(credentials_file(env)), "--cors", "*"]
        if env.get("RASA_AUTH_TOKEN"):
            rasa += ["--auth-token", env["RASA_AUTH_TOKEN"]]
        web = [str(BIN / "python"), str(ROOT / "web" / "server.py"), "--host", "127.0.0.1",
               "--port", env["WEB_PORT"], "--rasa-port", env["RASA_PORT"]]
        return [actions, rasa, web]
    return [actions, rasa]


def signal_process(process: subprocess.Popen, signum: int) -> None:
    """Servers run in their own process group (see main), so the whole group gets the signal."""
    try:
        if os.getpgid(process.pid) == process.pid:
            os.killpg(process.pid, signum)
        else:
            process.send_signal(signum)
    except ProcessLookupError:
        pass


def stop(processes) -> None:
    for process in processes:
        signal_process(process, signal.SIGTERM)
    deadline = time.monotonic() + 10
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            signal_process(process, signal.SIGKILL)
            process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("run", "shell"))
    mode = parser.parse_args().mode
    env = environment()
    (ROOT / "var").mkdir(exist_ok=True)
    try:
        check(env["COACH_DB_URL"])
    except StoreUnavailable as error:
        print(f"error: {error}", file=sys.stderr)
        return 3
    if int(env.get("SANIC_WORKERS") or 1) > 1 and not env.get("COACH_REDIS_URL"):
        # Each worker would lock candidates in its own memory, and one candidate's two messages could be
        # handled at once by two workers; Rasa can't tell, as the lock store is ours.
        print("error: SANIC_WORKERS above 1 needs the Redis lock store: set COACH_REDIS_URL", file=sys.stderr)
        return 2
    try:
        migrate(env["COACH_DB_URL"])  # once, before several action servers could race to do it
    except Exception as error:  # any driver or migration error: say which database, then stop
        print(f"error: cannot migrate the coach's database: {error}", file=sys.stderr)
        return 3
    if not any((ROOT / "models").glob("*.tar.gz")):
        print("error: no trained model in models/; run `make train` (make run does it for you)", file=sys.stderr)
        return 2

    interactive = mode == "shell"
    processes = []
    for index, command in enumerate(commands(mode, env)):
        shell_process = interactive and index == 1
        # Each server gets its own process group so that stopping it also stops its workers; the shell
        # stays in ours so that it keeps the terminal.
        processes.append(subprocess.Popen(command, cwd=ROOT, env=env, start_new_session=not shell_process))

    def on_signal(signum, _frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_signal)
    try:
        while all(process.poll() is None for process in processes):
            time.sleep(0.5)
        failed = next(p for p in processes if p.poll() is not None)
        return failed.returncode or 0
    except KeyboardInterrupt:
        return 0
    finally:
        # Stopping must finish (SIGKILL for whatever ignores SIGTERM): under `make run`, Ctrl-C or SIGTERM
        # reaches us twice, once from the terminal or sender and once more from make passing it on.
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        stop(processes)
        if mode == "run":
            credentials_path(env).unlink(missing_ok=True)


if __name__ == "__main__":
    sys.exit(main())
