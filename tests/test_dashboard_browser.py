"""The advisers' dashboard in real headless chromium (Debian's, driven by Playwright; never
`playwright install`), served by waitress on loopback: login with a wrong password and after
too many attempts, a direct URL without login, each role's pages, the chart drawn with data,
the CSV download with "<5", a notice's `<script>` shown as text, and an acknowledgement and a
message that the reporter reads through the chat (the real Rasa and action servers)."""
from __future__ import annotations

import os
import re
import shutil
import uuid
from datetime import date
from urllib.parse import urlsplit

import pytest
from dateutil.relativedelta import relativedelta

from bot import trends
from bot.chat import send
from bot.notices import file_notice, new_receipt_code
from bot.storage import upgrade_to_head
from bot.web.dashboard.accounts import ADVISER, COORDINATOR, add_account
from bot.web.dashboard.auth import TOO_MANY, WRONG
from tests.dashboard_fixtures import ADVISER_NAME, COORDINATOR_NAME, PASSWORD
from tests.servers import ROOT, assistant, web_app

MODEL = os.environ.get("MODEL")
LOCKED_NAME = "carla"  # the account that gets locked out
SCRIPT = '<script>window.geraakt = 1</script><img src="x" onerror="window.geraakt = 2">'
REFERENCE = re.compile(r"MLD-\d{4}-[A-Z0-9]{6}")
CODE = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")
# the chart's canvas: how many pixels are not transparent
DRAWN = """() => { const c = document.getElementById('grafiek-thema');
  const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++; return n; }"""


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """The database, key, profile and secret of this module, in the environment of this process
    (the web app runs in it) and of the servers started for it."""
    workdir = tmp_path_factory.mktemp("dashboard")
    shutil.copy(ROOT / "organisatie.yml", workdir / "organisatie.yml")
    env = {
        "IA_DATABASE_URL": f"sqlite:///{workdir / 'integriteit.db'}",
        "IA_ENCRYPTION_KEY_FILE": str(workdir / "notice.key"),
        "IA_ENCRYPTION_KEY": "",
        "IA_PROFIEL": str(workdir / "organisatie.yml"),
        "IA_WEB_SECRET_KEY": uuid.uuid4().hex,
        "IA_WEB_HTTPS": "",
        "IA_SMTP_HOST": "",
    }
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    try:
        upgrade_to_head()
        add_account(COORDINATOR_NAME, COORDINATOR, PASSWORD)
        add_account(ADVISER_NAME, ADVISER, PASSWORD)
        add_account(LOCKED_NAME, ADVISER, PASSWORD)
        yield workdir
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture(scope="module")
def rasa(workdir):
    """The real action and Rasa servers on the module's database (started only when asked for)."""
    if not MODEL:
        pytest.skip("needs a trained model: run through ./manage test")
    env = {name: os.environ[name] for name in ("IA_DATABASE_URL", "IA_ENCRYPTION_KEY_FILE", "IA_ENCRYPTION_KEY",
                                               "IA_PROFIEL", "IA_SMTP_HOST")}
    with assistant(MODEL, workdir, {**env, "TRACKER_DB_URL": f"sqlite:///{workdir / 'tracker.db'}"}) as url:
        yield url


@pytest.fixture(scope="module")
def site(workdir):
    with web_app("http://127.0.0.1:9") as url:  # the chat is not used here
        yield url


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=site, accept_downloads=True)
    page = context.new_page()
    page.requested, page.console, page.dialogs = [], [], []
    page.on("request", lambda request: page.requested.append(request.url))
    page.on("console", lambda message: page.console.append(message.text))
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def log_in(page, name: str, password: str = PASSWORD, start: str = "/beheer/") -> None:
    if "/beheer/inloggen" not in page.url:
        page.goto(start)
    page.fill("#naam", name)
    page.fill("#wachtwoord", password)
    page.click("button:text('Inloggen')")


def menu(page):
    return page.locator("header nav a").all_inner_texts()


def test_login_fails_with_a_wrong_password_and_after_too_many_attempts(page):
    log_in(page, COORDINATOR_NAME, "niet mijn wachtwoord")
    assert page.locator("[role=alert]").inner_text() == WRONG
    assert urlsplit(page.url).path == "/beheer/inloggen" and menu(page) == []

    for _ in range(5):
        log_in(page, LOCKED_NAME, "geraden wachtwoord")
        assert page.locator("[role=alert]").inner_text() == WRONG
    log_in(page, LOCKED_NAME)  # the right password, too late
    assert page.locator("[role=alert]").inner_text() == TOO_MANY
    page.goto("/beheer/trends")
    assert urlsplit(page.url).path == "/beheer/inloggen"


def test_a_direct_url_without_login_goes_to_the_login_page_and_then_on(page):
    response = page.goto("/beheer/contactverzoeken/")
    assert urlsplit(page.url).path == "/beheer/inloggen" and page.locator("h1").inner_text() == "Inloggen"
    assert response.status == 200 and response.request.redirected_from.url.endswith("/beheer/contactverzoeken/")
    log_in(page, ADVISER_NAME)
    assert urlsplit(page.url).path == "/beheer/contactverzoeken/"


