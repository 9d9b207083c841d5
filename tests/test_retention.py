import os
import sqlite3
import subprocess
import sys
import time

from bot import logfile
from bot.retention import DAY_S, purge_conversations, purge_logs
from tests.conftest import ROOT

SCHEMA = ("CREATE TABLE events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255) NOT NULL, type_name VARCHAR(255), "
          "timestamp FLOAT, intent_name VARCHAR(255), action_name VARCHAR(255), data TEXT)")


def test_only_whole_conversations_past_retention_are_deleted(tmp_path):
    db = tmp_path / "tracker.db"
    now = time.time()
    with sqlite3.connect(db) as conn:
        conn.execute(SCHEMA)
        rows = [
            ("oud", now - 40 * DAY_S), ("oud", now - 31 * DAY_S),          # all older than 30 days
            ("lopend", now - 45 * DAY_S), ("lopend", now - 2 * DAY_S),     # still going on
            ("nieuw", now - 60),
        ]
        conn.executemany("INSERT INTO events (sender_id, type_name, timestamp) VALUES (?, 'user', ?)", rows)
    assert purge_conversations(f"sqlite:///{db}", 30, now=now) == 1
    with sqlite3.connect(db) as conn:
        left = sorted({r[0] for r in conn.execute("SELECT sender_id FROM events")})
    assert left == ["lopend", "nieuw"]


def test_a_new_database_without_rasa_tables_is_left_alone(tmp_path):
    assert purge_conversations(f"sqlite:///{tmp_path / 'leeg.db'}", 30) == 0


def test_rotated_logs_older_than_retention_are_deleted(tmp_path):
    now = time.time()
    old, recent, current = tmp_path / "rasa.log.2026-01-01", tmp_path / "rasa.log.2026-12-01", tmp_path / "rasa.log"
    for path, age_days in ((old, 31), (recent, 3), (current, 40)):
        path.write_text("regels")
        os.utime(path, (now - age_days * DAY_S,) * 2)
    assert purge_logs(tmp_path, 30, now=now) == 1
    assert not old.exists() and recent.exists() and current.exists()  # the log in use is rotated, not deleted


def test_server_output_goes_to_a_log_rotated_nightly_and_kept_for_the_retention_period(tmp_path, profile_file):
    log = tmp_path / "rasa.log"
    subprocess.run([sys.executable, "-m", "bot.logfile", str(log)], input="regel één\nregel twee\n", text=True,
                   cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True, timeout=60)
    assert log.read_text(encoding="utf-8") == "regel één\nregel twee\n"
    profile_file.edit(bewaartermijn_dagen=14)
    handler = logfile.rotating_handler(str(tmp_path / "actions.log"))
    assert (handler.when, handler.backupCount) == ("MIDNIGHT", 14)
    handler.close()


def test_a_purge_reports_what_it_deleted_and_keeps_trend_facts_unless_the_profile_says_so(
        tmp_path, profile_file, monkeypatch, capsys):
    from datetime import date, timedelta

    from bot import trends
    from bot.notices import file_notice
    from bot.retention import purge
    from bot.storage import get_engine

    db = tmp_path / "tracker.db"
    with sqlite3.connect(db) as conn:
        conn.execute(SCHEMA)
        conn.execute("INSERT INTO events (sender_id, type_name, timestamp) VALUES ('oud', 'user', ?)",
                     (time.time() - 40 * DAY_S,))
    notices_url = f"sqlite:///{tmp_path / 'integriteit.db'}"
    monkeypatch.setenv("IA_DATABASE_URL", notices_url)
    monkeypatch.setenv("IA_ENCRYPTION_KEY_FILE", str(tmp_path / "notice.key"))
    trends.record("a" * 32, outcome="bedankt", today=date.today() - timedelta(days=800))
    trends.record("b" * 32, outcome="bedankt")
    file_notice("geschenk", {"omschrijving": "taart"}, idempotency_key="oud")

    assert purge(f"sqlite:///{db}", tmp_path) == {"gesprekken": 1, "logbestanden": 0}
    profile_file.edit(trend_bewaartermijn_dagen=730)
    assert purge(f"sqlite:///{db}", tmp_path) == {"gesprekken": 0, "logbestanden": 0, "trendfeiten": 1}
    with get_engine(notices_url).connect() as connection:
        assert connection.exec_driver_sql("SELECT COUNT(*) FROM trend_facts").scalar() == 1
        assert connection.exec_driver_sql("SELECT COUNT(*) FROM notices").scalar() == 1  # never purged here


def test_manage_purge_prints_what_it_deleted(tmp_path, profile_file):
    env = {**os.environ, "PYTHONPATH": str(ROOT), "TRACKER_DB_URL": f"sqlite:///{tmp_path / 'tracker.db'}"}
    done = subprocess.run([sys.executable, "-m", "bot.retention"], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=120, check=True)
    assert "verwijderd: gesprekken: 0" in done.stdout and "verwijderd: logbestanden:" in done.stdout
