"""The rules of the code of conduct as the bot applies them."""
from dataclasses import replace
from decimal import Decimal

import pytest

from bot.advice import Facts, advice, advice_keys, escalation_kind, escalation_steps, gift_outcome, offered_notice
from bot.cases import others_case, subject_case
from bot.profile import load_profile
from bot.said.facts import NO_TRAVEL, TALKED, facts_said
from bot.said.others import ACCUSED
from bot.themes import THEMES


def steps_of(kind, facts):
    """The text keys of the escalation steps, in order (a step may join several keys in one message)."""
    return [part for step in escalation_steps(kind, facts)
            for part in (step if isinstance(step, tuple) else (step,)) if isinstance(part, str)]

FIFTY = Decimal(50)


@pytest.mark.parametrize(
    "amount, outcome",
    [
        ("50", "aannemen_melden"),      # exactly the threshold: allowed, report it
        ("€ 50,-", "aannemen_melden"),
        ("49,99", "aannemen_melden"),
        ("50,01", "afwijzen"),          # a cent above: decline
        ("ruim 50 euro", "afwijzen"),   # more than the threshold, said so
        ("meer dan vijftig euro", "afwijzen"),
        ("vijfenzeventig euro", "afwijzen"),
        ("onbekend", "onbekend"),       # unknown value: discuss it
        (None, "onbekend"),
    ],
)
def test_gift_threshold_edges(amount, outcome):
    assert gift_outcome(Facts(bedrag=amount), FIFTY) == outcome


@pytest.mark.parametrize("kind", ["korting", "gunst"])
def test_discounts_and_favours_never_whatever_the_value(kind):
    assert gift_outcome(Facts(bedrag="5 euro", soort_gift=kind), FIFTY) == "nooit"


def test_cash_is_not_named_by_the_code_so_the_bot_says_so(profile_file):
    messages = advice("dilemma_geschenk", Facts(bedrag="20", soort_gift="geld"), load_profile())
    assert "zegt de gedragscode niets" in messages[0]
    assert "leidinggevende" in messages[0]


def test_a_correction_changes_the_advice(profile_file):
    profile = load_profile()
    first = advice("dilemma_geschenk", Facts(bedrag="80 euro", gever="leverancier"), profile)
    corrected = advice("dilemma_geschenk", Facts(bedrag="nee, het was 30 euro", gever="leverancier"), profile)
    assert "boven de grens" in first[0] and "€ 80" in first[0]
    assert "mag het aannemen" in corrected[0] and "€ 30" in corrected[0]


def test_the_threshold_comes_from_the_profile(profile_file):
    facts = Facts(bedrag="40 euro")
    assert advice_keys("dilemma_geschenk", facts, load_profile())[0] == "geschenk.aannemen_melden"
    profile_file.edit(geschenk_drempel_euro=25)
    messages = advice("dilemma_geschenk", facts, load_profile())
    assert "boven de grens van € 25" in messages[0]


def test_already_accepted_above_the_threshold_refers_to_the_manager(profile_file):
    keys = advice_keys("dilemma_geschenk", Facts(bedrag="200", al_aangenomen=True), load_profile())
    assert keys == ["geschenk.afwijzen", "geschenk.al_aangenomen", "geschenk.kern"]


def test_free_text_giver_is_not_echoed(profile_file):
    messages = advice("dilemma_geschenk", Facts(bedrag="10", gever="Jan de Vries van Bouw BV"), load_profile())
    assert not any("Jan de Vries" in m for m in messages)
    named = advice("dilemma_geschenk", Facts(bedrag="10", gever="aannemer"), load_profile())
    assert "de aannemer" in named[-1]


@pytest.mark.parametrize(
    "paid, key",
    [(True, "uitnodiging.reis_derden"), (False, None), ("onbekend", "uitnodiging.reis_onbekend"), (NO_TRAVEL, None)],
)
def test_invitation_always_discussed_and_no_travel_at_third_party_expense(profile_file, paid, key):
    keys = advice_keys("dilemma_uitnodiging", Facts(gever="leverancier", reis_betaald=paid), load_profile())
    assert keys[0] == "uitnodiging.altijd_bespreken"
    travel = [k for k in keys if k.startswith("uitnodiging.reis")]
    assert travel == ([key] if key else [])


