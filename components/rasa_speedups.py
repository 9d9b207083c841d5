"""Costs Rasa 3.6 pays for many messages that buy nothing, cut.

Found with py-spy on the Rasa server under `./manage bench load` (the Rasa server's main thread
is the bottleneck there):
- `RemoteAction._validate_action_result` builds a JSON-schema validator and checks the schema
  itself for every custom action's reply (`jsonschema.validate`): 3.5 ms a reply. Here the
  validator is built once: 1.2 ms, the same schema, the same errors.
- `Event.resolve_by_type` walks every subclass of `Event` for each event it deserialises:
  26 µs an event, that is a few milliseconds for every message of a long conversation, since Rasa
  reads the whole conversation from the tracker store for each message. Here the answer is
  remembered per (type name, default).
- `MessageProcessor._parse_message_with_graph` runs the whole NLU pipeline (spaCy, the CRF, the
  sentence encoder) on a button's payload (`/intent{...}`) too, and then throws its result away:
  the pipeline's last step, RegexMessageHandler, replaces it by the payload's intent and entities.
  Here a payload of a known intent gets that step alone; any other text, a malformed payload
  included, the whole pipeline as before.
- Every call of a custom action sends the whole conversation and the domain to the action server
  as JSON (about 90 kB), serialised by the standard library's json. Here by ujson (a dependency of
  Rasa and Sanic already): the same JSON, 2.5 times faster, without spaces or escaped non-ASCII.

Rasa has no hook for any of these; `install()` replaces the methods, and the tracker store
(`components/tracker_store.py`, the one class of ours every Rasa server builds at start) calls it.
"""
from __future__ import annotations

import functools
from typing import Any, Dict, Text

import ujson
from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.nlu.classifiers.regex_message_handler import RegexMessageHandler
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import Event
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.nlu.constants import ENTITIES, INTENT, INTENT_NAME_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.utils.endpoints import EndpointConfig

_resolve_by_type = Event.resolve_by_type
_parse_message_with_graph = MessageProcessor._parse_message_with_graph
_session = EndpointConfig.session


@functools.lru_cache(maxsize=1)
def _action_reply_validator():
    schema = RemoteAction.action_response_format_spec()
    return validators.validator_for(schema)(schema)


def _validate_action_result(self: RemoteAction, result: Dict[Text, Any]) -> bool:
    try:
        _action_reply_validator().validate(result)
        return True
    except ValidationError as error:  # Rasa's own message, as in the method replaced
        error.message += (". Failed to validate Action server response from API, make sure your response from "
                          "the Action endpoint is valid. For more information about the format visit "
                          f"{DOCS_BASE_URL}/custom-actions")
        raise


def _parse_payload_or_text(self: MessageProcessor, message: UserMessage, tracker: DialogueStateTracker,
                           only_output_properties: bool = True) -> Dict[Text, Any]:
    payload = YAMLStoryReader.unpack_regex_message(Message(data={TEXT: message.text or ""}), self.domain,
                                                   entity_extractor_name=RegexMessageHandler.__name__)
    if not payload.get(INTENT):  # no payload of a known intent
        return _parse_message_with_graph(self, message, tracker, only_output_properties)
    # as Rasa builds it from the pipeline's output, which RegexMessageHandler replaced
    parse_data = {TEXT: "", INTENT: {INTENT_NAME_KEY: None, PREDICTED_CONFIDENCE_KEY: 0.0}, ENTITIES: []}
    parse_data.update(payload.as_dict(only_output_properties=only_output_properties))
    return parse_data


def _to_json(value: Any) -> str:
    return ujson.dumps(value, ensure_ascii=False, escape_forward_slashes=False)


def _session_with_fast_json(self: EndpointConfig):
    session = _session(self)
    session._json_serialize = _to_json  # what aiohttp serialises a request's `json=` with
    return session


def install() -> None:
    """Idempotent."""
    RemoteAction._validate_action_result = _validate_action_result
    MessageProcessor._parse_message_with_graph = _parse_payload_or_text
    EndpointConfig.session = _session_with_fast_json
    if not hasattr(Event.resolve_by_type, "cache_info"):
        Event.resolve_by_type = staticmethod(functools.lru_cache(maxsize=None)(_resolve_by_type))
