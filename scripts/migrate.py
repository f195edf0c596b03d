"""Brings the coach's tables to the newest migration once, before any server uses the database.

    python scripts/migrate.py            # the database named by COACH_DB_URL

serve.py runs this before it starts the servers. Each action server would also migrate on its first
case, but several of them doing that at the same moment on a fresh database would race to create the
same tables, and the losers would fail that candidate's turn. On PostgreSQL the migration runs under an
advisory lock, so coaches started together take turns and the later ones find nothing left to do.
"""
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from actions.store.db import database_url, describe, engine_for, schema_lock  # noqa: E402
from actions.store.schema import upgrade  # noqa: E402


def migrate(url: str) -> None:
    engine = engine_for(url)
    try:
        with schema_lock(engine):
            upgrade(engine)
    finally:
        engine.dispose()


def main() -> int:
    url = database_url()
    try:
        migrate(url)
    except Exception as error:  # any driver or migration error: say which database, then fail
        print(f"error: cannot migrate the coach's database {describe(url)}: {error}", file=sys.stderr)
        return 3
    print(f"The coach's tables are up to date in {describe(url)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
