"""Channel user ids (a Teams id names a person) are stored only as keyed hashes.

The secret is $IA_ID_HASH_SECRET, else one derived from the notices' encryption key; the same
id gives the same hash under one secret, and nothing that can be reversed without it.
"""
from __future__ import annotations

import hashlib
import hmac
import os

from bot.storage.encryption import derived_secret

SECRET_ENV = "IA_ID_HASH_SECRET"


def hashed_id(raw: str) -> str:
    """`raw` (a channel's user or conversation id) as a 32-hex-digit keyed hash."""
    env = os.environ.get(SECRET_ENV, "").strip()
    secret = env.encode("utf-8") if env else derived_secret("channel-user-id")
    return hmac.new(secret, raw.encode("utf-8"), hashlib.sha256).hexdigest()[:32]
