"""E-mail to the profile's recipient that a notice is waiting: type and reference, no content.

SMTP settings come from the environment:
  IA_SMTP_HOST (no host: notification is off, and the log says so), IA_SMTP_PORT (25),
  IA_SMTP_FROM (required with a host), IA_SMTP_USER and IA_SMTP_PASSWORD (optional login,
  only together with STARTTLS: a password is never sent in clear text),
  IA_SMTP_STARTTLS (1/true/ja: upgrade the connection with STARTTLS, certificate checked),
  IA_SMTP_TIMEOUT (seconds, 10).
A failure is logged and reported as False; it never raises, so a filed notice stays filed.
"""
from __future__ import annotations

import logging
import os
import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import List, Optional

from bot.notices.kinds import type_label
from bot.profile import ProfileError, load_profile

logger = logging.getLogger(__name__)

_TRUE = {"1", "true", "yes", "ja", "on"}


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    sender: str
    user: Optional[str] = None
    password: Optional[str] = None
    starttls: bool = False
    timeout: float = 10.0

    def __post_init__(self) -> None:
        if self.user and not self.starttls:
            raise SmtpConfigError("IA_SMTP_USER is set without IA_SMTP_STARTTLS: no login over an unencrypted connection")


class SmtpConfigError(ValueError):
    pass


def smtp_settings_from_env() -> Optional[SmtpSettings]:
    """The settings, or None when IA_SMTP_HOST is not set (notification off)."""
    env = os.environ
    host = env.get("IA_SMTP_HOST", "").strip()
    if not host:
        return None
    sender = env.get("IA_SMTP_FROM", "").strip()
    if not sender:
        raise SmtpConfigError("IA_SMTP_FROM is not set (the sender address of notifications)")
    try:
        port = int(env.get("IA_SMTP_PORT") or 25)
        timeout = float(env.get("IA_SMTP_TIMEOUT") or 10)
    except ValueError:
        raise SmtpConfigError("IA_SMTP_PORT and IA_SMTP_TIMEOUT must be numbers") from None
    return SmtpSettings(
        host=host,
        port=port,
        sender=sender,
        user=env.get("IA_SMTP_USER") or None,
        password=env.get("IA_SMTP_PASSWORD") or None,
        starttls=env.get("IA_SMTP_STARTTLS", "").strip().lower() in _TRUE,
        timeout=timeout,
    )


def notification_message(notice_type: str, reference: str, sender: str, recipients: List[str]) -> EmailMessage:
    label = type_label(notice_type)
    message = EmailMessage()
    message["Subject"] = f"Nieuwe melding {reference} ({label})"
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    message.set_content(
        f"Er wacht een nieuwe melding van het type '{label}'.\n\n"
        f"Meldingsnummer: {reference}\n\n"
        "De inhoud staat niet in deze e-mail. Bekijk de melding in het register:\n"
        f"    python -m bot.register show {reference}\n\n"
        "Dit bericht is automatisch verstuurd door de integriteitsassistent.\n"
    )
    return message


def notify_notice_filed(notice_type: str, reference: str, settings: Optional[SmtpSettings] = None) -> bool:
    """Send the notification; True if the SMTP server accepted it."""
    try:
        settings = settings or smtp_settings_from_env()
    except SmtpConfigError as error:
        logger.error("notification for notice %s not sent: %s", reference, error)
        return False
    if settings is None:
        logger.info("notification off (IA_SMTP_HOST not set): no e-mail for notice %s", reference)
        return False
    try:
        recipients = load_profile().notice_recipients(notice_type)
    except ProfileError as error:
        logger.error("notification for notice %s not sent: %s", reference, error)
        return False
    message = notification_message(notice_type, reference, settings.sender, recipients)
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout) as smtp:
            if settings.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.user:
                smtp.login(settings.user, settings.password or "")
            refused = smtp.send_message(message)
    except (smtplib.SMTPException, OSError) as error:
        logger.error(
            "notification for notice %s not sent via %s:%s: %s", reference, settings.host, settings.port, error
        )
        return False
    if refused:
        logger.error("notification for notice %s refused for: %s", reference, ", ".join(refused))
    logger.info("notification for notice %s sent to %d recipient(s)", reference, len(recipients) - len(refused))
    return len(refused) < len(recipients)
