import sqlite3
import time

from bot.retention import DAY_S, purge_conversations

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
