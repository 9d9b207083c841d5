"""Rasa's tracker store as endpoints.yml configures it: what reaches the database, and the
retention purge that runs inside the server without anyone starting it."""
import asyncio
import json
import os
import sqlite3
import time

import pytest
from cryptography.fernet import Fernet
from rasa.core.tracker_store import create_tracker_store
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import read_endpoint_config

from bot import retention, tracker_privacy
from bot.storage.encryption import ContentUnreadable, decrypt_text_with
from tests.conftest import ROOT

DOMAIN = Domain.load(str(ROOT / "domain.yml"))
NOTICE_TEXT = "de wethouder liet een factuur van zijn neef goedkeuren"
CODE = "7KQ3-XPMA-2D9F-RT0W"


@pytest.fixture
def store(tmp_path, monkeypatch, profile_file):
    monkeypatch.setenv("TRACKER_DB_URL", f"sqlite:///{tmp_path / 'tracker.db'}")
    monkeypatch.setenv("ACTION_ENDPOINT_URL", "http://127.0.0.1:1/webhook")
    monkeypatch.setenv("IA_ENCRYPTION_KEY_FILE", str(tmp_path / "notice.key"))
    monkeypatch.delenv("IA_ENCRYPTION_KEY", raising=False)
    monkeypatch.setenv(retention.INTERVAL_ENV, "0.2")
    monkeypatch.setattr(retention, "VAR", tmp_path / "var")
    (tmp_path / "var").mkdir()
    store = create_tracker_store(read_endpoint_config(str(ROOT / "endpoints.yml"), "tracker_store"), DOMAIN)
    yield store
    store.purge_schedule.stop()


def raw_rows(tmp_path):
    with sqlite3.connect(tmp_path / "tracker.db") as db:
        return [" ".join(map(str, row)) for row in db.execute("SELECT * FROM events")]


def test_notice_answers_and_receipt_codes_are_not_readable_in_the_database(store, tmp_path):
    assert type(store).__name__ == "ProtectedSQLTrackerStore"  # not Rasa's silent in-memory fallback
    tracker = DialogueStateTracker.from_events("gebruiker-1", [
        ActionExecuted("action_listen"),
        ActiveLoop("vermoeden_misstand_melding_form"),
        SlotSet("requested_slot", "melding_omschrijving"),
        UserUttered(NOTICE_TEXT, {"name": "inform", "confidence": 1.0}),
        SlotSet("melding_omschrijving", NOTICE_TEXT),
        BotUttered(f"Je meldingsnummer is MLD-2026-7KQ3XP. Je geheime code is {CODE}."),
        ActiveLoop("status_form"),
        SlotSet("requested_slot", "status_code"),
        UserUttered(CODE.replace("-", "").lower(), {"name": "inform", "confidence": 1.0}),
        SlotSet("status_code", CODE),
    ], slots=DOMAIN.slots)
    asyncio.run(store.save(tracker))

    rows = raw_rows(tmp_path)
    assert len(rows) == len(tracker.events)
    for secret in (NOTICE_TEXT, "neef", CODE, CODE.replace("-", "").lower(), "MLD-2026-7KQ3XP"):
        assert not [row for row in rows if secret.lower() in row.lower()], secret

    back = asyncio.run(store.retrieve("gebruiker-1"))
    assert back.get_slot("melding_omschrijving") == NOTICE_TEXT  # the conversation goes on as before
    bot_text = [e.text for e in back.events if isinstance(e, BotUttered)][0]
    assert CODE not in bot_text and "MLD-2026-7KQ3XP" in bot_text  # the code is gone for good
    assert CODE.replace("-", "").lower() not in str([e.as_dict() for e in back.events])


def test_a_conversation_is_deleted_when_the_user_asks(store, tmp_path):
    def told(sender, *events):
        return DialogueStateTracker.from_events(sender, [
            ActionExecuted("action_listen"), UserUttered(NOTICE_TEXT, {"name": "dilemma_vermoeden_misstand"}),
            BotUttered("Dat is een vermoeden van een misstand."), *events], slots=DOMAIN.slots)
    asyncio.run(store.save(told("spijt")))
    asyncio.run(store.save(told("ander")))
    asyncio.run(store.save(told("spijt", ActionExecuted("action_listen"),
                                UserUttered("verwijder dit gesprek", {"name": "gesprek_wissen"}),
                                ActionExecuted("utter_gesprek_gewist"), BotUttered("Ik heb dit gesprek gewist"))))

    assert asyncio.run(store.retrieve("spijt")) is None
    assert asyncio.run(store.retrieve("ander")) is not None  # another conversation stays
    with sqlite3.connect(tmp_path / "tracker.db") as db:
        assert db.execute("select count(*) from events where sender_id = 'spijt'").fetchone() == (0,)


def test_rows_stored_before_encryption_are_still_read(store, tmp_path):
    asyncio.run(store.save(DialogueStateTracker.from_events("g", [ActionExecuted("action_listen")], slots=DOMAIN.slots)))
    with sqlite3.connect(tmp_path / "tracker.db") as db:
        db.execute("UPDATE events SET data = ?", ('{"event": "action", "name": "action_listen", "timestamp": 1.0}',))
    assert asyncio.run(store.retrieve("g")).latest_action_name == "action_listen"


