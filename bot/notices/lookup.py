"""Status lookup by the reporter, with reference number and receipt code.

A wrong code, an unknown reference, a notice without a code and a locked reference all give
None after the same work (one Argon2 verification; see `receipts`), so the answer reveals
nothing about which notices exist. Wrong codes are counted per reference: from the third in
a row the reference is locked for LOCK_BASE, doubling with each further wrong code up to
LOCK_MAX; the counter is raised in one UPDATE, so parallel guesses are all counted.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Optional, Tuple

from sqlalchemy import select, update

from bot.notices import audit
from bot.notices.deadlines import due_items
from bot.notices.kinds import local_date, status_label, type_label
from bot.notices.receipts import verify_receipt_code
from bot.notices.references import normalise_reference
from bot.storage import prepare_storage, session_scope
from bot.storage.encryption import decrypt_text
from bot.storage.models import Notice, NoticeMessage, utcnow

FREE_FAILURES = 2  # the third wrong code in a row locks
LOCK_BASE = timedelta(minutes=1)
LOCK_MAX = timedelta(days=1)


@dataclass(frozen=True)
class ReporterMessage:
    sent_at: datetime
    text: str


@dataclass(frozen=True)
class NoticeStatus:
    reference: str
    notice_type: str
    status: str
    filed_at: datetime
    acknowledgement_due: Optional[datetime]
    acknowledged_at: Optional[datetime]
    feedback_due: Optional[datetime]
    closed_at: Optional[datetime]
    messages: Tuple[ReporterMessage, ...]

    @property
    def status_label(self) -> str:
        return status_label(self.status)


def lock_duration(failures: int) -> Optional[timedelta]:
    """How long the reference is locked after `failures` wrong codes in a row."""
    if failures <= FREE_FAILURES:
        return None
    return min(LOCK_BASE * 2 ** min(failures - FREE_FAILURES - 1, 20), LOCK_MAX)


def lookup_status(
    reference: Optional[str], receipt_code: Optional[str], *, url: Optional[str] = None, now: Optional[datetime] = None
) -> Optional[NoticeStatus]:
    """The notice's status for its reporter, or None (one answer for every kind of failure).

    Raises StorageUnavailable when the database cannot be reached."""
    prepare_storage(url)
    now = now or utcnow()
    ref = normalise_reference(reference)
    with session_scope(url) as session:
        row = None
        if ref:
            row = session.execute(
                select(Notice.id, Notice.receipt_hash, Notice.locked_until).where(Notice.reference == ref)
            ).first()
    notice_id, stored_hash, locked_until = row if row else (None, None, None)
    right = verify_receipt_code(stored_hash, receipt_code)  # outside any transaction: it is slow
    locked = locked_until is not None and locked_until > now

    with session_scope(url) as session:
        if notice_id is None:
            audit.record(session, audit.REPORTER, audit.STATUS_REFUSED, None, at=now)
            return None
        if not right:
            _count_failure(session, notice_id, now)
            audit.record(session, audit.REPORTER, audit.STATUS_REFUSED, ref, at=now)
            return None
        if locked:
            audit.record(session, audit.REPORTER, audit.STATUS_REFUSED, ref, at=now)
            return None
        session.execute(update(Notice).where(Notice.id == notice_id).values(failed_lookups=0, locked_until=None))
        audit.record(session, audit.REPORTER, audit.STATUS_SHOWN, ref, at=now)
        notice = session.get(Notice, notice_id)
        messages = session.scalars(
            select(NoticeMessage).where(NoticeMessage.notice_id == notice_id).order_by(NoticeMessage.id)
        )
        return NoticeStatus(
            reference=notice.reference,
            notice_type=notice.notice_type,
            status=notice.status,
            filed_at=notice.filed_at,
            acknowledgement_due=notice.acknowledgement_due,
            acknowledged_at=notice.acknowledged_at,
            feedback_due=notice.feedback_due,
            closed_at=notice.closed_at,
            messages=tuple(ReporterMessage(m.sent_at, decrypt_text(m.text)) for m in messages),
        )


def _count_failure(session, notice_id: int, now: datetime) -> None:
    session.execute(
        update(Notice).where(Notice.id == notice_id).values(failed_lookups=Notice.failed_lookups + 1)
    )
    failures = session.scalar(select(Notice.failed_lookups).where(Notice.id == notice_id))
    lock = lock_duration(failures)
    if lock:
        session.execute(update(Notice).where(Notice.id == notice_id).values(locked_until=now + lock))


NOT_FOUND_TEXT = (
    "Ik kan geen melding vinden bij dit meldingsnummer en deze code. Controleer ze allebei en typ ze gerust opnieuw. "
    "Na een paar mislukte pogingen moet je even wachten voordat je het opnieuw kunt proberen."
)


def status_text(found: Optional[NoticeStatus], now: Optional[datetime] = None) -> str:
    """The answer for the reporter, in Dutch; the same text for every failure."""
    if found is None:
        return NOT_FOUND_TEXT
    now = now or utcnow()
    lines = [
        f"Melding {found.reference} ({type_label(found.notice_type)}), ingediend op {local_date(found.filed_at)}: "
        f"{found.status_label}."
    ]
    if found.acknowledged_at:
        lines.append(f"Ontvangst bevestigd op {local_date(found.acknowledged_at)}.")
    for item in due_items(found.status, found.acknowledgement_due, found.acknowledged_at, found.feedback_due, now):
        lines.append(f"Wettelijke termijn: {item.for_reporter}.")
    if found.closed_at:
        lines.append(f"Afgerond op {local_date(found.closed_at)}.")
    for message in found.messages:
        lines.append(f"Bericht van {local_date(message.sent_at)}: {message.text}")
    if not found.messages:
        lines.append("Er zijn nog geen berichten voor je.")
    return "\n".join(lines)