@pytest.mark.parametrize(
    "relation, first",
    [
        ("familie", "belangenverstrengeling.melden"),
        ("vriend", "belangenverstrengeling.melden"),
        ("ex-collega", "belangenverstrengeling.melden"),
        ("partner", "belangenverstrengeling.melden"),  # at least as close as a friend: the rule in full
        ("huisgenoot", "belangenverstrengeling.melden"),
        ("buur", "belangenverstrengeling.kennissen"),
    ],
)
def test_conflict_of_interest_follows_what_the_code_names(profile_file, relation, first):
    keys = advice_keys("dilemma_belangenverstrengeling", Facts(relatie=relation, eigen_rol="behandelaar"), load_profile())
    assert keys[0] == first
    assert "belangenverstrengeling.rol_behandelaar" in keys


def test_ex_colleague_mentions_hiring(profile_file):
    keys = advice_keys("dilemma_belangenverstrengeling", Facts(relatie="ex-collega"), load_profile())
    assert "belangenverstrengeling.inhuren" in keys


class TestEscalation:
    def test_safe_talk_first_then_manager_then_complaint(self):
        steps = steps_of("ongewenst", Facts(gedragsvorm="pesten", veilig_gesprek=True, leidinggevende_betrokken=False))
        assert steps[:6] == ["inleiding_ongewenst", "stappen", "gesprek_betrokkene", "lukt_niet", "leidinggevende_of_vertrouwenspersoon", "klacht"]

    @pytest.mark.parametrize("form", ["seksuele_intimidatie", "agressie"])
    def test_harassment_and_threats_never_get_step_one(self, form):
        # even if the user said it would be safe
        steps = steps_of("ongewenst", Facts(gedragsvorm=form, veilig_gesprek=True))
        assert "gesprek_betrokkene" not in steps and steps[steps.index("stappen") + 1] == "niet_veilig"

    @pytest.mark.parametrize("safe, first", [(False, "niet_veilig"), ("onbekend", "gesprek_als_veilig"),
                                             (None, "gesprek_als_veilig")])
    def test_not_safe_skips_step_one_and_unsure_names_the_codes_preference_with_the_way_out(self, safe, first):
        assert steps_of("gedrag", Facts(veilig_gesprek=safe))[2] == first

    def test_manager_involved_goes_to_the_confidential_adviser(self):
        steps = steps_of("misstand", Facts(veilig_gesprek=False, leidinggevende_betrokken=True))
        assert "vertrouwenspersoon" in steps and "leidinggevende_of_vertrouwenspersoon" not in steps

    def test_wrongdoing_gets_the_report_and_protection(self):
        # the external route and the details of the protection are behind a button (the FAQ answer)
        steps = steps_of("misstand", Facts(veilig_gesprek=True))
        assert steps[-2:] == ["melding_misstand", "bescherming"]

    @pytest.mark.parametrize("form, crime, first", [("pesten", [], "gesprek_betrokkene"),
                                                    ("seksuele_intimidatie", ["aangifte_seksueel"], "niet_veilig")])
    def test_a_witness_gets_the_path_for_someone_elses_conduct_not_the_victims(self, form, crime, first):
        steps = steps_of("getuige", Facts(gedragsvorm=form, veilig_gesprek=True, zelf_getroffen=False))
        assert steps[:4 + len(crime)] == ["inleiding_getuige", "leidinggevende_grijpt_in", *crime, "stappen", first]
        assert "melding_intern" in steps and "klacht" not in steps and "inleiding_ongewenst" not in steps

    def test_colleague_conduct_gets_internal_report_without_whistleblower_route(self):
        steps = steps_of("gedrag", Facts(veilig_gesprek=True))
        assert "melding_intern" in steps and "extern" not in steps


@pytest.mark.parametrize("towards_me, said", [(True, "Vervelend dat je dit meemaakt"), (None, "Vervelend dat je dit meemaakt"),
                                               (False, "ben je er ook voor je collega's")])
