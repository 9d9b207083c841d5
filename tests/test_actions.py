"""The custom actions, run as the action server runs them: a tracker, a dispatcher, the domain."""
import asyncio
import re
from pathlib import Path

import pytest
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa_sdk import Tracker
from rasa_sdk.executor import ActionExecutor, CollectingDispatcher

from actions.advice import ActionAdvies, ActionNieuwThema
from actions.common import ERROR_MESSAGE, SafeFormValidationAction
from actions.fallback import ActionDefaultAskAffirmation
from actions.faq import ActionFaqEigenSituatie
from actions.forms import (ValidateBelangenForm, ValidateGeschenkForm, ValidateMisstandForm, ValidateOngewenstForm,
                           ValidateUitnodigingForm)
from actions.session import PROFILE_SLOTS, ActionSessionStart
from bot.advice import Facts, text as advice_text
from bot.profile import describe_contacts, load_profile
from bot.themes import FACT_SLOTS

ROOT = Path(__file__).resolve().parent.parent
DOMAIN = Domain.load(ROOT / "domain.yml").as_dict()


def tracker(slots=None, intent="dilemma_geschenk", entities=(), ranking=(), events=(), active_loop=None, text="…"):
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.9},
        "entities": [dict(e) for e in entities],
        "intent_ranking": list(ranking),
    }
    return Tracker(
        sender_id="test",
        slots={**{name: None for name in DOMAIN["slots"]}, **(slots or {})},
        latest_message=latest,
        events=list(events),
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


def run(action, tracker_):
    dispatcher = CollectingDispatcher()
    events = asyncio.run(action.run(dispatcher, tracker_, DOMAIN))
    return dispatcher.messages, events


def slot_events(events):
    return {e["name"]: e["value"] for e in events if e.get("event") == "slot"}


def slots_after(tracker_, events):
    """The slots as Rasa holds them once the action's events are applied."""
    return {**tracker_.slots, **slot_events(events)}


def texts(messages):
    return " ".join(m.get("text") or "" for m in messages)


def test_session_start_fills_profile_slots_and_opens_with_the_welcome(profile_file):
    messages, events = run(ActionSessionStart(), tracker())
    assert events[0]["event"] == "session_started" and events[-1]["name"] == "action_listen"
    slots = slot_events(events)
    assert set(slots) == set(PROFILE_SLOTS) | {"gesprek_token"}
    assert re.fullmatch(r"[0-9a-f]{32}", slots["gesprek_token"])  # random: not the sender id "test"
    assert slot_events(run(ActionSessionStart(), tracker())[1])["gesprek_token"] != slots["gesprek_token"]
    assert slots["org_naam"] == "de gemeente Huizen" and slots["geschenk_drempel"] == "50"
    assert messages[0]["response"] == "utter_welkom" and messages[0]["org_naam"] == "de gemeente Huizen"


def test_every_response_placeholder_is_a_profile_slot():
    used = {
        name
        for variations in DOMAIN["responses"].values()
        for variation in variations
        for name in re.findall(r"{(\w+)}", variation.get("text", ""))
    }
    faq = (ROOT / "data/nlu/faq.yml").read_text(encoding="utf-8")
    used |= set(re.findall(r"{(\w+)}", faq.split("responses:", 1)[1]))
    assert used <= set(PROFILE_SLOTS)


def test_no_text_puts_a_full_stop_after_a_contact_which_ends_in_one():
    """"integriteit@huizen.example.." (IA-15)."""
    texts_ = [variation.get("text", "") for variations in DOMAIN["responses"].values() for variation in variations]
    texts_ += [(ROOT / path).read_text(encoding="utf-8") for path in ("data/nlu/faq.yml", "bot/teksten.yml")]
    assert not [t for t in texts_ if re.search(r"{contact_\w+}\.", t)]
    assert describe_contacts([load_profile().integriteitscoordinator]).endswith(".")


def test_new_theme_forgets_old_facts_but_keeps_what_was_just_said():
    old = {slot: "oud" for slot in FACT_SLOTS}
    entities = [{"entity": "bedrag", "value": "30 euro"}, {"entity": "gever", "value": "aannemer"}]
    _, events = run(ActionNieuwThema(), tracker(slots=old, entities=entities))
    slots = slot_events(events)
    assert slots["thema"] == "dilemma_geschenk"
    assert slots["bedrag"] == "30 euro" and slots["gever"] == "aannemer"
    assert all(slots[s] is None for s in FACT_SLOTS if s not in ("bedrag", "gever"))


def test_acute_danger_is_answered_with_112_before_anything_else(profile_file):
    said = tracker(intent="dilemma_ongewenst_gedrag", text="er staat een man aan de balie met een mes")
    messages, events = run(ActionNieuwThema(), said)
    assert "Bel dan meteen 112" in messages[0]["text"] and slot_events(events)["gedragsvorm"] == "agressie"
    assert run(ActionNieuwThema(), tracker(intent="dilemma_ongewenst_gedrag", text="hij pest me"))[0] == []


def test_a_follow_up_question_to_the_advice_keeps_the_theme_and_every_fact():
    old = {"thema": "dilemma_geschenk", **{slot: "oud" for slot in FACT_SLOTS}}
    follow_up = tracker(slots=old, text="moet ik het teruggeven?")
    follow_up.latest_message["vervolg"] = True  # components/in_context.py
    assert run(ActionNieuwThema(), follow_up)[1] == []


def test_a_managers_follow_up_with_me_in_it_does_not_make_him_the_target():
    """"maar ze heeft me expliciet gevraagd NIKS te doen. mag ik dan toch die collega aanspreken?" got the target's "Sla die
    stap dan gewoon over" (IE-16)."""
    slots = {"thema": "dilemma_ongewenst_gedrag", "als_leidinggevende": True, "gedragsvorm": "seksuele_intimidatie"}
    asked = tracker(slots=slots, intent="dilemma_ongewenst_gedrag",
                    text="maar ze heeft me expliciet gevraagd NIKS te doen. mag ik dan toch die collega aanspreken?")
    asked.latest_message["vervolg"] = True  # components/in_context.py
    assert "zelf_getroffen" not in slot_events(run(ActionNieuwThema(), asked)[1])


def test_a_report_the_user_says_is_not_true_gets_no_help_to_file_it(profile_file):
    """"eerlijk gezegd heeft ie niks gedaan maar hij heeft mijn promotie ingepikt" got "Goed dat je dit serieus neemt" and
    the notice (JD-16)."""
    told = ("ik wil een melding maken over mn collega Kees dat hij fraude pleegt. eerlijk gezegd heeft ie niks gedaan maar hij "
            "heeft mijn promotie ingepikt en ik wil dat hij eens flink onderzocht wordt")
    events = [{"event": "user", "text": told, "parse_data": {"intent": {"name": "dilemma_vermoeden_misstand"}}},
              {"event": "action", "name": "action_nieuw_thema"}]
    asked = tracker(slots={"thema": "dilemma_vermoeden_misstand", "misstand_soort": "misstand"}, events=events,
                    intent="dilemma_vermoeden_misstand", text=told)
    messages_, events_ = run(ActionAdvies(), asked)
    assert "help ik je niet" in texts(messages_) and slot_events(events_)["melding_aangeboden"] is False


@pytest.mark.parametrize("text, accepted", [("een aannemer wil me een fles wijn geven", False),
                                            ("ik kreeg een fles wijn van een aannemer", True),
                                            ("een fles wijn van een aannemer, mag dat?", None)])
def test_a_gift_said_to_be_offered_or_received_is_not_asked_about_again(text, accepted):
    said = tracker(text=text)
    _, events = run(ActionNieuwThema(), said)
    assert slots_after(said, events)["al_aangenomen"] is accepted


def test_a_slot_that_already_holds_its_value_gets_no_event():
    # Rasa keeps every event and reads the whole conversation back for each message
    again = tracker(slots={"thema": "dilemma_geschenk", "bedrag": "30 euro", "vraag_mislukt": 0},
                    entities=[{"entity": "bedrag", "value": "30 euro"}, {"entity": "gever", "value": "aannemer"}])
    _, events = run(ActionNieuwThema(), again)
    assert slot_events(events) == {"gever": "aannemer"}


def test_someone_elses_conduct_keeps_the_theme_it_is_about():
    reported = tracker(intent="dilemma_vermoeden_misstand", text="mijn teamleider huurt het bedrijf van zijn zoon in")
    reported.latest_message["onderwerp"] = "dilemma_belangenverstrengeling"  # as the NLU names it
    slots = slot_events(run(ActionNieuwThema(), reported)[1])
    assert (slots["thema"], slots["onderwerp"]) == ("dilemma_vermoeden_misstand", "dilemma_belangenverstrengeling")


def test_an_own_dilemma_has_no_separate_subject():
    own = tracker(intent="dilemma_belangenverstrengeling")
    own.slots["onderwerp"] = "dilemma_geschenk"  # from someone else's conduct reported before
    _, events = run(ActionNieuwThema(), own)
    assert slots_after(own, events)["onderwerp"] is None


@pytest.mark.parametrize(
    "amount, expected",
    [("50 euro", "mag het aannemen"), ("50,01", "boven de grens"), ("onbekend", "weet de waarde niet")],
)
def test_advice_applies_the_threshold(profile_file, amount, expected):
    slots = {"thema": "dilemma_geschenk", "bedrag": amount, "gever": "leverancier", "al_aangenomen": False}
    messages, events = run(ActionAdvies(), tracker(slots=slots, intent="inform"))
    assert expected in texts(messages)
    # the gift advice ends in "report it": it offers to fill in the notice now
    assert "Wil je dit nu melden?" in messages[-1]["text"]
    assert slot_events(events) == {"melding_aangeboden": True}  # so a typed "ja" starts the notice
    assert messages[-1]["buttons"][0]["payload"] == '/melding_doen{"melding_type": "geschenk"}'


@pytest.mark.parametrize("amount, kind, told", [("50 euro", None, True), ("80 euro", None, False), ("10 euro", "korting", False)])
def test_the_offer_says_to_tell_the_manager_of_an_accepted_gift_only_where_it_may_be_accepted(profile_file, amount, kind, told):
    """After "neem je het niet aan" the offer said "Neem je het cadeau aan, meld het dan ook zelf bij je leidinggevende"."""
    slots = {"thema": "dilemma_geschenk", "bedrag": amount, "gever": "leverancier", "al_aangenomen": False, "soort_gift": kind}
    messages, _ = run(ActionAdvies(), tracker(slots=slots, intent="inform"))
    assert ("Neem je het cadeau aan" in messages[-1]["text"]) is told


def test_a_known_follow_up_question_gets_its_answer_not_the_advice_again(profile_file):
    slots = {"thema": "dilemma_geschenk", "bedrag": "15 euro", "gever": "leverancier", "al_aangenomen": True}
    asked = tracker(slots=slots, text="moet ik het teruggeven?")
    asked.latest_message["vervolg"] = True  # components/in_context.py
    messages, _ = run(ActionAdvies(), asked)
    assert len(messages) == 1 and messages[0]["text"].startswith("Teruggeven hoeft niet. Een cadeau van € 15")
    assert "Wil je dit nu melden?" in messages[0]["text"]  # the offer of the notice stays


def test_a_lost_laptops_encryption_asked_on_gets_the_data_leaks_answer(profile_file):
    """"hij zat wel op slot met wachtwoord ... dan hoef ik het toch niet te melden?" got the text on sharing passwords (FE-05)."""
    asked = tracker(slots={"thema": "dilemma_vertrouwelijke_informatie", "geval": "datalek"},
                    intent="dilemma_vertrouwelijke_informatie",
                    text="hij zat wel op slot met wachtwoord en volgens mij is ie versleuteld. dan hoef ik het toch niet te melden?")
    asked.latest_message["vervolg"] = True
    assert "geval" not in slot_events(run(ActionNieuwThema(), asked)[1])
    messages, _ = run(ActionAdvies(), asked)
    assert "beoordeelt de gemeente, niet jij" in texts(messages) and "wachtwoord houd je" not in texts(messages)


def test_a_what_if_is_answered_for_its_case_but_the_real_facts_stay():
    """"en als het 40 euro was?" once put € 40 in the notice of a gift of € 100."""
    events = [{"event": "slot", "name": "bedrag", "value": "100 euro"}, {"event": "user", "text": "stel dat het 40 euro was?"},
              {"event": "slot", "name": "bedrag", "value": "40 euro"}]
    asked = tracker(slots={"thema": "dilemma_geschenk", "bedrag": "40 euro", "gever": "leverancier", "al_aangenomen": False},
                    text="stel dat het 40 euro was?", entities=[{"entity": "bedrag", "value": "40 euro"}], events=events)
    asked.latest_message["vervolg"] = True
    messages, _ = run(ActionAdvies(), asked)
    assert "Een cadeau van € 40 ligt niet boven de grens" in texts(messages)  # the answer: for 40
    assert slot_events(run(ActionNieuwThema(), asked)[1]) == {"bedrag": "100 euro"}  # the notice: 100


def test_a_what_if_that_names_a_fact_twice_is_answered(profile_file):
    """An entity and the words both naming the behaviour made the advice fail with an error message."""
    asked = tracker(slots={"thema": "dilemma_ongewenst_gedrag", "gedragsvorm": "pesten", "zelf_getroffen": True},
                    intent="dilemma_ongewenst_gedrag", text="en als hij me had bedreigd?",
                    entities=[{"entity": "gedragsvorm", "value": "agressie"}])
    asked.latest_message["vervolg"] = True
    messages, _ = run(ActionAdvies(), asked)
    assert "aangifte" in texts(messages) and ERROR_MESSAGE not in texts(messages)


def test_a_follow_up_that_names_another_case_changes_the_advice(profile_file):
    slots = {"thema": "dilemma_gemeentelijke_voorzieningen", "geval": "beperkt"}
    asked = tracker(slots=slots, intent="dilemma_gemeentelijke_voorzieningen", text="en mag ik het dan mee naar huis nemen?")
    asked.latest_message["vervolg"] = True
    _, events = run(ActionNieuwThema(), asked)
    assert slot_events(events) == {"geval": "meenemen"}
    again = tracker(slots=slots_after(asked, events), text=asked.latest_message["text"],
                    events=[{"event": "user", "text": asked.latest_message["text"]}, *events])
    again.latest_message["vervolg"] = True
    messages, _ = run(ActionAdvies(), again)
    assert "Met wat je nu vertelt" in messages[0]["text"] and messages[1]["text"].startswith("Kort gezegd: dat mag niet")


def test_a_follow_up_without_its_own_answer_or_new_facts_gets_a_person_not_the_same_advice_again(profile_file):
    """"er is niks gelekt hoor" after the advice on confidential information got the same text, twice."""
    slots = {"thema": "dilemma_vertrouwelijke_informatie"}
    asked = tracker(slots=slots, intent="dilemma_vertrouwelijke_informatie", text="er is niks gelekt hoor, maar mag het?",
                    events=[{"event": "user", "text": "er is niks gelekt hoor, maar mag het?"}])
    asked.latest_message["vervolg"] = True
    messages, _ = run(ActionAdvies(), asked)
    assert messages[0]["text"].startswith("Op die vraag heb ik geen ander antwoord") and len(messages) == 2
    assert messages[-1]["response"] == "utter_vervolg"  # with the button to talk to a confidential adviser


def test_a_follow_up_for_ones_son_after_working_at_home_is_taking_things_home():
    """"En voor mijn zoon, mag dat ook?" after "dat mag" for a monitor at home got "dat mag" again."""
    asked = tracker(slots={"thema": "dilemma_gemeentelijke_voorzieningen", "geval": "thuiswerken"},
                    intent="dilemma_gemeentelijke_voorzieningen", text="En voor mijn zoon, die studeert, mag dat ook?")
    asked.latest_message["vervolg"] = True
    assert slot_events(run(ActionNieuwThema(), asked)[1]) == {"geval": "meenemen"}


def test_a_manager_asking_about_an_employee_is_remembered_with_the_theme():
    said = tracker(text="Een medewerker van mij kreeg een kerstpakket van 75 euro van een aannemer")
    assert slot_events(run(ActionNieuwThema(), said)[1])["als_leidinggevende"] is True


def test_a_denied_relation_is_not_stored():
    """"wij zijn geen vrienden, we hebben juist ruzie" ended up as "Relatie: vriend" in a notice."""
    entities = [{"entity": "relatie", "value": "vriend"}]
    said = "wij zijn geen vrienden, we hebben juist ruzie"
    asked = tracker(slots={"relatie": "vriend", "requested_slot": "relatie"}, text=said, entities=entities,
                    active_loop="belangen_form", events=[{"event": "user", "text": said},
                                                         {"event": "slot", "name": "relatie", "value": "vriend"}])
    assert slot_events(run(ValidateBelangenForm(), asked)[1])["relatie"] is None


@pytest.mark.parametrize("said, entity", [("zal wel meer dan 50 zijn denk ik", "50"),  # read as 50: "Je mag het aannemen"
                                          ("6 flessen van een tientje of zo", "een tientje")])  # "Je noemt € 10 per stuk"
def test_a_value_above_or_a_whole_told_in_words_is_kept_as_said_not_as_the_entity(said, entity):
    asked = tracker(slots={"bedrag": entity, "requested_slot": "bedrag"}, text=said, active_loop="geschenk_form",
                    events=[{"event": "user", "text": said}, {"event": "slot", "name": "bedrag", "value": entity}])
    assert slot_events(run(ValidateGeschenkForm(), asked)[1]) == {"bedrag": said, "vraag_mislukt": 0}


def test_a_what_if_read_again_by_the_form_keeps_the_real_value():
    """The form read the entity of "en als het 60 euro was?" again after action_nieuw_thema kept the real € 30, and € 60
    went into the notice (PA-19)."""
    said = "en als het 60 euro was?"
    asked = tracker(slots={"bedrag": "60 euro"}, text=said, active_loop="geschenk_form",
                    events=[{"event": "slot", "name": "bedrag", "value": "30 euro"}, {"event": "user", "text": said},
                            {"event": "slot", "name": "bedrag", "value": "60 euro"}])
    asked.latest_message["vervolg"] = True
    assert slot_events(run(ValidateGeschenkForm(), asked)[1]) == {"bedrag": "30 euro"}


def test_a_value_said_per_person_is_kept_as_such():
    said = "Het kost per persoon zo'n 45 euro"
    asked = tracker(slots={"bedrag": "45 euro", "requested_slot": "bedrag"}, text=said, active_loop="geschenk_form",
                    events=[{"event": "user", "text": said}, {"event": "slot", "name": "bedrag", "value": "45 euro"}])
    assert slot_events(run(ValidateGeschenkForm(), asked)[1]) == {"bedrag": "45 euro", "vraag_mislukt": 0, "per_persoon": True}


def test_advice_without_a_notice_asks_what_else():
    messages, events = run(ActionAdvies(), tracker(slots={"thema": "dilemma_vertrouwelijke_informatie"}, intent="inform"))
    assert messages[-1]["response"] == "utter_vervolg"
    assert slot_events(events) == {"melding_aangeboden": False}


def test_advice_without_a_theme_asks_what_it_is_about():
    messages, _ = run(ActionAdvies(), tracker(intent="inform"))
    assert [m["response"] for m in messages] == ["utter_wat_bedoel_je"]


def test_a_broken_profile_gives_a_dutch_apology_not_an_error(profile_file):
    profile_file.write("geschenk_drempel_euro: -1")
    messages, events = run(ActionAdvies(), tracker(slots={"thema": "dilemma_geschenk", "bedrag": "20"}))
    assert texts(messages) == ERROR_MESSAGE and events == []


def test_a_givers_application_told_at_the_question_who_gave_it_is_a_case_that_runs():
    """"klant zei ik toch. bouwbedrijf, hun omgevingsvergunning loopt nog bij mij" got "Je weet de waarde niet precies" (GC-03)."""
    said = "klant zei ik toch. bouwbedrijf, hun omgevingsvergunning loopt nog bij mij"
    asked = tracker(slots={"thema": "dilemma_geschenk", "gever": said, "requested_slot": "gever"}, text=said,
                    active_loop="geschenk_form",
                    events=[{"event": "user", "text": said}, {"event": "slot", "name": "gever", "value": said}])
    assert slot_events(run(ValidateGeschenkForm(), asked)[1])["geval"] == "lopende_zaak"
    plain = tracker(slots={"gever": "aannemer", "requested_slot": "gever"}, text="aannemer", active_loop="geschenk_form",
                    events=[{"event": "user", "text": "aannemer"}, {"event": "slot", "name": "gever", "value": "aannemer"}])
    assert "geval" not in slot_events(run(ValidateGeschenkForm(), plain)[1])


def _form_run(action, slots, new_slot, value, active_loop, entities=()):
    events = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": "…"},
        {"event": "slot", "name": new_slot, "value": value},
    ]
    return run(action, tracker(slots={**slots, new_slot: value, "requested_slot": new_slot}, events=events,
                               active_loop=active_loop, entities=entities))


