"""A server's output into a log file under var/, rotated every night and kept no longer than
the profile's retention period (logs can hold what users typed, e.g. Rasa's debug log).

Usage: some-server 2>&1 | python -m bot.logfile var/rasa.log
Rotated files are named `rasa.log.2026-12-04`; the oldest beyond the retention period go at
the next rotation, and the purge in `bot.retention` removes any older than that period too.
"""
from __future__ import annotations

import io
import logging
import sys
from logging.handlers import TimedRotatingFileHandler

from bot.profile import ProfileError, load_profile

DEFAULT_DAYS = 30


def rotating_handler(path: str) -> TimedRotatingFileHandler:
    try:
        days = load_profile().bewaartermijn_dagen
    except ProfileError:  # the servers say what is wrong with the profile; keep logging meanwhile
        days = DEFAULT_DAYS
    handler = TimedRotatingFileHandler(path, when="midnight", backupCount=days, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(message)s"))
    return handler


def copy_lines(lines, handler: logging.Handler) -> None:
    for line in lines:
        handler.handle(logging.makeLogRecord({"msg": line.rstrip("\n"), "args": None}))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: ... | python -m bot.logfile var/NAME.log")
    handler = rotating_handler(sys.argv[1])
    try:
        copy_lines(io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace"), handler)
    finally:
        handler.close()
