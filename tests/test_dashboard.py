"""The advisers' dashboard with Flask's test client on a real SQLite database: accounts and
their command, login with its rate limit, CSRF, cookies and headers, roles, the register's
actions with their audit entries, the deadlines, and the trends export."""
from __future__ import annotations

import os
import re
import subprocess
import time
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from bot import trend_report, trends
from bot.notices import file_notice, lookup_status, new_receipt_code
from bot.notices.audit import audit_trail
from bot.storage import get_engine
from bot.storage.models import utcnow
from bot.web import create_app
from bot.web.dashboard.accounts import (
    PER_ACCOUNT,
    PER_ADDRESS,
    WINDOW,
    AccountError,
    TooManyAttempts,
    add_account,
    authenticate,
    list_accounts,
    remove_account,
)
from bot.web.dashboard.auth import TOO_MANY, WRONG
from tests.dashboard_fixtures import (  # noqa: F401
    ADVISER_NAME,
    COORDINATOR_NAME,
    PASSWORD,
    client,
    csrf_token,
    dashboard_db,
    log_in,
)
from tests.notice_fixtures import notice_env  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["/beheer/", "/beheer/trends", "/beheer/trends.csv", "/beheer/meldingen/", "/beheer/contactverzoeken/",
         "/beheer/meldingen/MLD-2026-AAAAAA"]


def text_of(response) -> str:
    return response.get_data(as_text=True)


def rows(url, sql):
    with get_engine(url).connect() as connection:
        return [tuple(r) for r in connection.execute(text(sql))]


# --- accounts ----------------------------------------------------------------------------------

def test_accounts_are_stored_with_an_argon2id_hash_and_checked(dashboard_db):
    names = {(a.name, a.role) for a in list_accounts()}
    assert names == {(COORDINATOR_NAME, "integriteitscoordinator"), (ADVISER_NAME, "vertrouwenspersoon")}
    (stored,) = rows(dashboard_db, f"SELECT password_hash FROM dashboard_accounts WHERE name = '{ADVISER_NAME}'")
    assert stored[0].startswith("$argon2id$") and PASSWORD not in stored[0]
    assert authenticate(ADVISER_NAME.upper(), PASSWORD, "10.0.0.1").role == "vertrouwenspersoon"
    assert authenticate(ADVISER_NAME, PASSWORD + "x", "10.0.0.1") is None
    assert authenticate("niemand", PASSWORD, "10.0.0.1") is None
    with pytest.raises(AccountError, match="al een account"):
        add_account(ADVISER_NAME, "vertrouwenspersoon", PASSWORD)
    with pytest.raises(AccountError, match="rol"):
        add_account("carla", "directeur", PASSWORD)
    with pytest.raises(AccountError, match="minstens 12"):
        add_account("carla", "vertrouwenspersoon", "kort")
    with pytest.raises(AccountError, match="kleine letters"):
        add_account("carla de vries", "vertrouwenspersoon", PASSWORD)
    assert remove_account(ADVISER_NAME) and not remove_account(ADVISER_NAME)
    assert authenticate(ADVISER_NAME, PASSWORD, "10.0.0.1") is None


def test_the_account_command(dashboard_db):
    def manage(*args, stdin=""):
        return subprocess.run([sys.executable, "-m", "bot.web.dashboard.account_command", *args], input=stdin,
                              capture_output=True, text=True, cwd=ROOT, env=os.environ)

    added = manage("add", "Carla", "--rol", "vertrouwenspersoon", "--wachtwoord-stdin", stdin="een lang wachtwoord\n")
    assert added.returncode == 0 and "Account carla gemaakt, rol vertrouwenspersoon" in added.stdout
    assert authenticate("carla", "een lang wachtwoord", "10.0.0.2") is not None
    listed = manage("list")
    assert re.search(r"carla\s+vertrouwenspersoon", listed.stdout) and "anna" in listed.stdout
    assert "wachtwoord" not in listed.stdout and "argon2" not in listed.stdout
    assert manage("add", "dirk", "--rol", "vertrouwenspersoon", "--wachtwoord-stdin", stdin="kort\n").returncode == 2
    assert manage("add", "dirk", "--rol", "baas", "--wachtwoord-stdin", stdin="een lang wachtwoord\n").returncode == 2
    assert manage("remove", "carla").returncode == 0
    gone = manage("remove", "carla")
    assert gone.returncode == 1 and "geen account" in gone.stderr


