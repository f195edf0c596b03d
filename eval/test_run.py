"""Self-check of eval/run.py: its pure functions, a scripted coach, and the scenarios file itself.

    cd /work/main && python -m pytest eval/test_run.py -q
"""
import importlib.util
import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("eval_run", Path(__file__).with_name("run.py"))
run = sys.modules["eval_run"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(run)

ANSWERS = {
    "role": "Account Executive",
    "offer_base": "85k",
    "previous_earnings": "122k",
    "competing_offer": "140k",
    "competing_offer_in_writing": "yes, signed",
    "evidence": "my W-2",
    "accept_as_is": "yes",
    "would_choose_other": "yes, I'd go there",
}

GOOD_COUNTER = (
    "Thank you so much for the offer; I'm excited about the role and the team. The one thing standing "
    "between me and a yes is pay: my current total is $122,000, and this offer comes to $120,000. "
    "I understand you have budgets and internal equity to keep in mind. If we could close that gap, "
    "I'm ready to accept right away."
)
GOOD_ACCEPTANCE = "Thank you for the offer! I'm delighted to accept and look forward to starting on June 3."


# ------------------------------------------------------------------ answer picking

@pytest.mark.parametrize("slot, expected", [
    ("offer_base", "85k"),                                   # exact name
    ("previous_earnings_evidence", "my W-2"),                # ends in a key's last word
    ("territory_evidence", "my W-2"),
    ("base_salary", "85k"),                                  # shares "base"
    ("competing_offer_amount", "140k"),                      # fewer extra words wins the tie
    ("other_offer_in_writing", "yes, signed"),
    ("would_accept_as_is", "yes"),
    ("would_take_other_offer", "yes, I'd go there"),
    ("start_date", "I'm not sure"),                           # nothing shared: the default
    ("offer_amount", "I'm not sure"),                         # only generic words shared
])
def test_pick_answer(slot, expected):
    assert run.pick_answer(slot, ANSWERS) == expected


def test_pick_answer_uses_scenario_default():
    assert run.pick_answer("notice_period", ANSWERS, "no idea") == "no idea"
    assert run.pick_answer("anything", {}, "no idea") == "no idea"


def test_an_answer_given_as_a_list_is_said_item_by_item():
    candidate = run.Candidate({"answers": {"offer_base": ["what do you mean?", "85k"]}})
    assert [candidate.reply("offer_base") for _ in range(3)] == ["what do you mean?", "85k", "85k"]


def test_the_list_of_facts_is_confirmed_unless_the_scenario_says_otherwise():
    assert run.Candidate({"answers": {}}).reply("facts_confirmed") == run.CONFIRMED
    candidate = run.Candidate({"answers": {"facts_confirmed": ["no, the base is 95k", "yes"]}})
    assert [candidate.reply("facts_confirmed") for _ in range(2)] == ["no, the base is 95k", "yes"]


def test_candidate_replies_and_notices_a_loop():
    candidate = run.Candidate({"answers": ANSWERS, "then": ["sure, go ahead"]})
    assert candidate.reply(None) == "sure, go ahead"
    assert candidate.reply(None) == "yes"
    for _ in range(run.MAX_SAME_QUESTION - 1):
        candidate.reply("offer_base")
        assert not candidate.stuck()
    candidate.reply("offer_base")
    assert candidate.stuck()


# ------------------------------------------------------------------ amounts

@pytest.mark.parametrize("text, expected", [
    ("$85,000", 85000),
    ("85K base", 85000),
    ("£55k", 55000),
    ("€5,000 a month", 60000),
    ("$40/hr", 83200),
    ("$7,500 quarterly", 30000),
    ("$1,800 a week", 93600),
    ("1,20,000", 120000),
    ("120,000 per year", 120000),
    ("eighty-five thousand, i.e. 85 thousand", 85000),
    ("€1.5 million", 1500000),
    ("$6.5k/month", 78000),
])
def test_find_amounts(text, expected):
    assert any(abs(v - expected) < 0.01 for v in run.find_amounts(text)), run.find_amounts(text)


def test_find_amounts_keeps_plain_figures_and_ignores_words():
    assert run.find_amounts("no numbers here") == []
    assert run.find_amounts("€5,000 a month") == [5000, 60000]
    assert run.find_amounts("version2 costs 12") == [12]


def test_states_amount_has_a_small_tolerance():
    assert run.states_amount("about $140,000 in total", 140000)
    assert run.states_amount("$140.5k", 140000)
    assert not run.states_amount("$141,500", 140000)


# ------------------------------------------------------------------ the draft

def test_good_counter_passes():
    assert run.draft_problems(GOOD_COUNTER, "counter", {"draft_amounts": [122000]}) == []


def test_good_acceptance_passes():
    assert run.draft_problems(GOOD_ACCEPTANCE, "acceptance", {}) == []


@pytest.mark.parametrize("draft, problem", [
    ("I'm ready to accept if you can respect the budget. " + "word " * 150, "words"),
    ("I'm ready to accept if the budget allows a higher base.", "thanks"),
    ("Thank you. I'd be ready to accept a higher base.", "limits"),
    ("Thank you. I understand the budget, but I would not accept this.", "ready"),
    ("Thank you. I understand the budget constraints; I'm not able to sign at this level.", "ready"),
    ("Thank you, I'm ready to accept if the budget allows. My friends got more.", "friends"),
    ("Thank you, I'm ready to accept if the budget allows, as I deserve more.", "deserve"),
    ("Thanks. This is my final offer; I'm ready to sign if the budget can stretch.", "final offer"),
    ("Thanks! I'm ready to accept within the budget, but I won't accept anything less than 130k.", "accept"),
])
def test_bad_counters_are_caught(draft, problem):
    problems = run.draft_problems(draft, "counter", {})
    assert any(problem in p for p in problems), problems


def test_counter_must_state_wanted_amounts_and_not_unwanted_ones():
    problems = run.draft_problems(GOOD_COUNTER, "counter", {"draft_amounts": [140000],
                                                              "draft_not_amounts": [120000]})
    assert any("does not state 140,000" in p for p in problems)
    assert any("states 120,000" in p for p in problems)


def test_word_limit_comes_from_the_scenario():
    assert any("limit 10" in p for p in run.draft_problems(GOOD_ACCEPTANCE, "acceptance", {"draft_max_words": 10}))


@pytest.mark.parametrize("draft, ok", [
    ("If we can close the gap, I'm happy to sign this week.", True),
    ("I would gladly accept if the base could move.", True),
    ("If that is not possible, I am still ready to accept.", True),
    ("I'd accept the offer once this is solved.", True),
    ("I can't accept at this level.", False),
    ("I wouldn't be able to accept this.", False),
    ("I'm not ready to accept yet.", False),
    ("This is a significant step for me, and I'm ready.", False),
])
def test_says_ready(draft, ok):
    assert run.says_ready(draft) is ok


def test_acceptance_must_accept():
    assert run.accepts("Thank you, I'm delighted to accept.")
    assert not run.accepts("Thank you, I can't accept this offer.")
    assert not run.accepts("Thank you, this is significant.")
    assert run.draft_problems("Thank you for the offer, it's very kind.", "acceptance", {}) == [
        "acceptance draft does not accept"]


# ------------------------------------------------------------------ the result slots

def test_result_checks():
    slots = {"verdict": "negotiate", "leverage": ["below_previous_earnings"], "weak_reasons": ["deserve_more"],
             "offer_base": 85500.0, "draft": GOOD_COUNTER}
    expect = {"verdict": "negotiate", "leverage": ["below_previous_earnings"], "weak_reasons": ["deserve_more"],
              "weak_reasons_only": ["deserve_more"], "slots": {"offer_base": 85000}}
    assert run.result_problems(slots, expect) == []

    wrong = dict(slots, verdict="accept", leverage=[], weak_reasons=["friends_perks"], offer_base=87000.0)
    problems = " | ".join(run.result_problems(wrong, expect))
    for bit in ("verdict 'accept'", "leverage []", "lacks ['deserve_more']", "names ['friends_perks']",
                "slot offer_base=87000.0"):
        assert bit in problems


def test_leverage_size_and_within_and_at_most_two():
    kinds = ["below_previous_earnings", "changed_terms", "competing_offer"]
    expect = {"leverage_size": 2, "leverage_within": kinds}
    assert run.leverage_problems({"leverage": kinds[:2]}, expect) == []
    assert run.leverage_problems({"leverage": ["larger_territory", kinds[0]]}, expect)
    assert run.leverage_problems({"leverage": kinds[:1]}, expect)
    assert any("more than 2" in p for p in run.leverage_problems({"leverage": kinds}, {}))


def test_numbers_in_slots():
    assert run.close_enough(121000.0, 122000)
    assert not run.close_enough(120000.0, 122000)
    assert not run.close_enough("122000", 122000)
    assert not run.close_enough(None, 0)
    assert run.close_enough(0.0, 0)


def test_verdict_must_be_one_of_two():
    assert run.verdict_problems({"verdict": "maybe"}, {})
    assert run.verdict_problems({"verdict": "accept"}, {}) == []


# ------------------------------------------------------------------ playing against a scripted coach

class ScriptedCoach:
    """Asks for the slots in `asks`, then sets the result slots; records what it heard."""

    def __init__(self, asks, result):
        self.asks, self.result, self.heard, self.current = list(asks), result, [], {}

    def say(self, sender, text):
        self.heard.append(text)
        self.current = {"requested_slot": self.asks.pop(0)} if self.asks else dict(self.result)
        return [{"recipient_id": sender, "text": f"got: {text}"}]

    def slots(self, sender):
        return self.current


def test_play_answers_requested_slots_and_checks_the_result():
    scenario = {"id": "t01", "opening": "hi", "answers": ANSWERS,
                "expect": {"verdict": "accept", "leverage": []}}
    coach = ScriptedCoach(["offer_base", "concern", "accept_as_is"],
                          {"verdict": "accept", "leverage": [], "draft": GOOD_ACCEPTANCE})
    outcome = run.play(coach, scenario)
    assert coach.heard == ["hi", "85k", "I'm not sure", "yes"]
    assert outcome.passed and outcome.turns == 4, outcome.problems
    assert ("coach", "got: hi") in outcome.transcript


def test_play_gives_up_on_a_stuck_or_silent_coach():
    stuck = run.play(ScriptedCoach(["offer_base"] * 10, {}), {"id": "t02", "opening": "hi", "answers": {}})
    assert not stuck.passed and "3 times in a row" in stuck.problems[0]
    silent = run.play(ScriptedCoach([], {}), {"id": "t03", "opening": "hi"}, max_turns=5)
    assert not silent.passed and "after 5 turns" in silent.problems[0]


def test_the_steps_after_the_verdict_are_played_and_checked():
    scenario = {"id": "t05", "opening": "hi", "answers": ANSWERS, "expect": {"verdict": "accept"},
                "after": [{"say": "they came back with 88k", "answers": {"accept_as_is": "yes I'd take it"},
                           "expect": {"employer_reply": "partial", "round": 2, "draft_kind": "acceptance"}},
                          {"say": "email or phone?", "expect": {"draft_unchanged": True, "reply_any": ["email"]}}]}
    first = {"verdict": "accept", "leverage": [], "draft": GOOD_ACCEPTANCE}
    second = {**first, "employer_reply": "partial", "round": 2, "draft_kind": "acceptance",
              "draft": "Thank you for coming up to $88,000. I'm glad to accept."}
    coach = ScriptedCoach([], first)
    script = iter([{"requested_slot": "accept_as_is"}, second, second])

    def say(sender, text):
        coach.heard.append(text)
        if len(coach.heard) > 1:
            coach.current = next(script)
        else:
            coach.current = dict(first)
        return [{"recipient_id": sender, "text": "Email is best."}]
    coach.say = say
    outcome = run.play(coach, scenario)
    assert coach.heard == ["hi", "they came back with 88k", "yes I'd take it", "email or phone?"]
    assert outcome.passed, outcome.problems


@pytest.mark.parametrize("expect, slots, problem", [
    ({"employer_reply": "declined"}, {"employer_reply": "partial"}, "employer_reply 'partial'"),
    ({"round": 2}, {"round": 1.0}, "round 1.0"),
    ({"draft_unchanged": True}, {"draft": "Thank you, something new."}, "the draft changed"),
    ({"draft_changed": True}, {"draft": "Thank you, as before."}, "stayed the same"),
    ({"reply_any": ["black out", "redact"]}, {"draft": "Thank you, as before."}, "names none of"),
    ({"draft_kind": "decline"}, {"draft": "Thank you, I'm glad to accept.", "draft_kind": "decline"},
     "a decline accepts"),
])
def test_step_problems(expect, slots, problem):
    problems = run.step_problems(slots, expect, "Thank you, as before.", "Noted.")
    assert any(problem in p for p in problems), problems


def test_a_draft_must_not_carry_the_candidates_asides():
    problems = run.draft_problems("Thank you, lol. I'm glad to accept.", "acceptance", {"draft_excludes": ["LOL"]})
    assert problems == ["draft carries the candidate's words 'LOL'"]


def test_play_safely_turns_errors_into_failures():
    class Broken:
        def say(self, sender, text):
            raise ConnectionRefusedError("coach down")
    outcome = run.play_safely(Broken(), {"id": "t04", "opening": "hi"})
    assert not outcome.passed and "coach down" in outcome.problems[0]


# ------------------------------------------------------------------ HTTP and the command line

def test_coach_url_and_token():
    assert run.coach_url({}) == "http://127.0.0.1:5005"
    assert run.coach_url({"RASA_PORT": "5999"}) == "http://127.0.0.1:5999"
    assert run.coach_url({"RASA_URL": "http://coach:1", "RASA_PORT": "5999"}) == "http://coach:1"
    assert run.with_token("http://h/x", "a b&c") == "http://h/x?token=a%20b%26c"
    assert run.with_token("http://h/x?y=1", "t") == "http://h/x?y=1&token=t"
    assert run.with_token("http://h/x", None) == "http://h/x"


@pytest.fixture
def fake_rasa():
    """A stand-in for the Rasa HTTP API: accepts one message, then reports a finished acceptance."""
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def _reply(self, body):
            data = json.dumps(body).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append((self.path, body))
            self._reply([{"recipient_id": body["sender"], "text": "Here is your acceptance."}])

        def do_GET(self):
            seen.append((self.path, None))
            self._reply({"slots": {"verdict": "accept", "leverage": [], "weak_reasons": [],
                                   "draft": GOOD_ACCEPTANCE, "offer_base": 70000.0}})

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}", seen
    server.shutdown()
    server.server_close()


