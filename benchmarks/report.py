"""From the bench's measured figures to its ratios, its targets and the markdown of benchmarks/results.md."""
from typing import Callable, Dict, List, Optional, Tuple

from benchmarks.candidates import COACH_SCRIPT, STOCK_SCRIPT

SEED_ROWS = 40  # events per stored candidate: their first few turns (greeting, role, company)
TARGETS = {"train_seconds": 90, "ready_seconds": 30, "workers_speedup": 1.2, "memory_p95": 1.0,
           "memory_throughput": 1.3, "postgres_throughput": 1.5, "postgres_p95": 1.2, "growth_p95": 1.25,
           "seeded_p95": 1.1}
MEASURES = ("one_user", "many_users", "growth")


def ratio(a: Optional[float], b: Optional[float]) -> Optional[float]:
    return round(a / b, 2) if a is not None and b else None


def dig(figures, *keys):
    """figures[k1][k2]..., or None where a figure was not measured."""
    for key in keys:
        if not isinstance(figures, dict) or key not in figures:
            return None
        figures = figures[key]
    return figures


def errors_of(figures: Dict) -> int:
    return sum(dig(figures, measure, "errors") or 0 for measure in MEASURES)


def _at_most(a: float, b: float) -> bool:
    return a <= b


def _at_least(a: float, b: float) -> bool:
    return a >= b


# ---------------------------------------------------------------- ratios and targets

def _against_stock(results: Dict, stock: Dict, with_training: bool) -> List[Tuple[str, object, object]]:
    coach = results["serve"].get("coach-1", {})
    rows = [("Training from scratch (s)", dig(results["train"], "coach", "seconds"),
             dig(results["train"], "stock", "seconds"))] if with_training else []
    rows.append(("Start to first answer (s)", dig(coach, "ready_seconds"), dig(stock, "ready_seconds")))
    for users, measure in (("1 user", "one_user"), ("20 users", "many_users")):
        for p in ("p50", "p95"):
            rows.append((f"{users}: {p} turn latency (ms)", dig(coach, measure, f"{p}_ms"),
                         dig(stock, measure, f"{p}_ms")))
    rows.append(("20 users: throughput, 1 process (turns/s)", dig(coach, "many_users", "throughput"),
                 dig(stock, "many_users", "throughput")))
    rows.append(("Peak RSS serving, 1 process (MB)", dig(coach, "peak_rss_mb"), dig(stock, "peak_rss_mb")))
    return rows


def _two_workers(serve: Dict) -> List[Tuple[str, object, object]]:
    coach, stock = serve.get("coach-2", {}), serve.get("stock-2", {})
    return [("20 users: throughput, 2 workers + Redis (turns/s)", dig(coach, "many_users", "throughput"),
             dig(stock, "many_users", "throughput")),
            ("20 users: p95, 2 workers + Redis (ms)", dig(coach, "many_users", "p95_ms"),
             dig(stock, "many_users", "p95_ms")),
            ("Peak RSS serving, 2 workers (MB)", dig(coach, "peak_rss_mb"), dig(stock, "peak_rss_mb"))]


def _table(rows) -> List[Dict]:
    return [{"figure": name, "coach": coach, "stock": stock, "ratio": ratio(coach, stock)}
            for name, coach, stock in rows]


def _scale(serve: Dict) -> Dict:
    growth = dig(serve, "coach-1", "growth") or {}
    one_p95 = lambda name: dig(serve, name, "one_user", "p95_ms")  # noqa: E731
    return {"growth": ratio(growth.get("late_p95_ms"), growth.get("early_p95_ms")),
            "seeded_sqlite": ratio(one_p95("coach-1-seeded"), one_p95("coach-1")),
            "seeded_postgres": ratio(one_p95("coach-2-postgres-seeded"), one_p95("coach-2-postgres"))}


