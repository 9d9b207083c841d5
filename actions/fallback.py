"""The first stage of the two-stage fallback: "Bedoel je ...?" in Dutch, with buttons."""
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import never_raises
from bot.themes import INTENT_LABELS


class ActionDefaultAskAffirmation(Action):
    def name(self) -> str:
        return "action_default_ask_affirmation"

    @never_raises
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        ranking = tracker.latest_message.get("intent_ranking", [])
        guess = next((i["name"] for i in ranking if i.get("name") in INTENT_LABELS), None)
        if guess is None:
            dispatcher.utter_message(response="utter_ask_rephrase")
            return []
        dispatcher.utter_message(
            text=f"Ik weet niet zeker of ik je goed begrijp. Gaat je vraag over {INTENT_LABELS[guess]}?",
            buttons=[
                {"title": "Ja", "payload": f"/{guess}"},
                {"title": "Nee", "payload": "/deny"},
            ],
        )
        return []
