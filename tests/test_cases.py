"""The case of one rule of a theme, read from the user's words, gets that rule's answer first (bot/cases.py)."""
import pytest

from bot.advice import Facts, advice, advice_keys
from bot.cases import case_followed_up, case_said
from bot.profile import load_profile

FACILITIES, INFORMATION = "dilemma_gemeentelijke_voorzieningen", "dilemma_vertrouwelijke_informatie"
SIDE_JOB = "dilemma_nevenwerkzaamheden"


@pytest.mark.parametrize("theme, text, case", [
    (FACILITIES, "mag ik de dienstauto lenen voor mijn verhuizing?", "privegebruik"),
    (FACILITIES, "ik wil het busje van de buitendienst dit weekend gebruiken om te klussen", "privegebruik"),
    (FACILITIES, "heb de dienstbus mee naar huis voor storingsdienst. mag ik daarmee even langs de bouwmarkt voor mezelf?",
     "privegebruik"),  # taken home for work: allowed; the detour is the question
    (FACILITIES, "als ik thuiswerk schrijf ik 8 uur maar ik ben eigenlijk een uur met de kinderen bezig. mag dat?",
     "regeling"),  # hours, not the laptop
    (FACILITIES, "een rol wc papier mee naar huis, is dat nou echt zo erg", "meenemen"),
    (FACILITIES, "mag ik een paar pakken printpapier meenemen voor mijn kinderen", "meenemen"),
    (FACILITIES, "is het goed als ik tussen de middag mijn privémail lees op mijn werk-pc?", "beperkt"),
    (FACILITIES, "ik print af en toe iets voor mezelf, kan dat", "beperkt"),
    (FACILITIES, "mag ik mijn werklaptop mee naar huis om thuis te werken?", "thuiswerken"),
    (FACILITIES, "mag ik een beeldscherm van kantoor mee naar huis nemen? ik werk 3 dagen thuis", "thuiswerken"),  # (IE-05)
    # what the municipality throws away is not what one needs to work at home (a tester got "dat mag")
    (FACILITIES, "er staan oude monitoren die weg gaan. mag ik er eentje meenemen voor mijn thuiswerkplek? "
                 "ze gaan anders toch naar de container", "afgeschreven"),
    (FACILITIES, "kan ik een afgeschreven laptop van de afdeling overnemen?", "afgeschreven"),
    (FACILITIES, "kan ik mijn kerstkaarten via de postkamer laten versturen?", "post"),
    (FACILITIES, "mag ik mijn kaarten ongefrankeerd in de postbak van het werk leggen?", "post"),
    (FACILITIES, "mag ik een week thuiswerken vanuit ons vakantiehuisje in Frankrijk met mijn laptop?", "thuiswerken"),  # was "post"
    (FACILITIES, "mag ik de taxi declareren terwijl ik met de fiets ging", "regeling"),
    (FACILITIES, "ik heb mijn uren wat ruimer opgeschreven dan ik echt werkte", "regeling"),
    (FACILITIES, "hoe zit het met spullen van de gemeente?", None),
    # one's own business on the municipality's laptop is no limited private use (a tester got "dat mag")
    (FACILITIES, "mag ik mn werklaptop gebruiken voor mn webshopje 's avonds?", "eigen_bedrijf"),
    (FACILITIES, "kan ik de printer op het werk gebruiken voor flyers van mijn eigen bedrijfje", "eigen_bedrijf"),
    (FACILITIES, "ik heb een sieradenwebshop. Mag ik s avonds op mijn werklaptop de bestellingen bijhouden en af en toe wat "
                 "labels printen op kantoor?", "eigen_bedrijf"),
    (FACILITIES, "mag ik in mijn pauze iets bestellen in een webshop?", "beperkt"),
    # an own SIM card in the work phone got "Kort gezegd: dat mag" (FC-07)
    (FACILITIES, "mag ik dan even een paar weken mn prive simkaart erin stoppen en whatsapp erop zetten?", "ict"),
    (FACILITIES, "mag ik spotify installeren op mijn werklaptop?", "ict"),
    (FACILITIES, "mag ik mijn werktelefoon gebruiken om mijn moeder te bellen?", "beperkt"),
    # sick leave is not about claims (a tester asked about a birthday while ill and got "Declareer alleen ...")
    (FACILITIES, "ik ben ziek gemeld maar mijn zus vraagt of ik zaterdag op haar verjaardag kom, is dat erg?", "ziek"),
    # the council of one's own municipality, and a nationality (FD-06: "Actief zijn naast je werk is prima", and a side-job
    # notice offered for a second nationality)
    (SIDE_JOB, "ik wil me kandidaat stellen voor de gemeenteraad hier in Huizen, kan dat naast mijn baan?", "gemeenteraad"),
    (SIDE_JOB, "ik sta op plek 4 van de kieslijst van een lokale partij", "gemeenteraad"),
    (SIDE_JOB, "ik heb ook een Marokkaanse nationaliteit, moet ik dat ergens opgeven?", "nationaliteit"),
    # a login given away on a fake site got the password rule, "dat mag niet" (HC-15)
    (INFORMATION, "ik heb mijn inloggegevens ingevuld op een nepsite uit een mail. mag ik stiekem mijn wachtwoord veranderen?",
     "phishing"),
    (INFORMATION, "mag ik mijn wachtwoord aan een collega geven?", "wachtwoord"),
    # private parcels delivered at work got "dat mag" (HE-11)
    (FACILITIES, "mag ik mijn privé pakketjes op het werk laten bezorgen?", "post"),
    # a mail to the wrong citizen by autocomplete got the rules only (GE-05)
    (INFORMATION, "Shit. Ik heb net een mail met een beschikking bijzondere bijstand naar de verkeerde Jansen gestuurd. "
                  "Autocomplete... Wat nu?", "datalek"),
    # a manager asking a sick employee's diagnosis got the rules and the data-leak question (FB-11)
    (INFORMATION, "Concreet: mag ik als leidinggevende vragen naar zijn diagnose?", "diagnose_vragen"),
    (INFORMATION, "Mag ik hem in dat gesprek vragen wat zijn rugklachten precies zijn en of hij dit werk kan doen?",
     "diagnose_vragen"),
    (INFORMATION, "mag ik de diagnose van mijn collega aan het team vertellen?", "medisch"),
    # a reaction on Facebook to the newspaper's article got "dat mag, als het beperkt blijft" (FE-08)
    (INFORMATION, "als het artikel morgen in de krant staat, mag ik daar dan privé op Facebook op reageren? Ik woon zelf "
                  "ook in Huizen", "sociale_media"),
    # 150 colour prints are more than limited use (IE-17 got "dat mag, als het beperkt blijft"); a church's newsletter
    (FACILITIES, "Mag ik op het werk de uitnodigingen voor de ledenvergadering printen? Ongeveer 150 stuks, in kleur.", "veel"),
    (FACILITIES, "mag ik de nieuwsbrief van mijn kerk hier printen?", "eigen_bedrijf"),
    # residents' data to one's private mail (IC-09: the general rules, no answer)
    (INFORMATION, "mag ik een exel met burgergegvens naar mn prive gmail sturen om thuis verder te werken? vpn doet t niet",
     "prive_mail"),
    # land that becomes building land, known from work (IE-19: the rules on information, then "Actief zijn naast je werk
    # is prima")
    (INFORMATION, "is het kopen van grond waarvan ik via mijn werk weet dat het bouwgrond wordt een probleem? het zou een "
                  "financieel belang worden", "voorkennis"),
    (INFORMATION, "de wei achter ons huis wordt bouwgrond, dat is nog niet bekend. De boer biedt ons een strook aan en mijn "
                  "vrouw wil nu tekenen", "voorkennis"),
    # one's opinion on the policy, on one's own account (IE-13: the side-job register), and a post on one's own insta
    (INFORMATION, "mag ik als ambtenaar kritiek geven op beleid van mijn eigen gemeente op mijn prive account?", "mening_online"),
    # money from the host of an invitation ("voor uitnodigingen noemt de code geen bedrag", OB-12)
    ("dilemma_uitnodiging", "Een softwareleverancier waarvan ik het contract beheer vraagt of ik op hun klantendag een "
                            "presentatie wil geven. Ze bieden 500 euro spreekvergoeding.", "vergoeding"),
    # a gift from one's colleagues ("neem je het niet aan" for a farewell voucher of 150 euro, QA-15)
    ("dilemma_geschenk", "Na 41 jaar ga ik in januari met pensioen. Mijn collega's hebben gezamenlijk gespaard voor een "
                         "cadeaubon van 150 euro.", "collegas"),
    # praise of a public policy is no information from work (OC-17)
    (INFORMATION, "mag ik op linkedin posten dat ik trots ben op ons nieuwe afvalbeleid?", "mening_online"),
    (INFORMATION, "mag ik op mijn eigen insta zetten wat een inwoner aan de balie zei?", "sociale_media"),
    # shares in a bidder of one's own municipality (GA-05 got "Actief zijn naast je werk is prima" twice)
    (SIDE_JOB, "ik heb aandelen in het bouwbedrijf van mijn zwager. 10 procent. nu doet dat bedrijf mee aan een aanbesteding "
               "bij ons. moet ik iets?", "raakt_werk"),
    (SIDE_JOB, "ik zit zelf ook in het team dat de inschrijvingen beoordeelt", "raakt_werk"),
    # a side job that touches one's own work (testers got "Actief zijn naast je werk is prima" first)
    (SIDE_JOB, "Ik werk zelf bij team Subsidies en de club waar ik penningmeester word krijgt jaarlijks subsidie van de gemeente",
     "raakt_werk"),
    (SIDE_JOB, "ik ben jurist vergunningen en wil bijverdienen bij een architect die veel aanvragen bij ons team indient",
     "raakt_werk"),
    (SIDE_JOB, "mag ik in het weekend bouwtekeningen maken voor dakkapels die mensen dan bij de gemeente indienen?", "raakt_werk"),
    (SIDE_JOB, "Ik ben vergunningverlener omgevingsrecht en wil vanaf eind januari als zzp'er bouwtekeningen maken voor "
               "particulieren, ook in Huizen.", "raakt_werk"),  # "Actief zijn naast je werk is prima" (AJ-07)
    (SIDE_JOB, "dus het mag gewoon? die tekeningen komen dan soms bij mijn eigen afdeling binnen als aanvraag", "raakt_werk"),
    (FACILITIES, "mag ik mijn werklaptop meenemen op vakantie naar Polen om mail te lezen?", "thuiswerken"),  # "mag niet"
    (FACILITIES, "mag ik de laptop van het werk meenemen zodat mijn zoon er spelletjes op kan doen?", "meenemen"),
    (SIDE_JOB, "Geachte, ik ben werkzaam als inspecteur bij Bouw- en Woningtoezicht. Sinds begin vorige maand maak ik tegen "
               "betaling bouwtekeningen voor particulieren, via mijn eigen eenmanszaak.", "raakt_werk"),  # "is prima" (AA-08)
    (SIDE_JOB, "ik wil in het weekend als kok werken in een restaurant", None),
    # money offered for an act of office is bribery, not a gift under the limit ("Je mag het aannemen", twice)
    ("dilemma_geschenk", "ik ben boa. vandaag schreef ik een bon uit voor foutparkeren en de man zei: kom op, laat maar "
                         "zitten, ik geef je 50 euro en we zijn klaar. Ik heb nee gezegd", "omkoping"),
    ("dilemma_geschenk", "de aannemer bood me geld aan als ik de keuring zou overslaan", "omkoping"),
    ("dilemma_geschenk", "hij gaf me een bon van 25 euro voor de moeite", None),
    # priority for someone one knows: the code's "geen voorkeursbehandelingen" (testers got only "meld het")
    ("dilemma_belangenverstrengeling", "een vriendin van me staat op de wachtlijst, mag ik haar voorrang geven?", "voorrang"),
    ("dilemma_belangenverstrengeling", "de bestelbus van mijn zwager stond fout geparkeerd. bon of niet?", "voorrang"),
    ("dilemma_belangenverstrengeling", "mijn buurman vraagt of ik zijn aanvraag bovenop de stapel kan leggen", "voorrang"),
    ("dilemma_belangenverstrengeling", "mijn neef vraagt een vergunning aan en ik zit in het team", None),
    (INFORMATION, "mag ik in de BRP het adres van mijn ex opzoeken?", "eigen_gebruik"),
    (INFORMATION, "mijn vriendin vraagt of ik kan kijken of haar aanvraag al is behandeld", "eigen_gebruik"),
    (INFORMATION, "mag ik mijn buurvrouw vertellen dat haar buurman een uitkering heeft", "eigen_gebruik"),
    (INFORMATION, "een collega vraagt mijn wachtwoord omdat hij niet kan inloggen", "wachtwoord"),
    (INFORMATION, "ik heb een mail met een dossier naar de verkeerde persoon gestuurd", "datalek"),
    (INFORMATION, "mijn laptop is gestolen uit de auto", "datalek"),
    (INFORMATION, "wat mag ik vertellen aan een journalist?", "pers"),  # its own answer, not the rules and a data leak (EE-10)
    # a colleague's conduct without the user in it: no answer addressed to the user
    (FACILITIES, "Een collega schrijft structureel meer uren dan hij werkt", None),
    ("dilemma_geschenk", "mag ik de fles wijn meenemen naar huis?", None),  # another theme has no cases
])
def test_the_case_is_read_from_the_words(theme, text, case):
    assert case_said(theme, text) == case


