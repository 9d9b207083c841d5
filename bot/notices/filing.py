"""Filing a confirmed notice: stored once, encrypted, with a reference, whatever the retries.

Idempotency: the caller gives every confirmed notice a key (e.g. a uuid drawn when the user
confirms, kept in the conversation). The key is unique in the database, so a retried action
call, a double confirmation or two parallel calls store one notice and all get the same
reference back (`already_filed` tells a repeat). A repeat must carry the same type, fields,
anonymity and receipt code; anything else raises `IdempotencyConflict` instead of quietly
answering for a different notice.

Nothing lost: if the database cannot be reached, `StorageUnavailable` is raised and nothing
is stored; the caller keeps the notice and calls again with the same key later. The e-mail
to the recipient goes out only after the notice is committed, and a failed e-mail is logged
but never undoes the filing.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Mapping, Optional

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.notices import audit
from bot.notices.deadlines import deadlines_for
from bot.notices.kinds import ANONYMOUS_TYPES, NOTICE_TYPES, RECEIVED, InvalidNotice
from bot.notices.receipts import hash_receipt_code, normalise_receipt_code, verify_receipt_code
from bot.notices.references import new_reference
from bot.storage import prepare_storage, session_scope
from bot.storage.encryption import decrypt_text, encrypt_text
from bot.storage.models import Notice, utcnow

logger = logging.getLogger(__name__)

MAX_KEY_LENGTH = 100
REFERENCE_ATTEMPTS = 10


class IdempotencyConflict(ValueError):
    """The idempotency key was already used for a different notice."""


@dataclass(frozen=True)
class FiledNotice:
    reference: str
    receipt_code: Optional[str]  # the code passed in, confirmed to open this notice
    filed_at: datetime
    acknowledgement_due: Optional[datetime]
    feedback_due: Optional[datetime]
    already_filed: bool  # True when an earlier call with this key had filed it


def file_notice(
    notice_type: str,
    fields: Mapping[str, Any],
    *,
    idempotency_key: str,
    anonymous: bool = False,
    receipt_code: Optional[str] = None,
    notify: bool = True,
    url: Optional[str] = None,
    now: Optional[datetime] = None,
) -> FiledNotice:
    """Store a confirmed notice once; safe to call again with the same key.

    `fields`: the form's answers (JSON-serialisable; dates and Decimals become text),
    encrypted as a whole. An anonymous notice (only `ANONYMOUS_TYPES`) needs a
    `receipt_code` from `new_receipt_code()`; a named one may have one.
    Raises InvalidNotice, IdempotencyConflict, StorageUnavailable (retry later)."""
    _check(notice_type, idempotency_key, anonymous, receipt_code)
    code = normalise_receipt_code(receipt_code)
    content = canonical_json(fields)
    receipt_hash = hash_receipt_code(code) if code else None  # slow: before the transaction
    prepare_storage(url)

    last_error: Optional[IntegrityError] = None
    for _ in range(REFERENCE_ATTEMPTS):
        try:
            with session_scope(url) as session:
                existing = session.scalars(select(Notice).where(Notice.idempotency_key == idempotency_key)).first()
                if existing is not None:
                    earlier = _snapshot(existing)
                else:
                    filed = _insert(session, notice_type, content, anonymous, idempotency_key, receipt_hash, now)
        except IntegrityError as error:  # a reference drawn twice, or the same key filed in parallel
            last_error = error
            continue
        if existing is not None:
            return _repeat(earlier, notice_type, content, anonymous, code)
        logger.info("notice %s (%s) filed", filed.reference, notice_type)
        if notify:
            _notify(notice_type, filed.reference)
        return FiledNotice(
            filed.reference, code, filed.filed_at, filed.acknowledgement_due, filed.feedback_due, False
        )
    raise RuntimeError("no free reference number after several attempts") from last_error


def canonical_json(fields: Mapping[str, Any]) -> str:
    if not isinstance(fields, Mapping):
        raise InvalidNotice("fields must be a mapping of field name to answer")
    try:
        return json.dumps(dict(fields), ensure_ascii=False, sort_keys=True, default=_jsonable)
    except (TypeError, ValueError) as error:
        raise InvalidNotice(str(error)) from None


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"field value of type {type(value).__name__} cannot be stored")


def _check(notice_type: str, key: str, anonymous: bool, receipt_code: Optional[str]) -> None:
    if notice_type not in NOTICE_TYPES:
        raise InvalidNotice(f"unknown notice type {notice_type!r}")
    if not isinstance(key, str) or not key.strip() or len(key) > MAX_KEY_LENGTH:
        raise InvalidNotice(f"idempotency_key must be a non-empty string of at most {MAX_KEY_LENGTH} characters")
    if anonymous and notice_type not in ANONYMOUS_TYPES:
        raise InvalidNotice(f"a notice of type {notice_type!r} cannot be anonymous")
    if receipt_code is not None and normalise_receipt_code(receipt_code) is None:
        raise InvalidNotice("receipt_code is not a code from new_receipt_code()")
    if anonymous and receipt_code is None:
        raise InvalidNotice("an anonymous notice needs a receipt_code from new_receipt_code()")


def _insert(session, notice_type, content, anonymous, key, receipt_hash, now) -> Notice:
    filed_at = now or utcnow()
    deadlines = deadlines_for(notice_type, filed_at)
    notice = Notice(
        reference=new_reference(filed_at),
        notice_type=notice_type,
        status=RECEIVED,
        anonymous=anonymous,
        content=encrypt_text(content),
        idempotency_key=key,
        receipt_hash=receipt_hash,
        filed_at=filed_at,
        acknowledgement_due=deadlines.acknowledgement_due,
        feedback_due=deadlines.feedback_due,
        failed_lookups=0,
    )
    session.add(notice)
    session.flush()
    audit.record(session, audit.ASSISTANT, audit.FILED, notice.reference, at=filed_at)
    return notice


@dataclass(frozen=True)
class _Earlier:
    notice: FiledNotice
    notice_type: str
    anonymous: bool
    content: bytes
    receipt_hash: Optional[str]


def _snapshot(notice: Notice) -> _Earlier:
    filed = FiledNotice(
        notice.reference, None, notice.filed_at, notice.acknowledgement_due, notice.feedback_due, True
    )
    return _Earlier(filed, notice.notice_type, notice.anonymous, notice.content, notice.receipt_hash)


def _repeat(earlier: _Earlier, notice_type: str, content: str, anonymous: bool, code: Optional[str]) -> FiledNotice:
    same = (
        earlier.notice_type == notice_type
        and earlier.anonymous == anonymous
        and decrypt_text(earlier.content) == content
        and (earlier.receipt_hash is None) == (code is None)
        and (code is None or verify_receipt_code(earlier.receipt_hash, code))
    )
    if not same:
        raise IdempotencyConflict(
            f"idempotency key already used for notice {earlier.notice.reference} with other content"
        )
    logger.info("notice %s was already filed under this key", earlier.notice.reference)
    return replace(earlier.notice, receipt_code=code)


def _notify(notice_type: str, reference: str) -> None:
    from bot.notices.notify import notify_notice_filed

    try:
        notify_notice_filed(notice_type, reference)
    except Exception:  # the notice is filed; an e-mail problem must not change that
        logger.exception("notification for notice %s failed", reference)
