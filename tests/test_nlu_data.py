"""The NLU data itself: enough examples per theme, and held-out sets that are really held out."""
import difflib
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, Iterator, Tuple

import pytest

from bot.bench import HELDOUT_SETS
from bot.nlp import nludata
from bot.themes import THEMES

ROOT = Path(__file__).resolve().parent.parent


def examples(path: Path) -> Iterator[Tuple[str, str]]:
    """(intent, text without markup) for every example in an NLU file."""
    for example in nludata.read(path):
        yield example.intent, example.text


def training() -> Dict[str, str]:
    return {text: intent for path in sorted((ROOT / "data" / "nlu").glob("*.yml")) for intent, text in examples(path)}


NEAR = 0.85  # difflib ratio of the plain texts from which a held-out phrasing counts as a copy


def plain(text: str) -> str:
    """What is left of a phrasing for comparing: lower case, no accents, only the words."""
    text = unicodedata.normalize("NFKD", nludata.plain(text).lower())
    return " ".join(re.findall(r"\w+", "".join(c for c in text if not unicodedata.combining(c))))


def leaks(heldout: Iterable[str], known: Iterable[str]) -> Dict[str, str]:
    """Held-out phrasing -> the training phrasing it copies (the same plain text, or nearly)."""
    known = [(plain(text), set(plain(text).split())) for text in known]
    found = {}
    for text in heldout:
        words = set(plain(text).split())
        for other, other_words in known:  # the word overlap first: difflib is slow
            if len(words & other_words) * 2.5 >= len(words | other_words) and \
                    difflib.SequenceMatcher(None, plain(text), other).ratio() >= NEAR:
                found[plain(text)] = other
                break
    return found


def test_the_leak_check_sees_through_emoji_punctuation_accents_and_small_edits():
    training_texts = ["mag ik een [kerstpakket](soort_gift) van de leverancier houden?", "yes", "Café-bon gekregen"]
    heldout = ["Mag ik een kerstpakket van de leverancier houden 🎄", "yes 👍", "cafe bon gekregen!!",
               "mag ik het kerstpakket van de leverancier houden", "mijn collega scheldt me uit"]
    assert set(leaks(heldout, training_texts)) == {
        "mag ik een kerstpakket van de leverancier houden", "yes", "cafe bon gekregen",
        "mag ik het kerstpakket van de leverancier houden"}


@pytest.mark.parametrize("heldout_set", HELDOUT_SETS, ids=lambda path: path.name)
def test_no_heldout_phrasing_is_in_the_training_data(heldout_set):
    found = leaks((text for _, text in examples(heldout_set)), training())
    assert found == {}


@pytest.mark.parametrize("heldout_set", HELDOUT_SETS, ids=lambda path: path.name)
def test_every_theme_has_enough_training_and_heldout_examples(heldout_set):
    trained = Counter(training().values())
    heldout = Counter(intent for intent, _ in examples(heldout_set))
    for theme in THEMES:
        assert trained[theme] >= 60, theme
        assert heldout[theme] >= 15, theme
