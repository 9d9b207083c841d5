"""A short question right after the advice is taken for that advice's theme (components/follow_up.py)."""
import pytest
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.said import follow_up
from components.follow_up import in_context


def conversation(last_action: str, theme: str = "dilemma_geschenk") -> DialogueStateTracker:
    return DialogueStateTracker.from_events("s", [
        ActionExecuted("action_listen"), UserUttered("ik kreeg een fles wijn van 60 euro"),
        ActionExecuted("action_nieuw_thema"), SlotSet("thema", theme), ActionExecuted(last_action),
        ActionExecuted("action_listen"),
    ])


def parsed(text: str, intent: str, confidence: float = 0.9) -> dict:
    return {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": []}


@pytest.mark.parametrize("text, found", [
    ("ok en moet ik het ergens melden?", "dilemma_nevenwerkzaamheden"),
    ("moet ik ze dan terugsturen?", "dilemma_gemeentelijke_voorzieningen"),
    ("moet ik het teruggeven?", "nlu_fallback"),
    ("en als het 60 euro was?", "dilemma_geschenk"),  # the same theme: its facts must be kept too
    ("wat moet ik dan tegen haar zeggen?", "faq"),
])
def test_a_follow_up_to_the_advice_keeps_its_theme(text, found):
    result = in_context(parsed(text, found), conversation("action_advies"))
    assert result["intent"]["name"] == "dilemma_geschenk" and result["vervolg"] is True


@pytest.mark.parametrize("text, found, last_action", [
    ("en voor etentjes?", "dilemma_uitnodiging", "action_advies"),  # another matter
    ("mijn collega neemt papier mee naar huis, mag dat?", "dilemma_gemeentelijke_voorzieningen", "action_advies"),
    ("moet ik het teruggeven?", "dilemma_nevenwerkzaamheden", "utter_greet_start"),  # no advice just given
    ("wie is de vertrouwenspersoon?", "faq", "action_advies"),  # a question of its own
    ("nee dank je", "thankyou", "action_advies"),
])
def test_anything_else_is_left_as_the_nlu_found_it(text, found, last_action):
    result = in_context(parsed(text, found), conversation(last_action))
    assert result["intent"]["name"] == found and "vervolg" not in result


def test_a_long_message_is_a_new_matter_even_if_it_starts_like_a_follow_up():
    assert not follow_up("en dan nog iets anders: mijn buurman heeft een aanvraag ingediend die ik zelf moet behandelen")
