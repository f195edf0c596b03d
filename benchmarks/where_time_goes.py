"""Shares of a server's CPU time by where it goes, from a py-spy recording in raw (collapsed) format.

    py-spy record -r 100 -f raw -o rasa.raw --pid <pid of the Rasa server>     # while candidates talk to it
    python benchmarks/where_time_goes.py rasa.raw

Each sample is put in the first category (in the order below) that one of its frames matches, so nested
work is counted once, under its most specific name. Idle samples (the event loop waiting) are left out.
"""
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, Tuple

CATEGORIES: Tuple[Tuple[str, str], ...] = (
    ("action-server reply validation (jsonschema)", r"jsonschema"),
    ("spaCy pipeline", r"\bspacy\b|thinc"),
    ("intent classifier and featurizers", r"rasa/nlu/(classifiers|featurizers|extractors)|sklearn"),
    ("tracker store (SQL): retrieve + save", r"tracker_store|sqlalchemy|sqlite3"),
    ("policies and forms", r"rasa/core/policies|rasa/core/actions/(forms|loops)"),
    ("calling the action server (HTTP)", r"rasa/utils/endpoints|aiohttp"),
    ("tracker events, (de)serialising", r"rasa/shared/core/(trackers|events)|json"),
)
IDLE = re.compile(r"select|epoll|_run_once \(asyncio/base_events.py\)$|uvloop")


def samples(lines: Iterable[str]) -> Iterable[Tuple[str, int]]:
    for line in lines:
        stack, _, count = line.rstrip().rpartition(" ")
        if stack and count.isdigit():
            yield stack, int(count)


def shares(lines: Iterable[str]) -> Dict[str, float]:
    counts: Counter = Counter()
    for stack, count in samples(lines):
        if IDLE.search(stack.split(";")[-1]):
            continue
        name = next((name for name, pattern in CATEGORIES if re.search(pattern, stack)), "everything else")
        counts[name] += count
    total = sum(counts.values()) or 1
    return {name: counts[name] / total for name, _ in (*CATEGORIES, ("everything else", ""))}


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    for name, share in shares(Path(sys.argv[1]).read_text().splitlines()).items():
        print(f"{share:6.1%}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
