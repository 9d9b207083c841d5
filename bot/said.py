"""Facts a user states in passing, read from the words of their message, so they are not asked.

"wil me een fles wijn geven" is an offer: not accepted yet. "ik kreeg", "heb ... gekregen",
"ligt in mijn la" mean it has been received. Only clear cues count; anything else is asked.
An offer's cues win: "ik kreeg een cadeaubon aangeboden" is an offer. "ik wil anoniem melden"
answers whether a notice is anonymous; "niet anoniem" and "met mijn naam" answer it too.
"ik wil melden dat mijn teamleider ..." already describes the case of the notice. "ik kreeg
gisteren ..." says the day it happened.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Dict, Optional, Pattern, Tuple

from bot.dates import parse_date_nl

OFFERED = re.compile(
    r"\b(aangeboden|aanbod|aanbieden|biedt|bieden|bood|boden"
    r"|wil(?:t|len|de|den)?\b[^.?!]*\b(?:geven|schenken|sturen|trakteren)"
    r"|gaat\b[^.?!]*\bgeven|mag ik\b[^.?!]*\b(?:aannemen|accepteren|aanpakken)"
    r"|(?:geweigerd|afgeslagen|teruggegeven|nee gezegd))\b",
    re.IGNORECASE,
)
RECEIVED = re.compile(
    r"\b(kreeg|kregen|gekregen|ontving|ontvingen|ontvangen|aangenomen|geaccepteerd|aangepakt"
    r"|stuurde|stuurden|gestuurd|bracht|brachten|gebracht|bezorgd|afgeleverd|achtergelaten|gewonnen"
    r"|(?:ligt|liggen|lag|lagen|staat|staan|stond|stonden)\b[^.?!]*\b(?:hier|op mijn|in mijn|bij mij)"
    r"|mag ik\b[^.?!]*\bhouden)\b",
    re.IGNORECASE,
)


def _first_cue(text: str, *cues: Tuple[Pattern, bool]) -> Optional[bool]:
    """The value of the first cue whose pattern is in the text, else None."""
    return next((value for pattern, value in cues if pattern.search(text or "")), None)


def gift_accepted(text: str) -> Optional[bool]:
    """True when the gift has been received, False when it is only offered, else None."""
    return _first_cue(text, (OFFERED, False), (RECEIVED, True))


NAMED = re.compile(r"\b(niet anoniem|met (?:mijn|m'n|mn) naam|onder (?:mijn|m'n|mn) eigen naam)\b", re.IGNORECASE)
ANONYMOUS = re.compile(r"\banoniem\b", re.IGNORECASE)


def anonymous_wish(text: str) -> Optional[bool]:
    """True for "anoniem", False for "niet anoniem" / "met mijn naam", else None."""
    return _first_cue(text, (NAMED, False), (ANONYMOUS, True))


REPORT_OF = re.compile(r"\bmeld\w*\b.*?\b(?:dat|over|van|:)\s+(\S+(?:\s+\S+){2,})", re.IGNORECASE | re.DOTALL)


def reported_case(text: str) -> Optional[str]:
    """The message as typed when it is a wish to report that also says what happened, else None."""
    return text.strip() if REPORT_OF.search(text or "") else None


def day_said(text: str, today: Optional[date] = None) -> Optional[str]:
    """The day something happened, as a message names it in passing ("ik kreeg gisteren", "vorige
    week dinsdag", "op 15 maart"), in ISO form; None for none, a day ahead, or a vague time
    ("vorige maand": the question about the date keeps such answers in the user's own words)."""
    found = parse_date_nl(text, today, in_passing=True)
    return found.isoformat() if found else None


def facts_said(theme: Optional[str], text: str) -> Dict[str, object]:
    """The facts a first message of a theme already answers."""
    if theme == "dilemma_geschenk":
        accepted = gift_accepted(text)
        return {} if accepted is None else {"al_aangenomen": accepted}
    return {}