def test_unwanted_behaviour_seen_towards_someone_else_is_not_answered_as_if_it_happened_to_the_user(
        profile_file, towards_me, said):
    messages = advice("dilemma_ongewenst_gedrag", Facts(gedragsvorm="pesten", zelf_getroffen=towards_me), load_profile())
    assert said in messages[0]
    assert ("officiële klacht" in " ".join(messages)) is (towards_me is not False)


def test_a_witness_is_not_told_that_the_manager_steps_in_when_the_manager_does_it():
    steps = steps_of("getuige", Facts(gedragsvorm="pesten", zelf_getroffen=False, leidinggevende_betrokken=True))
    assert "leidinggevende_grijpt_in" not in steps and "vertrouwenspersoon" in steps


def test_aggression_by_a_resident_gets_the_steps_for_the_public_not_a_talk_or_a_complaint(profile_file):
    facts = Facts(gedragsvorm="agressie", van_buiten=True)
    assert steps_of("publiek", facts) == ["inleiding_publiek", "aangifte", "stappen", "publiek_leidinggevende",
                                          "publiek_steun", "folder"]
    said = " ".join(advice("dilemma_ongewenst_gedrag", facts, load_profile()))
    assert "zegt de gedragscode niets" in said and "Arbowet" in said and "vastgelegd" in said
    assert "klacht" not in said and "met de persoon zelf" not in said
    # seen happening to a colleague: the witness's steps
    assert "inleiding_getuige" in steps_of("getuige", Facts(gedragsvorm="agressie", van_buiten=True, zelf_getroffen=False))


def test_someone_accused_of_unwanted_behaviour_gets_the_codes_rule_for_it_not_the_witness_steps(profile_file):
    """"een collega wil een klacht over mij indienen omdat ik haar zou kleineren" was told to ask the
    colleague what she wants and to file an official report."""
    facts = Facts(zelf_getroffen=ACCUSED)
    said = " ".join(advice("dilemma_ongewenst_gedrag", facts, load_profile()))
    assert "sta je daarvoor open" in said and "regeling" in said
    assert "officiële melding" not in said and "Beslis niet voor je collega" not in said


def test_threats_and_violence_say_that_they_are_crimes_before_the_steps():
    steps = steps_of("ongewenst", Facts(gedragsvorm="agressie"))
    assert steps.index("aangifte") < steps.index("stappen")
    assert "aangifte" not in steps_of("ongewenst", Facts(gedragsvorm="pesten"))


def test_contact_details_come_from_the_profile(profile_file):
    profile_file.edit(vertrouwenspersonen=[{"naam": "Fatima Bakker", "functie": "vertrouwenspersoon", "telefoon": "035 123 45 67"}])
    messages = advice("dilemma_ongewenst_gedrag", Facts(leidinggevende_betrokken=True), load_profile())
    assert any("Fatima Bakker" in m and "035 123 45 67" in m for m in messages)


@pytest.mark.parametrize("theme", THEMES)
def test_every_theme_gives_filled_in_advice(profile_file, theme):
    messages = advice(theme, Facts(), load_profile())
    assert messages and all("{" not in m and "}" not in m for m in messages)


@pytest.mark.parametrize("subject, said", [
    ("dilemma_geschenk", "Wat de gedragscode zegt over cadeaus: boven de € 50 neem je een cadeau niet aan."),
    ("dilemma_belangenverstrengeling", "Wat de gedragscode zegt over familie en vrienden"),
    ("dilemma_gemeentelijke_voorzieningen", "Spullen van de gemeente neem je niet mee naar huis"),
])
def test_someone_elses_conduct_is_weighed_against_what_the_code_says_about_its_theme(profile_file, subject, said):
    for kind in ("misstand", "gedrag"):
        messages = advice("dilemma_vermoeden_misstand", Facts(misstand_soort=kind, onderwerp=subject), load_profile())
        assert said in messages[0] and messages[0].endswith("Dit zijn je stappen:")  # the steps after the rule
        without = advice("dilemma_vermoeden_misstand", Facts(misstand_soort=kind), load_profile())
        assert len(messages) == len(without) and "Wat de gedragscode zegt over" not in " ".join(without)