def _targets(results: Dict, speedups: Dict, production: Dict, scale: Dict) -> List[Dict]:
    serve = results["serve"]
    coach, memory, stock = (serve.get(name, {}) for name in ("coach-1", "stock-1-memory", "stock-1"))
    growth = dig(coach, "growth") or {}
    span = lambda key: "-".join(map(str, growth.get(key, [])))  # noqa: E731
    targets: List[Tuple[str, object, object, Callable]] = [
        ("1-user p95 against stock in memory <= 1.0x",
         ratio(dig(coach, "one_user", "p95_ms"), dig(memory, "one_user", "p95_ms")), TARGETS["memory_p95"], _at_most),
        ("20-user throughput against stock in memory >= 1.3x",
         ratio(dig(coach, "many_users", "throughput"), dig(memory, "many_users", "throughput")),
         TARGETS["memory_throughput"], _at_least),
        ("2 workers on PostgreSQL + Redis >= 1.5x the 1-process SQLite throughput",
         production["throughput_vs_sqlite_1"], TARGETS["postgres_throughput"], _at_least),
        ("1-user p95 on PostgreSQL <= 1.2x SQLite's (both 2 workers + Redis)", production["p95_vs_sqlite_2"],
         TARGETS["postgres_p95"], _at_most),
        (f"1-user p95, turns {span('late')} <= 1.25x turns {span('early')} of one conversation", scale["growth"],
         TARGETS["growth_p95"], _at_most),
        ("1-user p95 with the stored candidates <= 1.1x the empty store, SQLite", scale["seeded_sqlite"],
         TARGETS["seeded_p95"], _at_most),
        ("1-user p95 with the stored candidates <= 1.1x the empty store, PostgreSQL", scale["seeded_postgres"],
         TARGETS["seeded_p95"], _at_most),
        ("1-user p95 no worse than stock (SQL store)", dig(coach, "one_user", "p95_ms"),
         dig(stock, "one_user", "p95_ms"), _at_most),
        ("20-user throughput (1 process) no worse than stock (SQL store)", dig(coach, "many_users", "throughput"),
         dig(stock, "many_users", "throughput"), _at_least),
        ("2 workers + Redis >= 1.2x the coach's 1-process throughput", speedups["coach"],
         TARGETS["workers_speedup"], _at_least),
        ("training from scratch <= 90 s", dig(results["train"], "coach", "seconds"), TARGETS["train_seconds"],
         _at_most),
        ("first answer <= 30 s after start", dig(coach, "ready_seconds"), TARGETS["ready_seconds"], _at_most),
    ]
    return [{"target": name, "value": value, "against": against,
             "met": None if value is None or against is None else bool(test(value, against))}
            for name, value, against, test in targets]


def derive(results: Dict) -> Dict:
    """The ratios the report shows and each target, met or not."""
    serve = results["serve"]
    throughput = lambda name: dig(serve, name, "many_users", "throughput")  # noqa: E731
    speedups = {"coach": ratio(throughput("coach-2"), throughput("coach-1")),
                "stock": ratio(throughput("stock-2"), throughput("stock-1"))}
    production = {"throughput_vs_sqlite_1": ratio(throughput("coach-2-postgres"), throughput("coach-1")),
                  "p95_vs_sqlite_2": ratio(dig(serve, "coach-2-postgres", "one_user", "p95_ms"),
                                           dig(serve, "coach-2", "one_user", "p95_ms"))}
    scale = _scale(serve)
    return {"memory_table": _table(_against_stock(results, serve.get("stock-1-memory", {}), False)),
            "table": _table(_against_stock(results, serve.get("stock-1", {}), True) + _two_workers(serve)),
            "speedups": speedups, "production": production, "scale": scale,
            "targets": _targets(results, speedups, production, scale)}


# ---------------------------------------------------------------- markdown

def fmt(value) -> str:
    return "n/a" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def _preamble(results: Dict) -> List[str]:
    meta, params = results["meta"], results["params"]
    return [
        f"# Benchmark: the coach against stock Rasa 3.6 ({meta['date']})",
        "",
        f"`make bench{'' if params['mode'] == 'full' else ' BENCH=short'}` ({params['mode']} mode), one run on "
        f"one machine: {meta['cpus']} CPUs ({meta['cpu']}), Python {meta['python']}, Rasa {meta['rasa']}, "
        f"coach at {meta['commit']}. Load average {meta['load_before']} before, {meta['load_after']} after.",
        "",
        "Stock is `rasa init`'s assistant (the moodbot, default pipeline and policies), trained at bench time. "
        "Both are served by `rasa run --enable-api`, REST channel only, telemetry off; the coach adds its action "
        "server and keeps conversations in SQL (SQLite unless said). Stock runs twice in one process: as it "
        "comes (rasa init's endpoints.yml: conversations in memory) and with the SQL tracker store on SQLite. "
        "One process: in-memory lock store; two workers: `SANIC_WORKERS=2` and the Redis lock store. "
        "A turn is one POST to `/webhooks/rest/webhook`. "
        f"The coach's candidate has {len(COACH_SCRIPT)} turns (greeting, role, company, figures, current pay, "
        "concern, evidence, would-accept, then why / shorter / email); stock's has "
        f"{len(STOCK_SCRIPT)} (greet, mood, affirm, thanks, bye). 1 user: "
        f"{params['latency_conversations']} conversations one after another; {params['users']} users: "
        f"{params['load_seconds']} s of closed-loop load, each user starting its next turn when the last is "
        "answered; throughput counts the turns answered in that window. Peak RSS: every process of the "
        "server (Rasa, its workers, the action server), sampled every 0.25 s. The load generator runs on the "
        "same cores.",
    ]


