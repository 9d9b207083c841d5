"""A question right after the advice gets its own answer, not the whole advice again (bot/follow_up_answers.py)."""
import pytest

from bot.advice import Facts, advice_keys, text
from bot.follow_up_answers import MUST_REPORT, asked_after_advice, follow_up_answer
from bot.profile import load_profile


@pytest.mark.parametrize("theme, question, facts, key", [
    ("dilemma_geschenk", "moet ik het teruggeven?", Facts(bedrag="80 euro"), "vervolg.teruggeven_ja"),
    ("dilemma_geschenk", "moet ik het teruggeven?", Facts(bedrag="15 euro"), "vervolg.teruggeven_nee"),
    ("dilemma_geschenk", "mag ik het houden?", Facts(bedrag="5 euro", soort_gift="korting"), "vervolg.teruggeven_ja"),
    ("dilemma_geschenk", "wat doe ik er nu mee", Facts(), "vervolg.teruggeven_onbekend"),
    ("dilemma_geschenk", "moet ik het terugsturen?", Facts(soort_gift="geld"), "geschenk.code_zwijgt_geld"),
    ("dilemma_geschenk", "hoe weiger ik dat netjes?", Facts(bedrag="80 euro"), "vervolg.weigeren_geschenk"),
    ("dilemma_uitnodiging", "mag ik mijn vrouw meenemen?", Facts(), "vervolg.meenemen"),
    ("dilemma_geschenk", "maakt het uit dat ze meedoen aan de aanbesteding?", Facts(), "geschenk.geval_lopende_zaak"),
    ("dilemma_geschenk", "mag ik het houden?", Facts(bedrag="5 euro", geval="herhaald"), "geschenk.geval_herhaald"),  # (LA-17)
    ("dilemma_nevenwerkzaamheden", "word ik nu ontslagen?", Facts(), "vervolg.eigen_fout"),  # (MB-11)
    # the police text twice (LD-05)
    ("dilemma_ongewenst_gedrag", "ik wil geen klacht of politie. ik had zelf ook wat gedronken dus misschien is het ook mijn "
                                 "schuld", Facts(), "vervolg.niet_jouw_schuld"),
    # "Ja." (to "moet ik het teruggeven?") and then a no; and "Je mag het aannemen" for the part kept
    ("dilemma_geschenk", "mijn afdelingshoofd zegt dat ik hem wel mag houden als ik hem meld. Dan is het toch ok?",
     Facts(bedrag="80 euro"), "vervolg.toestemming_nee"),
    ("dilemma_geschenk", "en als mijn baas zegt dat het wel ok is?", Facts(bedrag="20 euro"), "vervolg.toestemming_melden"),
    ("dilemma_geschenk", "en als ik die bon van 25 euro terugstuur en de rest hou? dan zit ik eronder toch",
     Facts(bedrag="70 euro"), "vervolg.opsplitsen"),
    ("dilemma_belangenverstrengeling", "mag ik haar dan een beetje voorrang geven?", Facts(relatie="vriend"),
     "belangenverstrengeling.geval_voorrang"),  # it got "Je vraag gaat nog over hetzelfde" and the advice again
    ("dilemma_uitnodiging", "en als ik het hotel zelf betaal?", Facts(), "vervolg.zelf_betalen"),
    ("dilemma_uitnodiging", "wat zeg ik tegen de leverancier?", Facts(), "vervolg.weigeren_uitnodiging"),
    # it started a gift and took the rule's 50 euro for the dinner's value (AB-06)
    ("dilemma_uitnodiging", "Geldt die grens van 50 euro van cadeaus eigenlijk ook voor een diner?", Facts(),
     "vervolg.grens_uitnodiging"),
    # "my manager says it is fine" got the advice again (AB-06)
    ("dilemma_uitnodiging", "Mijn afdelingshoofd gaat zelf ook mee en vindt het prima. Dan hoef ik toch niets meer te melden?",
     Facts(), "vervolg.toestemming_uitnodiging"),
    # a supplier-paid trip: "Dan heb je gedaan wat de gedragscode vraagt" (AF-02)
    ("dilemma_uitnodiging", "Mijn afdelingshoofd gaat zelf ook mee en vindt het prima. Dan is het toch in orde?",
     Facts(reis_betaald=True), "vervolg.toestemming_reis_derden"),
    ("dilemma_uitnodiging", "En als de gemeente zelf de vlucht betaalt en de leverancier alleen het programma en de lunches?",
     Facts(reis_betaald=True), "vervolg.zelf_betalen"),
    ("dilemma_nevenwerkzaamheden", "mijn leidinggevende vindt het goed, moet ik het dan nog melden?", Facts(),
     "vervolg.toestemming_nevenwerk"),
    ("dilemma_vermoeden_misstand", "hij is wel een maat van me. kan ik hem niet gewoon eerst zeggen dat hij moet stoppen?",
     Facts(misstand_soort="misstand"), "escalatie.bespreken_misstand_twijfel"),  # the text on data leaks (AB-07)
    # a wish to talk to a friend first got "bespreek het niet eerst" again (IE-08): the code's preference, with the caution
    ("dilemma_vermoeden_misstand", "ik voel me wel veilig en wil eerst met hem praten, is dat fout?", Facts(misstand_soort="onbekend"),
     "escalatie.bespreken_misstand_twijfel"),
    # told to say nothing, or that everyone does it (AB-05, AB-07)
    ("dilemma_vertrouwelijke_informatie", "mijn collega zegt ik moet niks zeggen want het was maar adres en indicatie, "
                                          "niet zo erg. en ik ben nog in proeftijd, ik ben bang", Facts(), "vervolg.niet_zo_erg"),
    ("dilemma_geschenk", "wacht even, iedereen hier krijgt weleens wat van die aannemers, dat is toch gewoon normaal?",
     Facts(), "vervolg.niet_zo_erg"),  # the choice between a wrongdoing and a colleague's conduct (AF-01)
    ("dilemma_geschenk", "mijn collega zegt dat het niet erg is zolang je er niks voor terug doet", Facts(),
     "vervolg.niet_zo_erg"),
    ("dilemma_vermoeden_misstand", "eerlijk gezegd rommelt iedereen wel een beetje met kilometers hier. is het dan wel zo erg?",
     Facts(), "vervolg.niet_zo_erg"),
    # after a notice of a colleague's false claims: the text on data leaks (AF-08)
    ("dilemma_vermoeden_misstand", "Stel dat mijn leidinggevende het wel weet en het goed vindt, wat dan?", Facts(),
     "escalatie.vertrouwenspersoon"),
    ("dilemma_vermoeden_misstand", "Een andere collega zegt: iedereen rondt de kilometers een beetje af naar boven, maak je "
                                   "niet druk. Is dat waar?", Facts(), "vervolg.niet_zo_erg"),
    ("dilemma_ongewenst_gedrag", "en wat moet ik morgen doen als ik hem weer zie op de werf? ik ben echt bang", Facts(),
     "vervolg.weer_zien"),  # "Daar kan ik je helaas niet mee helpen" (AE-04)
    ("dilemma_ongewenst_gedrag", "en ben ik beschermd? ik heb hem tenslotte gemeld", Facts(), "vervolg.gevolgen"),  # AE-15
    ("dilemma_vermoeden_misstand", "heb ik gelijk dat ik weiger om die uren aan te passen? ja of nee", Facts(),
     "vervolg.opdracht"),  # the facilities text on one's own hours (AI-08)
    ("dilemma_ongewenst_gedrag", "vandaag na werk moet ik weer naar parkeerplaats en hij is daar ook. wat moet ik doen?",
     Facts(), "vervolg.weer_zien"),  # the side-job text (AI-03)
    ("dilemma_ongewenst_gedrag", "hij drinkt bier voor hij met de strooiwagen de weg op gaat, wat moet ik nu doen?", Facts(),
     "vervolg.gevaar_nu"),  # "vraag je collega hoe die het ervaart" (AI-12)
    ("dilemma_vertrouwelijke_informatie", "en krijg ik hier nu problemen mee? ik werk hier pas 3 maanden", Facts(geval="datalek"),
     "vervolg.eigen_fout"),  # the side-job text (AH-05)
    ("dilemma_vertrouwelijke_informatie", "mijn teamleider is op vakantie en dat privacy nummer neemt niet op. wat nu",
     Facts(geval="datalek"), "vertrouwelijke_informatie.geval_datalek"),
    ("dilemma_geschenk", "stel het was 40 euro geweest, had ik het dan wel mogen houden?",
     Facts(bedrag="40 euro", geval="lopende_zaak"), "geschenk.geval_lopende_zaak"),  # "Je mag het houden" (AJ-01)
    ("dilemma_uitnodiging", "En als ik mijn eigen deel van de rekening zelf betaal?", Facts(), "vervolg.zelf_betalen"),
    ("dilemma_nevenwerkzaamheden", "waar moet ik het melden?", Facts(), "nevenwerkzaamheden.registratie"),
    ("dilemma_nevenwerkzaamheden", "mag mijn leidinggevende het verbieden?", Facts(), "vervolg.nevenwerk_verbieden"),
    # the stock text came again, or "Daar kan ik je helaas niet mee helpen"
    ("dilemma_nevenwerkzaamheden", "Ja maar mag het nou of niet?", Facts(), "vervolg.nevenwerk_mag_het"),
    ("dilemma_nevenwerkzaamheden", "Is dat belangenverstrengeling of niet??", Facts(), "vervolg.nevenwerk_mag_het"),
    ("dilemma_nevenwerkzaamheden", "Is er een maximum aantal uren?", Facts(), "vervolg.nevenwerk_mag_het"),
    ("dilemma_nevenwerkzaamheden", "mag ik de subsidieaanvraag van de club dan nog zelf behandelen?", Facts(),
     "vervolg.zelf_behandelen"),
    ("dilemma_nevenwerkzaamheden", "Moet ik de aanvraag nu aan een collega overdragen?", Facts(), "vervolg.zelf_behandelen"),
    ("dilemma_belangenverstrengeling", "moet ik het dossier dan overdragen?", Facts(), "vervolg.aanpak_belangen"),
    ("dilemma_ongewenst_gedrag", "wat moet ik dan tegen hem zeggen?", Facts(gedragsvorm="pesten", veilig_gesprek=True),
     "escalatie.gesprek_betrokkene"),
    ("dilemma_ongewenst_gedrag", "wat moet ik tegen hem zeggen?", Facts(gedragsvorm="pesten"),
     "escalatie.gesprek_als_veilig"),  # not yet asked whether it is safe (in the walk-through): only if it is
    ("dilemma_ongewenst_gedrag", "wat moet ik dan tegen hem zeggen?", Facts(gedragsvorm="seksuele_intimidatie"),
     "escalatie.niet_veilig"),  # never pushed to talk after a severe form
    ("dilemma_vermoeden_misstand", "en die declaraties liggen nu bij mij ter controle. moet ik ze gewoon goedkeuren zodat "
                                   "niemand iets merkt?", Facts(misstand_soort="misstand"), "vervolg.niet_meewerken"),
    # it got "Wat past het best?" again, or nothing
    ("dilemma_vermoeden_misstand", "dat had ik al gekozen. Mijn vraag is: moet ik eerst zelf uitzoeken of het echt zijn "
                                   "zwager is?", Facts(misstand_soort="misstand"), "vervolg.zelf_uitzoeken"),
    ("dilemma_vermoeden_misstand", "mag ik in de logbestanden kijken wie dat dossier heeft geopend?", Facts(),
     "vervolg.zelf_uitzoeken"),
    ("dilemma_vermoeden_misstand", "wat zeg ik tegen hem?", Facts(misstand_soort="misstand"),
     "escalatie.niet_bespreken_misstand"),  # talking to a suspect warns him
    # a victim of her manager's harassment was sent to the invitation rules: discuss it with the manager
    ("dilemma_ongewenst_gedrag", "moet ik dan wel naar die lunch gaan vrijdag? ik wil eigenlijk niet",
     Facts(gedragsvorm="seksuele_intimidatie", leidinggevende_betrokken=True), "vervolg.niet_alleen"),
    ("dilemma_ongewenst_gedrag", "moet ik screenshots van die groepsapp bewaren als bewijs?", Facts(), "vervolg.bewijs"),
    ("dilemma_ongewenst_gedrag", "maar kan ik hierdoor zelf problemen krijgen als ik het meld?", Facts(),
     "vervolg.gevolgen"),
    ("dilemma_vermoeden_misstand", "maar kan ik hierdoor zelf problemen krijgen als ik het meld?", Facts(),
     "escalatie.bescherming"),
    ("dilemma_ongewenst_gedrag", "kan ik hier aangifte van doen?", Facts(), "vervolg.aangifte"),
    # the accused was told to talk to the intern who complained, under four eyes
    ("dilemma_ongewenst_gedrag", "mag ik die stagiaire er zelf op aanspreken?", Facts(zelf_getroffen="beschuldigd"),
     "vervolg.niet_aanspreken"),
    ("dilemma_vertrouwelijke_informatie", "mijn leidinggevende is op vakantie", Facts(geval="datalek"),
     "vertrouwelijke_informatie.geval_datalek"),  # it got "Tot ziens!"
    # an angry accused was asked "Wie is het voor jou?" and then told to talk to her under four eyes
    ("dilemma_ongewenst_gedrag", "ik loop morgen gewoon naar haar bureau om te vragen wat haar probleem is",
     Facts(zelf_getroffen="beschuldigd"), "vervolg.niet_aanspreken"),
    ("dilemma_ongewenst_gedrag", "is het slim als ik haar morgen aanspreek?", Facts(zelf_getroffen="beschuldigd"),
     "vervolg.niet_aanspreken"),
    ("dilemma_ongewenst_gedrag", "maar moet ik straks naar dat gesprek? over 20 min", Facts(gedragsvorm="seksuele_intimidatie"),
     "vervolg.niet_alleen"),  # to meet the harasser alone: it got the advice again
    ("dilemma_ongewenst_gedrag", "maar als ik klacht doe, kan hij mijn contract niet verlengen?", Facts(),
     "vervolg.gevolgen"),  # a temp's fear got the questions again
    # a manager accused of bullying once got only what a confidential adviser is
    ("dilemma_ongewenst_gedrag", "Dus ik kan haar morgen gewoon bij me roepen en vragen wat ze bij de vertrouwenspersoon verteld heeft?",
     Facts(zelf_getroffen="beschuldigd"), "vervolg.niet_aanspreken"),
    ("dilemma_ongewenst_gedrag", "hij staat nu nog buiten bij de ingang, ik durf niet naar huis",
     Facts(gedragsvorm="agressie", van_buiten=True), "escalatie.direct_gevaar"),  # it fell back
    ("dilemma_geschenk", "is contant geld niet anders dan een cadeautje?", Facts(bedrag="20"), "geschenk.code_zwijgt_geld"),
    ("dilemma_geschenk", "is contant geld niet anders dan een cadeautje?", Facts(bedrag="100"), "geschenk.afwijzen"),
    ("dilemma_vertrouwelijke_informatie", "mijn collega zegt: bel die partij gewoon en vraag of ze het verwijderen, dan hoef je "
                                          "niks te melden. niemand merkt het. is dat ok?", Facts(geval="datalek"),
     "vervolg.datalek_verwijderd"),  # "Gaat het vooral om ...?" (IE-15)
    ("dilemma_belangenverstrengeling", "kan ik t niet gewoon laten", Facts(relatie="familie"), "belangenverstrengeling.melden"),
    ("dilemma_ongewenst_gedrag", "maar ze heeft me expliciet gevraagd NIKS te doen. mag ik dan toch die collega aanspreken?",
     Facts(als_leidinggevende=True, gedragsvorm="seksuele_intimidatie"), "vervolg.leidinggevende_taak"),  # (IE-16)
    # an instruction to exclude applicants with a headscarf got the steps against unwanted behaviour (IB-14)
    ("dilemma_ongewenst_gedrag", "Een leidinggevende wil dat ik sollicitanten met een hoofddoek niet uitnodig voor een gesprek. "
                                 "Dat is discriminatie. Wat moet ik doen?", Facts(), "vervolg.discriminatie_opdracht"),
    ("dilemma_uitnodiging", "voor ik verstuur: mag ik eigenlijk wel mee als zij hotel en reis betalen?", Facts(),
     "uitnodiging.reis_derden"),  # not answered at the summary (IA-11)
    ("dilemma_geschenk", "moet ik die leverancier nog iets laten weten?", Facts(soort_gift="korting"),
     "vervolg.weigeren_geschenk"),  # the gift's questions again, and then "daaronder mag het wel" for a discount (IA-16)
    ("dilemma_geschenk", "ik heb het al geweigerd zei ik. maar moet ik het nou melden of niet?",
     Facts(soort_gift="geld", bedrag="100"),
     "vervolg.geweigerd_melden"),  # the text on pressure from a manager (IA-09)
    ("dilemma_belangenverstrengeling", "wat moet ik precies tegen mijn leidinggevende zeggen?", Facts(),
     "vervolg.melden_belangen"),  # it got the general paragraph on the manager's role
    ("dilemma_vertrouwelijke_informatie", "wat zeg ik dan als die journalist terugbelt?", Facts(), "vertrouwelijke_informatie.geval_pers"),
    ("dilemma_gemeentelijke_voorzieningen", "moet ik het terugbetalen?", Facts(geval="regeling"), "vervolg.terugbetalen"),
    ("dilemma_geschenk", "Ze wordt boos als ik het weiger. Wat moet ik doen?", Facts(), "vervolg.weigeren_geschenk"),
    ("dilemma_vermoeden_misstand", "pff. ze is ook een beetje een vriendin. kan ik het niet gewoon eerst tegen haar zelf zeggen "
                                   "dat dit niet kan?", Facts(misstand_soort="gedrag"), "escalatie.gesprek_als_veilig"),  # (EC-09)
    ("dilemma_vermoeden_misstand", "maar ik heb het al tegen mijn afdelingshoofd gezegd. telt dat niet als melding? moet ik alles "
                                   "opnieuw vertellen?", Facts(), "vervolg.al_verteld"),  # (EC-11)
    # asked by an intern's supervisor to look up his neighbour: the case's no, not "meld het nu" (EC-04)
    ("dilemma_vertrouwelijke_informatie", "maar moet ik het nu doen of niet? hij is mijn begeleider, ik wil geen slechte "
                                          "beoordeling krijgen", Facts(geval="eigen_gebruik"), "vertrouwelijke_informatie.geval_eigen_gebruik"),
    # it got the Huis voor Klokkenluiders (DE-12)
    ("dilemma_ongewenst_gedrag", "kan ik dit ook buiten de gemeente melden? ik ben bang dat intern niks gebeurt omdat mijn "
                                 "teamleider ook meedoet", Facts(gedragsvorm="discriminatie"), "vervolg.extern_ongewenst"),
    ("dilemma_geschenk", "En als ik gewoon de volle prijs betaal, kan ik dan wel bij hem een keuken kopen?", Facts(),
     "vervolg.volle_prijs"),  # not a gift of the kitchen's price
])
def test_a_question_after_the_advice_gets_its_own_answer(profile_file, theme, question, facts, key):
    assert asked_after_advice(theme, question)
    assert follow_up_answer(theme, question, facts, load_profile()) == key
    assert text(key, load_profile(), facts)  # the key exists and fills in


