import os
import shutil
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import sync_playwright

from bot.web.browser import launch

ROOT = Path(__file__).resolve().parent.parent


class ProfileFile:
    """A copy of the organisation profile that a test may change."""

    def __init__(self, path: Path):
        self.path = path

    def edit(self, **changes) -> None:
        data = yaml.safe_load(self.path.read_text(encoding="utf-8"))
        data.update(changes)
        self.write(yaml.safe_dump(data, allow_unicode=True))

    def write(self, text: str) -> None:
        before = self.path.stat().st_mtime_ns
        self.path.write_text(text, encoding="utf-8")
        # the bot re-reads the profile when its modification time moves; make sure it does
        os.utime(self.path, ns=(before + 1_000_000, before + 1_000_000))


@pytest.fixture
def profile_file(tmp_path, monkeypatch) -> ProfileFile:
    """The bot reads this copy via $IA_PROFIEL."""
    path = tmp_path / "organisatie.yml"
    shutil.copy(ROOT / "organisatie.yml", path)
    monkeypatch.setenv("IA_PROFIEL", str(path))
    return ProfileFile(path)


@pytest.fixture(scope="session")
def fake_botframework():
    from tests.fake_botframework import FakeBotFramework

    fake = FakeBotFramework()
    yield fake
    fake.close()


@pytest.fixture(scope="session")
def channels(fake_botframework, tmp_path_factory):
    """One running assistant for the channel tests (web chat and Teams; a Rasa start costs a
    minute of CPU), its Teams channel trusting the fake Bot Framework."""
    from tests.servers import assistant

    model = os.environ.get("MODEL")
    if not model:
        pytest.skip("needs a trained model: run through ./manage test")
    workdir = tmp_path_factory.mktemp("channels")
    shutil.copy(ROOT / "organisatie.yml", workdir / "organisatie.yml")
    env = {**fake_botframework.env(), "IA_WEBCHAT_URL": WEBCHAT_URL, "IA_PROFIEL": str(workdir / "organisatie.yml"),
           "TRACKER_DB_URL": f"sqlite:///{workdir / 'tracker.db'}",
           "IA_DATABASE_URL": f"sqlite:///{workdir / 'integriteit.db'}"}
    with assistant(model, workdir, env) as url:
        yield Channels(url, workdir / "tracker.db")


WEBCHAT_URL = "https://intranet.huizen.example/integriteitsassistent"


class Channels:
    def __init__(self, rasa_url: str, tracker_db: Path):
        self.rasa_url, self.tracker_db = rasa_url, tracker_db
        # the servers' notices database and key (tests/servers.py), beside the tracker store
        self.notices_db = f"sqlite:///{tracker_db.parent / 'integriteit.db'}"
        self.key_file = tracker_db.parent / "notice.key"
        self.teams_webhook = f"{rasa_url}/webhooks/teams/webhook"


@pytest.fixture(scope="module")
def browser():
    """Debian's chromium, driven by Playwright (bot/web/browser.py), for a test module."""
    with sync_playwright() as playwright:
        browser = launch(playwright)
        yield browser
        browser.close()