def test_dont_know_said_first_with_more_answers_a_yes_or_no_question():
    """"weet ik niet, het kan iedereen uit het team zijn, ook de teamleider had het stuk" got "Kies Ja of Nee" (JB-03)."""
    said = "weet ik niet, het kan iedereen uit het team zijn, ook de teamleider had het stuk"
    events = [{"event": "action", "name": "action_listen"}, {"event": "user", "text": said},
              {"event": "slot", "name": "leidinggevende_betrokken", "value": said}]
    asked = tracker(slots={"requested_slot": "leidinggevende_betrokken", "leidinggevende_betrokken": said}, text=said,
                    active_loop="misstand_form", intent="inform", events=events)
    assert slot_events(run(ValidateMisstandForm(), asked)[1])["leidinggevende_betrokken"] == "onbekend"


def test_acute_danger_told_in_answer_to_a_question_gets_112_first(profile_file):
    """A tester threatened by a nephew over his permit said so at "Wat is jouw rol?" and got "Kies ..."."""
    said = "nee!! hij heeft me bedreigd. ik voel me niet veilig thuis"
    asked = tracker(slots={"requested_slot": "eigen_rol", "eigen_rol": said}, text=said, active_loop="belangen_form",
                    intent="dilemma_ongewenst_gedrag", events=[{"event": "user", "text": said},
                                                               {"event": "slot", "name": "eigen_rol", "value": said}])
    asked.events += [{"event": "action", "name": "action_extract_slots"}, {"event": "action", "name": "belangen_form"}]
    messages, _ = run(ValidateBelangenForm(), asked)  # (the form is the latest action its validation sees)
    assert "Bel dan meteen 112" in messages[0]["text"]
    asked.events.insert(-1, {"event": "action", "name": "action_nieuw_thema"})  # the form's start: said there already
    assert not [m for m in run(ValidateBelangenForm(), asked)[0] if "112" in (m.get("text") or "")]
    calm = tracker(slots={"requested_slot": "eigen_rol", "eigen_rol": "behandelaar"}, text="ik behandel het",
                   active_loop="belangen_form")
    assert not [m for m in run(ValidateBelangenForm(), calm)[0] if "112" in (m.get("text") or "")]