@pytest.mark.parametrize("theme, question", [
    ("dilemma_vertrouwelijke_informatie", "mijn leidinggevende is op vakantie"),
    ("dilemma_geschenk", "mag ik ook naar het afdelingshoofd in plaats van mijn teamleider?"),  # (DA-02, BE-14)
    ("dilemma_belangenverstrengeling", "mijn leidinggevende is de komende twee weken ziek, bij wie moet ik dan?"),  # (DB-09)
    ("dilemma_uitnodiging", "mag ik dan niet gewoon naar de soepelere afdelingsmanager?"),  # (EA-10)
    ("dilemma_belangenverstrengeling", "Ik bén de leidinggevende. Bij wie moet ik het dan melden? Bij mijn afdelingshoofd?"),
    ("dilemma_uitnodiging", "Ja maar mijn manager wil zelf juist gaan, dus met hem bespreken heeft weinig zin. Kan ik naar "
                            "zijn baas, of naar wie anders?"),  # (DA-10)
])
def test_a_manager_away_or_another_asked_for_gets_that_any_manager_or_an_adviser_will_do(profile_file, theme, question):
    assert asked_after_advice(theme, question)
    assert follow_up_answer(theme, question, Facts(geval="eigen_gebruik"), load_profile()) == "vervolg.andere_leidinggevende"


