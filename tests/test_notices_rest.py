"""Notices through the running assistant (REST channel, trained model, real action server),
stored in a throwaway PostgreSQL database (Rasa's tracker store in another one) that the action server reaches through a loopback
proxy the test can switch off: a database that goes away in the middle of filing."""
import os
import re
import shutil
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from bot.chat import send
from bot.notices.coordinator import list_notices, show_notice
from bot.notices.lookup import NOT_FOUND_TEXT
from bot.storage import database, upgrade_to_head
from tests.conftest import ProfileFile
from tests.notice_fixtures import TcpProxy, throwaway_pg_database
from tests.servers import ROOT, assistant

MODEL = os.environ.get("MODEL")
pytestmark = pytest.mark.skipif(not MODEL, reason="needs a trained model: run through ./manage test")
REFERENCE = re.compile(r"MLD-\d{4}-[A-Z0-9]{6}")
CODE = re.compile(r"[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}")


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("notices")
    profile = ProfileFile(workdir / "organisatie.yml")
    shutil.copy(ROOT / "organisatie.yml", profile.path)
    env = {
        "IA_PROFIEL": str(profile.path),
        "IA_ENCRYPTION_KEY_FILE": str(workdir / "notice.key"),
        "IA_ENCRYPTION_KEY": "",
        "IA_SMTP_HOST": "",
    }
    saved = {name: os.environ.get(name) for name in env}
    os.environ.update(env)  # this process reads the same database with the same key
    # PostgreSQL for Rasa's tracker store too: 50 conversations write at once.
    with throwaway_pg_database() as direct_url, throwaway_pg_database() as tracker_url:
        upgrade_to_head(direct_url)
        direct = make_url(direct_url)
        proxy = TcpProxy(direct.host or "127.0.0.1", direct.port or 5432)
        proxy.start()
        via_proxy = direct.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
        try:
            servers_env = {**env, "IA_DATABASE_URL": via_proxy, "TRACKER_DB_URL": tracker_url}
            with assistant(MODEL, workdir, servers_env) as url:
                yield url, direct_url, proxy, tracker_url
        finally:
            proxy.stop()
            for name, value in saved.items():
                if value is None:
                    os.environ.pop(name, None)
                else:
                    os.environ[name] = value


class Chat:
    def __init__(self, url: str):
        self.url, self.sender = url, uuid.uuid4().hex

    def say(self, message: str) -> str:
        self.last = send(self.url, self.sender, message, timeout=300)
        return "\n".join(m.get("text", "") for m in self.last)

    @property
    def buttons(self):
        return {b["title"]: b["payload"] for m in self.last for b in m.get("buttons", [])}


GIVER, GIFT = "aannemer, Bouwbedrijf Jansen", "een taart voor het hele team"


def file_a_gift(chat: Chat, name: str, giver: str = GIVER, gift: str = GIFT) -> str:
    """A gift notice from the direct request to the summary; returns the summary."""
    assert "Van wie kreeg je het?" in chat.say('/melding_doen{"melding_type": "geschenk"}')
    assert "Wat heb je gekregen" in chat.say(giver)
    assert "Hoeveel is het ongeveer waard" in chat.say(gift)
    assert "Wanneer was dat?" in chat.say("ongeveer 30 euro")
    assert "Heb je het aangenomen?" in chat.say("vorige week dinsdag")
    assert "naam" in chat.say("/affirm")
    return chat.say(name)


def last_16_march() -> date:
    """A gift's date typed without a year is the last such day that has been (not one to come)."""
    today = date.today()
    this_year = date(today.year, 3, 16)
    return this_year if this_year <= today else this_year.replace(year=today.year - 1)


def stored_count(direct_url: str, where: str = "") -> int:
    with database.get_engine(direct_url).connect() as connection:
        return connection.execute(text(f"SELECT COUNT(*) FROM notices {where}")).scalar()


def test_fifty_concurrent_conversations_file_fifty_notices(setting):
    url, direct_url, *_ = setting
    before = stored_count(direct_url)

    def conversation(i: int) -> str:
        chat = Chat(url)
        summary = file_a_gift(chat, f"Medewerker {i}, Burgerzaken")
        assert f"Medewerker {i}" in summary and "Geschatte waarde: € 30" in summary
        return REFERENCE.search(chat.say("/affirm")).group(0)

    with ThreadPoolExecutor(max_workers=50) as pool:
        references = list(pool.map(conversation, range(50)))
    assert len(set(references)) == 50
    assert stored_count(direct_url) - before == 50
    assert set(references) <= {n.reference for n in list_notices(who="test", url=direct_url)}


