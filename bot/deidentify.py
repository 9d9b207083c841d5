"""Dutch de-identification: personal data in free text replaced by tags.

`deidentify(text)` replaces, in Dutch text:

    [NAAM]              names of people (deduce; "mevrouw", "collega" and such stay)
    [EMAIL]             e-mail addresses
    [TELEFOON]          phone numbers: mobile, landline, 0800/0900, +31 and 0031 forms
    [BSN]               citizen service numbers, only when they pass the eleven-test
    [IBAN]              bank account numbers, only with a valid check (mod 97)
    [ADRES]             a street with its house number ("Kerkstraat 12a")
    [POSTCODE]          a postcode, with a house number written right after it
    [PERSONEELSNUMMER]  a staff number after the word for it ("personeelsnummer 104522",
                        "pers.nr. P-20731")
    [KENTEKEN]          Dutch licence plates in the sidecodes written with dashes
                        ("VK-123-B"), or without dashes right after "kenteken"

Where the text is shown outside the notice it came from, it must pass through here first:
a notice's description or any other free text on the advisers' dashboard, in exports and
in trend views (DESIGN.md, Privacy). The notice itself, opened by the coordinator who
handles it, is shown as written.

Who finds what:
- deduce (a de-identification library for Dutch) finds names, streets with house numbers,
  postcodes, phone numbers, e-mail addresses and BSNs (it applies the eleven-test). Its
  annotators for places, institutions, dates, ages and URLs are switched off: a theme,
  "gemeente Huizen" or a date is not personal data here.
- The project's spaCy pipeline (SPACY_MODEL) marks amounts of money (its MONEY rules), so
  no number in "€ 1.250,00" is taken for anything else, and where it has a trained NER
  (nl_core_news_sm) its PER entities are added as names.
- Rules here add what deduce misses: IBAN (checked with python-stdnum), staff numbers,
  licence plates, e-mail addresses outside deduce's short list of domains, the phone
  forms "+31 (0)6 ..." and "0800-...", and a small list of words that are never a name
  in this domain (role names, months), measured on tests/deidentify (`./manage bench
  deidentify`).

deduce builds lookup structures on its first start (about 2 minutes). `./manage setup`
builds them into var/deduce (`python -m bot.deidentify cache`); a process loads them once,
on first use (some seconds), and never builds them on a user's request: without the cache
`deidentify` raises CacheMissing.
"""
from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import logging
import os
import re
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, List, Optional, Tuple

from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = ROOT / "var" / "deduce"
CACHE_FILE = CACHE_DIR / "cache" / "lookup_structs.pickle"  # where deduce writes it
VERSION_FILE = CACHE_DIR / "version"

TAGS = {
    "NAAM": "[NAAM]", "EMAIL": "[EMAIL]", "TELEFOON": "[TELEFOON]", "BSN": "[BSN]",
    "IBAN": "[IBAN]", "ADRES": "[ADRES]", "POSTCODE": "[POSTCODE]",
    "PERSONEELSNUMMER": "[PERSONEELSNUMMER]", "KENTEKEN": "[KENTEKEN]",
}

# deduce's annotators that find nothing personal in this domain, or that rules here replace
DEDUCE_OFF = {
    "placename", "hospital", "institution", "eponymous_disease", "patient_name",
    "date_dmy_1", "date_dmy_2", "date_ymd_1", "date_ymd_2", "age", "identifier", "url",
}
DEDUCE_KINDS = {"persoon": "NAAM", "emailadres": "EMAIL", "telefoonnummer": "TELEFOON",
                "bsn": "BSN", "locatie": "ADRES"}
DEDUCE_CONFIG = {"annotators": {"bsn": {"args": {
    # also "252.760.189" and "353 799 075"; deduce applies the eleven-test to the digits
    "bsn_regexp": r"(?<![\d.,-])(\d{9}|\d{3}([. ])\d{3}\2\d{3}|\d{4}([. ])\d{2}\3\d{3})(?![\d-]|[.,]\d)",
}}}}