@pytest.mark.parametrize("case, first, rule", [
    ("meenemen", "Kort gezegd: dat mag niet", "Mijn advies"),
    ("privegebruik", "Een dienstauto, gereedschap of ander materiaal voor jezelf gebruiken: dat noemt de gedragscode niet",
     "neem je niet mee naar huis"),
    ("beperkt", "Kort gezegd: dat mag, als het beperkt blijft", "Doe het openlijk"),
    ("thuiswerken", "Kort gezegd: dat mag", "Mijn advies"),
    ("afgeschreven", "Kort gezegd: niet zomaar. Wat de gemeente wegdoet, is tot dan nog van de gemeente", "Mijn advies"),
    ("post", "Volgens de gedragscode doe je geen privébestellingen", "Mijn advies"),
    ("regeling", "Kort gezegd: wees eerlijk", "declaraties, werktijden"),
])
def test_private_use_gets_the_answer_of_its_rule_first(profile_file, case, first, rule):
    messages = advice(FACILITIES, Facts(geval=case), load_profile())
    assert messages[0].startswith(first) and rule in messages[1]


@pytest.mark.parametrize("previous, text, case", [
    ("thuiswerken", "En voor mijn zoon, die studeert, mag dat ook?", "meenemen"),  # a tester got "dat mag" again
    ("thuiswerken", "en mag ik hem daarna houden?", "meenemen"),
    ("thuiswerken", "moet ik daar toestemming voor vragen?", None),  # the case stays
    ("beperkt", "en voor mijn zoon?", None),  # printing a page for one's son is still limited private use
    # "Op die vraag heb ik geen ander antwoord" after "Kort gezegd: dat mag niet" for a monitor (IE-05)
    ("meenemen", "maar ik heb hem toch nodig om thuis te werken? dat is toch precies die uitzondering", "thuiswerken"),
])
def test_a_follow_up_for_someone_else_leaves_the_exception_for_working_at_home(previous, text, case):
    assert case_followed_up(FACILITIES, previous, text) == case