def test_a_colleagues_side_job_that_touches_his_own_work_gets_the_code_on_impartiality(profile_file):
    """"maakt bouwtekeningen ... die aanvragen komen bij ons en hij behandelt ze ook" got "het is prima" alone (AD-10)."""
    text = ("Mijn collega bij bouwtoezicht heeft een eigen bureautje en maakt bouwtekeningen voor mensen in Huizen. Soms "
            "komen die aanvragen daarna bij ons op het bureau, en hij behandelt ze ook.")
    case = subject_case("dilemma_nevenwerkzaamheden", text)
    assert case == "raakt_werk" and subject_case("dilemma_nevenwerkzaamheden", "mijn collega is voetbaltrainer") is None
    facts = Facts(misstand_soort="gedrag", onderwerp="dilemma_nevenwerkzaamheden", geval=case)
    said = advice("dilemma_vermoeden_misstand", facts, load_profile())[0]
    assert "oneigenlijke belangen laat je nooit meewegen" in said and "het is prima" not in said


def test_more_than_the_threshold_is_said_as_such_and_the_giver_with_its_article(profile_file):
    said = " ".join(advice("dilemma_geschenk", Facts(bedrag="ruim 50 euro", gever="adviesbureau",
                                                     al_aangenomen=False), load_profile()))
    assert "Een cadeau van ruim € 50 ligt boven de grens van € 50" in said
    assert "het adviesbureau" in said and "de adviesbureau" not in said


@pytest.mark.parametrize("theme, first", [
    ("dilemma_geschenk", "Je vraagt dit als leidinggevende. Volgens de gedragscode bespreek je twijfels"),
    ("dilemma_belangenverstrengeling", "Je vraagt dit als leidinggevende. Volgens de gedragscode meldt je medewerker het bij jou"),
    ("dilemma_ongewenst_gedrag", "Je vraagt dit als leidinggevende. Volgens de gedragscode maak je ongewenst gedrag bespreekbaar"),
])
def test_a_manager_asking_about_an_employee_hears_the_managers_part_first(profile_file, theme, first):
    """Managers were told "bespreek het met je leidinggevende" and offered to file the employee's gift in their name."""
    facts = Facts(bedrag="75 euro", gever="aannemer", al_aangenomen=False, relatie="familie", eigen_rol="behandelaar",
                  als_leidinggevende=True)
    assert advice(theme, facts, load_profile())[0].startswith(first)
    own = {"dilemma_geschenk": None, "dilemma_belangenverstrengeling": None}
    assert offered_notice(theme, facts) == own.get(theme, offered_notice(theme, Facts()))
    assert not advice(theme, Facts(bedrag="75 euro"), load_profile())[0].startswith("Je vraagt dit als leidinggevende")


def test_a_gift_split_per_person_is_not_let_past_the_limit(profile_file):
    """A team's hamper of € 150 became "Je mag het aannemen" once it was € 15 per person."""
    assert gift_outcome(Facts(bedrag="15 euro", per_persoon=True), FIFTY) == "per_persoon"
    assert gift_outcome(Facts(bedrag="80 euro", per_persoon=True), FIFTY) == "afwijzen"  # above it even per person
    said = advice("dilemma_geschenk", Facts(bedrag="15 euro", per_persoon=True), load_profile())[0]
    assert said.startswith("Je noemt € 15 per persoon") and "Je mag het aannemen" not in said


def test_a_resident_towards_a_colleague_gets_the_steps_for_the_public_not_for_a_colleagues_conduct():
    """A manager whose employee was spat on by a resident got "vraag je collega hoe die het ervaart" and the complaint route."""
    assert escalation_kind("dilemma_ongewenst_gedrag", Facts(zelf_getroffen=False, van_buiten=True)) == "publiek"
    assert escalation_kind("dilemma_ongewenst_gedrag", Facts(zelf_getroffen=False)) == "getuige"