def test_fear_after_a_threat_told_earlier_gets_112_again(profile_file):
    """"ik ben echt bang, wat moet ik nu doen, nu meteen?" after "hij wacht me vanavond buiten op" got "Kies Ja of Nee"."""
    threat, fear = "een collega zei net dat hij me vanavond buiten opwacht", "ik ben echt bang, wat moet ik nu doen, nu meteen?"
    def asked(earlier):
        t = tracker(slots={"requested_slot": "leidinggevende_betrokken"}, text=fear, active_loop="ongewenst_form",
                    intent="inform", events=[{"event": "user", "text": earlier}, {"event": "action", "name": "ongewenst_form"},
                                             {"event": "user", "text": fear}, {"event": "action", "name": "action_extract_slots"},
                                             {"event": "action", "name": "ongewenst_form"}])
        return [m for m in run(ValidateOngewenstForm(), t)[0] if "112" in (m.get("text") or "")]
    assert asked(threat) and not asked("mijn teamleider scheldt me steeds uit")


@pytest.mark.parametrize("typed, kept", [("ok. hoe meld ik dat dan?", None), ("Datacom BV", "Datacom BV")])
def test_a_question_typed_at_who_invites_you_is_not_the_inviter(typed, kept):
    """"ok. hoe meld ik dat dan?" became "Wie nodigt je uit" in the notice."""
    _, events = _form_run(ValidateUitnodigingForm(), {}, "gever", typed, "uitnodiging_form")
    assert slot_events(events)["gever"] == kept


