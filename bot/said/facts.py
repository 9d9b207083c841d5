"""Facts of one's own dilemma, said in passing: a gift received or only offered, the day, the fact forms' choices and
yes/no answers, the manager involved, travel, hours, pay, a relative's business, the kind of gift, a value per person,
already talked; `facts_said` gathers them from a first message and `with_entities` adds the entities' facts."""
from __future__ import annotations

import re
from datetime import date
from typing import Callable, Dict, Optional, Pattern, Tuple

from bot.amounts import euro_amount, items_total, more_than, no_value_spans, parse_amount
from bot.cases import case_said
from bot.dates import parse_date_nl, period_said
from bot.patterns import words as _words
from bot.said.cues import MANAGER, RELATIVE, THEIR_RELATIVE, _first_cue
from bot.said.others import (ACCUSED, for_myself_said, from_outside, manager_asking, on_behalf_asking,
                             towards_me_or_accused)
from bot.what_said import organisation_said


OFFERED = re.compile(
    r"\b(aangeboden|aanbod|aanbieden|biedt|bieden|bood|boden"
    r"|wil(?:t|len|de|den)?\b[^.?!]*\b(?:geven|schenken|sturen|trakteren)"
    r"|gaat\b[^.?!]*\bgeven|mag ik\b[^.?!]*\b(?:aannemen|accepteren|aanpakken)"
    r"|(?:geweigerd|afgeslagen|teruggegeven|nee gezegd)"
    r"|(?:niet|nooit) (?:\w+ )?(?:aangenomen|geaccepteerd|aangepakt)"  # "ik heb het NIET aangenomen" (AH-10)
    # "Ik heb het dus nog niet mee naar huis genomen" got the rule on the municipality's things (LA-08)
    r"|nog niet (?:\w+ ){0,3}(?:mee naar huis|meegenomen|opengemaakt|uitgepakt|gebruikt|opgehaald)"
    # returned, said so ("ik stuur hem terug" was sent as "Aangenomen: ja", LA-01, LA-11)
    r"|ik (?:stuur|breng|geef) (?:\w+ ){0,2}terug|ik (?:ga|zal|wil) (?:\w+ ){0,3}(?:terugsturen|terugbrengen|teruggeven|"
    r"weigeren)|ik weiger)\b",
    re.IGNORECASE,
)
RECEIVED = re.compile(
    r"\b(kreeg|kregen|gekregen|ontving|ontvingen|ontvangen|aangenomen|geaccepteerd|aangepakt"
    r"|stuurde|stuurden|gestuurd|bracht|brachten|gebracht|bezorgd|afgeleverd|achtergelaten|gewonnen"
    r"|(?:neer)?gelegd|afgegeven"  # ("hij heeft m op mn bureau gelegd en is weggelopen" got "Kies Ja of Nee", LA-02)
    r"|(?:gaf|gaven|gegeven)(?! geen)"  # not "je gaf geen antwoord" (AH-10)
    r"|(?:ligt|liggen|lag|lagen|staat|staan|stond|stonden)\b[^.?!]*\b(?:hier|op mijn|in mijn|bij mij)"
    r"|mag ik\b[^.?!]*\bhouden"
    r"|(?:in|bij) (?:mijn|m'n|mn) (?:tas|jas|zak|la|lade|kast|auto)\b[^.?!]*\b(?:gestopt|gestoken|gelegd|gedaan|gezet)"
    r"|(?:gestopt|gestoken|gelegd|gedaan|gezet) (?:\w+ ){0,2}in (?:mijn|m'n|mn) (?:tas|jas|zak|la|lade|kast|auto)"
    r"|(?:heb|had) (?:\w+ ){0,3}(?:meegenomen|opgegeten|opgedronken|gebruikt|uitgepakt|opengemaakt))\b",
    re.IGNORECASE,
)


def gift_accepted(text: str) -> Optional[bool]:
    """True when the gift has been received, False when it is only offered, else None."""
    return _first_cue(text, (OFFERED, False), (RECEIVED, True))


def day_said(text: str, today: Optional[date] = None) -> Optional[str]:
    """The day something happened, as a message names it in passing ("ik kreeg gisteren", "vorige
    week dinsdag", "op 15 maart"), in ISO form; None for none, a day ahead, or a vague time
    ("vorige maand": the question about the date keeps such answers in the user's own words), or something that goes on."""
    if period_said(text):  # "elke maandag zie ik ..." became today's date in a notice (IE-12): it goes on
        return None
    found = parse_date_nl(text, today, in_passing=True)
    return found.isoformat() if found else None