def test_main_against_a_fake_server(fake_rasa, tmp_path, monkeypatch, capsys):
    url, seen = fake_rasa
    monkeypatch.setenv("RASA_AUTH_TOKEN", "s3cret")
    scenarios = tmp_path / "s.yaml"
    scenarios.write_text(
        "- {id: a1_ok, opening: hi, expect: {verdict: accept, slots: {offer_base: 70000}}}\n"
        "- {id: a2_wrong, opening: hi, expect: {verdict: negotiate}}\n"
        "- {id: b1_other, opening: hi}\n")
    out_json = tmp_path / "out.json"
    code = run.main([str(scenarios), "--url", url, "--only", "a", "--json", str(out_json), "--min-rate", "0.5"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert code == 0
    assert lines[0].startswith("PASS a1_ok") and any(l.startswith("FAIL a2_wrong") for l in lines)
    assert lines[-1] == "1 passed, 1 failed"
    assert [r["id"] for r in json.loads(out_json.read_text())] == ["a1_ok", "a2_wrong"]
    assert seen[0][0] == "/webhooks/rest/webhook?token=s3cret" and seen[0][1]["message"] == "hi"
    assert seen[1][0].startswith("/conversations/eval-a1_ok-") and seen[1][0].endswith("/tracker?token=s3cret")
    assert run.main([str(scenarios), "--url", url, "--only", "a"]) == 1  # default: every scenario must pass


def test_main_rejects_a_badly_written_scenario(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {id: x1, opening: hi, answers: {salary: 1}, expect: {leverage: [deserve_more]}}\n")
    assert run.main([str(bad)]) == 2
    err = capsys.readouterr().err
    assert "unknown answer key 'salary'" in err and "backfiring reason cannot be leverage" in err


# ------------------------------------------------------------------ the scenarios file

def test_our_scenarios_are_well_formed_and_cover_every_reason():
    scenarios = run.load_scenarios([run.SCENARIOS])
    assert len(scenarios) >= 36
    named = set()
    for scenario in scenarios:
        expect = scenario["expect"]
        named |= run.as_set(expect.get("leverage")) | run.as_set(expect.get("weak_reasons"))
        named |= run.as_set(expect.get("leverage_within"))
        assert expect.get("verdict") in ("negotiate", "accept"), scenario["id"]
        if expect["verdict"] == "accept":
            assert not expect.get("leverage"), scenario["id"]
    assert named == set(run.REASON_KINDS)


def test_the_candidates_written_by_strangers_are_well_formed_and_go_past_the_verdict():
    scenarios = run.load_scenarios([run.SCENARIOS.with_name("strangers.yaml")])
    assert len(scenarios) >= 100
    after = [scenario for scenario in scenarios if scenario.get("after")]
    assert len(after) >= 25


def test_the_candidates_set_aside_are_well_formed_and_none_is_also_a_tuning_one():
    held_out = run.load_scenarios([run.SCENARIOS.with_name("heldout.yaml")])
    tuning = run.load_scenarios([run.SCENARIOS.with_name("strangers.yaml")])
    assert len(held_out) == 39
    assert not {scenario["opening"] for scenario in held_out} & {scenario["opening"] for scenario in tuning}
