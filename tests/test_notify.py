"""E-mail notification against a real SMTP server (aiosmtpd) on 127.0.0.1."""
from __future__ import annotations

import logging
from email import message_from_bytes
from email.policy import default

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword
from sqlalchemy import text

from bot.notices import file_notice, new_receipt_code
from bot.storage import get_engine
from tests.notice_fixtures import free_port, notice_env  # noqa: F401

DESCRIPTION = "De afdelingsmanager nam de laptop van de gemeente mee op vakantie"


class Inbox:
    def __init__(self):
        self.received = []

    async def handle_DATA(self, server, session, envelope):
        self.received.append((envelope, session))
        return "250 OK"


@pytest.fixture
def smtp_server(monkeypatch):
    inbox = Inbox()
    logins = []

    def authenticate(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (b"bot", b"geheim")
        logins.append(ok)
        return AuthResult(success=ok)

    controller = Controller(
        inbox, hostname="127.0.0.1", port=free_port(), authenticator=authenticate, auth_require_tls=False
    )
    controller.start()
    monkeypatch.setenv("IA_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("IA_SMTP_PORT", str(controller.port))
    monkeypatch.setenv("IA_SMTP_FROM", "integriteitsassistent@huizen.example")
    inbox.logins = logins
    yield inbox
    controller.stop()


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'integriteit.db'}"


def stored(url):
    with get_engine(url).connect() as connection:
        return connection.execute(text("SELECT COUNT(*) FROM notices")).scalar()


def test_the_recipient_gets_the_reference_and_no_content(smtp_server, profile_file, url):
    profile_file.edit(meldingen={"ontvangers": {
        "geschenk": "geschenken@huizen.example", "uitnodiging": "a@huizen.example",
        "nevenwerkzaamheden": "b@huizen.example", "belangenverstrengeling": "c@huizen.example",
        "vermoeden_misstand": ["coordinator@huizen.example", "vp@huizen.example"],
        "contactverzoek_vertrouwenspersoon": "d@huizen.example",
    }})  # fmt: skip
    code = new_receipt_code()
    filed = file_notice("vermoeden_misstand", {"omschrijving": DESCRIPTION, "wie": "P. Pietersen"},
                        idempotency_key="n1", anonymous=True, receipt_code=code, url=url)  # fmt: skip

    assert len(smtp_server.received) == 1
    envelope, _ = smtp_server.received[0]
    assert envelope.mail_from == "integriteitsassistent@huizen.example"
    assert sorted(envelope.rcpt_tos) == ["coordinator@huizen.example", "vp@huizen.example"]
    raw = envelope.original_content
    message = message_from_bytes(raw, policy=default)
    assert filed.reference in message["Subject"] and "vermoeden van een misstand" in message["Subject"]
    body = message.get_body().get_content()
    assert filed.reference in body and "vermoeden van een misstand" in body
    for secret in ("laptop", "vakantie", "Pietersen", "omschrijving", code, code.replace("-", "")):
        assert secret.encode() not in raw

    # a retry of the same filing sends nothing more
    file_notice("vermoeden_misstand", {"omschrijving": DESCRIPTION, "wie": "P. Pietersen"},
                idempotency_key="n1", anonymous=True, receipt_code=code, url=url)  # fmt: skip
    assert len(smtp_server.received) == 1


def test_each_type_goes_to_its_recipient_from_the_profile(smtp_server, profile_file, url):
    file_notice("geschenk", {"omschrijving": "bloemen"}, idempotency_key="g", url=url)
    file_notice("contactverzoek_vertrouwenspersoon", {"voorkeur": "bellen"}, idempotency_key="c", url=url)
    assert [e.rcpt_tos for e, _ in smtp_server.received] == [
        ["geschenkenregister@huizen.example"],
        ["vertrouwenspersoon@huizen.example", "extern.vertrouwenspersoon@huizen.example"],
    ]


def test_a_login_without_tls_is_refused_and_the_notice_kept(smtp_server, profile_file, url, monkeypatch, caplog):
    monkeypatch.setenv("IA_SMTP_USER", "bot")
    monkeypatch.setenv("IA_SMTP_PASSWORD", "geheim")
    with caplog.at_level(logging.ERROR, logger="bot.notices.notify"):
        filed = file_notice("geschenk", {"omschrijving": "bloemen"}, idempotency_key="g", url=url)
    assert smtp_server.logins == [] and smtp_server.received == []  # the password never left
    assert stored(url) == 1 and "without IA_SMTP_STARTTLS" in caplog.text and filed.reference in caplog.text


def test_a_login_needs_a_server_that_offers_starttls(smtp_server, profile_file, url, monkeypatch, caplog):
    monkeypatch.setenv("IA_SMTP_USER", "bot")
    monkeypatch.setenv("IA_SMTP_PASSWORD", "geheim")
    monkeypatch.setenv("IA_SMTP_STARTTLS", "ja")  # this test server does not offer it
    with caplog.at_level(logging.ERROR, logger="bot.notices.notify"):
        filed = file_notice("geschenk", {"omschrijving": "bloemen"}, idempotency_key="g", url=url)
    assert smtp_server.logins == [] and smtp_server.received == [] and stored(url) == 1
    assert f"notification for notice {filed.reference} not sent" in caplog.text


def test_a_failed_email_keeps_the_notice(profile_file, url, monkeypatch, caplog):
    monkeypatch.setenv("IA_SMTP_HOST", "127.0.0.1")
    monkeypatch.setenv("IA_SMTP_PORT", str(free_port()))  # nothing listens there
    monkeypatch.setenv("IA_SMTP_FROM", "integriteitsassistent@huizen.example")
    with caplog.at_level(logging.ERROR, logger="bot.notices.notify"):
        filed = file_notice("geschenk", {"omschrijving": "bloemen"}, idempotency_key="g", url=url)
    assert filed.reference and stored(url) == 1
    assert f"notification for notice {filed.reference} not sent" in caplog.text


def test_without_a_host_notification_is_off_and_logged(profile_file, url, caplog):
    with caplog.at_level(logging.INFO, logger="bot.notices.notify"):
        filed = file_notice("geschenk", {"omschrijving": "bloemen"}, idempotency_key="g", url=url)
    assert "notification off (IA_SMTP_HOST not set)" in caplog.text and filed.reference in caplog.text
    assert stored(url) == 1


def test_a_host_without_a_sender_is_logged(profile_file, url, monkeypatch, caplog):
    monkeypatch.setenv("IA_SMTP_HOST", "127.0.0.1")
    monkeypatch.delenv("IA_SMTP_FROM", raising=False)
    with caplog.at_level(logging.ERROR, logger="bot.notices.notify"):
        file_notice("geschenk", {"omschrijving": "bloemen"}, idempotency_key="g", url=url)
    assert "IA_SMTP_FROM is not set" in caplog.text and stored(url) == 1
