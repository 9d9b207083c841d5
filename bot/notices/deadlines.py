"""Deadlines of the Wet bescherming klokkenluiders (Wbk, art. 2 lid 1) for `vermoeden_misstand`.

- Acknowledgement of receipt: within 7 days of filing.
- Feedback to the reporter: within 3 months of the acknowledgement; while no acknowledgement
  has been sent, within 3 months after the 7 days ran out (the law's fallback).

Other notice types carry no statutory deadline. `due_items` says in Dutch what the register
should show as due or overdue.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import List, Optional

from dateutil.relativedelta import relativedelta

from bot.notices.kinds import CLOSED, WHISTLEBLOWER_TYPES, local_date

ACKNOWLEDGEMENT_PERIOD = timedelta(days=7)
SOON = timedelta(days=2)  # the dashboard highlights what is due within this time
FEEDBACK_PERIOD = relativedelta(months=3)


@dataclass(frozen=True)
class Deadlines:
    acknowledgement_due: Optional[datetime]
    feedback_due: Optional[datetime]


def deadlines_for(notice_type: str, filed_at: datetime, acknowledged_at: Optional[datetime] = None) -> Deadlines:
    if notice_type not in WHISTLEBLOWER_TYPES:
        return Deadlines(None, None)
    acknowledgement_due = filed_at + ACKNOWLEDGEMENT_PERIOD
    feedback_from = acknowledged_at or acknowledgement_due
    return Deadlines(acknowledgement_due, feedback_from + FEEDBACK_PERIOD)


@dataclass(frozen=True)
class DueItem:
    what: str  # "ontvangstbevestiging" or "terugkoppeling"
    due: datetime
    overdue: bool
    soon: bool = False  # not overdue yet, but due within SOON

    @property
    def text(self) -> str:
        """For the register: an overdue item in capitals, so that it stands out."""
        if self.overdue:
            return f"{self.what} TE LAAT (was uiterlijk {local_date(self.due)})"
        return f"{self.what} uiterlijk {local_date(self.due)}"

    @property
    def for_reporter(self) -> str:
        """For the reporter, calmly worded: no capitals shouting at them."""
        return f"{self.what} uiterlijk {local_date(self.due)}" + (" (die datum is voorbij)" if self.overdue else "")


def due_items(
    status: str,
    acknowledgement_due: Optional[datetime],
    acknowledged_at: Optional[datetime],
    feedback_due: Optional[datetime],
    now: datetime,
) -> List[DueItem]:
    """What the coordinator still owes the reporter, in Dutch, with the overdue ones marked."""
    if status == CLOSED:
        return []
    items = []
    if acknowledgement_due and not acknowledged_at:
        items.append(_item("ontvangstbevestiging", acknowledgement_due, now))
    if feedback_due:
        items.append(_item("terugkoppeling", feedback_due, now))
    return items


def _item(what: str, due: datetime, now: datetime) -> DueItem:
    return DueItem(what, due, due < now, now <= due <= now + SOON)
