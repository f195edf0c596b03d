"""The load generator: scripted candidates over Rasa's REST channel, with per-turn latencies.

Each user plays its script turn by turn (a turn is one POST to /webhooks/rest/webhook, waiting for the
reply), under a fresh sender id each time round. In a timed run nobody starts a turn after the deadline,
and throughput counts the turns answered within it. Errors are counted, never hidden: a non-200 status,
an exception or a turn with no reply at all.
"""
import asyncio
import time
import uuid
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Sequence

import aiohttp

TURN_TIMEOUT = 120


@dataclass
class Run:
    latencies: List[float] = field(default_factory=list)  # seconds, one per successful turn
    errors: List[str] = field(default_factory=list)
    conversations: int = 0
    seconds: float = 0.0  # the measured window
    in_window: int = 0  # turns answered within it
    by_turn: Dict[int, List[float]] = field(default_factory=dict)  # turn number (1-based) -> its latencies

    @property
    def turns(self) -> int:
        return len(self.latencies)

    @property
    def throughput(self) -> float:
        return self.in_window / self.seconds if self.seconds else 0.0

    def percentile(self, p: float) -> Optional[float]:
        """Nearest-rank percentile, in milliseconds."""
        if not self.latencies:
            return None
        ordered = sorted(self.latencies)
        rank = max(1, -(-len(ordered) * p // 100))  # ceil(n * p / 100)
        return 1000 * ordered[int(rank) - 1]

    def percentile_of_turns(self, first: int, last: int, p: float) -> Optional[float]:
        """Nearest-rank percentile, in milliseconds, of turns `first` to `last` (1-based) of every conversation."""
        part = Run(latencies=[x for turn in range(first, last + 1) for x in self.by_turn.get(turn, [])])
        return part.percentile(p)

    def summary(self) -> Dict[str, object]:
        return {"turns": self.turns, "conversations": self.conversations, "errors": len(self.errors),
                "first_errors": self.errors[:5], "seconds": round(self.seconds, 2),
                "throughput": round(self.throughput, 2), "p50_ms": _round(self.percentile(50)),
                "p95_ms": _round(self.percentile(95))}


def _round(value: Optional[float]) -> Optional[float]:
    return None if value is None else round(value, 1)


async def say(session: aiohttp.ClientSession, url: str, sender: str, text: str) -> list:
    async with session.post(url, json={"sender": sender, "message": text}) as response:
        if response.status != 200:
            raise RuntimeError(f"HTTP {response.status}: {(await response.text())[:200]}")
        return await response.json(content_type=None) or []


async def _user(session, url: str, script: Sequence[str], run: Run, deadline: float, prefix: str,
                max_conversations: Optional[int]) -> None:
    while time.monotonic() < deadline and (max_conversations is None or run.conversations < max_conversations):
        sender = f"{prefix}-{uuid.uuid4().hex[:12]}"
        for turn, text in enumerate(script, 1):
            start = time.monotonic()
            if start >= deadline:
                return
            try:
                replies = await say(session, url, sender, text)
            except Exception as error:  # every failure counts, whatever raised it
                run.errors.append(f"{type(error).__name__}: {error}"[:300])
                break
            if not replies:
                run.errors.append(f"no reply to {text!r}")
                break
            end = time.monotonic()
            run.latencies.append(end - start)
            run.by_turn.setdefault(turn, []).append(end - start)
            run.in_window += end <= deadline
        else:
            run.conversations += 1


async def _drive(base_url: str, script: Sequence[str], users: int, seconds: Optional[float],
                 conversations: Optional[int], prefix: str) -> Run:
    url = base_url.rstrip("/") + "/webhooks/rest/webhook"
    run = Run()
    connector = aiohttp.TCPConnector(limit=users + 4)
    timeout = aiohttp.ClientTimeout(total=TURN_TIMEOUT)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        start = time.monotonic()
        deadline = start + seconds if seconds else float("inf")
        await asyncio.gather(*(_user(session, url, script, run, deadline, f"{prefix}{index}", conversations)
                               for index in range(users)))
        run.seconds = (deadline if seconds else time.monotonic()) - start
    return run


def drive(base_url: str, script: Sequence[str], users: int = 1, seconds: Optional[float] = None,
          conversations: Optional[int] = None, prefix: str = "bench") -> Run:
    """`users` candidates in parallel, each playing `script` until `seconds` pass or each has finished
    `conversations` conversations."""
    return asyncio.run(_drive(base_url, script, users, seconds, conversations, prefix))
