"""The coach against stock Rasa 3.6 (`rasa init`'s assistant), served the same way, in one run.

    python benchmarks/bench.py            # full: figures into benchmarks/results.md (make bench)
    python benchmarks/bench.py --short    # a few minutes, proves it works (CI; make bench BENCH=short)

Both assistants are served by `rasa run --enable-api` with only the REST channel and telemetry off; the
coach adds its action server and keeps conversations in SQL (SQLite under var/bench/, or a throwaway
database on COACH_TEST_PG_URL). Stock is served twice in one process: as it comes (rasa init's endpoints.yml,
conversations in memory) and with the SQL tracker store on SQLite. With one process the lock store is in
memory; with two Sanic workers (SANIC_WORKERS=2) it is Redis (COACH_REDIS_URL, else COACH_TEST_REDIS_URL;
`make bench` starts it with scripts/services.sh). The stock project is created under var/bench/stock at
bench time, never committed.

Figures: training from scratch (empty Rasa cache), time from start to first answer, REST turn latency
p50/p95 for one user and for 20 concurrent users, throughput (turns answered per second), and peak RSS of
each server's process tree; for the coach also the production set-up (two workers on PostgreSQL + Redis),
one long conversation (turn 150 against turn 15) and a store already holding 100,000 candidates
(benchmarks/seed.py), on SQLite and on PostgreSQL. The ratios are printed and written with the date.
Exit status: 1 if any turn failed or a server did not come up; the targets are reported, not enforced.
"""
import argparse
import datetime as dt
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Callable, Dict, List, NamedTuple, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import seed  # noqa: E402
from benchmarks.candidates import COACH_EXPECTED, COACH_FOLLOW_UPS, COACH_SCRIPT, STOCK_SCRIPT  # noqa: E402
from benchmarks.load import Run, drive  # noqa: E402
from benchmarks.report import SEED_ROWS, derive, errors_of, markdown  # noqa: E402

BIN = Path(sys.executable).parent
WORK = ROOT / "var" / "bench"
RESULTS = ROOT / "benchmarks" / "results.md"
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
READY_TIMEOUT = 300

FULL = {"mode": "full", "latency_conversations": 20, "users": 20, "load_seconds": 60, "train_coach": True,
        "postgres": True, "growth_conversations": 10, "growth_turns": 150, "seed_candidates": 100_000}
SHORT = {"mode": "short", "latency_conversations": 1, "users": 20, "load_seconds": 8, "train_coach": False,
         "postgres": True, "growth_conversations": 1, "growth_turns": 36, "seed_candidates": 1_000}
# Growth: the p95 of an early stretch of one conversation (turns 13-24, right after the draft) against the
# last 12 of `growth_turns`; both are the same follow-ups (why / shorter / email, 4 times).
EARLY_TURNS = (13, 24)


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", flush=True)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def base_env() -> Dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
    env["RASA_TELEMETRY_ENABLED"] = "false"  # no network here; the same for both assistants
    for name in ("SANIC_WORKERS", "COACH_REDIS_URL", "RASA_AUTH_TOKEN"):
        env.pop(name, None)
    return env


# ---------------------------------------------------------------- processes and their memory

def _stat(pid: str) -> Optional[List[str]]:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rfind(")") + 2:].split()  # state, ppid, pgrp, session, ...


def tree_rss(sessions: List[int]) -> int:
    """Bytes resident in every process of these sessions (each server runs in a session of its own)."""
    total = 0
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        fields = _stat(entry)
        if not fields or int(fields[3]) not in sessions:
            continue
        try:
            total += int(Path(f"/proc/{entry}/statm").read_text().split()[1]) * PAGE_SIZE
        except (OSError, IndexError, ValueError):
            pass
    return total


