"""Rasa's lock store: Redis when COACH_REDIS_URL is set (several Rasa processes), memory otherwise.

Loaded by the Rasa server (endpoints.yml names this class), so one endpoints file serves both set-ups.
"""
import logging
import os
import sys
from typing import Any, Optional
from urllib.parse import urlparse

from rasa.core.lock import TicketLock
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore

logger = logging.getLogger(__name__)

EXIT_LOCK_STORE_UNAVAILABLE = 3


def redis_lock_store(url: str) -> RedisLockStore:
    parsed = urlparse(url)
    database = int(parsed.path.lstrip("/") or 0)
    return RedisLockStore(host=parsed.hostname or "localhost", port=parsed.port or 6379, db=database,
                          username=parsed.username, password=parsed.password, use_ssl=parsed.scheme == "rediss",
                          key_prefix="coach")


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
            message = f"Cannot reach the Redis lock store at COACH_REDIS_URL ({urlparse(url).hostname}): {error}"
            logger.critical(message)
            print(message, file=sys.stderr, flush=True)
            os._exit(EXIT_LOCK_STORE_UNAVAILABLE)
        logger.info("Lock store: Redis")

    def get_lock(self, conversation_id: str) -> Optional[TicketLock]:
        return self.inner.get_lock(conversation_id)

    def delete_lock(self, conversation_id: str) -> None:
        self.inner.delete_lock(conversation_id)

    def save_lock(self, lock: TicketLock) -> None:
        self.inner.save_lock(lock)
