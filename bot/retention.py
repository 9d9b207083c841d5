"""Retention: delete raw conversations older than the profile's retention period.

Rasa's SQL tracker store has no retention setting; its `events` table holds every message
with a Unix timestamp. A conversation is deleted whole once its newest event is older than
the retention period, so no conversation is left half-cut. Logs can hold what users typed
(Rasa's debug log does): rotated log files under `var/` (`*.log.<date>`) are deleted once
they are older than the same period.

Anonymous trend facts (bot/trends.py) are deleted only when the profile gives them a period
(`trend_bewaartermijn_dagen`); notices are never deleted here: the design gives them no
retention period, so that is the organisation's decision, not the bot's.

Each purge logs what it deleted per kind, and `python -m bot.retention` prints it.

Nobody has to remember it: the Rasa server's tracker store (`components/tracker_store.py`)
runs `PurgeSchedule`, a purge at start and then every hour ($IA_PURGE_INTERVAL_S).

Usage: python -m bot.retention        (by hand: uses $TRACKER_DB_URL and the profile)
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Dict, Optional, Union

from sqlalchemy import create_engine, delete, inspect, text
from sqlalchemy.engine import URL

from bot import tracker_privacy
from bot.profile import load_profile
from bot.storage import ensure_schema, session_scope
from bot.storage.models import TrendFact

logger = logging.getLogger(__name__)

DAY_S = 24 * 3600
INTERVAL_ENV = "IA_PURGE_INTERVAL_S"
DEFAULT_INTERVAL_S = 3600
VAR = Path(__file__).resolve().parent.parent / "var"
_STALE_SENDERS = text(
    "SELECT sender_id FROM events GROUP BY sender_id HAVING MAX(timestamp) < :cutoff"
)


def purge_conversations(tracker_db_url: Union[str, URL], retention_days: int, now: float | None = None) -> int:
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


def purge_logs(folder: Path, retention_days: int, now: float | None = None) -> int:
    """Delete rotated log files (`<name>.log.<suffix>`) last written before the retention period."""
    cutoff = (now if now is not None else time.time()) - retention_days * DAY_S
    removed = 0
    for path in folder.glob("*.log.*"):
        try:
            if path.is_file() and path.stat().st_mtime < cutoff:
                path.unlink()
                removed += 1
        except FileNotFoundError:  # another process purged it first
            pass
    return removed


def purge_trend_facts(retention_days: int, today: Optional[date] = None, url: Optional[str] = None) -> int:
    """Delete trend facts of weeks that began more than `retention_days` ago; returns how many."""
    cutoff = (today or date.today()) - timedelta(days=retention_days)
    ensure_schema(url)
    with session_scope(url) as session:
        return session.execute(delete(TrendFact).where(TrendFact.week < cutoff)).rowcount


def purge(tracker_db_url: Union[str, URL], log_folder: Optional[Path] = None) -> Dict[str, int]:
    """One purge with the profile's retention periods as they are now; returns what it deleted per kind."""
    profile = load_profile()
    days = profile.bewaartermijn_dagen
    deleted = {
        "gesprekken": purge_conversations(tracker_db_url, days),
        "logbestanden": purge_logs(log_folder or VAR, days),
    }
    if profile.trend_bewaartermijn_dagen is not None:
        deleted["trendfeiten"] = purge_trend_facts(profile.trend_bewaartermijn_dagen)
    logger.info("retention purge: deleted %s", ", ".join(f"{kind} {n}" for kind, n in deleted.items()))
    return deleted


class PurgeSchedule:
    """Purges at start and then every `interval_s` seconds, in a daemon thread, while the process runs."""

    def __init__(self, tracker_db_url: Union[str, URL], interval_s: Optional[float] = None,
                 log_folder: Optional[Path] = None):
        self.tracker_db_url, self.log_folder = tracker_db_url, log_folder
        self.interval_s = interval_s if interval_s is not None else float(
            os.environ.get(INTERVAL_ENV) or DEFAULT_INTERVAL_S)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="retention-purge", daemon=True)

    def start(self) -> "PurgeSchedule":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _run(self) -> None:
        while True:
            try:
                purge(self.tracker_db_url, self.log_folder)
                tracker_privacy.forget_plaintexts()
            except Exception as error:  # noqa: BLE001 - try again next time; never stop the server
                logger.error("retention purge failed: %s", type(error).__name__)
            if self._stop.wait(self.interval_s):
                return


if __name__ == "__main__":
    logging.basicConfig(level=logging.WARNING, format="%(message)s")
    for kind, count in purge(os.environ["TRACKER_DB_URL"]).items():
        print(f"verwijderd: {kind}: {count}")
    sys.exit(0)
