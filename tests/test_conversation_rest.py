"""Whole conversations through the REST channel of the running assistant: the trained model,
the real action server and Rasa's SQL tracker store on a SQLite file."""
import os
import shutil
import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from actions.common import ERROR_MESSAGE
from bot.chat import send
from tests.conftest import ProfileFile
from tests.servers import assistant

ROOT = Path(__file__).resolve().parent.parent
MODEL = os.environ.get("MODEL")
pytestmark = pytest.mark.skipif(not MODEL, reason="needs a trained model: run through ./manage test")


@pytest.fixture(scope="module")
def setting(tmp_path_factory):
    workdir = tmp_path_factory.mktemp("assistant")
    profile = ProfileFile(workdir / "organisatie.yml")
    shutil.copy(ROOT / "organisatie.yml", profile.path)
    tracker_db = workdir / "tracker.db"
    env = {"IA_PROFIEL": str(profile.path), "TRACKER_DB_URL": f"sqlite:///{tracker_db}",
           "IA_DATABASE_URL": f"sqlite:///{workdir / 'integriteit.db'}"}
    with assistant(MODEL, workdir, env) as url:
        yield url, profile, tracker_db


class Chat:
    def __init__(self, url: str):
        self.url, self.sender = url, uuid.uuid4().hex

    def say(self, text: str) -> str:
        self.last = send(self.url, self.sender, text)
        return " ".join(m.get("text", "") for m in self.last)

    @property
    def buttons(self):
        return [b["payload"] for m in self.last for b in m.get("buttons", [])]


def test_the_first_message_says_it_is_a_bot_what_it_keeps_and_offers_themes(setting):
    chat = Chat(setting[0])
    answer = chat.say("hoi")
    assert "chatbot en geen mens" in answer and "30 dagen gewist" in answer
    assert "/dilemma_geschenk" in chat.buttons and "/dilemma_vermoeden_misstand" in chat.buttons


def test_a_first_message_that_is_a_dilemma_is_answered_at_once_without_the_list_of_themes(setting):
    chat = Chat(setting[0])
    answer = chat.say("een leverancier wil me een fles champagne van 80 euro geven, mag dat?")
    assert "chatbot en geen mens" in answer and "30 dagen gewist" in answer  # the short introduction
    assert "boven de grens van € 50" in answer  # the advice, in the same turn
    assert "/dilemma_uitnodiging" not in chat.buttons and "Vertel in je eigen woorden" not in answer


def test_someone_elses_conduct_goes_to_the_path_for_reporting_it(setting):
    chat = Chat(setting[0])
    chat.say("hallo")
    answer = chat.say("mijn teamleider heeft de opdracht voor het groenonderhoud aan het bedrijf van zijn zoon gegeven")
    assert "Wat past het best?" in answer
    assert '/inform{"misstand_soort": "misstand"}' in chat.buttons


def test_gift_above_threshold_then_a_correction_changes_the_advice(setting):
    chat = Chat(setting[0])
    chat.say("hallo")
    # "wil me ... geven": offered, not accepted, so the bot does not ask (main, 87f81ce)
    answer = chat.say("een leverancier wil me een fles champagne van 80 euro geven")
    assert "Heb je het al aangenomen?" not in answer and "boven de grens van € 50" in answer
    answer = chat.say("nee sorry, het was 30 euro")
    assert "mag het aannemen" in answer and "€ 30" in answer


def test_the_threshold_in_the_profile_changes_the_advice_without_retraining(setting):
    url, profile, _ = setting
    profile.edit(geschenk_drempel_euro=100)
    try:
        chat = Chat(url)
        chat.say("hoi")
        assert "niet boven de grens van € 100" in chat.say("een aannemer bood me een cadeaubon van 80 euro aan")
    finally:
        profile.edit(geschenk_drempel_euro=50)


