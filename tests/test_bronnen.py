"""Every advice text and FAQ answer rests on the code of conduct, the law, or is marked as
general advice ("Mijn advies"): the table tests/bronnen.yml says which (issue 14)."""
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SOURCES = yaml.safe_load((ROOT / "tests/bronnen.yml").read_text(encoding="utf-8"))
# The code of conduct as the municipality sent it; beside the repository, not in it.
CODE_OF_CONDUCT = ROOT.parent / "shared/seeds/000_9e1e474d47babe40.txt"
KINDS = {"gedragscode", "wet", "mijn_advies", "code_zwijgt", "geen_advies", "uitleg"}
GROUNDS = {"gedragscode", "wet", "mijn_advies", "code_zwijgt", "geen_advies"}


def advice_texts():
    texts = yaml.safe_load((ROOT / "bot/teksten.yml").read_text(encoding="utf-8"))
    return {f"{section}.{name}": text for section, names in texts.items() for name, text in names.items()}


def faq_answers():
    responses = yaml.safe_load((ROOT / "data/nlu/faq.yml").read_text(encoding="utf-8"))["responses"]
    return {key.split("/", 1)[1]: variations[0]["text"] for key, variations in responses.items()}


TABLES = {"teksten": advice_texts(), "faq": faq_answers()}
ENTRIES = [(table, key, entry) for table in TABLES for key, entry in SOURCES[table].items()]


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("table", TABLES)
def test_every_text_has_an_entry_and_every_entry_a_text(table):
    assert set(SOURCES[table]) == set(TABLES[table])


@pytest.mark.parametrize("table, key, entry", ENTRIES, ids=[f"{t}:{k}" for t, k, _ in ENTRIES])
def test_every_entry_names_its_ground_and_marks_general_advice(table, key, entry):
    assert set(entry) <= KINDS and set(entry) & GROUNDS
    # general advice is said as such, and only general advice is
    assert ("Mijn advies" in TABLES[table][key]) == ("mijn_advies" in entry)


@pytest.mark.skipif(not CODE_OF_CONDUCT.exists(), reason="the code of conduct is not beside the repository")
@pytest.mark.parametrize("table, key, entry", ENTRIES, ids=[f"{t}:{k}" for t, k, _ in ENTRIES])
def test_quotes_are_word_for_word_from_the_code_of_conduct(table, key, entry):
    code = _words(CODE_OF_CONDUCT.read_text(encoding="utf-8"))
    for quote in entry.get("gedragscode", []):
        assert _words(quote) in code


def test_the_answer_on_a_whistleblowers_protection_does_not_protect_going_to_the_press_as_any_external_report():
    """"Je mag ook direct buiten de gemeente melden" answered "mag je als klokkenluider naar de pers stappen?" (OE-15):
    under the Wbk an external report goes to a competent authority; making it public is protected only on conditions."""
    answer = faq_answers()["klokkenluider_bescherming"]
    assert "bevoegde instantie" in answer and "alleen onder voorwaarden" in answer
