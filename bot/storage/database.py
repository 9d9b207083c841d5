"""The database of notices: one engine per URL, one short session per call.

The URL comes from $IA_DATABASE_URL; by default a SQLite file `var/integriteit.db` in the
repository. SQLite runs with foreign keys on, WAL (readers never wait for the writer) and a
busy timeout, so parallel conversations queue for the write lock instead of failing.
PostgreSQL connections are checked before use (pool_pre_ping), so a database that was
restarted is picked up again without restarting the bot. Each process keeps at most
$IA_DB_POOL_SIZE (5) connections plus $IA_DB_MAX_OVERFLOW (5) in a burst: a notice takes one
connection for milliseconds, and several processes share the server's `max_connections`.

Any failure to reach the database surfaces as `StorageUnavailable`: the caller keeps what it
wanted to store and tries again later.
"""
from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Dict, Iterator, Optional

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from sqlalchemy.orm import Session

REPO = Path(__file__).resolve().parents[2]
DEFAULT_PATH = REPO / "var" / "integriteit.db"
ENV_VAR = "IA_DATABASE_URL"
SQLITE_BUSY_TIMEOUT_S = 30
POSTGRES_CONNECT_TIMEOUT_S = 5
POOL_SIZE_ENV, MAX_OVERFLOW_ENV = "IA_DB_POOL_SIZE", "IA_DB_MAX_OVERFLOW"
DEFAULT_POOL_SIZE = DEFAULT_MAX_OVERFLOW = 5

UNREACHABLE = (OperationalError, InterfaceError, PoolTimeout)


class StorageUnavailable(RuntimeError):
    """The database cannot be reached now. Nothing was stored; keep the data and retry."""


def database_url(url: Optional[str] = None) -> str:
    """`url`, else $IA_DATABASE_URL, else the SQLite file in var/ (its folder is created)."""
    url = url or os.environ.get(ENV_VAR)
    if not url:
        DEFAULT_PATH.parent.mkdir(parents=True, exist_ok=True)
        url = f"sqlite:///{DEFAULT_PATH}"
    tracker = os.environ.get("TRACKER_DB_URL")
    if tracker and tracker.strip() == url.strip():
        raise ValueError("IA_DATABASE_URL must name another database than Rasa's TRACKER_DB_URL")
    return url


_engines: Dict[str, Engine] = {}
_engines_lock = threading.Lock()


def get_engine(url: Optional[str] = None) -> Engine:
    """The engine for `url` (see `database_url`), created once per process."""
    url = database_url(url)
    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = _create_engine(url)
        return engine


def _create_engine(url: str) -> Engine:
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        engine = create_engine(url, future=True, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args = {}
    if backend == "postgresql" and "connect_timeout" not in make_url(url).query:
        connect_args["connect_timeout"] = POSTGRES_CONNECT_TIMEOUT_S
    return create_engine(url, future=True, pool_pre_ping=True, connect_args=connect_args,
                         pool_size=int(os.environ.get(POOL_SIZE_ENV, DEFAULT_POOL_SIZE)),
                         max_overflow=int(os.environ.get(MAX_OVERFLOW_ENV, DEFAULT_MAX_OVERFLOW)))


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_S * 1000}")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.close()


@contextmanager
def session_scope(url: Optional[str] = None) -> Iterator[Session]:
    """One session and one transaction: committed when the block ends, rolled back on error.

    Raises StorageUnavailable when the database cannot be reached (also at commit)."""
    engine = get_engine(url)
    try:
        with Session(engine, future=True, expire_on_commit=False) as session:
            with session.begin():
                yield session
    except UNREACHABLE as error:
        raise unavailable(error) from error


def unavailable(error: Exception) -> StorageUnavailable:
    reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0][:200]
    return StorageUnavailable(f"De database met meldingen is niet bereikbaar ({reason})")