def test_a_private_trip_on_the_fuel_card_is_advised_against_alone(profile_file):
    """"Ik tank hem dan zelf bij, met de tankpas van de gemeente" got that the code names no vehicles (KC-06)."""
    messages = advice(FACILITIES, Facts(geval="tanken"), load_profile())
    assert len(messages) == 1 and messages[0].startswith("Kort gezegd: doe dat niet. Wat je privé rijdt, betaal je zelf")


def test_calls_abroad_on_the_work_phone_are_not_simply_limited_use(profile_file):
    """"mag ik met mn werktelefoon mn moeder in marokko bellen?" got "Kort gezegd: dat mag", twice (MC-12)."""
    messages = advice(FACILITIES, Facts(geval="kosten"), load_profile())
    assert len(messages) == 1 and messages[0].startswith("Kort gezegd: niet zonder overleg") and "leidinggevende" in messages[0]


def test_private_use_of_no_known_case_gets_every_rule(profile_file):
    keys = advice_keys(FACILITIES, Facts(), load_profile())
    assert [k.split(".")[1] for k in keys] == ["regels", "eigendom", "eerlijk", "twijfel"]
    assert len(advice(FACILITIES, Facts(), load_profile())) == 3  # the doubt joins the last message


@pytest.mark.parametrize("case, first", [
    ("eigen_gebruik", "Kort gezegd: dat mag niet. Informatie uit je werk gebruik je alleen voor je werk"),
    ("wachtwoord", "Kort gezegd: dat mag niet. Je wachtwoord houd je volgens de gedragscode voor jezelf"),
    ("datalek", "Mijn advies: vertel het meteen aan je leidinggevende"),  # not "Is er al iets misgegaan?": it has
    (None, "Met informatie uit je werk ga je zorgvuldig om"),
])
def test_confidential_information_answers_the_case_first(profile_file, case, first):
    messages = advice(INFORMATION, Facts(geval=case), load_profile())
    assert messages[0].startswith(first) and len(messages) == 2


