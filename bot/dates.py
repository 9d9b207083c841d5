"""Reading a date from a Dutch answer: "gisteren", "vorige week dinsdag", "15 maart", "15-3-2026".

A small parser of our own: dateparser (1.2 and 1.5, checked) reads "gisteren" and "15 maart"
but not "vorige week dinsdag" or "afgelopen vrijdag". Weeks start on Monday. By default the
answer is about something that happened, so a date after `today` is never returned: a date
without a year falls in the past year when this year's would lie ahead, and an explicit future
date gives None. Pass `allow_future=True` for dates that may lie ahead (an invitation's
event, the start of a side job); then a date without a year is the next such day, or one of the past four months (in
December "1 februari" and "12 juni" are next year's, "1 november" this year's), and "morgen",
"volgende week vrijdag", "komende dinsdag" and "over 2 weken" are read too.
Anything else (vague: "vorige week", "een paar dagen geleden") gives None: for those answers
`approximate` keeps the user's own words with the day they said them ("vorige maand, gezegd
op 04-12-2026"), which is as precise as the answer is. dateparser 1.2 (which fits Rasa's pins)
was tried on "vorige maand", "begin maart", "een paar weken geleden", "rond kerst", "half
november", "eind oktober": it read only the first, as an exact day (4 November), which is
falsely precise.
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

from dateutil.relativedelta import relativedelta

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "maart": 3, "mrt": 3, "mar": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {"maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6}
NUMBERS = {
    "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12,
}  # fmt: skip
UNITS = {
    "dag": "days", "dagen": "days", "week": "weeks", "weken": "weeks",
    "maand": "months", "maanden": "months", "jaar": "years", "jaren": "years",
}  # fmt: skip


def _alternatives(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_MONTH = _alternatives(MONTHS)
_WEEKDAY = _alternatives(WEEKDAYS)
_NUMBER = rf"\d+|{_alternatives(NUMBERS)}"
_UNIT = _alternatives(UNITS)

_AHEAD = re.compile(r"\b(?:per|misschien|waarschijnlijk|straks|volgend\w*|ga|gaat|zal|zullen)\b")
# said to have happened ("ik ben per 1 november begonnen" was next year's first of November, NB-06)
_PAST = re.compile(r"\b(?:sinds|begonnen|gestart|geleden|afgelopen)\b")
RECENT = timedelta(days=120)  # a day without a year that may lie ahead: past only within this
_ISO = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_NUMERIC = re.compile(r"\b(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{4}|\d{2}))?\b")
# "15 maart", "15e maart 2026"; a range ("10 tot 12 maart", "10-12 maart") is read as its first day
_RANGE = r"\s*(?:-|t/m|tot en met|tot|en)\s*\d{1,2}(?:e|ste|de)?"
_WRITTEN = re.compile(rf"\b(\d{{1,2}})(?:e|ste|de)?(?:{_RANGE})?\s+({_MONTH})\.?(?:\s+(\d{{4}}))?\b")
_WRITTEN_RANGE = re.compile(rf"\b\d{{1,2}}(?:e|ste|de)?{_RANGE}\s+(?:{_MONTH})\b")
_DAY_WORDS = [
    (re.compile(r"\beergister(?:en)?\w*"), -2),
    (re.compile(r"\bgister(?:en)?\w*"), -1),
    (re.compile(r"\bovermorgen\b"), 2),
    (re.compile(r"\b(?:vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht)\b"), 0),
    (re.compile(r"\bmorgen\w*"), 1),
]
_AGO = re.compile(rf"\b({_NUMBER})\s+({_UNIT})\s+geleden\b")
_IN = re.compile(rf"\bover\s+({_NUMBER})\s+({_UNIT})\b")
_DAY = rf"({_WEEKDAY})(?:avond|middag|ochtend|morgen|nacht)?"  # "afgelopen vrijdagavond" was refused
_LAST_WEEK_DAY = re.compile(rf"\bvorige\s+week\s+{_DAY}\b|\b{_DAY}\s+(?:van\s+)?vorige\s+week\b")
_THIS_WEEK_DAY = re.compile(rf"\bdeze\s+week\s+{_DAY}\b|\b{_DAY}\s+(?:van\s+)?deze\s+week\b")
_NEXT_WEEK_DAY = re.compile(rf"\bvolgende\s+week\s+{_DAY}\b|\b{_DAY}\s+(?:van\s+)?volgende\s+week\b")
_PREVIOUS_DAY = re.compile(rf"\b(?:afgelopen|vorige|jongstleden)\s+{_DAY}\b|\b{_DAY}\s+(?:jl|j\.l)\b")
_COMING_DAY = re.compile(rf"\b(?:komende|aanstaande|volgende)\s+{_DAY}\b|\b{_DAY}\s+(?:as|a\.s)\b")
_BARE_DAY = re.compile(rf"\b{_DAY}\b")


# A day named so that it is no schedule ("op maandag" and "'s morgens" may be one): a written date, a weekday with its
# week, a day word, a time from now. For the day of an event that a message names in passing.
# a weekday of some week: "een maandagochtend", "in november, op maandag"
_SOME_DAY = re.compile(rf"\been\s+{_DAY}|\b(?:{_MONTH}|maand|maanden|jaar)\b")
_DAY_NAMED = (_WRITTEN, _NEXT_WEEK_DAY, _COMING_DAY, _THIS_WEEK_DAY, _LAST_WEEK_DAY, _PREVIOUS_DAY, _IN, _AGO,
              re.compile(r"\b(?:eergisteren|gisteren|overmorgen|morgen)(?:avond|middag|ochtend)?\b"))


def day_named(text: Optional[str]) -> Optional[str]:
    """The words in `text` that name one day beyond doubt ("12 maart", "volgende week vrijdag"), else None."""
    lowered = " ".join((text or "").lower().split())
    return next((found.group(0) for found in (p.search(lowered) for p in _DAY_NAMED) if found), None)


_TIME_WORDS = re.compile(
    rf"\b({_MONTH}|{_UNIT}|(?:{_WEEKDAY})(?:avond|middag|ochtend|morgen|nacht)?|(?:19|20)\d\d|geleden|kerst|pasen|pinksteren|carnaval|oud en nieuw|sinterklaas"
    r"|zomer|winter|lente|voorjaar|herfst|najaar|vakantie|zomervakantie|kerstvakantie|jaarwisseling)\b"
)


_SAID_ON = re.compile(r", gezegd op \d{2}-\d{2}-\d{4}$")


def approximate(text: Optional[str], today: Optional[date] = None) -> Optional[str]:
    """A vague but real answer to "when" ("rond kerst", "begin maart", "een paar weken
    geleden"): the words as said, with the day they were said; None if it names no time."""
    words = " ".join((text or "").split())
    if _SAID_ON.search(words):  # already kept so (a notice's other field was corrected)
        return words
    lowered = words.lower()
    if not _TIME_WORDS.search(lowered) or any(p.search(lowered) for p in (_ISO, _NUMERIC, _WRITTEN)):
        return None  # no time named, or an exact date that parse_date_nl refused (in the future)
    return kept_as_said(words, today)


def kept_as_said(text: str, today: Optional[date] = None) -> str:
    """An answer to "when" kept as said, with the day it was said."""
    return f"{' '.join(text.split())}, gezegd op {(today or date.today()):%d-%m-%Y}"


_BETWEEN = re.compile(r"\s(?:of|en|tot|t/m|à|a|-)\s|[,;/]|\btussen\b", re.IGNORECASE)


# a time that goes on ("al een paar maanden, laatst gezien vorige week woensdag" kept only the Wednesday)
# (also "de laatste 3 weekenden, zaterdag", which became one Saturday, DC-13)
_PERIOD = re.compile(r"\b(?:al (?:een |de )?(?:\w+ )?(?:dagen|weken|maanden|jaren|jaar|tijden|tijdje)|steeds|elke?|"
                     r"iedere?|sinds|regelmatig|meerdere keren|vaker|telkens|herhaaldelijk|structureel|meestal|vaak|"
                     r"(?:een )?(?:week|maand|dag)(?: of \d+| of twee| of drie)|"  # ("al een week of 3, meestal op donderdag", EE-12)
                     r"(?:de )?(?:laatste|afgelopen|vorige) (?:\w+ )?(?:weekenden|weken|maanden|dagen|zaterdagen|zondagen|"
                     r"maandagen|dinsdagen|woensdagen|donderdagen|vrijdagen)|\w+dagen en \w+dagen|in de weekenden|weekends)\b",
                     re.IGNORECASE)


# weeks, months or years ago: no day ("2 jaar geleden, in de zomer" became 07-12-2024, EA-09)
_ROUGH_AGO = re.compile(r"\b(?:weken|maand|maanden|jaar|jaren)\s+(?:ofzo\s+|of zo\s+)?geleden\b", re.IGNORECASE)


def rough_ago(text: Optional[str]) -> bool:
    return bool(_ROUGH_AGO.search(text or ""))


def period_said(text: Optional[str]) -> bool:
    """Whether an answer to "when" tells of something that goes on, not of one day."""
    return bool(_PERIOD.search(text or ""))


def several_days(text: Optional[str], today: Optional[date] = None, *, allow_future: bool = False) -> bool:
    """Whether an answer names more than one day ("afgelopen dinsdag of woensdag", "tussen 3 en 10 maart"):
    the first of them was kept as if sure."""
    if _WRITTEN_RANGE.search((text or "").lower()):  # "tussen 3 en 10 november"
        return True
    days = {parse_date_nl(part, today, allow_future=allow_future) for part in _BETWEEN.split(text or "")}
    return len(days - {None}) > 1


def parse_date_nl(text: Optional[str], today: Optional[date] = None, *, allow_future: bool = False,
                  in_passing: bool = False) -> Optional[date]:
    """The date `text` names, relative to `today`; None when it names none (or a future one).
    `in_passing`: the text is a whole message, not an answer to "when": only words count
    ("gisteren", "vorige week dinsdag", "15 maart"), not numbers such as "3-4 flessen" or "24/7"."""
    if not text:
        return None
    today = today or date.today()
    lowered = " ".join(text.lower().split())
    if in_passing:
        lowered = _NUMERIC.sub(" ", lowered)
    found = _read(lowered, today, allow_future)
    if found is None or (not allow_future and found > today):
        return None
    return found


def _read(text: str, today: date, allow_future: bool) -> Optional[date]:
    for reader in (_explicit, _day_word, _relative, _day_of_month, _weekday):
        found = reader(text, today, allow_future)
        if found is not False:
            return found
    return None


def _explicit(text: str, today: date, allow_future: bool):
    match = _ISO.search(text)
    if match:
        return _date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    match = _WRITTEN.search(text) or _NUMERIC.search(text)
    if not match:
        return False
    day = int(match.group(1))
    month = MONTHS.get(match.group(2)) or int(match.group(2))
    year = match.group(3)
    if year:
        return _date(_full_year(year, today), month, day)
    if allow_future and not _PAST.search(text):  # the next such day, unless recent: "per 1 februari" said in December is
        # next February, "12 juni" for an invitation too; "1 november" (a month ago) is past
        candidates = [c for c in (_date(today.year + k, month, day) for k in (-1, 0, 1)) if c]
        # ("misschien per 1 september", "ik ga 1 september beginnen" said in December: next September)
        recent = [c for c in candidates if timedelta(0) <= today - c <= RECENT] if not _AHEAD.search(text) else []
        return recent[-1] if recent else min((c for c in candidates if c > today), default=None)
    candidate = _date(today.year, month, day)
    if candidate and candidate > today:
        candidate = _date(today.year - 1, month, day)
    return candidate


def _day_word(text: str, today: date, allow_future: bool):
    for pattern, offset in _DAY_WORDS:
        if pattern.search(text):
            return today + timedelta(days=offset)
    return False


def _relative(text: str, today: date, allow_future: bool):
    match = _AGO.search(text)
    if match:
        return today - relativedelta(**{UNITS[match.group(2)]: _number(match.group(1))})
    match = _IN.search(text)
    if match:
        return today + relativedelta(**{UNITS[match.group(2)]: _number(match.group(1))})
    return False


# a day of the month without its month ("zondag de 24e" became next Sunday, IA-04), not "de 2de keer"
_DAY_OF_MONTH = re.compile(rf"\b(?:({_WEEKDAY})\s+)?de\s+(\d{{1,2}})(?:e|ste|de)\b(?!\s+(?:keer|maal|plaats|plek|week|dag|helft|"
                           r"ronde|klas|verdieping|etage|kwartaal|jaar|persoon|poging|x)\b)")


def _day_of_month(text: str, today: date, allow_future: bool):
    """The nearest such day, ahead or past as the field asks, on the weekday named if one is."""
    match = _DAY_OF_MONTH.search(text)
    if not match:
        return False
    weekday = WEEKDAYS.get(match.group(1)) if match.group(1) else None
    first = today.replace(day=1)
    months = [first + relativedelta(months=k) for k in (range(0, 13) if allow_future else range(0, -13, -1))]
    days = [_date(m.year, m.month, int(match.group(2))) for m in months]
    return next((d for d in days if d and (d >= today if allow_future else d <= today)
                 and (weekday is None or d.weekday() == weekday)), None)


def _weekday(text: str, today: date, allow_future: bool):
    monday = today - timedelta(days=today.weekday())
    for pattern, pick in (
        (_LAST_WEEK_DAY, lambda d: monday - timedelta(days=7 - d)),
        (_THIS_WEEK_DAY, lambda d: monday + timedelta(days=d)),
        (_NEXT_WEEK_DAY, lambda d: monday + timedelta(days=7 + d)),
        (_PREVIOUS_DAY, lambda d: today - timedelta(days=(today.weekday() - d) % 7 or 7)),
        (_COMING_DAY, lambda d: today + timedelta(days=(d - today.weekday()) % 7 or 7)),
    ):
        match = pattern.search(text)
        if match:
            return pick(WEEKDAYS[match.group(1) or match.group(2)])
    match = _BARE_DAY.search(text)
    if match and _SOME_DAY.search(text):  # "vorige maand, een maandagochtend" became today (FA-15): no day named
        return None
    if match:
        day = WEEKDAYS[match.group(1)]
        if allow_future:
            return today + timedelta(days=(day - today.weekday()) % 7)
        return today - timedelta(days=(today.weekday() - day) % 7)
    return False


def _number(word: str) -> int:
    return int(word) if word.isdigit() else NUMBERS[word]


def _full_year(year: str, today: date) -> int:
    if len(year) == 4:
        return int(year)
    return 2000 + int(year) if 2000 + int(year) <= today.year + 1 else 1900 + int(year)


def _date(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None
