"""After an FAQ answer about a theme: the offer to look at the user's own case."""
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import never_raises
from bot.themes import FAQ_THEMES

OFFER = "Wil je dat ik met je naar je eigen situatie kijk?"


class ActionFaqEigenSituatie(Action):
    def name(self) -> str:
        return "action_faq_eigen_situatie"

    @never_raises
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        selected = tracker.latest_message.get("response_selector", {}).get("faq", {}).get("response", {})
        theme = FAQ_THEMES.get(selected.get("intent_response_key", ""))
        # not when the conversation is about that theme already (e.g. "Meer over je bescherming"
        # under the advice about a suspected wrongdoing)
        if theme and theme != tracker.get_slot("thema"):
            dispatcher.utter_message(text=OFFER, buttons=[
                {"title": "Ja, kijk naar mijn situatie", "payload": f"/{theme}"},
                {"title": "Nee, dank je", "payload": "/thankyou"},
            ])
        return []
