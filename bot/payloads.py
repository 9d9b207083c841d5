"""Which texts that look like Rasa payloads (`/intent` or `/intent{"entity": "value"}`) are let
through as payloads.

Rasa reads any text that starts with "/" and names an intent of the domain as that intent with
those entities, skipping the NLU; the entities then fill slots through their mappings. A user
could so type `/melding_doen{"melding_type": "geschenk", "melding_omschrijving": "..."}` and set
a notice's fields without being asked. Buttons send payloads, and a button's payload is typed
text as far as a channel can tell, so a payload is let through only in a form some button sends:
an intent of the domain without entities, or one of the exact entity sets the buttons send
(domain.yml's buttons, and the notice type and field choices the actions build with `payload`).
Anything else starting with "/" reaches the NLU as plain text, without the slashes.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, FrozenSet, Tuple

import yaml

DOMAIN = Path(__file__).resolve().parent.parent / "domain.yml"
# The intent group of Rasa's own pattern (RegexMessageHandler), but only names and no confidence.
PAYLOAD = re.compile(r"/(?P<intent>\w+)(?P<entities>\{.*\})?", re.S)
NOTICE_TYPE_ENTITY = "melding_type"
NOTICE_FIELD_ENTITY = "melding_veld"

Entities = Tuple[Tuple[str, str], ...]


def is_payload(text: str) -> bool:
    """Whether a text has a payload's form (a button's, or one typed so)."""
    return bool(PAYLOAD.fullmatch(text.strip()))


def payload(intent: str, **entities: str) -> str:
    """A button's payload: `/intent` or `/intent{"entity": "value"}`."""
    return f"/{intent}{json.dumps(entities, ensure_ascii=False) if entities else ''}"


def notice_type_choice(notice_type: str) -> str:
    return payload("melding_doen", **{NOTICE_TYPE_ENTITY: notice_type})


def notice_field_choice(slot: str) -> str:
    return payload("melding_aanpassen", **{NOTICE_FIELD_ENTITY: slot})


def in_domain(payload_sent: str) -> str:
    """A payload as domain.yml writes it: braces doubled, so that Rasa does not take
    `{"relatie": "familie"}` for a slot to fill in (and log an error for every question)."""
    return payload_sent.replace("{", "{{").replace("}", "}}")


def sent_payload(button: Dict) -> str:
    """The payload a button of domain.yml sends (see `in_domain`)."""
    return button["payload"].replace("{{", "{").replace("}}", "}")


@lru_cache(maxsize=None)
def _allowed() -> Tuple[FrozenSet[str], FrozenSet[Tuple[str, Entities]]]:
    """(the domain's intents, the (intent, entities) pairs that buttons send)."""
    domain = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))
    intents = frozenset(i if isinstance(i, str) else next(iter(i)) for i in domain["intents"])
    sent = [sent_payload(b) for variations in domain["responses"].values() for v in variations
            for b in v.get("buttons") or []]
    from bot.notices import form  # here, not above: form reads answers with is_payload

    sent += [notice_type_choice(t) for t in form.FORMS] + [notice_field_choice(s) for s in form.ALL_SLOTS]
    with_entities = set()
    for text in sent:
        parsed = _parse(text)
        if parsed and parsed[1]:
            with_entities.add(parsed)
    return intents, frozenset(with_entities)


THEME_BUTTONS = "utter_greet_start"  # the response whose buttons name every theme


@lru_cache(maxsize=None)
def theme_titles() -> Dict[str, str]:
    """The titles of the theme buttons, lowercase, with the intent each sends ("iets wat niet klopt": ...)."""
    domain = yaml.safe_load(DOMAIN.read_text(encoding="utf-8"))
    return {b["title"].lower(): b["payload"].lstrip("/") for b in domain["responses"][THEME_BUTTONS][0]["buttons"]}


def _parse(text: str) -> Any:
    """(intent, entities as sorted pairs of strings) of a payload, or None if it is none."""
    match = PAYLOAD.fullmatch(text)
    if not match:
        return None
    if not match["entities"]:
        return match["intent"], ()
    try:
        entities = json.loads(match["entities"])
    except ValueError:
        return None
    if not isinstance(entities, dict) or not all(isinstance(v, str) for v in entities.values()):
        return None
    return match["intent"], tuple(sorted(entities.items()))


def as_received(text: str) -> str:
    """`text` itself if it is a payload some button sends (written the way Rasa reads it), else
    the text without the leading slashes, which Rasa reads as plain text."""
    if not text.startswith("/"):
        return text
    intents, with_entities = _allowed()
    parsed = _parse(text)
    if parsed and parsed[0] in intents and (not parsed[1] or parsed in with_entities):
        return payload(parsed[0], **dict(parsed[1]))
    return re.sub(r"^[\s/]+", "", text)