def test_the_faq_on_the_gift_limit_reads_the_profile_when_asked(setting):
    url, profile, _ = setting
    chat = Chat(url)
    chat.say("hoi")  # the session starts with the threshold of 50
    assert "grens van € 50" in chat.say("wat is de grens voor cadeaus?")
    profile.edit(geschenk_drempel_euro=75)
    try:
        assert "grens van € 75" in chat.say("wat is de grens voor cadeaus?")  # the same session
    finally:
        profile.edit(geschenk_drempel_euro=50)


def test_a_person_can_be_asked_for_in_the_middle_of_a_question(setting):
    chat = Chat(setting[0])
    chat.say("hoi")
    chat.say("ik krijg een kerstpakket van een leverancier")
    answer = chat.say("ik wil met een vertrouwenspersoon praten")
    assert "035 000 00 01" in answer  # the adviser's number from the profile
    assert "Hoeveel is het ongeveer waard" in answer  # and the question comes back


def test_violence_at_home_gets_112_and_veilig_thuis_not_the_steps_for_a_colleague(setting):
    """It got "waarschuw een collega of de beveiliging" and "Is je leidinggevende zelf bij de zaak betrokken?"."""
    chat = Chat(setting[0])
    answer = chat.say("mijn man slaat me thuis, ik durf niet goed te zeggen op werk waarom ik blauwe plekken heb")
    assert "112" in answer and "Veilig Thuis" in answer and "0800 2000" in answer
    assert "vertrouwenspersoon@huizen.example" in answer  # the profile's contact, filled in
    assert "leidinggevende zelf" not in answer and "/affirm" not in chat.buttons


def test_harassment_skips_talking_to_the_person(setting):
    chat = Chat(setting[0])
    chat.say("hoi")
    # the message says the kind of behaviour and who does it: the advice at once (bot/said/facts.py)
    answer = chat.say("mijn teamleider maakt steeds seksuele opmerkingen en zit aan me")
    assert "Kun je het veilig" not in answer and "Wat past het best" not in answer
    assert "niet eerst zelf met de persoon te bespreken" in answer
    assert "omdat die zelf betrokken is" in answer


# What the bot says when it did not understand: ask to rephrase, guess with "Bedoel je ...?",
# say it cannot help with that, the last stage of the fallback, or ask for the theme; each
# offers buttons.
NOT_UNDERSTOOD = ("dat begrijp ik niet goed", "Ik weet niet zeker of ik je goed begrijp",
                  "Daar kan ik je helaas niet mee helpen", "Het lukt me niet om je vraag te begrijpen",
                  "Ik weet nog niet waar je vraag over gaat")


@pytest.mark.parametrize("text", ["asdkj qwpoeiu zxmn", "🙂🙂🙂", "x" * 5000, "' OR 1=1; --", "/onbekend_intent"])
def test_odd_input_gets_a_dutch_answer(setting, text):
    chat = Chat(setting[0])
    chat.say("hoi")
    answer = chat.say(text)
    assert any(phrase in answer for phrase in NOT_UNDERSTOOD), answer
    assert ERROR_MESSAGE not in answer and chat.buttons


def test_conversations_are_kept_in_the_sql_tracker_store(setting):
    url, _, tracker_db = setting
    chat = Chat(url)
    chat.say("hoi")
    with sqlite3.connect(tracker_db) as db:
        (count,) = db.execute("select count(*) from events where sender_id = ?", (chat.sender,)).fetchone()
    assert count > 3


def test_a_conversation_the_user_asks_to_delete_is_gone_and_the_next_message_starts_anew(setting):
    url, _, tracker_db = setting
    chat = Chat(url)
    chat.say("mijn teamleider gunt steeds opdrachten aan het bedrijf van zijn zwager")
    assert "gewist" in chat.say("ik heb spijt, kun je dit gesprek wissen?")
    with sqlite3.connect(tracker_db) as db:
        assert db.execute("select count(*) from events where sender_id = ?", (chat.sender,)).fetchone() == (0,)
    assert "automatische chatbot" in chat.say("hoi")  # a new conversation, with the opening


def test_the_opening_says_who_reads_a_notice(setting):
    answer = Chat(setting[0]).say("hoi")
    assert "geen teksten of namen" in answer and "lezen de ontvangers je tekst" in answer