_NOT_MINE = r"niet? (?:mijn|m'n|mn) (?:zaak|dossier)|niets? mee te maken|niks mee te maken|geen rol|sta er buiten"
# The choices the fact forms ask with buttons, as people type them; the first that matches wins,
# so the more serious or more specific value comes first.
CHOICES: Dict[str, Tuple[Tuple[str, Pattern], ...]] = {
    "eigen_rol": (
        ("geen", _words(_NOT_MINE)),
        ("betrokken", _words(r"zijdelings", r"indirect", r"op afstand")),
        ("behandelaar", _words(r"ik\b(?![^.?!]{0,70}\bniet\b)[^.?!]{0,60}\b(?:behandel|beoorde|begeleid|beslis|beslui|advise|selecte)",
                               r"ik zit in de \w*(?:commissie|jury)", r"ik ben (?:de )?(?:behandelaar|beoordelaar|casemanager)",
                               r"lid van de \w*(?:commissie|jury)")),
    ),
    "gedragsvorm": (
        ("discriminatie", _words(r"discrimin", r"racis", r"seksis", r"afkomst", r"huidskleur", r"hoofddoek",
                                 r"homo", r"vanwege mijn (?:geloof|leeftijd|geslacht|handicap)",
                                 # "grappen over Marokkanen" got "Dat kan ik niet plaatsen" (ND-13)
                                 r"marokka\w*", r"turken\b", r"moslim\w*", r"joden\b", r"antisemiti\w*", r"buitenlander\w*",
                                 r"allochto\w*", r"surinamer\w*")),
        ("seksuele_intimidatie", _words(r"seks", r"aanrak", r"aanraak", r"aangeraakt", r"aanrand", r"aangerand",
                                        r"raakt\w* me aan", r"betast",
                                        r"handtastelijk", r"ongewenste intimiteit", r"avances",
                                        # "zit steeds aan me en maakt opmerkingen over mijn lichaam" was asked what it was
                                        r"zit\w* (?:\w+ ){0,3}aan (?:me|mij)\b", r"(?:hand|handen|arm) (?:\w+ )?op (?:mijn|m'n|mn) "
                                        r"(?:been|knie|bil|billen|dij|rug|heup)", r"(?:aan|op) (?:mijn|m'n|mn) (?:billen|bil|borsten|kont)",
                                        r"opmerkingen (?:\w+ )?over (?:mijn|m'n|mn|haar) (?:kleding |kleren )?(?:en (?:mijn|m'n|mn|haar) )?"
                                        r"(?:lichaam|lijf|uiterlijk|figuur|borsten|billen|kont)",
                                        r"schuine (?:grappen|opmerkingen|moppen)", r"dubbelzinnig\w*", r"(?:ge)?zoen\w*")),
        ("agressie", _words(r"agressi", r"bedreig", r"dreig", r"geweld", r"geslagen", r"slaat", r"schopt?\b",
                            r"mes\b", r"wapen", r"aangevallen",
                            r"geduwd", r"duwt", r"schreeuw", r"scheld", r"uitgescholden", r"intimid", r"opwacht",
                            # ("stalken eigenlijk" at the question left the walk-through: "Daar kan ik je niet mee helpen", QD-16)
                            r"stalk", r"gestalkt", r"achtervolg")),
        ("pesten", _words(r"pest", r"gepest", r"buitengesloten", r"buitensluit", r"sluit\w* me buiten",
                          r"negeer", r"genegeerd", r"kleiner", r"kleineer", r"gekleineerd", r"belachelijk", r"roddel", r"uitlach",
                          r"lacht\w* me uit", r"vernede", r"treiter", r"getreiterd")),
        ("anders", _words(r"iets anders", r"geen van (?:allen|alle|beide)", r"anders\b")),  # the button "Iets anders"
    ),
    # typed at "Wie is het voor jou?" ("mijn ex", "huisgenoot", "mijn neef": "Dat kan ik niet plaatsen", DB-05, DB-10, DB-14)
    "relatie": (
        ("zelf", _words(r"(?<!niet )(?<!niet om )(?<!niet over )(?<!niet voor )(?:mezelf|mijzelf|ikzelf)\b",
                        r"(?:mijn|m'n|mn) (?:eigen )?(?:aanvraag|sollicitatie|vergunning\w*|bezwaar\w*|dossier|kavel|aankoop)",
                        r"ik ben (?:zelf )?(?:de |een )?(?:kandidaat|aanvrager|sollicitant|koper)", r"ik (?:heb|had) (?:zelf )?(?:\w+ )?"
                        r"(?:gesolliciteerd|aangevraagd|ingediend)")),
        ("ex-partner", _words(r"ex(?!-?\s?(?:collega|werkgever))", r"ex-?(?:partner|vrouw|man|vriend\w*|echtgeno\w+)",
                              r"voormalige? (?:partner|vrouw|man|vriend\w*)")),
        ("huisgenoot", _words(r"huisgeno\w*", r"kamergeno\w*", r"(?:onder)?huurder", r"wo(?:on|nen) (?:\w+ )?in (?:hetzelfde|een) huis")),
        ("partner", _words(r"partner", r"(?:mijn|m'n|mn) (?:vrouw|man)\b", r"echtgeno\w*", r"verloofde", r"samenwo\w*",
                           r"woon \w+ samen", r"wonen (?:\w+ )?samen")),
        ("ex-collega", _words(r"(?:ex|oud)-?collega\w*", r"voormalige? collega\w*", r"(?:vorige|oude|voormalige?) werkgever")),
        ("familie", _words(r"famil\w*", r"broer\w*", r"zus\w*", r"zwager\w*", r"schoon\w+", r"neef\w*", r"nicht\w*", r"oom\b",
                           r"tante\w*", r"vader", r"moeder", r"ouders", r"zoon", r"dochter", r"kind\w*", r"opa", r"oma")),
        ("vriend", _words(r"vriend\w*", r"kennis\w*", r"bevriend", r"maat\b", r"maatje")),
        ("buur", _words(r"buur\w*", r"buren")),
    ),
    "misstand_soort": (
        # not a wrongdoing, or the second choice ("Nee, een misstand zou ik het niet noemen. Het tweede." was one, IB-15)
        ("gedrag", _words(r"(?:geen|niet (?:echt |zo(?:'n)? )?(?:een )?)\s*misstand", r"misstand (?:\w+ ){0,4}niet\b",
                          r"(?:het|de) tweede\b", r"^\W*(?:2|twee)\W*$")),
        ("misstand", _words(r"(?:het|de) eerste\b", r"^\W*(?:1|een)\W*$")),
        ("misstand", _words(r"misstand", r"fraud", r"corrupt", r"omkop", r"smeergeld", r"steekpenning",
                            r"verduister", r"vervals", r"witwas", r"gevaar", r"gevaarlijk", r"onveilig",
                            # "het gaat over geld, subsidies die naar verkeerde mensen gaan" was not placed (BE-12)
                            r"(?:gaat|ging) (?:\w+ )?over geld", r"onterecht", r"verkeerde mensen", r"diefstal", r"gestolen",
                            r"steelt", r"achterover")),
        ("gedrag", _words(r"gedrag", r"houding")),
    ),
}


