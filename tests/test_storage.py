"""Notices storage against real SQLite and PostgreSQL: migrations, idempotent filing,
encryption at rest, receipt hashing, deadlines, concurrency, an unreachable database."""
from __future__ import annotations

import re
import stat
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from cryptography.fernet import Fernet
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from bot.notices import (
    IdempotencyConflict,
    InvalidNotice,
    StorageUnavailable,
    file_notice,
    lookup_status,
    new_receipt_code,
)
from bot.notices import references
from bot.notices.coordinator import acknowledge, show_notice
from bot.notices.deadlines import deadlines_for
from bot.storage import database, downgrade_to_base, get_engine, upgrade_to_head
from bot.storage.encryption import EncryptionKeyError
from bot.storage.models import Base
from bot.storage.schema import current_revision, head_revision
from tests.notice_fixtures import TABLES, TcpProxy, db_url, empty_db_url, notice_env, pg_session_url  # noqa: F401

DESCRIPTION = "Wethouder Jansen liet zijn zwager de aanbesteding Zwembad Oostermeent winnen"
FIELDS = {"omschrijving": DESCRIPTION, "wanneer": "2026-03-10", "waar": "Stadhuis kamer 3", "bewijs": "mails"}
OUR_TABLES = {"notices", "notice_messages", "audit_log", "encryption_check", "trend_facts", "dashboard_accounts",
              "login_attempts"}


def rows(url, sql, **params):
    with get_engine(url).connect() as connection:
        return connection.execute(text(sql), params).all()


def count_notices(url):
    return rows(url, "SELECT COUNT(*) FROM notices")[0][0]


# --- migrations -------------------------------------------------------------------------


def test_migrations_upgrade_from_empty_and_downgrade_to_base(empty_db_url):
    assert not OUR_TABLES & set(inspect(get_engine(empty_db_url)).get_table_names())
    upgrade_to_head(empty_db_url)
    assert OUR_TABLES <= set(inspect(get_engine(empty_db_url)).get_table_names())
    assert current_revision(empty_db_url) == head_revision()

    downgrade_to_base(empty_db_url)
    assert not OUR_TABLES & set(inspect(get_engine(empty_db_url)).get_table_names())
    assert current_revision(empty_db_url) is None

    upgrade_to_head(empty_db_url)  # and up again, then it is usable
    assert file_notice("geschenk", {"omschrijving": "bos bloemen"}, idempotency_key="m1", url=empty_db_url)


def test_the_models_match_the_migrations(db_url):
    with get_engine(db_url).connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_the_schema_refuses_an_unknown_type_and_status(db_url):
    file_notice("geschenk", {"omschrijving": "taart"}, idempotency_key="c1", url=db_url)
    with pytest.raises(Exception, match="(?i)check"):
        with get_engine(db_url).begin() as connection:
            connection.execute(text("UPDATE notices SET status = 'weg'"))
    with pytest.raises(Exception, match="(?i)check"):
        with get_engine(db_url).begin() as connection:
            connection.execute(text("UPDATE notices SET notice_type = 'roddel'"))


# --- filing and idempotency -------------------------------------------------------------


def test_a_notice_gets_a_readable_reference_and_is_stored(db_url):
    filed = file_notice("geschenk", {"omschrijving": "fles wijn", "waarde": "25"}, idempotency_key="r1", url=db_url)
    assert re.fullmatch(r"MLD-\d{4}-[23456789ABCDEFGHJKMNPQRSTVWXYZ]{6}", filed.reference)
    assert not filed.already_filed and filed.receipt_code is None
    assert rows(db_url, "SELECT reference, notice_type, status, anonymous, receipt_hash FROM notices") == [
        (filed.reference, "geschenk", "ontvangen", False, None)
    ]


def test_a_retry_or_double_confirmation_stores_once(db_url):
    first = file_notice("uitnodiging", FIELDS, idempotency_key="gesprek-7:bevestiging-1", url=db_url)
    again = file_notice("uitnodiging", dict(FIELDS), idempotency_key="gesprek-7:bevestiging-1", url=db_url)
    assert again.reference == first.reference and again.filed_at == first.filed_at
    assert again.already_filed and not first.already_filed
    assert count_notices(db_url) == 1
    assert rows(db_url, "SELECT COUNT(*) FROM audit_log WHERE action = 'ingediend'")[0][0] == 1


