"""What every action needs: the profile, the facts from the tracker, and a safety net.

The action server answers an exception with an HTTP 500 whose body echoes the whole
request, including the user's messages. So no exception may leave an action.
"""
from __future__ import annotations

import asyncio
import functools
import logging
from abc import abstractmethod
from typing import Any, Awaitable, Callable, Dict, List

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction

from bot.advice import Facts, profile_values, text
from bot.profile import load_profile
from bot.said.safety import danger_said
from bot.trends import TOKEN_SLOT, record

logger = logging.getLogger(__name__)

NEW_THEME_ACTION = "action_nieuw_thema"  # run where the conversation turns to a theme
NOTICE_TYPE_SLOT = "melding_type"
ERROR_MESSAGE = (
    "Er ging iets mis aan mijn kant, sorry. Probeer het zo nog eens. "
    "Lukt het niet? Neem dan contact op met een vertrouwenspersoon of je leidinggevende."
)


def facts_from(tracker: Tracker) -> Facts:
    return Facts.from_mapping(tracker.slots)


def value_before_message(tracker: Tracker, slot: str) -> Any:
    """The slot's value before the latest user message (whose entities the slot mappings set)."""
    seen_message = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            seen_message = True
        elif seen_message and event.get("event") == "slot" and event.get("name") == slot:
            return event.get("value")
    return None


def slot_changes(tracker: Tracker, values: Dict[str, Any]) -> List[Dict[str, Any]]:
    """SlotSet events that give the slots these values, none for a slot that already holds its
    value: Rasa keeps every event and reads the whole conversation back for every message."""
    return [SlotSet(slot, value) for slot, value in values.items()
            if tracker.get_slot(slot) != value or type(tracker.get_slot(slot)) is not type(value)]


def profile_kwargs() -> Dict[str, str]:
    """The profile's values, to fill {placeholders} in domain responses."""
    return profile_values(load_profile())


async def record_trend(tracker: Tracker, **facts: Any) -> None:
    """Add anonymous facts to this conversation's trend row (bot/trends.py); never raises."""
    await asyncio.to_thread(record, tracker.get_slot(TOKEN_SLOT), channel=tracker.get_latest_input_channel(), **facts)


def never_raises(run: Callable[..., Awaitable[List[Dict[str, Any]]]]):
    """Turn any exception in an action into a Dutch apology and no events."""

    @functools.wraps(run)
    async def wrapper(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain):
        try:
            return await run(self, dispatcher, tracker, domain)
        except Exception as error:  # noqa: BLE001 - the whole point is to catch everything
            # Only the type and action name: the message could quote what the user typed.
            logger.error("action %s failed: %s", self.name(), type(error).__name__)
            dispatcher.utter_message(text=ERROR_MESSAGE)
            return []

    return wrapper


def events_since_message(tracker: Tracker) -> List[Dict[str, Any]]:
    """The events after the latest user message, latest first."""
    since = []
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            break
        since.append(event)
    return since


def theme_message(tracker: Tracker) -> str:
    """The user message that started the current theme (the one before the latest action_nieuw_thema)."""
    started = False
    for event in reversed(tracker.events):
        if event.get("event") == "action" and event.get("name") == NEW_THEME_ACTION:
            started = True
        elif started and event.get("event") == "user":
            return event.get("text") or ""
    return ""


def in_danger(tracker: Tracker) -> bool:
    """Whether the latest message tells of acute danger, or of fear after an earlier message did."""
    earlier = [event.get("text") or "" for event in tracker.events if event.get("event") == "user"][:-1]
    return danger_said(tracker.latest_message.get("text") or "", earlier)


def say_112_if_in_danger(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Acute danger told in answer to a question ("nee!! hij heeft me bedreigd, ik voel me niet veilig
    thuis", "ik durf niet alleen naar huis, hij staat op de parkeerplaats"): 112 first. A theme's
    first message gets it from action_nieuw_thema, hence only where no other action ran since the
    message (Rasa runs action_extract_slots after every message, and a form's validation sees the
    form itself as the latest action)."""
    since = [event.get("name") for event in events_since_message(tracker) if event.get("event") == "action"]
    if set(since) <= {"action_listen", "action_extract_slots", tracker.active_loop.get("name")} and in_danger(tracker):
        dispatcher.utter_message(text=text("escalatie.direct_gevaar", load_profile()))


class SafeFormValidationAction(FormValidationAction):
    """Base of every form validation: an exception in `required_slots`, `extract_<slot>` or
    `validate_<slot>` becomes the apology of `never_raises`, not an HTTP 500."""

    @abstractmethod
    def name(self) -> str:
        """validate_<form>; abstract, so the action server does not register this base class."""

    @never_raises
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain):
        say_112_if_in_danger(dispatcher, tracker)
        return await super().run(dispatcher, tracker, domain)

    async def get_validation_events(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain):
        # A slot just cleared (a new theme sets the facts it did not hear to None, right before
        # the form starts) is no answer: only values are validated, else a theme chosen with a
        # button would be told its empty answers cannot be read.
        answers = {name: value for name, value in tracker.slots_to_validate().items() if value is not None}
        tracker.slots_to_validate = lambda: dict(answers)
        return await super().get_validation_events(dispatcher, tracker, domain)


def sent_before(tracker: Tracker) -> List[str]:
    """The kinds of notice sent in this conversation: the kind at each sending that cleared it."""
    sent, kind, sending = [], None, False
    for event in tracker.events:
        if event.get("event") == "action":
            sending = event.get("name") == "action_melding_versturen"
        elif event.get("event") == "slot" and event.get("name") == NOTICE_TYPE_SLOT:
            if sending and event.get("value") is None and kind:
                sent.append(kind)
            kind = event.get("value")
    return sent
