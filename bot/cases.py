"""Which rule of a theme a case falls under, read from the words of a message.

A side job that touches one's own work (for people who apply or bid where one works) is not the
code's "actief zijn naast je werk is prima" first. Private use of the municipality's things and confidential information have several rules in the
code of conduct, each with its own answer: limited private use of e-mail, internet, telephone and
copier is allowed; the municipality's property does not go home (except what one needs to work
elsewhere, nor what it throws away); no private orders or private post; honesty with claims, working hours and sick leave;
information only for one's work; passwords kept to oneself; a data leak told at once. Asked "mag
ik de dienstauto lenen voor mijn verhuizing?", the user gets that rule's answer first, not all of
them. Only clear cues count; a case named by none gets the rules of the theme as a whole.
"""
from __future__ import annotations

import re
from typing import Optional, Pattern, Tuple

from bot.patterns import words as _words


_PRIVATE_PURPOSE = (r"vriend", r"buur", r"buren", r"\bex\b", r"familie", r"zus", r"broer", r"moeder", r"vader",
                    r"ouders", r"neef", r"nicht", r"kennis", r"nieuwsgierig", r"privé", r"mezelf", r"mijzelf",
                    r"partner", r"mijn (?:vrouw|man)\b", r"schoon", r"oom", r"tante", r"date\b", r"huisbaas",
                    r"verjaardag", r"feest", r"borrel", r"kroeg")  # "op een verjaardag verteld wie bezwaar maakte" (BC-05)
_LOOK_UP = r"(?:kijk\w*|gekeken|op\s?zoeken|op te zoeken|opzoek\w*|op te vragen|opgezocht|zoek\w* \w+ op|na\s?kijken|nagekeken|kijk\w* \w+ na|raadple\w*|inzien|ingezien|bekijken|gluren|spieken|checken)"
_BUSINESS = r"(?:\w*bedrijf\w*|zaak|zaakje|\w*salon|winkel|praktijk|webshop|\w*club|\w*vereniging|kerk|stichting)\b"
_POST = (r"(?:zet\w*|gezet|posten|post|postte|gepost|plaats\w*|geplaatst|delen|deel|gedeeld|tweet\w*|schrijf|schrijven|"
         r"reageren|reageer|reageerde|gereageerd|reactie)")
_PLATFORM = (r"(?:insta\w*|facebook|fb|linkedin|twitter|x|tiktok|snapchat|sociale media|social media|socials|story|"
             r"whatsapp-?status|status|online|internet|whatsapp\s?-?groep\w*|groepsapp\w*|app-?groep\w*|teamapp\w*|groepschat\w*)")
_TELL = (r"(?:door\s?vertellen|doorvertel\w*|vertel\w*|doorgeven|doorgegeven|geef \w+ door|verklap\w*|laten weten|delen|doorsturen|"
         r"geven|geef|gegeven)")  # ("kan ik het adres niet net zo goed aan mijn zus geven?", EE-07)

# Priority or leniency for someone one knows ("mag ik haar voorrang geven in de wachtrij?", "bon of niet?"):
# the code's "verleent geen voorkeursbehandelingen" (testers got only "meld het")
PRIORITY = _words(r"voorrang", r"voor laten gaan", r"voorkeur\w*", r"sneller (?:\w+ )?(?:behandel|doorzet|regel|afhandel|helpen)\w*",
                  r"snel (?:\w+ )?(?:doorzetten|behandelen|regelen|afhandelen)", r"oogje (?:\w+ )?dicht", r"door de vingers",
                  r"bon of niet", r"(?:geen|niet) (?:\w+ )?(?:bon|boete|proces-verbaal) (?:\w+ )?(?:geven|schrijven|uitschrijven)",
                  r"(?:bon|boete) (?:\w+ )?(?:laten (?:gaan|zitten|vallen)|verscheur\w*|seponer\w*)", r"wachtrij", r"wachtlijst",
                  r"(?:een )?uitzondering (?:maken|voor)", r"tussendoor (?:helpen|doen|laten)", r"voorrangetje",
                  r"(?:wat|iets|even|een beetje) sneller", r"bovenop de stapel", r"laten verdwijnen", r"voor(?:aan)? in de rij")

# Money or a gift offered for an act of office ("laat maar zitten, ik geef je 50 euro" at a parking ticket):
# bribery, not a gift under the limit ("Je mag het aannemen" was said twice)
_OFFERED_MONEY = _words(r"(?:geef|betaal|bood|biedt|bieden|aangeboden|toestoppen|toegestopt|stopt|stak|steekt|legt|legde|schuift|"
                        r"schoof)\b[^.?!]{0,30}(?:euro|geld|briefje|envelop)",
                        r"(?:euro|geld|briefje|envelop)[^.?!]{0,30}(?:aangeboden|toestoppen|toegestopt|in (?:mijn|m'n|mn) hand)")
_ACT_OF_OFFICE = _words(r"(?:parkeer)?bon (?:\w+ )?(?:uit)?(?:schrijven|geschreven|schreef|gaf|geven|laten)", r"schreef (?:ik |hem )?(?:een )?bon",
                        r"boete", r"bekeuring", r"proces-verbaal", r"door de vingers", r"oogje (?:\w+ )?dicht",
                        r"(?:vergunning|aanvraag|factuur|facturen|controle|inspectie|keuring) (?:\w+ ){0,4}(?:sneller|goedkeur\w*|erdoor|"
                        r"laten (?:zitten|vallen|gaan)|overslaan|vergeten)",
                        # something in return: "als ik zijn bestelbus laat staan", "als je mijn bouwvergunning even bovenop de
                        # stapel legt" got "Je mag het aannemen" (ED-09, ED-16)
                        r"als (?:ik|je|jij|u) (?:\w+ ){0,8}(?:laat staan|laten staan|laat gaan|wegkijk\w*|niks zeg|niets zeg|legt|leg|"
                        r"regelt|regel|doet|zorgt|versnelt|goedkeurt|tekent)\b", r"bovenop de stapel", r"voorrang")
_BRIBE_WORDS = _words(r"omkop\w*", r"smeergeld", r"steekpenning\w*")
# cash taken from someone met at work ("een collega nam een envelop met geld aan van de aannemer", BE-06)
_CASH_TAKEN = re.compile(r"\b(?:envelop\w*|contant\w*|cash|geld|briefjes?)\b[^.?!]{0,40}\b(?:aan ?nam|aangenomen|aanneemt|kreeg|"
                         r"gekregen|ontving|ontvangen|toegestopt|in zijn zak)\b[^.?!]{0,60}\b(?:aannemer|leverancier|ondernemer|"
                         r"bedrijf|projectontwikkelaar|makelaar|aanvrager|klant|inwoner)\w*", re.IGNORECASE)
BRIBE = "omkoping"  # the case


def bribe_said(text: str) -> bool:
    return bool(_BRIBE_WORDS.search(text or "")) or bool(_OFFERED_MONEY.search(text or "") and _ACT_OF_OFFICE.search(text or ""))


