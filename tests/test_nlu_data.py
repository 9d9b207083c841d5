"""The NLU data itself: enough examples per theme, and held-out sets that are really held out."""
import re
from collections import Counter
from pathlib import Path
from typing import Dict, Iterator, Tuple

import pytest
import yaml

from bot.bench import HELDOUT_SETS
from bot.themes import THEMES

ROOT = Path(__file__).resolve().parent.parent
ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


def normalised(example: str) -> str:
    """Plain text of an example as the classifier compares it: markup, case, spacing and end punctuation go."""
    text = ANNOTATION.sub(r"\1", example).lower()
    return " ".join(text.split()).rstrip(" .!?")


def examples(path: Path) -> Iterator[Tuple[str, str]]:
    """(intent, normalised example) for every example in an NLU file."""
    for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
        if "intent" in block:
            for line in block["examples"].splitlines():
                if line.strip().startswith("- "):
                    yield block["intent"].split("/")[0], normalised(line.strip()[2:])


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
