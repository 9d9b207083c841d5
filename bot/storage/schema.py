"""Schema management with Alembic, run from code: `upgrade_to_head(url)`, `downgrade_to_base(url)`.

The migration scripts live in `bot/storage/migrations/versions/`. Every public function of
`bot.notices` calls `prepare_storage` (schema and key check) first, which upgrades once per process and URL, so the
bot, the register and the tests all work on a fresh database. On PostgreSQL an advisory lock
keeps two processes that start together from migrating at the same time.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Optional, Set

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from bot.storage.database import UNREACHABLE, get_engine, unavailable

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_PG_LOCK_KEY = 7_301_946_201  # any constant; names our migration lock

_ready: Set[str] = set()
_ready_lock = threading.Lock()


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(url: Optional[str] = None) -> Optional[str]:
    try:
        with get_engine(url).connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    except UNREACHABLE as error:
        raise unavailable(error) from error


def upgrade_to_head(url: Optional[str] = None) -> None:
    _run(url, lambda config: command.upgrade(config, "head"))


def downgrade_to_base(url: Optional[str] = None) -> None:
    _run(url, lambda config: command.downgrade(config, "base"))
    with _ready_lock:
        _ready.discard(str(get_engine(url).url))


def ensure_schema(url: Optional[str] = None) -> None:
    """Upgrade to head once per process and database."""
    key = str(get_engine(url).url)
    if key in _ready:
        return
    with _ready_lock:
        if key not in _ready:
            upgrade_to_head(url)
            _ready.add(key)


def prepare_storage(url: Optional[str] = None) -> None:
    """Schema at head and the encryption key verified; once per process, database and key."""
    from bot.storage.keycheck import ensure_key_matches

    ensure_schema(url)
    ensure_key_matches(url)


def _run(url: Optional[str], migrate) -> None:
    engine = get_engine(url)
    try:
        with engine.begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK_KEY})
            config = alembic_config()
            config.attributes["connection"] = connection
            migrate(config)
    except UNREACHABLE as error:
        raise unavailable(error) from error
