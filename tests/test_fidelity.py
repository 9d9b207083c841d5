"""Issue 14: the advice says exactly what the code of conduct and the law say, and where a notice goes.
One class per defect of the issue. (New names are used through their module, so that against the
old code each test fails on its own.)"""
from datetime import datetime, timedelta, timezone

import pytest
import yaml

import actions.forms as form_actions
import bot.advice as rules
from actions import notices as na
from actions.advice import ActionAdvies
from bot.advice import Facts, advice, advice_keys, text
from bot.notices import form, messages
from bot.notices.deadlines import deadlines_for, due_items
from bot.notices.lookup import NoticeStatus, status_text
from bot.profile import describe_contacts, load_profile
from tests.test_actions import DOMAIN, ROOT, _form_run, run, slot_events, texts, tracker
from tests.test_bronnen import faq_answers
from tests.test_notice_actions import GIFT, TIP, notices_db  # noqa: F401  (fixture)

MISSTAND = {"thema": "dilemma_vermoeden_misstand", "misstand_soort": "misstand", "leidinggevende_betrokken": False}
GEDRAG = {**MISSTAND, "misstand_soort": "gedrag", "veilig_gesprek": True}


def offer_of(slots):
    messages_, _ = run(ActionAdvies(), tracker(slots=slots, intent="inform"))
    return messages_


class TestWhereANoticeGoes:  # defect 1
    def test_the_gift_offer_names_the_register_and_that_the_manager_is_not_told(self, profile_file):
        last = offer_of({"thema": "dilemma_geschenk", "bedrag": "30", "gever": "leverancier", "al_aangenomen": True})[-1]
        assert "geschenkenregister@huizen.example" in last["text"]
        assert "Je leidinggevende krijgt deze melding niet" in last["text"]

    @pytest.mark.parametrize("notice_type", form.FORMS)
    def test_summary_and_confirmation_name_every_recipient_from_the_profile(self, profile_file, notice_type):
        profile = load_profile()
        said = messages.destination(notice_type, profile, {}) + " ".join(
            messages.filed("MLD-2026-7KQ3XP", None, notice_type, profile, {}))
        assert all(address in said for address in profile.notice_recipients(notice_type))

    def test_the_summary_says_what_the_user_still_tells_the_manager(self, profile_file):
        messages_, _ = run(na.ActionMeldingSamenvatting(), tracker(slots=GIFT, intent="inform"))
        assert "geschenkenregister@huizen.example" in texts(messages_)
        assert "Meld het cadeau ook zelf bij je leidinggevende" in texts(messages_)  # GIFT: accepted
        assert "?" not in messages.manager_note("geschenk", {})  # before the form: no question the user answers
        assert "Neem je het cadeau aan, meld het dan ook zelf" in messages.manager_note("geschenk", {})

    def test_the_confirmation_names_the_recipient(self, profile_file):
        _, events = run(na.ActionMeldingSamenvatting(), tracker(slots=GIFT, intent="inform"))
        messages_, _ = run(na.ActionMeldingVersturen(), tracker(slots={**GIFT, **slot_events(events)}, intent="affirm"))
        assert "verstuurd naar geschenkenregister@huizen.example" in texts(messages_)
        assert "leidinggevende" in texts(messages_)

    def test_a_contact_request_is_offered_as_such(self, profile_file):
        last = offer_of({"thema": "dilemma_ongewenst_gedrag", "gedragsvorm": "pesten", "veilig_gesprek": False})[-1]
        assert "Wil je dit nu melden?" not in last["text"]
        assert "contactverzoek" in last["text"] and "vertrouwenspersoon@huizen.example" in last["text"]
        assert last["buttons"][0]["title"] == "Ja, contact vragen"


