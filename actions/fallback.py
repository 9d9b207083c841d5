"""The first stage of the two-stage fallback: ask instead of guess, in Dutch, with buttons.

Between two or three close themes: "Gaat het vooral om ... of om ...?" with a button for each;
with one guess: "Gaat je vraag over ...?" yes or no. "Iets anders" and "Nee" send the intent
out_of_scope, which Rasa's two-stage fallback takes for a no: it asks to rephrase (any other
intent, deny too, would count as the answer and be replayed as the user's message)."""
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import never_raises
from bot.advice import text
from bot.language import english_said
from bot.payloads import THEME_BUTTONS
from bot.profile import load_profile
from bot.themes import INTENT_LABELS, close_themes, either_or



class ActionDefaultAskAffirmation(Action):
    def name(self) -> str:
        return "action_default_ask_affirmation"

    @never_raises
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        if english_said(tracker.latest_message.get("text") or ""):
            dispatcher.utter_message(text=text("invoer.engels", load_profile()))
        ranking = tracker.latest_message.get("intent_ranking", [])
        themes = close_themes(ranking)
        if len(themes) > 1:
            titles = {b["payload"].lstrip("/"): b["title"] for b in domain["responses"][THEME_BUTTONS][0]["buttons"]}
            dispatcher.utter_message(
                text=f"Ik wil je goed helpen. Gaat het vooral om {either_or(INTENT_LABELS[t] for t in themes)}?",
                buttons=[{"title": titles[t], "payload": f"/{t}"} for t in themes]
                + [{"title": "Iets anders", "payload": "/out_of_scope"}],
            )
            return []
        guess = next((i["name"] for i in ranking if i.get("name") in INTENT_LABELS), None)
        if guess is None:
            dispatcher.utter_message(response="utter_ask_rephrase")
            return []
        dispatcher.utter_message(
            text=f"Ik weet niet zeker of ik je goed begrijp. Gaat je vraag over {INTENT_LABELS[guess]}?",
            buttons=[
                {"title": "Ja", "payload": f"/{guess}"},
                {"title": "Nee", "payload": "/out_of_scope"},
            ],
        )
        return []