def test_a_manager_away_after_a_data_leak_gets_the_data_protection_officer(profile_file):
    """"Mijn leidinggevende is vandaag en morgen vrij. Moet ik die Jeroen zelf mailen ...?" got the side-job text (DE-05)."""
    asked = ("Mijn leidinggevende is vandaag en morgen vrij. Moet ik die Jeroen zelf mailen dat hij het moet verwijderen? "
             "En kan ik het ook ergens anders melden?")
    assert asked_after_advice("dilemma_vertrouwelijke_informatie", asked)
    key = follow_up_answer("dilemma_vertrouwelijke_informatie", asked, Facts(geval="datalek"), load_profile())
    assert "functionaris gegevensbescherming" in text(key, load_profile(), Facts())


@pytest.mark.parametrize("theme, question", [
    ("dilemma_geschenk", "en als het 60 euro was?"),  # a new fact: the advice again for it
    ("dilemma_nevenwerkzaamheden", "en als ik er niet voor betaald word?"),
    ("dilemma_uitnodiging", "mag ik mijn vrouw meenemen, want de leverancier zei dat partners ook welkom zijn en "
                            "er een hotelkamer voor twee is geregeld"),  # too long for a follow-up question
    ("dilemma_vertrouwelijke_informatie", "moet ik het teruggeven?"),  # another theme's question
])
def test_other_questions_are_not_answered_from_the_table(theme, question):
    assert not asked_after_advice(theme, question)