class Server:
    """One assistant: its processes, each in its own session, their log, and their peak RSS."""

    def __init__(self, name: str, commands: List[List[str]], env: Dict[str, str], cwd: Path):
        self.name, self.commands, self.env, self.cwd = name, commands, env, cwd
        self.log_path = WORK / f"{name}.log"
        self.processes: List[subprocess.Popen] = []
        self.peak_rss = 0
        self._sampling = False
        self._sampler: Optional[threading.Thread] = None

    def start(self) -> None:
        log_file = open(self.log_path, "wb")
        for command in self.commands:
            self.processes.append(subprocess.Popen(command, cwd=self.cwd, env=self.env, stdout=log_file,
                                                   stderr=subprocess.STDOUT, start_new_session=True))
        log_file.close()
        self._sampling = True
        self._sampler = threading.Thread(target=self._sample, daemon=True)
        self._sampler.start()

    def _sample(self) -> None:
        sessions = [process.pid for process in self.processes]
        while self._sampling:
            self.peak_rss = max(self.peak_rss, tree_rss(sessions))
            time.sleep(0.25)

    def check_alive(self) -> None:
        for process in self.processes:
            if process.poll() is not None:
                tail = self.log_path.read_text(errors="replace")[-3000:]
                raise RuntimeError(f"{self.name}: {process.args[:3]} exited with {process.returncode}\n{tail}")

    def stop(self) -> None:
        self._sampling = False
        for process in self.processes:
            _signal_group(process, signal.SIGTERM)
        deadline = time.monotonic() + 20
        for process in self.processes:
            try:
                process.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                pass
            _signal_group(process, signal.SIGKILL)  # whatever is left of the group (Sanic workers)
            process.wait()
        if self._sampler:
            self._sampler.join()


def _signal_group(process: subprocess.Popen, signum: int) -> None:
    try:
        os.killpg(process.pid, signum)
    except ProcessLookupError:
        pass