class TestPartnerAndAcquaintances:  # defect 2
    @pytest.mark.parametrize("relation", ["partner", "huisgenoot"])
    def test_the_family_and_friends_rule_applies_in_full(self, profile_file, relation):
        said = advice("dilemma_belangenverstrengeling", Facts(relatie=relation, eigen_rol="behandelaar"), load_profile())
        assert "meld je dat bij je leidinggevende" in said[0]
        assert "geen aparte regel" not in " ".join(said)

    def test_neighbours_get_the_principle_and_the_advice_to_report(self, profile_file):
        said = advice("dilemma_belangenverstrengeling", Facts(relatie="buur", eigen_rol="geen"), load_profile())[0]
        assert "vriendjespolitiek" in said and "Mijn advies: meld het bij je leidinggevende" in said


class TestRulesAsWideAsTheCode:  # defect 3
    def test_side_activities_use_the_codes_words_and_the_regulation(self, profile_file):
        said = " ".join(advice("dilemma_nevenwerkzaamheden", Facts(), load_profile()))
        assert "betaald of onbetaald" not in said
        assert "https://intranet.huizen.example/registratie-nevenwerkzaamheden" in said
        assert "betaald of onbetaald" not in faq_answers()["nevenwerk_registreren"]

    def test_only_unstamped_private_post_is_forbidden(self, profile_file):
        said = text("gemeentelijke_voorzieningen.eigendom", load_profile())
        assert "privépost zonder postzegel" in said
        assert "privépost zonder postzegel" in faq_answers()["prive_gebruik"]

    def test_limited_private_use_is_allowed_and_done_openly(self, profile_file):
        said = text("gemeentelijke_voorzieningen.regels", load_profile())
        assert "mag, als het beperkt blijft" in said and "openlijk, zodat anderen je erop" in said

    def test_trips_get_no_rule_the_code_does_not_state(self, profile_file):
        said = " ".join(advice("dilemma_uitnodiging", Facts(reis_betaald=True), load_profile()))
        assert "de gemeente betaalt" not in said and "verblijf" not in said


class TestConfidentialityOfAReporter:  # defect 4
    def test_the_name_stays_confidential_without_asking(self, profile_file):
        said = text("escalatie.bescherming", load_profile())
        assert "als je dat wilt" not in said and "ook als je daar niet om vraagt" in said

    @pytest.mark.parametrize("answer", ["klokkenluider_bescherming", "anoniem_melden"])
    def test_the_faq_gives_the_legal_exception(self, answer):
        said = faq_answers()[answer]
        assert "niet om te vragen" in said and "rechtszaak" in said

    def test_a_colleagues_conduct_is_not_filed_with_the_whistleblower_deadlines(self, profile_file):
        notice_type = rules.offered_notice("dilemma_vermoeden_misstand", Facts(misstand_soort="gedrag"))
        assert notice_type != "vermoeden_misstand"
        assert deadlines_for(notice_type, datetime.now(timezone.utc)).acknowledgement_due is None
        assert "vermoeden_misstand" not in offer_of(GEDRAG)[-1]["buttons"][0]["payload"]

    def test_a_typed_yes_after_conduct_advice_starts_no_wrongdoing_notice(self, profile_file):
        _, events = run(na.ActionMeldingStart(), tracker(slots=GEDRAG, intent="affirm"))
        assert slot_events(events)[na.TYPE_SLOT] == "contactverzoek_vertrouwenspersoon"