def test_a_side_job_that_touches_ones_work_gets_the_conflict_first(profile_file):
    messages = advice(SIDE_JOB, Facts(geval="raakt_werk"), load_profile())
    assert messages[0].startswith("Je nevenwerk raakt aan je eigen werk") and "Actief zijn naast je werk" not in " ".join(messages)
    assert advice(SIDE_JOB, Facts(), load_profile())[0].startswith("Actief zijn naast je werk is prima")


@pytest.mark.parametrize("theme, text", [
    ("dilemma_geschenk", "kreeg begin maart een doos met wijn van een leverancier, we zitten nu midden in een aanbesteding "
                         "waar zij ook aan meedoen"),
    ("dilemma_uitnodiging", "Een van de inschrijvers heeft mijn manager en mij uitgenodigd voor een F1-weekend"),
    ("dilemma_geschenk", "de aannemer wiens vergunningaanvraag nog in behandeling is gaf me een kerstpakket"),
    # "Je mag het aannemen" (KA-09, KA-15)
    ("dilemma_geschenk", "ik kreeg een fles whisky van de voorzitter. Over de aanvraag is nog niet beslist, dat doe ik volgende week"),
    ("dilemma_geschenk", "een vereniging die subsidie aanvraagt gaf me een fles whisky"),
    ("dilemma_geschenk", "fles champagne die ik thuis gekregen heb van iemand met een aanvraag"),
    ("dilemma_geschenk", "een makelaar wiens WOZ-bezwaar ik behandel stuurde me bloemen"),  # (LA-19)
    ("dilemma_geschenk", "net nadat hun contract is verlengd, bezorgde de leverancier wijn bij mij thuis"),  # (LA-01)
    ("dilemma_geschenk", "ik kies welke leverancier het wordt en kreeg een bon van 50 euro"),  # (LA-11)
    ("dilemma_geschenk", "ik werk bij inkoop en kreeg een doos wijn van een leverancier waar we net een contract mee hebben "
                         "getekend"),  # (MA-01)
    ("dilemma_geschenk", "Een kandidaat die vorige week op gesprek was voor een functie bij ons heeft een doos bonbons naar de "
                         "sollicitatiecommissie gestuurd, een bedankje. Die procedure loopt nog."),  # "Je mag het houden" (NA-10)
    ("dilemma_geschenk", "van de sollicitant"),
    ("dilemma_uitnodiging", "Ik zit bij evenementen en vergun dus ook de festivals. De organisator van een groot zomerfestival "
                            "stuurt mij 2 vrijkaarten plus VIP-toegang"),  # a yes if the manager agrees (QA-12)
    ("dilemma_uitnodiging", "het is geen leverancier, ze vragen bij mij de vergunning aan"),
    ("dilemma_geschenk", "ik behandel een omgevingsvergunnig en de aanvrager heeft me een cadeubon gestuurd van precies 50 "
                         "euro voor de snelle behandeling"),  # "Je mag het aannemen" (PA-07)
])
def test_a_running_tender_or_application_of_the_giver_is_its_own_case(theme, text):
    assert case_said(theme, text) == "lopende_zaak"


