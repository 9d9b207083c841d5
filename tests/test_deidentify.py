"""Dutch de-identification (bot.deidentify): per kind, the check digits, the words of this
domain, the command line through a real process, and deduce's cache built only by set-up."""
import os
import subprocess
import sys

import pytest

from bot import deidentify as di
from bot.deidentify_eval import SETS_DIR, evaluate, read_marked


@pytest.mark.parametrize("text, expected", [
    ("Mijn collega Jan de Vries pest me.", "Mijn collega [NAAM] pest me."),
    ("Mevrouw Yilmaz nam het dossier mee.", "Mevrouw [NAAM] nam het dossier mee."),
    ("Mail p.jansen@huizen.nl of iemand@voorbeeld.example.", "Mail [EMAIL] of [EMAIL]."),
    ("Bel 06-12345678 of 035 528 12 34.", "Bel [TELEFOON] of [TELEFOON]."),
    ("Bel +31 6 23456789 of +31 (0)6 11223344.", "Bel [TELEFOON] of [TELEFOON]."),
    ("Of bel 0800-1234567.", "Of bel [TELEFOON]."),
    ("Mijn BSN is 628194821.", "Mijn BSN is [BSN]."),
    ("Mijn BSN is 252.760.189.", "Mijn BSN is [BSN]."),
    ("Op NL91ABNA3783256748 graag.", "Op [IBAN] graag."),
    ("Op NL32 INGB 2753 4646 27 graag.", "Op [IBAN] graag."),
    ("Ik woon op Kerkstraat 12a.", "Ik woon op [ADRES]."),
    ("De postcode is 1271 AB.", "De postcode is [POSTCODE]."),
    ("Mijn personeelsnummer is 104522.", "Mijn personeelsnummer is [PERSONEELSNUMMER]."),
    ("Pers.nr. P-20731 heeft toegang.", "Pers.nr. [PERSONEELSNUMMER] heeft toegang."),
    ("De auto VK-123-B en de bus 12-BDF-3.", "De auto [KENTEKEN] en de bus [KENTEKEN]."),
    ("Met kenteken 79XGT3 reed hij weg.", "Met kenteken [KENTEKEN] reed hij weg."),
])
def test_each_kind_is_replaced_by_its_tag(text, expected):
    assert di.deidentify(text) == expected


def test_a_nine_digit_number_failing_the_eleven_test_stays():
    # 526018159 fails the eleven-test; 628194821 passes it
    assert di.deidentify("Ordernummer 526018159 staat op de factuur.") == "Ordernummer 526018159 staat op de factuur."
    assert di.deidentify("Ordernummer 628194821 staat op de factuur.") == "Ordernummer [BSN] staat op de factuur."


def test_an_iban_with_a_wrong_check_stays():
    assert di.deidentify("Rekening NL91 ABNA 3783 2567 49 klopt niet.") == "Rekening NL91 ABNA 3783 2567 49 klopt niet."
    assert di.deidentify("Rekening NL92ABNA3783256748 klopt niet.") == "Rekening NL92ABNA3783256748 klopt niet."


@pytest.mark.parametrize("text", [
    "Bij de gemeente Huizen geldt een grens van 50 euro voor geschenken.",
    "De vertrouwenspersoon en de integriteitscoördinator hebben een geheimhoudingsplicht.",
    "In maart, april en december kreeg ik een uitnodiging van een leverancier.",
    "Een bedrag van € 1.250,00 is zonder factuur uitbetaald, en later nog 350.000 euro.",
    "Mijn leidinggevende vraagt of ik een cadeaubon mag houden.",
    "Ik heb een dilemma over nevenwerkzaamheden, belangenverstrengeling en geschenken.",
    "Ik wil een melding doen bij het Huis voor Klokkenluiders over de wethouder.",
    "Het zaaknummer 2023-456789 hoort bij de aanvraag van vrijdag 12 mei.",
    "Op 01-05-2024 om 14:30 uur kreeg ik een envelop.",
])
def test_the_words_of_this_domain_are_not_tagged(text):
    assert di.deidentify(text) == text


LINES = ["Bel Jan de Vries op 06-12345678.", "", "Geen persoonsgegevens hier.", "Mail s.bakker@huizen.nl"]


@pytest.fixture(scope="module")
def command():
    """One run of `python -m bot deidentify` (a start loads deduce: seconds), with the
    modification time of deduce's cache before and after."""
    assert di.cache_is_current(), "run ./manage setup: it builds deduce's cache"
    before = di.CACHE_FILE.stat().st_mtime_ns
    result = subprocess.run(
        [sys.executable, "-m", "bot", "deidentify"], input="\n".join(LINES) + "\n",
        capture_output=True, text=True, timeout=600, cwd=di.ROOT, env=os.environ.copy(),
    )
    return result, before, di.CACHE_FILE.stat().st_mtime_ns


def test_the_command_reads_lines_and_writes_them_deidentified(command):
    result, _, _ = command
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "Bel [NAAM] op [TELEFOON].", "", "Geen persoonsgegevens hier.", "Mail [EMAIL]"]
    # no log line of deduce or spaCy carries the text
    assert "06-12345678" not in result.stderr and "Vries" not in result.stderr


def test_a_call_uses_the_cache_that_setup_built(command):
    _, before, after = command
    assert after == before
    di.deidentify("Piet Jansen belde.")
    assert di.CACHE_FILE.stat().st_mtime_ns == before
    # set-up again finds it current and leaves it alone
    assert di.build_cache() is False
    assert di.CACHE_FILE.stat().st_mtime_ns == before


def test_without_the_cache_a_call_refuses_instead_of_building(monkeypatch):
    monkeypatch.setattr(di._Engines, "_loaded", None)
    monkeypatch.setattr(di, "cache_is_current", lambda: False)
    with pytest.raises(di.CacheMissing):
        di.deidentify("Jan de Vries")


def test_the_marked_sets_are_read_exactly(tmp_path):
    path = tmp_path / "set.txt"
    path.write_text("# comment\nBel <NAAM>Jan</NAAM> op <TELEFOON>06-12345678</TELEFOON>.\n", encoding="utf-8")
    [(text, spans)] = read_marked(path)
    assert text == "Bel Jan op 06-12345678."
    assert [(text[s.start:s.end], s.kind) for s in spans] == [("Jan", "NAAM"), ("06-12345678", "TELEFOON")]


def test_the_first_set_meets_the_goals():
    counts = evaluate(read_marked(SETS_DIR / "set1.txt"))
    for kind in ("EMAIL", "TELEFOON", "BSN", "IBAN"):
        assert counts[kind].recall >= 0.95, (kind, counts[kind].misses)
    assert counts["NAAM"].recall >= 0.85, counts["NAAM"].misses
