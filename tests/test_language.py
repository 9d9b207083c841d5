"""English is recognised by its function words; Dutch with English loan words is not (bot/language.py)."""
import pytest

from bot.language import english_said


@pytest.mark.parametrize("text", ["I got a gift from a supplier, can I keep it?", "Do you speak English?",
                                  "what should I do", "my manager keeps shouting at me and I don't know what to do"])
def test_english_is_english(text):
    assert english_said(text)


@pytest.mark.parametrize("text", ["sorry, mag ik de laptop mee naar huis nemen?", "hi", "help",
                                  "na de meeting gaf de leverancier me een cadeaubon", "is het ok als ik dat doe?",
                                  "ik kreeg een fles whisky, was dat over de grens?", ""])
def test_dutch_with_loan_words_is_dutch(text):
    assert not english_said(text)
