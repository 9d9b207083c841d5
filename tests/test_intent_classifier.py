"""The intent classifier as Rasa runs it: trained, stored, loaded and asked."""
import numpy as np
import pytest
import skops.io as sio
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, INTENT_RESPONSE_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData
from sklearn.feature_extraction.text import TfidfVectorizer

from bot.nlp.intent_model import SETTINGS, IntentModel, SentenceMeaning
from components.intent_classifier import FILE, IntentModelClassifier

EXAMPLES = {
    "dilemma_geschenk": ["ik kreeg een kerstpakket van een leverancier", "mag ik die fles wijn van de aannemer houden",
                         "een inwoner gaf me een bos bloemen als dank"],
    "greet": ["hoi", "goedemorgen", "hallo daar"],
    "faq": ["wat zijn de kernwaarden van de gedragscode", "wat houdt de ambtseed in", "wat is een vertrouwenspersoon"],
}
CONTEXT = ExecutionContext(GraphSchema({}))


OTHERS = {  # someone else's conduct, with the theme it is about in the example's metadata
    "dilemma_geschenk": ["mijn collega nam een dure fles wijn aan van de aannemer",
                         "een collega van inkoop kreeg een horloge van een leverancier"],
    "dilemma_belangenverstrengeling": ["mijn teamleider gunt de opdracht aan het bedrijf van zijn zoon",
                                       "de projectleider huurt steeds het bureau van zijn zwager in"],
}
SUBJECT_EXAMPLES = {"dilemma_belangenverstrengeling": ["mijn broer schrijft in op een aanbesteding die ik behandel",
                                                       "de offerte van mijn neef komt bij mij binnen"]}


def trained(tmp_path, with_others=False, **config) -> IntentModelClassifier:
    storage = LocalModelStorage(tmp_path)
    resource = Resource("intents")
    examples = {**EXAMPLES, **(SUBJECT_EXAMPLES if with_others else {})}
    messages = [Message(data={TEXT: text, INTENT: intent, **({INTENT_RESPONSE_KEY: "faq/x"} if intent == "faq" else {})})
                for intent, texts in examples.items() for text in texts]
    if with_others:
        messages += [Message(data={TEXT: text, INTENT: "dilemma_vermoeden_misstand", "metadata": {"example": {"thema": theme}}})
                     for theme, texts in OTHERS.items() for text in texts]
    IntentModelClassifier.create(config, storage, resource, CONTEXT).train(TrainingData(messages))
    return IntentModelClassifier.load(config, storage, resource, CONTEXT)


def test_a_stored_and_loaded_model_ranks_the_intents_of_a_new_message(tmp_path):
    classifier = trained(tmp_path, ranking_length=2)
    message = Message(data={TEXT: "de leverancier stuurde me een kerstpakket met wijn"})
    classifier.process([message])

    assert message.get(INTENT)["name"] == "dilemma_geschenk"
    # The ranking must be the model's own probabilities, the two highest of them.
    model = dict(zip(classifier.model.classes_, classifier.model.predict_proba([message.get(TEXT)])[0]))
    ranking = message.get(INTENT_RANKING_KEY)
    assert len(ranking) == 2 and ranking[0] == message.get(INTENT)
    assert all(r["confidence"] == pytest.approx(model[r["name"]]) for r in ranking)
    left_out = [p for name, p in model.items() if name not in {r["name"] for r in ranking}]
    assert min(r["confidence"] for r in ranking) >= max(left_out)
    assert message.get(INTENT)["confidence"] == pytest.approx(max(model.values()))
    assert "intent" in message.as_dict(only_output_properties=True)


@pytest.mark.parametrize("text, subject", [
    ("een collega heeft van de leverancier een dure fles wijn gekregen en aangenomen", "dilemma_geschenk"),
    ("mijn teamleider geeft de klus aan het bedrijf van zijn zoon", "dilemma_belangenverstrengeling"),
])
def test_someone_elses_conduct_gets_the_theme_it_is_about(tmp_path, text, subject):
    classifier = trained(tmp_path, with_others=True)
    message = Message(data={TEXT: text})
    classifier.process([message])
    assert message.get(INTENT)["name"] == "dilemma_vermoeden_misstand"
    assert message.as_dict(only_output_properties=True)["onderwerp"] == subject


def test_an_own_dilemma_gets_no_separate_subject(tmp_path):
    classifier = trained(tmp_path, with_others=True)
    message = Message(data={TEXT: "mag ik die fles wijn van de aannemer houden"})
    classifier.process([message])
    assert message.get(INTENT)["name"] == "dilemma_geschenk" and message.get("onderwerp") is None


def test_retrieval_intents_are_learnt_under_their_base_name(tmp_path):
    classifier = trained(tmp_path)
    assert set(classifier.model.classes_) == set(EXAMPLES)
    message = Message(data={TEXT: "welke kernwaarden staan er in de gedragscode"})
    classifier.process([message])
    assert message.get(INTENT)["name"] == "faq"


def test_a_message_without_text_is_left_alone(tmp_path):
    classifier = trained(tmp_path)
    message = Message(data={INTENT: {"name": "greet", "confidence": 1.0}})
    classifier.process([message])
    assert message.get(INTENT) == {"name": "greet", "confidence": 1.0}


