"""What the assistant says around a notice, in Dutch (B1, informal)."""
from __future__ import annotations

from typing import Dict, List, Optional

ASK_TO_REPORT = "Wil je dit nu melden? Ik help je de melding in te vullen."
CHOOSE_TYPE = "Wat wil je melden?"
TEAMS_WARNING = (
    "Let op: via Teams ben je nooit anoniem voor de organisatie, want Teams stuurt je account mee. "
    "Wil je anoniem melden? Gebruik dan de chat op het intranet."
)
ASK_AGAIN = "Dat kan ik niet goed lezen. Probeer het nog eens."
REQUIRED = "Dit heb ik echt nodig voor de melding. Probeer het nog eens."
STUCK_OPTIONAL = "Het lukt niet zo. Wil je deze vraag overslaan, of stoppen met de melding?"
STUCK_REQUIRED = "Het lukt niet zo. Probeer het nog eens, of stop met de melding. Er is dan niets vastgelegd."
CHOOSE_FIELD = "Wat wil je aanpassen?"
NOTHING_PENDING = "Er staat geen melding klaar om te versturen. Wil je een melding doen? Zeg dan \"ik wil iets melden\"."
NOT_FILED = (
    "Het lukt nu niet om je melding op te slaan: de opslag is even niet bereikbaar. "
    "Je melding is dus nog NIET verstuurd. Ik heb hem wel bewaard in dit gesprek. Probeer het zo nog eens."
)
FAILED = (
    "Er ging iets mis bij het versturen. Je melding is NIET verstuurd. "
    "Neem contact op met een vertrouwenspersoon of je leidinggevende."
)
STATUS_BAD_INPUT = "Dat is geen meldingsnummer zoals MLD-2026-7KQ3XP. Probeer het nog eens."


def filed(reference: str, receipt_code: Optional[str]) -> List[str]:
    lines = [f"Je melding is verstuurd. Je meldingsnummer is {reference}."]
    if receipt_code:
        lines.append(
            f"Je geheime code is: {receipt_code}\n"
            "Bewaar deze code goed en deel hem met niemand. Ik laat hem maar één keer zien "
            "en niemand kan hem terughalen."
        )
        lines.append(
            "Wil je later weten hoe het ervoor staat? Zeg dan \"wat is de status van mijn melding\" "
            "en geef je meldingsnummer en je code."
        )
    else:
        lines.append("Bewaar je meldingsnummer. Vragen over je melding stel je aan je leidinggevende of de ontvanger.")
    return lines


def buttons(*pairs: str) -> List[Dict[str, str]]:
    """buttons("Ja", "/affirm", "Nee", "/deny") -> Rasa button dicts."""
    return [{"title": title, "payload": payload} for title, payload in zip(pairs[::2], pairs[1::2])]