def post(url: str, sender: str, text: str, timeout: float = 60) -> list:
    body = json.dumps({"sender": sender, "message": text}).encode()
    request = urllib.request.Request(url + "/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read() or b"[]")


def wait_for_first_answer(server: Server, url: str, answered: Callable[[list], bool], started: float) -> float:
    """Seconds from `started` until a fresh candidate's first message gets a full answer."""
    while time.monotonic() - started < READY_TIMEOUT:
        server.check_alive()
        try:
            if answered(post(url, f"ready-{uuid.uuid4().hex[:8]}", "hi", timeout=30)):
                return time.monotonic() - started
        except OSError:
            pass
        time.sleep(0.2)
    raise TimeoutError(f"{server.name} gave no answer within {READY_TIMEOUT} s")


# ---------------------------------------------------------------- the two assistants

def stock_project(results: Dict, env: Dict[str, str]) -> Path:
    """`rasa init --no-prompt` under var/bench/stock, which trains it; timed with an empty cache."""
    project = WORK / "stock"
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    cache = WORK / "cache-stock"
    shutil.rmtree(cache, ignore_errors=True)
    log("stock: rasa init --no-prompt (trains the moodbot from scratch)")
    results["train"]["stock"] = timed([str(BIN / "rasa"), "init", "--no-prompt", "--init-dir", str(project)],
                                      dict(env, RASA_CACHE_DIRECTORY=str(cache)), WORK, "train-stock")
    shutil.rmtree(cache, ignore_errors=True)
    if not list((project / "models").glob("*.tar.gz")):
        raise RuntimeError("rasa init did not produce a model; see var/bench/train-stock.log")
    return project


def train_coach(results: Dict, env: Dict[str, str]) -> None:
    """`rasa train` of the coach's project into a temp dir with an empty cache: models/ is untouched."""
    out, cache = WORK / "coach-models", WORK / "cache-coach"
    for path in (out, cache):
        shutil.rmtree(path, ignore_errors=True)
    log("coach: rasa train from scratch")
    results["train"]["coach"] = timed([str(BIN / "rasa"), "train", "--out", str(out), "--fixed-model-name",
                                       "coach"], dict(env, RASA_CACHE_DIRECTORY=str(cache)), ROOT, "train-coach")
    for path in (out, cache):
        shutil.rmtree(path, ignore_errors=True)


def timed(command: List[str], env: Dict[str, str], cwd: Path, name: str) -> Dict[str, float]:
    server = Server(name, [command], env, cwd)
    start = time.monotonic()
    server.start()
    try:
        code = server.processes[0].wait()
        seconds = time.monotonic() - start
    finally:
        server.stop()
    if code != 0:
        raise RuntimeError(f"{name} failed ({code}); see {server.log_path}")
    log(f"{name}: {seconds:.1f} s")
    return {"seconds": round(seconds, 1), "peak_rss_mb": round(server.peak_rss / 2**20)}


def rest_credentials() -> Path:
    path = WORK / "credentials.yml"
    path.write_text("rest:\n")
    return path


def redis_lock_store_yaml(url: str) -> str:
    from urllib.parse import urlparse
    parsed = urlparse(url)
    return (f"lock_store:\n  type: redis\n  url: {parsed.hostname}\n  port: {parsed.port or 6379}\n"
            f"  db: {int(parsed.path.lstrip('/') or 0)}\n  key_prefix: stock\n")


def stock_server(project: Path, name: str, env: Dict[str, str], redis: Optional[str],
                 memory: bool = False) -> (Server, str):
    """memory: served as it comes, with rasa init's own endpoints.yml (the in-memory tracker store)."""
    port = free_port()
    endpoints = project / "endpoints.yml"
    if not memory:
        endpoints = WORK / f"{name}-endpoints.yml"
        database = WORK / f"{name}.db"
        database.unlink(missing_ok=True)
        text = f"tracker_store:\n  type: SQL\n  dialect: sqlite\n  db: {database}\n"
        if redis:
            text += redis_lock_store_yaml(redis)
        endpoints.write_text(text)
    model = sorted((project / "models").glob("*.tar.gz"))[-1]
    command = [str(BIN / "rasa"), "run", "--model", str(model), "--endpoints", str(endpoints), "--enable-api",
               "--interface", "127.0.0.1", "--port", str(port), "--credentials", str(rest_credentials())]
    return Server(name, [command], env, project), f"http://127.0.0.1:{port}"


def fresh_sqlite(name: str) -> str:
    database = WORK / f"{name}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(database) + suffix).unlink(missing_ok=True)
    return f"sqlite:///{database}"


def coach_server(name: str, env: Dict[str, str], redis: Optional[str], db_url: Optional[str] = None,
                 model: Path = ROOT / "models" / "coach.tar.gz") -> (Server, str):
    port, actions_port = free_port(), free_port()
    db_url = db_url or fresh_sqlite(name)
    env = dict(env, ACTIONS_PORT=str(actions_port), RASA_PORT=str(port), COACH_DB_URL=db_url)
    if redis:
        env["COACH_REDIS_URL"] = redis
    # As scripts/serve.py runs it: on loopback, answering only calls that carry the actions secret.
    actions = [str(BIN / "python"), str(ROOT / "scripts" / "action_server.py"), "--actions", "actions", "--port",
               str(actions_port)]
    rasa = [str(BIN / "python"), str(ROOT / "scripts" / "rasa_server.py"), "run", "--model", str(model), "--endpoints",
            str(ROOT / "endpoints.yml"), "--enable-api", "--interface", "127.0.0.1", "--port", str(port),
            "--credentials", str(rest_credentials())]
    return Server(name, [actions, rasa], env, ROOT), f"http://127.0.0.1:{port}"


def coach_answered(replies: list) -> bool:
    return any("role" in (reply.get("text") or "") for reply in replies)


def stock_answered(replies: list) -> bool:
    return bool(replies)


def check_coach_verdict(url: str) -> None:
    """Plays the scripted candidate once and checks what the coach concluded (the warm-up)."""
    sender = f"check-{uuid.uuid4().hex[:8]}"
    for text in COACH_SCRIPT:
        post(url, sender, text)
    with urllib.request.urlopen(f"{url}/conversations/{sender}/tracker", timeout=30) as response:
        slots = json.loads(response.read())["slots"]
    wrong = {name: (slots.get(name), value) for name, value in COACH_EXPECTED.items() if slots.get(name) != value}
    if wrong or not slots.get("draft"):
        raise RuntimeError(f"the scripted candidate was not coached as expected (got, expected): {wrong}; "
                           "has the order of the coach's questions changed? see benchmarks/candidates.py")


# ---------------------------------------------------------------- one scenario

def growth_script(turns: int) -> List[str]:
    """The scripted candidate, then the questions about the draft again and again, up to `turns` turns."""
    return COACH_SCRIPT + [COACH_FOLLOW_UPS[i % len(COACH_FOLLOW_UPS)] for i in range(turns - len(COACH_SCRIPT))]


def serve_and_measure(server: Server, url: str, script: List[str], answered, params: Dict, workers: int,
                      warm_up: Callable[[str], None], measures=("one", "many")) -> Dict:
    figures: Dict = {"workers": workers}
    try:
        log(f"{server.name}: starting")
        started = time.monotonic()
        server.start()
        figures["ready_seconds"] = round(wait_for_first_answer(server, url, answered, started), 1)
        log(f"{server.name}: first answer after {figures['ready_seconds']} s")
        for _ in range(workers):
            warm_up(url)
        warm = drive(url, script, users=2 * workers, conversations=1, prefix=f"warm-{server.name}")
        if warm.errors:
            raise RuntimeError(f"{server.name}: the warm-up failed: {warm.errors[:3]}")
        if "one" in measures:
            run = drive(url, script, users=1, conversations=params["latency_conversations"],
                        prefix=f"one-{server.name}")
            figures["one_user"] = run.summary()
            log(f"{server.name}: 1 user {_describe(run)}")
        if "many" in measures:
            run = drive(url, script, users=params["users"], seconds=params["load_seconds"],
                        prefix=f"many-{server.name}")
            figures["many_users"] = run.summary()
            log(f"{server.name}: {params['users']} users {_describe(run)}")
        if "growth" in measures:
            turns = params["growth_turns"]
            run = drive(url, growth_script(turns), users=1, conversations=params["growth_conversations"],
                        prefix=f"long-{server.name}")
            late = (turns - (EARLY_TURNS[1] - EARLY_TURNS[0]), turns)
            figures["growth"] = {"turns": turns, "conversations": run.conversations, "errors": len(run.errors),
                                 "first_errors": run.errors[:5], "early": list(EARLY_TURNS), "late": list(late),
                                 **{f"{when}_p{p}_ms": _round(run.percentile_of_turns(*span, p))
                                    for when, span in (("early", EARLY_TURNS), ("late", late)) for p in (50, 95)}}
            log(f"{server.name}: one conversation of {turns} turns, turns {EARLY_TURNS[0]}-{EARLY_TURNS[1]} p95 "
                f"{figures['growth']['early_p95_ms']} ms, turns {late[0]}-{late[1]} p95 {figures['growth']['late_p95_ms']} ms")
        server.check_alive()
    finally:
        server.stop()
    figures["peak_rss_mb"] = round(server.peak_rss / 2**20)
    return figures


def _round(value: Optional[float]) -> Optional[float]:
    return None if value is None else round(value, 1)


def _describe(run: Run) -> str:
    summary = run.summary()
    return (f"{summary['turns']} turns, {summary['throughput']} turns/s, p50 {summary['p50_ms']} ms, "
            f"p95 {summary['p95_ms']} ms, {summary['errors']} errors")


def seeded_store(name: str, url: str, results: Dict, params: Dict) -> str:
    """The coach's tables at `url` holding `seed_candidates` stored candidates, each the first SEED_ROWS events
    of a conversation the coach had in this run (coach-1's 1-user run), and its case (benchmarks/seed.py)."""
    source = f"sqlite:///{WORK / 'coach-1.db'}"
    try:
        events, case = seed.template(source, "one-coach-1", SEED_ROWS)
    except LookupError as error:
        raise RuntimeError(f"nothing of coach-1 to seed from ({error}): run coach-1 first") from error
    started = time.monotonic()
    seed.create_tables(url)
    rows = seed.seed(url, events, case, params["seed_candidates"])
    results.setdefault("seeded", {})[name] = {"candidates": params["seed_candidates"], "event_rows": rows,
                                              "seconds": round(time.monotonic() - started, 1)}
    log(f"{name}: seeded {params['seed_candidates']} candidates ({rows} events) in "
        f"{results['seeded'][name]['seconds']} s")
    return url


def postgres_database(server_url: str) -> (str, Callable[[], None]):
    """A fresh database on the test PostgreSQL server, and how to drop it."""
    import sqlalchemy as sa
    name = f"coach_bench_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(sa.text(f'CREATE DATABASE "{name}"'))
    url = server_url.rsplit("/", 1)[0] + "/" + name

    def drop() -> None:
        with admin.connect() as connection:
            connection.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return url, drop


def machine() -> Dict:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    import rasa
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    return {"date": dt.date.today().isoformat(), "cpus": os.cpu_count(), "cpu": cpu, "rasa": rasa.__version__,
            "python": platform.python_version(), "commit": commit or "unknown",
            "load_before": " ".join(f"{x:.2f}" for x in os.getloadavg())}


# ---------------------------------------------------------------- main

def on_sigterm(_signum, _frame):
    raise KeyboardInterrupt


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--short", action="store_true", help="a quick run that proves the benchmark works")
    parser.add_argument("--out", type=Path, help="where to write the markdown (default: benchmarks/results.md, "
                                                 "var/bench/results-short.md in short mode)")
    parser.add_argument("--reuse-stock", action="store_true",
                        help="reuse var/bench/stock from an earlier run instead of `rasa init` (no training figure)")
    parser.add_argument("--only", help="comma-separated scenarios to serve (stock-1-memory, stock-1, coach-1, "
                                       "coach-1-seeded, stock-2, coach-2, coach-2-postgres, coach-2-postgres-seeded)")
    return parser.parse_args()


class Scenario(NamedTuple):
    name: str
    start: Callable[[], Tuple[Server, str]]  # starts the server; its URL
    script: List[str]  # the candidate it plays
    answered: Callable[[list], bool]
    workers: int
    warm_up: Callable[[str], None]
    measures: Tuple[str, ...]


class Plan:
    """Every scenario the bench serves, in order; drops the PostgreSQL databases it created at the end."""

    def __init__(self, project: Path, env: Dict[str, str], redis: str, pg_server: Optional[str],
                 results: Dict, params: Dict):
        self.project, self.env, self.redis, self.pg_server = project, env, redis, pg_server
        self.results, self.params = results, params
        self.drops: List[Callable[[], None]] = []

    def scenarios(self) -> List[Scenario]:
        planned = [
            self._stock("stock-1-memory", 1, ("one", "many"), memory=True),
            self._stock("stock-1", 1, ("one", "many")),
            self._coach("coach-1", 1, ("one", "many", "growth")),
            self._coach("coach-1-seeded", 1, ("one",),
                        lambda: self._seeded("coach-1-seeded", fresh_sqlite("coach-1-seeded"))),
            self._stock("stock-2", 2, ("many",)),
            self._coach("coach-2", 2, ("one", "many")),
        ]
        if self.pg_server:
            planned += [
                self._coach("coach-2-postgres", 2, ("one", "many"), self._postgres),
                self._coach("coach-2-postgres-seeded", 2, ("one",),
                            lambda: self._seeded("coach-2-postgres-seeded", self._postgres())),
            ]
        return planned

    def _env(self, workers: int) -> Dict[str, str]:
        return self.env if workers == 1 else dict(self.env, SANIC_WORKERS=str(workers))

    def _lock_store(self, workers: int) -> Optional[str]:
        return None if workers == 1 else self.redis

    def _stock(self, name: str, workers: int, measures, memory: bool = False) -> Scenario:
        def start():
            return stock_server(self.project, name, self._env(workers), self._lock_store(workers), memory=memory)
        # serve_and_measure's common warm-up is enough for stock
        return Scenario(name, start, STOCK_SCRIPT, stock_answered, workers, lambda url: None, measures)

    def _coach(self, name: str, workers: int, measures, database: Callable[[], Optional[str]] = lambda: None):
        def start():
            return coach_server(name, self._env(workers), self._lock_store(workers), database())
        return Scenario(name, start, COACH_SCRIPT, coach_answered, workers, check_coach_verdict, measures)

    def _seeded(self, name: str, url: str) -> str:
        return seeded_store(name, url, self.results, self.params)

    def _postgres(self) -> str:
        url, drop = postgres_database(self.pg_server)
        self.drops.append(drop)
        return url

    def run(self, only: Optional[List[str]]) -> None:
        try:
            for scenario in self.scenarios():
                if only and scenario.name not in only:
                    continue
                server, url = scenario.start()
                self.results["serve"][scenario.name] = serve_and_measure(
                    server, url, scenario.script, scenario.answered, self.params, scenario.workers,
                    scenario.warm_up, scenario.measures)
        finally:
            for drop in self.drops:
                drop()


def report(results: Dict, params: Dict, out: Path) -> int:
    results["meta"]["load_after"] = " ".join(f"{x:.2f}" for x in os.getloadavg())
    derived = derive(results)
    text = markdown(results, derived)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text)
    (WORK / f"results-{params['mode']}.json").write_text(json.dumps({**results, "derived": derived}, indent=2))
    print()
    print(text)
    log(f"written to {out.relative_to(ROOT) if out.is_relative_to(ROOT) else out}")
    errors = sum(errors_of(figures) for figures in results["serve"].values())
    if errors:
        print(f"error: {errors} turns failed under load; see var/bench/*.log", file=sys.stderr)
        return 1
    return 0


