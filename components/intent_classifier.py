"""Rasa adapter for `bot.nlp.intent_model`: predicts the intent and its ranking of a message,
and for someone else's conduct the theme it is about (output key `onderwerp`)."""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text

import skops.io as sio
from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlp.intent_model import SETTINGS, IntentModel, dependencies_fingerprint, load_trusted, sentence_encoder
from bot.themes import OTHERS_CONDUCT

FILE = "intent_model.skops"
SUBJECT = "onderwerp"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class IntentModelClassifier(IntentClassifier, GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**SETTINGS, "ranking_length": 10}

    @classmethod
    def fingerprint_addon(cls, config: Dict[Text, Any]) -> Optional[str]:
        """Retrain (no cache hit) when the model code, its libraries or the spaCy pipeline change."""
        return dependencies_fingerprint()

    def __init__(self, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
                 model: Optional[IntentModel] = None) -> None:
        self.config = {**self.get_default_config(), **config}
        self.model = model
        self._storage = model_storage
        self._resource = resource

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "IntentModelClassifier":
        return cls(config, model_storage, resource)

    def train(self, training_data: TrainingData) -> Resource:
        examples = [e for e in training_data.intent_examples if e.get(TEXT) and e.get(INTENT)]
        model = IntentModel(**{name: self.config[name] for name in SETTINGS})
        self.model = model.fit([e.get(TEXT) for e in examples], [e.get(INTENT) for e in examples],
                               [((e.get("metadata") or {}).get("example") or {}).get("thema", "") for e in examples])
        with self._storage.write_to(self._resource) as directory:
            sio.dump(self.model, directory / FILE)
        return self._resource

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "IntentModelClassifier":
        with model_storage.read_from(resource) as directory:
            model = load_trusted(directory / FILE)
        sentence_encoder()  # loaded now, not on the first message
        return cls(config, model_storage, resource, model)

    def process(self, messages: List[Message]) -> List[Message]:
        texts = [m for m in messages if m.get(TEXT)]
        if not texts:
            return messages
        rows, subjects = self.model.analyse([m.get(TEXT) for m in texts])
        for message, row, subject in zip(texts, rows, subjects):
            ranking = sorted(({"name": name, "confidence": float(p)} for name, p in zip(self.model.classes_, row)),
                             key=lambda intent: -intent["confidence"])
            message.set(INTENT, ranking[0], add_to_output=True)
            message.set(INTENT_RANKING_KEY, ranking[: self.config["ranking_length"]], add_to_output=True)
            if ranking[0]["name"] == OTHERS_CONDUCT and subject is not None:
                message.set(SUBJECT, subject, add_to_output=True)
        return messages
