"""Starts the coach in the foreground and looks after it: the supervisor of every server it runs.

    python scripts/serve.py run      # action server, Rasa server (HTTP API + REST + socket.io (+ Slack)),
                                     # chat page, and the public door when PUBLIC_PORT is set
    python scripts/serve.py shell    # action server and `rasa shell`, which serves on the Rasa port itself

Ports: RASA_PORT / ACTIONS_PORT / WEB_PORT (defaults 5005 / 5055 / 8080), all on 127.0.0.1; PUBLIC_PORT
opens the public door (scripts/door.py: nginx, the only address meant for the internet). The Slack channel
(channels.slack) is on when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are both set; SLACK_API_URL, when set,
is where it posts instead of Slack's Web API.

Before anything starts: the database named by COACH_DB_URL is opened once and migrated, every port is
checked (a taken one is named with the process holding it), and the coach's secrets are resolved
(serving/keys.py) and handed to the servers in their environment.

While it runs:
- every server dies with this process, however it ends (kill -9 included: serving/lifeline.py), and under
  `make` this process dies with make;
- an action server, chat page or door that stops is started again, after 1, 2, 4 ... up to 30 seconds
  (the channels tell candidates to try again meanwhile); the Rasa server stopping stops the coach, with
  its exit status (under systemd, the unit then restarts the whole);
- conversations and cases past their retention are purged (actions/store/retention.py) at start and every
  COACH_PURGE_EVERY seconds (default 3600).

Ctrl-C, SIGTERM or SIGHUP (the terminal closing) stops everything: SIGTERM to each server, SIGKILL for any
still there 10 seconds later. A second signal a moment later (a second Ctrl-C) kills at once.
"""
import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, List, Optional
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actions.store.db import StoreUnavailable, check, database_url  # noqa: E402
from scripts import door  # noqa: E402
from scripts.migrate import migrate  # noqa: E402
from serving import keys  # noqa: E402
from serving.lifeline import die_with_parent  # noqa: E402

BIN = Path(sys.executable).parent
VAR = ROOT / "var"
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
STOP_GRACE_SECONDS = 10
SAME_SIGNAL_SECONDS = 1.0  # make passes a Ctrl-C or SIGTERM on: two within this are one request
RESTART_DELAYS = (1, 2, 4, 8, 16, 30)
STABLE_SECONDS = 60  # a server up this long starts its restart delays afresh
DEFAULT_PURGE_EVERY = 3600
EXIT_PORT_TAKEN = 4


def environment(base: Optional[Dict[str, str]] = None) -> Dict[str, str]:
    env = dict(os.environ if base is None else base)
    env.setdefault("RASA_PORT", "5005")
    env.setdefault("ACTIONS_PORT", "5055")
    env.setdefault("WEB_PORT", "8080")
    env.setdefault("COACH_DB_URL", database_url())
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    keys.resolve(env, VAR)
    # The widget's socket checks the page's origin: through the door they are one; on loopback the page is on
    # its own port (channels/socketio.py).
    origins = [f"http://{host}:{env['WEB_PORT']}" for host in ("127.0.0.1", "localhost")]
    if env.get("COACH_PUBLIC_URL"):
        public = urlsplit(env["COACH_PUBLIC_URL"])
        origins.append(f"{public.scheme}://{public.netloc}")
    env["COACH_WIDGET_ORIGINS"] = " ".join(origins)
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
    return VAR / f"credentials-{env['RASA_PORT']}.yml"


@dataclass
class Server:
    name: str
    command: List[str]
    port_variable: str
    restart: bool  # started again when it stops; otherwise its stopping stops the coach
    own_group: bool = True  # its own process group, so that stopping it stops its workers; not the shell,
    # which must stay in ours to keep the terminal
    process: Optional[subprocess.Popen] = None
    started_at: float = 0.0
    restarts: int = 0
    start_at: Optional[float] = None  # when to start it again


def servers(mode: str, env: dict) -> List[Server]:
    actions = Server("action server", [str(BIN / "python"), str(ROOT / "scripts" / "action_server.py"), "--actions",
                                       "actions", "--port", env["ACTIONS_PORT"]], "ACTIONS_PORT", restart=True)
    common = ["--model", str(ROOT / "models"), "--endpoints", str(ROOT / "endpoints.yml"),
              "--interface", "127.0.0.1", "--port", env["RASA_PORT"]]
    if mode == "shell":
        return [actions, Server("rasa shell", [*RASA, "shell", *common], "RASA_PORT", restart=False, own_group=False)]
    rasa = Server("Rasa server", [*RASA, "run", *common, "--enable-api", "--credentials", str(credentials_path(env))],
                  "RASA_PORT", restart=False)
    web = Server("chat page", [str(BIN / "python"), str(ROOT / "web" / "server.py"), "--host", "127.0.0.1",
                               "--port", env["WEB_PORT"], "--rasa-port", env["RASA_PORT"]], "WEB_PORT", restart=True)
    started = [actions, rasa, web]
    if env.get("PUBLIC_PORT"):
        started.append(Server("public door", door.command(env), "PUBLIC_PORT", restart=True))
    return started