def test_a_conversation_past_retention_disappears_without_anyone_acting(store, tmp_path):
    now = time.time()
    for sender, age_days in (("oud", 31), ("recent", 1)):
        events = [ActionExecuted("action_listen", timestamp=now - age_days * retention.DAY_S)]
        asyncio.run(store.save(DialogueStateTracker.from_events(sender, events, slots=DOMAIN.slots)))
    old_log = tmp_path / "var" / "rasa.log.2026-01-01"
    old_log.write_text("oude regels")
    os.utime(old_log, (now - 31 * retention.DAY_S,) * 2)
    (tmp_path / "var" / "rasa.log").write_text("huidige regels")

    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and (asyncio.run(store.retrieve("oud")) or old_log.exists()):
        time.sleep(0.1)
    assert asyncio.run(store.retrieve("oud")) is None and not old_log.exists()
    assert asyncio.run(store.retrieve("recent")) is not None and (tmp_path / "var" / "rasa.log").exists()


def test_in_production_the_server_does_not_start_without_the_key_in_the_environment(store, monkeypatch):
    monkeypatch.setenv("IA_PRODUCTION", "1")
    from bot.storage.encryption import EncryptionKeyError

    with pytest.raises(EncryptionKeyError, match="IA_ENCRYPTION_KEY"):
        create_tracker_store(read_endpoint_config(str(ROOT / "endpoints.yml"), "tracker_store"), DOMAIN)


def test_a_receipt_code_in_any_text_is_blanked_out():
    event = {"event": "bot", "text": f"Code: {CODE.lower()}. Bewaar hem goed.", "data": {"buttons": None}}
    assert tracker_privacy.redact(event)["text"] == f"Code: {tracker_privacy.REDACTED}. Bewaar hem goed."
    ordinary = {"event": "user", "text": "mijn baas wilt deze week geen gesprek"}
    assert tracker_privacy.redact(ordinary) == ordinary


def test_a_code_typed_with_spaces_in_the_message_asking_for_the_status_is_blanked_out():
    typed = "status van MLD-2026-7KQ3XP graag, code 7kq3 xpma 2d9f rt0w"
    event = {"event": "user", "text": typed, "parse_data": {"text": typed, "intent": {"name": "status_melding"}}}
    assert "7kq3" not in json.dumps(tracker_privacy.redact(event))


def test_an_event_is_decrypted_once_and_read_back_intact_each_time(tmp_path, monkeypatch):
    monkeypatch.setenv("IA_ENCRYPTION_KEY_FILE", str(tmp_path / "notice.key"))
    monkeypatch.delenv("IA_ENCRYPTION_KEY", raising=False)
    decrypted = []
    monkeypatch.setattr(tracker_privacy, "decrypt_text_with",
                        lambda cipher, token: decrypted.append(token) or decrypt_text_with(cipher, token))
    tracker_privacy.forget_plaintexts()
    event = {"event": "user", "text": NOTICE_TEXT, "parse_data": {"entities": []}}
    stored = tracker_privacy.seal(event)

    first = tracker_privacy.unseal(stored)
    first["text"] = "changed by whoever read it first"
    assert tracker_privacy.unseal(stored) == event
    assert len(decrypted) == 1
    tracker_privacy.forget_plaintexts()  # as after a retention purge
    assert tracker_privacy.unseal(stored) == event
    assert len(decrypted) == 2


def test_a_kept_plaintext_is_not_read_with_another_key(tmp_path, monkeypatch):
    monkeypatch.setenv("IA_ENCRYPTION_KEY", Fernet.generate_key().decode())
    stored = tracker_privacy.seal({"event": "user", "text": NOTICE_TEXT})
    assert tracker_privacy.unseal(stored)["text"] == NOTICE_TEXT
    monkeypatch.setenv("IA_ENCRYPTION_KEY", Fernet.generate_key().decode())
    with pytest.raises(ContentUnreadable):
        tracker_privacy.unseal(stored)


def test_the_profile_slots_hold_the_profile_as_it_is_now(store, profile_file):
    """The FAQ answer on the gift limit shows {geschenk_drempel}: a new threshold counts at once."""
    started = [ActionExecuted("action_session_start"), SlotSet("geschenk_drempel", "50"), SlotSet("org_naam", "x")]
    asyncio.run(store.save(DialogueStateTracker.from_events("g", started, slots=DOMAIN.slots)))
    assert asyncio.run(store.retrieve("g")).get_slot("geschenk_drempel") == "50"
    profile_file.edit(geschenk_drempel_euro=75)
    assert asyncio.run(store.retrieve("g")).get_slot("geschenk_drempel") == "75"
    assert asyncio.run(store.retrieve("g")).get_slot("org_naam") == "de gemeente Huizen"


def test_the_sqlite_file_runs_in_wal_and_a_commit_does_not_wait_for_the_disk(store):
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL
