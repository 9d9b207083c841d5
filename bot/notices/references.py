"""Reference numbers such as `MLD-2026-7KQ3XP`.

Six random characters from an alphabet without look-alikes (no 0/O, 1/I/L, U): about 29 bits,
so references reveal nothing about how many notices there are. Uniqueness is the database's
job (unique constraint); the filing code draws again on the rare collision.
"""
from __future__ import annotations

import re
import secrets
from datetime import datetime
from typing import Optional, Tuple

from bot.notices.kinds import LOCAL_TZ

PREFIX = "MLD"
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 6
_COMPACT = re.compile(rf"^{PREFIX}(\d{{4}})([{ALPHABET}]{{{LENGTH}}})$")


def new_reference(filed_at: datetime) -> str:
    return f"{PREFIX}-{filed_at.astimezone(LOCAL_TZ).year}-{random_part()}"


def random_part() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


_IN_TEXT = re.compile(rf"\b{PREFIX}[\s\-_.]*\d{{4}}[\s\-_.]*[{ALPHABET}]{{{LENGTH}}}\b", re.IGNORECASE)


def reference_in(text: Optional[str]) -> Tuple[Optional[str], str]:
    """The reference somewhere in a message ("wat is de status van mld-2026-7kq3xp?"), normalised,
    and the rest of the message."""
    match = _IN_TEXT.search(text or "")
    if not match:
        return None, text or ""
    return normalise_reference(match.group(0)), text[:match.start()] + " " + text[match.end():]


def normalise_reference(text: Optional[str]) -> Optional[str]:
    """The reference as stored, from what a user typed (`mld 2026 7kq3xp`); None if it is none."""
    if not text:
        return None
    compact = re.sub(r"[\s\-_.]", "", text.upper())
    match = _COMPACT.match(compact)
    return f"{PREFIX}-{match.group(1)}-{match.group(2)}" if match else None