def test_an_event_near_by_is_not_asked_about_travel_when_the_form_starts():
    """The form validates what the first message said: "geen_reis" was refused with "Kies Ja of Nee"."""
    messages, events = _form_run(ValidateUitnodigingForm(), {}, "reis_betaald", "geen_reis", "uitnodiging_form")
    assert slot_events(events)["reis_betaald"] == "geen_reis" and messages == []


def test_an_unreadable_amount_is_asked_again():
    messages, events = _form_run(ValidateGeschenkForm(), {}, "bedrag", "heel veel", "geschenk_form")
    assert slot_events(events)["bedrag"] is None
    assert messages[0]["response"] == "utter_bedrag_onbegrepen"


@pytest.mark.parametrize("typed", ["paar euro waard denk ik", "niet veel, een klein dingetje",
                                   "geen idee, een fles champagne. kan ook zo'n dure zijn"])  # "niet lezen" (AA-07)
def test_a_few_euros_is_an_answer_of_unknown_value(typed):
    """"paar euro waard denk ik" got "Dat bedrag kan ik niet lezen", twice; the advice for an unknown value
    names the limit, without a number the user did not say."""
    asked = tracker(slots={"bedrag": typed, "requested_slot": "bedrag"}, text=typed, active_loop="geschenk_form",
                    events=[{"event": "user", "text": typed}, {"event": "slot", "name": "bedrag", "value": typed}])
    messages, events = run(ValidateGeschenkForm(), asked)
    assert slot_events(events)["bedrag"] == "onbekend" and messages == []


@pytest.mark.parametrize("validation, form", [(ValidateGeschenkForm, "geschenk_form"),
                                              (ValidateUitnodigingForm, "uitnodiging_form")])
def test_a_theme_chosen_with_a_button_starts_its_form_without_complaints(validation, form):
    # a new theme clears every fact slot it did not hear, right before the form starts
    cleared = [{"event": "slot", "name": slot, "value": None} for slot in FACT_SLOTS]
    events = [{"event": "action", "name": "action_listen"}, {"event": "user", "text": "/dilemma_geschenk"},
              {"event": "action", "name": "action_nieuw_thema"}, *cleared]
    messages, result = run(validation(), tracker(events=events, active_loop=form, text="/dilemma_geschenk"))
    assert messages == []  # no "cannot read that", no "het lukt niet zo": the form asks its question
    assert not slot_events(result).get("vraag_mislukt")


FACT_QUESTIONS = [  # validation, form, slot, an unreadable answer, whether "Weet ik niet" is offered
    (ValidateGeschenkForm, "geschenk_form", "bedrag", "heel veel", True),
    (ValidateGeschenkForm, "geschenk_form", "al_aangenomen", "tja", False),
    (ValidateUitnodigingForm, "uitnodiging_form", "reis_betaald", "hmm lastig", True),
    (ValidateOngewenstForm, "ongewenst_form", "veilig_gesprek", "soms", True),
    (ValidateMisstandForm, "misstand_form", "leidinggevende_betrokken", "een beetje", True),
    (ValidateOngewenstForm, "ongewenst_form", "zelf_getroffen", "af en toe", False),
    # the questions answered with buttons: a typed answer that is none of them
    (ValidateBelangenForm, "belangen_form", "relatie", "tja, lastig", True),
    (ValidateBelangenForm, "belangen_form", "eigen_rol", "hangt ervan af", True),
    (ValidateOngewenstForm, "ongewenst_form", "gedragsvorm", "gewoon heel vervelend", True),
    (ValidateMisstandForm, "misstand_form", "misstand_soort", "ik twijfel", True),
]


@pytest.mark.parametrize("validation, form, slot, answer, can_skip", FACT_QUESTIONS)
def test_a_question_that_fails_twice_offers_a_way_out(validation, form, slot, answer, can_skip):
    messages, events = _form_run(validation(), {}, slot, answer, form)
    assert slot_events(events)[slot] is None and slot_events(events)["vraag_mislukt"] == 1
    assert not messages[0].get("buttons")  # the first time: asked again
    messages, events = _form_run(validation(), {"vraag_mislukt": 1}, slot, answer, form)
    assert slot_events(events)["vraag_mislukt"] == 2
    payloads = [b["payload"] for b in messages[0]["buttons"]]
    assert payloads[-1] == "/stop" and ("/dont_know" in payloads) == can_skip


@pytest.mark.parametrize("answer, kept", [("ja hoor", True), ("nee, nog niet", False)])
def test_a_typed_yes_or_no_answers_the_question(answer, kept):
    _, events = _form_run(ValidateGeschenkForm(), {"vraag_mislukt": 1}, "al_aangenomen", answer, "geschenk_form")
    assert slot_events(events)["al_aangenomen"] is kept and slot_events(events)["vraag_mislukt"] == 0


@pytest.mark.parametrize("typed, kept", [("een collega van mij", False), ("nee, bij een ander", False),
                                         ("ja, hij doet het tegen mij", True), ("Nee, tegen een ander", False)])
def test_whether_the_behaviour_is_towards_the_user_is_read_in_words(typed, kept):
    """(The words win over the NLU's yes or no: see the test below.)"""
    _, events = _form_run(ValidateOngewenstForm(), {}, "zelf_getroffen", typed, "ongewenst_form")
    assert slot_events(events)["zelf_getroffen"] is kept


def test_an_amount_in_the_answer_counts_when_the_entity_found_is_none():
    said = tracker(intent="inform", text="een euro of 30", active_loop="geschenk_form",
                   slots={"requested_slot": "bedrag", "bedrag": "een euro"},
                   events=[{"event": "slot", "name": "bedrag", "value": "een euro"}])
    assert slot_events(run(ValidateGeschenkForm(), said)[1])["bedrag"] == "een euro of 30"


