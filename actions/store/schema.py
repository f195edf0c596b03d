"""Brings the coach's tables to the newest migration (Alembic), once per database per process."""
import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.engine import Engine

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_done = set()
_lock = threading.Lock()


def upgrade(engine: Engine) -> None:
    key = str(engine.url)
    with _lock:
        if key in _done:
            return
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        _done.add(key)