def test_a_manager_asking_about_behaviour_in_the_team_gets_the_managers_steps_not_the_targets(profile_file):
    """A team leader told of touching by one of his people got "Vervelend dat je dit meemaakt", "Je hoeft het niet eerst
    zelf met de persoon te bespreken" and "Ga ... naar je leidinggevende" (DE-04)."""
    told = ("Goedemorgen, ik ben teamleider bij Ruimtelijke Ordening. Een medewerkster kwam gisteren bij me met de klacht dat "
            "een andere medewerker uit mijn team haar meerdere keren ongevraagd heeft aangeraakt.")
    facts = Facts(**facts_said("dilemma_ongewenst_gedrag", told))
    assert escalation_kind("dilemma_ongewenst_gedrag", facts) == "leidinggevende"
    said = " ".join(advice("dilemma_ongewenst_gedrag", facts, load_profile()))
    assert "Je vraagt dit als leidinggevende" in said and "bespreekbaar met wie het deed" in said
    assert "Vervelend dat je dit meemaakt" not in said and "naar je leidinggevende" not in said
    # harassed himself by an employee: the target's steps
    assert escalation_kind("dilemma_ongewenst_gedrag", Facts(als_leidinggevende=True, zelf_getroffen=True)) == "ongewenst"


@pytest.mark.parametrize("theme, facts", [
    ("dilemma_geschenk", Facts(bedrag="180 euro")),  # the head of department gave the tickets, then asked a favour
    ("dilemma_vertrouwelijke_informatie", Facts()),  # the manager wants plans sent to a developer
    ("dilemma_belangenverstrengeling", Facts(relatie="familie")),  # "doe jij je broers aanvraag maar"
])
def test_where_the_manager_is_part_of_it_the_advice_first_says_where_to_go_instead(profile_file, theme, facts):
    """"Bespreek het zo snel mogelijk met je leidinggevende" sent the user to the giver or the one who asked."""
    involved = advice_keys(theme, replace(facts, leidinggevende_betrokken=True), load_profile())
    assert involved[0] == "leidinggevende.zelf_betrokken"
    assert "leidinggevende.zelf_betrokken" not in advice_keys(theme, facts, load_profile())
    asking = replace(facts, leidinggevende_betrokken=True, als_leidinggevende=True)
    assert "leidinggevende.zelf_betrokken" not in advice_keys(theme, asking, load_profile())


@pytest.mark.parametrize("kind", ["misstand", "gedrag"])
def test_someone_elses_misuse_of_personal_data_is_told_to_the_data_protection_officer(profile_file, kind):
    """A colleague browsing the population register for acquaintances got "bespreek het eerst met de persoon zelf"
    and nothing on the data protection officer until the user asked."""
    facts = Facts(misstand_soort=kind, onderwerp="dilemma_vertrouwelijke_informatie", veilig_gesprek=True)
    said = " ".join(advice("dilemma_vermoeden_misstand", facts, load_profile()))
    assert "functionaris gegevensbescherming" in said and "datalek" in said


@pytest.mark.parametrize("theme, facts, first", [
    ("dilemma_geschenk", Facts(bedrag="onbekend", geval="lopende_zaak"), "geschenk.geval_lopende_zaak"),
    ("dilemma_geschenk", Facts(bedrag="20 euro", geval="lopende_zaak"), "geschenk.geval_lopende_zaak"),
    ("dilemma_uitnodiging", Facts(geval="lopende_zaak"), "uitnodiging.geval_lopende_zaak"),
])
def test_a_gift_or_invitation_from_someone_whose_tender_runs_is_declined_whatever_its_value(profile_file, theme, facts,
                                                                                             first):
    """Wine from a bidder in a running tender got only the limit (and "maakt dat uit?" got "Tot ziens!")."""
    keys = advice_keys(theme, facts, load_profile())
    assert keys[0] == first and "geschenk.aannemen_melden" not in keys


def test_who_already_talked_to_the_person_gets_the_next_step_not_the_talk_again(profile_file):
    """"Ja, hebben we eigenlijk al gedaan, maar hij ziet het probleem niet" got "Bespreek het bij voorkeur eerst met de
    persoon zelf" (AD-10)."""
    said = " ".join(advice("dilemma_vermoeden_misstand", Facts(misstand_soort="gedrag", veilig_gesprek=TALKED), load_profile()))
    assert "Je hebt het al met de persoon besproken" in said and "eerst met de persoon zelf" not in said
    assert "Lukt dat niet" not in said


