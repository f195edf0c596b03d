"""`make shell` in a pseudo-terminal, as a person would use it: it starts, answers, and /stop ends it all."""
import os
import shutil
import socket
import sys
import time

import pexpect
import pytest

from tests.e2e.conftest import ROOT, free_port
from tests.services import require

pytestmark = pytest.mark.e2e

START_TIMEOUT = 240  # loading the model; `make` itself does nothing when the model is up to date


def listening(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def test_make_shell_answers_and_stops_cleanly(tmp_path):
    make = shutil.which("make")
    require("make", make is not None, "install GNU make")
    if not (ROOT / "models" / "coach.tar.gz").exists():
        pytest.fail("no trained model: run the tests through `make test`, which trains it first")
    rasa_port, actions_port = free_port(), free_port()
    env = dict(os.environ, RASA_PORT=str(rasa_port), ACTIONS_PORT=str(actions_port),
               COACH_DB_URL=f"sqlite:///{tmp_path / 'coach.db'}", TERM="xterm", COLUMNS="120", LINES="40")
    for name in ("RASA_AUTH_TOKEN", "MAKEFLAGS", "MAKELEVEL", "MFLAGS"):
        env.pop(name, None)
    transcript = open(tmp_path / "shell.log", "w")
    shell = pexpect.spawn(make, ["--no-print-directory", "shell"], cwd=str(ROOT), env=env, encoding="utf-8",
                          timeout=START_TIMEOUT, dimensions=(40, 120))
    shell.logfile_read = transcript
    try:
        shell.expect("Type a message and press enter")
        shell.sendline("hello")
        shell.expect("offer coach", timeout=90)
        shell.expect("role you've been offered", timeout=30)
        shell.sendline("/stop")
        shell.expect(pexpect.EOF, timeout=60)
        shell.close()
        assert shell.exitstatus == 0, f"make shell exited with {shell.exitstatus}"
        deadline = time.monotonic() + 15
        while (listening(actions_port) or listening(rasa_port)) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert not listening(actions_port), "the action server was left running"
        assert not listening(rasa_port), "the shell's server was left running"
    except (pexpect.TIMEOUT, pexpect.EOF) as error:
        transcript.flush()
        pytest.fail(f"make shell did not behave: {type(error).__name__}\n"
                    f"{(tmp_path / 'shell.log').read_text()[-3000:]}", pytrace=False)
    finally:
        if shell.isalive():
            shell.terminate(force=True)
        transcript.close()
