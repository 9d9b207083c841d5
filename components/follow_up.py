"""A short question right after the advice goes on about that advice's theme.

"moet ik het teruggeven?" after the advice about a gift reads, to the NLU, like any theme (it was
taken for a side job, or for the municipality's things); the NLU sees one message and no
conversation. Here, when the bot's last action was the advice and the message reads as a
follow-up (`bot.said.follow_up`), a theme, fallback or FAQ the NLU found ("wat moet ik dan tegen
haar zeggen?" was answered with the civil servant's oath) is replaced by the theme of
that advice, marked `vervolg`, so that the facts already told are kept (actions/advice.py) and
the advice is given again for them, with a new amount or the like that the message names.

Rasa has no hook for this (NLU components get no tracker); `install()` wraps the processor's
parse, as components/rasa_speedups.py does, and the tracker store calls it at start.
"""
from __future__ import annotations

from typing import Any, Dict, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, PREDICTED_CONFIDENCE_KEY

from bot.said import follow_up
from bot.themes import THEMES

FOLLOW_UP_KEY = "vervolg"
ADVICE_ACTION = "action_advies"
THEME_SLOT = "thema"


def after_advice(tracker: DialogueStateTracker) -> bool:
    last = tracker.get_last_event_for(ActionExecuted, action_names_to_exclude=[ACTION_LISTEN_NAME])
    return last is not None and last.action_name == ADVICE_ACTION


def in_context(parse_data: Dict[Text, Any], tracker: DialogueStateTracker) -> Dict[Text, Any]:
    """`parse_data`, with the advice's theme for a follow-up question to it."""
    theme = tracker.get_slot(THEME_SLOT)
    found = (parse_data.get(INTENT) or {}).get(INTENT_NAME_KEY)
    if (theme in THEMES and (found in THEMES or found in ("nlu_fallback", "faq"))
            and follow_up(parse_data.get("text") or "") and after_advice(tracker)):
        parse_data[INTENT] = {INTENT_NAME_KEY: theme, PREDICTED_CONFIDENCE_KEY: 1.0}
        parse_data[FOLLOW_UP_KEY] = True
    return parse_data


def install() -> None:
    """Idempotent; after components/rasa_speedups.py's install, whose parse it wraps."""
    parse = MessageProcessor._parse_message_with_graph
    if getattr(parse, "follows_up", False):
        return

    def parse_in_context(self: MessageProcessor, message: UserMessage, tracker: DialogueStateTracker,
                         only_output_properties: bool = True) -> Dict[Text, Any]:
        return in_context(parse(self, message, tracker, only_output_properties), tracker)

    parse_in_context.follows_up = True
    MessageProcessor._parse_message_with_graph = parse_in_context