def test_a_reused_key_with_other_content_is_refused(db_url):
    file_notice("uitnodiging", FIELDS, idempotency_key="k", url=db_url)
    with pytest.raises(IdempotencyConflict):
        file_notice("uitnodiging", {**FIELDS, "waar": "elders"}, idempotency_key="k", url=db_url)
    with pytest.raises(IdempotencyConflict):
        file_notice("geschenk", FIELDS, idempotency_key="k", url=db_url)
    assert count_notices(db_url) == 1


def test_parallel_double_confirmations_store_one_notice(db_url):
    results, errors = [], []
    barrier = threading.Barrier(8)

    def confirm():
        barrier.wait()
        try:
            results.append(file_notice("nevenwerkzaamheden", FIELDS, idempotency_key="dubbel", url=db_url))
        except Exception as error:  # collected, so a failure shows up in the assertion
            errors.append(error)

    threads = [threading.Thread(target=confirm) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len({r.reference for r in results}) == 1
    assert sum(not r.already_filed for r in results) == 1
    assert count_notices(db_url) == 1


def test_fifty_concurrent_filings_give_fifty_notices_with_distinct_references(db_url):
    results, errors = {}, []
    barrier = threading.Barrier(50)

    def conversation(i):
        anonymous = i % 10 == 0
        barrier.wait()
        try:
            results[i] = file_notice(
                "vermoeden_misstand" if anonymous else "geschenk",
                {"omschrijving": f"melding {i}"},
                idempotency_key=f"gesprek-{i}",
                anonymous=anonymous,
                receipt_code=new_receipt_code() if anonymous else None,
                url=db_url,
            )
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=conversation, args=(i,)) for i in range(50)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert len(results) == 50
    assert count_notices(db_url) == 50
    assert len({r[0] for r in rows(db_url, "SELECT reference FROM notices")}) == 50
    assert {r.reference for r in results.values()} == {r[0] for r in rows(db_url, "SELECT reference FROM notices")}


def test_a_reference_drawn_twice_is_drawn_again(db_url, monkeypatch):
    draws = iter(["AAAAAA", "AAAAAA", "BBBBBB"])
    monkeypatch.setattr(references, "random_part", lambda: next(draws))
    first = file_notice("geschenk", {"omschrijving": "a"}, idempotency_key="eerste", url=db_url)
    second = file_notice("geschenk", {"omschrijving": "b"}, idempotency_key="tweede", url=db_url)
    assert first.reference.endswith("-AAAAAA") and second.reference.endswith("-BBBBBB")
    assert count_notices(db_url) == 2


@pytest.mark.parametrize(
    "kwargs, message",
    [
        (dict(notice_type="roddel"), "unknown notice type"),
        (dict(notice_type="vermoeden_misstand", anonymous=True, receipt_code="1234"), "receipt_code"),
        (dict(notice_type="geschenk", anonymous=True), "cannot be anonymous"),
        (dict(notice_type="vermoeden_misstand", anonymous=True), "needs a receipt_code"),
        (dict(notice_type="geschenk", idempotency_key=""), "idempotency_key"),
        (dict(notice_type="geschenk", fields=["geen", "velden"]), "mapping"),
        (dict(notice_type="geschenk", fields={"bijlage": object()}), "cannot be stored"),
    ],
)
def test_invalid_notices_are_refused_before_storing(db_url, kwargs, message):
    arguments = {"fields": FIELDS, "idempotency_key": "x", "url": db_url, **kwargs}
    with pytest.raises(InvalidNotice, match=message):
        file_notice(arguments.pop("notice_type"), arguments.pop("fields"), **arguments)
    assert count_notices(db_url) == 0


# --- encryption at rest -------------------------------------------------------------------


