"""Fixtures for the dashboard tests: a database with one account of each role, the app on it,
and logging in as a browser would (the CSRF token taken from the login page)."""
from __future__ import annotations

import re

import pytest

from bot.storage import upgrade_to_head
from bot.web import create_app
from bot.web.dashboard.accounts import ADVISER, COORDINATOR, add_account

PASSWORD = "correct paard batterij"
COORDINATOR_NAME, ADVISER_NAME = "anna", "bram"
TOKEN = re.compile(r'name="csrf_token"(?: type="hidden")? value="([^"]+)"')


@pytest.fixture
def dashboard_db(tmp_path, monkeypatch) -> str:
    """A migrated SQLite database with a coordinator and an adviser; the app reads it from the
    environment, with a secret key of the test's own."""
    url = f"sqlite:///{tmp_path / 'integriteit.db'}"
    monkeypatch.setenv("IA_DATABASE_URL", url)
    monkeypatch.setenv("IA_WEB_SECRET_KEY", "test-" + tmp_path.name)
    monkeypatch.delenv("IA_WEB_HTTPS", raising=False)
    upgrade_to_head(url)
    add_account(COORDINATOR_NAME, COORDINATOR, PASSWORD, url=url)
    add_account(ADVISER_NAME, ADVISER, PASSWORD, url=url)
    return url


@pytest.fixture
def client(dashboard_db):
    return create_app().test_client()


def csrf_token(client, path: str = "/beheer/inloggen") -> str:
    return TOKEN.search(client.get(path).get_data(as_text=True)).group(1)


def log_in(client, name: str, password: str = PASSWORD, **kwargs):
    return client.post("/beheer/inloggen", data={"csrf_token": csrf_token(client), "naam": name,
                                                 "wachtwoord": password}, **kwargs)