# inviting others, not being invited ("moet ik die twee kandidaten dan wel of niet uitnodigen?" started an invitation's
# questions: "Wie nodigt je uit?", IB-14)
INVITING_OTHERS = _words(r"(?:kandida\w*|sollicitant\w*|deelnemers|bewoners|inwoners|klanten|collega'?s) (?:\w+ ){0,4}"
                         r"(?:uit(?: te)? ?nodigen|uitnodig\w*)", r"(?:uit(?: te)? ?nodigen|uitnodig\w*) (?:\w+ ){0,3}(?:voor|op) "
                         r"(?:een |het |de )?(?:sollicitatie\w*|gesprek\w*|kennismaking\w*|selectie\w*)")


def inviting_others(text: str) -> bool:
    return bool(INVITING_OTHERS.search(text or ""))


FIRST_NAMED = {"misstand_soort"}  # choices read by the value named first ("gedrag denk ik. of is ... fraude?", IB-11)


def choice_said(slot: str, text: str) -> Optional[str]:
    """The value of a fact form's choice (`CHOICES`) that a text names, else None."""
    found = [(match.start(), value) for value, pattern in CHOICES.get(slot, ()) for match in [pattern.search(text or "")] if match]
    if slot in FIRST_NAMED:
        found.sort(key=lambda start_value: start_value[0])
    return found[0][1] if found else None


# A typed answer to a yes/no question of the fact forms that names its answer without a yes or no.
UNSAFE_TO_TALK = _words(r"durf", r"bang", r"eng\b", r"onveilig", r"gevaarlijk", r"liever niet", r"kan ik niet",
                        r"niet veilig", r"\w*dreig\w*",  # "ze dreigden al dat het ongezellig wordt" (AI-04)
                        # "geen idee, hij kan nogal fel reageren" got "Kies Ja of Nee" (IC-10)
                        r"fel\b", r"agressief", r"kwaad", r"woedend", r"boos (?:worden|wordt|reageren|reageert)", r"ontplof\w*",
                        r"driftig", r"opvliegend", r"uitgelachen", r"lacht (?:me|mij) uit", r"lachten (?:me|mij) uit")
_MY_MANAGER = rf"(?:mijn|m'n|mn|onze|de) {MANAGER}"
# the manager is the one, or too close to it to go to: the confidential adviser is the next step
MANAGER_IS_IT = re.compile(
    # (not a question who it is: "wie is dan mijn leidinggevende?", CB-08)
    rf"(?<!wie )(?<!wat )(?<!welke )\b(?:is|was|zijn|gaat om|juist) (?:\w+ )?{_MY_MANAGER}(?!\w*\s*(?:dan )?\?)"
    rf"|\b(?:mijn|m'n|mn|onze) {MANAGER} (?:zelf|juist|is het|doet het)"
    rf"|\b{MANAGER}\w* (?:is|zijn) (?:\w+ ){{0,2}}(?:bevriend|goede vrienden|familie|getrouwd)"
    rf"|\b{MANAGER}\w* (?:\w+ ){{0,8}}?(?:ze|zij|die|ze zijn|zijn) (?:\w+ ){{0,2}}(?:maatjes|vrienden|bevriend)\b"
    rf"|\b{MANAGER}\w* (?:lacht|doet|pest|scheldt|lachen|doen) (?:\w+ )?mee\b"
    rf"|\b(?:lacht|lachen|lachte|lachten|doet|doen|deed|deden)\b(?: mee)?[^.?!]{{0,20}}\book {_MY_MANAGER}\b"  # "Iedereen lacht, ook mijn teamleider" (DE-12)
    # the whole answer to "Is je leidinggevende zelf bij de zaak betrokken?": "hij lacht wel mee"
    r"|^\W*(?:nee\W+)?(?:maar )?(?:hij|zij|ze|die) (?:\w+ )?(?:lacht|doet|lachen|doen) (?:\w+ )?mee\W*$"
    # the whole answer, too close to it: "nee, maar ze zijn wel heel goed bevriend, ze gaan samen golfen" (AH-07)
    r"|^\W*(?:nee\W+)?(?:maar )?(?:ze|zij|die) (?:zijn|gaan) (?:\w+ ){0,3}(?:bevriend|vrienden|maatjes|samen)\b"
    r"|\b(?:hij|zij|ze|die) kijkt (?:\w+ ){0,2}weg\b"  # "weet ik niet. hij kijkt wel altijd weg" (AI-06)
    rf"|\b(?:hij|zij|ze|die|\w*{MANAGER}) kijkt (?:\w+ ){{0,3}}(?:de )?andere kant op\b"  # (LE-04)
    # too close to it: "niet direct maar hij staat er wel erg dichtbij", "hij is goede maatjes met onze manager" (JB-14)
    r"|\b(?:staat|zit) (?:er|hem|haar) (?:wel )?(?:erg |heel |te |zeer |zo )?dicht ?bij\b"
    rf"|\b(?:maatjes|vrienden|bevriend|close) (?:met|van) {_MY_MANAGER}"
    # told and doing nothing: "ik weet niet. hij doet niks dus misschien hij wil het niet weten" (EC-11)
    r"|\b(?:hij|zij|ze|die) doet (?:er )?(?:\w+ )?(?:niks|niets)(?: mee| aan)?\b|\bwil (?:het|er) niet(?:s| van)? weten\b"
    rf"|\b(?:vertrouw|durf) (?:ik )?(?:\w+ )?{_MY_MANAGER} niet|\bdurf (?:het |er )?niet (?:naar|bij|tegen) {_MY_MANAGER}"
    r"|^\W*(?:nee|niet)\b[^.?!]*\bmaar (?:wel )?(?:\w+ )?(?:bevriend|vrienden|maatjes)\b"
    # asked for someone else, the manager of the one it is about: "Niet mijn leidinggevende, maar wel de hare",
    # "haar leidinggevende is degene die haar lastigvalt" (got "je kunt bij je leidinggevende altijd terecht", BB-14)
    r"|\bmaar (?:wel )?(?:die )?(?:de hare|de zijne|van haar|van hem)\b"
    rf"|\b(?:haar|zijn|hun|z'n) (?:eigen )?{MANAGER}\w* (?:is|was) (?:\w+ ){{0,2}}(?:degene|de dader|de pleger|het zelf)\b"
    rf"|\b(?:is|was) (?:\w+ )?(?:haar|zijn|hun|z'n) (?:eigen )?{MANAGER}\b"
    rf"|\b{MANAGER}\w*,? (?:maar )?(?:dat|die|hij|zij|ze) is (?:nou |nu )?(?:juist |net )?(?:de dader|degene)\b"
    # a short answer at the question: "nee, maar die is bevriend met hem"
    r"|^\W*(?:nee|ja)?\W*(?:maar |wel )?(?:die|hij|zij|ze) (?:is|zijn) (?:\w+ ){0,2}(?:bevriend|goede vrienden|vrienden|maatjes|familie)",
    re.IGNORECASE)
