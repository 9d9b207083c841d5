"""The NLU data itself: enough examples per theme, and held-out sets that are really held out."""
from collections import Counter
from pathlib import Path
from typing import Dict, Iterator, Tuple

import pytest

from bot.bench import HELDOUT_SETS
from bot.nlp.nludata import read
from bot.themes import THEMES

ROOT = Path(__file__).resolve().parent.parent


def normalised(example: str) -> str:
    """An example as the classifier compares it: case, spacing and end punctuation go."""
    return " ".join(example.lower().split()).rstrip(" .!?")


def examples(path: Path) -> Iterator[Tuple[str, str]]:
    """(intent, normalised example) for every example in an NLU file."""
    for example in read(path):
        yield example.intent, normalised(example.text)


def training() -> Dict[str, str]:
    return {text: intent for path in sorted((ROOT / "data" / "nlu").glob("*.yml")) for intent, text in examples(path)}


@pytest.mark.parametrize("heldout_set", HELDOUT_SETS, ids=lambda path: path.name)
def test_no_heldout_phrasing_is_in_the_training_data(heldout_set):
    known = training()
    leaked = [(intent, text) for intent, text in examples(heldout_set) if text in known]
    assert leaked == []


@pytest.mark.parametrize("heldout_set", HELDOUT_SETS, ids=lambda path: path.name)
def test_every_theme_has_enough_training_and_heldout_examples(heldout_set):
    trained = Counter(training().values())
    heldout = Counter(intent for intent, _ in examples(heldout_set))
    for theme in THEMES:
        assert trained[theme] >= 60, theme
        assert heldout[theme] >= 15, theme
