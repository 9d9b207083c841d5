"""Facts a user states in passing, read from the words of their message, so they are not asked.

"wil me een fles wijn geven" is an offer: not accepted yet. "ik kreeg", "heb ... gekregen",
"ligt in mijn la" mean it has been received. Only clear cues count; anything else is asked.
An offer's cues win: "ik kreeg een cadeaubon aangeboden" is an offer.
"""
from __future__ import annotations

import re
from typing import Dict, Optional

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


def gift_accepted(text: str) -> Optional[bool]:
    """True when the gift has been received, False when it is only offered, else None."""
    if OFFERED.search(text or ""):
        return False
    if RECEIVED.search(text or ""):
        return True
    return None


def facts_said(theme: Optional[str], text: str) -> Dict[str, object]:
    """The facts a first message of a theme already answers."""
    if theme == "dilemma_geschenk":
        accepted = gift_accepted(text)
        return {} if accepted is None else {"al_aangenomen": accepted}
    return {}
