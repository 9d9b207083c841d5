"""Refuse to work with a key that is not the database's own.

A mistyped $IA_ENCRYPTION_KEY_FILE would otherwise create a fresh key and quietly encrypt new
notices with it, leaving the database with content under two keys. The first process to
use a database stores one known text encrypted with its key; every process checks, once per
database and key, that its key decrypts that text before it reads or writes content.
"""
from __future__ import annotations

import threading
from typing import Optional, Set, Tuple

from sqlalchemy.exc import IntegrityError

from bot.storage.database import get_engine, session_scope
from bot.storage.encryption import ContentUnreadable, EncryptionKeyError, decrypt_text, encrypt_text, key_source
from bot.storage.models import EncryptionCheck

CHECK_TEXT = "integriteitsassistent"

_checked: Set[Tuple[str, str]] = set()
_lock = threading.Lock()


def ensure_key_matches(url: Optional[str] = None) -> None:
    memo = (str(get_engine(url).url), key_source())
    if memo in _checked:
        return
    with _lock:
        if memo not in _checked:
            _check(url)
            _checked.add(memo)


def _check(url: Optional[str]) -> None:
    token = None
    for _ in range(2):
        try:
            with session_scope(url) as session:
                check = session.get(EncryptionCheck, 1)
                if check is None:
                    session.add(EncryptionCheck(id=1, token=encrypt_text(CHECK_TEXT)))
                    return
                token = check.token
            break
        except IntegrityError:  # another process stored its check first: compare with that
            continue
    try:
        if token is not None and decrypt_text(token) == CHECK_TEXT:
            return
    except ContentUnreadable:
        pass
    raise EncryptionKeyError(
        f"De database is versleuteld met een andere sleutel dan die uit {key_source()}: "
        "zet IA_ENCRYPTION_KEY of IA_ENCRYPTION_KEY_FILE goed"
    )
