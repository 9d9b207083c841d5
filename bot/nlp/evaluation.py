"""How well intents are recognised on a held-out set, and the plain baseline to compare with.

Figures per set: strict accuracy (the intent predicted is the one labelled), "right help"
accuracy (it is the labelled one or one the set marks as also right), the fallback rate on
messages that describe a dilemma, and per-intent precision, recall and F1.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Iterator, List, Sequence, Tuple

from sklearn.metrics import classification_report
from sklearn.pipeline import Pipeline

from bot.nlp.intent_model import tfidf_logreg
from bot.nlp.nludata import Example, read
from bot.themes import THEMES


@dataclass(frozen=True)
class Prediction:
    intent: str  # the classifier's best intent, whatever the fallback decided
    fell_back: bool = False


@dataclass
class Scores:
    strict: float
    right_help: float
    fallback_on_dilemmas: float
    themes_f1: float
    report: Dict
    errors: List[tuple]  # (labelled, predicted, text)


def score(examples: Sequence[Example], predictions: Sequence[Prediction]) -> Scores:
    labelled = [e.intent for e in examples]
    predicted = [p.intent for p in predictions]
    report = classification_report(labelled, predicted, output_dict=True, zero_division=0)
    dilemmas = [p.fell_back for e, p in zip(examples, predictions) if e.intent in THEMES]
    themes = [report[t]["f1-score"] for t in THEMES if t in report and report[t]["support"]]
    return Scores(
        strict=statistics.mean(a == b for a, b in zip(labelled, predicted)),
        right_help=statistics.mean(p.intent in e.accepted for e, p in zip(examples, predictions)),
        fallback_on_dilemmas=statistics.mean(dilemmas) if dilemmas else 0.0,
        themes_f1=statistics.mean(themes) if themes else float("nan"),
        report=report,
        errors=[(e.intent, p.intent, e.text) for e, p in zip(examples, predictions) if p.intent != e.intent],
    )


def baseline() -> Pipeline:
    """The plain baseline: TF-IDF of word 1-2 and character 2-5 n-grams, logistic regression C=10."""
    return tfidf_logreg(10.0, (2, 5), (1, 2))


def trained_baseline(training: Sequence[Example]) -> Callable[[Sequence[Example]], List[Prediction]]:
    """The baseline trained on `training`, as a function from examples to its predictions."""
    model = baseline().fit([e.text for e in training], [e.intent for e in training])
    return lambda examples: [Prediction(intent) for intent in model.predict([e.text for e in examples])]


WRITER_GROUP = re.compile(r"^(stemmen\d*)_")  # data/nlu/stemmen5_kort.yml: group stemmen5


def writer_folds(paths: Sequence[Path]) -> Iterator[Tuple[str, List[Example], List[Example]]]:
    """Leave one group of writers out: for each group of files written blind by other writers
    (data/nlu/stemmen*_), (group, the examples of every other file, the group's examples)."""
    groups: Dict[str, List[Example]] = {}
    for path in sorted(paths):
        match = WRITER_GROUP.match(path.name)
        groups.setdefault(match.group(1) if match else "", []).extend(read(path))
    for group in sorted(g for g in groups if g):
        yield group, [e for g, examples in groups.items() if g != group for e in examples], groups[group]