@pytest.mark.parametrize("outside, done", [(True, True), (None, False)])
def test_a_resident_s_behaviour_is_not_asked_about_a_talk_with_them_or_the_manager_s_part(outside, done):
    _, events = _form_run(ValidateOngewenstForm(), {"zelf_getroffen": True, "van_buiten": outside}, "gedragsvorm",
                          "pesten", "ongewenst_form")
    # done: requested_slot None, nothing left to ask; else the form goes on in the domain's order (veilig_gesprek)
    assert (slot_events(events).get("requested_slot", "next") is None) == done


def test_someone_accused_is_asked_nothing_more_but_gets_the_advice():
    _, events = _form_run(ValidateOngewenstForm(), {}, "zelf_getroffen", "beschuldigd", "ongewenst_form")
    assert slot_events(events).get("requested_slot", "next") is None


@pytest.mark.parametrize("typed", ["nee het is mn baas", "nee, maar die is bevriend met hem"])
def test_words_that_say_the_manager_is_the_one_win_over_the_nlus_no(typed):
    said = tracker(intent="deny", text=typed, active_loop="ongewenst_form",
                   slots={"requested_slot": "leidinggevende_betrokken", "leidinggevende_betrokken": False},
                   events=[{"event": "slot", "name": "leidinggevende_betrokken", "value": False}])
    assert slot_events(run(ValidateOngewenstForm(), said)[1])["leidinggevende_betrokken"] is True


@pytest.mark.parametrize("validation, form, slot, typed, kept", [
    (ValidateBelangenForm, "belangen_form", "relatie", "Partner", "partner"),
    (ValidateBelangenForm, "belangen_form", "eigen_rol", "ik behandel of beoordeel het zelf", "behandelaar"),
    (ValidateOngewenstForm, "ongewenst_form", "gedragsvorm", "discriminatie", "discriminatie"),
    (ValidateMisstandForm, "misstand_form", "misstand_soort", "Gedrag van een collega dat niet klopt", "gedrag"),
    (ValidateBelangenForm, "belangen_form", "relatie", "onbekend", "onbekend"),  # "weet ik niet"
])
def test_a_button_typed_or_skipped_answers_the_question(validation, form, slot, typed, kept):
    messages, events = _form_run(validation(), {"vraag_mislukt": 1}, slot, typed, form)
    assert slot_events(events)[slot] == kept and slot_events(events)["vraag_mislukt"] == 0
    assert messages == []


def test_a_word_the_nlu_recognised_is_kept_though_no_button_names_it():
    entities = [{"entity": "relatie", "value": "zwager"}]
    _, events = _form_run(ValidateBelangenForm(), {}, "relatie", "zwager", "belangen_form", entities)
    assert slot_events(events)["relatie"] == "zwager"


def test_not_knowing_whether_it_is_a_wrongdoing_is_treated_as_one():
    # the advice then is that of a suspected wrongdoing: never "talk to the person first"
    _, events = _form_run(ValidateMisstandForm(), {}, "misstand_soort", "onbekend", "misstand_form")
    assert slot_events(events)["requested_slot"] == "leidinggevende_betrokken"


def test_a_relation_not_known_gets_the_codes_rule_for_family_and_friends(profile_file):
    slots = {"thema": "dilemma_belangenverstrengeling", "relatie": "onbekend", "eigen_rol": "onbekend"}
    messages, _ = run(ActionAdvies(), tracker(slots=slots, intent="inform"))
    assert "familie of vrienden bij betrokken" in texts(messages) and "noemt" not in texts(messages)


def test_a_readable_amount_is_kept_and_the_next_question_follows():
    messages, events = _form_run(ValidateGeschenkForm(), {}, "bedrag", "een stuk of vijftig euro", "geschenk_form")
    # kept as typed; the next question is Rasa's own choice (the domain's order)
    assert slot_events(events) == {"bedrag": "een stuk of vijftig euro", "vraag_mislukt": 0}
    assert messages == []


def test_a_discount_is_not_asked_its_value():
    _, events = _form_run(ValidateGeschenkForm(), {}, "soort_gift", "korting", "geschenk_form")
    assert slot_events(events)["requested_slot"] == "gever"


@pytest.mark.parametrize("form, asked", [("pesten", None), ("seksuele_intimidatie", "leidinggevende_betrokken")])
def test_harassment_never_asks_to_talk_to_the_person_first(form, asked):
    # None: the form goes on in the domain's order, so veilig_gesprek is asked next
    _, events = _form_run(ValidateOngewenstForm(), {"zelf_getroffen": True}, "gedragsvorm", form, "ongewenst_form")
    assert slot_events(events).get("requested_slot") == asked


def test_unclear_input_asks_about_the_best_guess_with_buttons():
    ranking = [{"name": "nlu_fallback", "confidence": 0.5}, {"name": "faq", "confidence": 0.3},
               {"name": "dilemma_uitnodiging", "confidence": 0.2}]
    messages, _ = run(ActionDefaultAskAffirmation(), tracker(intent="nlu_fallback", ranking=ranking))
    assert "uitnodiging" in messages[0]["text"]
    assert [b["payload"] for b in messages[0]["buttons"]] == ["/dilemma_uitnodiging", "/out_of_scope"]


def test_unsure_between_themes_asks_which_one_with_a_button_each():
    ranking = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "dilemma_vermoeden_misstand", "confidence": 0.3},
               {"name": "dilemma_ongewenst_gedrag", "confidence": 0.25}, {"name": "faq", "confidence": 0.2},
               {"name": "dilemma_geschenk", "confidence": 0.15}, {"name": "dilemma_uitnodiging", "confidence": 0.05}]
    messages, _ = run(ActionDefaultAskAffirmation(), tracker(intent="nlu_fallback", ranking=ranking))
    assert messages[0]["text"].startswith("Ik wil je goed helpen. Gaat het vooral om iets wat een ander doet")
    assert ", om ongewenst gedrag op het werk of om een cadeau, korting of gunst?" in messages[0]["text"]
    assert [b["payload"] for b in messages[0]["buttons"]] == [
        "/dilemma_vermoeden_misstand", "/dilemma_ongewenst_gedrag", "/dilemma_geschenk", "/out_of_scope"]
    # the titles of the theme buttons in the domain
    assert [b["title"] for b in messages[0]["buttons"]] == [
        "Iets wat niet klopt", "Ongewenst gedrag", "Cadeau of korting", "Iets anders"]


def test_themes_close_to_a_best_intent_that_is_no_theme_are_offered_too():
    # a vague message: the answer intent inform just above two themes
    ranking = [{"name": "nlu_fallback", "confidence": 0.35}, {"name": "inform", "confidence": 0.245},
               {"name": "dilemma_vermoeden_misstand", "confidence": 0.243},
               {"name": "dilemma_ongewenst_gedrag", "confidence": 0.237}, {"name": "greet", "confidence": 0.1}]
    messages, _ = run(ActionDefaultAskAffirmation(), tracker(intent="nlu_fallback", ranking=ranking))
    assert [b["payload"] for b in messages[0]["buttons"]] == [
        "/dilemma_vermoeden_misstand", "/dilemma_ongewenst_gedrag", "/out_of_scope"]


def test_one_theme_far_behind_a_best_intent_that_is_no_theme_is_asked_about_alone():
    ranking = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "greet", "confidence": 0.3},
               {"name": "dilemma_geschenk", "confidence": 0.28}, {"name": "dilemma_uitnodiging", "confidence": 0.1}]
    messages, _ = run(ActionDefaultAskAffirmation(), tracker(intent="nlu_fallback", ranking=ranking))
    assert [b["payload"] for b in messages[0]["buttons"]] == ["/dilemma_geschenk", "/out_of_scope"]