# --- login and its rate limit --------------------------------------------------------------------

def test_a_wrong_password_is_refused_in_dutch_and_a_right_one_logs_in(client):
    refused = log_in(client, COORDINATOR_NAME, "fout wachtwoord")
    assert refused.status_code == 401 and WRONG in text_of(refused)
    unknown = log_in(client, "onbekend", PASSWORD)
    assert unknown.status_code == 401 and WRONG in text_of(unknown)  # the same answer
    assert client.get("/beheer/trends").status_code == 302
    done = log_in(client, COORDINATOR_NAME)
    assert done.status_code == 302 and done.headers["Location"] == "/beheer/"
    assert client.get("/beheer/trends").status_code == 200


def test_five_failures_lock_the_account_for_a_quarter_even_with_the_right_password(client, dashboard_db):
    for _ in range(PER_ACCOUNT):
        assert log_in(client, COORDINATOR_NAME, "geraden").status_code == 401
    locked = log_in(client, COORDINATOR_NAME)
    assert locked.status_code == 429 and TOO_MANY in text_of(locked)
    assert client.get("/beheer/trends").status_code == 302
    # another account from another address is not hit
    assert log_in(client, ADVISER_NAME, environ_base={"REMOTE_ADDR": "10.1.1.1"}).status_code == 302
    # after the window the right password works again
    assert authenticate(COORDINATOR_NAME, PASSWORD, "10.9.9.9", now=utcnow() + WINDOW) is not None
    # nothing typed is kept: no name, no address
    stored = " ".join(" ".join(map(str, row)) for row in rows(dashboard_db, "SELECT * FROM login_attempts"))
    assert len(rows(dashboard_db, "SELECT * FROM login_attempts")) == PER_ACCOUNT
    assert "geraden" not in stored and COORDINATOR_NAME not in stored and "127.0.0.1" not in stored


def test_twenty_failures_from_one_address_lock_that_address(dashboard_db):
    now = utcnow()
    for i in range(PER_ADDRESS):
        assert authenticate(f"naam{i}", "fout", "192.0.2.7", now=now) is None
    with pytest.raises(TooManyAttempts):
        authenticate(ADVISER_NAME, PASSWORD, "192.0.2.7", now=now)
    assert authenticate(ADVISER_NAME, PASSWORD, "192.0.2.8", now=now) is not None
    assert authenticate(ADVISER_NAME, PASSWORD, "192.0.2.7", now=now + WINDOW) is not None


# --- CSRF, cookies, headers ------------------------------------------------------------------------

def test_every_form_needs_its_csrf_token(client, dashboard_db):
    refused = client.post("/beheer/inloggen", data={"naam": COORDINATOR_NAME, "wachtwoord": PASSWORD})
    assert refused.status_code == 400 and "verlopen" in text_of(refused)
    assert client.get("/beheer/trends").status_code == 302
    reference = file_notice("geschenk", {"omschrijving": "taart"}, idempotency_key="c1").reference
    log_in(client, COORDINATOR_NAME)
    assert client.post(f"/beheer/meldingen/{reference}/bevestigen").status_code == 400
    assert client.post(f"/beheer/meldingen/{reference}/bericht", data={"tekst": "hoi"}).status_code == 400
    assert client.post(f"/beheer/meldingen/{reference}/afronden", data={"csrf_token": "vals"}).status_code == 400
    assert client.post("/beheer/uitloggen").status_code == 400
    assert client.get("/beheer/trends").status_code == 200  # still logged in
    assert rows(dashboard_db, "SELECT status FROM notices") == [("ontvangen",)]
    token = csrf_token(client, "/beheer/trends")
    assert client.post("/beheer/uitloggen", data={"csrf_token": token}).status_code == 302
    assert client.get("/beheer/trends").status_code == 302


