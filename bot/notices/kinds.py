"""Notice types and statuses, with the Dutch words the user and the coordinator see."""
from __future__ import annotations

from zoneinfo import ZoneInfo

NOTICE_TYPES = {
    "geschenk": "geschenk",
    "uitnodiging": "uitnodiging",
    "nevenwerkzaamheden": "nevenwerkzaamheden",
    "belangenverstrengeling": "belangenverstrengeling",
    "vermoeden_misstand": "vermoeden van een misstand",
    "contactverzoek_vertrouwenspersoon": "contactverzoek vertrouwenspersoon",
}

# "A notice about a wrongdoing or unwanted behaviour can be filed anonymously" (issue 3):
# a suspected wrongdoing, and a request to talk to a confidential adviser (the route for
# unwanted behaviour). The other types are registrations by the employee about themselves.
ANONYMOUS_TYPES = frozenset({"vermoeden_misstand", "contactverzoek_vertrouwenspersoon"})

# Types with the deadlines of the Wet bescherming klokkenluiders.
WHISTLEBLOWER_TYPES = frozenset({"vermoeden_misstand"})

RECEIVED, IN_PROGRESS, CLOSED = "ontvangen", "in_behandeling", "afgerond"
STATUSES = {RECEIVED: "ontvangen", IN_PROGRESS: "in behandeling", CLOSED: "afgerond"}

LOCAL_TZ = ZoneInfo("Europe/Amsterdam")


class InvalidNotice(ValueError):
    """The caller asked for something a notice cannot be (unknown type, anonymous gift, ...)."""


def type_label(notice_type: str) -> str:
    return NOTICE_TYPES.get(notice_type, notice_type)


def status_label(status: str) -> str:
    return STATUSES.get(status, status)


def local_date(moment) -> str:
    """`27-03-2026`: the date in the Netherlands, as Dutch readers write it."""
    return moment.astimezone(LOCAL_TZ).strftime("%d-%m-%Y")