def test_a_gift_below_the_threshold_may_be_kept_and_says_its_value(profile_file):
    answer = text("vervolg.teruggeven_nee", load_profile(), Facts(bedrag="15 euro"))
    assert answer.startswith("Teruggeven hoeft niet") and "€ 15" in answer and "meldt het bij je leidinggevende" in answer


# a woman harassed by her manager asked "kan ik aangifte doen?" and heard "vertel het ook je leidinggevende"
@pytest.mark.parametrize("key", ["vervolg.aangifte", "vervolg.niet_aanspreken", "gesprek.geen_ander_antwoord",
                                 "escalatie.beschuldigd_steun"])
def test_where_the_manager_is_part_of_it_the_answer_sends_to_an_adviser_only(profile_file, key):
    involved = text(key, load_profile(), Facts(leidinggevende_betrokken=True))
    assert "leidinggevende" not in involved and "een vertrouwenspersoon" in involved
    assert "je leidinggevende of een vertrouwenspersoon" in text(key, load_profile(), Facts())


@pytest.mark.parametrize("theme, question", [
    # it got the answer on violence at home (112, Veilig Thuis), or a menu
    ("dilemma_ongewenst_gedrag", "maar hij is wel mijn leidinggevende he, hij doet straks mijn beoordeling. kan hij me "
                                 "ontslaan als ik dit ga melden?"),
    ("dilemma_geschenk", "kan hij me echt een slechte beoordeling geven als ik weiger?"),
    ("dilemma_belangenverstrengeling", "en mag mijn teamleider me straffen als ik nee zeg tegen zijn zwager?"),
])
def test_a_fear_of_being_punished_for_refusing_or_reporting_gets_what_the_law_says(profile_file, theme, question):
    assert asked_after_advice(theme, question)
    answer = text(follow_up_answer(theme, question, Facts(), load_profile()), load_profile(), Facts())
    assert "benadeelt" in answer and "vertrouwenspersoon" in answer


def test_a_question_on_the_consequences_of_ones_own_act_is_not_taken_for_a_fear_of_being_punished():
    assert not asked_after_advice("dilemma_geschenk", "kan ik ontslagen worden als ik het cadeau hou?")


@pytest.mark.parametrize("theme", ["dilemma_ongewenst_gedrag", "dilemma_vertrouwelijke_informatie", "dilemma_geschenk"])
def test_whom_to_go_to_then_gets_the_advisers_and_the_route_not_the_manager_who_is_part_of_it(profile_file, theme):
    """"bij wie moet ik dan??" got the answer on violence at home, with "Dat kan met je leidinggevende"."""
    key = follow_up_answer(theme, "bij wie moet ik dan??", Facts(leidinggevende_betrokken=True), load_profile())
    answer = text(key, load_profile(), Facts(leidinggevende_betrokken=True))
    assert key == "vervolg.bij_wie" and "leidinggevende" not in answer and "vertrouwenspersoon" in answer