def test_the_session_cookie_and_the_security_headers(client, monkeypatch):
    cookie = log_in(client, ADVISER_NAME).headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/beheer" in cookie
    assert "Secure" not in cookie  # plain HTTP here
    page = client.get("/beheer/trends")
    policy = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy and "frame-ancestors 'none'" in policy
    assert page.headers["Cache-Control"] == "no-store"
    # no inline script on any page: every script element loads a file of this app
    assert re.findall(r"<script(?![^>]*\bsrc=\"/static/)[^>]*>", text_of(page)) == []
    assert "http" not in " ".join(re.findall(r'(?:src|href)="([^"]+)"', text_of(page)))

    monkeypatch.setenv("IA_WEB_HTTPS", "1")
    secure = create_app().test_client()
    assert "Secure" in log_in(secure, ADVISER_NAME).headers["Set-Cookie"]


# --- who sees what ---------------------------------------------------------------------------------

@pytest.mark.parametrize("page", PAGES)
def test_no_page_without_login(client, page):
    refused = client.get(page)
    assert refused.status_code == 302 and refused.headers["Location"].startswith("/beheer/inloggen")


def test_a_login_returns_to_the_page_asked_for_and_never_to_another_site(client):
    assert client.get("/beheer/meldingen/").headers["Location"] == "/beheer/inloggen?volgende=/beheer/meldingen/"
    token = csrf_token(client)
    data = {"csrf_token": token, "naam": COORDINATOR_NAME, "wachtwoord": PASSWORD}
    assert client.post("/beheer/inloggen?volgende=/beheer/meldingen/", data=data).headers["Location"] == "/beheer/meldingen/"
    client.post("/beheer/uitloggen", data={"csrf_token": csrf_token(client, "/beheer/trends")})
    data["csrf_token"] = csrf_token(client)
    assert client.post("/beheer/inloggen?volgende=//evil.example/beheer/", data=data).headers["Location"] == "/beheer/"


def test_each_role_sees_only_its_own_pages_and_notices(client):
    gift = file_notice("geschenk", {"omschrijving": "taart"}, idempotency_key="g1").reference
    call_me = file_notice("contactverzoek_vertrouwenspersoon", {"omschrijving": "bel me"}, idempotency_key="c1",
                          anonymous=True, receipt_code=new_receipt_code()).reference
    log_in(client, ADVISER_NAME)
    assert client.get("/beheer/trends").status_code == 200
    assert client.get("/beheer/meldingen/").status_code == 403
    assert client.get(f"/beheer/meldingen/{gift}").status_code == 403
    listed = text_of(client.get("/beheer/contactverzoeken/"))
    assert call_me in listed and gift not in listed
    assert client.get(f"/beheer/contactverzoeken/{gift}").status_code == 404  # another register's notice
    assert "bel me" in text_of(client.get(f"/beheer/contactverzoeken/{call_me}"))
    client.post("/beheer/uitloggen", data={"csrf_token": csrf_token(client, "/beheer/trends")})

    log_in(client, COORDINATOR_NAME)
    assert client.get("/beheer/contactverzoeken/").status_code == 403
    assert client.get(f"/beheer/contactverzoeken/{call_me}").status_code == 403
    assert client.get(f"/beheer/meldingen/{call_me}").status_code == 404
    listed = text_of(client.get("/beheer/meldingen/"))
    assert gift in listed and call_me not in listed and "taart" not in listed  # no free text in the list


def test_removing_an_account_ends_its_session(client):
    log_in(client, ADVISER_NAME)
    assert client.get("/beheer/trends").status_code == 200
    remove_account(ADVISER_NAME)
    assert client.get("/beheer/trends").status_code == 302


# --- the register's actions --------------------------------------------------------------------------