def test_content_is_encrypted_at_rest(db_url):
    filed = file_notice("vermoeden_misstand", FIELDS, idempotency_key="e1", url=db_url)
    acknowledge(filed.reference, who="coordinator", url=db_url)
    from bot.notices.coordinator import add_message

    add_message(filed.reference, "Wij spreken wethouder Jansen hierover aan", who="coordinator", url=db_url)
    secrets_ = [DESCRIPTION, "Jansen", "Oostermeent", "Stadhuis kamer 3", "omschrijving"]

    if make_url(db_url).get_backend_name() == "sqlite":
        path = Path(make_url(db_url).database)
        raw = b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))  # file, -wal, -shm
        assert raw, "the database file should be there"
    else:
        raw = b"".join(
            str(row[0]).encode()
            for table in ("notices", "notice_messages", "audit_log")
            for row in rows(db_url, f"SELECT row_to_json(t)::text FROM {table} t")
        )
        raw += b"".join(bytes(r[0]) for r in rows(db_url, "SELECT content FROM notices"))
        raw += b"".join(bytes(r[0]) for r in rows(db_url, "SELECT text FROM notice_messages"))
    for secret in secrets_:
        assert secret.encode() not in raw
        assert secret.lower().encode() not in raw.lower()
    # ... while the register, with the key, reads it back
    assert show_notice(filed.reference, who="coordinator", url=db_url).fields == FIELDS


def test_without_the_key_the_content_cannot_be_read(db_url, monkeypatch):
    filed = file_notice("geschenk", FIELDS, idempotency_key="e2", url=db_url)
    token = bytes(rows(db_url, "SELECT content FROM notices")[0][0])
    with pytest.raises(Exception):
        Fernet(Fernet.generate_key()).decrypt(token)
    monkeypatch.setenv("IA_ENCRYPTION_KEY", Fernet.generate_key().decode())  # another key
    with pytest.raises(EncryptionKeyError, match="andere sleutel"):
        show_notice(filed.reference, who="coordinator", url=db_url)
    with pytest.raises(EncryptionKeyError):  # and it stores nothing under a second key
        file_notice("geschenk", {"omschrijving": "x"}, idempotency_key="e3", url=db_url)
    assert count_notices(db_url) == 1


def test_the_key_file_is_created_once_with_owner_only_permissions(db_url, notice_env):
    key_file = notice_env / "notice.key"
    assert not key_file.exists()
    file_notice("geschenk", {"omschrijving": "x"}, idempotency_key="k1", url=db_url)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = key_file.read_bytes()
    Fernet(key.strip())
    file_notice("geschenk", {"omschrijving": "y"}, idempotency_key="k2", url=db_url)
    assert key_file.read_bytes() == key


def test_a_key_from_the_environment_makes_no_key_file(db_url, notice_env, monkeypatch):
    monkeypatch.setenv("IA_ENCRYPTION_KEY", Fernet.generate_key().decode())
    filed = file_notice("geschenk", FIELDS, idempotency_key="k", url=db_url)
    assert not (notice_env / "notice.key").exists()
    assert show_notice(filed.reference, who="c", url=db_url).fields == FIELDS


def test_by_default_the_key_file_lies_outside_the_data_folder(tmp_path, monkeypatch):
    from bot.storage import encryption

    monkeypatch.delenv("IA_ENCRYPTION_KEY_FILE")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert encryption.key_file_path() == tmp_path / "config" / "integriteitsassistent" / "notice.key"
    assert database.REPO / "var" not in encryption.key_file_path().parents
    encryption.ensure_key()
    assert encryption.key_file_path().exists()


def test_a_key_file_left_in_the_data_folder_is_not_silently_replaced(tmp_path, monkeypatch):
    from bot.storage import encryption

    legacy = tmp_path / "var" / "notice.key"
    legacy.parent.mkdir()
    legacy.write_text(Fernet.generate_key().decode())
    monkeypatch.setattr(encryption, "LEGACY_KEY_FILE", legacy)
    monkeypatch.delenv("IA_ENCRYPTION_KEY_FILE")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    with pytest.raises(EncryptionKeyError, match="mv "):
        encryption.ensure_key()


def test_in_production_only_a_key_from_the_environment_is_accepted(notice_env, monkeypatch):
    from bot.storage import encryption

    monkeypatch.setenv("IA_PRODUCTION", "ja")
    with pytest.raises(EncryptionKeyError, match="IA_ENCRYPTION_KEY"):
        encryption.ensure_key()
    assert not (notice_env / "notice.key").exists()
    monkeypatch.setenv("IA_ENCRYPTION_KEY", Fernet.generate_key().decode())
    assert encryption.ensure_key() is None


