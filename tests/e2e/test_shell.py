"""`make shell` in a pseudo-terminal, as a person would use it: it starts, answers, and /stop ends it all;
so does closing the terminal (SIGHUP)."""
import contextlib
import os
import shutil
import socket
import time

import pexpect
import psutil
import pytest

from tests.e2e.conftest import ROOT, free_port
from tests.services import require

pytestmark = pytest.mark.e2e

START_TIMEOUT = 240  # loading the model; `make` itself does nothing when the model is up to date


def listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def left_running(*ports: int) -> list:
    """Processes started for these ports (their port is on the command line) that are still there."""
    marks = [f"--port {port}" for port in ports]
    found = []
    for process in psutil.process_iter(["pid", "cmdline"]):
        command = " ".join(process.info["cmdline"] or [])
        if any(mark in command for mark in marks):
            found.append(f"{process.info['pid']}: {command[:120]}")
    return found


def nothing_left(*ports: int, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while (left_running(*ports) or any(listening(port) for port in ports)) and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not left_running(*ports), "left running"
    assert not [port for port in ports if listening(port)], "a port is still held"


def started_shell(tmp_path, transcript, in_bash=False):
    """`make shell` in a pseudo-terminal (typed at an interactive bash, as in a terminal window, when
    `in_bash`), up to the coach's first question; (pexpect child, the coach's ports)."""
    make = shutil.which("make")
    require("make", make is not None, "install GNU make")
    if not (ROOT / "models" / "coach.tar.gz").exists():
        pytest.fail("no trained model: run the tests through `make test`, which trains it first")
    rasa_port, actions_port = free_port(), free_port()
    env = dict(os.environ, RASA_PORT=str(rasa_port), ACTIONS_PORT=str(actions_port),
               COACH_DB_URL=f"sqlite:///{tmp_path / 'coach.db'}", TERM="xterm", COLUMNS="120", LINES="40")
    for name in ("RASA_AUTH_TOKEN", "MAKEFLAGS", "MAKELEVEL", "MFLAGS"):
        env.pop(name, None)
    if in_bash:
        shell = pexpect.spawn("bash", ["--norc", "--noprofile", "-i"], cwd=str(ROOT), env=dict(env, PS1="$ "),
                              encoding="utf-8", timeout=START_TIMEOUT, dimensions=(40, 120))
        shell.sendline(f"{make} --no-print-directory shell")
    else:
        shell = pexpect.spawn(make, ["--no-print-directory", "shell"], cwd=str(ROOT), env=env, encoding="utf-8",
                              timeout=START_TIMEOUT, dimensions=(40, 120))
    shell.logfile_read = transcript
    shell.expect("Type a message and press enter")
    shell.sendline("hello")
    shell.expect("offer coach", timeout=90)
    shell.expect("role you've been offered", timeout=30)
    return shell, (rasa_port, actions_port)


@contextlib.contextmanager
def shell_session(tmp_path, in_bash=False):
    """`started_shell` whose failure shows the terminal's last output, and which is never left running."""
    transcript = open(tmp_path / "shell.log", "w")
    shell = None
    try:
        shell, ports = started_shell(tmp_path, transcript, in_bash)
        yield shell, ports
    except (pexpect.TIMEOUT, pexpect.EOF) as error:
        transcript.flush()
        pytest.fail(f"make shell did not behave: {type(error).__name__}\n"
                    f"{(tmp_path / 'shell.log').read_text()[-3000:]}", pytrace=False)
    finally:
        if shell is not None and shell.isalive():
            shell.terminate(force=True)
        transcript.close()


def test_make_shell_answers_and_stops_cleanly(tmp_path):
    with shell_session(tmp_path) as (shell, ports):
        shell.sendline("/stop")
        shell.expect(pexpect.EOF, timeout=60)
        shell.close()
        assert shell.exitstatus == 0, f"make shell exited with {shell.exitstatus}"
        nothing_left(*ports)


def test_closing_the_terminal_under_make_shell_leaves_nothing_running(tmp_path):
    with shell_session(tmp_path, in_bash=True) as (shell, ports):
        # The terminal window closes: the kernel hangs up on bash, which passes SIGHUP on to make, serve.py
        # and rasa shell, its foreground job (the action server runs in a process group of its own).
        os.close(shell.child_fd)
        shell.child_fd = -1
        nothing_left(*ports, seconds=30)