def test_a_long_message_known_to_be_a_question_to_the_advice_gets_the_answer_its_words_ask():
    told = ("Ik weet het alleen van horen zeggen, dat het zijn zwager is. Moet ik dat niet eerst zelf uitzoeken, "
            "bijvoorbeeld in het KvK-register kijken? En ik ben de enige die die facturen inboekt, dus wat moet ik nu?")
    assert not asked_after_advice("dilemma_vermoeden_misstand", told)  # too long to be taken for one by its words
    assert follow_up_answer("dilemma_vermoeden_misstand", told, Facts(), load_profile()) == "vervolg.zelf_uitzoeken"


@pytest.mark.parametrize("theme, question", [
    ("dilemma_vertrouwelijke_informatie", "Maar mag ik dat stuk nou sturen of niet? Het is wel de wethouder die het vraagt"),
    ("dilemma_gemeentelijke_voorzieningen", "moet ik die boeking nou doen of niet? als ik weiger weet ie meteen dat ik dwars lig"),
    ("dilemma_belangenverstrengeling", "moet ik dat rapport aanpassen zoals hij wil?"),
    ("dilemma_gemeentelijke_voorzieningen", "en die 60 overuren? moet ik die accorderen?"),
])
def test_whether_to_do_what_one_is_asked_gets_that_one_answers_for_it_oneself(profile_file, theme, question):
    """It got the text on data leaks, or a menu of themes."""
    assert follow_up_answer(theme, question, Facts(), load_profile()) == "vervolg.opdracht"


@pytest.mark.parametrize("question", ["komt hij erachter dat ik het was?",
                                      # the whistleblower's secrecy and the Huis voor Klokkenluiders (AD-04)
                                      "kan ik het ook anoniem melden? hij mag echt niet weten dat het van mij komt"])
def test_whether_the_other_learns_who_complained_of_unwanted_behaviour_is_not_the_whistleblowers_secrecy(profile_file,
                                                                                                       question):
    assert asked_after_advice("dilemma_ongewenst_gedrag", question)
    key = follow_up_answer("dilemma_ongewenst_gedrag", question, Facts(), load_profile())
    assert key == "vervolg.wie_klaagt" and "geheim" not in text(key, load_profile(), Facts())


def test_a_danger_to_people_there_now_is_not_left_to_the_report(profile_file):
    """Broken emergency exits in a hall where youth train every evening got the steps for unwanted behaviour."""
    asked = "die nooduitgangen zijn nu nog steeds kapot en er traint elke avond jeugd in die hal. moet ik nog iets anders doen?"
    assert asked_after_advice("dilemma_ongewenst_gedrag", asked)
    assert follow_up_answer("dilemma_vermoeden_misstand", asked, Facts(), load_profile()) == "vervolg.gevaar_nu"


@pytest.mark.parametrize("theme, question, key", [
    ("dilemma_vertrouwelijke_informatie", "moet ik het melden bij de privacy mensen?", "vertrouwelijke_informatie.geval_datalek"),
    ("dilemma_geschenk", "hmm, ik behandel nu net een aanvraag van hem. mag ik het dan wel houden?", "geschenk.geval_lopende_zaak"),
])
def test_more_follow_ups_the_testers_asked(profile_file, theme, question, key):
    """The first got the Huis voor Klokkenluiders; the second "Je mag het houden"."""
    assert follow_up_answer(theme, question, Facts(geval="datalek"), load_profile()) == key


@pytest.mark.parametrize("question, key", [
    # it got the text on confidential information and data leaks
    ("moet ik dan zelf naar de politie? dan ziet hij toch mijn naam en adres in de aangifte. en als hij morgen weer komt, "
     "moet ik hem dan gewoon helpen?", "vervolg.aangifte"),
    ("nee het gaat over die man die mij bedreigt. wat doe ik als hij morgen weer aan de balie staat?", "vervolg.komt_terug"),
])
def test_a_threatened_employee_at_the_desk_gets_her_answers(profile_file, question, key):
    facts = Facts(gedragsvorm="agressie", van_buiten=True)
    assert asked_after_advice("dilemma_ongewenst_gedrag", question)
    assert follow_up_answer("dilemma_ongewenst_gedrag", question, facts, load_profile()) == key
    assert "domiciliekeuze" in text("vervolg.aangifte", load_profile(), facts)


@pytest.mark.parametrize("theme", ["dilemma_belangenverstrengeling", "dilemma_vertrouwelijke_informatie"])
def test_an_alderman_involved_gets_the_mayors_role_and_the_route(profile_file, theme):
    """An alderman pressing for his neighbour's permit: no route to the mayor was named (V-11, W-02)."""
    key = follow_up_answer(theme, "en als de wethouder erbij betrokken is?", Facts(), load_profile())
    assert key == "vervolg.bestuurder" and "burgemeester" in text(key, load_profile(), Facts())


@pytest.mark.parametrize("text, answer", [
    ("hoeveel tijd heb ik eigenlijk?", "vervolg.datalek_tijd"),  # it got "Daar kan ik je niet mee helpen" (CA-01)
    ("is het nu al te laat? het was vorige week", "vervolg.datalek_tijd"),
    ("ok maar ICT bellen ja of nee? zodat ze hem kunnen blokkeren", "vervolg.datalek_wie_nog"),  # the greeting (CA-03)
    # the text on passwords, twice (FE-05); the text on private use (FE-06)
    ("hij zat wel op slot met wachtwoord en volgens mij is ie versleuteld. dan hoef ik het toch niet te melden?",
     "vervolg.datalek_versleuteld"),
    ("Mijn leidinggevende zit de hele middag in een overleg. Is het erg als ik het morgenochtend pas meld?",
     "vervolg.datalek_tijd"),
    # a stop, the chat's privacy, the rules again, the general route (GE-04, GE-05)
    ("maar als hij hem verwijdert hoef ik het toch niet meer te melden? is toch geen lek meer", "vervolg.datalek_verwijderd"),
    ("zal ik die verkeerde meneer Jansen zelf even bellen en vragen of hij de mail wil verwijderen?", "vervolg.datalek_verwijderd"),
    ("kan ik het hier bij jou anoniem melden? dan hoeft mijn chef niet te weten dat ik het was", "vervolg.datalek_hier"),
    ("dus kan ik hier nou een melding doen over die usb stick of niet?", "vervolg.datalek_hier"),
    ("mijn chef is tot maandag op vakantie", "vertrouwelijke_informatie.geval_datalek"),
])
def test_a_data_leaks_follow_ups_get_their_answers(text, answer):
    leak = Facts(geval="datalek")
    assert follow_up_answer("dilemma_vertrouwelijke_informatie", text, leak, load_profile()) == answer
    assert follow_up_answer("dilemma_vertrouwelijke_informatie", text, Facts(geval="wachtwoord"), load_profile()) != answer


