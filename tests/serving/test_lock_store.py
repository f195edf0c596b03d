"""The lock store Rasa uses: tickets taken atomically in Redis, stock behaviour in memory."""
import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest
from rasa.core.lock_store import InMemoryLockStore, RedisLockStore

from serving.lock_store import CoachLockStore
from tests.services import require

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 30
PROCESSES = 4  # stores standing in for Rasa processes, each with its own Redis connection


def _redis_answers(url):
    try:
        import redis
        return redis.Redis.from_url(url, socket_timeout=2).ping()
    except Exception:
        return False


@pytest.fixture
def redis_url(monkeypatch):
    url = os.environ.get("COACH_TEST_REDIS_URL")
    require("Redis", bool(url) and _redis_answers(url), 'set COACH_TEST_REDIS_URL (eval "$(scripts/services.sh)")')
    monkeypatch.setenv("COACH_REDIS_URL", url)
    return url


def tickets_taken_at_once(stores, conversation_id):
    barrier = threading.Barrier(len(stores))
    tickets = []

    def take(store):
        barrier.wait()
        tickets.append(store.issue_ticket(conversation_id))

    threads = [threading.Thread(target=take, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return tickets


def test_in_memory_without_redis(monkeypatch):
    monkeypatch.delenv("COACH_REDIS_URL", raising=False)
    store = CoachLockStore()
    assert isinstance(store.inner, InMemoryLockStore)
    assert [store.issue_ticket("c"), store.issue_ticket("c")] == [0, 1]
    store.cleanup("c", 0)
    store.cleanup("c", 1)
    assert store.get_lock("c") is None


def test_processes_taking_tickets_at_once_get_different_ones(redis_url):
    stores = [CoachLockStore() for _ in range(PROCESSES)]
    assert all(isinstance(store.inner, RedisLockStore) for store in stores)
    for _ in range(ROUNDS):
        conversation = f"lock-test-{uuid.uuid4().hex[:8]}"
        tickets = tickets_taken_at_once(stores, conversation)
        assert sorted(tickets) == list(range(PROCESSES))
        assert len(stores[0].get_lock(conversation).tickets) == PROCESSES
        for ticket in tickets:
            stores[ticket % PROCESSES].cleanup(conversation, ticket)
        assert stores[0].get_lock(conversation) is None


def test_the_next_ticket_is_served_once_the_first_is_done(redis_url):
    first, second = CoachLockStore(), CoachLockStore()
    conversation = f"lock-test-{uuid.uuid4().hex[:8]}"
    one, two = first.issue_ticket(conversation), second.issue_ticket(conversation)
    assert not first.get_lock(conversation).is_locked(one)
    assert second.get_lock(conversation).is_locked(two)
    first.cleanup(conversation, one)
    assert not second.get_lock(conversation).is_locked(two)  # the lock stays: someone holds a ticket
    second.update_lock(conversation)
    second.finish_serving(conversation, two)
    assert len(second.get_lock(conversation).tickets) == 0
    second.cleanup(conversation, two)
    assert second.get_lock(conversation) is None


def test_stock_rasa_hands_out_the_same_ticket_twice(redis_url):
    """Why the store above exists: the same collision with stock Rasa's Redis lock store."""
    from urllib.parse import urlparse
    parsed = urlparse(redis_url)
    stores = [RedisLockStore(host=parsed.hostname, port=parsed.port, db=int(parsed.path.lstrip("/") or 0),
                             key_prefix="stocktest") for _ in range(PROCESSES)]
    duplicates = 0
    for _ in range(ROUNDS):
        conversation = f"lock-test-{uuid.uuid4().hex[:8]}"
        tickets = tickets_taken_at_once(stores, conversation)
        duplicates += len(tickets) != len(set(tickets))
        stores[0].delete_lock(conversation)
    print(f"{duplicates} of {ROUNDS} rounds handed out a ticket twice")
    assert duplicates > 0


def test_the_lock_store_uses_redis_when_configured(redis_url):
    import asyncio
    store = CoachLockStore()

    async def lock_once():
        async with store.lock("candidate-9"):
            assert store.inner.red.exists("coach:lock:candidate-9") or store.get_lock("candidate-9")
    asyncio.run(lock_once())


def test_an_unreachable_redis_stops_the_process():
    env = dict(os.environ, COACH_REDIS_URL="redis://127.0.0.1:1/0", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", "from serving.lock_store import CoachLockStore;"
                             "CoachLockStore(); print('still running')"],
                            env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 3 and "still running" not in result.stdout
    assert "Redis" in result.stderr
