"""What of a conversation may reach Rasa's tracker store, and in which form.

Rasa keeps every event of a conversation (the user's texts, the bot's answers, every slot
value) in its tracker store until the retention purge. A notice's answers and receipt codes
must not be readable there: not from a copy of that database alone, and receipt codes not at
all. So, before an event is saved (`components/tracker_store.py` calls this):

1. Receipt codes are blanked out for good, wherever they appear: in the bot message that
   shows a new code, in what the user types to ask for a status and when the status form asks
   for the number or the code, and in the `status_code` slot. Nothing later needs them (the code is checked in the same turn).
2. The whole event is then encrypted with the notices' key (Fernet). Rasa reads the
   conversation back on every message, so notice answers must come back intact: a filled-in
   field is needed for the summary and the filing, turns later. Only the columns Rasa itself
   queries stay readable (sender id, event type, time, intent and action or slot name).

Rasa reads the whole conversation back for every message (about 17 events a turn here), and
decrypting it was 7% of a Rasa server's time under load. So each stored event is decrypted once
per process and its plaintext kept, in memory only, for as long as the key in use stays the same
and at most until the next retention purge (hourly); beyond PLAINTEXTS_KEPT events (about 20 MB)
the least recently read go first.

Events are plain dicts here (`Event.as_dict()`), so this module needs nothing from Rasa.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Optional

from cryptography.fernet import MultiFernet

from bot.storage.encryption import cipher_in_use, decrypt_text_with, encrypt_text

REDACTED = "[verwijderd]"
PLAINTEXTS_KEPT = 20_000
CODE_SLOTS = ("status_code",)
# A receipt code as shown (7KQ3-XPMA-2D9F-RT0W), in any case. Other ways of typing one (spaces,
# no dashes) are caught by the context: typed while the status form asks for the number or the
# code (both may come in one message), or in the message that asks for the status.
_CODE = re.compile(r"(?<![0-9A-Za-z])[0-9A-Za-z]{4}(?:-[0-9A-Za-z]{4}){3}(?![0-9A-Za-z])")
STATUS_SLOTS = ("status_referentie", *CODE_SLOTS)
STATUS_INTENT = "status_melding"


def asks_for_code(requested_slot: Optional[str]) -> bool:
    return requested_slot in STATUS_SLOTS


def redact(event: Dict[str, Any], typing_code: bool = False) -> Dict[str, Any]:
    """The event without receipt codes. `typing_code`: the user's message answers the status
    form's questions, so all of it goes, as does a message that asks for the status."""
    secrets = []
    typing_code = typing_code or (event.get("parse_data") or {}).get("intent", {}).get("name") == STATUS_INTENT
    if typing_code and event.get("event") == "user" and (event.get("text") or "").strip():
        secrets.append(event["text"].strip())
    if event.get("event") == "slot" and event.get("name") in CODE_SLOTS and event.get("value") is not None:
        return {**event, "value": REDACTED}
    return _scrub(event, secrets)


def _scrub(value: Any, secrets: list) -> Any:
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, REDACTED)
        return _CODE.sub(REDACTED, value)
    if isinstance(value, dict):
        return {key: _scrub(item, secrets) for key, item in value.items()}
    if isinstance(value, list):
        return [_scrub(item, secrets) for item in value]
    return value


def seal(event: Dict[str, Any], typing_code: bool = False) -> str:
    """What is stored for an event: redacted, then encrypted (text, safe for a TEXT column)."""
    return encrypt_text(json.dumps(redact(event, typing_code), ensure_ascii=False)).decode("ascii")


def unseal(stored: str) -> Dict[str, Any]:
    """The event from what `seal` stored (rows from before encryption are plain JSON)."""
    return unseal_all([stored])[0]


def unseal_all(stored: Iterable[str]) -> List[Dict[str, Any]]:
    """`unseal` for each of a conversation's stored events."""
    cipher = cipher_in_use()
    return [json.loads(text if text.lstrip().startswith("{") else _plaintext(cipher, text)) for text in stored]


@lru_cache(maxsize=PLAINTEXTS_KEPT)
def _plaintext(cipher: MultiFernet, stored: str) -> str:
    return decrypt_text_with(cipher, stored.encode("ascii"))


def forget_plaintexts() -> None:
    """Drop the kept plaintexts (after a purge: nothing purged stays in memory)."""
    _plaintext.cache_clear()
