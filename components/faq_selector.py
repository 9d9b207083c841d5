"""The FAQ answer for a question about the code: which `faq/<key>` a message asks, in the output
format of Rasa's ResponseSelector, so that Rasa's retrieval action `utter_faq` answers it.

The intent model's kind (`bot.nlp.intent_model.intent_model`: logistic regression on TF-IDF
n-grams and the sentence embedding) in place of Rasa's ResponseSelector, a TensorFlow model of
294 MB that took about 6 ms of every message and the largest share of the server's memory.
5-fold cross-validation on the 297 FAQ examples (21 questions), accuracy: 0.791 with the
embedding weighted 1.0 and C 10 (0.754 at 0.5, 0.771 at 2.0; C 30: 0.785); n-grams alone 0.727;
Rasa's ResponseSelector as configured before (60 epochs), in Rasa's own cross-validation: 0.670.
"""
from __future__ import annotations

import json
from typing import Any, Dict, List, Optional, Text

import skops.io as sio
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import (
    RESPONSE_SELECTOR_PREDICTION_KEY,
    RESPONSE_SELECTOR_PROPERTY_NAME,
    RESPONSE_SELECTOR_RANKING_KEY,
    RESPONSE_SELECTOR_RESPONSES_KEY,
    RESPONSE_SELECTOR_RETRIEVAL_INTENTS,
    RESPONSE_SELECTOR_UTTER_ACTION_KEY,
)
from rasa.shared.nlu.constants import INTENT, INTENT_RESPONSE_KEY, PREDICTED_CONFIDENCE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.pipeline import Pipeline

from bot.nlp.intent_model import dependencies_fingerprint, intent_model, load_trusted

RETRIEVAL_INTENT = "faq"
MODEL_FILE = "faq_model.skops"
RESPONSES_FILE = "faq_responses.json"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class FaqSelector(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {"C": 10.0, "char_ngrams": [1, 4], "word_ngrams": [1, 2], "meaning_weight": 1.0, "ranking_length": 5}

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """Retrain when the model code, its libraries or the spaCy pipeline change."""
        return dependencies_fingerprint()

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 model: Optional[Pipeline] = None, responses: Optional[Dict[Text, List]] = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self.model, self.responses = model, responses or {}
        self._storage, self._resource = model_storage, resource

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "FaqSelector":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples
                    if e.get(INTENT) == RETRIEVAL_INTENT and e.get(INTENT_RESPONSE_KEY) and e.get(TEXT)]
        if len({e.get(INTENT_RESPONSE_KEY) for e in examples}) > 1:  # (small test data may have none)
            model = intent_model(self.config["C"], self.config["char_ngrams"], self.config["word_ngrams"],
                                 self.config["meaning_weight"])
            self.model = model.fit([e.get(TEXT) for e in examples], [e.get(INTENT_RESPONSE_KEY) for e in examples])
            self.responses = {key: value for key, value in training_data.responses.items()
                              if key.startswith(f"utter_{RETRIEVAL_INTENT}/")}
            with self._storage.write_to(self._resource) as directory:
                sio.dump(self.model, directory / MODEL_FILE)
                (directory / RESPONSES_FILE).write_text(json.dumps(self.responses), encoding="utf-8")
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "FaqSelector":
        with model_storage.read_from(resource) as directory:
            if not (directory / MODEL_FILE).exists():  # trained without FAQ data
                return cls(config, model_storage, resource)
            model = load_trusted(directory / MODEL_FILE)
            responses = json.loads((directory / RESPONSES_FILE).read_text(encoding="utf-8"))
        return cls(config, model_storage, resource, model, responses)

    def process(self, messages: List[Message]) -> List[Message]:
        """Only messages whose intent is the FAQ get an answer chosen (Rasa's retrieval action
        reads it only then)."""
        asked = [m for m in messages if self.model is not None and m.get(TEXT)
                 and (m.get(INTENT) or {}).get("name") == RETRIEVAL_INTENT]
        if not asked:
            return messages
        for message, probabilities in zip(asked, self.model.predict_proba([m.get(TEXT) for m in asked])):
            ranking = sorted(({INTENT_RESPONSE_KEY: key, PREDICTED_CONFIDENCE_KEY: float(p)}
                              for key, p in zip(self.model.classes_, probabilities)),
                             key=lambda label: -label[PREDICTED_CONFIDENCE_KEY])[: self.config["ranking_length"]]
            top = ranking[0]
            utter_action = f"utter_{top[INTENT_RESPONSE_KEY]}"
            message.set(RESPONSE_SELECTOR_PROPERTY_NAME, {
                RESPONSE_SELECTOR_RETRIEVAL_INTENTS: [RETRIEVAL_INTENT],
                RETRIEVAL_INTENT: {
                    RESPONSE_SELECTOR_PREDICTION_KEY: {
                        RESPONSE_SELECTOR_RESPONSES_KEY: self.responses.get(utter_action, []),
                        PREDICTED_CONFIDENCE_KEY: top[PREDICTED_CONFIDENCE_KEY],
                        INTENT_RESPONSE_KEY: top[INTENT_RESPONSE_KEY],
                        RESPONSE_SELECTOR_UTTER_ACTION_KEY: utter_action,
                    },
                    RESPONSE_SELECTOR_RANKING_KEY: ranking,
                },
            }, add_to_output=True)
        return messages