def test_a_suspected_wrongdoing_is_not_discussed_with_the_person_first(setting):
    # issue 14: no question whether it can be discussed with the person; three messages; more behind a button
    chat = Chat(setting[0])
    chat.say("hoi")
    chat.say("/dilemma_vermoeden_misstand")
    answer = chat.say('/inform{"misstand_soort": "misstand"}')
    assert "Kun je het veilig" not in answer and "Is je leidinggevende zelf" in answer
    answer = chat.say("/deny")
    assert len(chat.last) <= 3 and "niet eerst met de persoon zelf" in answer and "Lukt dat niet" not in answer
    more = next(b["payload"] for m in chat.last for b in m.get("buttons", []) if b["title"] == "Meer over je bescherming")
    assert "Daar hoef je niet om te vragen" in chat.say(more)


def test_a_colleagues_conduct_is_offered_a_contact_request_not_a_wrongdoing_notice(setting):
    chat = Chat(setting[0])
    chat.say("hoi")
    chat.say("/dilemma_vermoeden_misstand")
    chat.say('/inform{"misstand_soort": "gedrag"}')
    chat.say("/affirm")
    answer = chat.say("/deny")
    assert "contactverzoek" in answer and "Wil je dit nu melden?" not in answer
    assert '/melding_doen{"melding_type": "contactverzoek_vertrouwenspersoon"}' in chat.buttons


def test_a_conversation_leaves_anonymous_trend_facts_and_no_text_in_logs_or_tables(setting):
    url, _, tracker_db = setting
    workdir = tracker_db.parent
    chat = Chat(url)
    said = ["hoi", "een leverancier wil me een doos bonbons van 80 euro geven", "nee", "bedankt"]
    answers = [chat.say(text) for text in said]
    assert "boven de grens van € 50" in answers[1]
    with sqlite3.connect(workdir / "integriteit.db") as db:
        db.row_factory = sqlite3.Row
        rows = [dict(row) for row in db.execute("select * from trend_facts")]
    monday = date.today() - timedelta(days=date.today().weekday())
    assert {"themes": "dilemma_geschenk", "perspective": "eigen", "depth": 0, "outcome": "bedankt",
            "channel": "rest", "notice_types": "", "week": monday.isoformat()} in [
        {k: v for k, v in row.items() if k not in ("id", "token")} for row in rows]
    stored = b"".join(path.read_bytes() for path in workdir.glob("integriteit.db*"))  # with the WAL
    logs = {name: (workdir / name).read_text(encoding="utf-8") for name in ("rasa.log", "actions.log")}
    for text in (said[1], "bonbons", chat.sender):  # ("bedankt" is a stored outcome, not the text)
        assert text.encode() not in stored
    for text in said[1:]:  # at the default log level: no message text ("hoi" is also a log word)
        assert not [name for name, log in logs.items() if text in log], text


def test_a_typed_button_title_is_that_button(setting):
    """"Ja, kijk naar mijn situatie", typed, got "Het lukt me niet om je vraag te begrijpen" (DB-16, DE-10); the typed
    yes or no to the fallback's guess is covered in tests/test_in_context.py (which guess comes is the model's)."""
    chat = Chat(setting[0])
    chat.say("hoe registreer ik een nevenfunctie?")
    assert "/dilemma_nevenwerkzaamheden" in chat.buttons
    answer = chat.say("Ja, kijk naar mijn situatie")
    assert "lukt me niet" not in answer and '/melding_doen{"melding_type": "nevenwerkzaamheden"}' in chat.buttons