# Someone one knows named beside priority: a relation's interest whatever else the message touches
_KNOWN_PERSON = _words(r"vriend\w*", r"buur\w*", r"buren", r"kennis\w*", r"famil\w*", r"zwager", r"schoon\w+", r"neef",
                       r"nicht", r"broer", r"zus", r"vader", r"moeder", r"oom", r"tante", r"partner", r"(?:mijn|m'n|mn) (?:vrouw|man)\b")


def priority_for_someone_known(text: str) -> bool:
    return bool(PRIORITY.search(text or "") and _KNOWN_PERSON.search(text or ""))


# A gift or invitation from someone whose tender, quotation or application is running ("we zitten midden in een
# aanbesteding waar zij ook aan meedoen"): only the limit was applied, and "maakt dat uit?" got "Tot ziens!"
PENDING = _words(r"aanbesteding\w*", r"inschrijv\w*", r"(?:mee)?dingt (?:\w+ )?mee", r"(?:doen|doet) (?:\w+ ){0,3}mee aan",
                 r"mee(?:doet|doen|dingt|dingen) (?:aan|voor|naar)\b",
                 # "een aannemer waar ik vergunningen van behandel", "ik behandel nu net een aanvraag van hem"
                 r"(?:vergunning|aanvra|offerte|dossier)\w* (?:\w+ ){0,2}(?:behandel|beoordeel)\w*",
                 # (a compound or a typo too: "ik behandel een omgevingsvergunnig en de aanvrager ... cadeubon" got "Je
                 # mag het aannemen", PA-07)
                 r"(?:behandel|beoordeel)\w* (?:\w+ ){0,3}\w*(?:aanvraag|aanvragen|vergunni\w*|offerte\w*|dossier)",
                 # (also an "omgevingsvergunning", GC-03)
                 r"(?:lopende|openstaande) (?:\w+ )?\w*(?:aanvraag|aanvragen|offerte\w*|vergunning\w*|zaak|opdracht)",
                 r"\w*(?:aanvraag|offerte|vergunning)\w* (?:\w+ ){0,3}(?:loopt|lopen|ligt|liggen|in behandeling|nog open)",
                 r"(?:nog )?(?:moet|moeten) (?:\w+ ){0,3}(?:beoordelen|gunnen|beslissen)",
                 # "over de aanvraag is nog niet beslist, dat doe ik volgende week", "iemand met een aanvraag" got "Je mag
                 # het aannemen" (KA-09, KA-15)
                 r"(?:aanvraag|aanvragen|vergunning\w*|subsidie\w*|offerte\w*) (?:\w+ ){0,4}(?:nog )?niet (?:\w+ )?(?:beslist|besloten|"
                 r"behandeld|afgehandeld|beoordeeld|gegund)", r"(?:subsidie|vergunning)\w* (?:\w+ )?aan(?:vraagt|vragen|gevraagd)",
                 r"met een (?:lopende |openstaande )?\w*aanvraag\b", r"\w*aanvraag\w* (?:\w+ ){0,3}(?:ligt|liggen) (?:\w+ ){0,2}bij mij",
                 # an objection one decides on, a contract just extended, a supplier one chooses (LA-19, LA-01, LA-11)
                 r"(?:bezwaar|bezwaarschrift|zienswijze)\w* (?:\w+ ){0,5}(?:behandel|beslis|beoordeel)\w*",
                 r"(?:behandel|beslis|beoordeel)\w* (?:\w+ ){0,4}(?:bezwaar\w*|zienswijze)",
                 r"contract (?:\w+ ){0,4}(?:verlengd|verlengen|gegund|gunnen|getekend|afgesloten|gesloten)", r"(?:verlenging|gunning) van (?:het|hun|zijn|haar) contract",
                 r"(?:kies|kiezen|selecteer\w*|bepaal|bepalen) (?:\w+ ){0,3}(?:welke |de |een )?(?:leverancier|aannemer|partij|bureau)",
                 # a candidate whose application runs ("bonbons van een sollicitant ... die procedure loopt nog" got "Je mag het
                 # houden", NA-10)
                 r"sollicitant\w*", r"kandida(?:at|ten) (?:\w+ ){0,6}(?:gesprek|sollicit\w*|procedure|functie|vacature)",
                 # a permit the user issues to the giver ("Ik zit bij evenementen en vergun dus ook de festivals", "ze vragen bij
                 # mij de vergunning aan" got "noemt de code geen bedrag" and a yes if the manager agrees, QA-12)
                 r"vergun(?:t|de|den)?\b", r"vragen (?:\w+ ){0,3}(?:de |een |hun )?\w*(?:vergunni|subsidie)\w* aan\b",
                 r"\w*(?:sollicitatie|selectie|wervings?)\w* (?:\w+ ){0,3}(?:loopt|lopen|nog)")
PENDING_CASE = "lopende_zaak"
FEE_CASE = "vergoeding"
FEE = _words(r"\w*vergoeding", r"honorari\w*", r"gage\b", r"(?:betalen|betaald|bieden|geven|krijg\w*) (?:\w+ ){0,3}\d+ euro",
             r"\d+ euro (?:\w+ ){0,3}(?:voor|om) (?:\w+ ){0,3}(?:presentatie|lezing|spreken|praatje|workshop|dagvoorzitter)",
             r"betaalde (?:klus|spreekbeurt|lezing|presentatie|opdracht)")

# what one may not look into of an employee on one's own (the case medewerker_nagaan)
_WATCHED = (r"(?:inlog\w*|ingelogd|logbestand\w*|logging|ip-?adres\w*|locatie\w*|gps|mailbox|(?:zijn|haar) (?:e-?)?mail\w*|"
            r"browsergeschiedenis|internetgebruik|camerabeelden|personeelsdossier\w*|p-dossier)")
_LOOKED_INTO = r"(?:opvragen|opvraag|bekijken|inkijken|kijken|inzien|nakijken|controleren|checken|uitlezen|natrekken|volgen|meekijken)"
# knowledge from work not yet public (the case voorkennis)
_ABROAD = (r"(?:buitenland\w*|marokko|turkije|suriname|australi\w*|amerika|spanje|frankrijk|itali\w*|polen|indonesi\w*|"
           r"vakantie)\b")
_MANY = r"(?:[3-9]\d|\d{3,})"  # pages or copies that are more than limited use ("15 kleurenkopietjes" are not, MC-09)
_HOUSEHOLD = r"(?:\w*zoon|\w*dochter|kind\w*|kleinkind\w*|partner|vrouw|gezin\w*|vriend\w*|huisgeno\w*)"  # (kleinzoon, MC-11)  # others at home ("man" only before a laptop)


def _own(*patterns: str) -> Pattern:
    """Like `_words`, in a message that speaks of one's own doing ("ik", "mijn") and names no one else who does it."""
    return re.compile(r"^(?=.*\b(?:ik|mijn|mn|m'n|me|mij)\b)(?!.*\b(?:hij|zij|mijn (?:collega|teamleider|leidinggevende|baas|"
                      r"chef|manager))\b)(?=.*\b(?:" + "|".join(patterns) + "))", re.IGNORECASE | re.DOTALL)