MANAGER_NOT_IN_IT = re.compile(rf"\b{_MY_MANAGER} (?:heeft|had) er (?:\w+ )?(?:niks|niets) mee te maken"
                               # the user is the manager ("ik BEN de leidinggevende" got "Kies Ja of Nee", LE-07, KE-03)
                               rf"|\bik ben (?:zelf |hier |juist )?(?:de|zijn|haar|z'n|hun|zelf) {MANAGER}\b"
                               rf"|\b{_MY_MANAGER} is (?:er )?niet (?:bij )?betrokken", re.IGNORECASE)
# A first message about unwanted behaviour or someone's conduct that opens with the manager: the
# manager is the one.
MANAGER_FIRST = re.compile(rf"^\W*(?:mijn|m'n|mn|onze) {MANAGER}\b"
                           # or a sentence later: "Ik zit bij het KCC. Onze teamleider maakt al weken grappen" (EC-06)
                           rf"|[.!?]\s+(?:mijn|m'n|mn|onze) (?:eigen )?{MANAGER} (?:\w+ ){{0,3}}(?:maakt|pest|scheldt|kleineert|"
                           r"intimideert|bedreigt|discrimineert|raakt|zit|roept|schreeuwt|negeert|sluit)\b"
                           # told for someone else: "haar leidinggevende maakt al maanden seksueel getinte opmerkingen"
                           rf"|\b(?:haar|zijn|z'n|hun) (?:eigen )?{MANAGER} (?:\w+ ){{0,3}}(?:maakt|heeft|zit|pakt|pakte|raakt|"
                           r"pest|scheldt|kleineert|intimideert|bedreigt|stuurt|stuurde|valt|viel|betast|zoent|discrimineert)\b",
                           re.IGNORECASE)
# The manager is the giver, or asks or presses for what the dilemma is about ("mijn afdelingshoofd gaf mij 2 kaartjes",
# "mijn leidinggevende zegt: doe maar wat de wethouder vraagt"): the advice's "bespreek het met je leidinggevende"
# sent the user to the one who is part of it
MANAGER_INVOLVED = _words(
    rf"{_MY_MANAGER} (?:\w+ ){{0,3}}(?:wil|eist|eiste|dwingt|dwong|verplicht\w*|draagt|droeg) (?:\w+ ){{0,4}}(?:dat ik|me|mij|op)\b",
    rf"{_MY_MANAGER} (?:\w+ ){{0,3}}(?:zegt|zei|vraagt|vroeg|heeft gezegd|heeft gevraagd)\W+(?:\w+ ){{0,2}}"
    r"(?:dat ik (?:\w+ ){0,4}(?:moet|maar)\b|(?:me|mij) om\b|doe (?:het |dat |hem )?maar\b)",
    rf"{_MY_MANAGER} (?:\w+ ){{0,3}}(?:geeft|gaf) (?:me |mij )?(?:de )?opdracht", rf"(?:in )?opdracht van {_MY_MANAGER}",
    # hours or claims the manager allowed that were not made ("zei dat ik 8 uur overwerk mocht schrijven", BC-09)
    rf"{_MY_MANAGER} (?:\w+ ){{0,3}}(?:zegt|zei|vindt|vond)\W+(?:\w+ ){{0,2}}(?:dat )?ik (?:\w+ ){{0,5}}(?:mocht|mag) (?:\w+ ){{0,3}}"
    r"(?:schrijven|opschrijven|declareren|invullen|boeken)\b",
    rf"{_MY_MANAGER} (?:\w+ ){{0,3}}(?:zet|zette) (?:me|mij) (?:\w+ )?onder druk",
    rf"{_MY_MANAGER} (?:\w+ ){{0,2}}(?:gaf|geeft|bood|biedt|heeft (?:me|mij) (?:\w+ ){{0,3}}gegeven)\b(?! (?:\w+ )?(?:toestemming|akkoord|groen licht|gelijk))",
    rf"{_MY_MANAGER} (?:\w+ ){{0,2}}(?:nodigt|nodigde) (?:me|mij)",
    rf"\bmoet (?:ik )?(?:\w+ ){{0,2}}van {_MY_MANAGER}", rf"van {_MY_MANAGER} moet ik",
    # invited or given with the user, and wanting it ("nodigt mij en mijn manager uit ... Mijn manager wil graag gaan", DA-10)
    rf"(?:mij|me|ik) en {_MY_MANAGER}\b", rf"{_MY_MANAGER} en (?:mij|me|ik)\b",
    rf"{_MY_MANAGER} (?:\w+ ){{0,2}}(?:wil|wilde) (?:\w+ ){{0,3}}(?:gaan|mee|erheen|ernaartoe|aannemen|houden|accepteren|ingaan)\b",
    # the manager's own relative in it ("mijn teamleider vraagt of ik de aanvraag van zijn broer voor wil laten gaan")
    rf"{_MY_MANAGER}\b[^.?!]{{0,160}}\b{THEIR_RELATIVE}", rf"\b{RELATIVE} van {_MY_MANAGER}",  # (160: EC-02)
    # the manager handing it out: "hij zet ze in de kantine en zegt 'pak er maar een'" (EC-17)
    rf"{_MY_MANAGER}\b[^?!]{{0,120}}\b(?:zegt|zei)\W+['‘\"“]?\w+ (?:\w+ )?maar\b")


