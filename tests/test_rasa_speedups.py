"""The Rasa methods components/rasa_speedups.py replaces still answer as Rasa's own do."""
import asyncio
import json
import os

import pytest
import ujson
from aiohttp import web
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import UserMessage
from rasa.shared.core.events import Event, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.utils.common import all_subclasses
from rasa.utils.endpoints import EndpointConfig

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


PARSED = [
    "/affirm",
    "/dilemma_geschenk",
    '/melding_doen{"melding_type": "vermoeden_misstand"}',
    "/deny@0.4",
    "  /greet",
    "/no_such_intent",  # not a payload of a known intent: the pipeline reads it as text
    '/affirm{"bedrag": ',  # malformed
    "/",
    "ik kreeg een fles wijn van een leverancier",
]


@pytest.fixture(scope="module")
def processor():
    """The trained model in this process (needs $MODEL, as ./manage test sets it)."""
    model = os.environ.get("MODEL")
    if not model:
        pytest.skip("needs a trained model: run through ./manage test")
    from rasa.core.agent import load_agent
    return asyncio.run(load_agent(model_path=model)).processor


@pytest.mark.parametrize("text", PARSED)
def test_a_message_parses_as_the_whole_pipeline_parses_it(processor, text):
    message, tracker = UserMessage(text, sender_id="s"), DialogueStateTracker.from_events("s", [])
    whole = rasa_speedups._parse_message_with_graph(processor, message, tracker)
    assert processor._parse_message_with_graph(message, tracker) == whole


def test_a_payload_of_a_known_intent_skips_the_pipeline(processor, monkeypatch):
    def pipeline(*args):
        raise AssertionError("the pipeline ran")

    monkeypatch.setattr(rasa_speedups, "_parse_message_with_graph", pipeline)
    parsed = processor._parse_message_with_graph(UserMessage("/affirm"), DialogueStateTracker.from_events("s", []))
    assert parsed["intent"] == {"name": "affirm", "confidence": 1.0}
    with pytest.raises(AssertionError, match="the pipeline ran"):
        processor._parse_message_with_graph(UserMessage("mag dat?"), DialogueStateTracker.from_events("s", []))


PAYLOAD = {"next_action": "action_advies", "sender_id": "s",
           "tracker": {"events": [{"event": "user", "text": "één/twee", "parse_data": {"confidence": 0.123456789}},
                                  {"event": "slot", "name": "bedrag", "value": None}]}}


def test_an_action_call_arrives_as_the_same_json_written_by_ujson():
    received = []

    async def call() -> None:
        async def webhook(request: web.Request) -> web.Response:
            received.append(await request.text())
            return web.json_response({"events": [], "responses": []})

        app = web.Application()
        app.router.add_post("/webhook", webhook)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        try:
            reply = await EndpointConfig(f"http://127.0.0.1:{port}/webhook").request(json=PAYLOAD, method="post")
        finally:
            await runner.cleanup()
        assert reply == {"events": [], "responses": []}

    asyncio.run(call())
    assert json.loads(received[0]) == PAYLOAD
    assert received[0] == ujson.dumps(PAYLOAD, ensure_ascii=False, escape_forward_slashes=False)
    assert "één/twee" in received[0]  # not escaped: the body is smaller