@pytest.mark.parametrize("theme, text, case", [
    # posting about work, inside knowledge to buy (BC-12, BC-11)
    ("dilemma_vertrouwelijke_informatie", "Vandaag had ik een rare meneer aan de balie. Mag ik daar een berichtje over "
                                          "op insta zetten? Zonder zijn naam natuurlijk.", "sociale_media"),
    ("dilemma_vertrouwelijke_informatie", "ik weet dat er binnenkort een bestemmingswijziging komt. er staat daar een "
                                          "huisje te koop. mag ik dat kopen? het is nog niet openbaar", "voorkennis"),
    ("dilemma_vertrouwelijke_informatie", "Ik wil die strook graag kopen. Ik weet via mijn werk al wat de prijs per m2 wordt "
                                          "voordat de bewoners de brief krijgen. Mag ik gewoon een aanvraag doen?", "voorkennis"),
    ("dilemma_vertrouwelijke_informatie", "Ik heb het zelf niet gezien. Mag ik via ICT opvragen wanneer hij ingelogd is en vanaf "
                                          "welk IP-adres/locatie, voordat ik het gesprek aanga?", "medewerker_nagaan"),  # (DE-15)
    ("dilemma_vertrouwelijke_informatie", "mag ik als HR-adviseur in het personeelsdossier van mijn afdelingshoofd kijken? hij "
                                          "pest mij", "medewerker_nagaan"),  # (DE-13)
    ("dilemma_vertrouwelijke_informatie", "mijn begeleider vraag mij om in de BRP het adres op te zoeken van een man, het is zijn "
                                          "nieuwe buurman die overlast maakt", "eigen_gebruik"),  # (EC-04)
    ("dilemma_vertrouwelijke_informatie", "Mag ik die gegevens van de toegangspas eigenlijk wel gebruiken in dat gesprek?",
     "medewerker_nagaan"),  # (EC-08)
    ("dilemma_vertrouwelijke_informatie", "Ik heb intern ook de conceptkaart gezien waar de molens precies komen, die is nog niet "
                                          "openbaar. Mag ik die info gebruiken in mijn bericht?", "sociale_media"),  # (EE-06)
    ("dilemma_gemeentelijke_voorzieningen", "mag ik mijn scriptie (ongeveer 180 paginas, in kleur) hier op de printer afdrukken?",
     "veel"),  # (EE-09)
    ("dilemma_vertrouwelijke_informatie", "kan ik het adres uit de BRP niet net zo goed aan mijn zus geven?", "eigen_gebruik"),
    ("dilemma_vertrouwelijke_informatie", "mag ik de diagnose van een zieke collega aan zijn leidinggevende geven, ja of nee?",
     "medisch"),  # (EE-13)
    ("dilemma_gemeentelijke_voorzieningen", "mijn moeder is ziek, mag ik haar vanaf mijn werk bellen?", "beperkt"),  # (EE-14)
    ("dilemma_gemeentelijke_voorzieningen", "ik ben ziek gemeld, mag ik wel naar de sportschool?", "ziek"),
    ("dilemma_nevenwerkzaamheden", "dus moet ik nou melden ja of nee. en ja, wij controleren die disco soms bij sluitingstijd",
     "raakt_werk"),  # (EA-15)
    ("dilemma_nevenwerkzaamheden", "de meeste klanten wonen in Huizen, dus die tekeningen gaan dan bij de omgevingsvergunning naar "
                                   "mijn eigen afdeling. is dat een probleem?", "raakt_werk"),  # (EA-03)
    # a password lost is no data leak, nor is one denied (BC-02)
    ("dilemma_vertrouwelijke_informatie", "mijn collega is zijn wachtwoord kwijt, mag hij op mijn account werken?",
     "wachtwoord"),
    ("dilemma_vertrouwelijke_informatie", "er is geen datalek hoor, ik vraag of ik mijn wachtwoord aan hem mag geven",
     "wachtwoord"),
    # (a webshop became a second nationality, "je hoeft het hier niet te melden", PB-01)
    ("dilemma_nevenwerkzaamheden", "het is maar een paar uurtjes en heeft niks met paspoorten te maken ofzo", None),
    ("dilemma_vertrouwelijke_informatie", "ik heb een excel naar een verkeerd mailadres gestuurd, een extern adres",
     "datalek"),
    ("dilemma_vertrouwelijke_informatie", "ik vond een usb stick in de printer met beoordelingen van P&O", "datalek"),
    ("dilemma_vertrouwelijke_informatie", "ik heb op een verjaardag verteld wie er bezwaar had gemaakt", "eigen_gebruik"),
    # after hours is no question of hours, and a case denied is not the case (BC-14)
    ("dilemma_gemeentelijke_voorzieningen", "mag ik de dienstbus na werktijd mee naar huis nemen voor de stort?",
     "privegebruik"),
    ("dilemma_gemeentelijke_voorzieningen", "ik heb het niet over declareren. mag ik de bus privé gebruiken?",
     "privegebruik"),
    # one's own clients' applications judged at work (BA-10)
    ("dilemma_nevenwerkzaamheden", "ik ben bouwplantoetser en wil bouwtekeningen maken voor particulieren", "raakt_werk"),
    ("dilemma_nevenwerkzaamheden", "mag dit eigenlijk wel, dat ik aanvragen van mijn eigen klanten toets?", "raakt_werk"),
    ("dilemma_nevenwerkzaamheden", "Mijn klanten moeten daarna wel een vergunning aanvragen bij... nou ja, bij ons.",
     "raakt_werk"),
    # printing for a business is no limited private use (BD-07, BD-17)
    ("dilemma_gemeentelijke_voorzieningen", "en die folders van zijn schildersbedrijf printen op de grote printer hier?",
     "eigen_bedrijf"),
    ("dilemma_gemeentelijke_voorzieningen", "mag ik 500 flyers voor de kapsalon van mijn vrouw printen op het werk?",
     "eigen_bedrijf"),
    ("dilemma_gemeentelijke_voorzieningen", "mag ik even een paar privé dingen printen?", "beperkt"),
    # a stolen laptop is a data leak, not the password rule; family on the work laptop (CA-17, CA-11)
    ("dilemma_vertrouwelijke_informatie", "mijn auto is opengebroken en mijn werklaptop is weg. er zat geen wachtwoord "
                                          "op de usb stick", "datalek"),
    ("dilemma_vertrouwelijke_informatie", "Mag mijn zoon op mijn werklaptop zijn huiswerk maken, met mijn account?",
     "laptop_anderen"),
    # a sick-leave file to a private Gmail, a citizen's mail in a group app, colour pages, a tool for one's garden, paper in a
    # bag (KC-18, KC-17, KC-16, KC-13, KE-09)
    ("dilemma_vertrouwelijke_informatie", "Een leidinggevende vraagt mij om het ziekteverzuimdossier van een medewerker door te "
                                          "sturen naar zijn privé gmail. Wat moet ik doen?", "prive_mail"),
    ("dilemma_vertrouwelijke_informatie", "ik heb een screenshot van een klachtmail van een burger in onze teamapp gezet omdat het "
                                          "zo'n grappige mail was", "sociale_media"),
    ("dilemma_gemeentelijke_voorzieningen", "En het printen voor mijn kleinzoon? 40 kleurenpagina's", "veel"),
    ("dilemma_gemeentelijke_voorzieningen", "mag ik de heggenschaar van de gemeente een weekendje lenen voor mijn eigen tuin?",
     "meenemen"),
    ("dilemma_gemeentelijke_voorzieningen", "mag ik de bus lenen voor mijn verhuizing?", "privegebruik"),
    ("dilemma_gemeentelijke_voorzieningen", "Ik tank hem dan zelf bij, met de tankpas van de gemeente", "tanken"),  # (KC-06)
    ("dilemma_gemeentelijke_voorzieningen", "mag ik met de tankpas privé tanken voor mijn vakantie?", "tanken"),
    ("dilemma_gemeentelijke_voorzieningen", "ik ben mijn tankpas kwijt", "privegebruik"),
    # calls abroad and data on holiday: "dat mag" (MC-12, LC-06, KC-09)
    ("dilemma_gemeentelijke_voorzieningen", "mag ik met mn werktelefoon mn moeder in marokko bellen? heb geen beltegoed meer",
     "kosten"),
    ("dilemma_gemeentelijke_voorzieningen", "en als ik op vakantie ben in spanje, mag ik dan de telefoon gebruiken voor internet?",
     "kosten"),
    ("dilemma_gemeentelijke_voorzieningen", "dus ik mag hem gewoon meenemen naar spanje en daar gebruiken? ook data voor google "
                                            "maps?", "kosten"),
    ("dilemma_gemeentelijke_voorzieningen", "mag ik met mijn werktelefoon prive bellen", "beperkt"),
    ("dilemma_gemeentelijke_voorzieningen", "mag ik mijn werklaptop meenemen op vakantie om mail te lezen?", "thuiswerken"),
    ("dilemma_gemeentelijke_voorzieningen", "ik zag dat ze printerpapier en een toner in haar tas stopte", "meenemen"),
    ("dilemma_gemeentelijke_voorzieningen", "ik ga trouwen!! mag ik de trouwkaarten op de kleurenprinter op het werk printen? "
                                            "zijn er zo'n 150. ik neem zelf papier mee", "veel"),  # (LC-09)
    ("dilemma_gemeentelijke_voorzieningen", "mag ik om 12 uur even iets printen?", "beperkt"),
    ("dilemma_gemeentelijke_voorzieningen", "Mag ik op het werk 15 kleurenkopietjes maken voor de spreekbeurt van mijn dochter?",
     "beperkt"),  # ("Zoveel printen is meer dan beperkt", MC-09)
    ("dilemma_vertrouwelijke_informatie", "Sinds het thuiswerken heb ik een laptop van de zaak. Mijn kleinzoon logeert regelmatig "
                                          "en wil daar dan spelletjes op spelen. Is dat toegestaan?", "laptop_anderen"),  # (MC-11)
    ("dilemma_vertrouwelijke_informatie", "laptop gejat uit auto", "datalek"),  # (MC-19)
    ("dilemma_vertrouwelijke_informatie", "Mijn zoon van 14 heeft zijn laptop kapot. Mag hij even mijn werklaptop gebruiken voor "
                                          "zijn huiswerk? Ik log dan wel zelf in voor hem.", "laptop_anderen"),  # (LC-10)
])
def test_the_case_named_in_words_people_use(theme, text, case):
    assert case_said(theme, text) == case