def manager_involved(text: str) -> bool:
    return bool(MANAGER_INVOLVED.search(text or ""))
TRAVEL_PAID = _words(r"overnacht", r"vlucht", r"vliegticket", r"(?:reis|hotel)\w* (?:wordt|worden|is|zijn) (?:betaald|vergoed)",
                     r"(?:reis|hotel|vlucht|overnachting)\w*(?: (?:en|of|\+|&) \w+)? (?:\w+ ){0,2}(?:door|van|op kosten van) (?:hen|hun|hem|haar|ze|de \w+) (?:betaald|vergoed|gesponsord)",
                     r"(?:alles|all[- ]in) (?:\w+ ){0,2}betaald",
                     # "hotel en overtocht betaald" was asked again (NA-18)
                     r"(?:reis|hotel|vlucht|overnachting|overtocht|verblijf|vervoer|trein|boot)\w*(?: (?:en|of|\+|&) \w+)? (?:\w+ )?"
                     r"(?:betaald|vergoed|gratis|inbegrepen)\b",
                     r"op (?:hun|zijn|haar) kosten", r"(?:betalen|vergoeden) (?:ook )?(?:de|het|mijn|je) (?:reis|hotel|vlucht)")
# An invitation to something near by (a lunch, a reception, a match) that names no travel: the
# question whether they pay the travel or hotel is not asked, and the advice leaves travel out.
NO_TRAVEL = "geen_reis"
LOCAL_EVENT = _words(r"lunch", r"diner", r"etentje", r"borrel", r"receptie", r"wedstrijd", r"concert", r"voorstelling",
                     r"kaartjes", r"tickets", r"skybox", r"opening", r"barbecue", r"bbq", r"feest", r"jubileum", r"proeverij",
                     r"kerstdiner", r"nieuwjaars", r"ontbijt")
TRAVEL = _words(r"reis", r"trip", r"hotel", r"overnacht", r"vlucht", r"vlieg", r"buitenland", r"weekend", r"stedentrip",
                r"congres", r"beurs", r"excursie", r"dagje uit", r"naar het buitenland", r"met de bus", r"vervoer")


def travel_said(text: str) -> Optional[object]:
    """True where an invitation says the travel is paid; NO_TRAVEL where it is to an event near by
    and names no travel at all; else None (asked)."""
    if TRAVEL_PAID.search(text or ""):
        return True
    return NO_TRAVEL if LOCAL_EVENT.search(text or "") and not TRAVEL.search(text or "") else None


def _cue(pattern: Pattern, value: bool) -> Callable[[str], Optional[bool]]:
    return lambda text: _first_cue(text, (pattern, value))


YES_NO_SAID: Dict[str, Callable[[str], Optional[bool]]] = {
    "veilig_gesprek": _cue(UNSAFE_TO_TALK, False),
    # "wacht, mijn leidinggevende heeft er niks mee te maken hoor, het is iemand van ICT" did not undo a yes (BD-10)
    "leidinggevende_betrokken": lambda text: _first_cue(text, (MANAGER_NOT_IN_IT, False), (MANAGER_IS_IT, True)),
    "reis_betaald": _cue(TRAVEL_PAID, True),
    "al_aangenomen": lambda text: gift_accepted(text),
    "zelf_getroffen": towards_me_or_accused,
}


def yes_no_said(slot: str, text: str) -> Optional[bool]:
    """The answer to a yes/no question (`YES_NO_SAID`) that a text gives in other words, else None."""
    return YES_NO_SAID[slot](text) if slot in YES_NO_SAID else None


# "8 uur per week", "2 uurtjes per week", "zo'n 4 a 5 uur in de week" (kept as a range), "een avondje per week" (BA-06, BA-14)
HOURS_A_WEEK = re.compile(r"(\d+(?:[.,]\d+)?)(?:\s*(?:a|à|á|-|tot|of)\s*(\d+(?:[.,]\d+)?))?\s*(?:uur|uurtjes|u)\s*"
                          r"(?:per|in de|a|/)\s*(?:week|wk)\b"
                          r"|\b((?:een|één|twee|drie) (?:avond|middag|ochtend|dag|dagdeel)(?:je|jes|en)? (?:per|in de) week)\b",
                          re.IGNORECASE)
UNPAID = re.compile(r"\b(?:niet betaald|onbetaald|vrijwillig\w*|gratis|zonder (?:betaling|vergoeding))", re.IGNORECASE)
PAID = re.compile(r"\b(?:betaald|tegen betaling|verdien\w*|bijverdien\w*|salaris|loon|uurloon|tarief|zzp\w*"
                  r"|freelance\w*|factureer\w*|in loondienst)", re.IGNORECASE)


