"""Facts said in passing are read from the message, so the form does not ask them again."""
from datetime import date

import pytest

from bot.said.facts import (already_talked, choice_said, day_said, facts_said, gift_accepted, hours_said,
                            manager_involved, paid_said, with_entities, yes_no_said)
from bot.said.notices import (anonymous_wish, no_notice_said, notice_type_said, reported_case, send_said, stop_said,
                              story_said, who_reported_asked)
from bot.said.others import (for_myself_said, from_outside, manager_asking, not_me_said, on_behalf_asking,
                             other_employer_said)
from bot.said.questions import forget_asked, one_adviser_asked
from bot.said.safety import crisis_said, danger_said
from bot.what_said import (event_day_said, event_said, file_number_said, gift_said, relative_said, side_job_said,
                            start_said, useful_said)


@pytest.mark.parametrize("text", [
    "een leverancier wil me een fles wijn geven",
    "De aannemer wil ons team een taart sturen, kan dat?",
    "ik kreeg een cadeaubon aangeboden van een adviesbureau",
    "Mij wordt door een projectontwikkelaar een horloge aangeboden.",
    "mag ik een kerstpakket van een leverancier aannemen?",
    "de garage bood aan mijn auto gratis te repareren",
    "ik heb de bon van 40 euro meteen geweigerd",
    "na de ceremonie wilde het bruidspaar me een envelop geven",
    "ik heb het NIET aangenomen. ok ik meld het wel",  # it became "Aangenomen: ja" (AH-10)
])
def test_an_offer_is_not_accepted_yet(text):
    assert gift_accepted(text) is False


@pytest.mark.parametrize("text", [
    "ik kreeg vanochtend een cadeaubon van 60 euro van een adviesbureau",
    "Ik heb van de aannemer een fles champagne gekregen.",
    "er is een kerstpakket bezorgd van de drukkerij",
    "De bonbons liggen nu in mijn la, wat moet ik doen?",
    "er staat een doos bonbons op mijn bureau van een inwoner",
    "mag ik die fles wijn houden?",
    "Een ondernemer stuurde een mand met streekproducten naar kantoor.",
    "er staat hier een kerstpakket van de drukkerij, wat moet ik ermee",
    # "Heb je het al aangenomen?" was asked after these
    "hij drukte me een bon in handen en die heb ik in mijn tas gestopt", "ik heb de bonbons al opgegeten met het team",
])
def test_a_gift_received_is_accepted(text):
    assert gift_accepted(text) is True


@pytest.mark.parametrize("text", ["mag dat?", "een cadeau van een leverancier", ""])
def test_without_a_clear_cue_it_is_asked(text):
    assert gift_accepted(text) is None


def test_only_the_gift_theme_reads_acceptance():
    assert facts_said("dilemma_geschenk", "ik kreeg een fles wijn") == {"al_aangenomen": True}
    assert facts_said("dilemma_uitnodiging", "ik kreeg een uitnodiging") == {}


@pytest.mark.parametrize("text, anonymous", [
    ("ik wil anoniem melden dat mijn teamleider fraudeert", True),
    ("Kan ik dit ook anoniem doorgeven?", True),
    ("ik meld het gewoon met mijn naam", False),
    ("liever niet anoniem", False),
    ("ik wil iets melden", None),
])
def test_a_wish_about_anonymity_is_read(text, anonymous):
    assert anonymous_wish(text) is anonymous


@pytest.mark.parametrize("text, case", [
    ("ik wil melden dat mijn teamleider het bedrijf van zijn zoon inhuurt",
     "ik wil melden dat mijn teamleider het bedrijf van zijn zoon inhuurt"),
    ("Ik wil een melding doen over fraude met declaraties op onze afdeling",
     "Ik wil een melding doen over fraude met declaraties op onze afdeling"),
    ("ik wil iets melden", None),
    ("hoe meld ik dat?", None),
    ("hoe meld ik dat dan bij mijn leidinggevende?", None),  # a question how, not the case
    ("ik wil een melding doen van een vermoeden van misstand", None),  # it became the notice's description
    ("Ik ben HR-adviseur. Een medewerker heeft mij verteld dat zijn teamleider overuren laat uitbetalen die ze niet maakt. "
     "Kan ik dit namens hem melden zonder dat zijn naam erin komt?", None),  # a question how: sent as the description (AC-12)
    ("ik wil een vermoeden van fraude door mijn teamleider melden", None),
    ("ik wil een anonieme melding doen van wat mijn collega doet", None),  # sent as what happened (AH-13)
    ("ik wil het eigenlijk gewoon melden, zonder dat hij weet dat het van mij komt. kan dat hier?", None),  # (IB-01)
    ("ok duidelijk, dan meld ik die van 25 wel even", None),  # the gift's description (AJ-10)
    ("ik wil een melding maken van een vermoeden van fraude door mijn teamleider",
     "ik wil een melding maken van een vermoeden van fraude door mijn teamleider"),
])
def test_a_wish_to_report_that_says_what_happened_is_kept_as_the_case(text, case):
    assert reported_case(text) == case


@pytest.mark.parametrize("text, mine", [
    ("Nee, het betreft niet mijzelf. Het gaat om een wethouder.", False),  # it went on with the user's invitation
    ("Ik ben nergens voor uitgenodigd!", False), ("het gaat om de wethouder", False),
    ("ik niet, hij wel", False), ("nee, niet aangenomen", True), ("het gaat om een wethouder die me uitnodigt", True),
])
def test_it_is_heard_that_an_own_dilemma_is_someone_elses(text, mine):
    assert not_me_said(text) is not mine


@pytest.mark.parametrize("text, kind", [
    ("Ik wil een vermoeden van een integriteitsschending door een wethouder melden.", "vermoeden_misstand"),  # the invitation's form
    ("ik wil mijn nevenfunctie melden", "nevenwerkzaamheden"), ("ik wil iets melden", None),
])
def test_the_kind_of_notice_a_wish_names_is_read(text, kind):
    assert notice_type_said(text) == kind


FRIDAY = date(2026, 3, 20)


@pytest.mark.parametrize("text, day", [
    ("ik kreeg gisteren een kerstpakket van een aannemer", "2026-03-19"),
    ("Vorige week dinsdag stond er een fles wijn van de drukkerij op mijn bureau", "2026-03-10"),
    ("op 15 maart gaf een inwoner me 20 euro", "2026-03-15"),
    ("mijn collega heeft drie weken geleden dossiers mee naar huis genomen", "2026-02-27"),
    # numbers are amounts, counts or hours in a message, not days
    ("ik kreeg 3-4 flessen wijn van de leverancier", None),
    ("de leverancier gaf me een bon van 12.05 euro", None),
    ("ze bellen me 24/7 over die aanbesteding", None),
    # a vague time is asked (and then kept in the user's words); a day ahead is not what happened
    ("vorige maand kreeg ik een taart", None),
    ("morgen brengt de aannemer een taart", None),
    ("ik kreeg een fles wijn", None),
    ("elke vrijdag zie ik dat hij de bus meeneemt", None),  # something that goes on: today's date in a notice (IE-12)
])
def test_the_day_a_message_names_in_passing_is_read_from_words_only(text, day):
    assert day_said(text, FRIDAY) == day