def test_english_says_in_both_languages_that_the_bot_speaks_dutch_only(profile_file):
    ranking = [{"name": "nlu_fallback", "confidence": 0.5}, {"name": "dilemma_geschenk", "confidence": 0.3}]
    messages, _ = run(ActionDefaultAskAffirmation(),
                      tracker(intent="nlu_fallback", ranking=ranking, text="I got a gift from a supplier, can I keep it?"))
    assert messages[0]["text"].startswith("Sorry, I only understand Dutch. Ik begrijp alleen Nederlands.")
    assert messages[1]["buttons"][0]["payload"] == "/dilemma_geschenk"  # and still the guess
    recognised = run(ActionNieuwThema(), tracker(text="can I take the laptop home for the weekend",
                                                 intent="dilemma_gemeentelijke_voorzieningen"))[0]
    assert recognised[0]["text"].startswith("I only speak Dutch, sorry. Ik antwoord daarom in het Nederlands.")
    assert run(ActionNieuwThema(), tracker(text="sorry, mag ik de laptop mee naar huis nemen?"))[0] == []


def test_unclear_input_without_a_guess_asks_to_rephrase():
    messages, _ = run(ActionDefaultAskAffirmation(), tracker(intent="nlu_fallback", ranking=[{"name": "greet"}]))
    assert messages[0]["response"] == "utter_ask_rephrase"


def faq_tracker(key):
    answered = tracker(intent="faq")
    answered.latest_message["response_selector"] = {"faq": {"response": {"intent_response_key": key}}}
    return answered


def test_after_a_how_to_answer_the_bot_offers_to_look_at_the_users_own_case():
    messages, events = run(ActionFaqEigenSituatie(), faq_tracker("faq/nevenwerk_registreren"))
    assert messages[0]["text"] == "Wil je dat ik met je naar je eigen situatie kijk?"
    assert [b["payload"] for b in messages[0]["buttons"]] == ["/dilemma_nevenwerkzaamheden", "/thankyou"]
    assert events == []


def test_after_a_general_answer_there_is_no_offer():
    messages, _ = run(ActionFaqEigenSituatie(), faq_tracker("faq/waarden"))
    assert messages == []


def every_form_validation():
    """Every form validation the action server registers."""
    executor = ActionExecutor()
    executor.register_package("actions")
    return {name: action for name, action in executor.actions.items() if name.startswith("validate_")}


def test_every_form_validation_of_the_domain_is_guarded():
    validations = every_form_validation()
    assert set(validations) == {a for a in DOMAIN["actions"] if a.startswith("validate_")}
    for name, action in validations.items():
        assert isinstance(action.__self__, SafeFormValidationAction), name


@pytest.mark.parametrize("name", sorted(every_form_validation()))
def test_a_validator_that_raises_gives_an_apology_not_an_error(monkeypatch, name):
    action = every_form_validation()[name].__self__

    async def broken(*args, **kwargs):
        raise RuntimeError("the user's text: mijn geheime melding")

    monkeypatch.setattr(type(action), "required_slots", broken)
    slots = {"requested_slot": "melding_omschrijving", "melding_type": "geschenk"}
    messages, events = run(action, tracker(slots=slots, active_loop=name.removeprefix("validate_")))
    assert events == [] and texts(messages) == ERROR_MESSAGE


@pytest.mark.parametrize("text, intent, found", [
    ("een vermoeden van een misstand", "faq", {"misstand_soort": "misstand"}),  # once the FAQ answered it
    ("het tweede denk ik", "nlu_fallback", {"misstand_soort": "gedrag"}),
    ("2e", "nlu_fallback", {"misstand_soort": "gedrag"}), ("de 1e", "nlu_fallback", {"misstand_soort": "misstand"}),  # (LE-16)
    ("sinds 2 jaar", "inform", {}), ("2 keer per week", "inform", {}),
    ("wat is een misstand?", "faq", {}),  # a question: the FAQ answers it, the form asks again
    ("eigenlijk kreeg ik ook een cadeau van een leverancier", "dilemma_geschenk", {}),  # another matter
])
def test_a_choice_named_in_words_the_nlu_took_for_something_else_is_read(text, intent, found):
    asked = tracker(slots={"requested_slot": "misstand_soort"}, intent=intent, text=text, active_loop="misstand_form")
    extract = ValidateMisstandForm().extract_misstand_soort(CollectingDispatcher(), asked, DOMAIN)
    assert asyncio.run(extract) == found


def test_a_bribe_is_not_walked_through_as_a_gift_nor_offered_the_gift_register(profile_file):
    """A BOA offered 50 euro to drop a ticket was told "Je mag het aannemen" and a notice said "Aangenomen: ja"."""
    slots = {"thema": "dilemma_geschenk", "geval": "omkoping", "bedrag": "50 euro"}
    required = asyncio.run(ValidateGeschenkForm().required_slots(["gever", "bedrag", "al_aangenomen"], CollectingDispatcher(),
                                                                 tracker(slots=slots), DOMAIN))
    assert required == []
    messages, events = run(ActionAdvies(), tracker(slots=slots, intent="inform"))
    assert texts(messages).startswith("Dit is geen cadeau") and "mag het aannemen" not in texts(messages)
    assert slot_events(events) == {"melding_aangeboden": False}


def test_a_question_the_advice_answers_asked_inside_the_walk_through_gets_its_answer_then_the_question(profile_file):
    """"kan ik hier aangifte van doen?" at "Wat past het best bij wat er gebeurt?" got the text on this chat's privacy."""
    asked = tracker(slots={"thema": "dilemma_ongewenst_gedrag", "requested_slot": "gedragsvorm",
                           "leidinggevende_betrokken": True},
                    intent="dilemma_ongewenst_gedrag", text="kan ik hier aangifte van doen?", active_loop="ongewenst_form")
    asked.latest_message["vraag_in_formulier"] = True
    said, events = run(ValidateOngewenstForm(), asked)
    assert said[0]["text"] == advice_text("vervolg.aangifte", load_profile(), Facts(leidinggevende_betrokken=True))
    assert "leidinggevende" not in said[0]["text"] and len(said) == 1


def test_a_question_answered_inside_the_walk_through_is_not_taken_as_the_answer_to_its_question(profile_file):
    """"kan hij me een slechte beoordeling geven als ik weiger?" at "Van wie komt het?" got its answer and then
    "Dat lees ik niet als een naam"."""
    typed = "kan hij me een slechte beoordeling geven als ik weiger?"
    asked = tracker(slots={"thema": "dilemma_geschenk", "requested_slot": "gever", "gever": typed},
                    events=[{"event": "user", "text": typed}, {"event": "slot", "name": "gever", "value": typed}],
                    intent="dilemma_geschenk", text=typed, active_loop="geschenk_form")
    asked.latest_message["vraag_in_formulier"] = True
    said, events = run(ValidateGeschenkForm(), asked)
    assert [m["text"][:30] for m in said] == ["Wat je beschermt als je iets m"] and slot_events(events) == {"gever": None}


def test_after_a_notice_is_sent_its_offer_does_not_come_again(profile_file):
    """"Wil je dit nu melden?" came right after the notice was sent, asking for a duplicate (AA-08, AC-03)."""
    slots = {"thema": "dilemma_nevenwerkzaamheden", "melding_type": None}
    sent = [{"event": "slot", "name": "melding_type", "value": "nevenwerkzaamheden"},
            {"event": "action", "name": "action_melding_versturen"},
            {"event": "slot", "name": "melding_type", "value": None}]
    asked = tracker(slots=slots, intent="dilemma_nevenwerkzaamheden", text="mag ik dit eigenlijk wel doen?", events=sent)
    asked.latest_message["vervolg"] = True
    messages, events = run(ActionAdvies(), asked)
    assert not any(m.get("buttons") for m in messages) and slot_events(events)["melding_aangeboden"] is False
    fresh = tracker(slots=slots, intent="dilemma_nevenwerkzaamheden", text="mag ik dit eigenlijk wel doen?")
    assert slot_events(run(ActionAdvies(), fresh)[1])["melding_aangeboden"] is True