def test_a_receipt_code_derives_from_the_idempotency_key_and_a_server_secret(notice_env, monkeypatch):
    from bot.notices.receipts import normalise_receipt_code, receipt_code_for

    code = receipt_code_for("sleutel-1")
    assert normalise_receipt_code(code) == code and receipt_code_for("sleutel-1") == code
    assert receipt_code_for("sleutel-2") != code
    monkeypatch.setenv("IA_ENCRYPTION_KEY", Fernet.generate_key().decode())  # another server secret
    assert receipt_code_for("sleutel-1") != code


def test_a_malformed_key_is_named(db_url, monkeypatch):
    monkeypatch.setenv("IA_ENCRYPTION_KEY", "geheim")
    with pytest.raises(EncryptionKeyError, match="IA_ENCRYPTION_KEY"):
        file_notice("geschenk", FIELDS, idempotency_key="k", url=db_url)


# --- receipt codes ----------------------------------------------------------------------


def test_the_receipt_code_is_stored_only_as_an_argon2_hash(db_url):
    code = new_receipt_code()
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}", code)  # 16 x 5 bits = 80 bits
    filed = file_notice(
        "vermoeden_misstand", FIELDS, idempotency_key="a1", anonymous=True, receipt_code=code, url=db_url
    )
    assert filed.receipt_code == code
    (stored,) = rows(db_url, "SELECT receipt_hash FROM notices")[0]
    assert stored.startswith("$argon2id$")
    everything = " ".join(str(v) for r in rows(db_url, "SELECT * FROM notices") for v in r)
    everything += " ".join(str(v) for r in rows(db_url, "SELECT * FROM audit_log") for v in r)
    assert code not in everything and code.replace("-", "") not in everything


def test_receipt_codes_differ_every_time():
    codes = {new_receipt_code() for _ in range(200)}
    assert len(codes) == 200


def test_an_anonymous_retry_gives_back_the_same_code_and_never_a_new_one(db_url):
    code = new_receipt_code()
    first = file_notice("contactverzoek_vertrouwenspersoon", FIELDS, idempotency_key="anon", anonymous=True,
                        receipt_code=code, url=db_url)  # fmt: skip
    retry = file_notice("contactverzoek_vertrouwenspersoon", FIELDS, idempotency_key="anon", anonymous=True,
                        receipt_code=code.lower(), url=db_url)  # fmt: skip
    assert retry.already_filed and retry.reference == first.reference and retry.receipt_code == code
    with pytest.raises(IdempotencyConflict):  # a code that would not open the notice is never confirmed
        file_notice("contactverzoek_vertrouwenspersoon", FIELDS, idempotency_key="anon", anonymous=True,
                    receipt_code=new_receipt_code(), url=db_url)  # fmt: skip
    assert count_notices(db_url) == 1
    assert lookup_status(first.reference, code, url=db_url) is not None


# --- deadlines ----------------------------------------------------------------------------


def test_whistleblower_deadlines():
    filed = datetime(2026, 3, 20, 9, 30, tzinfo=timezone.utc)
    before = deadlines_for("vermoeden_misstand", filed)
    assert before.acknowledgement_due == datetime(2026, 3, 27, 9, 30, tzinfo=timezone.utc)
    assert before.feedback_due == datetime(2026, 6, 27, 9, 30, tzinfo=timezone.utc)  # 3 months after the 7 days
    after = deadlines_for("vermoeden_misstand", filed, acknowledged_at=datetime(2026, 3, 23, tzinfo=timezone.utc))
    assert after.feedback_due == datetime(2026, 6, 23, tzinfo=timezone.utc)
    month_end = deadlines_for("vermoeden_misstand", filed, acknowledged_at=datetime(2026, 11, 30, tzinfo=timezone.utc))
    assert month_end.feedback_due == datetime(2027, 2, 28, tzinfo=timezone.utc)
    assert deadlines_for("geschenk", filed).acknowledgement_due is None
    assert deadlines_for("geschenk", filed).feedback_due is None