def test_working_with_the_one_who_threatened_tomorrow_gets_its_answer():
    """"ok maar wat doe ik morgen? ik moet gewoon met hem op de wagen" got the advice again (CC-04)."""
    asked = "ok maar wat doe ik morgen? ik moet gewoon met hem op de wagen"
    assert follow_up_answer("dilemma_ongewenst_gedrag", asked, Facts(gedragsvorm="agressie"), load_profile()) == "vervolg.weer_zien"


@pytest.mark.parametrize("theme, text", [
    ("dilemma_ongewenst_gedrag", "maar is dit nou discriminatie of stel ik me aan?"),
    ("dilemma_vermoeden_misstand", "is zo'n opmerking nou echt ongewenst gedrag? hij bedoelt het als grapje"),
])
def test_whether_it_is_unwanted_behaviour_gets_what_the_code_says(theme, text):
    """It got the same block twice, or the FAQ on unwritten rules (BE-03, BE-11, CC-03, CC-12)."""
    assert follow_up_answer(theme, text, Facts(), load_profile()) == "vervolg.is_het_ongewenst"


@pytest.mark.parametrize("theme, case, key", [
    ("dilemma_gemeentelijke_voorzieningen", "post", "gemeentelijke_voorzieningen.geval_post"),
    ("dilemma_vertrouwelijke_informatie", "eigen_gebruik", "vertrouwelijke_informatie.geval_eigen_gebruik"),
])
def test_yes_or_no_asked_after_the_advice_on_a_case_gets_its_own_answer(theme, case, key):
    """"ja maar mag het nou of niet, pakketjes laten bezorgen op het werk?" got "geen ander antwoord" (CA-13)."""
    assert follow_up_answer(theme, "ja maar mag het nou of niet?", Facts(geval=case), load_profile()) == key
    assert text(key, load_profile())  # the text exists
    assert follow_up_answer(theme, "dus ja of nee?", Facts(), load_profile()) is None  # no case: the advice again


def test_a_post_about_the_newspapers_article_gets_the_answer_on_posting_not_the_press(profile_file):
    """"als het artikel morgen in de krant staat, mag ik daar dan privé op Facebook op reageren?" got "dat mag", then the
    press again (FE-08)."""
    asked = "als het artikel morgen in de krant staat, mag ik daar dan privé op Facebook op reageren?"
    posting = Facts(geval="sociale_media")
    assert follow_up_answer("dilemma_vertrouwelijke_informatie", asked, posting, load_profile()) is None  # the advice again:
    assert advice_keys("dilemma_vertrouwelijke_informatie", posting, load_profile())[0] == \
        "vertrouwelijke_informatie.geval_sociale_media"  # on posting


@pytest.mark.parametrize("asked", ["nee ik wil het wel zelf proberen. heb je tips voor dat gesprek?",
                                   "Eigenlijk wil ik het eerst zelf tegen hem zeggen. Hoe pak ik dat het beste aan?",  # (GE-02)
                                   "ik wil eerst zelf met hem praten. kun je me tips geven voor zo'n gesprek?"])
def test_a_wish_to_talk_to_the_harasser_oneself_gets_tips_not_skip_that_step(profile_file, asked):
    """Asked three times, she got "Sla die stap dan gewoon over" (FE-02)."""
    harassed = Facts(gedragsvorm="seksuele_intimidatie", zelf_getroffen=True)
    assert follow_up_answer("dilemma_ongewenst_gedrag", asked, harassed, load_profile()) == "escalatie.gesprek_zelf_gekozen"
    assert follow_up_answer("dilemma_ongewenst_gedrag", "wat moet ik dan tegen hem zeggen?", harassed,
                            load_profile()) == "escalatie.niet_veilig"  # not pushed where it was not chosen


@pytest.mark.parametrize("asked, answer", [
    ("Is dat verplicht, melden, als ik hem toch al geweigerd heb?", "vervolg.geweigerd_melden"),  # the side-job text (FA-02)
    ("moet de champagne ook retour, of mag die wel gehouden worden? Die is op zichzelf minder dan 50 euro",
     "vervolg.opsplitsen"),  # "Je mag het aannemen" (FB-02)
])
def test_a_declined_gift_reported_and_a_gift_split_get_their_answers(profile_file, asked, answer):
    assert follow_up_answer("dilemma_geschenk", asked, Facts(bedrag="135 euro"), load_profile()) == answer


def test_fear_of_a_note_in_ones_file_after_a_claim_too_high_gets_the_answer_on_own_mistakes(profile_file):
    asked = "oke. maar krijg ik dan een aantekening in mn personeelsdossier? ik wil niet dat ze denken dat ik fraudeer"
    assert follow_up_answer("dilemma_gemeentelijke_voorzieningen", asked, Facts(geval="regeling"), load_profile()) == \
        "vervolg.eigen_fout"  # (it started a notice of suspected wrongdoing, FE-10)


@pytest.mark.parametrize("asked", ["maar ze wil dus juist NIET dat ik hem aanspreek. mag ik het dan laten rusten? ik ben bang "
                                   "dat hij het bij anderen ook doet", "wat moet ik dan tegen hem zeggen?"])
def test_a_manager_told_of_harassment_gets_the_managers_task_not_the_targets_skip(profile_file, asked):
    """"mag ik het dan laten rusten?" got "Sla die stap dan gewoon over", meant for the one it happened to (FD-13)."""
    manager = Facts(gedragsvorm="seksuele_intimidatie", als_leidinggevende=True)
    assert follow_up_answer("dilemma_ongewenst_gedrag", asked, manager, load_profile()) == "vervolg.leidinggevende_taak"


def test_the_question_whether_to_sign_comes_before_the_fear_told_with_it(profile_file):
    """"moet ik die declaraties nu tekenen of niet? ... ik ben bang voor mijn beoordeling" got only the protection of the
    Wbk (FB-12); "moet ik ze gewoon goedkeuren?" had no answer before."""
    asked = "En moet ik die declaraties nu tekenen of niet? Hij wil ze vrijdag ingediend hebben en ik ben bang voor mijn beoordeling."
    facts = Facts(misstand_soort="gedrag", leidinggevende_betrokken=True)
    assert follow_up_answer("dilemma_vermoeden_misstand", asked, facts, load_profile()) == "vervolg.niet_meewerken"


