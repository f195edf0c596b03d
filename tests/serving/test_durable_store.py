"""Served by scripts/rasa_server.py, Rasa never keeps the coach's conversations in memory instead."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run(code: str, tmp_path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), COACH_DB_URL=f"sqlite:///{tmp_path / 'coach.db'}")
    prelude = "from serving import durable_store; durable_store.apply(); from rasa.core.agent import Agent; "
    return subprocess.run([sys.executable, "-c", prelude + code], env=env, cwd=ROOT, capture_output=True,
                          text=True, timeout=180)


def test_a_store_class_that_fails_to_import_stops_the_server(tmp_path):
    result = run("from rasa.core.tracker_store import TrackerStore; "
                 "from rasa.utils.endpoints import EndpointConfig; "
                 "store = TrackerStore.create(EndpointConfig(type='actions.store.no_such_module.Store')); "
                 "Agent(tracker_store=store); print('still running')", tmp_path)
    assert result.returncode == 3, result.stderr[-2000:]
    assert "still running" not in result.stdout
    assert "only in memory" in result.stderr


def test_the_coachs_store_is_used_without_the_fail_safe_wrapper(tmp_path):
    result = run("from serving.tracker_store import CoachTrackerStore; "
                 "store = CoachTrackerStore(); agent = Agent(tracker_store=store); "
                 "print(agent.tracker_store is store)", tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("True")


def test_an_agent_without_a_store_keeps_rasas_behaviour(tmp_path):
    # DELETE /model leaves an agent with no model and no store: nothing to keep, nothing refused.
    result = run("agent = Agent(); print(type(agent.tracker_store).__name__)", tmp_path)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip().endswith("FailSafeTrackerStore")


def test_a_rasa_it_was_not_written_for_is_refused_rather_than_trusted(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(ROOT), COACH_DB_URL=f"sqlite:///{tmp_path / 'coach.db'}")
    code = ("import rasa; rasa.__version__ = '3.7.0'; from serving import durable_store; durable_store.apply(); "
            "print('still running')")
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True,
                            timeout=180)
    assert result.returncode == 3 and "still running" not in result.stdout
    assert "Rasa 3.7.0 is not 3.6.21" in result.stderr
