"""The coordinator's register: functions, audit log (never content) and the CLI as a subprocess."""
from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.notices import file_notice, lookup_status, new_receipt_code
from bot.notices.coordinator import (
    NotAllowed,
    UnknownNotice,
    acknowledge,
    add_message,
    close_notice,
    list_notices,
    show_notice,
)
from bot.storage import get_engine
from bot.storage.models import utcnow
from tests.notice_fixtures import db_url, notice_env, pg_session_url  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent
DESCRIPTION = "Mijn schoonzus dingt mee naar de opdracht Groenonderhoud Bikbergen"
MESSAGE = "Wij nemen contact op met afdeling Inkoop over Bikbergen"


def audit_rows(url):
    with get_engine(url).connect() as connection:
        return [tuple(r) for r in connection.execute(text("SELECT at, actor, action, reference FROM audit_log ORDER BY id"))]


def test_register_actions_follow_the_status_and_are_audited_without_content(db_url):
    filed = file_notice("belangenverstrengeling", {"omschrijving": DESCRIPTION}, idempotency_key="b1", url=db_url)
    ref = filed.reference
    assert [n.reference for n in list_notices(who="Anna", url=db_url)] == [ref]
    assert show_notice(ref, who="Anna", url=db_url).fields == {"omschrijving": DESCRIPTION}
    assert acknowledge(ref, who="Anna", url=db_url).status == "in_behandeling"
    with pytest.raises(NotAllowed):
        acknowledge(ref, who="Anna", url=db_url)
    add_message(ref, MESSAGE, who="Bram", url=db_url)
    with pytest.raises(NotAllowed):
        add_message(ref, "   ", who="Bram", url=db_url)
    assert close_notice(ref, who="Bram", url=db_url).status == "afgerond"
    with pytest.raises(NotAllowed):
        close_notice(ref, who="Bram", url=db_url)
    assert list_notices(who="Anna", url=db_url) == []
    assert len(list_notices(who="Anna", include_closed=True, url=db_url)) == 1

    trail = audit_rows(db_url)
    assert [(actor, action, reference) for _, actor, action, reference in trail] == [
        ("assistent", "ingediend", ref),
        ("Anna", "lijst_bekeken", None),
        ("Anna", "bekeken", ref),
        ("Anna", "ontvangst_bevestigd", ref),
        ("Bram", "bericht_toegevoegd", ref),
        ("Bram", "afgerond", ref),
        ("Anna", "lijst_bekeken", None),
        ("Anna", "lijst_bekeken", None),
    ]
    assert all(at is not None for at, *_ in trail)
    flat = " ".join(str(v) for row in trail for v in row)
    assert "schoonzus" not in flat and "Bikbergen" not in flat and "omschrijving" not in flat


def test_unknown_references_are_named(db_url):
    with pytest.raises(UnknownNotice, match="Onbekend meldingsnummer"):
        show_notice("MLD-2026-ZZZZZZ", who="Anna", url=db_url)
    with pytest.raises(UnknownNotice):
        acknowledge("geen nummer", who="Anna", url=db_url)
    with pytest.raises(NotAllowed):
        list_notices(who=" ", url=db_url)


def test_the_list_shows_what_is_due_and_overdue(db_url):
    now = datetime(2026, 4, 1, tzinfo=timezone.utc)
    late = file_notice("vermoeden_misstand", {"omschrijving": "x"}, idempotency_key="laat", url=db_url,
                       now=now - timedelta(days=10))  # fmt: skip
    fresh = file_notice("vermoeden_misstand", {"omschrijving": "y"}, idempotency_key="vers", url=db_url,
                        now=now - timedelta(days=1))  # fmt: skip
    gift = file_notice("geschenk", {"omschrijving": "z"}, idempotency_key="gift", url=db_url, now=now)
    listed = {n.reference: n for n in list_notices(who="Anna", url=db_url, now=now)}
    assert listed[late.reference].overdue
    assert listed[late.reference].due[0].text == "ontvangstbevestiging TE LAAT (was uiterlijk 29-03-2026)"
    assert not listed[fresh.reference].overdue
    assert listed[fresh.reference].due[0].text == "ontvangstbevestiging uiterlijk 07-04-2026"
    assert listed[gift.reference].due == ()


# --- the CLI as the coordinator runs it ----------------------------------------------------