def test_where_the_manager_is_part_of_it_our_own_advice_names_an_adviser(profile_file):
    """"Mijn advies: ... Bespreek het met je leidinggevende" right after the user reported her own manager (AE-10, AE-12);
    what the code asks of the manager stays."""
    from bot.advice import text
    involved = Facts(leidinggevende_betrokken=True)
    said = text("gemeentelijke_voorzieningen.geval_regeling", load_profile(), involved)
    assert "je leidinggevende" not in said.split("Mijn advies:")[-1] or "Mijn advies:" not in said
    leak = text("vertrouwelijke_informatie.geval_datalek", load_profile(), involved)
    assert "meld het meteen bij de functionaris gegevensbescherming" in leak  # not an adviser (OC-13)
    assert "vertel het meteen aan je leidinggevende" in text("vertrouwelijke_informatie.geval_datalek", load_profile(), Facts())
    gift = text("geschenk.aannemen_melden", load_profile(), Facts(leidinggevende_betrokken=True, bedrag="20 euro"))
    assert "je meldt het bij je leidinggevende" in gift  # the code's own rule


def test_a_colleagues_data_leak_gets_no_talk_first_but_today(profile_file):
    """A week-old leak by a colleague got "Bespreek het bij voorkeur eerst met de persoon zelf" and no word on 72 hours
    (BC-04, BD-14)."""
    leak = Facts(onderwerp="dilemma_vertrouwelijke_informatie", geval="datalek", misstand_soort="gedrag", veilig_gesprek=True)
    keys = advice_keys("dilemma_vermoeden_misstand", leak, load_profile())
    assert "escalatie.datalek_niet_wachten" in keys and "escalatie.gesprek_betrokkene" not in keys
    other = replace(leak, onderwerp="dilemma_gemeentelijke_voorzieningen", geval=None)
    assert "escalatie.gesprek_betrokkene" in advice_keys("dilemma_vermoeden_misstand", other, load_profile())


@pytest.mark.parametrize("subject, told, passage", [
    ("dilemma_geschenk", "ik zag dat een collega van vergunningen een envelop met geld aannam van de aannemer",
     "escalatie.onderwerp_geschenk_omkoping"),  # not the limit of € 50 (BE-06)
    ("dilemma_gemeentelijke_voorzieningen", "een collega schrijft elke week 6 uur overwerk die hij niet maakt",
     "escalatie.onderwerp_gemeentelijke_voorzieningen_regeling"),  # not private use of e-mail (BE-08)
    ("dilemma_geschenk", "een collega kreeg een fles wijn van een leverancier", "escalatie.onderwerp_geschenk"),
])
def test_someone_elses_conduct_gets_the_passage_of_its_case(subject, told, passage):
    facts = Facts(onderwerp=subject, geval=others_case(subject, told), misstand_soort="misstand")
    assert passage in advice_keys("dilemma_vermoeden_misstand", facts, load_profile())
    assert others_case("dilemma_geschenk", "ik kreeg 20 euro contant van een inwoner") != "omkoping"


@pytest.mark.parametrize("theme, notice", [("dilemma_nevenwerkzaamheden", False), ("dilemma_ongewenst_gedrag", True)])
def test_someone_asking_for_someone_else_hears_so_and_is_offered_no_notice_of_the_others(theme, notice):
    """An HR adviser was addressed as the employee ("Vervelend dat je dit meemaakt") and offered her notice (BB-01, BB-14)."""
    facts = Facts(**facts_said(theme, "Ik ben HR-adviseur. Een medewerkster kwam vanochtend bij me met een vraag."))
    assert advice_keys(theme, facts, load_profile())[0] == "leidinggevende.namens"
    assert (offered_notice(theme, facts) is not None) is notice  # a contact request is hers to ask, or HR's
    assert advice_keys(theme, Facts(), load_profile())[0] != "leidinggevende.namens"