@pytest.mark.parametrize("slot, text, value", [
    ("gedragsvorm", "seksuele intimidatie denk ik", "seksuele_intimidatie"),
    ("gedragsvorm", "hij kleineert me gewoon", "pesten"),
    ("gedragsvorm", "stalken eigenlijk", "agressie"),  # it left the walk-through (QD-16)
    ("gedragsvorm", "in onze team-app worden grappen over Marokkanen gedeeld, door een paar collega's", "discriminatie"),  # (ND-13)
    # asked "Wat past het best bij wat er gebeurt?" after saying it
    ("gedragsvorm", "mijn leidinggevende zit steeds aan me en maakt opmerkingen over mijn lichaam", "seksuele_intimidatie"),
    ("gedragsvorm", "hij legt steeds zijn hand op mijn knie tijdens het overleg", "seksuele_intimidatie"),
    ("gedragsvorm", "die schuine grappen van hem elke ochtend, ik word er zo moe van", "seksuele_intimidatie"),
    ("gedragsvorm", "ze maakt racistische grappen over mij", "discriminatie"),
    ("gedragsvorm", "hij heeft me bedreigd na de vergadering", "agressie"),
    ("gedragsvorm", "weet ik veel", None),
    ("misstand_soort", "het gaat over geld, subsidies die naar verkeerde mensen gaan", "misstand"),  # (BE-12)
    ("eigen_rol", "ik behandel hem zelf", "behandelaar"),
    ("eigen_rol", "ik zit in de commissie dus beoordeel hem", "behandelaar"),
    ("eigen_rol", "ik heb er niks mee te maken, andere afdeling", "geen"),
    ("eigen_rol", "ik behandel het niet, een collega wel", None),
    ("misstand_soort", "een vermoeden van een misstand, het lijkt op omkoping", "misstand"),
    ("misstand_soort", "gedrag van een collega denk ik", "gedrag"),
    # a negation, an ordinal, the value named first (IB-11, IB-15)
    ("misstand_soort", "Nee, een misstand zou ik het niet noemen. Het tweede.", "gedrag"),
    ("misstand_soort", "gedrag denk ik. of is het fraude?", "gedrag"),
    ("misstand_soort", "het is echt geen misstand, gewoon gedrag", "gedrag"),
    ("misstand_soort", "het eerste", "misstand"),
    ("eigen_rol", "ik ben lid van de sollicitatiecommissie", "behandelaar"),
    ("gedragsvorm", "geen van allen", "anders"), ("gedragsvorm", "iets anders dan", "anders"),  # looped on "Het lukt niet zo"
])
def test_a_choice_typed_in_words_is_read(slot, text, value):
    assert choice_said(slot, text) == value


@pytest.mark.parametrize("slot, text, answer", [
    ("veilig_gesprek", "ik durf er niks van te zeggen", False),
    ("veilig_gesprek", "ik ben bang dat mijn contract dan niet verlengd wordt", False),
    ("veilig_gesprek", "misschien", None),
    ("veilig_gesprek", "geen idee, hij kan nogal fel reageren", False),  # "Kies Ja of Nee" (IC-10)
    ("leidinggevende_betrokken", "hij IS mijn leidinggevende, de teamleider", True),
    ("leidinggevende_betrokken", "mijn leidinggevende weet van niks", None),
    ("leidinggevende_betrokken", "nee, maar die is bevriend met hem", True),  # too close to go to
    ("leidinggevende_betrokken", "niet direct maar hij staat er wel erg dichtbij", True),  # (JB-14)
    ("leidinggevende_betrokken", "hij is goede maatjes met onze manager", True),
    ("leidinggevende_betrokken", "mijn bureau staat dichtbij de deur", None),
    ("leidinggevende_betrokken", "mijn teamleider is goede vrienden met die collega", True),
    ("leidinggevende_betrokken", "ik vertrouw mijn leidinggevende niet", True),
    ("leidinggevende_betrokken", "hij lacht wel mee", True),  # "Kies Ja of Nee"
    ("leidinggevende_betrokken", "ik durf niet naar mijn manager", True),
    ("leidinggevende_betrokken", "een collega is bevriend met de aannemer", None),  # not the manager
    ("leidinggevende_betrokken", "teamleider weet het en vind het prima want ze zijn maatjes", True),
    ("leidinggevende_betrokken", "ze zijn vrienden, zei ik toch", True),
    ("leidinggevende_betrokken", "mijn teamleider lacht mee", True),
    ("leidinggevende_betrokken", "niet direct betrokken maar wel bevriend", True),
])
def test_a_yes_or_no_said_in_other_words_is_read(slot, text, answer):
    assert yes_no_said(slot, text) == answer


@pytest.mark.parametrize("text, value", [
    ("Ik hoorde dat een collega een klacht over mij wil indienen omdat ik haar zou kleineren", "beschuldigd"),
    ("nee ik ben degene die het zou doen", "beschuldigd"),
    ("nee het gaat om MIJ, ik ben degene die gestalkt wordt", True),  # the steps for the accused (ND-18)
    # a bystander's steps (OD-11)
    ("Een collega zei vandaag tegen me dat ze mijn opmerkingen over haar kleding vervelend vindt. Ik bedoelde het als "
     "compliment hoor!", "beschuldigd"),
    ("Iets anders. Het gaat om MIJN gedrag, ik ben degene over wie geklaagd wordt.", "beschuldigd"),
    ("Nee. Ik doe het gedrag, zij vindt het vervelend.", "beschuldigd"),
    ("ze zei dat ze mijn opmerkingen over haar kleding vervelend vindt", "beschuldigd"),
    ("ik word gepest door twee collega's", True),
])
def test_the_user_accused_of_unwanted_behaviour_is_read(text, value):
    assert yes_no_said("zelf_getroffen", text) == value


@pytest.mark.parametrize("text, crisis", [
    ("ik trek het echt niet meer, soms wil ik er gewoon niet meer zijn", True),
    ("ik denk aan zelfmoord door wat er op mijn werk gebeurt", True),
    ("ik wil een eind aan mijn leven maken", True),
    ("soms wil ik gewoon niet meer wakker worden", True), ("mijn collega zei dat hij er liever niet meer zou zijn", True),
    ("beter als ik er niet meer ben", True), ("iedereen is beter af zonder mij", True), ("ik kan niet meer, ik wil niet meer", True), ("ik wil niet meer.", False),
    ("ik denk helemaal niet aan zelfdoding", False), ("ik wil niet meer werken bij deze afdeling", False),
    ("ik wil er niet meer werken", False), ("de trein was te laat, voor de trein uit gefietst", False),
    ("mag ik de dienstauto voor mezelf gebruiken", False), ("hij doet me pijn", False),
    # about a colleague, in her words (the walk-through of unwanted behaviour, no 113)
    ("ze zei vanochtend iets als 'het hoeft voor mij allemaal niet meer'", True),
    ("ik ben bang dat ze zichzelf iets aandoet", True),
    ("een cadeau melden hoeft niet meer toch?", False), ("het hoeft niet meer te gebeuren", False),
    # without the words (JD-01, JD-13 got the walk-through's question)
    ("vanochtend dacht ik op de brug echt even, waarom zou ik nog door gaan", True),
    ("ze appte: 'ik ben er klaar mee, jullie zien me niet meer terug'", True),
    ("waarom zou ik dit melden?", False), ("de leverancier zie ik niet meer terug", False),
    # (no check-in, QD-19)
    ("ik word al een jaar gepest door mijn team en niemand doet iets. ik zie het eerlijk gezegd niet meer zitten allemaal",
     True),
])
def test_thoughts_of_suicide_are_read(text, crisis):
    assert crisis_said(text) is crisis


@pytest.mark.parametrize("text, asked", [
    ("verwijder dit gesprek", True), ("kun je dit gesprek wissen?", True),
    ("wis alsjeblieft alles wat ik heb gezegd", True), ("kan je wissen wat ik net schreef", True),
    ("haal mijn berichten weg aub", True), ("Ik heb spijt, kun je deze chat verwijderen?", True),
    # was a stop, not a delete (too long)
    ("hmm nee laat maar. kun je alles wat ik hier gezegd heb verwijderen? ik wil niet dat dit ergens blijft staan", True),
    ("moet ik alles verwijderen van mijn privélaptop?", False),  # files, not this chat
    # when it is deleted is a question about privacy; a mail, a file or a register is not this chat
    ("wordt dit gesprek gewist?", False), ("hoe lang duurt het voor dit gesprek verwijderd wordt", False),
    ("ik heb een mail met gegevens naar de verkeerde gestuurd, moet ik die laten verwijderen?", False),
    ("wis mijn gegevens uit het systeem van burgerzaken", False), ("vergeet het maar", False),
])
def test_a_wish_to_delete_this_conversation_is_read(text, asked):
    assert forget_asked(text) is asked