def test_wel_of_niet_is_pressure_only_where_someone_asks_it(profile_file):
    """"die 20 km naar mijn moeder, mag ik die wel of niet declareren?" got the text on pressure from above (GE)."""
    own = "dus even heel concreet: die 20 km naar mijn moeder, mag ik die wel of niet declareren?"
    assert follow_up_answer("dilemma_gemeentelijke_voorzieningen", own, Facts(geval="regeling"), load_profile()) \
        != "vervolg.opdracht"
    asked = "Hij zegt dat ik het moet boeken. Moet ik dat doen of niet?"
    assert follow_up_answer("dilemma_gemeentelijke_voorzieningen", asked, Facts(), load_profile()) == "vervolg.opdracht"


def test_part_time_work_after_being_elected_gets_the_gemeentewet_again(profile_file):
    """"mag ik dan 1 dag per week blijven werken?" got "Actief zijn naast je werk is prima" (GD-04)."""
    asked = "en als ik gekozen word, mag ik dan 1 dag per week blijven werken?"
    key = follow_up_answer("dilemma_nevenwerkzaamheden", asked, Facts(geval="gemeenteraad"), load_profile())
    assert key == "nevenwerkzaamheden.geval_gemeenteraad" and "een dag per week" in text(key, load_profile(), Facts())


def test_a_colleagues_password_on_a_post_it_may_be_raised_with_the_colleague(profile_file):
    """"moet ik er wat van zeggen?" got only the rules (HC-13)."""
    asked = "mijn collega heeft zijn wachtwoord op een post-it op zijn scherm. moet ik er wat van zeggen?"
    key = follow_up_answer("dilemma_vertrouwelijke_informatie", asked, Facts(geval="wachtwoord"), load_profile())
    assert key == "escalatie.gesprek_betrokkene"


@pytest.mark.parametrize("theme, question, facts, key", [
    # the advice again or "Op die vraag heb ik geen ander antwoord", in every theme (NA-01, NB-13, ND-19, NE-01)
    ("dilemma_geschenk", "moet ik het nou echt ook nog aan mijn leidinggevende vertellen? dat is toch dubbel",
     Facts(soort_gift="fles wijn", bedrag="20", al_aangenomen=True), "vervolg.melden_geschenk"),
    ("dilemma_geschenk", "moet ik het echt melden?", Facts(bedrag="80"), "vervolg.teruggeven_ja"),
    ("dilemma_uitnodiging", "ben ik verplicht om dat te melden?", Facts(), "vervolg.melden_uitnodiging"),
    ("dilemma_nevenwerkzaamheden", "moet ik het echt melden? het is maar 3 uurtjes per week en heeft niks met mijn werk te "
                                   "maken", Facts(), "nevenwerkzaamheden.registratie"),
    ("dilemma_vertrouwelijke_informatie", "moet ik dat nu melden ofzo?", Facts(geval="eigen_gebruik"), "vervolg.melden_eigen"),
    ("dilemma_gemeentelijke_voorzieningen", "hoef ik dat niet te melden?", Facts(), "vervolg.melden_eigen"),
    ("dilemma_ongewenst_gedrag", "nee hij heeft me niet aangeraakt, alleen opmerkingen. moet ik het echt melden? ik wil "
                                 "eigenlijk geen gedoe, ik ben nog in mijn proeftijd", Facts(zelf_getroffen=True),
     "vervolg.melden_zelf"),
    ("dilemma_ongewenst_gedrag", "En als hij niet wil dat ik het meld? Moet ik het dan toch melden?", Facts(zelf_getroffen=False),
     "vervolg.melden_plicht"),
    ("dilemma_vermoeden_misstand", "ok maar ben ik verplicht om het te melden of mag ik het ook laten gaan?", Facts(),
     "vervolg.melden_plicht"),
])
def test_whether_one_must_report_it_gets_what_the_code_asks_in_each_theme(profile_file, theme, question, facts, key):
    assert asked_after_advice(theme, question)
    assert follow_up_answer(theme, question, facts, load_profile()) == key
    assert text(key, load_profile(), facts)


@pytest.mark.parametrize("question", ["hoe moet ik het melden?", "wat moet ik vertellen?", "bij wie moet ik het melden?"])
def test_how_or_where_to_report_is_no_question_whether_to(question):
    assert not MUST_REPORT.search(question)


def test_disadvantaged_after_a_report_is_not_told_the_whistleblowers_house_is_not_for_it(profile_file):
    """"Het Huis voor Klokkenluiders is er ... niet voor hoe iemand jou behandelt" to one whose contract ended after a report
    (NE-08): the Huis advises on and looks into that too."""
    asked = "Ik HEB het al officieel gemeld, in september. Kan ik ergens buiten de gemeente terecht met die benadeling?"
    key = follow_up_answer("dilemma_ongewenst_gedrag", asked, Facts(), load_profile())
    assert key == "vervolg.extern_ongewenst" and "hoe je na je melding bent behandeld" in text(key, load_profile(), Facts())


def test_sitting_next_to_the_one_who_harassed_gets_the_answer_on_meeting_again(profile_file):
    asked = "ik moet maandag weer naast hem zitten in de kantoortuin. wat moet ik dan doen?"  # the side-job text (ND-14)
    assert follow_up_answer("dilemma_ongewenst_gedrag", asked, Facts(), load_profile()) == "vervolg.weer_zien"


def test_tips_for_the_talk_about_a_colleagues_conduct_get_the_talk_or_why_not(profile_file):
    """"heb je tips voor dat gesprek?" got the text on this chat's privacy (NC-03)."""
    asked = "heb je tips voor dat gesprek?"
    assert asked_after_advice("dilemma_vermoeden_misstand", asked)
    assert follow_up_answer("dilemma_vermoeden_misstand", asked, Facts(misstand_soort="gedrag", veilig_gesprek=True),
                            load_profile()) == "escalatie.gesprek_betrokkene"
    assert follow_up_answer("dilemma_vermoeden_misstand", asked, Facts(misstand_soort="misstand"),
                            load_profile()) == "escalatie.niet_bespreken_misstand"