def run_cli(url, notice_env, *args, stdin=None, user="jdevries"):
    env = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "IA_DATABASE_URL": url,
        "IA_ENCRYPTION_KEY_FILE": str(notice_env / "notice.key"),
        "LOGNAME": user,
        "USER": user,
    }
    return subprocess.run(
        [sys.executable, "-m", "bot.register", *args],
        input=stdin, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip


def test_the_register_cli(db_url, notice_env):
    late = file_notice("vermoeden_misstand", {"omschrijving": DESCRIPTION}, idempotency_key="c1", url=db_url,
                       anonymous=True, receipt_code=(code := new_receipt_code()), now=utcnow() - timedelta(days=9))  # fmt: skip
    gift = file_notice("geschenk", {"gever": "Bouwbedrijf Zwaluw", "waarde": 40}, idempotency_key="c2", url=db_url)

    listed = run_cli(db_url, notice_env, "list")
    assert listed.returncode == 0, listed.stderr
    assert late.reference in listed.stdout and gift.reference in listed.stdout
    assert "ontvangstbevestiging TE LAAT" in listed.stdout and "Let op: 1 melding" in listed.stdout
    assert "Zwaluw" not in listed.stdout and "schoonzus" not in listed.stdout

    assert run_cli(db_url, notice_env, "--as", "Coördinator Anna", "show", late.reference).returncode == 2  # no free name
    shown = run_cli(db_url, notice_env, "show", late.reference.lower(), user="anna")
    assert shown.returncode == 0, shown.stderr
    assert DESCRIPTION in shown.stdout and "Anoniem      ja" in shown.stdout

    assert run_cli(db_url, notice_env, "acknowledge", late.reference).returncode == 0
    again = run_cli(db_url, notice_env, "acknowledge", late.reference)
    assert again.returncode == 3 and "al in behandeling" in again.stderr

    sent = run_cli(db_url, notice_env, "message", late.reference, stdin=MESSAGE + "\n")
    assert sent.returncode == 0, sent.stderr
    assert [m.text for m in lookup_status(late.reference, code, url=db_url).messages] == [MESSAGE]

    assert run_cli(db_url, notice_env, "close", gift.reference).returncode == 0
    assert gift.reference not in run_cli(db_url, notice_env, "list").stdout
    assert gift.reference in run_cli(db_url, notice_env, "list", "--alles").stdout

    unknown = run_cli(db_url, notice_env, "show", "MLD-2026-ZZZZZZ")
    assert unknown.returncode == 1 and "Onbekend meldingsnummer" in unknown.stderr and unknown.stdout == ""
    assert run_cli(db_url, notice_env).returncode == 2

    trail = run_cli(db_url, notice_env, "audit", late.reference)
    assert trail.returncode == 0
    assert "anna" in trail.stdout and "bekeken" in trail.stdout
    assert "jdevries" in trail.stdout and "bericht_toegevoegd" in trail.stdout
    assert MESSAGE not in trail.stdout and DESCRIPTION not in trail.stdout

    actors = {(actor, action) for _, actor, action, _ in audit_rows(db_url)}
    assert {("jdevries", "lijst_bekeken"), ("anna", "bekeken"), ("jdevries", "ontvangst_bevestigd"),
            ("jdevries", "bericht_toegevoegd"), ("jdevries", "afgerond")} <= actors  # fmt: skip


def test_the_audit_log_names_the_logged_in_account_else_the_os_user(monkeypatch):
    from bot.notices import audit

    assert audit.actor("a.devries@huizen.example") == "a.devries@huizen.example"  # the dashboard's account
    monkeypatch.setenv("LOGNAME", "jdevries")
    monkeypatch.setenv("USER", "jdevries")
    assert audit.actor() == audit.actor(" ") == "jdevries"


def test_the_cli_says_when_the_database_is_unreachable(notice_env):
    result = run_cli("postgresql://postgres@127.0.0.1:1/nergens", notice_env, "list")
    assert result.returncode == 4 and "niet bereikbaar" in result.stderr


def test_the_cli_refuses_another_key(db_url, notice_env, tmp_path):
    filed = file_notice("geschenk", {"omschrijving": "x"}, idempotency_key="k", url=db_url)
    env_dir = tmp_path / "ander"
    env_dir.mkdir()
    result = run_cli(db_url, env_dir, "show", filed.reference)
    assert result.returncode == 5 and "andere sleutel" in result.stderr