@pytest.mark.parametrize("text, outside", [
    ("een inwoner aan de balie schreeuwde tegen me en dreigde me op te wachten", True),
    ("ik word aan de telefoon steeds uitgescholden door dezelfde klant", True),
    ("bij een huisbezoek werd ik bedreigd", True),
    ("mijn collega scheldt me uit waar inwoners bij zijn", None),  # a colleague did it
    ("Een beller weigerde met mij te praten vanwege mijn accent", True),
    ("Er belt al weken een man naar het KCC die steeds naar mij vraagt", True),
    ("mijn teamleider kleineert me", None),
    # a manager asking: the resident did it (it got the steps for a colleague's behaviour)
    ("Ik ben afdelingshoofd. Een baliemedewerker van mij is bespuugd en uitgescholden door een inwoner", True),
    ("mijn collega werd door een klant uitgescholden, wat moet ik doen als leidinggevende?", True),
    # outsiders it is done to (the steps for aggression by residents, OE-12)
    ("Ik maak het niet mee, de burgers wel. Mag een ambtenaar inwoners verschillend behandelen op afkomst?", None),
    ("zij discrimineert inwoners aan de balie", None),
])
def test_behaviour_from_outside_the_organisation_is_read(text, outside):
    assert from_outside(text) is outside


@pytest.mark.parametrize("text, mine", [
    ("mijn teamleider kleineert me waar iedereen bij is", True),
    ("ik word gepest door twee collega's", True),
    ("ik wordt steeds buitengesloten", True),
    ("ze maken grapjes over mijn hoofddoek", True),
    ("ik werd gisteren uitgescholden door een inwoner", True),
    ("een collega van mij wordt steeds buitengesloten door het team", False),
    ("ik zag hoe mijn teamleider een stagiaire aanraakte", False),
    ("hij maakt steeds grappen over haar afkomst", False),
    ("ik was getuige van een scheldpartij tegen een collega", False),
    ("nee, bij een ander", False),
    ("mijn teamleider kleineert een collega steeds in het teamoverleg", False),
    ("mijn collega pest me al weken", True),
    ("mijn collega vertelde me dat ze wordt lastiggevallen", None),  # both: asked
    ("ik wil een klacht indienen over ongewenst gedrag van een collega", None),  # the colleague does it
    ("een collega vertelde me in vertrouwen dat ze door de manager is aangerand", None),
    # an HR adviser was answered as the victim ("Vervelend dat je dit meemaakt")
    ("Een medewerkster heeft mij in vertrouwen verteld dat haar afdelingshoofd haar regelmatig na werktijd belt", None),
    ("er worden seksistische grappen gemaakt op de afdeling", None),  # neither: asked
    ("mijn teamleider maakt grappen over de hoofddoek van mijn collega", False),  # it was asked (BE-15)
])
def test_whether_unwanted_behaviour_is_towards_the_user_is_read(text, mine):
    assert yes_no_said("zelf_getroffen", text) == mine


def test_a_first_message_answers_the_questions_of_its_theme_only():
    assert facts_said("dilemma_belangenverstrengeling", "mijn neef solliciteert en ik zit in de sollicitatiecommissie") \
        == {"eigen_rol": "behandelaar"}
    assert facts_said("dilemma_ongewenst_gedrag", "mijn teamleider pest me en ik durf er niks van te zeggen") \
        == {"gedragsvorm": "pesten", "veilig_gesprek": False, "leidinggevende_betrokken": True, "zelf_getroffen": True}
    assert facts_said("dilemma_ongewenst_gedrag", "een collega pest me, moet ik naar mijn leidinggevende?") \
        == {"gedragsvorm": "pesten", "zelf_getroffen": True}
    assert facts_said("dilemma_vermoeden_misstand", "mijn teamleider pest iedereen") == {"leidinggevende_betrokken": True}
    assert facts_said("dilemma_uitnodiging", "ze betalen ook de vlucht, mijn teamleider pest me") == {"reis_betaald": True}
    # an event near by that names no travel: not asked who pays it; a trip: asked
    assert facts_said("dilemma_uitnodiging", "ik ben uitgenodigd voor een lunch in het dorp") == {"reis_betaald": "geen_reis"}
    assert facts_said("dilemma_uitnodiging", "een aannemer nodigt me uit voor een weekend Londen") == {}
    # "Betalen zij ook je reis of je hotel?" was asked after these
    assert facts_said("dilemma_uitnodiging", "een congres in Barcelona, reis en hotel door hen betaald") == {"reis_betaald": True}
    assert facts_said("dilemma_uitnodiging", "een studiereis van drie dagen, alles wordt betaald") == {"reis_betaald": True}
    assert facts_said("dilemma_uitnodiging", "een gratis weekendje Texel aangeboden, hotel en overtocht betaald") \
        == {"reis_betaald": True}  # (NA-18)
    assert facts_said("dilemma_geschenk", "mijn teamleider pest me, ik kreeg een taart") == {"al_aangenomen": True}
    assert facts_said("dilemma_geschenk", "een leverancier geeft ons team een kerstpakket, per persoon 15 euro") == {"per_persoon": True}
    # each their own gift is no group's split: "reken met het hele cadeau" for five bouquets of 25 euro (AC-10)
    assert facts_said("dilemma_geschenk", "Het is niet 1 cadeau voor de groep, elke persoon krijgt een eigen bos van 25 euro. "
                                          "Mag dat dan?")["per_persoon"] is False
    # cash and a discount told in words the entity model does not know ("Je mag het aannemen" for both)
    assert facts_said("dilemma_geschenk", "hij wilde me perse 20 euro in mn hand drukken voor de moeite") == {"soort_gift": "geld"}
    assert facts_said("dilemma_geschenk", "ik mag privé het gemeentetarief gebruiken in hun webshop") == {"soort_gift": "korting"}
    # a free service is a favour, never accepted ("Je mag het aannemen" for a free MOT test worth 40 euro)
    assert facts_said("dilemma_geschenk", "de garage zei dat mijn eigen auto gratis door de apk kan") == {"soort_gift": "gunst"}
    assert facts_said("dilemma_geschenk", "ik kreeg een bon van 20 euro in mijn hand gedrukt") == {"al_aangenomen": True}


@pytest.mark.parametrize("text, hours, paid", [
    ("ik werk 8 uur per week als zzp bouwkundig tekenaar", "8", True),
    ("ik geef rijles tegen betaling", None, True),
    ("ik ben vrijwilliger bij de voetbalclub, 4 uur per week", "4", False),
    ("ik word penningmeester van de tennisclub", None, None),
])
def test_the_hours_and_pay_of_a_side_job_are_read(text, hours, paid):
    assert hours_said(text) == hours and paid_said(text) is paid


@pytest.mark.parametrize("text, gift", [
    ("ik kreeg van een makelaar een fles cognac, wat nu?", "een fles cognac"),
    ("een cliënt wil me per se een zelfgebreide sjaal geven", "een zelfgebreide sjaal"),
    ("heb net een fles wijn van 30 euro gekregen van de drukkerij", "een fles wijn"),
    ("de aannemer heeft mij een powerbank en een tas met hun logo gegeven", "een powerbank en een tas"),
    ("vanochtend stuurde een adviesbureau ons team een grote taart", "een grote taart"),  # not the giver
    ("Mij wordt door een projectontwikkelaar een horloge ter waarde van € 250,- aangeboden.", "een horloge"),
    ("mag ik een kerstpakket van 60 euro aannemen", "een kerstpakket"),
    ("ik kreeg een mail van een leverancier", None),  # a message, not a gift
    ("ik kreeg een cadeau van een leverancier", None),  # no more than the theme
    ("een inwoner wil mij 50 euro geven", None),  # an amount: the value's question
    ("Vorige week kreeg ik van een aannemer (bouwbedrijf Van Dijk, ik behandel nu hun aanvraag) een fles wijn",
     "een fles wijn"),  # an aside in brackets (AA-01)
    ("En de client krijgt binnenkort een herindicatie, maakt dat uit?", None),  # it became "Wat: een herindicatie" (AC-01)
    ("gisteren kwam de accountmanager van Van Dijk Grondwerken langs en hij gaf mij een fles wijn en een doos bonbons, "
     "schat zo'n 35 euro samen", "een fles wijn en een doos bonbons"),  # "Wat: een fles wijn en een" (AG-01)
    # a visit with the gift in hand: it was asked again in the notice
    ("een leverancier kwam langs met een doos wijn, mag ik die houden?", "een doos wijn"),
    ("de makelaar stond vanochtend met een grote bos bloemen aan de balie", "een grote bos bloemen"),
    ("de aannemer heeft een kistje sigaren afgegeven bij de receptie", "een kistje sigaren"),
    ("de aannemer kwam langs met een collega", None), ("hij kwam met een aanbieding", None),
    # the notice itself (ID-15: "Wat: een melding maken")
    ("namens ons team wil ik graag een melding maken van een kerstpakket dat wij ontvingen van het groenbedrijf", None),
])
def test_what_was_given_is_read_from_the_words_around_the_verb(text, gift):
    assert gift_said(text) == gift