_NOT_YET_PUBLIC = (r"(?:bestemmings\w*|niet openbaar\w*|nog geheim|vertrouwelijk\w*|nog niet (?:bekend|openbaar|gepubliceerd)|"
                   r"(?:via|door|uit) (?:mijn|m'n|mn|het) werk (?:al )?(?:weet|wist|hoor|hoorde|gehoord)|"
                   r"(?:weet|wist|hoor|hoorde) (?:ik )?(?:\w+ )?(?:via|door|uit) (?:mijn|m'n|mn|het) werk|"
                   r"voordat (?:\w+ ){0,3}(?:bewoners|inwoners|het publiek|iedereen|anderen|de markt))")


EMPLOYER_SCHEME, REPEATED_CASE, COLLEAGUES_GIFT = "werkgever", "herhaald", "collegas"

# The first that matches wins: the more specific case comes first.
CASES: Tuple[Tuple[str, str, Pattern], ...] = (
    ("dilemma_belangenverstrengeling", "voorrang", PRIORITY),
    # money from the host ("Ze bieden 500 euro spreekvergoeding" got "voor uitnodigingen noemt de code geen bedrag", OB-12)
    ("dilemma_uitnodiging", FEE_CASE, FEE),
    # the municipality's own scheme for its staff is no gift from another ("het is het fietsplan van de gemeente zelf, voor
    # alle medewerkers" got "Korting op privéspullen ... neem je nooit aan", then the side-job text, FC-13)
    ("dilemma_geschenk", EMPLOYER_SCHEME, _words(
        # (not a firm named so: "Fietsplan Gooi biedt me 25% korting" got "the code says nothing" of its scheme, JA-17)
        r"(?:het|ons|een|via|uit|met) (?:\w+ )?fietsplan\b(?! (?-i:[A-Z]))", r"fietsregeling", r"personeelsregeling\w*", r"(?:van|via|door) de gemeente zelf", r"(?:van|via) (?:mijn|onze|de) werkgever\b",
        r"werkgever zelf", r"personeelsvereniging", r"cafetariaregeling", r"(?:kerstpakket|kerstgeschenk|bon) van de gemeente\b")),
    # a gift from one's own colleagues ("Mijn collega's hebben gezamenlijk gespaard voor een cadeaubon van 150 euro" at one's
    # farewell got "neem je het niet aan", QA-15): no gift from one who wants something of the municipality
    ("dilemma_geschenk", COLLEAGUES_GIFT, _words(
        r"(?:van|door) (?:mijn |m'n |mn |onze |de )?(?:eigen )?(?:collega's|collegas|team|afdeling|teamgenoten)\b",
        r"(?:mijn|m'n|mn|onze|de) (?:eigen )?(?:collega's|collegas|teamgenoten) (?:\w+ ){0,4}(?:gespaard|gegeven|verrast|"
        r"aangeboden|geregeld)", r"(?:afscheids|pensioen|jubileum)\w*(?:cadeau|kado)\w*")),
    # the same again and again ("elke werkdag de hele zomer gratis ijs en patat" got "Een cadeau van € 5 ... Je mag het
    # aannemen", twice, LA-17)
    ("dilemma_geschenk", REPEATED_CASE, _words(
        r"(?:elke|iedere) (?:werk)?(?:dag|week|maand|keer (?:als|dat|wanneer))", r"dagelijks", r"wekelijks", r"maandelijks",
        r"(?:de )?hele (?:zomer|winter|lente|herfst|maand)", r"\d+ keer (?:per|in de|per) (?:maand|week)", r"jarenlang",
        r"al jaren", r"steeds weer", r"telkens (?:weer|als)", r"elke keer weer")),
    # a seat in the municipality's own council: the Gemeentewet, not the code ("kandidaat voor de gemeenteraad" got "Actief
    # zijn naast je werk is prima", FD-06)
    ("dilemma_nevenwerkzaamheden", "gemeenteraad", _words(
        r"gemeenteraad\w*", r"raadslid", r"raadsleden", r"kieslijst", r"verkiesbaar", r"kandidaat\w* (?:\w+ ){0,3}raad\b")),
    # a nationality is no side job (a second nationality was offered a side-job notice, twice, FD-06)
    ("dilemma_nevenwerkzaamheden", "nationaliteit", _words(r"nationaliteit\w*", r"paspoort\w*")),
    # a side job that touches one's own work: for those who apply, bid or are judged where one works
    ("dilemma_nevenwerkzaamheden", "raakt_werk", _words(
        r"zelfde (?:werk|vak|gebied|team|afdeling|klanten|soort werk)", r"raakt (?:aan )?(?:mijn|m'n) (?:eigen )?werk",
        r"(?:aanvra\w*|vergunning\w*|subsidie\w*|opdracht\w*|bezwa\w*|offerte\w*|bouwtekening\w*|plannen) (?:\w+ ){0,7}"
        r"(?:bij|aan|van|naar|indien\w*) (?:ons|onze|de gemeente|mijn (?:team|afdeling)|ons team|onze afdeling)\b",
        r"bij (?:de gemeente|ons|mijn team|mijn afdeling) (?:\w+ )?(?:indien\w*|aanvra\w*)",
        r"(?:bij|op) (?:mijn|m'n|mn|onze) (?:eigen )?(?:afdeling|team|bureau) (?:\w+ ){0,2}binnen",  # (AJ-07)
        # "die tekeningen gaan dan ... naar mijn eigen afdeling", "wij controleren die disco soms" (EA-03, EA-15)
        r"(?:gaan|komen|gaat|komt) (?:\w+ ){0,6}(?:naar|bij|op) (?:mijn|m'n|mn|onze) (?:eigen )?(?:afdeling|team|bureau)\b",
        r"(?:wij|we|mijn team|mijn afdeling|mijn collega'?s|ik) (?:\w+ )?(?:controleren|controleert|controleer|handhaven|handhaaft|"
        r"inspecteren|inspecteert|toetsen|toetst|beboeten|beboet) (?:\w+ ){0,2}(?:die|dat|deze|de|het|daar|hun|zijn|haar)\b",
        r"(?:klant|opdrachtgever|leverancier|aannemer)\w* van (?:de gemeente|ons|mijn afdeling)", r"subsidie van de gemeente",
        # shares in a firm in a tender of one's own municipality, judged by one's team (GA-05 got the side-job text twice)
        r"(?:doet|doen|dingt|dingen) (?:\w+ ){0,3}mee (?:aan|in|met) (?:een |de )?aanbesteding\w* (?:\w+ ){0,2}(?:bij|van) (?:ons|de gemeente|onze)",
        r"(?:team|commissie) (?:\w+ ){0,2}(?:dat|die) (?:\w+ ){0,2}(?:inschrijvingen|offertes|aanvragen) (?:\w+ )?beoordeel\w*",
        r"(?:krijgt|ontvangt|vraagt) (?:\w+ ){0,3}subsidie", r"met de gemeente (?:zaken doet|werkt|samenwerkt)",
        r"(?:dat|die|wat) ik (?:zelf |op mijn werk |hier )?(?:behandel|beoordeel|controleer|taxeer|goedkeur|verleen|toets)",
        # one's own clients' applications judged at work ("mag ik aanvragen van mijn eigen klanten toetsen?" got
        # "Actief zijn naast je werk is prima", BA-10)
        r"(?:toets|behandel|beoordeel|controleer)\w* (?:\w+ ){0,4}(?:van )?(?:mijn|m'n|mn) (?:eigen )?(?:klant|opdrachtgever)\w*",
        r"(?:aanvra\w*|vergunning\w*) (?:\w+ ){0,2}van (?:mijn|m'n|mn) (?:eigen )?(?:klant|opdrachtgever)\w*",
        r"vergunning\w* (?:\w+ )?(?:aanvragen|aanvraag) bij\W+(?:\w+\W+){0,3}(?:bij )?(?:ons|de gemeente)\b",
        # building control by day, building drawings on the side ("inspecteur bij Bouw- en Woningtoezicht ... maak ik
        # bouwtekeningen voor particulieren" got "Actief zijn naast je werk is prima", AA-08)
        r"(?:bouw- en woningtoezicht|bouwtoezicht|woningtoezicht|vergunningverlen\w*|omgevingsvergunning\w*|omgevingsrecht"
        r"|bouwplantoets\w*|bouwplanbeoordel\w*)"
        r"\b[^?]{0,250}"
        r"\b(?:bouwtekening\w*|tekenwerk|verbouwingsplan\w*)")),
    # others on one's work laptop or account ("mijn zoon maakt zijn huiswerk op mijn werklaptop, met mijn account" got
    # "privégebruik ... mag, als het beperkt blijft", CA-11, BC-06)
    ("dilemma_vertrouwelijke_informatie", "laptop_anderen", re.compile(
        rf"\b(?:{_HOUSEHOLD}|man)\b[^.?!]{{0,80}}\b(?:werk\s?laptop|laptop van (?:het |mijn )?werk|werk\s?telefoon|"
        r"(?:mijn|mn|m'n) (?:account|wachtwoord|inlog\w*|login))"
        rf"|\b(?:werk\s?laptop|laptop van (?:het |mijn )?werk)\b[^.?!]{{0,80}}\b{_HOUSEHOLD}\b"
        # (asked on after the laptop taken on holiday: "mn vriendin wil er s avonds ook netflix op kijken" got "dat mag", JC-05)
        rf"|\b{_HOUSEHOLD}\b[^.?!]{{0,60}}\b(?:er|daar)\b[^.?!]{{0,30}}\bop (?:kijken|werken|spelen|gamen|inloggen)\b"
        # (asked in the next sentence: "Mijn zoon van 14 heeft zijn laptop kapot. Mag hij even mijn werklaptop gebruiken", LC-10)
        rf"|\b{_HOUSEHOLD}\b[^?!]{{0,80}}\b(?:mag|kan|mocht|wil) (?:hij|zij|ze|die)\b[^?!]{{0,30}}\b(?:werk\s?laptop|"
        r"laptop van (?:het |mijn )?werk|werk\s?telefoon)",
        re.IGNORECASE)),
    # an employee's logins, location or mail looked into ("Mag ik via ICT opvragen wanneer hij ingelogd is en vanaf welk
    # IP-adres/locatie?" got the rules and the data-leak question, DE-15)
    ("dilemma_vertrouwelijke_informatie", "medewerker_nagaan", re.compile(
        rf"\b{_WATCHED}\b.{{0,120}}\b{_LOOKED_INTO}|\b{_LOOKED_INTO}\b.{{0,120}}\b{_WATCHED}"
        # "Mag ik die gegevens van de toegangspas eigenlijk wel gebruiken in dat gesprek?" (EC-08)
        r"|\b(?:toegangspas\w*|pasregistratie|pasjes?gegevens|camerabeelden)\b.{0,80}\bgebruik", re.IGNORECASE | re.DOTALL)),
    # what one sees at work, put online ("mag ik daar een berichtje over op insta zetten? zonder naam" got, asked on,
    # "Kort gezegd: dat mag, als het beperkt blijft", BC-12); before the press (a reaction on Facebook to the newspaper's
    # article got "dat mag", FE-08)
    # one's own opinion on the municipality's policy online ("mag ik op mijn eigen insta zetten dat ik het parkeerbeleid van de
    # wethouder bagger vind?" got the side-job register, IE-13): not information from work
    ("dilemma_vertrouwelijke_informatie", "mening_online", re.compile(
        rf"^(?=.*\b(?:{_PLATFORM}|{_POST}|account|profiel)\b)(?=.*\b(?:mening|kritiek|kritisch\w*|bagger|slecht|onzin|belachelijk|"
        # (also praise: "mag ik op linkedin posten dat ik trots ben op ons nieuwe afvalbeleid?" got "wat je in je werk ziet of
        # hoort, zet je niet online", OC-17)
        r"trots|blij met|positief|goed vind|"
        r"niet eens met|oneens|boos over|klagen|afkraken|afgekraakt)\b)"
        r"(?=.*\b(?:\w*beleid\w*|wethouder\w*|burgemeester|college|raad|gemeenteraad|besluit\w*|plan\w*)\b)",
        re.IGNORECASE | re.DOTALL)),
    ("dilemma_vertrouwelijke_informatie", "sociale_media", re.compile(
        rf"\b{_POST}\b.{{0,60}}\b(?:op|naar|in) (?:mijn |m'n |mn |de |een |onze |ons |het )?(?:eigen |prive |privé )?{_PLATFORM}"
        rf"|\b(?:op|naar|in) (?:mijn |m'n |mn |de |een |onze |ons |het )?(?:eigen |prive |privé )?{_PLATFORM}\b"
        rf".{{0,40}}\b{_POST}\b"
        # what is not yet public, in a post ("de conceptkaart ... nog niet openbaar. Mag ik die info gebruiken in mijn
        # bericht?" got "Kort gezegd: dat mag", EE-06)
        rf"|\b{_NOT_YET_PUBLIC}\b.{{0,150}}\b(?:{_PLATFORM}|bericht|post|berichtje)\b", re.IGNORECASE | re.DOTALL)),
    ("dilemma_vertrouwelijke_informatie", "pers", _words(r"journalist\w*", r"pers\b", r"persvoorlichter", r"krant\w*",
                                                         r"verslaggever\w*", r"omroep", r"redactie")),
    # someone's health passed on ("mag ik de diagnose van een zieke collega aan zijn leidinggevende geven?" had no answer,
    # EE-13)
    # a manager asking a sick employee what he has ("mag ik als leidinggevende vragen naar zijn diagnose?" got the rules and
    # the data-leak question, then private use, FB-11)
    ("dilemma_vertrouwelijke_informatie", "diagnose_vragen", re.compile(
        r"\b(?:vragen|vraag|vroeg|navragen|informeren|doorvragen)\b.{0,60}\b(?:diagnose|ziekte\b|\w*klachten|aandoening|"
        r"wat (?:hij|zij|ze) (?:precies |nou |nu )?(?:heeft|mankeert))", re.IGNORECASE | re.DOTALL)),
    ("dilemma_vertrouwelijke_informatie", "medisch", re.compile(
        rf"\b(?:diagnose|medisch\w*|ziektebeeld|aandoening|gezondheid\w*|behandeling)\b.{{0,120}}\b{_TELL}\b"
        rf"|\b{_TELL}\b.{{0,120}}\b(?:diagnose|medisch\w*|ziektebeeld|aandoening|gezondheid\w*)\b", re.IGNORECASE | re.DOTALL)),
    # knowledge from work not yet public, used to buy or invest ("ik weet dat er een bestemmingswijziging komt ... mag
    # ik dat huisje kopen?" got the data-leak text twice, then the copier's, BC-11)
    # (also "Ik weet via mijn werk al wat de prijs per m2 wordt voordat de bewoners de brief krijgen", DB-06)
    ("dilemma_vertrouwelijke_informatie", "voorkennis", re.compile(
        rf"\bvoorkennis|\b{_NOT_YET_PUBLIC}\b.{{0,200}}\b(?:kopen|koop|kocht|aankopen|investeren|beleggen|aandelen)\b"
        rf"|\b(?:kopen|koop|aankopen|investeren)\b.{{0,200}}\b{_NOT_YET_PUBLIC}"
        # land that will become building land, known from work ("de boer biedt ons een strook aan, mijn vrouw wil nu tekenen"
        # got the rules on information and on side jobs, IE-19)
        r"|^(?=.*\b(?:wordt (?:\w+ )?bouwgrond|bouwgrond wordt))(?=.*\b(?:kopen|koop|gekocht|aangeboden|biedt|tekenen|verkopen)\b)",
        re.IGNORECASE | re.DOTALL)),
    ("dilemma_vertrouwelijke_informatie", "datalek", _words(
        r"(?<!geen )datalek", r"verkeerd\w* (?:\w+ )?(?:persoon|ontvanger|adres|mailadres|e-mailadres|bijlage|klant|inwoner)",
        # "een mail met een beschikking ... naar de verkeerde Jansen gestuurd. Autocomplete" got the rules only (GE-05)
        r"(?:mail|e-mail|brief|beschikking|bestand|bijlage|excel|document)\w* (?:[\w-]+ ){0,8}naar (?:de |een )?verkeerde\b",
        r"autocomplete", r"verkeerd (?:gestuurd|gemaild|verstuurd|geadresseerd)",
        r"extern\w* (?:e-?mail)?adres", r"per ongeluk", r"(?<!wachtwoord )(?<!inlogcode )kwijt", r"verloren", r"gestolen",
        r"laten liggen", r"liggen gelaten", r"vergeten uit te loggen", r"opengebroken", r"ingebroken", r"diefstal",
        r"gejat", r"gepikt", r"ontvreemd",  # ("laptop gejat uit auto" got the rules only, MC-19)
        r"(?:laptop|telefoon|usb|stick|tas|map)\w* (?:\w+ ){0,2}(?:is |zijn |was )?weg\b",  # "mijn werklaptop is weg" (CA-17)
        r"(?:usb|stick|map|dossier|papieren|documenten|laptop)\w* (?:\w+ ){0,4}gevonden",
        r"(?:vond|gevonden)\b (?:\w+ ){0,3}(?:usb|stick|map|dossier|papieren|documenten)")),
    # work files with personal data to one's private mail or cloud ("mag ik een exel met burgergegvens naar mn prive gmail sturen
    # ... vpn doet t niet" got the general rules and no answer, twice, IC-09)
    ("dilemma_vertrouwelijke_informatie", "prive_mail", re.compile(
        r"^(?=.*\b(?:gmail|hotmail|yahoo|outlook\.com|priv[eé]\s?-?(?:mail\w*|adres|account)|eigen (?:e-?)?mail\w*|thuismail|"
        r"dropbox|wetransfer|google drive|icloud|onedrive van (?:mij|mezelf)))"
        r"(?=.*\b(?:exc?el\w*|bestand\w*|\w*geg\w*ns\b|bsn\w*|\w*dossier\w*|lijst\w*|spreadsheet\w*|documenten|stukken|"
        r"bijlage\w*|rapport\w*|werk(?:bestand|document|stuk)\w*))(?=.*\b(?:stuur\w*|sturen|versturen|gestuurd|mail|mailen|"
        r"gemaild|doorsturen|doorgestuurd|zetten|"
        r"opslaan|uploaden|zet)\b)", re.IGNORECASE | re.DOTALL)),
    # one's login given away on a fake site ("mag ik stiekem mijn wachtwoord veranderen?" got "Kort gezegd: dat mag niet", HC-15)
    ("dilemma_vertrouwelijke_informatie", "phishing", _words(
        r"phishing", r"nep\s?-?(?:mail|site|link|website|pagina)\w*", r"valse (?:mail|site|link|website)",
        r"(?:inloggegevens|wachtwoord|inlogcode) (?:\w+ ){0,4}(?:ingevuld|ingetypt|ingevoerd|gegeven) (?:\w+ ){0,4}(?:site|link|pagina|mail)",
        r"op (?:een |die |de )?(?:\w+ )?link (?:\w+ ){0,2}geklikt")),
    ("dilemma_vertrouwelijke_informatie", "wachtwoord", _words(
        r"wachtwoord", r"inlogcode", r"inloggegevens", r"inloggen (?:met|op) (?:zijn|haar|jouw|mijn) ", r"pasje")),
    ("dilemma_vertrouwelijke_informatie", "eigen_gebruik", re.compile(
        rf"\b(?:{_LOOK_UP}|{_TELL})\b.*\b(?:{'|'.join(_PRIVATE_PURPOSE)})"
        rf"|\b(?:{'|'.join(_PRIVATE_PURPOSE)}).*\b(?:{_LOOK_UP}|{_TELL})\b", re.IGNORECASE | re.DOTALL)),
    # sick leave: the code asks honesty with its rules, and says nothing of what one may do while ill
    # (one's own sickness: "mijn moeder is ziek" got the rules for sick leave, twice, EE-14)
    ("dilemma_gemeentelijke_voorzieningen", "ziek", _words(
        r"ik (?:ben|was|word|werd|meld|voel) (?:me |mij |mezelf )?(?:\w+ )?ziek", r"ziek\s?(?:gemeld|melding|verlof|thuis)",
        r"(?:me|mij|mezelf) ziek", r"verzuim", r"tijdens (?:mijn )?ziekte", r"als ik ziek", r"terwijl ik ziek", r"ziekteverlof")),
    # a false claim asked to be made ("een etentje met mn vrouw als zakenlunch met een leverancier opvoeren, zodat de
    # controller het niet ziet" got the rules for an invitation and a notice offered for it, ID-16)
    # (one's own: "mijn teamleider declareert privé taxiritten" got "daar help ik niet bij ... betaal het terug", JC-14)
    ("dilemma_gemeentelijke_voorzieningen", "valse_declaratie", _own(
        r"(?:als|alsof)\b[^.?!]{0,25}\b(?:zakelijk\w*|zakenlunch|zakendiner|werklunch|werkdiner|dienstreis|werkoverleg)\b[^.?!]{0,30}"
        r"\b(?:declar\w*|opvoeren|opgeven|indienen|boeken|schrijven)",
        r"(?:declar\w*|opvoeren|opgeven|indienen)\b[^.?!]{0,30}\b(?:als|alsof)\b[^.?!]{0,25}\b(?:zakelijk\w*|zakenlunch|zakendiner|"
        r"werklunch|werkdiner|dienstreis)", r"zodat (?:de )?(?:controller|controle|niemand|ze|hr|mijn baas|de administratie) "
        r"(?:\w+ )?(?:het )?niet (?:ziet|merkt|doorheeft|opvalt)", r"declaratie\w* (?:\w+ )?(?:op te leuken|opleuken|oppimpen|"
        r"aandikken|aan te dikken|ophogen|op te hogen|opkrikken|opblazen)", r"(?:nep|valse|vervalste?) ?(?:bon|bonnetje|factuur|"
        r"declaratie)\w*", r"bon\w* (?:\w+ )?(?:aanpassen|vervalsen|veranderen)")),
    # hours and claims first: "als ik thuiswerk schrijf ik 8 uur maar ..." is about hours, not the laptop
    ("dilemma_gemeentelijke_voorzieningen", "regeling", _words(
        # hours worked, not a time of day or a deadline ("ik moet om 5 uur naar de fiets", "te laat met die 72 uur", FE-03,
        # FE-11)
        r"declar", r"declareer", r"reiskosten", r"kilometer", r"onkosten", r"uren\b", r"urenbriefje",
        r"(?<!om )(?<!rond )(?<!tegen )(?<!binnen )(?<!die )(?<!de )(?<!na )(?<!voor )(?!72 |48 |24 )\d+ uur\b",
        # "na werktijd de dienstbus mee naar huis" is no question of hours (BC-14)
        r"(?<!na )(?<!buiten )(?<!onder )werktijd", r"inklok", r"uitklok", r"klokken", r"prikklok")),
    # things the municipality throws away: still its property until then ("mag ik een oude monitor
    # meenemen voor mijn thuiswerkplek? ze gaan anders naar de container" is not working at home)
    ("dilemma_gemeentelijke_voorzieningen", "afgeschreven", _words(
        r"afgeschreven", r"afgedankt", r"container", r"weggegooid", r"weg(?:ge)?gooid", r"weggooien", r"oud ijzer",
        r"(?:die|ze) (?:\w+ )?(?:weg gaan|weggaan|worden weggedaan|weg moeten)", r"weggedaan", r"opruiming",
        r"(?:over ?nemen|overgenomen|opkopen)")),
    # what one needs to work at home, taken home for it
    ("dilemma_gemeentelijke_voorzieningen", "thuiswerken", re.compile(
        # ("ik werk 3 dagen thuis" got "Kort gezegd: dat mag niet" for a monitor, IE-05)
        r"^(?=.*\b(?:thuis\s?werk|thuis (?:te )?werken|thuis aan het werk|plaatsonafhankelijk|op afstand werk|"
        r"werk (?:\w+ ){0,3}thuis\b))"
        r"(?=.*\b(?:laptop|\w*scherm|monitor|\w*stoel|toetsenbord|spullen|materia|dossier|mee\b|meenemen|nodig))"
        # the work laptop or phone taken along, not for oneself ("werklaptop meenemen op vakantie om mail te lezen" got
        # "Kort gezegd: dat mag niet ... zoals je laptop, mag mee", AC-11)
        r"|^(?=.*\b(?:werk\s?laptop|laptop|werktelefoon|diensttelefoon))(?=.*\b(?:mee\b|meenemen|mee te nemen))"
        r"(?!.*\b(?:privé|prive|zoon|dochter|kind|kinderen|houden|lenen|spelletjes)\b)", re.IGNORECASE | re.DOTALL)),
    ("dilemma_gemeentelijke_voorzieningen", "post", _words(
        r"privépost", r"prive post", r"postzegel", r"(?:on)?(?:ge)?franke\w*", r"postkamer", r"pakket\w* (?:versturen|verzenden|opsturen)",
        r"bestel\w* (?:via|op kosten van|op rekening van|bij de leverancier van) (?:de|het|onze) (?:gemeente|werk|zaak|inkoop)",
        # private parcels delivered at work ("dat mag, als het beperkt blijft", HE-11)
        r"(?:laten )?(?:bezorg|lever)\w* (?:\w+ ){0,3}(?:op|naar|bij) (?:het |mijn |de )?(?:werk|kantoor|gemeentehuis|balie|receptie)",
        r"(?:op|naar) (?:het |mijn |de )?(?:werk|kantoor|gemeentehuis) (?:laten )?(?:bezorgen|sturen|leveren)", r"bezorgadres")),
    # the municipality's things for one's own business or side job: more than limited private use
    ("dilemma_gemeentelijke_voorzieningen", "eigen_bedrijf", _words(
        r"(?:mijn|m'n|mn|eigen) (?:\w+ )?(?:\w*(?:bedrijf|webshop|winkel|praktijk)\w*|onderneming|eenmanszaak|zaakje)",
        r"ik verkoop", r"(?:mijn|m'n|mn) (?:\w+ )?klanten", r"bestellingen (?:\w+ ){0,3}(?:bijhouden|verwerken|inpakken)",
        r"voor (?:mijn|m'n|mn) (?:nevenwerk\w*|bijbaan\w*|klanten|opdrachtgever\w*|zzp\w*)", r"zzp", r"freelance",
        # printing for a business, someone else's too ("folders van zijn schildersbedrijf printen" got "dat mag", BD-07)
        rf"(?:print|kopie|kopieer|drukwerk|folder|flyer|visitekaart)\w*\b[^?.!]{{0,80}}\b{_BUSINESS}",
        rf"{_BUSINESS}[^?.!]{{0,60}}\b(?:print|kopie|kopieer|drukwerk)\w*", r"\d{3,} (?:flyers|folders|kopie\w*|prints|afdrukken)")),
    # much printed for oneself ("mijn scriptie, 180 paginas, in kleur" got "Kort gezegd: dat mag", EE-09)
    ("dilemma_gemeentelijke_voorzieningen", "veel", _words(
        rf"{_MANY} (?:kleuren)?(?:pagina\w*|bladzijde\w*|vellen|kopie\w*|prints|afdrukken)", r"scriptie", r"proefschrift", r"thesis",
        r"honderd\w* (?:pagina\w*|kopie\w*|afdrukken|prints)", r"(?:hele|heel) (?:boek|map|stapel)",
        r"in kleur (?:\w+ ){0,3}(?:printen|afdrukken)",
        # ("printen? Ongeveer 150 stuks, in kleur." got "Kort gezegd: dat mag, als het beperkt blijft", IE-17)
        rf"(?:print|afdruk|kopie|kopieer)\w*\b[^!]{{0,60}}\b(?:{_MANY} stuks|in kleur)\b",
        rf"{_MANY} (?:uitnodiging\w*|nieuwsbrie\w*|brieven|exemplaren)",
        # ("trouwkaarten op de kleurenprinter ... zijn er zo'n 150" got the rule on taking things home, LC-09)
        rf"(?:print|afdruk|kopie|kopieer)\w*\b[^!]{{0,40}}\b(?:zo'?n |ongeveer |wel |een stuk of )?{_MANY}\b(?! ?(?:uur|euro|min|cent|procent|%|"
        r"jaar|dagen|weken|maanden))",
        rf"{_MANY} (?:\w+ )?(?:\w*kaart\w*|flyers|folders|posters)")),
    # the work phone for calls abroad or as one's data on holiday ("mag ik met mn werktelefoon mn moeder in marokko bellen?
    # ... elke zondag een uurtje", "ook naar mijn dochter in australie?", internet on holiday in Spain got "dat mag", or "dat
    # mag" and then "dat mag niet", MC-12, LC-06, KC-09)
    ("dilemma_gemeentelijke_voorzieningen", "kosten", _words(
        rf"(?:bel\w*|gebeld|internet\w*|data\w*|roaming)\b[^?!]{{0,60}}\b{_ABROAD}",
        rf"{_ABROAD}[^!]{{0,60}}\b(?:bel\w*|gebeld|internet\w*|data\w*|roaming)\b", r"roaming", r"databundel",
        r"(?:elke|iedere) \w+ (?:een )?uur(?:tje)? (?:\w+ )?(?:bellen|aan de telefoon)")),
    # a tool borrowed for one's own garden or home is property taken home ("mag ik de heggenschaar een weekendje lenen voor
    # mijn eigen tuin?" got that the code names no tools first, KC-13)
    ("dilemma_gemeentelijke_voorzieningen", "meenemen", _words(
        r"(?:lenen|leen|geleend)\b[^.?!]{0,60}\b(?:(?:eigen|mijn|m'n|mn) (?:tuin|huis|schuur|zolder)|thuis)\b")),
    # a private trip fuelled on the municipality's fuel card ("ik tank hem dan zelf bij, met de tankpas van de gemeente" got
    # that the code names no vehicles, KC-06)
    ("dilemma_gemeentelijke_voorzieningen", "tanken", re.compile(
        r"^(?=.*\b(?:tankpas\w*|tankkaart\w*|brandstofpas\w*|(?:tank|tanken|getankt)\b[^.?!]{0,40}\bop (?:kosten van )?de (?:zaak|gemeente)))"
        r"(?=.*\b(?:privé|prive|eigen auto|voor mezelf|vakantie|weekend|zaterdag|zondag|ophalen|verhuiz\w*|bankstel|"
        r"(?:bij|voor) (?:mijn|m'n|mn) \w+|tank\w* (?:\w+ ){0,3}bij)\b)",
        re.IGNORECASE | re.DOTALL)),
    # a vehicle or tool used for oneself: the code names no rule of its own for it
    ("dilemma_gemeentelijke_voorzieningen", "privegebruik", _words(
        r"lenen", r"leen\b", r"geleend", r"dienstauto", r"dienstbus", r"dienstfiets", r"bus\b", r"busje", r"bedrijfsauto",
        r"aanhanger", r"tankpas", r"gereedschap", r"(?:voor|bij) (?:mijn|m'n|mn|de) verhuizing", r"verhuizen", r"klussen",
        r"klusje", r"bouwmarkt")),
    ("dilemma_gemeentelijke_voorzieningen", "meenemen", _words(
        r"mee naar huis", r"meenemen", r"mee te nemen", r"mee nemen", r"neem\w* \w+ (?:\w+ )?mee\b", r"meegenomen",
        r"in (?:haar|zijn|mijn|m'n|mn|d'r|z'n) (?:tas|rugzak|jas|auto)\b", r"naar huis (?:\w+ )?(?:neemt|nemen|nam|genomen)",
        r"materiaal", r"materialen")),
    # the work phone or laptop changed: an own SIM card, apps installed ("mag ik een paar weken mn prive simkaart erin stoppen
    # en whatsapp erop zetten?" got "Kort gezegd: dat mag", FC-07)
    ("dilemma_gemeentelijke_voorzieningen", "ict", _words(
        r"sim\s?-?kaart\w*", r"\bsim\b", r"(?:installeer|installeren|geïnstalleerd|download\w*)\b",
        r"(?:zet|zetten) (?:\w+ ){0,2}(?:erop|op (?:mijn|m'n|mn|de|het) (?:werk)?(?:laptop|telefoon|computer|pc))\b",
        r"(?:app|apps|software|programma\w*) (?:\w+ )?(?:installeren|erop zetten|downloaden)", r"jailbreak", r"rooten")),
    ("dilemma_gemeentelijke_voorzieningen", "beperkt", _words(
        r"privé\s?mail", r"prive\s?mail", r"mail\w*", r"internet", r"printen", r"print\w*", r"(?:kleuren)?kopie\w*", r"kopieer\w*",
        r"telefoon", r"bellen", r"whatsapp", r"wifi", r"social media", r"facebook", r"instagram", r"online",
        r"webshop", r"bankzaken", r"boodschappen")),
)