def test_a_nationality_is_no_side_job_and_is_offered_no_notice(profile_file):
    """A second nationality got "kan het imago ... raken" and, twice, a side-job notice to file (FD-06)."""
    facts = Facts(geval="nationaliteit")
    assert advice_keys("dilemma_nevenwerkzaamheden", facts, load_profile()) == ["nevenwerkzaamheden.geval_nationaliteit"]
    assert offered_notice("dilemma_nevenwerkzaamheden", facts) is None


def test_the_council_of_ones_own_municipality_gets_the_gemeentewet_and_the_register(profile_file):
    said = advice("dilemma_nevenwerkzaamheden", Facts(geval="gemeenteraad"), load_profile())
    assert "Gemeentewet (art. 13)" in said[0] and "registreren" in said[1]
    assert offered_notice("dilemma_nevenwerkzaamheden", Facts(geval="gemeenteraad")) == "nevenwerkzaamheden"


def test_the_municipalitys_own_scheme_for_its_staff_is_no_gift(profile_file):
    """"het is het fietsplan van de gemeente zelf, voor alle medewerkers" got "Korting op privéspullen ... nooit" (FC-13)."""
    told = "wacht, het is het fietsplan van de gemeente zelf, voor alle medewerkers, via een leasebedrijf. ook niet?"
    facts = Facts(geval=subject_case("dilemma_geschenk", told), soort_gift="korting")
    assert advice_keys("dilemma_geschenk", facts, load_profile()) == ["geschenk.geval_werkgever"]
    assert offered_notice("dilemma_geschenk", facts) is None
    assert subject_case("dilemma_geschenk", "korting op een fiets via een leverancier van ons") is None
    # a firm named so is no scheme ("Fietsplan Gooi" turned "nooit" into the scheme's "the code says nothing", JA-17)
    assert subject_case("dilemma_geschenk", "Fietsplan Gooi biedt me 25% korting op een e-bike voor mezelf") is None
    assert subject_case("dilemma_geschenk", "ik mag via het fietsplan een fiets kopen") == "werkgever"


def test_a_manager_told_of_a_data_leak_reports_it_to_the_data_protection_officer(profile_file):
    """A team leader got "vertel het meteen aan je leidinggevende", the officer only if the manager is away (HB-10)."""
    keys = advice_keys("dilemma_vertrouwelijke_informatie", Facts(geval="datalek", als_leidinggevende=True), load_profile())
    assert "vertrouwelijke_informatie.geval_datalek_leidinggevende" in keys
    assert "vertrouwelijke_informatie.geval_datalek" not in keys


def test_a_false_claim_gets_a_plain_no_and_no_doubt(profile_file):
    """"dus een prive diner als zakelijk opgeven mag niet?" had only "twijfel je over een concreet geval?" (ID-16)."""
    keys = advice_keys("dilemma_gemeentelijke_voorzieningen", Facts(geval="valse_declaratie"), load_profile())
    assert keys[0] == "gemeentelijke_voorzieningen.geval_valse_declaratie"
    assert "gemeentelijke_voorzieningen.twijfel" not in keys


def test_an_opinion_online_gets_what_the_code_says_without_the_rules_on_information(profile_file):
    """IE-13: the side-job register; the code is silent on criticism, and has the protocol and the oath."""
    keys = advice_keys("dilemma_vertrouwelijke_informatie", Facts(geval="mening_online"), load_profile())
    assert keys == ["vertrouwelijke_informatie.geval_mening_online"]


def test_a_manager_asking_about_an_employee_on_sick_leave_gets_the_managers_advice(profile_file):
    """A team leader was told "bespreek het met je leidinggevende" (OE-16)."""
    from bot.advice import text
    said = text("gemeentelijke_voorzieningen.geval_ziek", load_profile(), Facts(geval="ziek", als_leidinggevende=True))
    assert "met je medewerker" in said and "bespreek het met je leidinggevende" not in said
    assert "bespreek het met je" in text("gemeentelijke_voorzieningen.geval_ziek", load_profile(), Facts(geval="ziek"))