@pytest.mark.parametrize("text, event", [
    ("ben uitgenodigd voor de opening van de nieuwe bouwmarkt, gaan of niet?", "de opening van de nieuwe bouwmarkt"),
    ("een aannemer nodigt me uit voor een etentje in Amsterdam", "een etentje in Amsterdam"),
    ("ik heb een uitnodiging gekregen voor een kerstdiner bij een adviesbureau waar we veel mee werken",
     "een kerstdiner bij een adviesbureau"),
    ("ik ben uitgenodigd om mee te gaan naar een voetbalwedstrijd", None),
])
def test_what_one_is_invited_to_is_read(text, event):
    assert event_said(text) == event


@pytest.mark.parametrize("text, stop", [
    ("laat maar", True), ("ik kap ermee", True), ("toch maar niet, stop maar", True), ("ik wil er niet mee verder", True),
    ("versturen maar", False), ("mail maar", False), ("laat maar mailen", False),
    ("nee heb ik toch gezegd, onbetaald", False), ("weet ik niet meer", False),
])
def test_a_stop_is_a_stop_only_when_it_says_so(text, stop):
    assert stop_said(text) is stop


@pytest.mark.parametrize("text, send", [("verstuur maar", True), ("prima, versturen", True), ("stuur maar door", True),
                                        ("nog niet versturen", False), ("wacht even", False),
                                        ("ik wil het toch liever anoniem indienen", False)])  # it was sent with the name
def test_a_wish_to_send_is_read(text, send):
    assert send_said(text) is send


@pytest.mark.parametrize("text, danger", [
    ("er staat een man bij de balie te schreeuwen en hij heeft een mes", True),
    ("ik ben bang dat hij me iets aandoet, moet ik 112 bellen?", True),
    ("hij staat misschien straks bij mijn auto", True),
    ("net zei een boze inwoner dat hij weet waar ik woon. ik tril nog. ik zit alleen op kantoor", True),
    ("hij staat nu nog buiten bij de ingang, ik durf niet naar huis", True),
    ("een collega heeft hem in de kantine met een stanleymes bedreigd. Die collega loopt nog gewoon op de werf rond", True),
    ("hij zei dat ik maar beter kan zorgen dat het goedkomt, anders weet hij me te vinden", True),
    ("nee!! hij heeft me bedreigd. ik voel me niet veilig thuis", True),
    ("ik durf vanavond niet alleen naar huis, hij staat op de parkeerplaats", True),
    ("hij zei dat ik beter mijn mond kan houden anders weet hij waar ik woon", True),
    ("een collega gooit met stoelen, ik heb me opgesloten in de archiefkamer", True), ("ik ben in gevaar", True),
    ("wat als hij na het werk buiten op me wacht?", True), ("moet ik de politie bellen?", True),
    ("ik wacht op mijn collega", False),
    ("hij schreeuwt nu voor de deur!!", True),
    # the first got the text on private use of e-mail and the copier
    ("en als hij vanavond weer bij mijn huis staat? vorige keer bonkte hij op de deur", True),
    ("hij rijdt misschien dronken met de bus. wat moet ik doen?", True),
    ("hij pakte me vast en zei dat hij me wel weet te vinden, ik voel me niet veilig", True),
    ("een klant heeft me bij de balie vastgepakt", True),
    ("een inwoner was onbeschoft aan de balie", False),
    ("een agent van de politie bood me een kaartje aan", False),
    ("hij heeft me vorig jaar bedreigd maar hij werkt hier nu niet meer", False),
    ("ik voel me niet veilig bij mijn leidinggevende", False),  # not a danger to call 112 for
    ("de dames van de balie zijn nog op vakantie", False),
    # flowers at the counter, and 112 queried, got 112 (GC-03)
    ("nee staat nog bij de balie", False), ("huh 112?? nee hoor niks aan de hand. dus wel of niet aannemen?", False),
    ("die man staat nog steeds bij de balie te schreeuwen", True),
    ("ik voel me echt aangevallen door die opmerking", False), ("ik werd aangevallen", True),  # 112, twice (JE-04)
    ("Ik bedoelde het echt niet zo. Nu voel ik me aangevallen eerlijk gezegd.", False),  # 112, twice (QD-12)
    # a threat at the counter now got the advice for afterwards, "moet ik 112 bellen?" after it "Het lukt me niet" (KD-03)
    ("Er staat hier aan de balie een man die al 10 minuten tegen me aan het schelden is en nu dreigt hij dat hij me "
     "buiten op gaat wachten. wat moet ik doen", True), ("hij staat er nu nog!! ik ben bang", True),
    ("noodgeval, een klant wordt agressief aan de balie", True),
    ("het vacaturenummer is 2026-112", False),  # (KB-05)
    ("er staat hier in de regels niks over", False),
    # someone else in danger ("Sorry, dat begrijp ik niet goed", NE-11)
    ("nee, ik ben bang dat ze in gevaar is", True), ("moet ik iets doen voor haar veiligheid?", True),
    ("maar wat als hij vanavond naar haar toe gaat? hij was vroeger agressief tegen haar", True),
    ("hij schreeuwt dat hij mij gaat pakken, ik zit nu op het toilet", True),  # the colleague's steps (OD-09)
    ("zag net op de werf dat een collega een andere collega hard tegen een container aan duwde, die bloedt nu aan zn hoofd",
     True), ("agressie!! hij bloedt", True),  # 112 only when asked (PD-14)
    ("gevaar voor mensen, dus het eerste", False),
    ("nee hij staat hier nog aan de balie te wachten haha", False),  # a resident with an apple pie got 112 (QA-10)
    # a threat to wait for her after work, and fear (only a contact request was offered, QD-02)
    ("inwoner aan de balie werd agressief, sloeg op de balie en zei dat ie me na werk op zou wachten bij de parkeerplaats",
     True), ("ik moet over een kwartier naar huis en ik denk dat hij er nog staat, ik ben echt bang", True), ("komt de privacy van inwoners daarmee in gevaar?", False),
])
def test_acute_danger_is_read(text, danger):
    assert danger_said(text) is danger


def test_fear_after_danger_told_before_is_danger_too():
    threat = "hij zei dat hij me na het werk opwacht"
    assert danger_said("ik ben echt bang, wat moet ik nu doen?", [threat, "nee"])
    assert not danger_said("ik ben echt bang, wat moet ik nu doen?", ["mijn collega pest me"])
    assert not danger_said("ik ben bang dat ik te laat ben", [threat, *["ok"] * 5])  # long ago in the conversation


@pytest.mark.parametrize("text, story", [
    ("mijn teamleider laat al maanden facturen betalen van een bedrijf dat nooit iets levert", True),
    ("hoe meld ik een vermoeden van fraude bij de integriteitscoördinator van de gemeente?", False),
    ("nee, hij weet van niks", False),
    # the user's own question became the text of an anonymous notice about the foreman
    ("ik ben buitendienst, mag ik na mijn dienst even met het busje langs de bouwmarkt voor mezelf?", False),
    ("mijn teamleider laat facturen betalen aan het bedrijf van zijn zwager, mag ik dat melden?", True),
])
def test_a_story_told_before_is_the_description_of_a_suspected_wrongdoing(text, story):
    assert (story_said(text) == text) is story


@pytest.mark.parametrize("text, manager", [
    ("Een medewerker van mij kreeg een kerstpakket van een aannemer", True),
    ("mijn medewerker wil een bijbaan bij een makelaar, mag dat?", True),
    ("Ik ben haar leidinggevende en ze wil naar een congres in Barcelona", True),
    ("iemand uit mijn team zit in de beoordelingscommissie en zijn zwager schrijft in", True),
    ("mijn teamleider kreeg een fles wijn", False),  # the user's own manager
    ("ik kreeg een kerstpakket van een leverancier", False),
    ("moet ik dit melden bij mijn leidinggevende?", False),
    # his own nephew in his own team: his own conflict ("Een melding doet je medewerker zelf", FA-06)
    ("mijn neef heeft gesolliciteerd op de vacature in mijn team (ik ben teamleider wijkbeheer) en ik zit in de "
     "sollicitatiecommissie. wat nu", False),
    ("ik ben teamleider en de zoon van een medewerker in mijn team solliciteert", True),
])
def test_a_manager_asking_about_an_employee_is_read(text, manager):
    assert manager_asking(text) is manager


