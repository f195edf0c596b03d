"""Which Slack events were already handled, so that a redelivery is never answered twice.

Slack redelivers an event it thinks we missed, up to three times within about five minutes. With several
Rasa processes (or Sanic workers) a redelivery can reach another process than the first delivery, so
when COACH_REDIS_URL is set the ids are kept in Redis, shared by all: one `SET key 1 NX EX 3600` says
atomically whether anyone has seen the id before. Without Redis (one process) they are kept in memory.

If Redis can't be asked, the event is handled (the lock store, on the same Redis, then tells the
candidate that the coach is having trouble): answering twice is better than never answering.
"""
import asyncio
import logging
import os
import time
from collections import OrderedDict
from typing import Any, Optional, Tuple

logger = logging.getLogger(__name__)

SEEN_FOR_SECONDS = 3600  # Slack's last retry comes after about five minutes
REDIS_TIMEOUT_SECONDS = 1
KEY_PREFIX = "coach:slack-event:"


class SeenInMemory:
    SEEN_AT_MOST = 50_000

    def __init__(self) -> None:
        self._seen: "OrderedDict[str, float]" = OrderedDict()

    async def first_delivery(self, event_id: str, now: Optional[float] = None) -> bool:
        """True the first time an event id is seen (within the hour), False for every redelivery."""
        now = time.monotonic() if now is None else now
        while self._seen and (len(self._seen) > self.SEEN_AT_MOST
                              or next(iter(self._seen.values())) < now - SEEN_FOR_SECONDS):
            self._seen.popitem(last=False)
        if event_id in self._seen:
            return False
        self._seen[event_id] = now
        return True


class SeenInRedis:
    def __init__(self, url: str) -> None:
        self.url = url
        self._client: Optional[Tuple[asyncio.AbstractEventLoop, Any]] = None  # (its loop, a redis.asyncio.Redis)

    def _redis(self):
        import redis.asyncio

        loop = asyncio.get_running_loop()  # each Sanic worker has its own, after the fork
        if self._client is None or self._client[0] is not loop:
            self._client = (loop, redis.asyncio.Redis.from_url(self.url, socket_timeout=REDIS_TIMEOUT_SECONDS,
                                                               socket_connect_timeout=REDIS_TIMEOUT_SECONDS))
        return self._client[1]

    async def first_delivery(self, event_id: str) -> bool:
        try:
            return bool(await self._redis().set(KEY_PREFIX + event_id, 1, nx=True, ex=SEEN_FOR_SECONDS))
        except Exception as error:  # any Redis failure: handle the event rather than drop it
            logger.error("Could not check Slack event %s in Redis (%s): handling it", event_id, type(error).__name__)
            return True


def seen_events():
    url = os.environ.get("COACH_REDIS_URL")
    return SeenInRedis(url) if url else SeenInMemory()
