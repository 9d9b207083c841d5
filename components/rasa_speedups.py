"""Two costs Rasa 3.6 pays for every message that buy nothing, cut.

Found with py-spy on the Rasa server under `./manage bench load` (the Rasa server's main thread
is the bottleneck there):
- `RemoteAction._validate_action_result` builds a JSON-schema validator and checks the schema
  itself for every custom action's reply (`jsonschema.validate`): 3.5 ms a reply. Here the
  validator is built once: 1.2 ms, the same schema, the same errors.
- `Event.resolve_by_type` walks every subclass of `Event` for each event it deserialises:
  26 µs an event, that is a few milliseconds for every message of a long conversation, since Rasa
  reads the whole conversation from the tracker store for each message. Here the answer is
  remembered per (type name, default).

Rasa has no hook for either; `install()` replaces the two methods, and the tracker store
(`components/tracker_store.py`, the one class of ours every Rasa server builds at start) calls it.
"""
from __future__ import annotations

import functools
from typing import Any, Dict, Text

from jsonschema import ValidationError, validators
from rasa.core.actions.action import RemoteAction
from rasa.shared.constants import DOCS_BASE_URL
from rasa.shared.core.events import Event

_resolve_by_type = Event.resolve_by_type


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


def install() -> None:
    """Idempotent."""
    RemoteAction._validate_action_result = _validate_action_result
    if not hasattr(Event.resolve_by_type, "cache_info"):
        Event.resolve_by_type = staticmethod(functools.lru_cache(maxsize=None)(_resolve_by_type))
