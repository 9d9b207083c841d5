"""The conversation paths of issue 10 through the REST channel of the running assistant (the
trained model, the real action server): what a story cannot show, because `rasa test core`
runs no NLU and no custom action. Someone else's conduct keeps its theme for the advice; the
bot asks which theme when unsure; a how-to question gets the answer and an offer; facts said
are not asked again; Dutch dates are taken as said; every kind of question offers a way out
after two failed answers."""
from datetime import date, timedelta
from pathlib import Path

import pytest
import yaml

from actions.faq import OFFER
from actions.forms import STUCK_REQUIRED
from tests.test_conversation_rest import Chat, setting  # noqa: F401 - the servers, once per module

pytestmark = pytest.mark.skipif(not __import__("os").environ.get("MODEL"),
                                reason="needs a trained model: run through ./manage test")

ROOT = Path(__file__).resolve().parent.parent
TEXTS = yaml.safe_load((ROOT / "bot" / "teksten.yml").read_text(encoding="utf-8"))


def subject_opening(theme: str) -> str:
    """The start of what the advice says about the theme of someone else's conduct."""
    return TEXTS["escalatie"][f"onderwerp_{theme.removeprefix('dilemma_')}"].split(":")[0]


SOMEONE_ELSES_CONDUCT = {
    "dilemma_geschenk": "een collega van inkoop neemt steeds dure flessen wijn aan van een leverancier",
    "dilemma_uitnodiging": "mijn collega gaat op kosten van een aannemer een weekend naar een voetbalwedstrijd in Londen",
    "dilemma_nevenwerkzaamheden": "een collega heeft een bijbaan als makelaar en heeft dat nooit gemeld",
    "dilemma_belangenverstrengeling":
        "mijn teamleider heeft de opdracht voor het groenonderhoud aan het bedrijf van zijn zoon gegeven",
    "dilemma_vertrouwelijke_informatie":
        "een collega zoekt in de basisregistratie personen de adressen van zijn kennissen op",
    "dilemma_gemeentelijke_voorzieningen":
        "een collega neemt elke week pakken printpapier en pennen van kantoor mee naar huis",
}


@pytest.mark.parametrize("theme", sorted(SOMEONE_ELSES_CONDUCT))
def test_someone_elses_conduct_is_reported_with_what_the_code_says_about_its_theme(setting, theme):
    chat = Chat(setting[0])
    chat.say("hoi")
    assert "Wat past het best?" in chat.say(SOMEONE_ELSES_CONDUCT[theme])  # the path for reporting it
    answer = chat.say('/inform{"misstand_soort": "misstand"}')
    if "Is je leidinggevende zelf bij de zaak betrokken?" in answer:  # not when a team leader does it
        answer = chat.say("/deny")
    assert subject_opening(theme) in answer
    others = [subject_opening(t) for t in SOMEONE_ELSES_CONDUCT if t != theme]
    assert not any(opening in answer for opening in others)


def test_unwanted_behaviour_towards_a_colleague_gets_the_questions_of_unwanted_behaviour(setting):
    chat = Chat(setting[0])
    chat.say("hoi")
    answer = chat.say("mijn teamleider kleineert een collega steeds in het teamoverleg, waar iedereen bij is")
    # what was said is not asked (belittling; the team leader does it): the next question of that path
    assert "Kun je het veilig met de persoon zelf bespreken?" in answer
    assert "Wat past het best bij wat er gebeurt?" not in answer and "Is je leidinggevende" not in answer
    assert "Is het gedrag tegen jou gericht?" not in answer  # towards a colleague, said
    answer = chat.say("/affirm")
    # the steps of someone who saw it, not of the one it happens to
    assert "ben je er ook voor je collega's" in answer and "Vervelend dat je dit meemaakt" not in answer
    assert "officiële melding" in answer and "officiële klacht" not in answer


def test_whether_the_behaviour_is_towards_the_user_is_asked_when_unclear_and_the_manager_may_be_unknown(setting):
    chat = Chat(setting[0])
    chat.say("hoi")
    chat.say("/dilemma_ongewenst_gedrag")
    assert "Is het gedrag tegen jou gericht?" in chat.say('/inform{"gedragsvorm": "discriminatie"}')
    assert "Kun je het veilig met de persoon zelf bespreken?" in chat.say("nee, tegen een collega van mij")
    assert "Is je leidinggevende zelf bij de zaak betrokken?" in chat.say("/deny")
    answer = chat.say("weet ik niet")  # once a fallback
    assert "ben je er ook voor je collega's" in answer
    assert "Ga voor overleg en advies naar je leidinggevende of naar een vertrouwenspersoon" in answer