# A data leak in so many words, or a device with information lost or stolen ("hoe meld ik een datalek?" was out of scope;
# "Mijn laptop van de gemeente is gisteravond uit mijn auto gestolen" got the rules for private use, KC-15, KC-12):
# narrower than the case's words ("per ongeluk", "kwijt"), which other themes use too
_DEVICE = r"(?:\w*laptop|telefoon|werktelefoon|usb\w*|stick|geheugenstick|tablet|ipad|dossier\w*|map|tas|rugzak|papieren|documenten)"
DATA_LEAK = _words(r"(?<!geen )datalek\w*", rf"{_DEVICE}\b[^.?!]{{0,60}}\b(?:gestolen|gejat|gepikt|kwijt\w*|verloren|zoek(?:geraakt)?|weg\b|"
                   r"laten liggen|liggen gelaten|vergeten)", rf"(?:gestolen|kwijtgeraakt|verloren)\b[^.?!]{{0,30}}\b{_DEVICE}\b")


def data_leak_said(text: str) -> bool:
    return bool(DATA_LEAK.search(_DENIED.sub(" ", text or "")))


# A colleague's conduct told without the user in it ("Een collega schrijft meer uren dan hij werkt"):
# no answer addressed to the user ("schrijf alleen de uren op die je echt hebt gewerkt").
# (OTHERS_NAMED: also read by bot.said.notices.story_said)
_FIRST_PERSON = re.compile(r"\b(?:ik|mij|me|mijn|m'n|mn|mezelf|mijzelf)\b", re.IGNORECASE)
OTHERS_NAMED = _words(r"hij\b", r"zij\b", r"ze\b", r"hem\b", r"haar\b", r"collega", r"teamleider", r"leidinggevende",
                      r"manager", r"baas\b", r"chef\b", r"wethouder", r"directeur", r"afdelingshoofd", r"iemand", r"medewerker")


