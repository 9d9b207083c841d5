"""Fixtures for the notices tests: a real SQLite file and a real PostgreSQL database.

PostgreSQL: one throwaway database `ia_test_<random>` per test session on the server at
$IA_TEST_POSTGRES_URL (default postgresql://postgres@127.0.0.1:5432/postgres), emptied before
each test and dropped at the end. Import the fixtures into a test module to use them.
"""
from __future__ import annotations

import os
import secrets
import socket
import threading
from contextlib import contextmanager
from typing import Iterator, List

import pytest
from sqlalchemy import create_engine, text

from bot.servers import free_port  # noqa: F401 - test modules import it from here
from bot.storage import database, upgrade_to_head

PG_ADMIN_URL = os.environ.get("IA_TEST_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
BACKENDS = ["sqlite", "postgresql"]
TABLES = ["notice_messages", "notices", "audit_log", "encryption_check", "trend_facts", "dashboard_accounts",
          "login_attempts"]


@contextmanager
def throwaway_pg_database() -> Iterator[str]:
    """A new, empty PostgreSQL database; dropped afterwards."""
    name = f"ia_test_{secrets.token_hex(6)}"
    admin = create_engine(PG_ADMIN_URL, future=True, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = admin.url.set(database=name).render_as_string(hide_password=False)
        try:
            yield url
        finally:
            database.get_engine(url).dispose()
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def pg_session_url() -> Iterator[str]:
    with throwaway_pg_database() as url:
        yield url


@pytest.fixture(autouse=True)
def notice_env(tmp_path, monkeypatch):
    """Each test: its own key file, no SMTP, no database URL from outside."""
    for name in ("IA_ENCRYPTION_KEY", "IA_DATABASE_URL", "IA_SMTP_HOST", "IA_SMTP_USER", "IA_SMTP_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("IA_ENCRYPTION_KEY_FILE", str(tmp_path / "notice.key"))
    return tmp_path


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path) -> str:
    """A migrated, empty notices database: a SQLite file, or the session's PostgreSQL database."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'integriteit.db'}"
        upgrade_to_head(url)
        return url
    url = request.getfixturevalue("pg_session_url")
    upgrade_to_head(url)
    with database.get_engine(url).begin() as connection:
        for table in TABLES:
            connection.execute(text(f"DELETE FROM {table}"))
    return url


@pytest.fixture(params=BACKENDS)
def empty_db_url(request, tmp_path) -> Iterator[str]:
    """A database with no tables at all."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'leeg.db'}"
    else:
        with throwaway_pg_database() as url:
            yield url


class TcpProxy:
    """A loopback TCP forwarder that can be switched off and on: a database that goes away."""

    def __init__(self, target_host: str, target_port: int):
        self.target = (target_host, target_port)
        self.port = free_port()
        self._running = threading.Event()
        self._sockets: List[socket.socket] = []
        self._lock = threading.Lock()
        self._listener = None

    def start(self) -> None:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        listener.settimeout(0.1)
        self._listener = listener
        self._running.set()
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def stop(self) -> None:
        self._running.clear()
        if self._listener:
            self._listener.close()
        with self._lock:
            for sock in self._sockets:
                _close(sock)
            self._sockets.clear()

    def _accept(self, listener: socket.socket) -> None:
        while self._running.is_set():
            try:
                client, _ = listener.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                _close(client)
                continue
            client.settimeout(None)
            upstream.settimeout(None)
            with self._lock:
                self._sockets += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(a, b), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while True:
                data = source.recv(65536)
                if not data:
                    break
                sink.sendall(data)
        except OSError:
            pass
        finally:
            _close(source)
            _close(sink)


def _close(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    sock.close()
