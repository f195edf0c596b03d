"""Rasa's lock store for the coach: Redis when COACH_REDIS_URL is set (several Rasa processes serving the
same candidates), memory otherwise, and the server refuses to start when the Redis it was given is out of reach.

endpoints.yml names this class, so one endpoints file serves both set-ups. Stock Rasa's Redis lock store
changes a lock in three steps: read it from Redis, change it in Python, write it back. Two Rasa processes
taking a ticket for the same candidate at the same moment both read "no lock", both write a lock holding
ticket 0, and both go ahead: the candidate's two messages are handled at once and one of them is lost when
the trackers are saved (see tests/e2e/test_scale.py). Here each change is one Redis transaction (WATCH,
then MULTI/EXEC): if another process changed the lock in between, Redis refuses the write and the change
runs again on the new lock. In memory (one process, one event loop) nothing can come in between, so stock
Rasa's steps are kept.
"""
import json
import logging
import os
from typing import Any, Callable, Optional, Tuple
from urllib.parse import urlparse

from rasa.core.lock import TicketLock
from rasa.core.lock_store import LOCK_LIFETIME, InMemoryLockStore, LockError, LockStore, RedisLockStore

from serving.refuse import refuse_to_start

logger = logging.getLogger(__name__)

# change(lock or None) -> (the lock to keep, or None to delete it; what to return)
Change = Callable[[Optional[TicketLock]], Tuple[Optional[TicketLock], Any]]
# Rasa calls the lock store synchronously, inside the event loop: a Redis that hangs would hold every
# candidate for Rasa's default 10 s. A lock round trip takes well under a millisecond; after this, the
# candidate is told the coach can't keep the conversation in order right now (channels/guard.py).
REDIS_TIMEOUT_SECONDS = 1


def redis_lock_store(url: str) -> RedisLockStore:
    parsed = urlparse(url)
    database = int(parsed.path.lstrip("/") or 0)
    return RedisLockStore(host=parsed.hostname or "localhost", port=parsed.port or 6379, db=database,
                          username=parsed.username, password=parsed.password, use_ssl=parsed.scheme == "rediss",
                          key_prefix="coach", socket_timeout=REDIS_TIMEOUT_SECONDS)


class CoachLockStore(LockStore):
    def __init__(self, endpoint_config: Optional[Any] = None) -> None:
        url = os.environ.get("COACH_REDIS_URL")
        if not url:
            self.inner: LockStore = InMemoryLockStore()
            return
        try:
            self.inner = redis_lock_store(url)
            self.inner.red.ping()
        except Exception as error:  # any Redis error: two servers without a shared lock would corrupt turns
            refuse_to_start(f"Cannot reach the Redis lock store at COACH_REDIS_URL ({urlparse(url).hostname}): "
                            f"{error}")
        logger.info("Lock store: Redis")

    def get_lock(self, conversation_id: str) -> Optional[TicketLock]:
        return self.inner.get_lock(conversation_id)

    def delete_lock(self, conversation_id: str) -> None:
        self.inner.delete_lock(conversation_id)

    def save_lock(self, lock: TicketLock) -> None:
        self.inner.save_lock(lock)

    def _atomically(self, conversation_id: str, change: Change) -> Any:
        redis_store: RedisLockStore = self.inner
        key = redis_store.key_prefix + conversation_id

        def transaction(pipe) -> Any:
            serialised = pipe.get(key)  # watched: a change by anyone else makes EXEC fail, and we retry
            lock = TicketLock.from_dict(json.loads(serialised)) if serialised else None
            keep, result = change(lock)
            pipe.multi()
            if keep is None:
                pipe.delete(key)
            else:
                pipe.set(key, keep.dumps())
            return result

        return redis_store.red.transaction(transaction, key, value_from_callable=True)

    def _shared(self) -> bool:
        return isinstance(self.inner, RedisLockStore)

    def issue_ticket(self, conversation_id: str, lock_lifetime: float = LOCK_LIFETIME) -> int:
        if not self._shared():
            return super().issue_ticket(conversation_id, lock_lifetime)

        def change(lock):
            lock = lock or self.create_lock(conversation_id)
            return lock, lock.issue_ticket(lock_lifetime)

        try:
            return self._atomically(conversation_id, change)
        except Exception as error:  # what stock Rasa raises for any failure here
            raise LockError(f"Error while acquiring lock. Error:\n{error}") from error

    def update_lock(self, conversation_id: str) -> None:
        if not self._shared():
            return super().update_lock(conversation_id)

        def change(lock):
            if lock:
                lock.remove_expired_tickets()
            return lock, None

        self._atomically(conversation_id, change)

    def finish_serving(self, conversation_id: str, ticket_number: int) -> None:
        if not self._shared():
            return super().finish_serving(conversation_id, ticket_number)

        def change(lock):
            if lock:
                lock.remove_ticket_for(ticket_number)
            return lock, None

        self._atomically(conversation_id, change)

    def cleanup(self, conversation_id: str, ticket_number: int) -> None:
        if not self._shared():
            return super().cleanup(conversation_id, ticket_number)

        def change(lock):
            if lock:
                lock.remove_ticket_for(ticket_number)
                if not lock.is_someone_waiting():
                    lock = None  # stock Rasa deletes the lock when nobody else holds a ticket
            return lock, None

        self._atomically(conversation_id, change)
