"""Tables of the notices database. The schema itself is made by the Alembic migrations.

- `notices`: one row per filed notice. The form's fields are one Fernet token (`content`);
  everything else is what the register needs to follow the notice up without decrypting.
- `notice_messages`: messages from the coordinator to the reporter (encrypted text).
- `audit_log`: who did what with which notice, and when; never any content.
- `encryption_check`: proves that the key in use is the database's key.
- `trend_facts`: anonymous facts of one conversation each (bot/trends.py); no text, no id, no time.
- `dashboard_accounts`, `login_attempts`: who may log in to the advisers' dashboard, and the
  failed logins that rate-limit it (keyed hashes of the name and address typed, never the text).

Times are stored in UTC and come back as timezone-aware UTC datetimes on every backend.
"""
from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import Boolean, Column, Date, DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import declarative_base, relationship
from sqlalchemy.types import TypeDecorator

Base = declarative_base()


class UTCDateTime(TypeDecorator):
    """A timezone-aware datetime, kept in UTC (SQLite has no time zones)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: pass a timezone-aware value")
        value = value.astimezone(timezone.utc)
        return value if dialect.name == "postgresql" else value.replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


class Notice(Base):
    __tablename__ = "notices"

    id = Column(Integer, primary_key=True)
    reference = Column(String(20), nullable=False, unique=True)
    notice_type = Column(String(40), nullable=False)
    status = Column(String(20), nullable=False)
    anonymous = Column(Boolean, nullable=False)
    content = Column(LargeBinary, nullable=False)
    idempotency_key = Column(String(100), nullable=False, unique=True)
    receipt_hash = Column(String(200))
    filed_at = Column(UTCDateTime, nullable=False)
    acknowledgement_due = Column(UTCDateTime)
    acknowledged_at = Column(UTCDateTime)
    feedback_due = Column(UTCDateTime)
    closed_at = Column(UTCDateTime)
    failed_lookups = Column(Integer, nullable=False, default=0)
    locked_until = Column(UTCDateTime)

    messages = relationship(
        "NoticeMessage", back_populates="notice", order_by="NoticeMessage.id", cascade="all, delete-orphan"
    )


class NoticeMessage(Base):
    __tablename__ = "notice_messages"

    id = Column(Integer, primary_key=True)
    notice_id = Column(Integer, ForeignKey("notices.id", ondelete="CASCADE"), nullable=False, index=True)
    sent_at = Column(UTCDateTime, nullable=False)
    text = Column(LargeBinary, nullable=False)

    notice = relationship("Notice", back_populates="messages")


class AuditEntry(Base):
    """Kept apart from `notices` (no foreign key), so the trail outlives a deleted notice."""

    __tablename__ = "audit_log"

    id = Column(Integer, primary_key=True)
    at = Column(UTCDateTime, nullable=False)
    actor = Column(String(100), nullable=False)
    action = Column(String(40), nullable=False)
    reference = Column(String(20), index=True)


class EncryptionCheck(Base):
    """One known text encrypted with the key the database was started with (see keycheck)."""

    __tablename__ = "encryption_check"

    id = Column(Integer, primary_key=True)
    token = Column(LargeBinary, nullable=False)


class TrendFact(Base):
    """One conversation's anonymous facts. `token` is random per conversation (the slot
    `gesprek_token`), never derived from a sender id; lists are space-separated names."""

    __tablename__ = "trend_facts"

    id = Column(Integer, primary_key=True)
    token = Column(String(32), nullable=False, unique=True)
    week = Column(Date, nullable=False, index=True)  # the Monday of the ISO week
    channel = Column(String(20))
    themes = Column(String(400), nullable=False, default="")
    perspective = Column(String(10))
    depth = Column(Integer)
    notice_types = Column(String(300), nullable=False, default="")
    outcome = Column(String(20))


class DashboardAccount(Base):
    __tablename__ = "dashboard_accounts"

    id = Column(Integer, primary_key=True)
    name = Column(String(100), nullable=False, unique=True)
    role = Column(String(40), nullable=False)
    password_hash = Column(String(200), nullable=False)
    created_at = Column(UTCDateTime, nullable=False)


class LoginAttempt(Base):
    """A failed login: when, and keyed hashes of the account name and the address it came from."""

    __tablename__ = "login_attempts"

    id = Column(Integer, primary_key=True)
    at = Column(UTCDateTime, nullable=False, index=True)
    account_key = Column(String(64), nullable=False, index=True)
    address_key = Column(String(64), nullable=False, index=True)


def utcnow() -> datetime:
    return datetime.now(timezone.utc)