class TestSuspectedWrongdoing:  # defect 5
    def test_the_walk_through_does_not_ask_to_talk_to_the_person(self):
        _, events = _form_run(form_actions.ValidateMisstandForm(), {}, "misstand_soort", "misstand", "misstand_form")
        assert slot_events(events).get("requested_slot") == "leidinggevende_betrokken"

    def test_a_colleagues_conduct_still_asks_it(self):
        _, events = _form_run(form_actions.ValidateMisstandForm(), {}, "misstand_soort", "gedrag", "misstand_form")
        assert slot_events(events).get("requested_slot") is None  # on in the domain's order: veilig_gesprek

    def test_the_advice_says_why_not_to_talk_first(self, profile_file):
        keys = advice_keys("dilemma_vermoeden_misstand", Facts(misstand_soort="misstand", veilig_gesprek=True), load_profile())
        assert "escalatie.gesprek_betrokkene" not in keys and "escalatie.niet_bespreken_misstand" in keys
        assert "bewijs" in text("escalatie.niet_bespreken_misstand", load_profile())

    def test_not_knowing_how_serious_gets_the_codes_preference_with_the_caution(self, profile_file):
        """"geen idee" at "Wat past het best?" got "bespreek het niet eerst" for a friend on sick leave (IE-08)."""
        keys = advice_keys("dilemma_vermoeden_misstand", Facts(misstand_soort="onbekend"), load_profile())
        assert "escalatie.bespreken_misstand_twijfel" in keys and "escalatie.niet_bespreken_misstand" not in keys

    @pytest.mark.parametrize("theme, facts", [
        ("dilemma_vermoeden_misstand", Facts(misstand_soort="misstand")),
        ("dilemma_vermoeden_misstand", Facts(misstand_soort="gedrag", veilig_gesprek=False)),
        ("dilemma_ongewenst_gedrag", Facts(gedragsvorm="agressie", veilig_gesprek=True)),
    ])
    def test_step_two_does_not_ask_whether_a_skipped_step_failed(self, profile_file, theme, facts):
        assert "Lukt dat niet" not in " ".join(advice(theme, facts, load_profile()))


class TestOpening:  # defect 6
    def test_the_opening_says_what_advisers_see_and_who_reads_a_notice(self):
        welcome = DOMAIN["responses"]["utter_welkom"][0]["text"]
        assert "geen teksten of namen" in welcome
        assert "Verstuur je een melding, dan lezen de ontvangers je tekst" in welcome


class TestLanguage:  # defect 7
    def test_the_municipality_with_its_article(self, profile_file):
        said = advice("dilemma_ongewenst_gedrag", Facts(), load_profile())[0]
        assert "bij de gemeente Huizen" in said

    def test_no_role_twice_in_a_contact_line(self, profile_file):
        profile = load_profile()
        line = describe_contacts(profile.vertrouwenspersonen)
        assert "(interne vertrouwenspersoon)" not in line and "Interne vertrouwenspersoon (voorbeeld)" in line
        profile_file.edit(vertrouwenspersonen=[{"naam": "Fatima Bakker", "functie": "vertrouwenspersoon", "telefoon": "035 123 45 67"}])
        assert "Fatima Bakker (vertrouwenspersoon)" in describe_contacts(load_profile().vertrouwenspersonen)

    def test_no_capitals_shouting_in_the_reporters_status(self):
        filed = datetime(2026, 3, 20, 9, tzinfo=timezone.utc)
        found = NoticeStatus("MLD-2026-7KQ3XP", "vermoeden_misstand", "ontvangen", filed,
                             filed + timedelta(days=7), None, filed + timedelta(days=100), None, ())
        said = status_text(found, now=filed + timedelta(days=30))
        assert "TE LAAT" not in said and "die datum is voorbij" in said
        # the register keeps its capitals
        assert "TE LAAT" in due_items("ontvangen", found.acknowledgement_due, None, None, filed + timedelta(days=30))[0].text

    def test_the_suspected_wrongdoing_advice_is_three_short_messages_with_a_button_for_more(self, profile_file):
        said = offer_of(MISSTAND)
        assert len(said) <= 3 and sum(len(m["text"]) for m in said) < 1450
        more = next(b for b in said[-1]["buttons"] if b["title"] == "Meer over je bescherming")
        faq = yaml.safe_load((ROOT / "data/nlu/faq.yml").read_text(encoding="utf-8"))["nlu"]
        trained = next(i["examples"] for i in faq if i["intent"] == "faq/klokkenluider_bescherming")
        assert f"- {more['payload']}" in trained  # a phrasing the FAQ model knows

    def test_more_about_the_protection_does_not_offer_the_same_theme_again(self):
        from actions.faq import ActionFaqEigenSituatie  # here: the action is newer than the first tests

        answered = tracker(slots={"thema": "dilemma_vermoeden_misstand"}, intent="faq")
        answered.latest_message["response_selector"] = {
            "faq": {"response": {"intent_response_key": "faq/klokkenluider_bescherming"}}}
        assert run(ActionFaqEigenSituatie(), answered)[0] == []