def hours_said(text: str) -> Optional[str]:
    """The hours a week a side job takes, as a message names them ("8 uur per week"), else None."""
    match = HOURS_A_WEEK.search(text or "")
    if not match:
        return None
    first, last, in_words = match.groups()
    return in_words or (f"{first} à {last} uur" if last else first.replace(",", "."))


def paid_said(text: str) -> Optional[bool]:
    """Whether a side job is paid, where a message says so ("als zzp'er", "vrijwilliger"), else None."""
    return _first_cue(text, (UNPAID, False), (PAID, True))


# A value said per person of a group ("het kost per persoon zo'n 45 euro", "15 euro p.p.")
PER_PERSON = _words(r"per (?:persoon|collega|medewerker|deelnemer|man|kop|stuk)\b", r"p\.\s?p\.?", r"pp\b",
                    r"(?:ieder|iedereen|elk|elke) (?:\w+ )?(?:krijgt|een)\b")


# each their own gift ("elke persoon krijgt een eigen bos van 25 euro"): one gift per person, not a group's split
OWN_GIFT_EACH = _words(r"(?:ieder|iedereen|elk|elke) (?:\w+ ){0,3}(?:een |zijn |haar )?eigen\b",
                       r"(?:niet|geen) (?:één|1|een) cadeau voor (?:de|het|ons|onze) (?:groep|team|afdeling)",
                       r"persoonlijk\w* (?:cadeau|bedankje|geschenk)")


def per_person(text: str) -> bool:
    """A value said per person or item, but not where the whole is said too ("6 flessen van een tientje": 60), nor
    where each gets a gift of their own."""
    return bool(PER_PERSON.search(text or "")) and items_total(text) is None and not OWN_GIFT_EACH.search(text or "")


# A discount, a favour or cash in words the entity model does not know ("het gemeentetarief ook privé",
# "20 euro in mijn hand drukken"): such a gift was "Je mag het aannemen" or private use, "dat mag".
GIFT_KINDS = (
    ("korting", _words(r"korting", r"gemeentetarief", r"(?:inkoop|personeels|medewerkers|relatie|vrienden)prijs",
                       r"(?:zelfde|dezelfde|hetzelfde) (?:\w+ )?(?:prijs|tarief|voorwaarden) als (?:de gemeente|wij|ons)\b",
                       r"(?:prijs|tarief|voorwaarden) (?:\w+ )?(?:die|dat|van|als) (?:de gemeente|wij|onze afdeling)\b",
                       r"(?:zakelijke?|gemeentelijke?) (?:prijs|tarief|korting) (?:\w+ ){0,6}(?:privé|prive|thuis|voor mezelf)")),
    ("gunst", _words(r"gratis (?:\w+ ){0,3}(?:apk|onderhoud\w*|beurt|reparatie|service|klus\w*|schoonmaak|installatie|behandeling|"
                     r"verbouwing|taxatie|advies|lening)", r"voor niks (?:\w+ ){0,4}(?:doen|repareren|maken|nakijken|regelen)",
                     # free work at home ("bood aan hem gratis te maken", of a private fence, got the € 50 test, PA-18)
                     r"gratis (?:\w+ ){0,3}(?:te )?(?:maken|repareren|herstellen|opknappen|schilderen|bouwen|plaatsen|leggen|doen|"
                     r"snoeien|verhuizen|brengen|rijden|klussen)\b",
                     r"renteloze? lening", r"lening zonder rente", r"(?:geld )?(?:lenen|voorschieten) (?:\w+ ){0,4}(?:zonder rente|renteloos)")),
    ("geld", _words(r"contant", r"cash", r"fooi", r"briefje van", r"envelop(?:je)? (?:\w+ )?(?:met|vol) (?:\w+ )?(?:geld|euro)",
                    r"euro (?:\w+ ){0,2}in (?:mijn|m'n|mn|de) (?:hand|zak|jas)", r"geld (?:\w+ ){0,2}(?:toestop|toegestopt|geven|gaf)",
                    r"(?:toestoppen|toegestopt|in mijn hand (?:gedrukt|drukken))",
                    # "hij wil mij 20 euro geven in envelop" got "Je mag het aannemen", then "nooit aannemen (gunst)" (DA-04)
                    r"\d+ euro (?:\w+ ){0,3}in (?:een |de |het )?envelop\w*", r"envelop\w* (?:\w+ ){0,3}\d+ euro",
                    r"(?:wil|wilde|gaf|geeft) (?:\w+ ){0,2}\d+ euro (?:geven|voor (?:de )?koffie)")),
)


VOUCHER = _words(r"\w*bon\b", r"tegoed")


def gift_kind(text: str) -> Optional[str]:
    """A discount, a favour or cash that a message names in words, else None."""
    kind = next((kind for kind, pattern in GIFT_KINDS if pattern.search(text or "")), None)
    return None if kind == "geld" and VOUCHER.search(text or "") else kind  # "een bon van 20 euro in mijn hand"


# A relative's business, not one's own side job ("Mijn echtgenote is voornemens een eenmanszaak te starten":
# the advice for one's own side job and its notice in one's own name); "... en ik help mee" is one's own.
RELATIVE_BUSINESS = _words(
    r"(?:mijn|m'n|mn) (?:vrouw|man|partner|echtgeno\w+|vriendin|vriend|zus|broer|vader|moeder|zoon|dochter|zwager|"
    r"schoonzus|schoonvader|schoonmoeder) (?:\w+ ){0,6}(?:\w*(?:bedrijf\w*|winkel|praktijk|bureau)|zaak|zaakje|eenmanszaak|"
    r"onderneming|webshop|bv)\b")