def port_holder(port: int) -> str:
    """Who listens on `port`, as well as this user may know."""
    import psutil

    try:
        listeners = [connection for connection in psutil.net_connections("tcp")
                     if connection.status == psutil.CONN_LISTEN and connection.laddr.port == port]
    except psutil.AccessDenied:
        listeners = []
    for pid in {listener.pid for listener in listeners if listener.pid}:
        try:
            command = " ".join(psutil.Process(pid).cmdline()) or psutil.Process(pid).name()
        except psutil.Error:
            continue
        return f"process {pid}: {command[:160]}"
    return f"a process this user can't see (sudo ss -ltnp 'sport = :{port}' names it)"


def port_taken(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as the servers do: TIME_WAIT is no obstacle
        try:
            sock.bind((host, port))
        except OSError:
            return True
    return False


def taken_ports(started: List[Server], env: dict) -> List[str]:
    problems = []
    for server in started:
        port = int(env[server.port_variable])
        host = (env.get("PUBLIC_HOST") or "0.0.0.0") if server.port_variable == "PUBLIC_PORT" else "127.0.0.1"
        if port_taken(host, port):
            problems.append(f"port {port} ({server.port_variable}, for the {server.name}) is already in use by "
                            f"{port_holder(port)}. Stop it, or choose another port: "
                            f"{server.port_variable}=... make run")
    return problems


class Supervisor:
    def __init__(self, mode: str, env: dict) -> None:
        self.mode, self.env = mode, env
        self.servers: List[Server] = []
        self.stop_requests: List[float] = []
        self.stop_signal = ""
        self.purge: Optional[subprocess.Popen] = None
        self.next_purge = time.monotonic()
        self.purge_every = float(env.get("COACH_PURGE_EVERY") or DEFAULT_PURGE_EVERY)

    # -- signals: the handler only notes the time; the loops below act on it
    def on_signal(self, signum: int, _frame) -> None:
        self.stop_requests.append(time.monotonic())
        self.stop_signal = signal.Signals(signum).name

    def stopping(self) -> bool:
        return bool(self.stop_requests)

    def hurry(self) -> bool:
        """A second request, later than make's echo of the first."""
        return any(when - self.stop_requests[0] > SAME_SIGNAL_SECONDS for when in self.stop_requests[1:])

    # -- children
    def spawn(self, command: List[str], own_group: bool = True) -> subprocess.Popen:
        parent = os.getpid()
        return subprocess.Popen(command, cwd=ROOT, env=self.env, start_new_session=own_group,
                                preexec_fn=lambda: die_with_parent(parent))

    def start(self, server: Server) -> None:
        server.process = self.spawn(server.command, server.own_group)
        server.started_at, server.start_at = time.monotonic(), None

    @staticmethod
    def send(process: Optional[subprocess.Popen], signum: int, own_group: bool = True) -> None:
        """Signals a child that has not been reaped yet, with its group. Never one already reaped: its pid, and
        so its group id, may belong to another process by now (a busy machine reuses pids within minutes).
        Workers a reaped server leaves behind die by themselves (serving/lifeline.py)."""
        if process is None or process.poll() is not None:
            return
        try:
            if own_group:
                os.killpg(process.pid, signum)  # the server and any workers it forked
            else:
                process.send_signal(signum)
        except ProcessLookupError:
            pass

    def children(self):
        for server in self.servers:
            yield server.process, server.own_group
        yield self.purge, True

    def stop(self) -> None:
        for process, own_group in self.children():
            self.send(process, signal.SIGTERM, own_group)
        deadline = time.monotonic() + STOP_GRACE_SECONDS
        while time.monotonic() < deadline and not self.hurry():
            if all(process is None or process.poll() is not None for process, _ in self.children()):
                break
            time.sleep(0.1)
        for process, own_group in self.children():
            self.send(process, signal.SIGKILL, own_group)  # whatever is left, workers included
            if process is not None:
                process.wait()

    # -- the coach's own chores
    def purge_when_due(self) -> None:
        if self.purge is not None and self.purge.poll() is None:
            return
        if time.monotonic() >= self.next_purge:
            self.purge = self.spawn([str(BIN / "python"), "-m", "actions.store.retention"])
            self.next_purge = time.monotonic() + self.purge_every

    def look_after(self, server: Server) -> Optional[int]:
        """Restarts a stopped server when its turn comes; returns an exit status when the coach must stop."""
        now = time.monotonic()
        if server.start_at is not None:
            if now >= server.start_at:
                self.start(server)
            return None
        status = server.process.poll()
        if status is None:
            return None
        if not server.restart:
            if self.mode == "shell":
                return 0  # the candidate left the shell
            print(f"error: the {server.name} stopped (status {status}); stopping the coach", file=sys.stderr,
                  flush=True)
            return status or 1
        if now - server.started_at > STABLE_SECONDS:
            server.restarts = 0
        delay = RESTART_DELAYS[min(server.restarts, len(RESTART_DELAYS) - 1)]
        server.restarts += 1
        server.start_at = now + delay
        print(f"warning: the {server.name} stopped (status {status}); starting it again in {delay} s", file=sys.stderr,
              flush=True)
        return None

    def run(self) -> int:
        try:
            for server in self.servers:
                if not self.stopping():
                    self.start(server)
            while not self.stopping():
                for server in self.servers:
                    status = self.look_after(server)
                    if status is not None:
                        return status
                self.purge_when_due()
                time.sleep(0.25)
            print(f"Stopping the coach ({self.stop_signal})", flush=True)
            return 0
        finally:
            self.stop()


def announce(mode: str, env: dict) -> None:
    lines = [f"Offer coach ({mode}):",
             f"  action server  http://127.0.0.1:{env['ACTIONS_PORT']} (answers only the Rasa server)",
             f"  Rasa server    http://127.0.0.1:{env['RASA_PORT']} (HTTP API: Authorization: Bearer <token>, "
             f"the token in RASA_AUTH_TOKEN or {VAR.name}/{keys.FILES['RASA_AUTH_TOKEN']})"]
    if mode == "run":
        lines.append(f"  chat page      http://127.0.0.1:{env['WEB_PORT']}/")
        if env.get("PUBLIC_PORT"):
            address = f"{door.scheme(env)}://{env.get('PUBLIC_HOST') or '0.0.0.0'}:{env['PUBLIC_PORT']}/"
            lines.append(f"  public door    {address} (nginx: the chat page, the widget's socket, Slack's webhook)")
        else:
            missing = "" if door.nginx() else f"; it needs nginx, not found here: {door.NGINX_HOW}"
            lines.append(f"  public door    off: everything is on 127.0.0.1 only (PUBLIC_PORT or `make public` "
                         f"opens it{missing})")
    print("\n".join(lines), flush=True)


def prepare(mode: str, env: dict) -> Optional[int]:
    """Everything checked before a server starts; an exit status when the coach can't start."""
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
    if mode == "run" and env.get("PUBLIC_PORT"):
        if not door.nginx():
            print(f"error: PUBLIC_PORT is set, and the public door needs nginx: {door.NGINX_HOW}", file=sys.stderr)
            return 2
        try:
            door.tls(env)
        except ValueError as error:  # half of the certificate pair
            print(f"error: {error}", file=sys.stderr)
            return 2
    try:
        migrate(env["COACH_DB_URL"])  # once, before several action servers could race to do it
    except Exception as error:  # any driver or migration error: say which database, then stop
        print(f"error: cannot migrate the coach's database: {error}", file=sys.stderr)
        return 3
    if not any((ROOT / "models").glob("*.tar.gz")):
        print("error: no trained model in models/; run `make train` (make run does it for you)", file=sys.stderr)
        return 2
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("run", "shell"))
    mode = parser.parse_args().mode
    if os.environ.get("MAKELEVEL"):
        die_with_parent(os.getppid())  # `make run` killed, even with -9: the coach goes with it
    VAR.mkdir(exist_ok=True)
    env = environment()
    supervisor = Supervisor(mode, env)
    for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(signum, supervisor.on_signal)  # from here on, a signal only asks the loop to stop
    failed = prepare(mode, env)
    if failed is not None:
        return failed
    supervisor.servers = servers(mode, env)
    taken = taken_ports(supervisor.servers, env)
    if taken:  # said before anything is written: these files may be the running coach's
        print("\n".join(f"error: {problem}" for problem in taken), file=sys.stderr)
        return EXIT_PORT_TAKEN
    try:
        if mode == "run":
            credentials_file(env)
            if env.get("PUBLIC_PORT"):
                door.write(env)
        announce(mode, env)
        return supervisor.run()
    finally:
        credentials_path(env).unlink(missing_ok=True)
        if env.get("PUBLIC_PORT"):
            door.remove(env)


if __name__ == "__main__":
    sys.exit(main())