def test_the_database_goes_away_while_filing_and_the_user_is_told_the_truth(setting):
    url, direct_url, proxy, _ = setting
    chat = Chat(url)
    summary = file_a_gift(chat, "Anna, Financiën")
    assert "Klopt dit?" in summary and chat.buttons["Klopt, versturen"] == "/affirm"
    before = stored_count(direct_url)
    proxy.stop()
    try:
        answer = chat.say("/affirm")
        assert "niet verstuurd" in answer and not REFERENCE.search(answer)
        assert "Opnieuw proberen" in chat.buttons
        assert stored_count(direct_url) == before
    finally:
        proxy.start()
    answer = chat.say(chat.buttons["Opnieuw proberen"])
    assert "Je melding is verstuurd" in answer and REFERENCE.search(answer)
    assert stored_count(direct_url) == before + 1
    assert "Er staat geen melding klaar" in chat.say("/affirm")  # a double click files nothing more
    assert stored_count(direct_url) == before + 1


def test_after_a_failed_filing_a_corrected_notice_is_filed_with_the_correction(setting):
    url, direct_url, proxy, _ = setting
    chat = Chat(url)
    file_a_gift(chat, "Daan, Wonen")
    before = stored_count(direct_url)
    proxy.stop()
    try:
        assert "niet verstuurd" in chat.say("/affirm")
    finally:
        proxy.start()
    assert "Wat wil je aanpassen?" in chat.say(chat.buttons["Iets aanpassen"])
    assert "Hoeveel is het ongeveer waard" in chat.say(chat.buttons["Geschatte waarde"])
    assert "Geschatte waarde: € 45" in chat.say("45 euro")
    answer = chat.say("/affirm")
    assert "Je melding is verstuurd" in answer
    assert stored_count(direct_url) == before + 1
    stored = show_notice(REFERENCE.search(answer).group(0), who="test", url=direct_url)
    assert Decimal(stored.fields["waarde"]) == 45


def test_the_advice_prefills_the_notice_and_a_field_can_be_corrected(setting):
    chat = Chat(setting[0])
    chat.say("hoi")
    answer = chat.say("een leverancier wil me een fles champagne van 80 euro geven")  # offered: not asked
    assert "Wil je dit nu melden?" in answer
    # the kind of giver, what it is, value and "accepted" are known from the advice: the form asks the giver's
    # organisation (DESIGN: kind and organisation), then the day
    assert "Welke organisatie of welk bedrijf is het?" in chat.say(chat.buttons["Ja, nu melden"])
    assert "Wanneer was dat?" in chat.say("Wijnhandel De Kurk")
    assert "naam" in chat.say("15 maart")
    summary = chat.say("Bram, Inkoop")
    assert "Geschatte waarde: € 80" in summary and "Aangenomen: nee" in summary and "Wat: een fles champagne" in summary
    assert "- Van wie: leverancier\n- Organisatie: Wijnhandel De Kurk" in summary
    chat.say(chat.buttons["Iets aanpassen"])
    assert "Hoeveel is het ongeveer waard" in chat.say(chat.buttons["Geschatte waarde"])
    summary = chat.say("nee wacht, het was 45 euro")
    assert "Geschatte waarde: € 45" in summary and "Bram, Inkoop" in summary
    # typed instead of pressed: "nee" to "Klopt dit?", then the field in words
    assert "Wat wil je aanpassen?" in chat.say("nee")
    assert "Wanneer was dat?" in chat.say("de datum klopt niet")
    summary = chat.say("16 maart")
    assert f"Datum: {last_16_march():%d-%m-%Y}" in summary and "Geschatte waarde: € 45" in summary


def test_the_story_told_before_is_offered_and_taken_by_its_button(setting):
    """A question told after the story became the description of a notice that was sent."""
    chat = Chat(setting[0])
    story = ("Ik zag vorige week een beleidsmedewerker op het plein een projectontwikkelaar een map geven met de nog "
             "niet openbare grondprijzen voor het nieuwe woongebied.")
    chat.say(story)
    chat.say("Het gaat om die collega, niet om mij. Wat moet ik daarmee?")
    asked = chat.say('/melding_doen{"melding_type": "vermoeden_misstand"}')
    assert "Wat is er aan de hand?" in asked and story[:80] in asked and chat.buttons == {"Ja, gebruik dat": "/affirm"}
    assert "Wanneer was het?" in chat.say("/affirm")
    for answer in ("/dont_know", "/dont_know", "/dont_know", "/dont_know", "/affirm"):
        chat.say(answer)
    assert f"Wat is er aan de hand: {story}" in chat.say("/dont_know")


