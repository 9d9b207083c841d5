"""The NLU data itself: enough examples per theme, and held-out sets that are really held out."""
import difflib
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Dict, Iterable, Iterator, Tuple

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


NEAR = 0.85  # difflib ratio of the plain texts from which a held-out phrasing counts as a copy
# Copies the stricter check found in the committed data (emoji and small edits hid them from
# an exact comparison). Listed so that no new one gets in; the data is another change's to mend.
KNOWN_LEAKS = {
    "heldout.yml": {
        "hoi hoi", "yes", "absoluut niet", "thx", "geen idee eerlijk gezegd", "hee goeiemorgen ben je er",
        "mag ik mijn wachtwoord aan mijn collega geven als ik op vakantie ben zodat zij mijn mail kan bijhouden",
        "ik kijk in de lunchpauze weleens een aflevering van een serie op mijn werklaptop kan dat kwaad",
    },
    "heldout_2.yml": {"tot een volgende keer", "kap ermee"},
}


def plain(text: str) -> str:
    """What is left of a phrasing for comparing: lower case, no accents, only the words."""
    text = unicodedata.normalize("NFKD", ANNOTATION.sub(r"\1", text).lower())
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
    assert set(found) - KNOWN_LEAKS.get(heldout_set.name, set()) == set(), found


@pytest.mark.parametrize("heldout_set", HELDOUT_SETS, ids=lambda path: path.name)
def test_every_theme_has_enough_training_and_heldout_examples(heldout_set):
    trained = Counter(training().values())
    heldout = Counter(intent for intent, _ in examples(heldout_set))
    for theme in THEMES:
        assert trained[theme] >= 60, theme
        assert heldout[theme] >= 15, theme