@pytest.mark.parametrize("question", [
    "en op twitter kritiek geven op de wethouder over dat zwembad? als privepersoon",  # the route to report an alderman
    "nee ik wil niks melden over de wethouder. ik vraag of ik als ambtenaar mijn mening mag geven op social media",  # the press
])
def test_ones_own_opinion_asked_after_the_advice_on_posts_gets_the_answer_on_opinions(profile_file, question):
    """(OC-17)"""
    key = follow_up_answer("dilemma_vertrouwelijke_informatie", question, Facts(geval="sociale_media"), load_profile())
    assert key == "vertrouwelijke_informatie.geval_mening_online"


def test_money_from_the_host_of_an_invitation_gets_the_rule_for_incidental_payments(profile_file):
    """"En die 500 euro? Mag ik die houden, het is toch mijn vrije tijd?" got "voor uitnodigingen noemt de code geen bedrag"
    (OB-12)."""
    asked = "En die 500 euro? Mag ik die houden, het is toch mijn vrije tijd?"
    key = follow_up_answer("dilemma_uitnodiging", asked, Facts(), load_profile())
    assert key == "uitnodiging.geval_vergoeding" and "incidentele vergoedingen" in text(key, load_profile(), Facts())


@pytest.mark.parametrize("question, key", [
    # the text on confidential information and data leaks (OD-19)
    ("mag ik zijn berichten in Teams en mail bewaren als bewijs? of is dat tegen de privacyregels van de gemeente",
     "vervolg.bewijs"),
    ("dus ik mag het niet bewaren?? en is stalking niet gewoon strafbaar?", "vervolg.aangifte"),
])
def test_a_stalked_employees_questions_on_evidence_and_the_law_get_their_answers(profile_file, question, key):
    assert asked_after_advice("dilemma_ongewenst_gedrag", question)
    assert follow_up_answer("dilemma_ongewenst_gedrag", question, Facts(zelf_getroffen=True), load_profile()) == key


def test_declining_an_invitation_with_the_manager_part_of_it_keeps_the_codes_rule_true(profile_file):
    """"zeg dat je het eerst met een vertrouwenspersoon bespreekt. Dat doe je volgens de gedragscode altijd" (OA-03)."""
    said = text("vervolg.weigeren_uitnodiging", load_profile(), Facts(leidinggevende_betrokken=True))
    code, _, advice = said.partition("Mijn advies:")
    assert "altijd met je leidinggevende" in code and "vertrouwenspersoon" in advice and "gedragscode" not in advice


def test_a_data_leak_with_the_manager_part_of_it_goes_to_the_data_protection_officer(profile_file):
    """It said to report the leak to a confidential adviser (OC-13)."""
    said = text("vertrouwelijke_informatie.geval_datalek", load_profile(), Facts(leidinggevende_betrokken=True))
    assert "functionaris gegevensbescherming" in said and "vertrouwenspersoon" not in said
    assert "je leidinggevende" in text("vertrouwelijke_informatie.geval_datalek", load_profile(), Facts())


@pytest.mark.parametrize("question, key", [
    ("en als ik zelf dat huis zou kopen, moet ik dat dan ergens melden?", "vervolg.melden_financieel"),  # "zegt niet" (OC-15)
    ("maar het staat toch al half in een raadsstuk dat openbaar is?", "vervolg.al_openbaar"),  # "geen ander antwoord"
])
def test_inside_knowledge_follow_ups_get_the_register_and_what_is_public(profile_file, question, key):
    assert asked_after_advice("dilemma_vertrouwelijke_informatie", question)
    assert follow_up_answer("dilemma_vertrouwelijke_informatie", question, Facts(geval="eigen_gebruik"), load_profile()) == key
    assert follow_up_answer("dilemma_vertrouwelijke_informatie", "het is nog niet openbaar", Facts(), load_profile()) is None


@pytest.mark.parametrize("theme", ["dilemma_vermoeden_misstand", "dilemma_gemeentelijke_voorzieningen"])
def test_home_working_gets_that_the_laptop_may_go_home(profile_file, theme):
    """"O wacht, ze werkt 's avonds vaak thuis. Dan mag die laptop dus gewoon mee?" got the text on data leaks (OE-18)."""
    asked = "O wacht, ze werkt 's avonds vaak thuis. Dan mag die laptop dus gewoon mee? En die papieren dossiers?"
    assert follow_up_answer(theme, asked, Facts(), load_profile()) == "vervolg.thuiswerk"
    assert follow_up_answer("dilemma_vertrouwelijke_informatie", "ik werk thuis, mag ik het naar mijn privémail sturen?",
                            Facts(), load_profile()) != "vervolg.thuiswerk"


@pytest.mark.parametrize("theme", ["dilemma_gemeentelijke_voorzieningen", "dilemma_vertrouwelijke_informatie"])
def test_ones_own_diagnosis_is_not_for_the_manager(profile_file, theme):
    """"moet ik mijn diagnose aan mijn leidinggevende vertellen?" got "vertel het je leidinggevende" (QC-20)."""
    asked = "moet ik mijn diagnose aan mijn leidinggevende vertellen?"
    key = follow_up_answer(theme, asked, Facts(geval="ziek"), load_profile())
    assert key == "vervolg.eigen_diagnose" and "hoef je niet" in text(key, load_profile(), Facts())


@pytest.mark.parametrize("question", ["moet ik het teruggeven?", "moet ik het melden?"])
def test_a_gift_from_ones_colleagues_is_answered_as_such(profile_file, question):
    """A farewell voucher of 150 euro from one's colleagues got "neem je het niet aan" (QA-15)."""
    facts = Facts(geval="collegas", bedrag="150 euro")
    assert follow_up_answer("dilemma_geschenk", question, facts, load_profile()) == "geschenk.geval_collegas"


def test_afraid_to_go_to_work_tomorrow_gets_the_answer_on_meeting_again(profile_file):
    """"en morgen? ik durf echt niet naar het gemeentehuis, hij is er morgen ook" got "Daar kan ik je helaas niet mee
    helpen" (QE-16)."""
    asked = "en morgen? ik durf echt niet naar het gemeentehuis, hij is er morgen ook"
    assert asked_after_advice("dilemma_ongewenst_gedrag", asked)
    assert follow_up_answer("dilemma_ongewenst_gedrag", asked, Facts(), load_profile()) == "vervolg.weer_zien"
