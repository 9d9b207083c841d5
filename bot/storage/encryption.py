"""Encryption at rest of notice content and messages (Fernet: AES-128-CBC + HMAC-SHA256).

The key comes from $IA_ENCRYPTION_KEY, else from a key file: $IA_ENCRYPTION_KEY_FILE or
`~/.config/integriteitsassistent/notice.key` ($XDG_CONFIG_HOME if set), created on first use
with owner-only permissions (0600). By default the key file is outside the data folder `var/`,
so a copy of the databases alone reveals nothing. With $IA_PRODUCTION set (1/true/ja) only
$IA_ENCRYPTION_KEY is accepted and the servers refuse to start without it. Whoever has the
database without the key cannot read a notice's content. Losing the key loses the content:
back the key up apart from the database.

The same key also encrypts the conversations in Rasa's tracker store
(`components/tracker_store.py`) and, through `derived_secret`, keys the receipt codes.

$IA_ENCRYPTION_KEY may hold several keys separated by commas (key rotation): the first one
encrypts, every one decrypts.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import stat
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

from bot.storage.database import REPO

logger = logging.getLogger(__name__)

KEY_ENV = "IA_ENCRYPTION_KEY"
KEY_FILE_ENV = "IA_ENCRYPTION_KEY_FILE"
PRODUCTION_ENV = "IA_PRODUCTION"
LEGACY_KEY_FILE = REPO / "var" / "notice.key"  # the default before: beside the databases
_TRUE = {"1", "true", "yes", "ja", "on"}


class EncryptionKeyError(RuntimeError):
    """The encryption key is missing or malformed."""


class ContentUnreadable(RuntimeError):
    """Stored content does not decrypt with the key in use (wrong key, or tampered data)."""


def default_key_file() -> Path:
    config = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "integriteitsassistent" / "notice.key"


def key_file_path() -> Path:
    return Path(os.environ.get(KEY_FILE_ENV) or default_key_file())


def in_production() -> bool:
    return os.environ.get(PRODUCTION_ENV, "").strip().lower() in _TRUE


def check_production_key() -> None:
    """In production the key comes only from the environment: raise at start without it."""
    if in_production() and not os.environ.get(KEY_ENV, "").strip():
        raise EncryptionKeyError(
            f"{PRODUCTION_ENV} staat aan maar {KEY_ENV} is niet gezet: in productie komt de sleutel "
            "alleen uit de omgeving (geen sleutelbestand)"
        )


def ensure_key() -> Optional[Path]:
    """Make sure a key is there (creating the key file if needed); returns the file used, if any."""
    check_production_key()
    if os.environ.get(KEY_ENV):
        _cipher(os.environ[KEY_ENV], None)
        return None
    path = key_file_path()
    _read_or_create_key_file(path)
    return path


def decrypt_json(token: bytes) -> Any:
    return json.loads(decrypt_text(token))


def encrypt_text(value: str) -> bytes:
    return cipher_in_use().encrypt(value.encode("utf-8"))


def decrypt_text(token: bytes) -> str:
    return decrypt_text_with(cipher_in_use(), token)


def decrypt_text_with(cipher: MultiFernet, token: bytes) -> str:
    try:
        return cipher.decrypt(bytes(token)).decode("utf-8")
    except InvalidToken:
        raise ContentUnreadable(
            "De inhoud is niet te ontsleutelen met deze sleutel (IA_ENCRYPTION_KEY / sleutelbestand)"
        ) from None


def key_source() -> str:
    """Which key is in use: the environment variable, or the key file's path."""
    return KEY_ENV if os.environ.get(KEY_ENV) else str(key_file_path())


def derived_secret(purpose: str) -> bytes:
    """A secret for one purpose (e.g. keying receipt codes), derived from the key that encrypts."""
    cipher_in_use()  # the key is checked (and the key file created) as for encryption
    first = _key_list(os.environ.get(KEY_ENV), None if os.environ.get(KEY_ENV) else str(key_file_path()))[0]
    return hmac.new(first.encode("ascii"), purpose.encode("utf-8"), hashlib.sha256).digest()


def cipher_in_use() -> MultiFernet:
    """The keys in use now (the same object for as long as they stay the same)."""
    check_production_key()
    env_keys = os.environ.get(KEY_ENV)
    if env_keys:
        return _cipher(env_keys, None)
    path = key_file_path()
    return _cipher(None, str(path))


def _key_list(env_keys: Optional[str], path: Optional[str]) -> list:
    if env_keys:
        return [k.strip() for k in env_keys.split(",") if k.strip()]
    return [_read_or_create_key_file(Path(path))]


@lru_cache(maxsize=8)
def _cipher(env_keys: Optional[str], path: Optional[str]) -> MultiFernet:
    source, keys = (KEY_ENV if env_keys else path), _key_list(env_keys, path)
    try:
        return MultiFernet([Fernet(key.encode("ascii")) for key in keys])
    except (ValueError, UnicodeEncodeError):
        raise EncryptionKeyError(
            f"Sleutel in {source} is geen geldige Fernet-sleutel (32 bytes, url-safe base64)"
        ) from None


def _read_or_create_key_file(path: Path) -> str:
    try:
        key = path.read_text(encoding="ascii").strip()
    except FileNotFoundError:
        if not os.environ.get(KEY_FILE_ENV) and LEGACY_KEY_FILE.exists():
            raise EncryptionKeyError(
                f"Het sleutelbestand staat nog op de oude plek {LEGACY_KEY_FILE}, naast de database. "
                f"Verplaats het: mkdir -p {path.parent} && mv {LEGACY_KEY_FILE} {path}"
            ) from None
        key = _create_key_file(path)
    except OSError as error:
        raise EncryptionKeyError(f"Sleutelbestand {path} is niet te lezen: {error.strerror}") from None
    mode = stat.S_IMODE(path.stat().st_mode)
    if mode & 0o077:
        logger.warning("key file %s is readable by others (mode %o); run: chmod 600 %s", path, mode, path)
    return key


def _create_key_file(path: Path) -> str:
    """Write a new key atomically: a 0600 temporary file, hard-linked into place only if absent."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = Fernet.generate_key().decode("ascii")
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as handle:
            handle.write(key + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)
            logger.info("created encryption key file %s (mode 600): back it up apart from the database", path)
            return key
        except FileExistsError:  # another process was first: use its key
            return path.read_text(encoding="ascii").strip()
    finally:
        temporary.unlink(missing_ok=True)
