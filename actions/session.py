"""The start of every conversation: the profile's values as slots, the opening message, and a
new random key for the conversation's trend facts (bot/trends.py)."""
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import never_raises, profile_kwargs
from bot.trends import TOKEN_SLOT, new_token

PROFILE_SLOTS = (
    "org_naam",
    "geschenk_drempel",
    "contact_vertrouwenspersonen",
    "contact_integriteitscoordinator",
    "link_folder",
    "link_meldregeling",
    "link_nevenwerk",
    "bewaartermijn_dagen",
)


class ActionSessionStart(Action):
    def name(self) -> str:
        return "action_session_start"

    @never_raises
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        values = profile_kwargs()
        dispatcher.utter_message(response="utter_welkom", **values)
        return [
            SessionStarted(),
            *(SlotSet(slot, values[slot]) for slot in PROFILE_SLOTS),
            SlotSet(TOKEN_SLOT, new_token()),
            ActionExecuted("action_listen"),
        ]