def test_a_how_to_question_gets_the_answer_and_an_offer_to_look_at_the_own_case(setting):
    chat = Chat(setting[0])
    chat.say("hoi")
    answer = chat.say("hoe registreer ik een nevenfunctie?")
    assert OFFER in answer and answer.index(OFFER) > 0  # after the answer
    assert chat.buttons == ["/dilemma_nevenwerkzaamheden", "/thankyou"]
    advice = chat.say("/dilemma_nevenwerkzaamheden")
    assert TEXTS["nevenwerkzaamheden"]["toegestaan_melden"].split(",")[0] in advice  # the side-job advice


# Messages between someone else's conduct and unwanted behaviour. Which of them a model is unsure
# about moves with every change of the training data, so a test takes the first that gets the question.
VAGUE = ["ik heb last van wat een collega doet", "mijn collega gaat over de grens", "mijn collega doet raar",
         "mijn teamleider doet raar", "mijn collega is vreemd bezig", "mijn teamleider is raar bezig"]
UNSURE = "Ik wil je goed helpen. Gaat het vooral om"


def unsure_chat(url: str) -> Chat:
    """A conversation in which the bot has just asked whether a vague message is about someone
    else's conduct or about unwanted behaviour."""
    for text in VAGUE:
        chat = Chat(url)
        chat.say("hoi")
        if chat.say(text).startswith(UNSURE) and \
                {"/dilemma_vermoeden_misstand", "/dilemma_ongewenst_gedrag"} <= set(chat.buttons):
            return chat
    pytest.fail(f"the bot asked about none of {VAGUE}")


def test_unsure_between_themes_the_bot_asks_which_with_a_button_each(setting):
    chat = unsure_chat(setting[0])
    assert chat.buttons[-1] == "/out_of_scope"
    assert "Wat past het best bij wat er gebeurt?" in chat.say("/dilemma_ongewenst_gedrag")  # that theme's path


def test_something_else_than_the_themes_offered_asks_to_say_it_in_other_words(setting):
    chat = unsure_chat(setting[0])
    assert "Kun je het anders zeggen?" in chat.say("/out_of_scope")
    assert "Wat past het best bij wat er gebeurt?" in chat.say("mijn collega doet steeds heel vervelend tegen me")


@pytest.mark.parametrize("first", ["een leverancier wil me een fles wijn geven, mag dat?",  # offered
                                   "ik kreeg gisteren een kerstpakket van een aannemer"])  # received
def test_a_gift_said_to_be_offered_or_received_is_not_asked_about(setting, first):
    chat = Chat(setting[0])
    answer = chat.say(first)
    assert "Vertel in je eigen woorden" not in answer  # no list of themes: the question at once
    assert "Hoeveel is het ongeveer waard" in answer
    answer = chat.say("zo'n 30 euro")
    assert "Heb je het al aangenomen?" not in answer and "Wil je dit nu melden?" in answer


def test_the_day_said_with_a_gift_is_not_asked_again_by_its_notice(setting):
    chat = Chat(setting[0])
    chat.say("ik kreeg gisteren een kerstpakket van een aannemer")
    chat.say("zo'n 30 euro")
    asked = chat.say('/melding_doen{"melding_type": "geschenk"}')
    if "Van wie kreeg je het?" in asked:  # the giver, where the model found none in the message
        asked = chat.say("aannemer, Bouwbedrijf Jansen")
    else:  # the kind of giver only: its organisation is asked
        assert "Welke organisatie of welk bedrijf is het?" in asked
        asked = chat.say("Bouwbedrijf Jansen")
    # what it was and the day were said: neither is asked
    assert "Wat heb je gekregen" not in asked and "Wanneer was dat?" not in asked and "Wat is je naam" in asked
    summary = chat.say("Anna, Financiën")
    assert f"- Datum: {date.today() - timedelta(days=1):%d-%m-%Y}" in summary and "- Wat: een kerstpakket" in summary


def test_danger_told_at_a_question_gets_112_first(setting):
    """"moet ik 112 bellen???" in the questions about behaviour got "Daar kan ik je helaas niet mee helpen"."""
    chat = Chat(setting[0])
    assert "112" in chat.say("help mn collega is door het lint gegaan en gooit met stoelen op de gang, ik heb me opgesloten")
    assert "Bel dan meteen 112" in chat.say("moet ik 112 bellen???")