def test_a_neighbour_who_is_also_a_friend_is_a_friend():
    """"mijn buurman ... we zijn bevriend" got "De gedragscode noemt je buren niet apart"."""
    said = facts_said("dilemma_belangenverstrengeling", "mijn buurman vraagt een dakkapel aan en ik beoordeel die. we zijn bevriend")
    assert with_entities(said, {"relatie": "buur"})["relatie"] == "vriend"
    assert with_entities(said, {"relatie": "familie"})["relatie"] == "familie"
    assert with_entities(facts_said("dilemma_belangenverstrengeling", "mijn buurman vraagt iets aan"), {"relatie": "buur"})["relatie"] == "buur"


@pytest.mark.parametrize("text, asked", [
    ("en komt hij erachter dat ik het gemeld heb?", True),  # it got the status form
    ("Kan mijn teamleider erachter komen dat ik het was als ik het meld bij de integriteitscoördinator?", True),
    ("ik ben bang dat ze te weten komen wie het gemeld heeft", True),
    ("is het naar mij te herleiden?", True),
    ("En ik ben de enige die die facturen inboekt, dus hij weet toch meteen dat ik het was?", True),
    ("wie leest dit eigenlijk? als ik zijn naam noem en hij komt er achter dat ik het was...", True),  # kept as "Wie"
    ("hij komt erachter dat de facturen vals zijn", False),
    ("kan hij achterhalen wie die facturen heeft ingeboekt", False),
])
def test_whether_the_one_reported_on_learns_who_reported_is_heard(text, asked):
    assert who_reported_asked(text) is asked


@pytest.mark.parametrize("text, asked", [
    ("kan ik alleen met de externe vertrouwenspersoon praten?", True),
    ("kan het contactverzoek alleen naar de externe?", True),
    ("mag ik zelf kiezen welke vertrouwenspersoon contact met me opneemt?", True),
    ("wacht even, gaat dit nu naar de externe vertrouwenspersoon? ik wil echt niet dat de interne dit leest", True),
    ("ik heb al met de interne vertrouwenspersoon gesproken", False),
    ("ik heb alleen interne documenten gezien", False),
    ("kan het alleen naar de externe? de interne kent hem goed", True),  # the outside routes (FC-12)
    ("mijn teamleider pest me, en de interne vertrouwenspersoon is zijn vrouw", True),  # a request to her (HB-11)
    ("liefst de externe, bellen op 06 12345678", True),
    ("ik heb het alleen naar de externe partij gestuurd", False),
])
def test_a_wish_for_one_confidential_adviser_is_heard(text, asked):
    assert one_adviser_asked(text) is asked


@pytest.mark.parametrize("text, involved", [
    ("Mijn afdelingshoofd gaf mij 2 kaartjes Andre Rieu als bedankje", True),
    ("mijn leidinggevende zegt: doe maar wat de wethouder vraagt", True),
    ("mijn manager wil dat ik de plannen naar zijn vriend stuur", True),
    ("mijn chef vroeg me om het rittenregister aan te passen", True),
    ("ik moet van mijn leidinggevende de aanvraag van mijn broer doen", True),
    ("mijn leidinggevende gaf toestemming", False),  # approval is no part in it
    ("mijn leidinggevende zegt dat ik het mag houden", False),
    ("mijn teamleider vraagt of ik een nevenfunctie heb", False),
])
def test_a_manager_who_gives_or_presses_is_part_of_it(text, involved):
    assert manager_involved(text) is involved
    assert (facts_said("dilemma_geschenk", text).get("leidinggevende_betrokken") is True) is involved


def test_several_items_priced_each_are_the_gifts_value_whatever_one_price_the_entity_names():
    """"6 flessen van een tientje" got "Je noemt € 10 per persoon of per stuk" and the value was asked again."""
    said = facts_said("dilemma_geschenk", "een aannemer bracht 6 flessen wijn, van een tientje per stuk denk ik")
    assert said["bedrag"] == "60 euro" and "per_persoon" not in said
    assert with_entities(said, {"bedrag": "een tientje"})["bedrag"] == "60 euro"


def test_knowing_where_one_lives_is_a_danger():
    """"gisteren zei hij ik weet waar je woont. ik ben echt bang nu" got no 112."""
    assert danger_said("er komt steeds een meneer bij de balie die mij uitscheldt en gisteren zei hij ik weet waar je woont", [])


@pytest.mark.parametrize("text, stop", [("laat maar", True), ("laat maar zo", False), ("laat het maar zo", False)])
def test_leave_it_as_it_is_is_no_stop(text, stop):
    """"laat maar zo" at the summary threw the notice away."""
    assert stop_said(text) is stop


def test_a_friend_one_lives_with_is_a_partner():
    """"mijn vriendin met wie ik samenwoon" was kept as "vriend" in the notice (AA-09)."""
    text = "help, mijn vriendin met wie ik samenwoon heeft een subsidieaanvraag ingediend die aan mij is toegewezen"
    said = facts_said("dilemma_belangenverstrengeling", text)
    assert with_entities(said, {"relatie": "vriend"})["relatie"] == "partner"


@pytest.mark.parametrize("text, talked", [("Ja, hebben we eigenlijk al gedaan, maar hij ziet het probleem niet", True),
                                          ("ik heb hem er al op aangesproken maar hij gaat gewoon door", True),
                                          ("Ik heb het al met hem besproken, daarna kwam juist dat dreigement", True),
                                          ("ja dat kan wel", False), ("heb ik nog niet gedaan", False),
                                          # a talk tried ("Kies Ja of Nee", IC-13), not something else tried
                                          ("heb het 1x geprobeerd, toen werd ik uitgelachen", True),
                                          ("ik heb het geprobeerd te negeren", False)])
def test_having_talked_to_the_person_already_is_heard(text, talked):
    assert already_talked(text) is talked


def test_a_value_in_words_in_a_first_message_is_read():
    """"kerstpakket van drukkerij De Vries. ong veertig euro. aangenomen" was asked the value again (AG-10)."""
    said = facts_said("dilemma_geschenk", "kerstpakket van drukkerij De Vries. ong veertig euro. aangenomen, 2 weken terug")
    assert said["bedrag"] == "40 euro" and said["al_aangenomen"] is True
    assert "bedrag" not in facts_said("dilemma_geschenk", "een fles wijn van 40 euro")  # the entity's
    # but not beside a value said not to be it, which the entity model reads, or none (€ 55 stayed, NA-19)
    assert facts_said("dilemma_geschenk", "oh wacht sorry, het was 45 euro niet 55")["bedrag"] == "45 euro"
    assert "bedrag" not in facts_said("dilemma_geschenk", "geldt de vijftig euro grens ook voor een kerstpakket?")


def test_threatened_for_speaking_up_is_behaviour_towards_the_user():
    """A threatened employee got bystander advice, "vraag je collega hoe die het ervaart" (AE-04)."""
    text = ("ik heb een collega aangesproken omdat hij steeds gereedschap van de werf mee naar huis neemt. nu zei hij dat "
            "als ik mijn mond niet hou hij mijn autobanden lek steekt. ik durf bijna niet meer naar mn werk")
    assert facts_said("dilemma_ongewenst_gedrag", text)["zelf_getroffen"] is True


def test_fear_of_being_beaten_is_danger():
    """"ik ben bang dat hij mij slaat vandaag" got the offer of a person, without 112 (AI-03)."""
    assert danger_said("nee geen nevenwerk. ik ben bang dat hij mij slaat vandaag")


def test_an_outsider_said_beside_no_colleague_is_from_outside():
    from bot.said.others import from_outside
    assert from_outside("het was geen collega hoor, een inwoner. kan die man een verbod krijgen?") is True  # (MD-03)
    assert from_outside("een collega en een inwoner maakten ruzie") is None