OWN_SIDE_JOB = _words(r"ik (?:ga|wil|zou|kan|mag) (?:\w+ ){0,4}(?:mee ?werken|helpen|meehelpen|in dienst|werken|bijspringen)",
                      r"ik (?:werk|help|spring) (?:\w+ ){0,3}(?:mee|bij)\b", r"mijn eigen", r"samen met (?:mijn|m'n|mn)")


# Words of unwanted behaviour: without them a question after the advice on one's own dilemma is no such behaviour ("Kan
# ik het ook gewoon delen met collega's?" about chocolates got "Wat past het best bij wat er gebeurt?", EA-04, EA-07)
BEHAVIOUR_WORDS = _words(r"gedrag(?!scode)", r"ongewenst", r"lastig", r"opmerking", r"grap", r"vervelend", r"intimid", r"aanrak", r"aangeraakt",
                         r"pest", r"gepest", r"scheld", r"uitgescholden", r"bedreig", r"dreig", r"discrimin", r"racis", r"respectloos",
                         r"kwets", r"vernede", r"kleiner", r"schreeuw", r"agressi", r"geweld", r"sla\w*", r"duw", r"betast",
                         r"seks", r"buitengesloten", r"negeer", r"genegeerd", r"treiter", r"roddel", r"uitlach")


# the theme of a walk-through denied ("Het gaat niet om een cadeau, het gaat om zijn bijbaan" was read as the value, "er is
# geen ongewenst gedrag!! stop daarmee" asked what happened again, FB-01, FC-03): what it is not about
# (the thing itself, not which one: "het gaat niet om een cadeau van de leverancier maar van een inwoner" is a gift still)
_NOT_ABOUT = re.compile(r"\b(?:gaat|ging|is|was|heb|had) (?:het |dit |ik )?(?:\w+ )?niet (?:over|om|het over) "
                        r"(?P<what>(?:een |het |de |mijn |zijn |haar )?[\w ]{1,30}?)(?=\s*(?:[.,!?;]|$|\s(?:maar|het gaat)\b))"
                        r"|\bgeen (?P<none>cadeau\w*|gift|geschenk|uitnodiging|nevenwerk|bijbaan|familie\w*|datalek|ongewenst gedrag|"
                        r"intimidatie|pesten|discriminatie)\b|\b(?P<nothing>(?:er is|is er) (?:niks|niets) gebeurd)\b", re.IGNORECASE)


_THEME_NAMED = {  # the words that name a walk-through's theme itself ("niet om geld" is no denial of a gift)
    "dilemma_geschenk": _words(r"cadeau\w*", r"kado\w*", r"gift", r"geschenk\w*"),
    "dilemma_uitnodiging": _words(r"uitnodig\w*", r"uitgenodigd"),
    "dilemma_belangenverstrengeling": _words(r"famil\w*", r"belangenverstrengeling"),
    "dilemma_vermoeden_misstand": _words(r"misstand\w*", r"fraude", r"corruptie"),
}


def theme_denied(theme: str, text: str) -> bool:
    """Whether `text` says the conversation is not about `theme`."""
    denied = _NOT_ABOUT.search(text or "")
    if not denied:
        return False
    what = denied.group("what") or denied.group("none") or ""
    if re.search(r"\b(?:van|voor|uit|aan|bij)\b", what):  # which one, not the thing itself
        return False
    if theme == "dilemma_ongewenst_gedrag":
        return bool(denied.group("nothing") or "ongewenst" in what.lower() or behaviour_said(what))
    return theme in _THEME_NAMED and bool(_THEME_NAMED[theme].search(what))


def behaviour_said(text: str) -> bool:
    return bool(BEHAVIOUR_WORDS.search(text or "")) or choice_said("gedragsvorm", text) is not None


# A former employer across the table ("Daarvoor werkte ik 8 jaar bij de leverancier ... mijn manager wil dat ik de
# onderhandelingen doe" got the side-job advice, DB-07): former colleagues in a case, which the code names
FORMER_EMPLOYER = _words(r"(?:daarvoor|vroeger|eerder|hiervoor) werkte ik", r"werkte ik (?:\w+ ){0,4}bij",
                         r"(?:mijn )?(?:oude|vorige|voormalige?|ex-?|oud-?)\s?werkgever", r"ik werk(?:te)? daar niet meer")
CURRENT_SIDE_JOB = _words(r"(?:naast|na) (?:mijn|m'n|mn) (?:werk|baan)", r"bijbaan", r"nevenwerk\w*", r"nevenfunctie\w*",
                          r"ik (?:ga|wil|zou) (?:\w+ ){0,3}(?:weer )?(?:werken|beginnen)")


def relative_business_said(text: str) -> bool:
    """Whether a message is about a relative's business (or a former employer) rather than a side job of the user's own."""
    text = text or ""
    return bool(RELATIVE_BUSINESS.search(text)) and not OWN_SIDE_JOB.search(text) \
        or bool(FORMER_EMPLOYER.search(text)) and not CURRENT_SIDE_JOB.search(text)


BEFRIENDED = _words(r"bevriend", r"(?:goede |dikke |ook )vrienden", r"vriendschap")


def with_entities(said: Dict[str, object], named: Dict[str, object]) -> Dict[str, object]:
    """The facts said in words, and those the entities name, which win; but a neighbour who is also a
    friend ("mijn buurman ... we zijn bevriend") is a friend, whom the code names (it got "noemt je buren niet apart"),
    and several items priced each are worth their total, not the one price the entity names."""
    befriended = said.get("relatie") == "vriend" and named.get("relatie") in (None, "buur")
    if said.get("relatie") in ("partner", "ex-partner"):  # a friend one lives with is a partner, an ex no partner (DB-10),
        named = {**named, "relatie": said["relatie"]}  # whatever the entity says
    whole = {"bedrag": said["bedrag"]} if "bedrag" in said else {}  # a whole value, not one item's (the entity)
    return {**said, **named, **({"relatie": "vriend"} if befriended else {}), **whole}