def test_thinking_it_over_or_a_typed_yes_after_not_yet_at_the_summary_sends_nothing(setting):
    """"ik denk er nog even over na" got the message for thoughts of suicide; after "nog niet versturen"
    a later "ja ..." sent the notice."""
    chat = Chat(setting[0])
    chat.say("ik kreeg gisteren een kerstpakket van 30 euro van een aannemer, Bouwbedrijf Jansen")
    asked = chat.say('/melding_doen{"melding_type": "geschenk"}')
    if "Van wie kreeg je het?" in asked:
        chat.say("aannemer, Bouwbedrijf Jansen")
    assert "Klopt dit?" in chat.say("Anna, Financiën")
    thinking = chat.say("ik denk er nog even over na")
    assert "113" not in thinking and "melding is verstuurd" not in thinking
    assert "melding is verstuurd" not in chat.say("nog niet versturen")
    assert "melding is verstuurd" not in chat.say("ja hij staat erop")


@pytest.mark.parametrize("when", ["vorige maand", "begin maart", "een paar weken geleden", "rond kerst"])
def test_a_date_in_everyday_words_is_taken_as_said(setting, when):
    chat = Chat(setting[0])
    chat.say("hoi")
    chat.say('/melding_doen{"melding_type": "vermoeden_misstand"}')
    chat.say("een collega schrijft uren die hij niet werkt")
    answer = chat.say(when)
    assert "Waar gebeurde het?" in answer and "Probeer het nog eens" not in answer


# Every kind of question: how it is reached, the question, two answers it cannot read (none of
# them a recognised "weet ik niet", "stop" or theme), and what the way out offers.
QUESTIONS = {
    "a choice (relation)": ("/dilemma_belangenverstrengeling", "Wie is het voor jou?",
                            ["dat hangt ervan af", "ik twijfel"]),
    "a choice (kind of behaviour)": ("/dilemma_ongewenst_gedrag", "Wat past het best bij wat er gebeurt?",
                                     ["gewoon heel vervelend", "misschien"]),
    "a choice (wrongdoing or behaviour)": ("/dilemma_vermoeden_misstand", "Een vermoeden van een misstand is",
                                           ["ik twijfel", "gewoon heel vervelend"]),
    "an amount": ("/dilemma_geschenk", "Hoeveel is het ongeveer waard", ["heel veel", "best duur"]),
    "yes or no": ('/dilemma_uitnodiging', "Betalen zij ook je reis", ["misschien", "half"]),
    "a date of a notice": ('/melding_doen{"melding_type": "geschenk"}', "Wanneer was dat?", ["paars", "half"]),
}
# The answers that lead to the question (typed: a typed payload with entities is plain text, bot/payloads.py).
PREAMBLE = {"yes or no": ["een adviesbureau"],
            "a date of a notice": ["leverancier, Drukkerij De Vries", "een doos bonbons", "15 euro"]}


def _fail_twice(chat, kind):
    start, question, failures = QUESTIONS[kind]
    chat.say("hoi")
    asked = chat.say(start)
    for answer in PREAMBLE.get(kind, []):
        asked = chat.say(answer)
    assert question in asked
    first = chat.say(failures[0])
    assert question in first and "Het lukt niet zo" not in first  # asked again
    return question, chat.say(failures[1])


@pytest.mark.parametrize("kind", sorted(QUESTIONS))
def test_two_failed_answers_offer_to_skip_or_stop_and_skipping_goes_on(setting, kind):
    chat = Chat(setting[0])
    question, second = _fail_twice(chat, kind)
    assert "Het lukt niet zo. Wil je deze vraag overslaan" in second and ["/dont_know", "/stop"] == [
        b["payload"] for b in chat.last[0]["buttons"]]
    after = chat.say("/dont_know")
    assert question not in after and "Het lukt niet zo" not in after and after  # the next question or the advice


@pytest.mark.parametrize("kind", ["a choice (kind of behaviour)", "an amount"])
def test_two_failed_answers_then_stop_keeps_nothing(setting, kind):
    chat = Chat(setting[0])
    _fail_twice(chat, kind)
    assert "ik stop hiermee" in chat.say("/stop")


def test_a_question_that_cannot_be_skipped_offers_yes_no_or_stop(setting):
    chat = Chat(setting[0])
    chat.say("hoi")
    chat.say("/dilemma_geschenk")
    chat.say("30 euro")
    assert "Heb je het al aangenomen?" in chat.say("een inwoner")
    chat.say("half")
    assert STUCK_REQUIRED in chat.say("paars")
    assert [b["payload"] for b in chat.last[0]["buttons"]] == ["/affirm", "/deny", "/stop"]


