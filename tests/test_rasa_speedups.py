"""The two Rasa methods components/rasa_speedups.py replaces still answer as Rasa's own do."""
import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.shared.core.events import Event, SlotSet
from rasa.shared.utils.common import all_subclasses

from components import rasa_speedups

rasa_speedups.install()
ACTION = RemoteAction("action_advies", None)


def test_a_valid_action_reply_is_accepted():
    reply = {"events": [{"event": "slot", "name": "bedrag", "value": 30}, {"event": "active_loop", "name": None}],
             "responses": [{"text": "Dank je.", "buttons": [{"title": "Ja", "payload": "/affirm"}]}]}
    assert ACTION._validate_action_result(reply)


@pytest.mark.parametrize("reply", [
    {"events": [{"name": "bedrag"}]},  # an event without its type
    {"events": [{"event": "slot", "name": "bedrag", "value": 30}], "responses": "Dank je."},
    {"events": {"event": "slot"}},
])
def test_a_malformed_action_reply_is_refused_with_rasas_message(reply):
    with pytest.raises(ValidationError, match="Failed to validate Action server response"):
        ACTION._validate_action_result(reply)


def test_every_event_type_resolves_as_rasa_resolves_it():
    for cls in all_subclasses(Event):
        assert Event.resolve_by_type(cls.type_name) is rasa_speedups._resolve_by_type(cls.type_name)
    assert Event.resolve_by_type("slot") is SlotSet
    assert Event.resolve_by_type("topic") is None
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")