def case_said(theme: Optional[str], text: str) -> Optional[str]:
    """The case of `theme` that `text` names (a key of CASES), else None."""
    # (whoever is named: "... een aanbesteding waar zij ook aan meedoen")
    pending = theme in ("dilemma_geschenk", "dilemma_uitnodiging") and bool(PENDING.search(text or ""))
    if OTHERS_NAMED.search(text or "") and not _FIRST_PERSON.search(text or "") and not pending:
        return None
    if pending and not (theme == "dilemma_geschenk" and bribe_said(text)):
        return PENDING_CASE
    return subject_case(theme, text)


def others_case(subject: Optional[str], text: str) -> Optional[str]:
    """The case of someone else's conduct about `subject`: cash taken from someone met at work is a bribe, whatever
    the amount (it got the limit of € 50, BE-06); one's own cash gift is not read so (the code is silent on cash)."""
    return BRIBE if subject == "dilemma_geschenk" and _CASH_TAKEN.search(text or "") else subject_case(subject, text)


# Words that someone else's conduct is about a theme: the subject model's guess alone put the text on data leaks under
# bullying, favouritism and a push against the wall, and the gift rule under scrap metal taken (CC-02, CC-08, CC-10, CC-15)
SUBJECT_WORDS = {
    "dilemma_geschenk": _words(r"cadeau", r"kado", r"geschenk", r"fles", r"wijn", r"bon\b", r"pakket", r"korting", r"gekregen",
                               r"geld", r"envelop", r"aangenomen", r"aangeboden", r"gift", r"kerstpakket", r"gunst"),
    "dilemma_uitnodiging": _words(r"uitnodig", r"uitgenodigd", r"diner", r"etentje", r"lunch", r"reis", r"congres", r"evenement",
                                  r"feest", r"borrel", r"voetbal", r"concert", r"kaartje", r"skybox", r"hotel"),
    "dilemma_nevenwerkzaamheden": _words(r"nevenwerk", r"nevenfunctie", r"bijbaan", r"naast (?:zijn|haar|z'n|d'r|het) (?:werk|baan)",
                                         r"eigen (?:bedrijf|zaak)", r"zzp", r"freelance", r"bestuur", r"klust? ", r"bijverdien",
                                         r"naast (?:mijn|m'n|mn) (?:werk|baan)", r"vrijwillig", r"penningmeester", r"aandelen",
                                         r"beleg", r"crypto", r"bijles", r"lesgeven"),
    "dilemma_belangenverstrengeling": _words(r"famil", r"vriend", r"zwager", r"broer", r"zus\b", r"neef", r"nicht", r"partner",
                                             r"zoon", r"dochter", r"vader", r"moeder", r"vrouw", r"\bman\b", r"oom", r"tante",
                                             r"kennis", r"buur", r"buren", r"ex-collega", r"oud-collega", r"vriendjes", r"voortrek",
                                             r"voorrang", r"sneller", r"schoon"),
    "dilemma_vertrouwelijke_informatie": _words(r"gegevens", r"privacy", r"dossier", r"brp", r"bsn", r"opzoek", r"opgezocht",
                                                r"inzien", r"ingezien", r"gelekt", r"lek", r"doorvertel", r"doorverteld",
                                                r"vertrouwelijk", r"datalek", r"wachtwoord", r"laptop", r"usb", r"adres",
                                                r"informatie", r"geheim", r"mail", r"systeem", r"registratie", r"foto",
                                                r"insta", r"facebook", r"online", r"voorkennis", r"niet openbaar"),
    "dilemma_gemeentelijke_voorzieningen": _words(r"mee naar huis", r"meenemen", r"meegenomen", r"print", r"kopie", r"auto",
                                                  r"bus\b", r"busje", r"gereedschap", r"declar", r"uren", r"overuren",
                                                  r"ziek", r"tankpas", r"materiaal", r"spullen", r"schroot", r"computer",
                                                  r"telefoon", r"internet", r"(?<!na )(?<!buiten )werktijd", r"kilometer", r"toner",
                                                  r"papier", r"\w*mail\b", r"tank", r"kosten van de zaak", r"privé\s?gebruik",
                                                  r"laptop", r"dienst(?:auto|fiets|telefoon|bus)", r"lenen", r"leen\b", r"geleend",
                                                  r"thuiswerk"),
}