@pytest.mark.parametrize("typed", ["hmm", "ja", "nee"])
def test_a_question_with_choices_stays_asked_on_a_typed_yes_no_or_murmur(setting, typed):
    chat = Chat(setting[0])
    chat.say("hoi")
    chat.say("/dilemma_belangenverstrengeling")
    answer = chat.say(typed)
    assert "Wie is het voor jou?" in answer and "Kies het antwoord dat het best past" in answer
    assert "Wat is jouw rol in de zaak?" in chat.say("Partner")  # a button's title typed answers it


@pytest.mark.parametrize("start, question, typed, next_question", [
    ("/dilemma_ongewenst_gedrag", "Wat past het best bij wat er gebeurt?", "seksuele intimidatie denk ik",
     "Is het gedrag tegen jou gericht?"),
    ("/dilemma_vermoeden_misstand", "Een vermoeden van een misstand is", "gedrag van een collega denk ik",
     "Kun je het veilig met de persoon zelf bespreken?"),
    # the button's own words, which the NLU takes for the FAQ about reporting a wrongdoing
    ("/dilemma_vermoeden_misstand", "Een vermoeden van een misstand is", "een vermoeden van een misstand",
     "Is je leidinggevende zelf bij de zaak betrokken?"),
])
def test_a_choice_typed_in_words_of_the_theme_answers_the_question(setting, start, question, typed, next_question):
    """Such words read as the theme itself; they once started the theme again, asking the same question."""
    chat = Chat(setting[0])
    chat.say("hoi")
    assert question in chat.say(start)
    answer = chat.say(typed)
    assert next_question in answer and question not in answer


def test_a_role_said_in_the_first_message_is_not_asked(setting):
    chat = Chat(setting[0])
    answer = chat.say("mijn neef heeft gesolliciteerd bij ons en ik zit in de sollicitatiecommissie")
    if "Wie is het voor jou?" in answer:  # the relation, where the model found none
        answer = chat.say("/inform{\"relatie\": \"familie\"}")
    assert "Wat is jouw rol in de zaak?" not in answer and answer


def gift_summary(chat: Chat) -> str:
    chat.say("hoi")
    chat.say('/melding_doen{"melding_type": "geschenk"}')
    for answer in ("leverancier, Drukkerij De Vries", "een doos bonbons", "15 euro", "vorige week dinsdag", "/affirm"):
        chat.say(answer)
    summary = chat.say("Anna, Financiën")
    assert "Klopt dit?" in summary
    return summary


def test_a_correction_typed_at_the_summary_keeps_the_notice(setting):
    chat = Chat(setting[0])
    gift_summary(chat)
    # words the NLU may take for a new gift: once the notice was dropped and the theme began again
    asked = chat.say("wacht, ik heb het net opengemaakt, het is een bon")
    if "Wat wil je aanpassen?" in asked:
        asked = chat.say('/melding_aanpassen{"melding_veld": "melding_omschrijving"}')
    assert "Wat heb je gekregen" in asked
    summary = chat.say("een cadeaubon")
    assert "- Wat: een cadeaubon" in summary and "- Van wie: leverancier, Drukkerij De Vries" in summary


def test_a_button_of_an_earlier_question_does_not_fill_a_field(setting):
    chat = Chat(setting[0])
    chat.say("hoi")
    chat.say('/melding_doen{"melding_type": "geschenk"}')
    assert "Die knop hoort bij een eerdere vraag" in chat.say("/affirm")  # pressed again, not an answer


@pytest.mark.parametrize("question", ["ok en moet ik het ergens melden?", "moet ik het teruggeven?"])
def test_a_follow_up_question_after_the_advice_stays_with_its_theme_and_facts(setting, question):
    """Such questions were taken for other themes (a side job, the municipality's things)."""
    chat = Chat(setting[0])
    chat.say("hoi")
    chat.say("ik kreeg van een leverancier een fles wijn")
    assert "grens van € 50" in chat.say("ongeveer 15 euro")
    answer = chat.say(question)
    assert "Een cadeau van € 15" in answer and "Hoeveel is het ongeveer waard" not in answer
    assert '/melding_doen{"melding_type": "geschenk"}' in chat.buttons


def test_a_resident_s_threat_gets_the_steps_for_the_public_at_once(setting):
    """It was asked whether the user could talk it over with the resident, then told to file a
    complaint under the regulation for colleagues."""
    chat = Chat(setting[0])
    chat.say("hoi")
    answer = chat.say("een inwoner aan de balie werd boos en dreigde me op te wachten na het werk")
    assert "Over gedrag van inwoners of klanten zegt de gedragscode niets" in answer and "aangifte" in answer
    assert "vastgelegd" in answer and "klacht" not in answer and "veilig met de persoon zelf" not in answer