def test_acknowledge_message_and_close_reach_the_reporter_and_the_audit_log(client):
    code = new_receipt_code()
    reference = file_notice("vermoeden_misstand", {"omschrijving": "facturen zonder offerte"}, idempotency_key="v1",
                            anonymous=True, receipt_code=code).reference
    log_in(client, COORDINATOR_NAME)
    page = f"/beheer/meldingen/{reference}"
    token = csrf_token(client, page)
    assert client.post(f"{page}/bevestigen", data={"csrf_token": token}).headers["Location"] == page
    assert "Ontvangst bevestigd" in text_of(client.get(page))
    client.post(f"{page}/bericht", data={"csrf_token": token, "tekst": "We kijken ernaar."})
    status = lookup_status(reference, code)
    assert status.status == "in_behandeling" and [m.text for m in status.messages] == ["We kijken ernaar."]
    client.post(f"{page}/bevestigen", data={"csrf_token": token})  # not twice
    assert "al in behandeling" in text_of(client.get(page))
    client.post(f"{page}/bericht", data={"csrf_token": token, "tekst": "   "})
    assert "Schrijf eerst een bericht" in text_of(client.get(page))
    client.post(f"{page}/afronden", data={"csrf_token": token})
    assert lookup_status(reference, code).status == "afgerond"
    actions = [(e.actor, e.action) for e in audit_trail(reference) if e.actor == COORDINATOR_NAME]
    assert actions == [(COORDINATOR_NAME, a) for a in
                       ["bekeken", "ontvangst_bevestigd", "bekeken", "bericht_toegevoegd", "bekeken", "bekeken",
                        "afgerond"]]
    assert {(e.actor, e.action) for e in audit_trail()} >= {(COORDINATOR_NAME, "ingelogd")}


def test_deadlines_due_within_two_days_or_overdue_stand_out(client):
    now = utcnow()
    late = file_notice("vermoeden_misstand", {"omschrijving": "a"}, idempotency_key="l", anonymous=True,
                       receipt_code=new_receipt_code(), now=now - timedelta(days=8)).reference
    soon = file_notice("vermoeden_misstand", {"omschrijving": "b"}, idempotency_key="s", anonymous=True,
                       receipt_code=new_receipt_code(), now=now - timedelta(days=6)).reference
    calm = file_notice("vermoeden_misstand", {"omschrijving": "c"}, idempotency_key="c", anonymous=True,
                       receipt_code=new_receipt_code(), now=now - timedelta(days=1)).reference
    log_in(client, COORDINATOR_NAME)
    listed = text_of(client.get("/beheer/meldingen/"))
    row = {ref: listed[listed.index(ref):listed.index("</tr>", listed.index(ref))] for ref in (late, soon, calm)}
    assert 'class="termijn te-laat"' in row[late] and "Te laat: ontvangstbevestiging" in row[late]
    assert 'class="termijn binnenkort"' in row[soon] and "Binnenkort: ontvangstbevestiging" in row[soon]
    assert "te-laat" not in row[calm] and "binnenkort" not in row[calm]


# --- trends -----------------------------------------------------------------------------------------

def test_the_trends_page_and_its_csv_show_small_counts_as_below_the_threshold(client, dashboard_db, profile_file):
    month = date.today().replace(day=1)
    for i in range(7):
        trends.record(trends.new_token(), channel="rest", themes=["dilemma_geschenk"], perspective="eigen",
                      depth="advies", today=month)
    trends.record(trends.new_token(), channel="teams", themes=["dilemma_uitnodiging"], perspective="eigen",
                  depth="gesprek", today=month)
    log_in(client, ADVISER_NAME)
    page = text_of(client.get("/beheer/trends"))
    assert "&lt;5" in page and 'data-grafiek="' in page
    shown = trend_report.report(None, month - timedelta(days=330), month)
    export = client.get(f"/beheer/trends.csv?van={shown.start:%Y-%m}&tot={shown.end:%Y-%m}")
    assert export.headers["Content-Disposition"].startswith("attachment")
    csv = export.get_data(as_text=True).lstrip("\ufeff")
    assert csv == trend_report.to_csv(shown)
    assert ",<5\n" in csv and ",uitnodiging," in csv and ",1\n" not in csv
    # a period typed the wrong way round is turned around; a long one is cut to 36 months
    assert client.get("/beheer/trends?van=2026-12&tot=2026-01").status_code == 200
    assert "Van" in text_of(client.get("/beheer/trends?van=2000-01&tot=2026-12"))


def test_a_session_ends_eight_hours_after_the_login_however_active(client, monkeypatch):
    log_in(client, ADVISER_NAME)
    assert client.get("/beheer/trends").status_code == 200
    later = time.time() + 8 * 3600 + 1
    monkeypatch.setattr(time, "time", lambda: later)
    assert client.get("/beheer/trends").status_code == 302
