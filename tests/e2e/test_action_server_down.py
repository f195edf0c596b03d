"""With the action server down the candidate hears 'try again'; once it is back, the talk goes on."""
import os
import signal
import subprocess
import time
import urllib.request

import pytest

from scripts import serve
from scripts.running import ROOT
from tests.e2e.conftest import Conversation, free_port, without_outside_settings

pytestmark = pytest.mark.e2e


def _start(command, env, log):
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)


def _wait(url, seconds=180):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(1)
    raise TimeoutError(url)


def _stop(process):
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)


def test_the_candidate_is_told_to_try_again_and_nothing_is_lost(tmp_path):
    env = serve.environment(without_outside_settings(dict(
        os.environ, RASA_PORT=str(free_port()), ACTIONS_PORT=str(free_port()), WEB_PORT=str(free_port()),
        COACH_DB_URL=f"sqlite:///{tmp_path / 'down.db'}")))
    actions_server, rasa_server, _web = serve.servers("run", env)
    serve.credentials_file(env)
    log = open(tmp_path / "servers.log", "wb")
    rasa = _start(rasa_server.command, env, log)
    actions = None
    try:
        _wait(f"http://127.0.0.1:{env['RASA_PORT']}/webhooks/rest/")
        chat = Conversation(env)
        assert any("try again" in reply for reply in chat.say("hi"))
        assert chat.slots()["requested_slot"] is None  # turned away, not half-handled

        actions = _start(actions_server.command, env, log)
        _wait(f"http://127.0.0.1:{env['ACTIONS_PORT']}/health")
        assert any("offer coach" in reply for reply in chat.say("hi"))
        chat.say("Account Executive")
        slots = chat.slots()
        assert slots["role"] == "Account Executive" and slots["requested_slot"] == "company"
    finally:
        for process in (rasa, actions):
            if process:
                _stop(process)
        serve.credentials_path(env).unlink(missing_ok=True)
        log.close()
