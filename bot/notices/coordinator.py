"""What the integrity coordinator does with notices: list, show, acknowledge, message, close.

Used by the register CLI (`python -m bot.register`) and later by the advisers' dashboard.
Every call takes `who` and writes an audit entry in the same transaction as its change.
`types` limits a call to notices of those types (the dashboard shows each role its own kinds):
a notice of another type is an `UnknownNotice`, as if it did not exist.
"""
from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Collection, Dict, List, Optional, Tuple

from sqlalchemy import select

from bot.notices import audit
from bot.notices.deadlines import DueItem, deadlines_for, due_items
from bot.notices.kinds import CLOSED, IN_PROGRESS, RECEIVED
from bot.notices.lookup import ReporterMessage
from bot.notices.references import normalise_reference
from bot.storage import prepare_storage, session_scope
from bot.storage.encryption import decrypt_json, decrypt_text, encrypt_text
from bot.storage.models import Notice, NoticeMessage, utcnow

MAX_MESSAGE_LENGTH = 5000


class UnknownNotice(LookupError):
    def __init__(self, reference: Optional[str]):
        super().__init__(f"Onbekend meldingsnummer: {reference!r}")


class NotAllowed(ValueError):
    """The action does not fit the notice's status (e.g. closing a closed notice)."""


@dataclass(frozen=True)
class NoticeSummary:
    reference: str
    notice_type: str
    status: str
    anonymous: bool
    filed_at: datetime
    acknowledgement_due: Optional[datetime]
    acknowledged_at: Optional[datetime]
    feedback_due: Optional[datetime]
    closed_at: Optional[datetime]
    due: Tuple[DueItem, ...]

    @property
    def overdue(self) -> bool:
        return any(item.overdue for item in self.due)


@dataclass(frozen=True)
class NoticeDetail(NoticeSummary):
    fields: Dict[str, Any]
    messages: Tuple[ReporterMessage, ...]


def list_notices(
    *, who: str, include_closed: bool = False, types: Optional[Collection[str]] = None, url: Optional[str] = None,
    now: Optional[datetime] = None,
) -> List[NoticeSummary]:
    """Notices, oldest first; without the closed ones unless asked."""
    _check_who(who)
    prepare_storage(url)
    now = now or utcnow()
    query = select(Notice).order_by(Notice.filed_at, Notice.id)
    if not include_closed:
        query = query.where(Notice.status != CLOSED)
    if types is not None:
        query = query.where(Notice.notice_type.in_(types))
    with session_scope(url) as session:
        audit.record(session, who, audit.LISTED, None, at=now)
        return [_summary(notice, now) for notice in session.scalars(query)]


def show_notice(
    reference: str, *, who: str, types: Optional[Collection[str]] = None, url: Optional[str] = None,
    now: Optional[datetime] = None,
) -> NoticeDetail:
    """The notice with its decrypted fields and the messages to the reporter."""
    with _notice(reference, who, audit.VIEWED, types, url, now) as (session, notice, now):
        return _detail(notice, now)


def acknowledge(
    reference: str, *, who: str, types: Optional[Collection[str]] = None, url: Optional[str] = None,
    now: Optional[datetime] = None,
) -> NoticeSummary:
    """Record that receipt was acknowledged; the notice is now in progress (feedback due 3 months on)."""
    with _notice(reference, who, audit.ACKNOWLEDGED, types, url, now) as (session, notice, now):
        if notice.status != RECEIVED:
            raise NotAllowed(f"Melding {notice.reference} is al {notice.status.replace('_', ' ')}")
        notice.status = IN_PROGRESS
        notice.acknowledged_at = now
        notice.feedback_due = deadlines_for(notice.notice_type, notice.filed_at, now).feedback_due
        return _summary(notice, now)


def add_message(
    reference: str, text: str, *, who: str, types: Optional[Collection[str]] = None, url: Optional[str] = None,
    now: Optional[datetime] = None,
) -> NoticeSummary:
    """A message the reporter reads with their status lookup (stored encrypted)."""
    text = (text or "").strip()
    if not text:
        raise NotAllowed("Een bericht mag niet leeg zijn")
    if len(text) > MAX_MESSAGE_LENGTH:
        raise NotAllowed(f"Een bericht mag hoogstens {MAX_MESSAGE_LENGTH} tekens lang zijn")
    with _notice(reference, who, audit.MESSAGE_ADDED, types, url, now) as (session, notice, now):
        notice.messages.append(NoticeMessage(sent_at=now, text=encrypt_text(text)))
        return _summary(notice, now)


def close_notice(
    reference: str, *, who: str, types: Optional[Collection[str]] = None, url: Optional[str] = None,
    now: Optional[datetime] = None,
) -> NoticeSummary:
    with _notice(reference, who, audit.CLOSED, types, url, now) as (session, notice, now):
        if notice.status == CLOSED:
            raise NotAllowed(f"Melding {notice.reference} is al afgerond")
        notice.status = CLOSED
        notice.closed_at = now
        return _summary(notice, now)


def audit_log(
    reference: Optional[str] = None, *, who: str, url: Optional[str] = None
) -> List[audit.AuditRecord]:
    """The audit trail (of one notice if given); reading it is itself logged."""
    _check_who(who)
    prepare_storage(url)
    ref = None
    if reference is not None:
        ref = normalise_reference(reference)
        if ref is None:
            raise UnknownNotice(reference)
    with session_scope(url) as session:
        audit.record(session, who, audit.AUDIT_VIEWED, ref)
    return audit.audit_trail(ref, url=url)


@contextmanager
def _notice(
    reference: str, who: str, action: str, types: Optional[Collection[str]], url: Optional[str], now: Optional[datetime]
):
    """One transaction with the notice loaded (row-locked on PostgreSQL) and the audit entry added."""
    _check_who(who)
    ref = normalise_reference(reference)
    if ref is None:
        raise UnknownNotice(reference)
    prepare_storage(url)
    now = now or utcnow()
    with session_scope(url) as session:
        notice = session.scalars(select(Notice).where(Notice.reference == ref).with_for_update()).first()
        if notice is None or (types is not None and notice.notice_type not in types):
            raise UnknownNotice(reference)
        audit.record(session, who, action, notice.reference, at=now)
        yield session, notice, now


def _check_who(who: str) -> None:
    if not who or not who.strip():
        raise NotAllowed("Geef aan wie dit doet (--as NAAM)")


def _summary(notice: Notice, now: datetime) -> NoticeSummary:
    return NoticeSummary(
        reference=notice.reference,
        notice_type=notice.notice_type,
        status=notice.status,
        anonymous=notice.anonymous,
        filed_at=notice.filed_at,
        acknowledgement_due=notice.acknowledgement_due,
        acknowledged_at=notice.acknowledged_at,
        feedback_due=notice.feedback_due,
        closed_at=notice.closed_at,
        due=tuple(
            due_items(notice.status, notice.acknowledgement_due, notice.acknowledged_at, notice.feedback_due, now)
        ),
    )


def _detail(notice: Notice, now: datetime) -> NoticeDetail:
    summary = _summary(notice, now)
    return NoticeDetail(
        **summary.__dict__,
        fields=decrypt_json(notice.content),
        messages=tuple(ReporterMessage(m.sent_at, decrypt_text(m.text)) for m in notice.messages),
    )