@pytest.mark.parametrize("text, leak", [
    ("hoe meld ik een datalek?", True),  # (KC-15)
    ("Mijn laptop van de gemeente is gisteravond uit mijn auto gestolen. Ik heb aangifte gedaan.", True),  # (KC-12)
    ("usb stick kwijt", True), ("laptop gejat uit auto", True), ("er is geen datalek", False), ("Dit gaat niet over een datalek.", False),  # (LD-08)
    ("ik heb per ongeluk privé geprint", False), ("ik ben mijn tankpas kwijt", False),
])
def test_a_data_leak_is_read_narrowly(text, leak):
    from bot.cases import data_leak_said
    assert data_leak_said(text) is leak


def test_money_taken_from_the_till_is_no_gift():
    from bot.cases import subject_evidenced
    told = "Een collega neemt geld uit de kassa, de mensen betalen contant voor grof afval en hij geeft geen bon."
    assert not subject_evidenced("dilemma_geschenk", told)  # it got the passage on gifts (EC-11)
    assert not subject_evidenced("dilemma_geschenk", "collega jat geld uit de koffiepot")  # (ME-15)
    assert subject_evidenced("dilemma_geschenk", "een collega kreeg een envelop met geld van een aannemer")


@pytest.mark.parametrize("told", [
    "ben boa. ondernemer op de markt stopt me 20 euro toe voor de koffie als ik zijn bestelbus laat staan op de stoep",  # (ED-09)
    "een aannemer legde net 30 euro contant op mijn bureau en zei: als je mijn bouwvergunning even bovenop de stapel legt",
])
def test_money_for_something_in_return_is_a_possible_bribe(told):
    """It got "Je mag het aannemen", or the text on cash (ED-09, ED-16)."""
    from bot.cases import bribe_said
    assert bribe_said(told)


