"""Validation of the forms that collect the facts an advice needs."""
from abc import abstractmethod
from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import SafeFormValidationAction
from bot.advice import SEVERE_BEHAVIOUR
from bot.amounts import parse_amount

UNKNOWN = "onbekend"


def _without(slot: Text, slots: List[Text]) -> List[Text]:
    return [name for name in slots if name != slot]


class ValidateGeschenkForm(SafeFormValidationAction):
    def name(self) -> Text:
        return "validate_geschenk_form"

    async def required_slots(
        self, domain_slots: List[Text], dispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        # A discount, favour or cash gets its advice whatever it is worth.
        if tracker.get_slot("soort_gift") in ("korting", "gunst", "geld"):
            return _without("bedrag", domain_slots)
        return domain_slots

    async def validate_bedrag(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        if value == UNKNOWN or parse_amount(str(value)) is not None:
            return {"bedrag": value}
        dispatcher.utter_message(response="utter_bedrag_onbegrepen")
        return {"bedrag": None}


class _TalkFirstOnlyWhereWise(SafeFormValidationAction):
    """A walk-through form that never asks whether the user can talk to the person first
    where that is unsafe or unwise (`skip_talk`)."""

    @abstractmethod
    def skip_talk(self, tracker: Tracker) -> bool:
        """Whether the question about talking to the person first is left out."""

    async def required_slots(
        self, domain_slots: List[Text], dispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        return _without("veilig_gesprek", domain_slots) if self.skip_talk(tracker) else domain_slots


class ValidateOngewenstForm(_TalkFirstOnlyWhereWise):
    def name(self) -> Text:
        return "validate_ongewenst_form"

    def skip_talk(self, tracker: Tracker) -> bool:
        # harassment and threats: unsafe
        return tracker.get_slot("gedragsvorm") in SEVERE_BEHAVIOUR


class ValidateMisstandForm(_TalkFirstOnlyWhereWise):
    def name(self) -> Text:
        return "validate_misstand_form"

    def skip_talk(self, tracker: Tracker) -> bool:
        # a suspected wrongdoing: talking first could warn a suspect and lose evidence
        return tracker.get_slot("misstand_soort") == "misstand"