@pytest.mark.parametrize("involved, manager_named", [(True, False), (None, True), (False, True)])
def test_who_asks_for_a_person_hears_of_the_manager_only_where_the_manager_is_not_part_of_it(involved, manager_named):
    """"Je kunt ook bij je leidinggevende terecht" to one whose manager is the harasser (AB-03)."""
    domain = Domain.load(ROOT / "domain.yml")
    said = DialogueStateTracker.from_events("s", [SlotSet("leidinggevende_betrokken", involved)], slots=domain.slots)
    reply = asyncio.run(TemplatedNaturalLanguageGenerator(domain.responses).generate("utter_contact_persoon", said, "rest"))
    assert ("bij je leidinggevende" in reply["text"]) is manager_named and reply["buttons"]


@pytest.mark.parametrize("notice_type, unsent_named", [(None, False), ("geschenk", True)])
def test_a_stop_says_nothing_is_sent_only_where_a_notice_was_being_filled_in(notice_type, unsent_named):
    """"Wat je net invulde, verstuur ik niet" right after a notice was sent: was it cancelled? (AB-03, AB-06)"""
    domain = Domain.load(ROOT / "domain.yml")
    said = DialogueStateTracker.from_events("s", [SlotSet("melding_type", notice_type)], slots=domain.slots)
    reply = asyncio.run(TemplatedNaturalLanguageGenerator(domain.responses).generate("utter_gestopt", said, "rest"))
    assert ("verstuur ik niet" in reply["text"]) is unsent_named


def test_having_talked_to_the_person_already_answers_whether_it_is_safe():
    """"Ja, hebben we eigenlijk al gedaan, maar hij ziet het probleem niet": step 1 said to talk to him first (AD-10)."""
    typed = "Ja, hebben we eigenlijk al gedaan, maar hij ziet het probleem niet"
    _, events = _form_run(ValidateMisstandForm(), {}, "veilig_gesprek", typed, "misstand_form")
    assert slot_events(events)["veilig_gesprek"] == "al_besproken"


def test_a_manager_part_of_it_stays_so_when_another_theme_starts():
    """A follow-up read as another theme sent the user to the manager she had just reported (AE-10)."""
    said = tracker(slots={"thema": "dilemma_vermoeden_misstand", "leidinggevende_betrokken": True},
                   intent="dilemma_gemeentelijke_voorzieningen", text="moet ik zijn declaraties nog wel verwerken?")
    assert slots_after(said, run(ActionNieuwThema(), said)[1])["leidinggevende_betrokken"] is True
    fresh = tracker(intent="dilemma_gemeentelijke_voorzieningen", text="mag ik de printer gebruiken?")
    assert slots_after(fresh, run(ActionNieuwThema(), fresh)[1])["leidinggevende_betrokken"] is None


def test_fear_of_the_person_said_beside_dont_know_is_not_safe_to_talk():
    """"weet ik niet, ik ben eigenlijk bang voor hem" became "als dat veilig voelt" for a bullying manager (AF-10)."""
    typed = "weet ik niet, ik ben eigenlijk bang voor hem"
    events = [{"event": "action", "name": "action_listen"}, {"event": "user", "text": typed},
              {"event": "slot", "name": "veilig_gesprek", "value": "onbekend"}]
    asked = tracker(slots={"veilig_gesprek": "onbekend", "requested_slot": "veilig_gesprek"}, events=events,
                    active_loop="ongewenst_form", text=typed, intent="dont_know")
    assert slot_events(run(ValidateOngewenstForm(), asked)[1])["veilig_gesprek"] is False


def test_a_danger_to_people_now_told_first_gets_its_answer_first(profile_file):
    """A colleague who drinks before driving the gritting truck tonight got "vraag je collega hoe die het ervaart" (AI-12)."""
    said = tracker(intent="dilemma_ongewenst_gedrag", text="collega van de gladheidsbestrijding drinkt bier voor hij met de "
                                                           "strooiwagen de weg op gaat. vannacht moet hij weer rijden")
    messages, _ = run(ActionNieuwThema(), said)
    assert "Dan wacht je niet op een melding" in texts(messages)
    assert not run(ActionNieuwThema(), tracker(intent="dilemma_ongewenst_gedrag", text="hij pest me"))[0]


def test_a_price_per_item_after_a_count_is_the_whole_value():
    """"6 flessen" first, "misschien 10 a 15 euro per fles?" at the value: "Een cadeau van € 15 ... Je mag het aannemen" (AH-01)."""
    first = "de aannemer kwam met een doos wijn langs op kantoor, 6 flessen. mag ik die houden?"
    typed = "geen idee eigenlijk, het is best goeie wijn denk ik. misschien 10 a 15 euro per fles?"
    events = [{"event": "user", "text": first}, {"event": "action", "name": "action_nieuw_thema"},
              {"event": "action", "name": "action_listen"}, {"event": "user", "text": typed},
              {"event": "slot", "name": "bedrag", "value": "15 euro"}]
    asked = tracker(slots={"bedrag": "15 euro", "requested_slot": "bedrag"}, text=typed, active_loop="geschenk_form",
                    events=events)
    assert slot_events(run(ValidateGeschenkForm(), asked)[1])["bedrag"] == "90 euro"


def test_a_what_if_at_the_givers_question_is_no_giver():
    """"en als mijn vrouw de keuken koopt op haar naam?" was kept as who gave it (AH-10)."""
    typed = "en als mijn vrouw de keuken koopt op haar naam?"
    messages, events = _form_run(ValidateGeschenkForm(), {}, "gever", typed, "geschenk_form")
    assert slot_events(events)["gever"] is None


def test_a_manager_asking_about_an_employee_is_not_asked_whether_the_manager_is_part_of_it():
    """"Is je leidinggevende zelf bij de zaak betrokken?" came right after "ik ben haar leidinggevende" (AC-09)."""
    slots = ["gedragsvorm", "zelf_getroffen", "veilig_gesprek", "leidinggevende_betrokken"]

    def required(**facts):
        asked = tracker(slots={"gedragsvorm": "pesten", **facts}, active_loop="ongewenst_form")
        return asyncio.run(ValidateOngewenstForm().required_slots(slots, CollectingDispatcher(), asked, DOMAIN))
    assert "leidinggevende_betrokken" not in required(als_leidinggevende=True)
    assert "leidinggevende_betrokken" in required()


def test_someone_who_works_elsewhere_hears_the_code_is_not_theirs_and_is_offered_no_register():
    """A water board employee got the €50 rule and the offer of the municipality's gift register (BB-09)."""
    told = [{"event": "user", "text": "Goedemorgen, ik werk bij het waterschap AGV en niet bij Huizen. Ik kreeg een "
                                      "kerstpakket van zo'n 40 euro van een leverancier. Mag ik dat houden?"}]
    slots = {"thema": "dilemma_geschenk", "bedrag": "40 euro", "al_aangenomen": True}
    messages, events = run(ActionAdvies(), tracker(slots=slots, intent="inform", events=told))
    assert messages[0]["text"].startswith("Let op: je werkt niet bij de gemeente Huizen")
    assert slot_events(events)["melding_aangeboden"] is False and not any(m.get("buttons") for m in messages[:-1])
    here, _ = run(ActionAdvies(), tracker(slots=slots, intent="inform", events=[{"event": "user", "text": "ik kreeg een kerstpakket"}]))
    assert not here[0]["text"].startswith("Let op")