def test_a_lost_devices_password_asked_on_keeps_the_data_leak():
    """"hij zat wel op slot met wachtwoord en volgens mij is ie versleuteld. dan hoef ik het toch niet te melden?" got the
    text on sharing passwords, twice (FE-05)."""
    asked = "hij zat wel op slot met wachtwoord en volgens mij is ie versleuteld. dan hoef ik het toch niet te melden?"
    assert case_followed_up("dilemma_vertrouwelijke_informatie", "datalek", asked) is None
    assert case_followed_up("dilemma_vertrouwelijke_informatie", "datalek", "mag ik mijn wachtwoord aan een collega geven?") \
        == "wachtwoord"


def test_a_gift_again_and_again_is_not_simply_accepted(profile_file):
    """Free ice cream and chips every working day all summer got "Een cadeau van € 5 ... Je mag het aannemen" (LA-17)."""
    text = "de ijscoman geeft ons elke werkdag de hele zomer gratis ijs en patat, ongeveer 5 euro per keer"
    assert case_said("dilemma_geschenk", text) == "herhaald"
    assert case_said("dilemma_geschenk", "ik kreeg elk jaar een kerstpakket") is None
    messages = advice("dilemma_geschenk", Facts(geval="herhaald", bedrag="5 euro"), load_profile())
    assert messages[0].startswith("Krijg je het vaker") and not any("Je mag het aannemen" in m for m in messages)
