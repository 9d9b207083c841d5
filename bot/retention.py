"""Retention: delete raw conversations older than the profile's retention period.

Rasa's SQL tracker store has no retention setting; its `events` table holds every message
with a Unix timestamp. A conversation is deleted whole once its newest event is older than
the retention period, so no conversation is left half-cut.

Usage: python -m bot.retention        (uses $TRACKER_DB_URL and the profile)
"""
from __future__ import annotations

import logging
import os
import sys
import time

from sqlalchemy import create_engine, inspect, text

from bot.profile import load_profile

logger = logging.getLogger(__name__)

DAY_S = 24 * 3600
_STALE_SENDERS = text(
    "SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < :cutoff"
)


def purge_conversations(tracker_db_url: str, retention_days: int, now: float | None = None) -> int:
    """Delete every conversation whose last event is older than `retention_days`; returns how many."""
    cutoff = (now if now is not None else time.time()) - retention_days * DAY_S
    engine = create_engine(tracker_db_url, future=True)
    try:
        if not inspect(engine).has_table("events"):  # Rasa creates it on its first start
            return 0
        with engine.begin() as connection:
            senders = [row.sender_id for row in connection.execute(_STALE_SENDERS, {"cutoff": cutoff})]
            for sender in senders:
                connection.execute(text("DELETE FROM events WHERE sender_id = :s"), {"s": sender})
    finally:
        engine.dispose()
    return len(senders)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    days = load_profile().bewaartermijn_dagen
    removed = purge_conversations(os.environ["TRACKER_DB_URL"], days)
    logger.info("deleted %d conversation(s) older than %d days", removed, days)
    sys.exit(0)
