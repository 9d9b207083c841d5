"""Notices (meldingen): filing, status lookup by the reporter, follow-up by the coordinator.

The functions the Rasa actions call:
    new_receipt_code() -> str
    file_notice(notice_type, fields, *, idempotency_key, anonymous=False, receipt_code=None, ...) -> FiledNotice
    lookup_status(reference, receipt_code) -> NoticeStatus | None;  status_text(result) -> str
    parse_date_nl(text, today=None) (in bot.dates)
Errors to catch: StorageUnavailable (keep the notice, retry with the same key), InvalidNotice,
IdempotencyConflict.
"""
from bot.notices.filing import FiledNotice, IdempotencyConflict, file_notice
from bot.notices.kinds import ANONYMOUS_TYPES, NOTICE_TYPES, InvalidNotice
from bot.notices.lookup import NoticeStatus, lookup_status, status_text
from bot.notices.receipts import new_receipt_code
from bot.storage import StorageUnavailable

__all__ = [
    "ANONYMOUS_TYPES",
    "NOTICE_TYPES",
    "FiledNotice",
    "IdempotencyConflict",
    "InvalidNotice",
    "NoticeStatus",
    "StorageUnavailable",
    "file_notice",
    "lookup_status",
    "new_receipt_code",
    "status_text",
]