def lowercase(text: str) -> str:
    return text.lower()


def test_a_model_file_holding_untrusted_code_is_refused(tmp_path):
    trained(tmp_path)
    storage = LocalModelStorage(tmp_path)
    with storage.write_to(Resource("intents")) as directory:
        sio.dump(TfidfVectorizer(preprocessor=lowercase), directory / FILE)
    with pytest.raises(ValueError, match="not trusted"):
        IntentModelClassifier.load({}, storage, Resource("intents"), CONTEXT)


def test_the_sentence_embedding_puts_dutch_paraphrases_close_together():
    gift, paraphrase, unrelated = SentenceMeaning().transform([
        "mag ik het cadeau van de leverancier houden",
        "een bedrijf waar we zaken mee doen stuurde me een geschenk",
        "mijn collega scheldt me steeds uit waar iedereen bij is",
    ])
    assert gift @ paraphrase > gift @ unrelated + 0.1


def test_many_texts_encoded_in_threads_keep_their_own_meaning_and_order():
    texts = [f"{'erg ' * (k % 13)}vraag {k} over een cadeau van {k % 7} leveranciers" for k in range(150)]
    together = SentenceMeaning().transform(texts)
    one_by_one = np.vstack([SentenceMeaning().transform([text]) for text in texts])
    assert np.allclose(together, one_by_one, atol=1e-5)


def test_the_stored_model_holds_no_encoder_weights(tmp_path):
    trained(tmp_path)
    (stored,) = tmp_path.rglob(FILE)
    assert stored.stat().st_size < 1_000_000


OWN = {"dilemma_geschenk": ["ik kreeg een kerstpakket van een leverancier", "mag ik die fles wijn van de aannemer houden",
                            "een inwoner gaf me een bos bloemen als dank", "de leverancier wil me een cadeaubon geven"],
       "dilemma_belangenverstrengeling": ["mijn broer schrijft in op een aanbesteding die ik behandel",
                                          "de offerte van mijn neef komt bij mij binnen",
                                          "ik moet de vergunning van mijn buurman beoordelen",
                                          "mijn zus solliciteert op een baan in mijn team"]}
OTHERS_ONE_THEME = ["mijn teamleider gunt de opdracht aan het bedrijf van zijn zoon",
                    "de projectleider huurt steeds het bureau van zijn zwager in",
                    "een collega beoordeelt de aanvraag van zijn eigen vrouw",
                    "mijn leidinggevende neemt zijn vriend aan zonder sollicitatieronde"]


def factor_model() -> IntentModel:
    texts = [t for ts in OWN.values() for t in ts] + OTHERS_ONE_THEME + ["hoi", "goedemorgen", "hallo daar"]
    intents = [i for i, ts in OWN.items() for _ in ts] + ["dilemma_vermoeden_misstand"] * 4 + ["greet"] * 3
    themes = [""] * 8 + ["dilemma_belangenverstrengeling"] * 4 + [""] * 3
    return IntentModel(**SETTINGS).fit(texts, intents, themes)


def test_whose_conduct_it_is_carries_over_to_a_theme_without_examples_of_someone_elses_conduct():
    # Someone else's conduct was only shown about relatives; a colleague's gift is still
    # someone else's conduct, about the gift.
    model = factor_model()
    (row,), (subject,) = model.analyse(["een collega neemt steeds dure flessen wijn aan van de aannemer"])
    assert model.classes_[row.argmax()] == "dilemma_vermoeden_misstand" and subject == "dilemma_geschenk"
    (row,), _ = model.analyse(["mag ik de cadeaubon van de leverancier houden"])
    assert model.classes_[row.argmax()] == "dilemma_geschenk"


def test_the_split_keeps_the_flat_models_share_for_the_dilemmas_and_sums_to_one():
    model = factor_model()
    texts = ["mijn collega gunt de klus aan zijn neef", "hoi daar", "ik kreeg een taart van een inwoner"]
    split, _ = model.analyse(texts)
    flat = model.intents_.predict_proba(model.features_.transform(texts))
    dilemmas = [list(model.classes_).index(i) for i in (*OWN, "dilemma_vermoeden_misstand")]
    assert np.allclose(split.sum(axis=1), 1.0)
    assert np.allclose(split[:, dilemmas].sum(axis=1), flat[:, dilemmas].sum(axis=1))
    assert np.allclose(np.delete(split, dilemmas, axis=1), np.delete(flat, dilemmas, axis=1))


def test_a_theme_named_only_by_someone_elses_conduct_does_not_break_the_split():
    texts = ([t for ts in OWN.values() for t in ts] + OTHERS_ONE_THEME
             + ["mijn collega ging op kosten van de leverancier naar Parijs"])
    intents = [i for i, ts in OWN.items() for _ in ts] + ["dilemma_vermoeden_misstand"] * 5
    themes = [""] * 8 + ["dilemma_belangenverstrengeling"] * 4 + ["dilemma_uitnodiging"]
    model = IntentModel(**SETTINGS).fit(texts, intents, themes)
    rows, subjects = model.analyse(["een collega ging mee naar een congres van de aannemer"])
    assert np.allclose(rows.sum(axis=1), 1.0) and subjects[0] in OWN