def test_not_yet_taken_home_is_not_accepted():
    """(LA-08)"""
    assert gift_accepted("Het staat nu achter de balie, ingepakt. Ik heb het dus nog niet mee naar huis genomen.") is False
    assert yes_no_said("al_aangenomen", "ik heb hem gisteren gekregen") is True
    assert gift_accepted("ik kreeg een fles wijn, maar ik stuur hem terug") is False  # "Aangenomen: ja" (LA-01)
    assert gift_accepted("ik kreeg een fles wijn, moet ik hem teruggeven?") is True
    assert yes_no_said("al_aangenomen", "hij heeft m op mn bureau gelegd en is weggelopen, dus eigenlijk wel") is True


def test_not_answering_is_not_giving():
    assert gift_accepted("je gaf geen antwoord. mag mijn vrouw die korting wel gebruiken als zij de keuken koopt?") is None


def test_a_manager_too_close_to_the_one_is_part_of_it():
    """"nee, maar ze zijn wel heel goed bevriend, ze gaan samen golfen" offered the manager as an equal option (AH-07)."""
    assert yes_no_said("leidinggevende_betrokken", "nee, maar ze zijn wel heel goed bevriend, ze gaan samen golfen") is True
    assert yes_no_said("leidinggevende_betrokken", "nee") is None
    # "De ploegbaas kijkt volgens mij de andere kant op" and "ik BEN de leidinggevende" got "Kies Ja of Nee" (LE-04, LE-07)
    assert yes_no_said("leidinggevende_betrokken", "Dat weet ik eigenlijk niet. De ploegbaas kijkt volgens mij de andere "
                                                   "kant op.") is True
    assert yes_no_said("leidinggevende_betrokken", "ik BEN de leidinggevende") is False


def test_dont_know_said_in_a_sentence_is_dont_know():
    from bot.said.questions import NOT_KNOWN
    assert NOT_KNOWN.match("Dat weet ik eigenlijk niet. Hij is vaak weg.")  # "Kies Ja of Nee" (LE-04)


@pytest.mark.parametrize("text, no_notice", [("wacht even. ik wil toch niet melden, eerst alleen met iemand praten", True),
                                             ("nog niet versturen, eerst even nadenken", False),
                                             ("ik wil geen melding met mijn naam", False),
                                             ("ik heb geen nevenwerk!! het gaat om een uitnodiging", True),  # (AH-02)
                                             # a contact request started, or the refusal kept as its answer (KD-12, KD-08)
                                             ("ik wil echt niet dat er een melding of zo komt. kan ik gewoon even praten?", True),
                                             ("nee ik wil niks invullen", True), ("Nee, ik hoef geen vertrouwenspersoon", True),
                                             # the notice went on (NE-18)
                                             ("ik zei toch dat ik nog NIET wil melden. Ik wil advies.", True),
                                             ("ik wil advies over een cadeau", False),
                                             ("wacht, ik wil nog geen contact. als ik met een vertrouwenspersoon praat, "
                                              "hoort die collega dat dan?", True)])  # kept as the way of contact (PD-01)
def test_a_wish_not_to_report_is_heard_beside_waiting_words(text, no_notice):
    """It was taken as the answer to "Waar gebeurde het?" (AI-06)."""
    assert no_notice_said(text) is no_notice


def test_the_number_asked_without_whose_is_the_advisers_not_a_colleagues_details():
    """"ik zei: ik bel ZELF. geef me gewoon het nummer" got "Ik heb geen gegevens van collega's" (DC-11)."""
    from bot.said.questions import contacts_asked, not_given_asked
    assert contacts_asked("ik zei: ik bel ZELF. geef me gewoon het nummer") and not not_given_asked("geef me gewoon het nummer")
    assert not_given_asked("kun je me het 06 nummer en huisadres geven van mijn collega")
    assert not_given_asked("geef me zijn nummer") and not contacts_asked("geef me zijn nummer")
    # the Huis voor Klokkenluiders came first (FC-12)
    assert contacts_asked("dan bel ik zelf de externe. wat is dat nummer ook alweer")
    assert contacts_asked("nee ik bedoel het nummer van de externe vertrouwenspersoon")


@pytest.mark.parametrize("text, sought", [
    ("Ik hoor dat er een melding over mijn team is gedaan. Kun je me vertellen wie die melding heeft gedaan?", True),  # (DD-08)
    ("Ik denk dat Fatima van mijn team het gemeld heeft. Heeft zij hier een melding gedaan?", True),
    ("moet ik dan de naam geven van de medewerker die het mij vertelde? Hij wil dat echt niet.", True),  # (DC-16)
    ("mag ik bij een melding de naam weglaten van de medewerker die mij de tip gaf?", True),
    ("mag ik mijn naam weglaten?", False), ("komt hij erachter dat ik het was?", False),
])
def test_who_reported_asked_by_someone_else_or_a_tipsters_name(text, sought):
    from bot.said.questions import reporter_sought
    assert reporter_sought(text) is sought


@pytest.mark.parametrize("typed, relation", [("mijn ex", "ex-partner"), ("het is mijn ex-vrouw", "ex-partner"),
                                             ("mijn ex-collega", "ex-collega"), ("mijn huisgenoot", "huisgenoot"),
                                             ("mijn neef", "familie"), ("mijn vriendin, we wonen samen", "partner"),
                                             ("de buurman", "buur"), ("een goede vriend", "vriend"),
                                             ("Het gaat om mezelf, het is mijn eigen aanvraag", "zelf"),  # (EB-13)
                                             ("het gaat niet om mezelf maar om mijn broer", "familie")])
def test_a_relation_typed_in_words_is_read(typed, relation):
    """"ex-partner" was kept as partner, "huisgenoot" and others got "Dat kan ik niet plaatsen" (DB-10, DB-14)."""
    assert choice_said("relatie", typed) == relation


@pytest.mark.parametrize("said", ["Ik ben wel bang dat het mijn stage verpest als ik hier iets mee doe.",  # (DC-08)
                                  "en als mijn baas mij gaat dwarszitten?",  # (DC-03)
                                  "en als hij er toch achter komt dat ik het was en me gaat treiteren op de werf?"])  # (IE-12)
def test_a_traineeship_spoilt_or_a_boss_who_will_thwart_is_feared_reprisal(said):
    from bot.said.safety import reprisal_feared
    assert reprisal_feared(said)


def test_a_former_employer_across_the_table_is_no_side_job():
    from bot.said.facts import relative_business_said
    told = ("Daarvoor werkte ik 8 jaar bij de leverancier van ons zaaksysteem. Nu moet het contract verlengd worden en mijn "
            "manager wil dat ik de onderhandelingen doe")  # (DB-07)
    assert relative_business_said(told) and facts_said("dilemma_belangenverstrengeling", told)["relatie"] == "ex-collega"
    assert not relative_business_said("ik werkte eerder bij een bakker en wil daar naast mijn baan weer werken")


def test_a_wish_to_report_that_says_only_how_is_no_story():
    from bot.said.notices import reported_case
    assert reported_case("ok laat maar. ik doe toch een melding over mijn collega, met mijn naam erbij") is None  # (EC-09)
    assert reported_case("ik wil melden dat mijn collega de BRP gebruikt om haar ex op te zoeken")
    assert reported_case("Goed, ik wil het melden, met mijn naam erbij: Jeroen Bakker, teamleider RO.") is None  # (NE-02)


def test_my_name_on_it_after_all_is_a_wish_to_be_named():
    from bot.said.notices import anonymity_wish_beside
    said = "weet je wat, zet er toch maar mijn naam bij. dan kunnen ze die fotos bij mij ophalen. bel me op 06-98765432"
    assert anonymity_wish_beside(said) == (False, "dan kunnen ze die fotos bij mij ophalen. bel me op 06-98765432")  # (DC-13)
    assert anonymous_wish("mijn naam mag erbij") is False
    # someone else's wish is not the user's (a named notice became anonymous, NE-02)
    told = "De wethouder Ruimtelijke Ordening. Mijn medewerker wil liever niet met naam genoemd worden."
    assert anonymity_wish_beside(told) == (None, told)


def test_a_longer_what_if_is_still_a_follow_up():
    from bot.said.questions import follow_up
    assert follow_up("ok. en als hij envelop gewoon op balie legt en weg loopt? dan heb ik het toch")  # (DA-04)