def test_each_role_sees_only_its_pages(page):
    log_in(page, ADVISER_NAME)
    assert menu(page) == ["Trends", "Contactverzoeken"]
    refused = page.goto("/beheer/meldingen/")
    assert refused.status == 403 and "niet voor jouw rol" in page.inner_text("main")
    page.click("button:text('Uitloggen')")
    assert urlsplit(page.url).path == "/beheer/inloggen" and "Je bent uitgelogd" in page.inner_text("main")
    assert page.goto("/beheer/contactverzoeken/").request.redirected_from is not None  # logged out indeed

    log_in(page, COORDINATOR_NAME)
    assert menu(page) == ["Trends", "Meldingen"]
    assert page.goto("/beheer/meldingen/").status == 200
    refused = page.goto("/beheer/contactverzoeken/")
    assert refused.status == 403 and "niet voor jouw rol" in page.inner_text("main")


@pytest.fixture(scope="module")
def trend_facts(workdir):
    """Three months of conversations: many about gifts, a few (under 5) about invitations."""
    this_month = date.today().replace(day=1)
    for months_ago, gifts in ((2, 9), (1, 12), (0, 7)):
        day = this_month - relativedelta(months=months_ago) + relativedelta(days=14)
        for _ in range(gifts):
            trends.record(trends.new_token(), channel="rest", themes=["dilemma_geschenk"], perspective="eigen",
                          depth="advies", outcome="bedankt", today=day)
        trends.record(trends.new_token(), channel="teams", themes=["dilemma_uitnodiging"], perspective="eigen",
                      depth="gesprek", today=day)


def test_the_chart_renders_with_data_under_the_strict_policy(page, trend_facts):
    log_in(page, COORDINATOR_NAME)
    page.goto("/beheer/trends")
    page.wait_for_function("window.trendGrafiek !== undefined")
    counts = page.evaluate("window.trendGrafiek.data.datasets.flatMap(d => d.data).filter(v => v !== null)")
    assert sum(counts) == 9 + 12 + 7  # the gifts; the invitations are each under 5 and left out
    assert page.evaluate(DRAWN) > 2000  # lines, points, axes and legend drawn
    assert page.locator("#tabel-themes tbody tr", has_text="uitnodiging").locator("td").first.inner_text() == "<5"
    assert not [text for text in page.console if "Content Security Policy" in text]
    assert {urlsplit(url).hostname for url in page.requested} == {"127.0.0.1"}  # nothing from elsewhere


def test_the_csv_export_downloads_what_is_shown_with_small_counts_hidden(page, trend_facts):
    log_in(page, ADVISER_NAME)
    page.goto("/beheer/trends")
    with page.expect_download() as download:
        page.click("text=Download als CSV")
    assert download.value.suggested_filename.startswith("trends-") and download.value.suggested_filename.endswith(".csv")
    csv = open(download.value.path(), encoding="utf-8-sig").read()
    assert csv.startswith("tabel,rij,kolom,aantal\n")
    assert re.search(r"Gesprekken per thema per maand,uitnodiging,\w+ \d{4},<5\n", csv)
    assert "Gesprekken per thema per maand,cadeau of korting,totaal,28\n" in csv
    assert not re.search(r",[1-4]\n", csv)  # no count under 5 anywhere


def test_a_script_in_a_notice_is_shown_as_text_and_never_run(page):
    reference = file_notice("vermoeden_misstand", {"omschrijving": SCRIPT, "waar": "<b>vet</b>"},
                            idempotency_key=uuid.uuid4().hex, anonymous=True, receipt_code=new_receipt_code()).reference
    log_in(page, COORDINATOR_NAME)
    page.goto("/beheer/meldingen/")
    page.click(f"text={reference}")
    fields = page.locator("#velden")
    assert SCRIPT in fields.inner_text() and "<b>vet</b>" in fields.inner_text()
    assert fields.locator("script, img, b").count() == 0
    page.wait_for_timeout(300)
    assert page.evaluate("window.geraakt") is None and page.dialogs == []


class Chat:
    def __init__(self, url: str):
        self.url, self.sender = url, uuid.uuid4().hex

    def say(self, message: str) -> str:
        return "\n".join(m.get("text", "") for m in send(self.url, self.sender, message, timeout=300))


def test_an_acknowledgement_and_a_message_reach_the_reporter_through_the_chat(page, rasa):
    reporter = Chat(rasa)  # an anonymous notice of a suspected wrongdoing, filed in the chat
    reporter.say('/melding_doen{"melding_type": "vermoeden_misstand"}')
    for answer in ["de kas van de kantine klopt al maanden niet", "/dont_know", "in de kantine", "/dont_know",
                   "de kasboeken", "/affirm", "/dont_know"]:
        reporter.say(answer)
    filed = reporter.say("/affirm")
    reference, code = REFERENCE.search(filed).group(0), CODE.search(filed).group(0)

    def status() -> str:
        asker = Chat(rasa)
        asker.say("wat is de status van mijn melding")
        asker.say(reference)
        return asker.say(code)

    assert "ontvangen" in status() and "Er zijn nog geen berichten" in status()

    log_in(page, COORDINATOR_NAME)
    page.goto("/beheer/meldingen/")
    page.click(f"text={reference}")
    page.click("button:text('Ontvangst bevestigen')")
    assert "Ontvangst bevestigd" in page.inner_text("main") and page.inner_text("#status") == "in behandeling"
    page.fill("#tekst", "Dank je. We bekijken de kasboeken deze week.")
    page.click("button:text('Bericht versturen')")
    assert "Bericht verstuurd" in page.inner_text("main")

    answer = status()
    assert "in behandeling" in answer and "Ontvangst bevestigd op" in answer
    assert "We bekijken de kasboeken deze week." in answer
