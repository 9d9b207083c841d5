"""Dashboard accounts: name, role, Argon2id password hash; logins rate-limited in the database.

Decisions:
1. Accounts are made and removed on the command line only (`./manage account`, see
   `bot.web.dashboard.account_command`); the web app cannot create one.
2. Passwords: at least MIN_PASSWORD characters, hashed with argon2-cffi's defaults (Argon2id,
   RFC 9106's low-memory profile: 64 MiB, t=3, p=4); a hash made with weaker settings is
   replaced at the next login.
3. Rate limit: a login is refused, without looking at the password, while the name typed had
   PER_ACCOUNT failed logins or the address PER_ADDRESS in the last WINDOW. Only failures are
   kept, as HMACs (a secret derived from the encryption key) of the name typed and of the
   address, so the table holds no password mistyped into the name field and no IP address;
   rows older than the window are deleted when a new one is written.
4. An unknown name costs the same Argon2 verification as a known one, and gets the same answer
   as a wrong password, so the login page does not tell which accounts exist.
"""
from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import List, Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select

from bot.storage import prepare_storage, session_scope
from bot.storage.encryption import derived_secret
from bot.storage.models import DashboardAccount, LoginAttempt, utcnow

ADVISER, COORDINATOR = "vertrouwenspersoon", "integriteitscoordinator"
ROLES = {ADVISER: "vertrouwenspersoon", COORDINATOR: "integriteitscoördinator"}
NAME = re.compile(r"[a-z0-9][a-z0-9._@-]{1,99}")
MIN_PASSWORD = 12
PER_ACCOUNT, PER_ADDRESS, WINDOW = 5, 20, timedelta(minutes=15)

_hasher = PasswordHasher()
_DUMMY_HASH = _hasher.hash(secrets.token_hex(16))


class AccountError(ValueError):
    """The account cannot be made or changed as asked; the message says why, in Dutch."""


class TooManyAttempts(RuntimeError):
    """Too many failed logins for this name or address: try again after the window."""


@dataclass(frozen=True)
class Account:
    name: str
    role: str
    created_at: datetime

    @property
    def role_label(self) -> str:
        return ROLES[self.role]


def normalise_name(name: str) -> str:
    return (name or "").strip().lower()


def add_account(name: str, role: str, password: str, *, url: Optional[str] = None) -> Account:
    name = normalise_name(name)
    if not NAME.fullmatch(name):
        raise AccountError("Een naam heeft 2 tot 100 tekens: kleine letters, cijfers en . _ @ -")
    if role not in ROLES:
        raise AccountError(f"Onbekende rol {role!r}; kies uit: {', '.join(ROLES)}")
    if len(password or "") < MIN_PASSWORD:
        raise AccountError(f"Een wachtwoord heeft minstens {MIN_PASSWORD} tekens")
    password_hash = _hasher.hash(password)
    prepare_storage(url)
    with session_scope(url) as session:
        if session.scalar(select(DashboardAccount.id).where(DashboardAccount.name == name)):
            raise AccountError(f"Er is al een account {name!r}")
        account = DashboardAccount(name=name, role=role, password_hash=password_hash, created_at=utcnow())
        session.add(account)
        return _account(account)


def remove_account(name: str, *, url: Optional[str] = None) -> bool:
    prepare_storage(url)
    with session_scope(url) as session:
        removed = session.execute(delete(DashboardAccount).where(DashboardAccount.name == normalise_name(name)))
        return removed.rowcount > 0


def list_accounts(*, url: Optional[str] = None) -> List[Account]:
    prepare_storage(url)
    with session_scope(url) as session:
        return [_account(a) for a in session.scalars(select(DashboardAccount).order_by(DashboardAccount.name))]


def get_account(name: str, *, url: Optional[str] = None) -> Optional[Account]:
    prepare_storage(url)
    with session_scope(url) as session:
        account = session.scalars(select(DashboardAccount).where(DashboardAccount.name == normalise_name(name))).first()
        return _account(account) if account else None


def authenticate(
    name: str, password: str, address: str, *, url: Optional[str] = None, now: Optional[datetime] = None
) -> Optional[Account]:
    """The account if name and password are right; None if not (the failure is counted).

    Raises TooManyAttempts while the name or the address is over its limit."""
    prepare_storage(url)
    now = now or utcnow()
    name = normalise_name(name)
    account_key, address_key = _key("account", name), _key("address", address or "")
    with session_scope(url) as session:
        since = now - WINDOW
        recent = select(func.count()).select_from(LoginAttempt).where(LoginAttempt.at > since)
        by_account = session.scalar(recent.where(LoginAttempt.account_key == account_key))
        by_address = session.scalar(recent.where(LoginAttempt.address_key == address_key))
        if by_account >= PER_ACCOUNT or by_address >= PER_ADDRESS:
            raise TooManyAttempts()
        stored = session.execute(
            select(DashboardAccount.password_hash).where(DashboardAccount.name == name)
        ).scalar()
    right = _verify(stored, password)  # outside any transaction: it is slow
    with session_scope(url) as session:
        if not right:
            session.execute(delete(LoginAttempt).where(LoginAttempt.at <= now - WINDOW))
            session.add(LoginAttempt(at=now, account_key=account_key, address_key=address_key))
            return None
        account = session.scalars(select(DashboardAccount).where(DashboardAccount.name == name)).first()
        if account is None:  # removed in the meantime
            return None
        if _hasher.check_needs_rehash(account.password_hash):
            account.password_hash = _hasher.hash(password)
        return _account(account)


def _verify(stored_hash: Optional[str], password: str) -> bool:
    try:
        return _hasher.verify(stored_hash or _DUMMY_HASH, password or "") and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def _key(kind: str, value: str) -> str:
    return hmac.new(derived_secret("dashboard-login"), f"{kind}:{value}".encode("utf-8"), hashlib.sha256).hexdigest()


def _account(row: DashboardAccount) -> Account:
    return Account(row.name, row.role, row.created_at)
