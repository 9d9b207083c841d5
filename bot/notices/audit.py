"""The audit log: who did what with which notice, and when. Never any content."""
from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime
from typing import List, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.storage import prepare_storage, session_scope
from bot.storage.models import AuditEntry, utcnow

# Actors the bot writes under; a coordinator is logged under their own name.
ASSISTANT = "assistent"
REPORTER = "melder"

FILED = "ingediend"
LISTED = "lijst_bekeken"
VIEWED = "bekeken"
ACKNOWLEDGED = "ontvangst_bevestigd"
MESSAGE_ADDED = "bericht_toegevoegd"
CLOSED = "afgerond"
STATUS_SHOWN = "status_opgevraagd"
STATUS_REFUSED = "status_geweigerd"
AUDIT_VIEWED = "auditlog_bekeken"
# the advisers' dashboard
LOGGED_IN = "ingelogd"
LOGGED_OUT = "uitgelogd"
TRENDS_EXPORTED = "trends_geexporteerd"


@dataclass(frozen=True)
class AuditRecord:
    at: datetime
    actor: str
    action: str
    reference: Optional[str]


def actor(logged_in_account: Optional[str] = None) -> str:
    """Who acts, for the audit log: the account logged in to the dashboard (which passes it),
    else the operating-system user running the command line. Never a name typed as an argument."""
    if logged_in_account and logged_in_account.strip():
        return logged_in_account.strip()
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "onbekend"


def record(session: Session, actor: str, action: str, reference: Optional[str], at: Optional[datetime] = None) -> None:
    """Add an entry in the caller's transaction, so it stands or falls with the action itself."""
    session.add(AuditEntry(at=at or utcnow(), actor=actor[:100], action=action, reference=reference))


def log(actor: str, action: str, reference: Optional[str] = None, *, url: Optional[str] = None) -> None:
    """An entry on its own, for an action that changes nothing else (a login, an export)."""
    prepare_storage(url)
    with session_scope(url) as session:
        record(session, actor, action, reference)


def audit_trail(reference: Optional[str] = None, *, url: Optional[str] = None) -> List[AuditRecord]:
    """Entries, oldest first; only those about `reference` if given."""
    prepare_storage(url)
    query = select(AuditEntry).order_by(AuditEntry.id)
    if reference:
        query = query.where(AuditEntry.reference == reference)
    with session_scope(url) as session:
        return [AuditRecord(e.at, e.actor, e.action, e.reference) for e in session.scalars(query)]
