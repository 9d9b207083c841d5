"""Receipt codes: the anonymous reporter's only key to their notice.

Decisions, in the manner of GlobaLeaks' receipt (a random code that is the whistleblower's
sole credential, shown once, stored only as a slow hash):

1. What it opens. Reference number + receipt code give the status, the deadlines and the
   coordinator's messages; never the content of the notice. The reference is not secret
   (it is in the recipient's e-mail and the register); the code is.
2. Strength. 16 characters of Crockford base32 from `secrets` (the OS CSPRNG): 80 bits.
   Shown in four groups of four (`7KQ3-XPMA-2D9F-RT0W`). Reading it back forgives case,
   spaces and dashes, and the look-alikes O/0, I/L/1 (Crockford's decoding).
3. Shown once. Only `file_notice` returns it. It is never logged, never e-mailed, never in
   the audit log. There is no recovery: a lost code means a new notice or a named contact.
4. Stored as a hash. Argon2id (argon2-cffi) with a random salt per code, m=19 MiB, t=2, p=1
   (OWASP's minimum for argon2id; tens of milliseconds here). With 80 bits of entropy even
   a stolen database gives no feasible offline search; the slow hash is defence in depth.
5. Uniform failure. A wrong code, an unknown reference and a locked reference give the same
   answer (None) after the same work: every lookup verifies exactly one Argon2 hash, a dummy
   one when there is nothing real to check.
6. Slow-down. Three wrong codes in a row lock the reference for a minute; each further wrong
   code doubles the lock (capped at a day). During a lock even the right code is refused,
   with the same answer. A successful lookup resets the count. See `bot.notices.lookup`.
7. Retries, and never in the conversation. The caller (the Rasa action) derives the code from
   the notice's idempotency key with `receipt_code_for` (HMAC-SHA256 under a secret derived
   from the encryption key), so every filing attempt with that key passes the same code
   without the code ever being kept in a slot. A retry with the same idempotency key checks
   the code against the stored hash and returns the same reference and code, so a code is
   only shown once it works, and no retry ever invents a second one. The tracker store
   (`components/tracker_store.py`) blanks the code out of the bot message that shows it and
   out of a typed status request before anything is saved. (After a key rotation a notice
   confirmed but not yet filed gets another code: it is only shown once filed.)
8. Named notices may also be given a code (then their reporter can look up the status too);
   without one, a status lookup for them behaves as for an unknown reference.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from typing import Optional

from argon2 import PasswordHasher, Type
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: 5 bits a character
LENGTH = 16  # 80 bits
GROUP = 4
_LOOKALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})

_hasher = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1, hash_len=32, salt_len=16, type=Type.ID)


def new_receipt_code() -> str:
    return _grouped("".join(secrets.choice(ALPHABET) for _ in range(LENGTH)))


def receipt_code_for(idempotency_key: str) -> str:
    """The receipt code of the notice filed under `idempotency_key`: 80 bits of an HMAC keyed
    with a secret that only the servers hold, so the same key always gives the same code."""
    from bot.storage.encryption import derived_secret

    digest = hmac.new(derived_secret("receipt-code"), idempotency_key.encode("utf-8"), hashlib.sha256).digest()
    number = int.from_bytes(digest[: LENGTH * 5 // 8], "big")
    return _grouped("".join(ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(LENGTH))))


def normalise_receipt_code(text: Optional[str]) -> Optional[str]:
    """The code in its grouped form, from what a user typed; None if it cannot be a code."""
    if not text:
        return None
    compact = re.sub(r"[\s\-_.]", "", text.upper()).translate(_LOOKALIKES)
    if len(compact) != LENGTH or any(c not in ALPHABET for c in compact):
        return None
    return _grouped(compact)


def receipt_code_in(text: Optional[str]) -> Optional[str]:
    """A receipt code somewhere in a message ("mijn code is s1bf 0azd cg4g t72s"), normalised: the
    shortest run of words, the last in the message, that together make one and hold a digit
    (plain words could spell one; a code without a digit is rare: 1 in 400)."""
    words = re.findall(r"[0-9A-Za-z]+", text or "")
    runs = ("".join(words[start:end]) for end in range(len(words), 0, -1) for start in range(end - 1, -1, -1))
    # the digit as typed: normalising reads O as 0 and I or L as 1 ("hoe staat het ermee" is no code)
    return next((code for run in runs if re.search(r"\d", run) for code in [normalise_receipt_code(run)] if code), None)


def hash_receipt_code(code: str) -> str:
    normal = normalise_receipt_code(code)
    if normal is None:
        raise ValueError("not a receipt code")
    return _hasher.hash(normal)


def verify_receipt_code(stored_hash: Optional[str], code: Optional[str]) -> bool:
    """True if `code` opens `stored_hash`. Always verifies one Argon2 hash, whatever the input."""
    normal = normalise_receipt_code(code)
    if stored_hash is None or normal is None:
        _burn(normal)
        return False
    try:
        return _hasher.verify(stored_hash, normal)
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


# Made at import, so that not even the first unknown reference answers faster.
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


def _burn(normal: Optional[str]) -> None:
    """The same work as a real verification, for an answer that must not come faster."""
    try:
        _hasher.verify(_DUMMY_HASH, normal or "0" * LENGTH)
    except VerificationError:
        pass


def _grouped(compact: str) -> str:
    return "-".join(compact[i : i + GROUP] for i in range(0, len(compact), GROUP))