POSTCODE = re.compile(r"\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b(?:,? (?:huisnummer )?\d{1,5}[a-z]?\b)?")
IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", re.IGNORECASE)
EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)31[ -]?(?:\(0\)[ -]?)?[1-9]|0[1-9])[\d -]{6,13}\d(?!\d)"
    r"|(?<!\w)0[89]00[ -]?\d{4,7}(?!\d)"
)
STAFF_NUMBER = re.compile(
    r"\b(?:personeels|medewerker|werknemer)s?(?:nummer|nr\.?)|\bpers\.? ?nr\.?|\bpnr\b\.?|\bp-nummer\b",
    re.IGNORECASE,
)
STAFF_ID = re.compile(r"(?::|\s)+(?:is |was )?([A-Z]{0,3}-?\d{4,8})\b")
_L, _D = "[A-Z]", r"\d"
SIDECODES = [(_L, 2, _D, 2, _D, 2), (_D, 2, _D, 2, _L, 2), (_D, 2, _L, 2, _D, 2),
             (_L, 2, _D, 2, _L, 2), (_L, 2, _L, 2, _D, 2), (_D, 2, _L, 2, _L, 2),
             (_D, 2, _L, 3, _D, 1), (_D, 1, _L, 3, _D, 2), (_L, 2, _D, 3, _L, 1),
             (_L, 1, _D, 3, _L, 2), (_L, 3, _D, 2, _L, 1), (_L, 1, _D, 2, _L, 3),
             (_D, 1, _L, 2, _D, 3), (_D, 3, _L, 2, _D, 1)]


def _plates(sep: str) -> str:
    return "|".join(f"{a}{{{n}}}{sep}{b}{{{m}}}{sep}{c}{{{k}}}" for a, n, b, m, c, k in SIDECODES)


PLATE = re.compile(r"(?<![\w-])(?:" + _plates("-") + r")(?![\w-])")
PLATE_AFTER_CUE = re.compile(r"\bkenteken(?:nummer)?:? (" + _plates("-?") + r")(?![\w-])", re.IGNORECASE)

# Words deduce may take for a name that in this domain never are one.
NOT_NAMES = {
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december", "vertrouwenspersoon", "integriteitscoördinator",
    "integriteitscoordinator", "leidinggevende", "manager", "teamleider", "wethouder",
    "burgemeester", "collega", "huizen", "gemeente", "huis", "klokkenluiders",
}
# Dutch name particles: a "name" of only these and words above is none ("van het Huis")
PARTICLES = {"van", "de", "der", "den", "het", "op", "te", "ten", "ter", "in", "'t", "d'", "la", "le"}


class CacheMissing(RuntimeError):
    """deduce's lookup cache is not built: `./manage setup` builds it."""


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


def deduce_version() -> str:
    return importlib.metadata.version("deduce")


def cache_is_current() -> bool:
    try:
        return CACHE_FILE.is_file() and VERSION_FILE.read_text(encoding="utf-8").strip() == deduce_version()
    except OSError:
        return False