# a partner named as a friend one lives with ("mijn vriendin met wie ik samenwoon" was kept as "vriend", AA-09)
LIVING_TOGETHER = _words(r"samenwo\w*", r"woon \w+ samen", r"wonen (?:\w+ )?samen", r"met wie ik (?:\w+ )?woon")


# Already talked to the person ("ja, hebben we eigenlijk al gedaan, maar hij ziet het probleem niet")
TALKED = "al_besproken"
ALREADY_TALKED = _words(r"(?:heb|hebben|had|hadden) (?:ik |we |wij )?(?:het |hem |haar |dat )?(?:\w+ )?al (?:\w+ ){0,3}"
                        r"(?:gedaan|besproken|gezegd|geprobeerd|aangesproken|gesproken|op aangesproken)",
                        # "heb het 1x geprobeerd, toen werd ik uitgelachen" got "Kies Ja of Nee" (IC-13)
                        r"(?:heb|hebben|had|hadden) (?:ik |we |wij )?(?:het|hem|haar|dat) (?:\w+ ){0,2}(?:geprobeerd|aangesproken)\b(?! te)",
                        r"al (?:eens |een keer |meerdere keren |vaker )?(?:mee )?(?:gesproken|besproken|aangesproken|gezegd)")


def already_talked(text: str) -> bool:
    return bool(ALREADY_TALKED.search(text or ""))


SPELLED_EUROS = _words(r"\w+(?:tig|honderd|duizend|tien|twaalf|elf) euro")
RULE_NAMED = _words(r"grens", r"limiet", r"drempel", r"\w*regel\b")  # "geldt de vijftig euro grens ook ...?"


_AMOUNT_ALONE = re.compile(r"^\W*(?:en |dus )?(?:bij |met |voor )?(?:€\s*)?(\d+(?:[.,]\d+)?)(?:\s*euro)?\s*\?\s*$", re.IGNORECASE)


def _gift_value(text: str) -> Optional[str]:
    """A gift's value where the entity model misses it or reads it wrong, else None (the entity's)."""
    total = items_total(text)
    if total is not None:  # "6 flessen van een tientje": the entity found only "een tientje"
        return f"{total} euro"
    if more_than(text) and (amount := parse_amount(text)) is not None:  # "ruim 50 euro": more than the 50 the entity found
        return f"ruim {amount} euro"
    # in words ("ong veertig euro" was asked again, AG-10)
    spelled = SPELLED_EUROS.search(text or "")
    if spelled and not re.search(r"\d\s*(?:euro|,-)|€\s*\d", text) and not RULE_NAMED.search(text):
        return f"{parse_amount(spelled.group())} euro"
    if no_value_spans(text) and (amount := euro_amount(text)) is not None:  # beside a value said not to be it, or a count
        return f"{amount} euro"
    alone = _AMOUNT_ALONE.match(text or "")  # "en 60?" (the advice for the real € 40 again, OA-17)
    return f"{alone.group(1)} euro" if alone else None


def facts_said(theme: Optional[str], text: str) -> Dict[str, object]:
    """The facts a first message of a theme already answers."""
    said: Dict[str, object] = {"geval": case_said(theme, text), "als_leidinggevende": manager_asking(text) or None,
                               "namens": False if for_myself_said(text) else on_behalf_asking(text) or None}
    if theme == "dilemma_geschenk":
        said["bedrag"] = _gift_value(text)
        said["al_aangenomen"] = gift_accepted(text)
        said["per_persoon"] = False if OWN_GIFT_EACH.search(text) else per_person(text) or None
        said["soort_gift"] = gift_kind(text)
    if theme in ("dilemma_geschenk", "dilemma_uitnodiging"):  # the giver by name, which the entity model misses
        said["gever"] = organisation_said(text)  # ("Van wie komt het?" after "Van Dijk Grondwerken", AG-01)
    if theme == "dilemma_belangenverstrengeling":
        said["eigen_rol"] = choice_said("eigen_rol", text)
        said["relatie"] = ("ex-partner" if choice_said("relatie", text) == "ex-partner" else "partner" if LIVING_TOGETHER.search(text or "")
                           else "vriend" if BEFRIENDED.search(text or "")
                           else "ex-collega" if FORMER_EMPLOYER.search(text or "") else None)
    elif theme == "dilemma_uitnodiging":
        said["reis_betaald"] = travel_said(text)
    elif theme in ("dilemma_ongewenst_gedrag", "dilemma_vermoeden_misstand"):
        if theme == "dilemma_ongewenst_gedrag":
            said["gedragsvorm"] = choice_said("gedragsvorm", text)
            # (a manager told of it: "Een medewerkster kwam gisteren bij me" is not towards him, DE-04)
            said["zelf_getroffen"] = towards_me_or_accused(text) if not said["als_leidinggevende"] else (
                ACCUSED if towards_me_or_accused(text) == ACCUSED else None)
            said["van_buiten"] = from_outside(text)
        said["veilig_gesprek"] = TALKED if already_talked(text) else yes_no_said("veilig_gesprek", text)
        if MANAGER_FIRST.search(text or ""):
            said["leidinggevende_betrokken"] = True
    # in any theme ("maar het was juist mijn leidinggevende die dat zei" about overtime not worked got "Bespreek het
    # met je leidinggevende" again, BC-09)
    involved = yes_no_said("leidinggevende_betrokken", text)
    if manager_involved(text) or involved is not None:
        said["leidinggevende_betrokken"] = involved is not False
    return {slot: value for slot, value in said.items() if value is not None}
