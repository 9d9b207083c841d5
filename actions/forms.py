"""Validation of the forms that collect the facts an advice needs."""
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


class ValidateOngewenstForm(SafeFormValidationAction):
    def name(self) -> Text:
        return "validate_ongewenst_form"

    async def required_slots(
        self, domain_slots: List[Text], dispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        # Harassment and threats: never ask whether the user can talk to the person first.
        if tracker.get_slot("gedragsvorm") in SEVERE_BEHAVIOUR:
            return _without("veilig_gesprek", domain_slots)
        return domain_slots
