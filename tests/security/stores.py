"""A PostgreSQL and a Redis of the test's own, to stop, hang and start again without touching the shared ones.

The fault tests take a store down under a running coach; doing that to the PostgreSQL and Redis of
scripts/services.sh would break whatever else uses them at the same moment.
"""
import contextlib
import glob
import os
import shutil
import signal
import subprocess
import tempfile
import time
from typing import Iterator, List, Optional

from tests.e2e.conftest import free_port
from tests.services import require


class PrivateRedis:
    def __init__(self) -> None:
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: Optional[subprocess.Popen] = None

    def start(self) -> None:
        self.process = subprocess.Popen(["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                                         "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait_for(lambda: subprocess.run(["redis-cli", "-p", str(self.port), "ping"], capture_output=True,
                                         text=True).stdout.strip() == "PONG", "Redis")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)
            self.process.kill()
            self.process.wait()

    def hang(self, hung: bool = True) -> None:
        self.process.send_signal(signal.SIGSTOP if hung else signal.SIGCONT)


class PrivatePostgres:
    def __init__(self, bin_dir: str) -> None:
        self.bin_dir = bin_dir
        self.port = free_port()
        self.data = tempfile.mkdtemp(prefix="coach-pg-")
        self.user = "postgres" if os.geteuid() == 0 else None  # PostgreSQL won't run as root
        self.url = f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *command: str) -> None:
        argv: List[str] = [os.path.join(self.bin_dir, command[0]), *command[1:]]
        if self.user:
            argv = ["su", self.user, "-c", " ".join(argv)]
        subprocess.run(argv, check=True, capture_output=True)

    def create(self) -> None:
        if self.user:
            shutil.chown(self.data, self.user)
        self._run("initdb", "-D", f"{self.data}/db", "-A", "trust", "-U", "postgres")

    def start(self) -> None:
        self._run("pg_ctl", "-D", f"{self.data}/db", "-l", f"{self.data}/log", "-w", "-o",
                  f"'-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1'", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", f"{self.data}/db", "-m", "immediate", "-w", "stop")

    def remove(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.data, ignore_errors=True)


def _wait_for(ready, what: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while not ready():
        if time.monotonic() > deadline:
            raise TimeoutError(f"{what} did not start")
        time.sleep(0.2)


@contextlib.contextmanager
def private_redis() -> Iterator[PrivateRedis]:
    require("redis-server", shutil.which("redis-server") is not None, "apt-get install redis-server")
    redis = PrivateRedis()
    redis.start()
    try:
        yield redis
    finally:
        redis.stop()


@contextlib.contextmanager
def private_postgres() -> Iterator[PrivatePostgres]:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    require("PostgreSQL's server", bool(found), "apt-get install postgresql (scripts/services.sh does)")
    postgres = PrivatePostgres(os.path.dirname(found[-1]))
    try:
        postgres.create()
        postgres.start()
        yield postgres
    finally:
        postgres.remove()
