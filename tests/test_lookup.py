"""The reporter's status lookup with reference and receipt code, on SQLite and PostgreSQL."""
from __future__ import annotations

import statistics
import time
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from bot.notices import file_notice, lookup_status, new_receipt_code, status_text
from bot.notices import receipts
from bot.notices.coordinator import acknowledge, add_message, close_notice
from bot.notices.lookup import NOT_FOUND_TEXT, lock_duration
from bot.storage import get_engine
from tests.notice_fixtures import db_url, notice_env, pg_session_url  # noqa: F401

FIELDS = {"omschrijving": "Collega Bakker declareert reizen die hij niet maakte", "wanneer": "2026-02-02"}
T0 = datetime(2026, 3, 20, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def anonymous_notice(db_url):
    code = new_receipt_code()
    filed = file_notice(
        "vermoeden_misstand", FIELDS, idempotency_key="anon-1", anonymous=True, receipt_code=code, url=db_url, now=T0
    )
    return filed.reference, code


def counter(url, reference):
    with get_engine(url).connect() as connection:
        return connection.execute(
            text("SELECT failed_lookups, locked_until FROM notices WHERE reference = :r"), {"r": reference}
        ).one()


def test_the_reporter_sees_status_deadlines_and_messages(db_url, anonymous_notice):
    reference, code = anonymous_notice
    found = lookup_status(reference, code, url=db_url, now=T0 + timedelta(hours=1))
    assert found.status == "ontvangen" and found.messages == ()
    assert found.acknowledgement_due == T0 + timedelta(days=7)
    assert found.feedback_due == datetime(2026, 6, 27, 10, 0, tzinfo=timezone.utc)

    acknowledge(reference, who="coordinator", url=db_url, now=T0 + timedelta(days=2))
    add_message(reference, "Dank voor je melding. We onderzoeken de declaraties.", who="coordinator", url=db_url)
    found = lookup_status(reference.lower().replace("-", " "), code.lower(), url=db_url, now=T0 + timedelta(days=3))
    assert found.status == "in_behandeling" and found.status_label == "in behandeling"
    assert found.acknowledged_at == T0 + timedelta(days=2)
    assert found.feedback_due == datetime(2026, 6, 22, 10, 0, tzinfo=timezone.utc)
    assert [m.text for m in found.messages] == ["Dank voor je melding. We onderzoeken de declaraties."]
    answer = status_text(found, now=T0 + timedelta(days=3))
    assert "in behandeling" in answer and "terugkoppeling uiterlijk 22-06-2026" in answer
    assert "We onderzoeken de declaraties" in answer
    assert "Bakker" not in answer  # the notice's own content is not shown back

    close_notice(reference, who="coordinator", url=db_url)
    assert lookup_status(reference, code, url=db_url).status == "afgerond"


def test_a_wrong_code_answers_exactly_as_an_unknown_reference(db_url, anonymous_notice):
    reference, code = anonymous_notice
    wrong_code = lookup_status(reference, new_receipt_code(), url=db_url, now=T0)
    unknown_reference = lookup_status("MLD-2026-ZZZZZZ", code, url=db_url, now=T0)
    nonsense = lookup_status("mijn melding van gisteren", "weet ik niet meer", url=db_url, now=T0)
    assert wrong_code is None and unknown_reference is None and nonsense is None
    assert status_text(wrong_code) == status_text(unknown_reference) == status_text(nonsense) == NOT_FOUND_TEXT


def test_a_named_notice_without_a_code_cannot_be_looked_up(db_url):
    filed = file_notice("vermoeden_misstand", FIELDS, idempotency_key="named", url=db_url)
    assert lookup_status(filed.reference, new_receipt_code(), url=db_url) is None
    assert lookup_status(filed.reference, None, url=db_url) is None


def test_a_named_notice_with_a_code_can_be_looked_up(db_url):
    code = new_receipt_code()
    filed = file_notice("geschenk", FIELDS, idempotency_key="named-code", receipt_code=code, url=db_url)
    assert lookup_status(filed.reference, code, url=db_url).status == "ontvangen"


def test_every_lookup_costs_one_argon2_verification(db_url, anonymous_notice, monkeypatch):
    reference, code = anonymous_notice
    calls = []
    real_verify = receipts._hasher.verify

    class CountingHasher:
        def verify(self, stored, given):
            calls.append(stored)
            return real_verify(stored, given)

    monkeypatch.setattr(receipts, "_hasher", CountingHasher())
    cases = {
        "right": (reference, code),
        "wrong code": (reference, new_receipt_code()),
        "unknown reference": ("MLD-2026-ZZZZZZ", code),
        "not a reference": ("hallo", code),
        "not a code": (reference, "???"),
    }
    for reference_, code_ in cases.values():
        calls.clear()
        lookup_status(reference_, code_, url=db_url, now=T0)
        assert len(calls) == 1 and calls[0].startswith("$argon2id$")


def test_an_unknown_reference_takes_as_long_as_a_wrong_code(db_url, anonymous_notice):
    reference, _ = anonymous_notice

    def median_seconds(ref):
        times = []
        for _ in range(5):
            start = time.perf_counter()
            lookup_status(ref, new_receipt_code(), url=db_url, now=T0 - timedelta(days=1))
            times.append(time.perf_counter() - start)
        return statistics.median(times)

    known, unknown = median_seconds(reference), median_seconds("MLD-2026-ZZZZZZ")
    assert unknown > 0.5 * known, (known, unknown)


def test_three_wrong_codes_lock_the_reference_and_each_further_one_doubles_the_lock(db_url, anonymous_notice):
    reference, code = anonymous_notice
    now = T0 + timedelta(days=1)
    for _ in range(2):
        assert lookup_status(reference, new_receipt_code(), url=db_url, now=now) is None
    assert counter(db_url, reference) == (2, None)
    assert lookup_status(reference, code, url=db_url, now=now) is not None  # two mistakes: no lock yet
    assert counter(db_url, reference) == (0, None)  # and the right code resets the count

    for _ in range(3):
        lookup_status(reference, new_receipt_code(), url=db_url, now=now)
    failures, locked_until = counter(db_url, reference)
    assert failures == 3 and _utc(locked_until) == now + timedelta(minutes=1)

    # during the lock even the right code gets the not-found answer
    assert lookup_status(reference, code, url=db_url, now=now + timedelta(seconds=30)) is None
    assert counter(db_url, reference)[0] == 3

    lookup_status(reference, new_receipt_code(), url=db_url, now=now)
    assert _utc(counter(db_url, reference)[1]) == now + timedelta(minutes=2)
    lookup_status(reference, new_receipt_code(), url=db_url, now=now)
    assert _utc(counter(db_url, reference)[1]) == now + timedelta(minutes=4)

    # after the lock the right code works again and clears the count
    assert lookup_status(reference, code, url=db_url, now=now + timedelta(minutes=4, seconds=1)) is not None
    assert counter(db_url, reference) == (0, None)


def test_lock_durations():
    assert [lock_duration(n) for n in (0, 1, 2)] == [None, None, None]
    assert [lock_duration(n).total_seconds() for n in (3, 4, 5, 6)] == [60, 120, 240, 480]
    assert lock_duration(40) == timedelta(days=1)


def test_failed_lookups_are_audited_without_the_code(db_url, anonymous_notice):
    reference, code = anonymous_notice
    wrong = new_receipt_code()
    lookup_status(reference, wrong, url=db_url, now=T0)
    lookup_status(reference, code, url=db_url, now=T0)
    with get_engine(db_url).connect() as connection:
        entries = connection.execute(text("SELECT actor, action, reference FROM audit_log ORDER BY id")).all()
    assert [tuple(e) for e in entries] == [
        ("assistent", "ingediend", reference),
        ("melder", "status_geweigerd", reference),
        ("melder", "status_opgevraagd", reference),
    ]
    assert not any(code in str(e) or wrong in str(e) for e in entries)


def _utc(value):
    """A stored time as aware UTC (SQLite hands back naive text)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)
