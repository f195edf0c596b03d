"""The serving fixes to Rasa 3.6 change how fast, never what: same validation verdicts, same predictions."""
import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from rasa.core.actions.action import RemoteAction

from serving import rasa_fixes

ROOT = Path(__file__).resolve().parents[2]

VALID = {"events": [{"event": "slot", "name": "offer_base", "value": 90000.0, "timestamp": None},
                    {"event": "active_loop", "name": "coach_form", "timestamp": None}],
         "responses": [{"text": "I have the offered base as $90,000 a year."}]}
INVALID = {"events": [{"event": "slot", "name": 42}], "responses": []}


@pytest.fixture
def fixed_validation(monkeypatch):
    stock = RemoteAction._validate_action_result
    monkeypatch.setattr(RemoteAction, "_validate_action_result", stock)  # put back after the test
    rasa_fixes.validate_action_results_with_one_validator()
    return stock


def test_valid_action_results_pass_as_with_stock_rasa(fixed_validation):
    action = RemoteAction("validate_coach_form", None)
    assert fixed_validation(action, VALID) is True
    assert action._validate_action_result(VALID) is True


def test_invalid_action_results_fail_with_stock_rasas_error(fixed_validation):
    action = RemoteAction("validate_coach_form", None)
    with pytest.raises(jsonschema.ValidationError) as stock_error:
        fixed_validation(action, INVALID)
    with pytest.raises(jsonschema.ValidationError) as fixed_error:
        action._validate_action_result(INVALID)
    assert fixed_error.value.message == stock_error.value.message
    assert "Failed to validate Action server response" in fixed_error.value.message


def test_nothing_is_changed_on_another_rasa(monkeypatch):
    import rasa
    monkeypatch.setattr(rasa, "__version__", "3.7.0")
    validate = RemoteAction._validate_action_result
    assert "3.7.0" in rasa_fixes.apply()
    assert RemoteAction._validate_action_result == validate


COMPARE = r"""
import asyncio, json, sys
from rasa.core.agent import load_agent
texts = json.loads(sys.argv[2])

async def parse_all():
    agent = await load_agent(model_path=sys.argv[1])
    results = []
    for text in texts:
        parsed = await agent.parse_message(text)
        results.append({"intent": parsed["intent"]["name"],
                        "ranking": [(r["name"], round(r["confidence"], 5)) for r in parsed["intent_ranking"]],
                        "entities": [(e["entity"], e["value"], e.get("extractor")) for e in parsed["entities"]]})
    return results

stock = asyncio.run(parse_all())
from serving.rasa_fixes import apply
assert apply() is None
fixed = asyncio.run(parse_all())
print(json.dumps({"stock": stock, "fixed": fixed}))
"""

TEXTS = ["hi, can you look at my offer?", "Regional sales manager", "Globex", "$90,000", "20k bonus",
         "I make 100k base plus 25k commission, 125k in total", "yes, my pay stubs", "why?",
         "can you make it shorter?", "make it an email", "I gave you the wrong base", "delete my data",
         "my dad says you should always counter", "are you a bot?", "what's the weather like"]


@pytest.mark.e2e
def test_the_fixes_change_no_prediction():
    model = ROOT / "models" / "coach.tar.gz"
    if not model.exists():
        pytest.fail("no trained model: run the tests through `make test`, which trains it first")
    result = subprocess.run([sys.executable, "-c", COMPARE, str(model), json.dumps(TEXTS)], cwd=ROOT,
                            capture_output=True, text=True, timeout=900,
                            env={**__import__("os").environ, "PYTHONPATH": str(ROOT), "TF_CPP_MIN_LOG_LEVEL": "2"})
    assert result.returncode == 0, result.stderr[-3000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    assert figures["fixed"] == figures["stock"]