# money taken, not given ("een collega neemt geld uit de kassa" got the passage on gifts, EC-11)
# ("collega jat geld uit de koffiepot" got the passage on gifts, ME-15)
_TAKEN = _words(r"kas\b", r"kassa", r"pinautomaat", r"steelt", r"stelen", r"gestolen", r"diefstal", r"verduister\w*",
                r"(?:koffie|fooien|lief[- ]en[- ]leed|personeels)\w*(?:pot|potje|kas|geld|fonds)\b", r"jat\w*", r"gejat", r"pikt\w*",
                r"gepikt", r"graai\w*",
                r"(?:neemt|nam|pakt|pakte|haalt|haalde) (?:\w+ ){0,3}geld")


def subject_evidenced(subject: Optional[str], text: str) -> bool:
    """Whether `text` has a word of the theme someone else's conduct is said to be about."""
    if subject == "dilemma_geschenk" and _TAKEN.search(text or "") and not bribe_said(text):
        return False
    return subject in SUBJECT_WORDS and bool(SUBJECT_WORDS[subject].search(text or ""))


# What a message says it is not about ("er is geen datalek hoor", "ik heb het niet over declareren"): it named the case
# it denied (BC-02, BC-14)
# (also "heeft niks met paspoorten te maken", which made a webshop a second nationality, "je hoeft het hier niet te
# melden", PB-01)
_DENIED = re.compile(r"\b(?:(?:heb|had) het (?:\w+ )?niet over|(?:gaat|ging) (?:het )?(?:\w+ )?niet (?:over|om)|niet over|"
                     r"geen sprake van|(?:er )?(?:is|was) geen|(?:niks|niets) met)\s+(?:het |de |een |mijn |m'n )?\w+", re.IGNORECASE)