def test_a_question_after_the_advice_gets_its_answer_not_the_whole_advice_again(setting):
    """"mag ik mijn vrouw meenemen?" got the advice about invitations again; "hoe zeg ik netjes nee?"
    (read as a no) the rules about the municipality's things."""
    chat = Chat(setting[0])
    chat.say("hoi")
    # a dinner near by: no question about travel or a hotel (it blocked users at a lunch in the village)
    answer = chat.say("ik ben door een leverancier uitgenodigd voor een diner")
    assert "bespreek je volgens de gedragscode altijd" in answer and "Betalen zij" not in answer and "reis" not in answer
    answer = chat.say("mag ik mijn vrouw meenemen?")
    assert "Of je iemand mag meenemen, zegt de gedragscode niet" in answer and "alcohol" not in answer
    assert "zeg dat je het eerst met je leidinggevende bespreekt" in chat.say("hoe zeg ik dan netjes nee?")


@pytest.mark.parametrize("question, said", [
    ("mag ik een paar pakken printpapier mee naar huis nemen?", "Kort gezegd: dat mag niet. Eigendommen van de gemeente"),
    ("mag ik op mijn werk af en toe privé iets printen?", "Kort gezegd: dat mag, als het beperkt blijft"),
    ("mag ik in de BRP het adres van mijn ex opzoeken?", "Kort gezegd: dat mag niet. Informatie uit je werk"),
])
def test_a_case_of_one_rule_gets_that_rules_answer_first(setting, question, said):
    chat = Chat(setting[0])
    chat.say("hoi")
    assert said in chat.say(question)


def test_a_change_of_anonymity_typed_at_the_summary_keeps_the_notice(setting):
    """"ik wil niet meer anoniem" reads as "stop" and once dropped the notice."""
    chat = Chat(setting[0])
    chat.say("hoi")
    chat.say('/melding_doen{"melding_type": "vermoeden_misstand"}')
    for answer in ("een collega schrijft uren die hij niet werkt", "/dont_know", "/dont_know", "/dont_know",
                   "/dont_know", "/affirm"):  # the last: anonymous
        chat.say(answer)
    assert "- Anoniem: ja" in chat.say("/dont_know")
    assert "Wat is je naam en je afdeling?" in chat.say("ik wil niet meer anoniem")
    assert "Hoe wil je dat er contact met je wordt opgenomen?" in chat.say("Sanne de Vries, Belastingen")
    summary = chat.say("/dont_know")
    assert "- Anoniem: nee" in summary and "- Je naam en afdeling: Sanne de Vries, Belastingen" in summary


def test_yes_to_the_offer_of_a_contact_request_starts_it(setting):
    chat = Chat(setting[0])
    chat.say("hoi")
    assert "Dan vul ik met je een contactverzoek in" in chat.say("ik wil met een mens praten")
    assert "Waar wil je over praten?" in chat.say("ja graag")  # once a fallback


def _gift_summary(chat):
    chat.say("hoi")
    chat.say('/melding_doen{"melding_type": "geschenk"}')
    for answer in ("leverancier, Drukkerij De Vries", "een doos bonbons", "15 euro", "gisteren", "/affirm"):
        chat.say(answer)
    assert "Klopt dit?" in chat.say("Piet, Burgerzaken")


@pytest.mark.parametrize("send", ["verstuur maar", "versturen"])
def test_a_wish_to_send_typed_at_the_summary_sends_the_notice(setting, send):
    chat = Chat(setting[0])
    _gift_summary(chat)
    answer = chat.say(send)  # "verstuur maar" once read as stop and dropped the notice
    assert "MLD-" in answer and "ik stop hiermee" not in answer


def test_acute_danger_is_answered_with_112_first(setting):
    chat = Chat(setting[0])
    chat.say("hoi")
    chat.say("er staat een man bij de balie te schreeuwen en hij heeft een mes")
    assert "Bel dan meteen 112" in chat.last[0]["text"]


def test_the_kind_of_notice_typed_at_the_choice_starts_it(setting):
    chat = Chat(setting[0])
    chat.say("hoi")
    assert "Wat wil je melden?" in chat.say('/melding_doen')
    assert "Wat voor werk of functie is het?" in chat.say("nevenwerk")  # once a guess, then a fallback
