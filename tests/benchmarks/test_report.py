"""The bench's arithmetic: which figures each target compares, and the long conversation it plays."""
from benchmarks.bench import EARLY_TURNS, growth_script
from benchmarks.report import derive, markdown
from benchmarks.candidates import COACH_FOLLOW_UPS, COACH_SCRIPT
from benchmarks.load import Run


def figures(p95, throughput=None, one_p95=None):
    found = {"ready_seconds": 10.0, "peak_rss_mb": 800}
    if one_p95 is not None or p95 is not None:
        found["one_user"] = {"p50_ms": 20.0, "p95_ms": one_p95 if one_p95 is not None else p95, "errors": 0}
    if throughput is not None:
        found["many_users"] = {"p50_ms": 300.0, "p95_ms": 500.0, "throughput": throughput, "errors": 0}
    return found


RESULTS = {
    "meta": {"date": "2026-12-03", "cpus": 2, "cpu": "x", "python": "3.10", "rasa": "3.6.21", "commit": "abc",
             "load_before": "1", "load_after": "1"},
    "params": {"mode": "full", "latency_conversations": 20, "users": 20, "load_seconds": 60},
    "train": {"coach": {"seconds": 40.0, "peak_rss_mb": 900}, "stock": {"seconds": 80.0, "peak_rss_mb": 1100}},
    "serve": {
        "stock-1-memory": figures(40.0, 30.0),
        "stock-1": figures(50.0, 25.0),
        "coach-1": {**figures(30.0, 45.0), "growth": {"turns": 150, "conversations": 10, "errors": 0, "early": [13, 24],
                                                     "late": [139, 150], "early_p50_ms": 25.0, "early_p95_ms": 40.0,
                                                     "late_p50_ms": 26.0, "late_p95_ms": 44.0}},
        "coach-1-seeded": figures(33.0),
        "stock-2": figures(None, 40.0),
        "coach-2": figures(32.0, 60.0),
        "coach-2-postgres": figures(36.0, 50.0),
        "coach-2-postgres-seeded": figures(36.0),
    },
    "seeded": {"coach-1-seeded": {"candidates": 100000, "event_rows": 4000000, "seconds": 20.0},
               "coach-2-postgres-seeded": {"candidates": 100000, "event_rows": 4000000, "seconds": 40.0}},
}


def test_each_target_compares_the_figures_the_issue_names():
    targets = {t["target"]: t for t in derive(RESULTS)["targets"]}
    assert targets["1-user p95 against stock in memory <= 1.0x"]["value"] == 0.75  # 30 / 40
    assert targets["20-user throughput against stock in memory >= 1.3x"]["value"] == 1.5  # 45 / 30
    postgres = targets["2 workers on PostgreSQL + Redis >= 1.5x the 1-process SQLite throughput"]
    assert (postgres["value"], postgres["met"]) == (1.11, False)  # 50 / 45
    assert targets["1-user p95 on PostgreSQL <= 1.2x SQLite's (both 2 workers + Redis)"]["value"] == 1.12  # 36 / 32
    assert targets["1-user p95, turns 139-150 <= 1.25x turns 13-24 of one conversation"]["value"] == 1.1
    assert targets["1-user p95 with the stored candidates <= 1.1x the empty store, SQLite"]["value"] == 1.1
    assert targets["1-user p95 with the stored candidates <= 1.1x the empty store, PostgreSQL"]["met"] is True


def test_the_report_has_every_section_and_says_what_was_not_met():
    text = markdown(RESULTS, derive(RESULTS))
    for heading in ("## Against stock Rasa as it comes (conversations in memory)",
                    "## Against stock Rasa on the same SQL store (SQLite)",
                    "## The production set-up: two workers on PostgreSQL + Redis", "## As the work grows",
                    "## Targets"):
        assert heading in text
    assert "100,000 stored candidates" in text
    assert "| **no** |" in text


def test_a_missing_scenario_is_not_measured_rather_than_met():
    results = {**RESULTS, "serve": {k: v for k, v in RESULTS["serve"].items() if "postgres" not in k}}
    targets = {t["target"]: t["met"] for t in derive(results)["targets"]}
    assert targets["2 workers on PostgreSQL + Redis >= 1.5x the 1-process SQLite throughput"] is None


def test_the_long_conversation_repeats_the_follow_ups_in_the_same_order_early_and_late():
    script = growth_script(150)
    assert len(script) == 150 and script[:len(COACH_SCRIPT)] == COACH_SCRIPT
    span = EARLY_TURNS[1] - EARLY_TURNS[0]
    assert script[EARLY_TURNS[0] - 1:EARLY_TURNS[1]] == script[150 - span - 1:150]
    assert set(script[len(COACH_SCRIPT):]) == set(COACH_FOLLOW_UPS)


def test_percentiles_of_chosen_turns():
    run = Run(by_turn={1: [0.010, 0.020], 2: [0.030], 3: [0.100]})
    assert run.percentile_of_turns(1, 2, 50) == 20.0
    assert run.percentile_of_turns(3, 3, 95) == 100.0
    assert run.percentile_of_turns(4, 9, 95) is None