def _import_deduce():
    """Import deduce without its logging.basicConfig(stream=stdout, level=DEBUG) taking hold."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    import deduce

    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    return deduce


def build_cache() -> bool:
    """Build deduce's lookup cache into var/deduce unless it is there for this version.

    Returns True if it was built."""
    if cache_is_current():
        return False
    deduce = _import_deduce()
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    deduce.Deduce(config=DEDUCE_CONFIG, cache_path=CACHE_DIR, build_lookup_structs=True)
    VERSION_FILE.write_text(deduce_version() + "\n", encoding="utf-8")
    return True


def spacy_model_name() -> str:
    from bot.nlp.pipeline import OFFLINE

    if os.environ.get("SPACY_MODEL"):
        return os.environ["SPACY_MODEL"]
    chosen = ROOT / "var" / "spacy_model"  # what ./manage setup chose
    return chosen.read_text(encoding="utf-8").strip() if chosen.is_file() else OFFLINE


class _Engines:
    """deduce and the spaCy pipeline, loaded once per process on first use."""

    _lock = threading.Lock()
    _loaded: Optional[Tuple[object, object]] = None

    @classmethod
    def get(cls):
        with cls._lock:
            if cls._loaded is None:
                if not cache_is_current():
                    raise CacheMissing("deduce's lookup cache is missing or outdated: run ./manage setup")
                import spacy

                deduce = _import_deduce()
                cls._loaded = (deduce.Deduce(config=DEDUCE_CONFIG, cache_path=CACHE_DIR),
                               spacy.load(spacy_model_name()))
            return cls._loaded


def _deduce_spans(text: str, doc) -> Iterable[Span]:
    deducer, _ = _Engines.get()
    for annotation in deducer.deidentify(text, disabled=DEDUCE_OFF).annotations:
        kind = DEDUCE_KINDS.get(annotation.tag)
        span = Span(annotation.start_char, annotation.end_char, kind)
        if kind == "ADRES" and POSTCODE.fullmatch(annotation.text):
            yield Span(span.start, span.end, "POSTCODE")
        elif kind == "NAAM":
            span = _trim_name(span, text, doc)
            if span:
                yield span
        elif kind:
            yield span


@functools.lru_cache(maxsize=None)
def _cues() -> Tuple[str, ...]:
    """deduce's titles ("mevrouw", "dhr.", "collega") and NOT_NAMES, longest first: they stay
    before [NAAM]."""
    deduce_dir = Path(importlib.util.find_spec("deduce").origin).parent
    lines = (deduce_dir / "data" / "lookup" / "src" / "names" / "lst_prefix" / "items.txt").read_text(encoding="utf-8")
    return tuple(sorted({w.strip().lower() for w in lines.splitlines() if w.strip()} | NOT_NAMES, key=len, reverse=True))


def _trim_name(span: Span, text: str, doc) -> Optional[Span]:
    """A name without the title or role before it, and without a verb that starts the sentence
    ("Bel Jan de Vries": spaCy's lemma of "Bel" is "bellen"; not "Bas", a first name in
    deduce's list); None if no name is left."""
    start, end = span.start, span.end
    while True:
        lower = text[start:end].lower()
        cue = next((c for c in _cues() if lower.startswith(c + " ")), None)
        if not cue:
            break
        start += len(cue) + 1
    first = re.match(r"\w+", text[start:end])
    token = doc.char_span(start, start + first.end()) if first else None
    if (token is not None and len(token) == 1 and " " in text[start:end] and _starts_sentence(text, start)
            and (token[0].pos_ in ("VERB", "AUX") or _inflected_verb(token[0]))
            and [first.group()] not in _Engines.get()[0].lookup_structs["first_name"]):
        start += first.end() + 1
    if all(word.lower() in NOT_NAMES | PARTICLES for word in re.findall(r"[\w']+", text[start:end])):
        return None
    return Span(start, end, "NAAM")


def _starts_sentence(text: str, start: int) -> bool:
    return not text[:start].strip() or text[:start].rstrip()[-1] in ".!?:\"(\n"


def _inflected_verb(token) -> bool:
    """Without a tagger: the lemma is another word ending in -en (bel -> bellen, stuur -> sturen)."""
    return not token.pos_ and token.lemma_.endswith("en") and token.lemma_ != token.lower_


def _spacy_spans(doc) -> Tuple[List[Span], List[Span]]:
    """(names from a trained NER, amounts of money) as the spaCy pipeline finds them."""
    names = [Span(e.start_char, e.end_char, "NAAM") for e in doc.ents if e.label_ in ("PER", "PERSON")]
    money = [Span(e.start_char, e.end_char, "MONEY") for e in doc.ents if e.label_ == "MONEY"]
    return names, money


def _iban_spans(text: str) -> Iterable[Span]:
    """Valid IBANs; IBAN-shaped text failing the check as NOT_IBAN (kept, and nothing inside it tagged)."""
    for match in IBAN.finditer(text):
        # the longest prefix, ending at a group, that is a valid IBAN ("NL91 ABNA 0417 1643 00 op")
        candidate = match.group()
        while candidate:
            if stdnum_iban.is_valid(candidate):
                yield Span(match.start(), match.start() + len(candidate), "IBAN")
                break
            candidate = candidate[:-1].rstrip()
        else:
            yield Span(match.start(), match.end(), "NOT_IBAN")


def _staff_spans(text: str) -> Iterable[Span]:
    for cue in STAFF_NUMBER.finditer(text):
        number = STAFF_ID.match(text, cue.end())
        if number:
            yield Span(number.start(1), number.end(1), "PERSONEELSNUMMER")


def _is_phone_number(text: str) -> bool:
    """Ten digits from the 0 on (+31 6 ... counts as 06 ...); 0800 and 0900 numbers 8 to 11.
    Not a date such as 01-05-2024."""
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    digits = "0" + digits[4:] if digits.startswith("0031") else "0" + digits[2:] if text.startswith("+") else digits
    return len(digits) == 10 or (digits[:4] in ("0800", "0900") and 8 <= len(digits) <= 11)


def _rule_spans(text: str) -> Iterable[Span]:
    yield from _iban_spans(text)
    yield from _staff_spans(text)
    for pattern, kind in ((EMAIL, "EMAIL"), (PLATE, "KENTEKEN"), (POSTCODE, "POSTCODE")):
        for match in pattern.finditer(text):
            yield Span(match.start(), match.end(), kind)
    for match in PHONE.finditer(text):
        if _is_phone_number(match.group()):
            yield Span(match.start(), match.end(), "TELEFOON")
    for match in PLATE_AFTER_CUE.finditer(text):
        yield Span(match.start(1), match.end(1), "KENTEKEN")


def contact_details(text: str) -> List[str]:
    """The e-mail addresses and phone numbers in a text, by the rules alone: fast, and no cache needed."""
    return [m.group() for m in EMAIL.finditer(text)] + [m.group() for m in PHONE.finditer(text) if _is_phone_number(m.group())]


_BSN_SHAPED = re.compile(r"(?<![\d.,-])\d{3}[. ]?\d{2}[. ]?\d{2}[. ]?\d{2}(?![\d-]|[.,]\d)|(?<![\d.,-])\d{4}[. ]?\d{2}[. ]?\d{3}(?![\d-])")


def bsn_in(text: str) -> bool:
    """Whether a text holds a citizen service number (BSN) that passes the eleven-test, by the rules alone."""
    return any(stdnum_bsn.is_valid(found.group()) for found in _BSN_SHAPED.finditer(text or ""))


# When spans overlap, the first kind here wins (a checked IBAN over the digits inside it).
PRECEDENCE = ["EMAIL", "IBAN", "KENTEKEN", "PERSONEELSNUMMER", "BSN", "TELEFOON",
              "POSTCODE", "ADRES", "NAAM"]


def find_pii(text: str) -> List[Span]:
    """The personal data in a text as non-overlapping spans, in order."""
    doc = _Engines.get()[1](text)
    names, money = _spacy_spans(doc)
    names = [trimmed for name in names if (trimmed := _trim_name(name, text, doc))]
    found = [*_rule_spans(text), *_deduce_spans(text, doc), *names]
    kept = money + [s for s in found if s.kind == "NOT_IBAN"]  # amounts and IBAN-shaped text stay as written
    found = [s for s in found if s.kind in TAGS and not any(k.start <= s.start and s.end <= k.end for k in kept)]
    found.sort(key=lambda s: (PRECEDENCE.index(s.kind), -(s.end - s.start)))
    chosen: List[Span] = []
    for span in found:
        if all(span.end <= c.start or c.end <= span.start for c in chosen):
            chosen.append(span)
    return sorted(chosen, key=lambda s: s.start)


def deidentify(text: str) -> str:
    """The text with every name, e-mail address, phone number, BSN, IBAN, address, postcode,
    staff number and licence plate replaced by its tag ([NAAM], [EMAIL], ...).

    Use it wherever free text is shown outside the notice it belongs to: the advisers'
    dashboard, its exports and trend views never show a text that did not pass through here.
    """
    parts, last = [], 0
    for span in find_pii(text):
        parts += [text[last:span.start], TAGS[span.kind]]
        last = span.end
    return "".join(parts) + text[last:]


def main(argv: List[str]) -> int:
    if argv == ["cache"]:
        if build_cache():
            print(f"deduce {deduce_version()}: lookup cache built in {CACHE_DIR.relative_to(ROOT)}", file=sys.stderr)
        return 0
    if argv:
        print("usage: python -m bot.deidentify cache", file=sys.stderr)
        return 2
    for line in sys.stdin:
        print(deidentify(line.rstrip("\n")), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