def _comparison(title: str, stock_heading: str, rows: List[Dict]) -> List[str]:
    coach_heading = "coach (SQLite)" if stock_heading == "stock (memory)" else "coach"
    lines = ["", f"## {title}", "", f"| figure | {coach_heading} | {stock_heading} | coach/stock |",
             "| --- | ---: | ---: | ---: |"]
    return lines + [f"| {row['figure']} | {fmt(row['coach'])} | {fmt(row['stock'])} | {fmt(row['ratio'])} |"
                    for row in rows]


def _production(serve: Dict, derived: Dict) -> List[str]:
    if "coach-2-postgres" not in serve:
        return []
    lines = ["", "## The production set-up: two workers on PostgreSQL + Redis", "",
             "| figure | 2 workers, PostgreSQL | 2 workers, SQLite | 1 process, SQLite |", "| --- | ---: | ---: | ---: |"]
    for label, keys in (("1 user: p50 (ms)", ("one_user", "p50_ms")), ("1 user: p95 (ms)", ("one_user", "p95_ms")),
                        ("20 users: p50 (ms)", ("many_users", "p50_ms")), ("20 users: p95 (ms)", ("many_users", "p95_ms")),
                        ("20 users: throughput (turns/s)", ("many_users", "throughput")),
                        ("Peak RSS serving (MB)", ("peak_rss_mb",))):
        cells = " | ".join(fmt(dig(serve, name, *keys)) for name in ("coach-2-postgres", "coach-2", "coach-1"))
        lines.append(f"| {label} | {cells} |")
    production = derived["production"]
    return lines + ["", f"PostgreSQL throughput against one process on SQLite: "
                        f"{fmt(production['throughput_vs_sqlite_1'])}x; its 1-user p95 against SQLite's with the "
                        f"same two workers: {fmt(production['p95_vs_sqlite_2'])}x."]


def _growth(results: Dict, derived: Dict) -> List[str]:
    serve = results["serve"]
    lines = ["", "## As the work grows", ""]
    growth = dig(serve, "coach-1", "growth")
    if growth:
        lines += [f"One conversation of {growth['turns']} turns (the scripted candidate, then why / shorter / email "
                  f"again and again), {growth['conversations']} times, one user, coach in one process on SQLite: "
                  f"turns {growth['early'][0]}-{growth['early'][1]} p50 {fmt(growth['early_p50_ms'])} ms, p95 "
                  f"{fmt(growth['early_p95_ms'])} ms; turns {growth['late'][0]}-{growth['late'][1]} p50 "
                  f"{fmt(growth['late_p50_ms'])} ms, p95 {fmt(growth['late_p95_ms'])} ms "
                  f"({fmt(derived['scale']['growth'])}x).", ""]
    one = lambda name, p: fmt(dig(serve, name, "one_user", f"{p}_ms"))  # noqa: E731
    for name, empty, label in (("coach-1-seeded", "coach-1", "SQLite, 1 process"),
                               ("coach-2-postgres-seeded", "coach-2-postgres", "PostgreSQL, 2 workers + Redis")):
        seeded = dig(results, "seeded", name)
        if seeded and name in serve:
            lines.append(f"- {label}: {seeded['candidates']:,} stored candidates ({seeded['event_rows']:,} events, "
                         f"{SEED_ROWS} each, and a case each; seeded in {seeded['seconds']} s): 1-user p50 "
                         f"{one(name, 'p50')} ms, p95 {one(name, 'p95')} ms; empty store p50 {one(empty, 'p50')} "
                         f"ms, p95 {one(empty, 'p95')} ms.")
    return lines


def _targets_table(results: Dict, derived: Dict) -> List[str]:
    errors = ", ".join(f"{name} {errors_of(figures)}" for name, figures in results["serve"].items())
    lines = ["", f"Errors (failed or empty turns): {errors}",
             "", "## Targets", "", "| target | value | against | met |", "| --- | ---: | ---: | --- |"]
    for target in derived["targets"]:
        met = {True: "yes", False: "**no**", None: "not measured"}[target["met"]]
        lines.append(f"| {target['target']} | {fmt(target['value'])} | {fmt(target['against'])} | {met} |")
    train = results["train"]
    if train.get("coach") and train.get("stock"):
        lines += ["", f"Peak RSS while training: coach {train['coach']['peak_rss_mb']} MB, stock "
                      f"{train['stock']['peak_rss_mb']} MB."]
    return lines


def markdown(results: Dict, derived: Dict) -> str:
    serve = results["serve"]
    lines = (_preamble(results)
             + _comparison("Against stock Rasa as it comes (conversations in memory)", "stock (memory)",
                           derived["memory_table"])
             + _comparison("Against stock Rasa on the same SQL store (SQLite)", "stock", derived["table"])
             + ["", f"Two workers against one process, 20-user throughput: coach "
                    f"{fmt(derived['speedups']['coach'])}x, stock {fmt(derived['speedups']['stock'])}x."]
             + _production(serve, derived) + _growth(results, derived) + _targets_table(results, derived))
    return "\n".join(lines) + "\n"
