"""The FAQ selector as Rasa runs it: trained, stored, loaded, and read by Rasa's retrieval action."""
import asyncio

from rasa.core.actions.action import ActionRetrieveResponse
from rasa.core.channels import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from components.faq_selector import FaqSelector

QUESTIONS = {
    "faq/ambtseed": ["wat houdt de ambtseed in", "waarom moet ik de eed afleggen", "wat beloof ik bij de belofte"],
    "faq/vertrouwenspersoon": ["wat doet een vertrouwenspersoon", "bij wie kan ik vertrouwelijk terecht",
                               "wie is de vertrouwenspersoon integriteit"],
}
RESPONSES = {"utter_faq/ambtseed": [{"text": "De eed of belofte ..."}],
             "utter_faq/vertrouwenspersoon": [{"text": "Een vertrouwenspersoon ..."}]}
CONTEXT = ExecutionContext(GraphSchema({}))


def trained(tmp_path) -> FaqSelector:
    storage, resource = LocalModelStorage(tmp_path), Resource("faq")
    messages = [Message(data={TEXT: text, INTENT: "faq", INTENT_RESPONSE_KEY: key})
                for key, texts in QUESTIONS.items() for text in texts]
    messages.append(Message(data={TEXT: "hoi", INTENT: "greet"}))
    FaqSelector.create({}, storage, resource, CONTEXT).train(TrainingData(messages, responses=RESPONSES))
    return FaqSelector.load({}, storage, resource, CONTEXT)


def test_a_stored_and_loaded_selector_picks_the_question_asked_in_rasas_format(tmp_path):
    message = Message(data={TEXT: "wie is bij ons de vertrouwenspersoon", INTENT: {"name": "faq", "confidence": 0.9}})
    trained(tmp_path).process([message])
    selected = message.get("response_selector")["faq"]
    assert selected["response"]["intent_response_key"] == "faq/vertrouwenspersoon"
    assert selected["response"]["utter_action"] == "utter_faq/vertrouwenspersoon"
    assert selected["response"]["responses"] == RESPONSES["utter_faq/vertrouwenspersoon"]
    assert [label["intent_response_key"] for label in selected["ranking"]][0] == "faq/vertrouwenspersoon"
    assert selected["response"]["confidence"] == selected["ranking"][0]["confidence"] > 0.5


def test_a_message_of_another_intent_gets_no_answer_chosen(tmp_path):
    message = Message(data={TEXT: "wat houdt de ambtseed in", INTENT: {"name": "greet", "confidence": 0.9}})
    trained(tmp_path).process([message])
    assert message.get("response_selector") is None


def test_rasas_retrieval_action_answers_with_the_selected_response(tmp_path):
    message = Message(data={TEXT: "moet ik een eed afleggen", INTENT: {"name": "faq", "confidence": 0.9}})
    trained(tmp_path).process([message])
    domain = Domain.from_dict({"intents": ["faq"], "responses": RESPONSES, "actions": ["utter_faq"]})
    tracker = DialogueStateTracker.from_events("u", [UserUttered(message.get(TEXT), message.get(INTENT),
                                                                  parse_data=message.as_dict(only_output_properties=True))])
    channel = CollectingOutputChannel()
    events = asyncio.run(ActionRetrieveResponse("utter_faq").run(
        channel, TemplatedNaturalLanguageGenerator(domain.responses), tracker, domain))
    assert [event.text for event in events] == ["De eed of belofte ..."]
