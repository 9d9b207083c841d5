"""The cues the readers of the other modules share: the first cue found in a text, and the words for a manager
and a relative."""
from __future__ import annotations

import re
from typing import Optional, Pattern, Tuple


def _first_cue(text: str, *cues: Tuple[Pattern, bool]) -> Optional[bool]:
    """The value of the first cue whose pattern is in the text, else None."""
    return next((value for pattern, value in cues if pattern.search(text or "")), None)


MANAGER = r"(?:leidinggevende|teamleider|manager|baas|chef|afdelingshoofd|directeur|(?:stage|werk|praktijk)?begeleider)"  # (an intern's, EC-04)
RELATIVE = (r"(?:zwager|schoonzus|broer|zus|zoon|dochter|vrouw|man|echtgeno\w+|partner|vriendin|vriend|neef|nicht|vader|"
            r"moeder|schoon(?:vader|moeder|zoon|dochter|broer)|oom|tante)(?:tje|je|s|en)?\b")  # (not "manager")
# (a former colleague hired: "teamleider huurt voor de 3e keer zijn oud-collega in" was the user's own, JB-18)
THEIR_RELATIVE = rf"(?:zijn|haar|z'n|hun) (?:eigen )?(?:{RELATIVE}|familie\w*|(?:oud|ex)-?collega\w*)\b"


# farewell words ("prima, dan koop ik er zelf wel een. groetjes" got "Het lukt me niet"; "mijn leidinggevende is op vakantie
# tot maandag", without them, got "Tot ziens!", KC-13, KC-02)
FAREWELL = re.compile(r"\b(?:doei\w*|dag\b|tot ziens|tot later|tot de volgende|fijne (?:dag|avond|middag|ochtend|weekend|werkdag)|"
                      r"groet\w*|gegroet|bedankt|dank (?:je|u|jullie)|dankjewel|dankuwel|thanks|thx|thnx|bye|ciao|later\b|"
                      r"dat was het|top\b|mooi zo|prima\b|oke?\b|oké\b)", re.IGNORECASE)  # (not "duidelijk": "niet duidelijk")