def test_a_correction_at_the_summary_not_understood_asks_which_field_and_the_conversation_goes_on(setting):
    """"'nee' klopt niet. ik word betaald in aandelen" got "Zo staat het er al" five times, then silence (DA-15)."""
    chat = Chat(setting[0])
    for said in ("ik wil mijn nevenwerk melden", "freelance consultant", "ZaakSoft", "ja betaald", "8",
                 "ja, ik beheer hun systeem", "vorige week donderdag", "Daan Vermeulen, I&A"):
        answer = chat.say(said)
    assert "Klopt dit?" in answer
    answer = chat.say("correctie bij betaald: ik krijg geen geld maar aandelen in ZaakSoft")
    answer = chat.say("nee dat is niet goed, 'nee' klopt niet. ik word betaald in aandelen. dat moet erin staan")
    assert answer.count("Zo staat het er al") <= 1 and "Krijg je ervoor betaald?" in answer
    assert "Klopt dit?" in chat.say("ja, in aandelen") and "Betaald: ja" in " ".join(m.get("text", "") for m in chat.last)


def test_an_earlier_offers_button_at_a_summary_keeps_the_notice(setting):
    """"Ja, nu melden" of an invitation, pressed at a side job's summary, dropped the side job unsaid (DD-12)."""
    chat = Chat(setting[0])
    chat.say("een leverancier nodigt me uit voor hun nieuwjaarsborrel op 8 januari")
    old = next(p for p in chat.buttons if p.startswith("/melding_doen"))
    chat.say("/stop")
    for said in ("ik wil mijn nevenwerk melden", "fietsenmaker", "Fietsenzaak Van Dijk", "ja", "6", "nee",
                 "1 februari", "Ruben van Dijk, Inkoop"):
        answer = chat.say(said)
    assert "Klopt dit?" in answer
    answer = chat.say(old)
    assert "Die knop hoort bij een eerdere vraag" in answer and "Wie nodigt je uit" not in answer
    assert "/affirm" in chat.buttons  # "Niets, versturen": the side job is still there to send
    assert "verstuurd" in chat.say("/affirm") and "MLD-" in " ".join(m.get("text", "") for m in chat.last)


def test_a_manager_asking_priority_for_his_own_brother_is_not_the_users_relative(setting):
    """"Meld het dus ook zelf bij je leidinggevende", to the team leader who asked it (DB-16)."""
    chat = Chat(setting[0])
    answer = chat.say("mijn teamleider vraagt of ik de aanvraag voor een parkeervergunning van zijn broer 'even voor wil "
                      "laten gaan'. er is een wachtlijst van 4 maanden. ik durf geen nee te zeggen eerlijk gezegd")
    assert "Wat is jouw rol in de zaak?" not in answer and "meld je dat bij je leidinggevende" not in answer
    assert "Is je leidinggevende zelf bij de zaak betrokken?" not in answer


def test_a_team_leader_told_of_touching_in_his_team_gets_the_managers_steps(setting):
    """He got "Vervelend dat je dit meemaakt", "Je hoeft het niet eerst zelf met de persoon te bespreken" and "Ga ... naar
    je leidinggevende" (DE-04)."""
    chat = Chat(setting[0])
    answer = chat.say("Goedemorgen, ik ben teamleider bij Ruimtelijke Ordening. Een medewerkster kwam gisteren bij me met de "
                      "klacht dat een andere medewerker uit mijn team haar meerdere keren ongevraagd heeft aangeraakt. Wat is "
                      "nu mijn rol als leidinggevende?")
    assert "Je vraagt dit als leidinggevende" in answer and "bespreekbaar met wie het deed" in answer
    assert "Vervelend dat je dit meemaakt" not in answer and "Is je leidinggevende zelf" not in answer


def test_an_aldermans_gift_told_by_a_trainee_is_someone_elses_conduct(setting):
    """"Je hebt het al aangenomen", to the trainee who saw the alderman take the wine (DC-08)."""
    chat = Chat(setting[0])
    answer = chat.say("Hoi, ik ben stagiair. Na een overleg gaf een projectontwikkelaar de wethouder een doos met dure wijn, "
                      "zes flessen van 40 euro. De wethouder nam het gewoon mee. Mag ik hier iets van vinden?")
    assert "Je hebt het al aangenomen" not in answer and '/inform{"misstand_soort": "misstand"}' in chat.buttons
    answer = chat.say("Een vermoeden van een misstand")
    if "Is je leidinggevende zelf" in answer:
        answer = chat.say("nee")
    assert "burgemeester" in answer