def subject_case(subject: Optional[str], text: str) -> Optional[str]:
    """The case of theme `subject` that `text` names, whoever it is about (someone else's conduct: "hij behandelt
    die aanvragen ook", a side job that touches his own work), else None."""
    text = _DENIED.sub(" ", text or "")
    if subject == "dilemma_geschenk" and bribe_said(text):
        return BRIBE
    return next((case for case_theme, case, pattern in CASES if case_theme == subject and pattern.search(text)), None)


# Things for someone or to keep ("en voor mijn zoon, mag dat ook?"): asked on after the exception for
# working at home, it no longer applies.
_NOT_FOR_WORK = _words(*_PRIVATE_PURPOSE, r"zoon", r"dochter", r"kind", r"kinderen", r"houden", r"hou\b", r"zelf hebben")


# the lost device's protection ("hij zat wel op slot met wachtwoord en volgens mij is ie versleuteld" got the text on
# sharing passwords, twice, FE-05)
_PROTECTED = _words(r"versleuteld", r"encrypt\w*", r"bitlocker", r"beveiligd", r"op slot", r"(?:wachtwoord|pincode|code) (?:erop|op)\b",
                    r"met (?:een )?(?:wachtwoord|pincode)")


def case_followed_up(theme: Optional[str], previous: Optional[str], text: str) -> Optional[str]:
    """The case a follow-up question to the advice on case `previous` names, else None (the case stays)."""
    said = case_said(theme, text)
    if said is None and previous == "thuiswerken" and _NOT_FOR_WORK.search(text or ""):
        return "meenemen"
    if previous == "datalek" and said == "wachtwoord" and _PROTECTED.search(text or ""):
        return None
    return said