def test_an_anonymous_notice_gives_a_code_once_and_the_status_can_be_asked(setting):
    chat = Chat(setting[0])
    assert "Wat is er aan de hand?" in chat.say('/melding_doen{"melding_type": "vermoeden_misstand"}')
    chat.say("een collega laat facturen van zijn zwager goedkeuren zonder offerte")
    chat.say("/dont_know")
    chat.say("afdeling Inkoop")
    chat.say("/dont_know")
    assert "anoniem" in chat.say("de facturen in het systeem")
    assert "contact" in chat.say("/affirm")  # anonymous: no name is asked
    summary = chat.say("/dont_know")
    assert "Anoniem: ja" in summary and "naam" not in summary
    answer = chat.say("/affirm")
    reference, code = REFERENCE.search(answer).group(0), CODE.search(answer).group(0)
    assert "Bewaar deze code goed" in answer

    later = Chat(setting[0])
    assert "meldingsnummer" in later.say("wat is de status van mijn melding")
    assert "code" in later.say(reference.lower())
    status = later.say(code)
    assert "ontvangen" in status and code not in status  # the code is never shown again

    wrong = Chat(setting[0])
    wrong.say("wat is de status van mijn melding")
    wrong.say(reference)
    assert NOT_FOUND_TEXT in wrong.say("AAAA-BBBB-CCCC-DDDD")
    # the right code typed next, in a sentence, is looked up with the number just tried (it was not understood, KD-15)
    assert "ontvangen" in wrong.say(f"sorry verkeerde code, het is {code.lower()}")
    assert "meldingsnummer" in wrong.say("wat is de status van mijn melding")  # the number is asked again later


@pytest.mark.parametrize("leave, said", [
    ("/stop", "verstuur ik niet"),
    # "kun je alles wissen wat ik tot nu toe heb getypt?" inside a notice wiped it without a word of it (FD-11)
    ("/gesprek_wissen", "is niet verstuurd en is nu ook weg"),
])
def test_stopping_or_wiping_midway_files_nothing_and_says_so(setting, leave, said):
    url, direct_url, *_ = setting
    before = stored_count(direct_url)
    chat = Chat(url)
    chat.say('/melding_doen{"melding_type": "nevenwerkzaamheden"}')
    chat.say("ik geef bijles wiskunde")
    assert said in chat.say(leave)
    assert stored_count(direct_url) == before


def test_wiping_without_a_notice_begun_names_none(setting):
    chat = Chat(setting[0])
    chat.say("/greet")
    assert "is niet verstuurd" not in chat.say("/gesprek_wissen")


def test_a_wish_to_keep_the_notice_for_later_is_answered_and_the_notice_kept_as_it_was(setting):
    """At the summary "kun je dit bewaren?" was read as an answer; once the notice restarted and lost its corrections."""
    url, direct_url, *_ = setting
    before = stored_count(direct_url)
    chat = Chat(url)
    file_a_gift(chat, "Karin, Inkoop")
    answer = chat.say("eigenlijk wil ik eerst even met mijn leidinggevende praten morgen. kun je dit bewaren?")
    assert "niet bewaren" in answer and "Wat wil je aanpassen?" in answer and stored_count(direct_url) == before
    assert REFERENCE.search(chat.say(chat.buttons["Niets, versturen"]))  # the notice as it was, sent when asked
    assert stored_count(direct_url) == before + 1


def test_the_tracker_store_holds_no_notice_text_and_no_receipt_code(setting):
    """After a named and an anonymous notice, every row of Rasa's tracker store is scanned."""
    url, _, _, tracker_url = setting
    named = Chat(url)
    answers = ["leverancier, Drukkerij Zonnebloem", "twee kaartjes voor het concert in Carré", "Ingrid Veldhuis, Belastingen"]
    file_a_gift(named, answers[2], giver=answers[0], gift=answers[1])
    assert REFERENCE.search(named.say("/affirm"))

    anonymous = Chat(url)
    tip = ["de teamleider van Parkeerbeheer int boetes contant en houdt ze zelf",
           "in de garage onder het stadskantoor", "de kasboeken van maart"]
    anonymous.say('/melding_doen{"melding_type": "vermoeden_misstand"}')
    anonymous.say(tip[0])
    anonymous.say("/dont_know")
    anonymous.say(tip[1])
    anonymous.say("/dont_know")
    anonymous.say(tip[2])
    anonymous.say("/affirm")
    anonymous.say("/dont_know")
    filed = anonymous.say("/affirm")
    reference, code = REFERENCE.search(filed).group(0), CODE.search(filed).group(0)
    asker = Chat(url)  # and the code typed back, the way a reporter might type it
    asker.say("wat is de status van mijn melding")
    asker.say(reference)
    assert "ontvangen" in asker.say(code.replace("-", " ").lower())

    with database.get_engine(tracker_url).connect() as connection:
        rows = [" ".join(map(str, row)) for row in connection.execute(text("SELECT * FROM events"))]
    assert len(rows) > 50
    compact = code.replace("-", "")
    words = ["Zonnebloem", "Carré", "Veldhuis", "Parkeerbeheer", "stadskantoor", "kasboeken"]
    secrets = [*answers, *tip, *words, code, compact, code.replace("-", " ").lower()]
    found = {secret for secret in secrets for row in rows if secret.lower() in row.lower()}
    assert found == set()