@pytest.mark.parametrize("text, asked", [("nee ik bedoel: en als het 60 euro was?", True), ("en 60?", True),
                                         ("en?", False), ("het was 60 euro", False)])
def test_a_what_if_after_a_lead_in_or_as_an_amount_alone_is_one(text, asked):
    """Both were taken as facts or the advice again: € 60 went into the notice of a € 40 gift (OA-17)."""
    from bot.said.questions import what_if
    assert what_if(text) is asked
    assert ("bedrag" in facts_said("dilemma_geschenk", text)) is (text == "en 60?")


def test_cash_in_an_envelope_is_money():
    from bot.said.facts import gift_kind
    told = "Een oude meneer wil mij 20 euro geven in envelop, voor koffie zegt hij. Ik zeg nee maar hij blijft zeggen ja ja neem het."
    assert gift_kind(told) == "geld"  # "Je mag het aannemen", then "nooit aannemen (gunst)" (DA-04)
    assert gift_kind("ja hij is weg gelopen, envelop ligt hier nog") is None


def test_free_work_at_home_is_a_favour():
    """A supplier's offer to mend a private fence for free got "daaronder mag het wel" (PA-18)."""
    from bot.said.facts import gift_kind
    assert gift_kind("de hovenier van de gemeente zag dat mijn schutting kapot is en bood aan hem gratis te maken") == "gunst"
    assert gift_kind("ik kreeg een gratis fles wijn") is None


def test_a_manager_invited_too_who_wants_to_go_is_part_of_it():
    from bot.said.facts import manager_involved
    assert manager_involved("Een ICT-bedrijf uit onze aanbesteding nodigt mij en mijn manager uit voor een lunch. Mijn manager "
                            "wil graag gaan. Ik twijfel.")  # "bespreek het met je leidinggevende", again and again (DA-10)
    assert not manager_involved("mijn leidinggevende vindt het goed dat ik ga")


def test_a_manager_who_laughs_along_is_part_of_it():
    text = "Een collega maakt elke keer grapjes over Marokkanen. Iedereen lacht, ook mijn teamleider. Wat kan ik doen?"
    assert yes_no_said("leidinggevende_betrokken", text) is True  # it was asked (DE-12)


@pytest.mark.parametrize("theme, told", [
    ("dilemma_vermoeden_misstand", "Ik ben inkoopadviseur. Ik heb sterke aanwijzingen dat mijn teamleider bij Ruimte de afgelopen "
     "maanden drie opdrachten voor groenonderhoud onderhands heeft gegund aan het hoveniersbedrijf van zijn zwager."),  # (EC-02)
    ("dilemma_ongewenst_gedrag", "Ik zit bij het KCC. Onze teamleider maakt al weken grappen over de hoofddoek van een nieuwe "
     "collega."),  # (EC-06)
    ("dilemma_geschenk", "onze teamleider krijgt elk jaar met kerst 6 flessen dure wijn van de leverancier. hij zet ze in de "
     "kantine en zegt 'pak er maar een'. mag ik er een pakken?"),  # (EC-17)
])
def test_a_manager_in_the_first_message_is_not_asked_about_again(theme, told):
    assert facts_said(theme, told)["leidinggevende_betrokken"] is True


def test_a_correction_after_never_mind_is_no_stop():
    from bot.said.notices import stop_first
    assert not stop_first("laat ook maar, zet bij organisatie gewoon de sportschool van mijn zwager")  # (EA-15)
    assert not stop_said("laat ook maar, zet bij organisatie gewoon de sportschool van mijn zwager")
    assert stop_first("laat maar, ik stop ermee")
    # an answer: "laat maar via de status in de chat" at "Hoe wil je contact?" dropped the request (KD-17)
    assert not stop_first("laat maar via de status in de chat") and not stop_said("laat maar via de status in de chat")
    # "Oké, ik stop hiermee" (LD-01)
    assert not stop_said("nou hij doet er niks mee, dus ik wil niet meer naar hem toe") and stop_said("ik wil niet meer")
    # a name after it: "ok laat maar. <naam>" at the name dropped the notice (MB-02)
    assert not stop_said("ok laat maar. Jan de Vries, Vergunningen") and stop_said("laat maar, ik stop ermee")
    assert stop_said("laat maar")
    assert not stop_first("ok laat maar. Jan de Vries, Vergunningen")
    # after a filler: kept as the name (PA-08)
    assert stop_first("hmm laat maar dan, ik bespreek het gewoon morgen met mijn teamleider")


def test_a_manager_told_who_does_nothing_is_part_of_it():
    assert yes_no_said("leidinggevende_betrokken", "ik weet niet. hij doet niks dus misschien hij wil het niet weten") is True


def test_a_manager_who_looks_away_is_part_of_it():
    assert yes_no_said("leidinggevende_betrokken", "weet ik niet. hij kijkt wel altijd weg") is True  # (AI-06)


def test_threats_heard_at_whether_it_is_safe_to_talk_say_it_is_not():
    assert yes_no_said("veilig_gesprek", "weet ik niet hoor, ze dreigden al dat het ongezellig wordt") is False  # (AI-04)


def test_ones_own_role_is_not_asking_on_behalf():
    """"als teamleider afvalbeheer ben ik ... uitgenodigd" got "Een melding doet je medewerker zelf" (AJ-08)."""
    assert not manager_asking("Geachte heer/mevrouw, als teamleider afvalbeheer ben ik door Bammens uitgenodigd voor een studiereis")
    assert manager_asking("ik vraag dit als haar leidinggevende")
    # a role with an employee in it: the manager's part in the code (he got the target's advice, DE-04)
    assert manager_asking("Goedemorgen, ik ben teamleider bij Ruimtelijke Ordening. Een medewerkster kwam gisteren bij me met "
                          "de klacht dat een andere medewerker uit mijn team haar meerdere keren heeft aangeraakt.")


@pytest.mark.parametrize("text, for_someone", [
    ("Geachte heer/mevrouw, ik ben werkzaam als HR-adviseur. Ik overweeg om naast mijn dienstverband van 32 uur als zzp'er "
     "trainingen te gaan geven aan andere werkgevers in de regio.", False),  # (DA-07)
    ("Ik ben HR-adviseur. Een medewerkster kwam gisteren bij me met een vraag over een cadeau", True),
    ("ik ben de secretaresse van de directeur en hij kreeg een doos wijn", True),
    ("Goedemiddag. Ik ben HR-adviseur. Een teamleider van de afdeling Ruimte vertelde me net dat zijn dochter heeft "
     "gesolliciteerd op een vacature in zijn eigen team. Hoe moeten we dit aanpakken?", True),  # (EB-02)
    ("Ik ben HR-adviseur. Een leidinggevende vraagt mij om het ziekteverzuimdossier van een medewerker door te sturen naar "
     "zijn privé gmail omdat hij thuis wil werken. Wat moet ik doen?", False),  # (KC-18)
])
def test_a_supporting_role_asks_for_someone_else_only_where_someone_else_is_in_it(text, for_someone):
    hr_own_gift = ("Hallo, ik ben HR-adviseur. Een wervingsbureau heeft me een cadeaubon gestuurd. Ik heb hem nog niet "
                   "gebruikt. Het is een bon van 30 euro.")  # (DD-06)
    assert not on_behalf_asking(hr_own_gift) and not on_behalf_asking("Ik ben HR-adviseur, maar het is voor mezelf")
    assert not on_behalf_asking("Ik ben HR-adviseur. Mijn eigen afdelingshoofd kleineert me in het MT-overleg.")  # (DE-13)
    assert for_myself_said("Het gaat om mij, niet om iemand anders.")
    assert not on_behalf_asking("Hallo, ik ben HR-adviseur. Een collega van ICT bood vanochtend aan om mijn kapotte privélaptop "
                                "even te repareren, onder werktijd. Aardig bedoeld, maar mag ik daar ja op zeggen?")  # (EC-13)
    assert on_behalf_asking(text) is for_someone


def test_the_giver_named_by_its_name_is_not_asked_again():
    """"Van wie komt het?" after "de accountmanager van Van Dijk Grondwerken" (AG-01)."""
    text = "gisteren kwam de accountmanager van Van Dijk Grondwerken langs en hij gaf mij een fles wijn"
    assert facts_said("dilemma_geschenk", text)["gever"] == "Van Dijk Grondwerken"
    assert "gever" not in facts_said("dilemma_geschenk", "ik kreeg een fles wijn van een aannemer")  # the entity's


