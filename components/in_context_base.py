"""Where a message is said (`Context`), read once for the stages of components/in_context.py, and what the stages share:
the names they read, the marks they set for the actions, the FAQ answer they choose and the model's next guess."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Dict, Optional, Text

from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY

from bot.themes import THEMES

# marks on the message for the actions
FOLLOW_UP_KEY = "vervolg"
ASKED_IN_FORM_KEY = "vraag_in_formulier"  # a question the advice answers, asked inside its walk-through
OTHER_MATTER_KEY = "ander_onderwerp"  # something serious of another matter told inside a notice (actions/notices.py)
SENT_TWICE_KEY = "dubbel"  # the same message as the one before, inside a notice (actions/notices.py)
PAUSE_KEY = "pauze"  # a short break asked for inside a notice or at its summary (actions/notices.py)
FAQ_CHOSEN_KEY = "faq_gekozen"
EARLIER_BUTTON_KEY = "eerdere_knop"  # (actions/notices.py says so at the summary)
SUBJECT_KEY = "onderwerp"  # what someone else's conduct is about (components/intent_classifier.py)

ADVICE_ACTION = "action_advies"
SUMMARY_ACTIONS = ("action_melding_samenvatting", "action_melding_aanpassen")
CHANGE_ACTION = SUMMARY_ACTIONS[1]  # "Wat wil je aanpassen?", whose yes is its button "Niets, versturen"
# "Gaat je vraag over ...?": asked by the two-stage fallback, which logs itself, not the action it runs
FALLBACK = "action_two_stage_fallback"
ASKING_AFFIRMATION = ("action_default_ask_affirmation", FALLBACK)
SENT_ACTION, NEW_THEME_ACTION = "action_melding_versturen", "action_nieuw_thema"
THEME_SLOT = "thema"
UNWANTED_BEHAVIOUR = "dilemma_ongewenst_gedrag"
INVITATION = "dilemma_uitnodiging"
GIFT, FACILITIES, INFORMATION = "dilemma_geschenk", "dilemma_gemeentelijke_voorzieningen", "dilemma_vertrouwelijke_informatie"
SIDE_JOB, RELATIVE_IN_A_CASE = "dilemma_nevenwerkzaamheden", "dilemma_belangenverstrengeling"
LONGER_THAN_A_NO = 5  # words
THEME_SWITCH = re.compile(r"\b(?:gaat|ging) (?:het |eigenlijk |meer |juist |vooral )*(?:om|over)\b|\bander (?:onderwerp|ding)\b", re.I)
NOTICE_TYPE_SLOT, CHOOSING = "melding_type", "kiezen"  # actions/notices.py: the user picks the kind of notice
NOTICE_FORM = "_melding_form"
RESPONSE_SELECTOR, FAQ, HOME_VIOLENCE_ANSWER = "response_selector", "faq", "faq/huiselijk_geweld"
NEXT_GUESS = 0.3  # (config.yml: the fallback threshold is 0.35)
FACT_FORMS = ("geschenk_form", "uitnodiging_form", "belangen_form")  # the facts of an own dilemma
WALK_THROUGHS = (*FACT_FORMS, "ongewenst_form", "misstand_form")


@dataclass(frozen=True)
class Context:
    """Where a message is said, as every stage reads it."""

    tracker: DialogueStateTracker
    text: str
    found: Optional[str]  # the intent the NLU found
    last: Optional[str]  # the bot's last action
    theme: Optional[str]
    loop: str  # the active form, else ""
    in_notice_form: bool
    in_walk_through: bool
    at_summary: bool  # at a notice's summary or its menu of fields
    after_advice: bool  # right after the advice on a theme

    @classmethod
    def of(cls, parse_data: Dict[Text, Any], tracker: DialogueStateTracker) -> Context:
        last, theme, loop = last_action(tracker), tracker.get_slot(THEME_SLOT), tracker.active_loop_name or ""
        return cls(tracker=tracker, text=parse_data.get("text") or "",
                   found=(parse_data.get(INTENT) or {}).get(INTENT_NAME_KEY), last=last, theme=theme, loop=loop,
                   in_notice_form=loop.endswith(NOTICE_FORM), in_walk_through=loop in WALK_THROUGHS,
                   at_summary=last in SUMMARY_ACTIONS, after_advice=last == ADVICE_ACTION and theme in THEMES)


def last_action(tracker: DialogueStateTracker) -> Optional[str]:
    last = tracker.get_last_event_for(ActionExecuted, action_names_to_exclude=[ACTION_LISTEN_NAME])
    return last.action_name if last else None


def buttons_shown(tracker: DialogueStateTracker) -> list:
    """The buttons of the bot's last turn."""
    buttons: list = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            buttons = [b for b in (event.data or {}).get("buttons") or [] if str(b.get("payload", "")).startswith("/")] + buttons
    return buttons


def notice_sent(tracker: DialogueStateTracker) -> bool:
    """Whether a notice was sent in this conversation, and no other theme started since."""
    for event in reversed(tracker.events):
        if isinstance(event, ActionExecuted) and event.action_name in (SENT_ACTION, NEW_THEME_ACTION):
            return event.action_name == SENT_ACTION
    return False


def faq_answer(parse_data: Dict[Text, Any], key: str) -> str:
    """The intent `faq` with the FAQ answer `key` chosen, as the FAQ selector gives it."""
    parse_data.setdefault(RESPONSE_SELECTOR, {})[FAQ] = {
        "response": {"intent_response_key": key, "utter_action": f"utter_{key}", "confidence": 1.0, "responses": []},
        "ranking": []}
    parse_data[FAQ_CHOSEN_KEY] = True  # (at a notice's summary, actions/notices.py says it before "Wat wil je aanpassen?")
    return FAQ


def next_guess(parse_data: Dict[Text, Any], besides: str, themes_only: bool = False) -> Optional[Dict[Text, Any]]:
    """The model's best intent (or theme) other than `besides`, where it is a guess at all."""
    return next((i for i in parse_data.get(INTENT_RANKING_KEY) or []
                 if i.get(INTENT_NAME_KEY) != besides and i.get(PREDICTED_CONFIDENCE_KEY, 0) >= NEXT_GUESS
                 and (not themes_only or i.get(INTENT_NAME_KEY) in THEMES)), None)


def next_guess_or(parse_data: Dict[Text, Any], besides: str, otherwise: str, themes_only: bool = False) -> str:
    """The name of the model's next guess (`next_guess`), else `otherwise`."""
    return (next_guess(parse_data, besides, themes_only) or {}).get(INTENT_NAME_KEY, otherwise)