def test_a_council_member_hears_the_employees_code_is_not_theirs():
    """"Ik heb geen leidinggevende, ik ben raadslid" was told three times to discuss it with "je leidinggevende" (FB-06)."""
    told = [{"event": "user", "text": "Ik ben raadslid en een projectontwikkelaar biedt me kaartjes voor zijn skybox aan."}]
    slots = {"thema": "dilemma_uitnodiging"}
    messages, events = run(ActionAdvies(), tracker(slots=slots, intent="inform", events=told))
    assert messages[0]["text"].startswith("Let op: deze gedragscode is voor medewerkers") and "griffier" in messages[0]["text"]
    assert slot_events(events)["melding_aangeboden"] is False


@pytest.mark.parametrize("told", [
    "Ik heb een ernstig vermoeden over de integriteitscoördinator zelf. Volgens mij heeft de coördinator een melding "
    "doorgespeeld, ze zijn goed bevriend.",
    "Ik wil iets melden over de interne vertrouwenspersoon. Een collega vertelde hem in vertrouwen over problemen thuis en "
    "nu weet de halve afdeling het.",
])
def test_a_report_about_the_coordinator_or_an_adviser_is_not_sent_to_them(told):
    """It was routed to the one reported about, notice button included (GB-14, GB-17)."""
    events = [{"event": "user", "text": told}]
    slots = {"thema": "dilemma_vermoeden_misstand", "misstand_soort": "misstand"}
    messages, events_ = run(ActionAdvies(), tracker(slots=slots, intent="inform", events=events))
    assert messages[0]["text"].startswith("Gaat het over de integriteitscoördinator of een vertrouwenspersoon zelf?")
    assert slot_events(events_)["melding_aangeboden"] is False
    other = [{"event": "user", "text": "ik heb de vertrouwenspersoon gebeld over mijn collega die fraudeert"}]
    assert not run(ActionAdvies(), tracker(slots=slots, intent="inform", events=other))[0][0]["text"].startswith("Gaat het over")


def test_harassment_by_a_confidential_adviser_is_not_sent_to_the_advisers():
    """"de interne vertrouwenspersoon zelf maakte ... seksueel getinte opmerkingen tegen mij" got the advisers' numbers,
    his included, and a contact request to him (OD-20)."""
    told = [{"event": "user", "text": "Het is ongemakkelijk maar de interne vertrouwenspersoon zelf maakte op de kerstborrel "
                                      "seksueel getinte opmerkingen tegen mij. Bij wie kan ik dan nog terecht?"}]
    slots = {"thema": "dilemma_ongewenst_gedrag", "gedragsvorm": "seksuele_intimidatie", "zelf_getroffen": True}
    messages, events = run(ActionAdvies(), tracker(slots=slots, intent="inform", events=told))
    assert messages[0]["text"].startswith("Gaat het over de integriteitscoördinator of een vertrouwenspersoon zelf?")
    assert slot_events(events)["melding_aangeboden"] is False


def test_an_aldermans_conduct_gets_the_route_for_administrators(profile_file):
    """An alderman's trip at a developer's cost got only the employees' route (EC-07)."""
    told = [{"event": "user", "text": "Ik hoorde dat onze wethouder een weekend naar Antwerpen is geweest op kosten van de "
                                      "projectontwikkelaar die het plan indient."}]
    slots = {"thema": "dilemma_vermoeden_misstand", "onderwerp": "dilemma_uitnodiging", "misstand_soort": "misstand"}
    messages, _ = run(ActionAdvies(), tracker(slots=slots, intent="inform", events=told))
    assert "bevordert de burgemeester de bestuurlijke integriteit" in texts(messages)
    colleague = [{"event": "user", "text": "een collega ging een weekend weg op kosten van een aannemer"}]
    assert "burgemeester" not in texts(run(ActionAdvies(), tracker(slots=slots, intent="inform", events=colleague))[0])


@pytest.mark.parametrize("told, guessed", [
    ("een collega heeft me tegen de muur geduwd omdat ik zijn fout had doorgegeven", "dilemma_vertrouwelijke_informatie"),
    ("een paar collega's maken een andere collega steeds belachelijk in de app-groep", "dilemma_vertrouwelijke_informatie"),
    ("een collega neemt elke week schroot van de werf mee", "dilemma_geschenk"),
])
def test_the_passage_on_what_someone_elses_conduct_is_about_needs_its_words(told, guessed):
    """The subject model's guess alone put the text on data leaks under a push against the wall and bullying, and the
    gift rule under scrap metal taken (CC-02, CC-10, CC-15)."""
    reported = tracker(intent="dilemma_vermoeden_misstand", text=told)
    reported.latest_message["onderwerp"] = guessed
    assert slots_after(reported, run(ActionNieuwThema(), reported)[1])["onderwerp"] is None
    evidenced = tracker(intent="dilemma_vermoeden_misstand", text=f"{told}, en hij zocht ook gegevens op in de BRP")
    evidenced.latest_message["onderwerp"] = "dilemma_vertrouwelijke_informatie"
    assert slots_after(evidenced, run(ActionNieuwThema(), evidenced)[1])["onderwerp"] == "dilemma_vertrouwelijke_informatie"


def test_an_own_data_leak_said_to_be_a_colleagues_keeps_its_subject_and_case():
    """"maar het gaat niet om mij, het is mijn collega die het deed" after the advice on a data leak got the passage on
    family and friends, and a talk first with no word on 72 hours (CA-02)."""
    said = tracker(intent="dilemma_vermoeden_misstand", text="maar het gaat niet om mij, het is mijn collega die het deed",
                   slots={"thema": "dilemma_vertrouwelijke_informatie", "geval": "datalek"})
    said.latest_message["onderwerp"] = "dilemma_vertrouwelijke_informatie"  # as components/in_context.py names it
    slots = slots_after(said, run(ActionNieuwThema(), said)[1])
    assert (slots["onderwerp"], slots["geval"]) == ("dilemma_vertrouwelijke_informatie", "datalek")


def test_several_matters_in_one_message_are_said_to_be_answered_one_at_a_time():
    """Three matters in one message got one answer, without a word on the others (BD-07, CD-08)."""
    told = [{"event": "user", "text": "ik heb eigenlijk drie dingen. 1 mijn zwager schrijft in op de aanbesteding die ik "
                                      "beoordeel. 2 ik heb een taart gekregen. 3 mijn collega neemt toner mee naar huis"}]
    slots = {"thema": "dilemma_belangenverstrengeling", "relatie": "familie", "eigen_rol": "behandelaar"}
    messages, _ = run(ActionAdvies(), tracker(slots=slots, intent="inform", events=told))
    assert "Je noemt meer dan één ding" in texts(messages)
    one, _ = run(ActionAdvies(), tracker(slots=slots, intent="inform", events=[{"event": "user", "text": "mijn zwager schrijft in"}]))
    assert "Je noemt meer dan één ding" not in texts(one)


def test_a_fact_told_that_changes_nothing_of_the_advice_just_given_gets_a_person_not_the_advice_again(profile_file):
    """The whole advice came again after "Met wat je nu vertelt, is dit mijn advies", the most common complaint of the
    testers' rounds K to N."""
    slots = {"thema": "dilemma_gemeentelijke_voorzieningen", "geval": "meenemen"}
    first = tracker(slots=slots, intent="dilemma_gemeentelijke_voorzieningen", text="mag ik de boormachine lenen?")
    given, _ = run(ActionAdvies(), first)
    told = "de boormachine is voor mijn eigen tuin"
    events = [{"event": "user", "text": "mag ik de boormachine lenen?"},
              *[{"event": "bot", "text": m.get("text")} for m in given if m.get("text")],
              {"event": "user", "text": told}, {"event": "slot", "name": "geval", "value": "meenemen"}]
    again = tracker(slots=slots, intent="dilemma_gemeentelijke_voorzieningen", text=told, events=events)
    again.latest_message["vervolg"] = True
    messages, _ = run(ActionAdvies(), again)
    assert messages[0]["text"].startswith("Op die vraag heb ik geen ander antwoord")
