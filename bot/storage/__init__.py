"""Storage of notices: SQLAlchemy engine and sessions, models, Alembic migrations, encryption.

Our own database ($IA_DATABASE_URL, default `var/integriteit.db`), never Rasa's tracker store.
"""
from bot.storage.database import StorageUnavailable, database_url, get_engine, session_scope
from bot.storage.schema import downgrade_to_base, ensure_schema, prepare_storage, upgrade_to_head

__all__ = [
    "StorageUnavailable",
    "database_url",
    "downgrade_to_base",
    "ensure_schema",
    "get_engine",
    "prepare_storage",
    "session_scope",
    "upgrade_to_head",
]