def main() -> int:
    args = arguments()
    params = dict(SHORT if args.short else FULL)
    if not (ROOT / "models" / "coach.tar.gz").exists():
        print("error: no models/coach.tar.gz; run `make train` (make bench does it)", file=sys.stderr)
        return 2
    redis = os.environ.get("COACH_REDIS_URL") or os.environ.get("COACH_TEST_REDIS_URL")
    if not redis:
        print("error: the two-worker runs need Redis: set COACH_REDIS_URL, or run through `make bench`, "
              "which starts one with scripts/services.sh", file=sys.stderr)
        return 2
    WORK.mkdir(parents=True, exist_ok=True)
    env = base_env()
    results: Dict = {"meta": machine(), "params": params, "train": {}, "serve": {}}
    signal.signal(signal.SIGTERM, on_sigterm)  # so that every server we started is stopped

    reuse = args.reuse_stock and list((WORK / "stock" / "models").glob("*.tar.gz"))
    project = WORK / "stock" if reuse else stock_project(results, env)
    if params["train_coach"]:
        train_coach(results, env)
    pg_server = os.environ.get("COACH_TEST_PG_URL") if params["postgres"] else None
    Plan(project, env, redis, pg_server, results, params).run(args.only.split(",") if args.only else None)
    return report(results, params, args.out or (WORK / "results-short.md" if args.short else RESULTS))


if __name__ == "__main__":
    sys.exit(main())