def test_deadlines_are_stored_and_move_with_the_acknowledgement(db_url):
    filed_at = datetime(2026, 3, 20, 9, 30, tzinfo=timezone.utc)
    filed = file_notice("vermoeden_misstand", FIELDS, idempotency_key="d", url=db_url, now=filed_at)
    assert filed.acknowledgement_due == filed_at + timedelta(days=7)
    assert filed.feedback_due == datetime(2026, 6, 27, 9, 30, tzinfo=timezone.utc)
    acknowledged = acknowledge(filed.reference, who="c", url=db_url, now=datetime(2026, 3, 24, tzinfo=timezone.utc))
    assert acknowledged.status == "in_behandeling"
    assert acknowledged.feedback_due == datetime(2026, 6, 24, tzinfo=timezone.utc)
    detail = show_notice(filed.reference, who="c", url=db_url)
    assert detail.acknowledgement_due == filed_at + timedelta(days=7)
    assert detail.feedback_due == datetime(2026, 6, 24, tzinfo=timezone.utc)
    other = file_notice("geschenk", FIELDS, idempotency_key="g", url=db_url, now=filed_at)
    assert other.acknowledgement_due is None and other.feedback_due is None


# --- an unreachable database ----------------------------------------------------------------


def test_a_database_that_was_never_there_raises_storage_unavailable():
    with pytest.raises(StorageUnavailable):
        file_notice("geschenk", FIELDS, idempotency_key="x", url="postgresql://postgres@127.0.0.1:1/nergens")


def test_sqlite_unreachable_then_back_files_once(tmp_path):
    folder = tmp_path / "volume"
    folder.mkdir()
    url = f"sqlite:///{folder / 'integriteit.db'}"
    upgrade_to_head(url)
    file_notice("geschenk", {"omschrijving": "eerder"}, idempotency_key="eerder", url=url)

    folder.rename(tmp_path / "weg")  # the volume is gone
    with pytest.raises(StorageUnavailable, match="niet bereikbaar"):
        file_notice("vermoeden_misstand", FIELDS, idempotency_key="later", url=url)
    (tmp_path / "weg").rename(folder)  # and back

    filed = file_notice("vermoeden_misstand", FIELDS, idempotency_key="later", url=url)
    assert not filed.already_filed
    assert file_notice("vermoeden_misstand", FIELDS, idempotency_key="later", url=url).already_filed
    assert rows(url, "SELECT COUNT(*) FROM notices WHERE idempotency_key = 'later'")[0][0] == 1


def test_postgresql_unreachable_then_back_files_once(pg_session_url):
    direct = make_url(pg_session_url)
    proxy = TcpProxy(direct.host or "127.0.0.1", direct.port or 5432)
    proxy.start()
    url = direct.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    try:
        upgrade_to_head(url)
        with get_engine(pg_session_url).begin() as connection:
            for table in TABLES:
                connection.execute(text(f"DELETE FROM {table}"))
        file_notice("geschenk", {"omschrijving": "eerst"}, idempotency_key=f"warm-{proxy.port}", url=url)

        proxy.stop()  # the database goes away, with the pooled connection
        with pytest.raises(StorageUnavailable, match="niet bereikbaar"):
            file_notice("vermoeden_misstand", FIELDS, idempotency_key="via-proxy", url=url)
        assert rows(pg_session_url, "SELECT COUNT(*) FROM notices WHERE idempotency_key = 'via-proxy'")[0][0] == 0

        proxy.start()  # and comes back
        filed = file_notice("vermoeden_misstand", FIELDS, idempotency_key="via-proxy", url=url)
        assert not filed.already_filed
        assert file_notice("vermoeden_misstand", FIELDS, idempotency_key="via-proxy", url=url).already_filed
        assert rows(pg_session_url, "SELECT COUNT(*) FROM notices WHERE idempotency_key = 'via-proxy'")[0][0] == 1
    finally:
        proxy.stop()
        database.get_engine(url).dispose()


def test_the_tracker_database_is_refused(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    monkeypatch.setenv("TRACKER_DB_URL", url)
    with pytest.raises(ValueError, match="TRACKER_DB_URL"):
        file_notice("geschenk", FIELDS, idempotency_key="x", url=url)