@pytest.mark.parametrize("reading, text, said", [
    (start_said, "ik ben sinds 2021 penningmeester van de tennisclub", "sinds 2021"),
    (start_said, "ik start in maart met mijn eigen bedrijf", "start in maart"),
    (start_said, "Ik ben per 1 november begonnen als penningmeester.", "per 1 november begonnen"),  # kept as past (NB-06)
    (start_said, "het is 8 uur per week, per maand krijg ik 200 euro", None),  # "per" is no start here
    (start_said, "ik heb het per mail aan mijn leidinggevende gemeld", None),
    (file_number_said, "het gaat om zaaknummer Z/24/1187", "zaaknummer Z/24/1187"),
    (file_number_said, "kenmerk: HZ-2024-88, een bouwaanvraag", "kenmerk: HZ-2024-88"),
    (file_number_said, "in dossier 12 van de 40 zit mijn buurman", None),
    (relative_said, "mijn manager en mijn man kennen elkaar", "mijn man"),
    (relative_said, "mijn collega solliciteert bij ons team", None),
    (event_day_said, "uitgenodigd voor een congres over twee weken in Parijs", "over twee weken"),
    (event_day_said, "gisteren kreeg ik een uitnodiging voor een etentje", None),
    (event_day_said, "Van Dam nodigt me uit voor de Formule 1 in Zandvoort eind volgende week", "eind volgende week"),
    (event_said, "Van Dam nodigt me uit voor de Formule 1 in Zandvoort eind volgende week", "de Formule 1 in Zandvoort"),
    (event_said, "Rabobank nodigt me uit voor hun nieuwjaarsreceptie op 8 januari", "hun nieuwjaarsreceptie"),
    (useful_said, "Handig voor mijn werk bij economische zaken want er komen veel ondernemers. Mag ik?",
     "Handig voor mijn werk bij economische zaken want er komen veel ondernemers"),
    (useful_said, "ik ben uitgenodigd voor een diner, goed om te netwerken met andere aannemers",
     "om te netwerken met andere aannemers"),
    (useful_said, "mag ik gaan?", None),
    (start_said, "ik wil na de zomer voor mezelf beginnen, naast mijn baan", "na de zomer"),
    (start_said, "ik geef sinds vorige maand bijles wiskunde", "sinds vorige maand"),
    # what the side job is (BA-01, BA-06, BA-14)
    (side_job_said, "ik werk naast mijn baan als trouwfotograaf, via mijn eigen bedrijf", "trouwfotograaf"),
    (side_job_said, "ik geef bijles wiskunde via Studiekring", "bijles wiskunde"),
    (side_job_said, "ik ben sinds vorig jaar penningmeester van de voetbalclub", "penningmeester van de voetbalclub"),
    (side_job_said, "ik werk als ambtenaar bij de gemeente", None),
    (side_job_said, "mag ik dat doen als het onbetaald is?", None),
])
def test_facts_of_a_notice_named_in_passing(reading, text, said):
    assert reading(text) == said


@pytest.mark.parametrize("text, involved", [
    ("Niet mijn leidinggevende, maar wel de hare. Het gaat om haar, niet om mij.", True),
    ("haar leidinggevende is degene die haar lastigvalt", True),
    ("nee, haar collega doet het", None),
    ("wie is dan mijn leidinggevende?", None),  # a question who it is (CB-08)
    # a yes undone (BD-10)
    ("wacht, mijn leidinggevende heeft er niks mee te maken hoor, het is iemand van ICT", False),
])
def test_the_manager_of_the_one_asked_for_is_part_of_it(text, involved):
    assert yes_no_said("leidinggevende_betrokken", text) is involved


def test_a_first_message_told_for_someone_else_whose_manager_harasses_her_has_the_manager_part_of_it():
    told = ("Ik ben HR-adviseur. Een medewerkster kwam vanochtend huilend bij me: haar leidinggevende maakt al maanden "
            "seksueel getinte opmerkingen en heeft haar vorige week op de gang vastgepakt. Wat kan ik haar adviseren?")
    assert facts_said("dilemma_ongewenst_gedrag", told)["leidinggevende_betrokken"] is True
    assert "leidinggevende_betrokken" not in facts_said("dilemma_ongewenst_gedrag", "haar collega maakt opmerkingen")


@pytest.mark.parametrize("theme, text", [
    ("dilemma_gemeentelijke_voorzieningen", "mijn teamleider zei dat ik 8 uur overwerk mocht schrijven, ik heb er 3 gemaakt"),
    ("dilemma_gemeentelijke_voorzieningen", "maar het was juist mijn leidinggevende die dat zei. wat moet ik met die uren?"),
])
def test_a_manager_who_proposed_it_is_part_of_it_in_any_theme(theme, text):
    """Overtime not worked, proposed by the team leader, got "Bespreek het met je leidinggevende" three times (BC-09)."""
    assert facts_said(theme, text)["leidinggevende_betrokken"] is True
    assert "leidinggevende_betrokken" not in facts_said("dilemma_geschenk", "mijn leidinggevende zei dat ik het mocht houden")


@pytest.mark.parametrize("text, hours", [("2 uurtjes per week bijles", "2"), ("zo'n 4 a 5 uur in de week", "4 à 5 uur"),
                                         ("een avondje per week training geven", "een avondje per week"),
                                         ("ik werk 36 uur bij de gemeente", None)])
def test_the_hours_of_a_side_job_said_in_passing(text, hours):
    assert hours_said(text) == hours


@pytest.mark.parametrize("text, elsewhere", [
    ("Goedemorgen, ik werk bij het waterschap AGV en niet bij Huizen.", True),
    ("Maar ik werk niet bij de gemeente, ik ben van de politie.", True),
    ("ik werk bij de gemeente Amersfoort", True),
    ("ik werk bij de gemeente en kreeg een cadeau", False),
    ("ik ben bij de politie geweest om aangifte te doen", False),  # a visit, not an employer
    ("mijn broer werkt bij de politie", False),
])
def test_working_elsewhere_is_read(text, elsewhere):
    assert other_employer_said(text, "gemeente Huizen") is elsewhere


def test_remarks_about_ones_body_are_behaviour_towards_the_user():
    """She got the bystander's advice, "vraag je collega hoe die het ervaart", about the colleague who laughs along (FD-01)."""
    text = ("ja. die aannemer maakt dus steeds opmerkingen over mijn lijf als ik op de bouwplaats ben. en mijn collega Ruud "
            "lacht mee. ik vind het echt vervelend")
    assert facts_said("dilemma_ongewenst_gedrag", text)["zelf_getroffen"] is True


def test_debt_counselling_as_ones_job_is_no_debt():
    """"ik werk bij schuldhulpverlening" got "Je hoeft je er niet voor te schamen" (HC-09)."""
    from bot.said.questions import debts_said
    assert not debts_said("ik werk bij schuldhulpverlening en thuis zit mijn gezin in de kamer als ik cliënten bel")
    assert debts_said("ik zit zelf in de schuldhulp, moet ik dat melden?")


def test_not_stopping_is_no_stop():
    """"nee niet stoppen" got "Oké, ik stop hiermee" (HA-09)."""
    assert not stop_said("nee niet stoppen") and stop_said("stop maar")


@pytest.mark.parametrize("text, false", [
    ("eerlijk gezegd heeft ie niks gedaan maar hij heeft mijn promotie ingepikt", True),  # helped to file it (JD-16)
    ("ik wil hem uit wraak aangeven", True),
    ("mijn leidinggevende heeft niks gedaan met mijn melding", False), ("hij heeft niks fout gedaan, maar zijn baas wel", False),
])
def test_a_report_said_not_to_be_true_is_read(text, false):
    from bot.said.others import false_report_said
    assert false_report_said(text) is false


def test_a_counter_complaint_asked_is_the_accuseds_question():
    """"Heb ik dan geen recht op hoor en wederhoor? En mag ik een tegenklacht indienen?" got the target's steps (JE-18)."""
    from bot.said.others import ACCUSED, towards_me_or_accused
    assert towards_me_or_accused("Heb ik dan geen recht op hoor en wederhoor? En mag ik een tegenklacht indienen?") == ACCUSED
