"""Facts a user states in passing, read from the words of their message, so they are not asked.

"wil me een fles wijn geven" is an offer: not accepted yet. "ik kreeg", "heb ... gekregen",
"ligt in mijn la" mean it has been received. Only clear cues count; anything else is asked.
An offer's cues win: "ik kreeg een cadeaubon aangeboden" is an offer. "ik wil anoniem melden"
answers whether a notice is anonymous; "niet anoniem" and "met mijn naam" answer it too.
"ik wil melden dat mijn teamleider ..." already describes the case of the notice. "ik kreeg
gisteren ..." says the day it happened. "die ik zelf behandel" is one's role in a case, "hij
kleineert me" a form of unwanted behaviour, "ik durf het niet te zeggen" that talking first is
not safe: the answers to the fact forms' questions, typed or said in a first message.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Callable, Dict, Optional, Pattern, Sequence, Tuple

from bot.amounts import items_total, more_than, parse_amount
from bot.cases import OTHERS_NAMED, case_said
from bot.dates import parse_date_nl
from bot.patterns import words as _words
from bot.what_said import organisation_said

OFFERED = re.compile(
    r"\b(aangeboden|aanbod|aanbieden|biedt|bieden|bood|boden"
    r"|wil(?:t|len|de|den)?\b[^.?!]*\b(?:geven|schenken|sturen|trakteren)"
    r"|gaat\b[^.?!]*\bgeven|mag ik\b[^.?!]*\b(?:aannemen|accepteren|aanpakken)"
    r"|(?:geweigerd|afgeslagen|teruggegeven|nee gezegd)"
    r"|(?:niet|nooit) (?:\w+ )?(?:aangenomen|geaccepteerd|aangepakt))\b",  # "ik heb het NIET aangenomen" (AH-10)
    re.IGNORECASE,
)
RECEIVED = re.compile(
    r"\b(kreeg|kregen|gekregen|ontving|ontvingen|ontvangen|aangenomen|geaccepteerd|aangepakt"
    r"|stuurde|stuurden|gestuurd|bracht|brachten|gebracht|bezorgd|afgeleverd|achtergelaten|gewonnen"
    r"|(?:gaf|gaven|gegeven)(?! geen)"  # not "je gaf geen antwoord" (AH-10)
    r"|(?:ligt|liggen|lag|lagen|staat|staan|stond|stonden)\b[^.?!]*\b(?:hier|op mijn|in mijn|bij mij)"
    r"|mag ik\b[^.?!]*\bhouden"
    r"|(?:in|bij) (?:mijn|m'n|mn) (?:tas|jas|zak|la|lade|kast|auto)\b[^.?!]*\b(?:gestopt|gestoken|gelegd|gedaan|gezet)"
    r"|(?:gestopt|gestoken|gelegd|gedaan|gezet) (?:\w+ ){0,2}in (?:mijn|m'n|mn) (?:tas|jas|zak|la|lade|kast|auto)"
    r"|(?:heb|had) (?:\w+ ){0,3}(?:meegenomen|opgegeten|opgedronken|gebruikt|uitgepakt|opengemaakt))\b",
    re.IGNORECASE,
)


def _first_cue(text: str, *cues: Tuple[Pattern, bool]) -> Optional[bool]:
    """The value of the first cue whose pattern is in the text, else None."""
    return next((value for pattern, value in cues if pattern.search(text or "")), None)


def gift_accepted(text: str) -> Optional[bool]:
    """True when the gift has been received, False when it is only offered, else None."""
    return _first_cue(text, (OFFERED, False), (RECEIVED, True))


# (also "zet er toch maar mijn naam bij", which left "Anoniem: ja", DC-13)
NAMED = re.compile(r"\b(niet (?:meer )?anoniem|met (?:mijn |m'n |mn )?naam|onder (?:mijn |m'n |mn )?eigen naam|"
                   r"(?:zet|doe) (?:er )?(?:\w+ ){0,2}(?:mijn|m'n|mn) naam (?:er ?)?(?:bij|onder|in)|(?:mijn|m'n|mn) naam mag (?:er ?)?(?:bij|in))\b",
                   re.IGNORECASE)
ANONYMOUS = re.compile(r"\banoniem", re.IGNORECASE)  # also "een anonieme melding"
NOT_NAMED = re.compile(r"\b(niet met (?:mijn |m'n |mn )?naam|zonder (?:mijn |m'n |mn )?naam|niet dat mijn naam)\b",
                       re.IGNORECASE)


def anonymous_wish(text: str) -> Optional[bool]:
    """True for "anoniem" or "niet met mijn naam", False for "niet (meer) anoniem" / "met mijn naam", else None."""
    return _first_cue(text, (NOT_NAMED, True), (NAMED, False), (ANONYMOUS, True))


# A wish about anonymity said in so many words beside another answer ("... getuigen. trouwens ik wil toch liever
# anoniem blijven"): not "een anonieme brief" in a story
_WISH = r"(?:wil|wilde|liever|liefst|graag|toch|doe|doen|maak|maar)"
ANONYMITY_WISH = re.compile(rf"[^.!?]*\b{_WISH}\b[^.!?]{{0,30}}\b(?:anoniem|met (?:mijn |m'n |mn )?(?:eigen )?naam|"
                            r"(?:mijn|m'n|mn) naam (?:er ?)?(?:bij|onder|in))\b[^.!?]*[.!?]?", re.IGNORECASE)


def anonymity_wish_beside(text: str) -> Tuple[Optional[bool], str]:
    """(the wish about anonymity said beside another answer, else None; the answer without it)."""
    found = ANONYMITY_WISH.search(text or "")
    if not found:
        return None, text
    rest = (text[:found.start()] + " " + text[found.end():]).strip(" ,.;")
    return anonymous_wish(found.group(0)), re.sub(r"[,.;\s]*\btrouwens\s*$", "", rest).strip(" ,.;")


REPORT_OF = re.compile(r"\bmeld\w*\b.*?\b(?:dat|over|van|:)\s+(\S+(?:\s+\S+){2,})", re.IGNORECASE | re.DOTALL)


HOW_TO = re.compile(r"^\W*(?:hoe|waar|wanneer|bij wie|aan wie|moet|kan|mag|wat|wie)\b", re.IGNORECASE)


# the words of a wish to report that say no more than the kind of notice ("een melding doen van een vermoeden van misstand")
NOTICE_KIND_WORDS = {"een", "het", "de", "dit", "dat", "vermoeden", "van", "misstand", "misstanden", "integriteitsschending",
                     "schending", "integriteit", "melding", "officiële", "officiele", "anonieme", "anoniem", "doen", "maken",
                     # nor do words that say nothing of it ("... van wat mijn collega doet", AH-13; "die van 25 wel even")
                     "wat", "mijn", "zijn", "haar", "hij", "zij", "ze", "iets", "er", "doet", "deed", "gedaan", "gebeurt",
                     "gebeurd", "is", "was", "collega", "ik", "wel", "even", "maar", "dan", "nu", "toch", "ook", "gewoon",
                     "graag", "die", "deze", "hem", "daar", "hier", "over", "alles",
                     # nor how it is to be made ("... over mijn collega, met mijn naam erbij" became its story, EC-09)
                     "met", "naam", "erbij", "zonder", "anonieme", "anoniem", "eigen", "onder"}


def reported_case(text: str) -> Optional[str]:
    """The message as typed when it is a wish to report that also says what happened, else None
    (also for a question how to report: "hoe meld ik dat bij mijn leidinggevende?", and for a wish that
    names only the kind of notice: it became a notice's description)."""
    found = REPORT_OF.search(text or "")
    told = [w for w in re.findall(r"[^\W\d]+", found.group(1).lower()) if w not in NOTICE_KIND_WORDS] if found else []
    # "... Kan ik dit namens hem melden zonder dat zijn naam erin komt?": a question how, not the wish (AC-12)
    asked = found and re.match(r"[^.!?]*\?", text[found.start():])
    return text.strip() if len(told) >= 3 and not HOW_TO.match(text) and not asked else None


STORY_WORDS = 12  # a message this long that is no question tells what happened


# "mag ik na mijn dienst met het busje langs de bouwmarkt voor mezelf?": the user's own question,
# no one else in it, is not the story of someone else's wrongdoing (it became an anonymous notice's text)
OWN_PERMISSION = re.compile(r"\b(?:mag|kan|moet|mogen) ik\b", re.IGNORECASE)


def story_said(text: str) -> Optional[str]:
    """The message as typed when it tells a story ("mijn teamleider laat facturen ... betalen"), for
    the description of a suspected wrongdoing; None for a short answer, a how-to question or the
    user's own question about themselves."""
    text = (text or "").strip()
    if OWN_PERMISSION.search(text) and not OTHERS_NAMED.search(text):
        return None
    return text if len(text.split()) >= STORY_WORDS and not HOW_TO.match(text) and not text.startswith("/") else None


def day_said(text: str, today: Optional[date] = None) -> Optional[str]:
    """The day something happened, as a message names it in passing ("ik kreeg gisteren", "vorige
    week dinsdag", "op 15 maart"), in ISO form; None for none, a day ahead, or a vague time
    ("vorige maand": the question about the date keeps such answers in the user's own words)."""
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
                                 r"homo", r"vanwege mijn (?:geloof|leeftijd|geslacht|handicap)")),
        ("seksuele_intimidatie", _words(r"seks", r"aanrak", r"aanraak", r"aangeraakt", r"aanrand", r"aangerand",
                                        r"raakt\w* me aan", r"betast",
                                        r"handtastelijk", r"ongewenste intimiteit", r"avances",
                                        # "zit steeds aan me en maakt opmerkingen over mijn lichaam" was asked what it was
                                        r"zit\w* (?:\w+ ){0,3}aan (?:me|mij)\b", r"(?:hand|handen|arm) (?:\w+ )?op (?:mijn|m'n|mn) "
                                        r"(?:been|knie|bil|billen|dij|rug|heup)", r"(?:aan|op) (?:mijn|m'n|mn) (?:billen|bil|borsten|kont)",
                                        r"opmerkingen (?:\w+ )?over (?:mijn|m'n|mn) (?:lichaam|uiterlijk|figuur|borsten|billen|kont)",
                                        r"schuine (?:grappen|opmerkingen|moppen)", r"dubbelzinnig\w*", r"(?:ge)?zoen\w*")),
        ("agressie", _words(r"agressi", r"bedreig", r"dreig", r"geweld", r"geslagen", r"slaat", r"schopt?\b",
                            r"mes\b", r"wapen", r"aangevallen",
                            r"geduwd", r"duwt", r"schreeuw", r"scheld", r"uitgescholden", r"intimid", r"opwacht")),
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
        ("misstand", _words(r"misstand", r"fraud", r"corrupt", r"omkop", r"smeergeld", r"steekpenning",
                            r"verduister", r"vervals", r"witwas", r"gevaar", r"gevaarlijk", r"onveilig",
                            # "het gaat over geld, subsidies die naar verkeerde mensen gaan" was not placed (BE-12)
                            r"(?:gaat|ging) (?:\w+ )?over geld", r"onterecht", r"verkeerde mensen", r"diefstal", r"gestolen",
                            r"steelt", r"achterover")),
        ("gedrag", _words(r"gedrag", r"houding")),
    ),
}


def choice_said(slot: str, text: str) -> Optional[str]:
    """The value of a fact form's choice (`CHOICES`) that a text names, else None."""
    return next((value for value, pattern in CHOICES.get(slot, ()) if pattern.search(text or "")), None)


# A typed answer to a yes/no question of the fact forms that names its answer without a yes or no.
UNSAFE_TO_TALK = _words(r"durf", r"bang", r"eng\b", r"onveilig", r"gevaarlijk", r"liever niet", r"kan ik niet",
                        r"niet veilig", r"\w*dreig\w*")  # "ze dreigden al dat het ongezellig wordt" (AI-04)
MANAGER = r"(?:leidinggevende|teamleider|manager|baas|chef|afdelingshoofd|directeur|(?:stage|werk|praktijk)?begeleider)"  # (an intern's, EC-04)
OTHER_PERSON = (r"(?:collega|wethouder|teamleider|leidinggevende|afdelingshoofd|baas|chef|directeur|manager|raadslid|"
                r"burgemeester|gemeentesecretaris|stagebegeleider|projectleider|teamgenoot)\w*")
RELATIVE = (r"(?:zwager|schoonzus|broer|zus|zoon|dochter|vrouw|man|echtgeno\w+|partner|vriendin|vriend|neef|nicht|vader|"
            r"moeder|schoon(?:vader|moeder|zoon|dochter|broer)|oom|tante)(?:tje|je|s|en)?\b")  # (not "manager")
THEIR_RELATIVE = rf"(?:zijn|haar|z'n|hun) (?:eigen )?(?:{RELATIVE}|familie\w*)\b"
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


# Unwanted behaviour towards the user ("hij kleineert me", "ik werd uitgescholden"), or towards
# someone else whom the user saw or heard about ("een collega wordt gepest", "ik was getuige").
_VICTIM = r"(?:collega|stagiai?r\w*|medewerker\w*|teamgeno\w*|hij|zij|ze|iemand|vrouw|man|meisje|jongen)"
TOWARDS_ME = _words(r"(?<!van )(?:me|mij|mijzelf)\b", r"ik (?:word|wordt|werd)\b", r"ikzelf\b",
                    # threatened for speaking up ("als ik mijn mond niet hou steekt hij mijn autobanden lek", AE-04)
                    r"(?:als|dat) ik (?:\w+ ){0,3}(?:mijn|m'n|mn) mond", r"ik (?:\w+ ){0,2}durf (?:\w+ ){0,4}niet",
                    r"(?:mijn|m'n|mn) (?:auto|autobanden|banden|fiets|huis|kinderen)\b",
                    r"over mijn (?:afkomst|geloof|hoofddoek|uiterlijk|lichaam|lijf|figuur|kleding|huidskleur|leeftijd|accent|handicap)",
                    # "een collega heeft zijn hand op mijn bil gelegd" went the way of a colleague's conduct (EE-11)
                    r"(?:op|aan|tegen|over) (?:mijn|m'n|mn) (?:bil|billen|been|benen|knie|rug|borst\w*|kont|heup|schouder|lichaam|"
                    r"dij|nek|haar|lijf)\b")
TOWARDS_OTHERS = _words(r"getuige", r"ik (?:zag|zie|hoorde|hoor)\b", r"ik heb (?:\w+ )*?(?:gezien|gehoord)\b",
                        rf"{_VICTIM}(?: van (?:mij|me))? (?:wordt|werd|worden|werden|is) (?:\w+ ){{0,4}}?\w*ge\w*(?:d|t|en)\b",
                        rf"{_VICTIM} voelt zich\b",
                        r"(?:tegen|naar|over) (?:haar|hem|een collega|mijn collega|collega's|anderen|een ander)\b",
                        r"(?:een|bij een) ander\b", r"niet (?:bij|over|om) mij",
                        # "grappen over de hoofddoek van een collega" was asked "Is het gedrag tegen jou gericht?" (BE-15)
                        r"over (?:de|het|zijn|haar) \w+ van (?:een|mijn|m'n|onze) (?:nieuwe |jonge )?(?:collega|stagiai?r\w*|medewerk\w*)",
                        # "kleineert een collega", not "gedrag van een collega"
                        # (not "... en mijn collega Ruud lacht mee", FD-01)
                        r"(?!van\b|door\b|met\b|dat\b|omdat\b|heb\b|had\b|heeft\b|hebben\b|is\b|was\b|werd\b|wordt\b|en\b|"
                        r"maar\b|ook\b)"
                        r"\w+ (?:een|mijn|m'n|onze) (?:nieuwe |jonge )?"  # (not "heeft een collega ... op mijn bil", EE-11)
                        r"(?:collega|stagiai?r|medewerker)",
                        r"vertel\w* (?:me|mij) (?:\w+ ){0,3}?dat\b",  # "vertelde me in vertrouwen dat ze ..."
                        r"(?:me|mij) (?:\w+ ){0,3}(?:verteld|toevertrouwd|gezegd) dat\b")  # "heeft mij in vertrouwen verteld dat"
# the whole answer to "Is het gedrag tegen jou gericht?": "een collega van mij", "nee, mijn stagiair"
SOMEONE_ELSE = re.compile(r"^\W*(?:nee\W+)?(?:bij |tegen |om )?(?:een |mijn |m'n |onze )?(?:nieuwe )?"
                          r"(?:collega|stagiai?r|medewerker|teamgeno|iemand anders)\w*(?: van (?:mij|me|ons))?\W*$", re.IGNORECASE)


# Unwanted behaviour by someone from outside the organisation: a resident at the counter, a client on
# the phone. Not where a colleague or the manager is named: the one who did it may be them.
FROM_OUTSIDE = _words(r"inwoner", r"burger", r"klant", r"bezoeker", r"aanvrager", r"bewoner", r"cli[eë]nt", r"beller",
                      r"onbekende", r"\bKCC\b", r"(?:een|die|de|zo'n) (?:man|vrouw|meneer|mevrouw) (?:aan de|belt|die (?:belt|langskomt))",
                      r"aan de balie", r"bij de balie", r"achter de balie", r"aan de (?:telefoon|lijn)", r"door de telefoon",
                      r"huisbezoek", r"iemand van buiten", r"uitkeringsgerechtigde", r"omwonende", r"buurtbewoner",
                      r"voorbijganger", r"automobilist", r"parkeerder")
INSIDE = _words(r"collega", rf"{MANAGER}", r"teamgeno", r"wethouder", r"raadslid", r"burgemeester", r"stagiai?r")


# the one who did it named as an outsider, whoever else the message names ("ik ben afdelingshoofd, een
# baliemedewerker van mij is bespuugd door een inwoner")
BY_OUTSIDER = _words(r"door (?:een|de|die|zo'n) (?:boze |agressieve )?(?:inwoner|burger|klant|bezoeker|aanvrager|bewoner|"
                     r"cli[eë]nt|beller|buurtbewoner|omwonende)")


def from_outside(text: str) -> Optional[bool]:
    """True where unwanted behaviour comes from someone outside the organisation ("een inwoner
    aan de balie bedreigde me"); None where the text does not say so, or also names a colleague
    without naming the outsider as the one who did it."""
    if BY_OUTSIDER.search(text or ""):
        return True
    return True if FROM_OUTSIDE.search(text or "") and not INSIDE.search(text or "") else None


# "It is not me, it is my colleague": said about an own dilemma the bot asks about, it is someone
# else's conduct ("ik niet! mijn collega heeft het aangenomen", "het gaat niet om mij").
NOT_ME = re.compile(
    r"^\W*(?:nee\W+)?ik niet\b|\bniet ik\b|\b(?:het )?(?:gaat|betreft) (?:het )?niet (?:om |over )?(?:mij|mezelf|mijzelf)\b"
    r"|\bik ben (?:zelf )?(?:niet|nergens voor) uitgenodigd\b|\b(?:het|dat) (?:gaat om|betreft) (?:de|een|onze) "
    r"(?:wethouder|bestuurder|directeur|burgemeester|raadslid|gemeentesecretaris)(?:\s*[.!,;]|\s*$)"
    r"|\bik (?:heb|had) (?:zelf )?(?:\w+ )?(?:niks|niets) "
    r"(?:gekregen|aangenomen|gedaan)|\b(?:het|dat) (?:is|was|gaat om) (?:mijn|m'n|mn|een) (?:collega|teamleider|leidinggevende|manager|baas)"
    r"|^\W*(?:nee\W+)?(?:ik niet\W+)?(?:hij|zij|ze) wel\W*$"  # "ik niet, hij wel"; not "mag ze wel ...?"
    # "maar het is niet mijn familie hoor, het is de zwager van mijn baas" (DC-03, DB-16)
    rf"|\bniet mijn (?:eigen )?(?:familie|{RELATIVE})\b|\b(?:de|het|een) {RELATIVE} van (?:mijn|m'n|mn|de|onze) {OTHER_PERSON}",
    re.IGNORECASE)


def not_me_said(text: str) -> bool:
    return bool(NOT_ME.search(text or ""))


# Someone else's act told in the words of an own dilemma: they took the gift, or their relative is in it ("De wethouder
# nam het gewoon mee", "heeft mijn afdelingshoofd erop gestaan dat het bedrijf van zijn zwager werd uitgenodigd"): it
# was advised as the user's own, and the user sent to the manager who did it (DC-03, DC-08, DB-16)
OTHERS_ACT = _words(
    rf"{OTHER_PERSON} (?:\w+ ){{0,6}}?(?:(?:nam|neemt) (?:\w+ ){{0,4}}(?:mee|aan)|accepteerde|accepteert|ontving|kreeg|krijgt|"
    r"heeft (?:\w+ ){0,5}(?:aangenomen|geaccepteerd|meegenomen|gekregen))\b",
    rf"{OTHER_PERSON}\b[^.?!]{{0,80}}\b{THEIR_RELATIVE}", rf"{THEIR_RELATIVE}\b[^.?!]{{0,80}}\b{OTHER_PERSON}",
    # "onze wethouder is een weekend naar Antwerpen geweest op kosten van de projectontwikkelaar" (EC-07)
    rf"{OTHER_PERSON} (?:(?!ik\b|me\b|mij\b)\w+ ){{0,8}}?(?:op kosten van|betaald door|gesponsord door|op uitnodiging van)\b")
OWN_PART = _words(rf"(?:mijn|m'n|mn) (?:eigen )?{RELATIVE}", r"ik (?:kreeg|krijg|nam|ontving)", r"(?:heb|had) ik (?:\w+ ){0,4}gekregen",
                  r"ik (?:heb|had) (?:\w+ ){0,5}(?:gekregen|aangenomen|ontvangen)", r"(?:gaf|geeft|bood|biedt|gaven) (?:me|mij|ons)",
                  r"(?:me|mij) (?:\w+ ){0,3}(?:aangeboden|gegeven|uitgenodigd)",
                  # (not "moet ik hem daarop aanspreken?", EC-05)
                  r"(?:mag|moet|kan|kun|wil) ik\b(?! (?:\w+ ){0,4}(?:aanspreken|zeggen|melden|vertellen|aankaarten|klikken|vinden|"
                  r"doen|mee)\b)")


# after the advice on one's own dilemma, a question about a colleague in it ("en mijn collega dan, moet ik daar wat van
# zeggen? ik wil niet klikken" was read as information, EC-05)
COLLEAGUE_ASKED_ABOUT = _words(r"(?:en )?(?:mijn|m'n|mn|die|de) collega\w*\b[^.?!]{0,60}\b(?:zeggen|aanspreken|melden|klikken|"
                               r"aankaarten|vertellen)\b")


def colleague_asked_about(text: str) -> bool:
    return bool(COLLEAGUE_ASKED_ABOUT.search(text or ""))


# the other one did not report their own interest: their conduct, also told by someone in a supporting role ("ik ben
# HR-adviseur ... de afdelingshoofd zit in de commissie en haar schoonzoon solliciteert. Zij heeft dat niet gemeld" got
# "Jij behandelt of beoordeelt het zelf", FB-04)
_THEY_DID_NOT_REPORT = _words(r"(?:zij|hij|ze|die) (?:heeft|had) (?:dat|het|dit) (?:\w+ )?niet (?:gemeld|verteld|doorgegeven|aangegeven)",
                              r"(?:zij|hij|ze|die) (?:heeft|had) (?:niks|niets) (?:gemeld|gezegd|doorgegeven)",
                              r"(?:zij|hij|ze|die) meldt (?:dat|het|dit) niet", r"zonder (?:dat |het )?(?:te )?melden")


def others_act_said(text: str) -> bool:
    text = text or ""
    return bool(OTHERS_ACT.search(text) and not OWN_PART.search(text)
                and (not on_behalf_asking(text) or _THEY_DID_NOT_REPORT.search(text)) and not manager_asking(text))


# The user is the one whose behaviour a colleague finds unwanted ("een collega wil een klacht over
# mij indienen omdat ik haar zou kleineren", "nee ik ben degene die het zou doen").
ACCUSED = "beschuldigd"
ACCUSED_SAID = _words(r"(?:klacht|melding)\w* (?:\w+ ){0,3}(?:over|tegen) (?:mij|me)\b", r"beschuldig", r"beticht",
                      r"ik ben degene die", r"aangesproken op mijn (?:gedrag|houding|grappen|opmerkingen)",
                      r"ik (?:zou|had) (?:haar|hem|iemand|een collega|collega's) (?:\w+ ){0,3}(?:gekleineerd|kleineren|gepest|pesten|"
                      r"lastiggevallen|lastigvallen|geïntimideerd|intimideren|uitgescholden|gediscrimineerd|discrimineren)",
                      r"(?:vindt|vond|voelt) (?:\w+ ){0,3}dat ik (?:haar|hem) (?:\w+ ){0,3}(?:pest|kleineer|lastigval|intimideer)")


def towards_me_or_accused(text: str) -> Optional[object]:
    """ACCUSED where the user is the one said to behave badly, else `towards_me`."""
    return ACCUSED if ACCUSED_SAID.search(text or "") else towards_me(text)


def towards_me(text: str) -> Optional[bool]:
    """Whether unwanted behaviour is towards the user (True) or someone else (False), where the
    text says one of them and not the other ("mijn collega vertelde me dat ze ..." is asked)."""
    text = text or ""
    mine, others = bool(TOWARDS_ME.search(text)), bool(TOWARDS_OTHERS.search(text) or SOMEONE_ELSE.match(text))
    return mine if mine != others else None


def _cue(pattern: Pattern, value: bool) -> Callable[[str], Optional[bool]]:
    return lambda text: _first_cue(text, (pattern, value))


YES_NO_SAID: Dict[str, Callable[[str], Optional[bool]]] = {
    "veilig_gesprek": _cue(UNSAFE_TO_TALK, False),
    # "wacht, mijn leidinggevende heeft er niks mee te maken hoor, het is iemand van ICT" did not undo a yes (BD-10)
    "leidinggevende_betrokken": lambda text: _first_cue(text, (MANAGER_NOT_IN_IT, False), (MANAGER_IS_IT, True)),
    "reis_betaald": _cue(TRAVEL_PAID, True),
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


NOTICE_WORDS = {
    "geschenk": _words(r"cadeau", r"kado", r"geschenk", r"kerstpakket", r"gift\b"),
    "uitnodiging": _words(r"uitnodiging", r"uitgenodigd"),
    "nevenwerkzaamheden": _words(r"nevenwerk", r"nevenfunctie", r"nevenactiviteit", r"bijbaan", r"bijverdien"),
    "belangenverstrengeling": _words(r"belangenverstrengeling", r"familielid", r"familie in (?:een|de) zaak"),
    "vermoeden_misstand": _words(r"misstand", r"fraude", r"corruptie", r"omkoping", r"klokkenluid", r"integriteitsschending",
                                 r"schending van (?:de )?integriteit", r"vermoeden van"),
    "contactverzoek_vertrouwenspersoon": _words(r"contactverzoek", r"(?:praten|spreken|contact) met (?:een|de) vertrouwenspersoon",
                                                r"vertrouwenspersoon (?:mij|me) (?:bel|mail)"),
}


OFFICIAL = _words(r"officie", r"klacht", r"formele? melding", r"melden\b", r"melding\b")


# a wish to report officially, said beside another question ("Ik wil het eigenlijk gewoon officieel melden, met mijn naam
# erbij. Maar wat als die twee collega's erachter komen? Mogen die mij dan gaan pesten?" started unwanted behaviour, AI-04)
OFFICIAL_WISH = _words(r"(?:wil|ga) (?:het |dit |dat )?(?:\w+ ){0,3}officieel (?:\w+ )?melden",
                       r"(?:wil|ga) (?:\w+ ){0,3}(?:een )?officiële melding (?:doen|maken|indienen)")


def official_wish(text: str) -> bool:
    return bool(OFFICIAL_WISH.search(text or "")) and not no_notice_said(text)


def official_said(text: str) -> bool:
    """Whether a wish to report asks for the official route ("ik wil er een officiële melding van maken",
    "oke dan wil ik het anoniem melden" after the offer of a talk with an adviser)."""
    return bool(OFFICIAL.search(text or ""))


def notice_type_said(text: str) -> Optional[str]:
    """The one kind of notice a wish to report names ("ik wil mijn nevenwerk melden"), else None."""
    named = [kind for kind, pattern in NOTICE_WORDS.items() if pattern.search(text or "")]
    return named[0] if len(named) == 1 else None


_OPENER = r"^\W*(?:(?:ok\w*|oké|ja|nee|maar|hm+)\W+)*"
WHAT_IF = re.compile(_OPENER + r"(?:en |dus )?(?:(?:wat )?als\b|stel\b|zeg dat\b|en (?:nou|nu) als\b)", re.IGNORECASE)
ASKS_ON = re.compile(_OPENER + r"(?:en|dus|maar|ook|zelfs|moet ik|mag ik|kan ik|hoef ik|hoeft|wat moet|wat doe|wat zeg|hoe)\b",
                     re.IGNORECASE)
REFERS_BACK = re.compile(r"(?:\b|')(?:het|dat|dit|ze|hem|haar|daar\w*|dan|zo'n|die|deze|hij|zij|t|m)(?!\w)", re.IGNORECASE)


NEW_MATTER = _words(r"iets anders", r"(?:nog )?een (?:andere )?vraag", r"ander onderwerp", r"los daarvan", r"trouwens")


def what_if(text: str) -> bool:
    """Whether a message asks about another case than the real one ("en als het 40 euro was?")."""
    return bool(WHAT_IF.match(text or ""))


def follow_up(text: str) -> bool:
    """Whether a message is a short question that goes on about what was just discussed ("moet ik
    het teruggeven?", "en als ik de vlucht zelf betaal?"), not a new matter ("en voor etentjes?",
    "mijn collega neemt papier mee, mag dat?")."""
    text = text or ""
    if NEW_MATTER.search(text):
        return False
    # (a what-if may take more words: "ok. en als hij envelop gewoon op balie legt en weg loopt? dan heb ik het toch", DA-04)
    words = len(text.split())
    return bool(WHAT_IF.match(text) and words <= 20 or words <= 14 and ASKS_ON.match(text) and REFERS_BACK.search(text))


# A manager asking about an employee of theirs ("een medewerker van mij kreeg een kerstpakket", "ik
# ben zijn leidinggevende"); "mijn teamleider" is the user's own manager.
MANAGER_ASKING = _words(
    r"(?:mijn|m'n|mn) (?:medewerk\w*|teamlid|teamleden|ondergeschikte\w*)\b", r"medewerk\w* van (?:mij|me)\b",
    r"een van (?:mijn|m'n|mn) (?:medewerkers|teamleden|mensen)\b", r"iemand (?:uit|van|in) (?:mijn|m'n|mn) (?:team|afdeling)\b",
    r"ik ben (?:zijn|haar|z'n|hun|de|hier) (?:direct )?(?:leidinggevende|teamleider|manager|baas|chef|afdelingshoofd|directeur)\b",
    # "als zijn leidinggevende", not one's own role ("als teamleider afvalbeheer ben ik uitgenodigd", AJ-08)
    r"ik geef leiding aan\b", r"als (?:zijn|haar|hun) (?:leidinggevende|teamleider|manager|afdelingshoofd)\b")


# Someone who works elsewhere ("ik werk bij het waterschap AGV en niet bij Huizen", "ik ben van de politie"): the
# municipality's limit and gift register were applied to them (BB-04, BB-09)
OTHER_EMPLOYER = _words(
    r"(?:ik )?werk (?:zelf )?niet (?:bij|voor) (?:de gemeente|deze gemeente|jullie)\b", r"ben (?:zelf )?geen (?:medewerker|ambtenaar) van",
    r"ik (?:werk|zit) (?:zelf )?(?:bij|voor) (?:het |de |een )?(?:waterschap|hoogheemraadschap|politie|provincie|rijkswaterstaat|"
    r"belastingdienst|andere gemeente|buurgemeente|veiligheidsregio|omgevingsdienst|ggd|marechaussee|ministerie)\b",
    # (not a visit: "ik ben bij de politie geweest om aangifte te doen")
    r"ik ben (?:zelf )?(?:van|bij) de (?:politie|provincie|marechaussee|belastingdienst)\b"
    r"(?![^.?!]{0,40}\b(?:geweest|gegaan|langs ?geweest|aangifte|gebeld|gemeld))")


# Several matters in one message ("ik heb eigenlijk drie dingen. 1 mijn zwager ... 2 ik heb ... 3 mijn collega ...")
SEVERAL_MATTERS = re.compile(r"\b(?:twee|drie|vier|een paar|meerdere) (?:dingen|vragen|zaken|kwesties|dilemma'?s)\b"
                             r"|(?:^|[\s:])1[.):]?\s+\w[^\n]*?\s2[.):]?\s+(?:ik|mijn|m'n|mn|een|de|het|er|we|hij|zij|ze)\b",
                             re.IGNORECASE)


def several_matters(text: str) -> bool:
    return bool(SEVERAL_MATTERS.search(text or ""))


# a council member, alderman or mayor: their own code of conduct, not the employees' ("Ik heb geen leidinggevende, ik ben
# raadslid" was told three times to discuss it with the manager, FB-06)
ADMINISTRATOR_SELF = _words(r"ik ben (?:hier |zelf |een |de )?(?:gemeente)?raadslid", r"ik ben (?:hier |zelf |de |een )?(?:wethouder|burgemeester)\b",
                            r"als (?:gemeente)?raadslid\b", r"ik zit (?:zelf )?in de (?:gemeente)?raad\b",
                            r"ik ben (?:\w+ )?(?:commissielid|fractievoorzitter|fractielid|burgerlid|steunfractielid)\b")


# someone else's conduct by the integrity coordinator or a confidential adviser: the notice of this chat goes to them
# ("een ernstig vermoeden over de integriteitscoördinator zelf" was routed to him, notice button included; GB-14, GB-17)
_OFFICER = r"(?:interne |externe )?(?:integriteitsco[öo]rdinator|co[öo]rdinator|vertrouwenspersoon)"
OFFICER_ACCUSED = _words(rf"(?:vermoeden|melden|melding|klacht|iets|zorgen) (?:\w+ ){{0,3}}over (?:de|onze|die|een) {_OFFICER}",
                         rf"(?:de|onze|die) {_OFFICER} (?:zelf )?(?:\w+ ){{0,5}}(?:heeft|had) (?:\w+ ){{0,5}}(?:doorgespeeld|doorverteld|"
                         r"rondverteld|gelekt|verteld|misbruikt|verraden)",
                         rf"(?:de|onze|die) {_OFFICER} (?:\w+ ){{0,3}}(?:lekt|lekte|speelt|speelde|vertelt|vertelde|roddelt|roddelde)\b")


def officer_accused(text: str) -> bool:
    return bool(OFFICER_ACCUSED.search(text or ""))


# a relationship with a colleague, asked about ("mag ik met een collega daten?" got the questions on unwanted behaviour, GC-17)
RELATIONSHIP_ASKED = _words(r"date[nt]?\b", r"verkering", r"verliefd", r"liefdesrelatie", r"relatie (?:\w+ ){0,2}met (?:een|mijn|m'n|mn) collega",
                            r"samenwon\w* met (?:een|mijn|m'n|mn) collega")


_UNWANTED_ADVANCES = _words(r"aandring\w*", r"opdring\w*", r"blijft (?:\w+ )?(?:vragen|aandringen|sturen|appen)", r"wil (?:dat|het) niet",
                            r"lastig\w*", r"nee (?:\w+ )?gezegd")


def relationship_asked(text: str) -> bool:
    return "?" in (text or "") and bool(RELATIONSHIP_ASKED.search(text or "")) and not behaviour_said(text) \
        and not _UNWANTED_ADVANCES.search(text or "")


def administrator_said(text: str) -> bool:
    return bool(ADMINISTRATOR_SELF.search(text or ""))


def other_employer_said(text: str, organisation: str) -> bool:
    """Whether the user says to work elsewhere than `organisation` ("gemeente Huizen")."""
    place = re.escape(organisation.split()[-1])
    return bool(OTHER_EMPLOYER.search(text or "") or re.search(
        rf"\b(?:ik )?werk (?:zelf )?niet (?:bij|voor) (?:de gemeente )?{place}\b"
        rf"|\bik (?:werk|ben) (?:\w+ )?bij de gemeente (?!{place}\b)(?-i:[A-Z])\w+", text or "", re.IGNORECASE))


# Asking for someone else, not as their manager ("Ik ben HR-adviseur. Een medewerkster kwam ... bij me", "ik vraag het
# voor mijn directeur"): it was addressed as the one with the dilemma (BB-01, BB-03, BB-14)
# (a role alone is no one else: an HR adviser asked about her own side job, DA-07)
SUPPORTING_ROLE = _words(
    r"ik ben (?:\w+ )?(?:hr|p&o|personeels|p&o-?)[- ]?(?:adviseur|consulent|medewerker|functionaris)",
    r"als (?:hr|p&o)[- ]?(?:adviseur|consulent|medewerker)", r"ik (?:werk|zit) (?:bij|op) (?:hr|p&o|personeelszaken)\b",
    r"ik ben (?:de )?(?:secretaresse|secretaris|assistent|managementassistent)e? van")
# (not "hij" or "hem": "Ik heb hem nog niet gebruikt" was a voucher, DD-06)
OTHER_IN_STORY = _words(r"medewerk\w*", r"werknemer\w*", r"collega\w*", r"teamlid", r"iemand", r"een (?:vrouw|man)\b",
                        rf"(?:zijn|haar|z'n) (?:eigen )?{MANAGER}",
                        r"(?:mijn|de) (?:baas|directeur|wethouder|burgemeester|manager|leidinggevende)",
                        rf"(?:een|de|die|onze) (?:\w+ )?{MANAGER}")  # ("Een teamleider ... vertelde me", EB-02)
GIVEN_TO_ME = _words(r"ik (?:kreeg|krijg|ontving)", r"(?:heb|had) ik (?:\w+ ){0,4}gekregen", r"ik (?:heb|had) (?:\w+ ){0,4}gekregen",
                     r"(?:heeft|hebben|had) (?:me|mij) (?:\w+ ){0,4}(?:gestuurd|gegeven|aangeboden)",
                     r"(?:gaf|geeft|bood|biedt|stuurde|stuurt) (?:me|mij)\b",
                     # "bood aan om mijn kapotte privélaptop te repareren ... mag ik daar ja op zeggen?" (EC-13)
                     r"(?:bood|biedt|boden|bieden) (?:\w+ ){0,4}aan (?:om )?(?:\w+ ){0,3}(?:mijn|me|mij)\b",
                     r"mag ik (?:daar |het |dat |dit )?(?:ja op zeggen|aannemen|accepteren|houden)\b")
# "Nee hoor, het is voor mezelf, ik heb die bon zelf gekregen": no longer asked for someone else (DD-06)
FOR_MYSELF = _words(r"(?:het|dit|dat) is voor (?:mezelf|mijzelf|mij)\b", r"(?:het )?gaat (?:\w+ )?(?:om|over) (?:mezelf|mijzelf)\b",
                    r"(?:ik )?vraag (?:het|dit) (?:\w+ )?voor (?:mezelf|mijzelf)", r"niet (?:voor|namens|om|over) iemand anders",
                    r"(?:het )?(?:gaat|ging) (?:\w+ )?(?:om|over) mij\b",
                    r"ik (?:heb|had) (?:\w+ ){0,3}zelf gekregen", r"over mijn eigen\b")
ON_BEHALF = _words(
    r"(?:ik vraag|vraag ik) (?:dit|het) (?:\w+ )?(?:voor|namens) (?:een|mijn|m'n|onze) (?:collega|medewerker|medewerkster|directeur|"
    r"wethouder|burgemeester|teamgenoot)", r"namens (?:een|mijn|m'n|onze) (?:collega|medewerker|medewerkster|directeur|wethouder)",
    r"(?:een|mijn) (?:medewerker|medewerkster|collega) (?:kwam|vroeg|belde) (?:\w+ ){0,4}(?:bij|aan) (?:me|mij)\b")


def for_myself_said(text: str) -> bool:
    return bool(FOR_MYSELF.search(text or ""))


def on_behalf_asking(text: str) -> bool:
    text = text or ""
    if FOR_MYSELF.search(text):
        return False
    return bool(ON_BEHALF.search(text) or SUPPORTING_ROLE.search(text) and OTHER_IN_STORY.search(text)
                and not GIVEN_TO_ME.search(text))


# a manager's role with an employee in the story ("ik ben teamleider ... Een medewerkster kwam gisteren bij me met de klacht
# dat een andere medewerker uit mijn team ...": he got the target's advice, DE-04); the role alone is one's own (AJ-08)
MANAGER_ROLE = _words(rf"ik ben (?:hier |zelf |de |een )?{MANAGER}\b", rf"als {MANAGER}\b")
EMPLOYEE_IN_STORY = _words(r"medewerk\w*", r"werknemer\w*", r"teamlid", r"teamleden", r"(?:uit|van|in) (?:mijn|m'n|mn) (?:team|afdeling)")


# one's own relative in one's own team ("mijn neef heeft gesolliciteerd op de vacature in mijn team (ik ben teamleider)" got
# "Een melding doet je medewerker zelf", FA-06): one's own conflict, unless an employee is named
_MY_RELATIVE = _words(rf"(?:mijn|m'n|mn) (?:eigen )?{RELATIVE}")
_EMPLOYEE_NAMED = _words(r"medewerk\w*", r"werknemer\w*", r"teamlid", r"teamleden")


def manager_asking(text: str) -> bool:
    text = text or ""
    if _MY_RELATIVE.search(text) and not _EMPLOYEE_NAMED.search(text) and not MANAGER_ASKING.search(text):
        return False
    return bool(MANAGER_ASKING.search(text) or MANAGER_ROLE.search(text) and EMPLOYEE_IN_STORY.search(text))


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


# Someone the user knows in a relation's interest (else the theme was a guess: "mijn manager wil dat ik een opdracht
# opknip" was asked "Wie is het voor jou?", EC-10); and a relation denied ("er is geen familie of zo bij betrokken")
SOMEONE_KNOWN = _words(RELATIVE, r"famil\w*", r"vriend\w*", r"kennis\w*", r"bekende\w*", r"buur\w*", r"buren", r"partner",
                       r"ex\b", r"ex-\w+", r"(?:oud|ex)-?collega\w*", r"huisgeno\w*", r"(?:mijn|m'n|mn) (?:eigen )?(?:aanvraag|sollicitatie|"
                       r"huis|bedrijf|club|vereniging|kind\w*)", r"uit (?:mijn|m'n|mn) (?:straat|buurt|dorp|wijk|klas|vereniging|club|kerk)",
                       r"ken(?:t|nen)? (?:ik|elkaar|hem|haar|ze)\b", r"(?:oude|vorige|voormalige?) werkgever", r"werkte ik")
NO_RELATIVE = _words(r"geen (?:familie|familielid|vrienden|vriend|relatie|kennis\w*)\b",
                     r"(?:gaat|ging) (?:\w+ )?niet (?:over|om) (?:familie|vrienden)")


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


# one's own deed, not someone else's conduct ("het gaat om iets wat ik zelf gedaan heb" got "Dat kan ik niet plaatsen" at
# "Wat past het best?", FE-07)
OWN_DEED = _words(r"(?:iets )?wat ik (?:\w+ )?zelf (?:\w+ )?(?:gedaan|deed|fout)", r"mijn eigen fout", r"ik heb (?:het|dat|dit) zelf gedaan",
                  # (HE-12, HE-14: stuck at "misstand of gedrag van een collega?")
                  r"om mijn eigen\b", r"ik wil niemand (?:melden|aangeven|verraden|verlinken)",
                  r"niet over (?:een |mijn )?collega")


def other_matter_told(text: str) -> bool:
    """Whether a message tells of danger, or of unwanted behaviour towards the user, at some length (not a short answer)."""
    return len((text or "").split()) >= 5 and (danger_said(text) or behaviour_said(text) and towards_me(text) is True)


def own_deed_said(text: str) -> bool:
    """One's own deed, or a question said to be about oneself (FOR_MYSELF: "het gaat om mij", "over mijn eigen ...")."""
    return bool(OWN_DEED.search(text or "") or FOR_MYSELF.search(text or ""))


def behaviour_said(text: str) -> bool:
    return bool(BEHAVIOUR_WORDS.search(text or "")) or choice_said("gedragsvorm", text) is not None


def someone_known(text: str) -> bool:
    return bool(SOMEONE_KNOWN.search(text or ""))


def no_relative_said(text: str) -> bool:
    return bool(NO_RELATIVE.search(text or ""))


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
                        r"al (?:eens |een keer |meerdere keren |vaker )?(?:mee )?(?:gesproken|besproken|aangesproken|gezegd)")


def already_talked(text: str) -> bool:
    return bool(ALREADY_TALKED.search(text or ""))


SPELLED_EUROS = _words(r"\w+(?:tig|honderd|duizend|tien|twaalf|elf) euro")
RULE_NAMED = _words(r"grens", r"limiet", r"drempel", r"\w*regel\b")  # "geldt de vijftig euro grens ook ...?"


def facts_said(theme: Optional[str], text: str) -> Dict[str, object]:
    """The facts a first message of a theme already answers."""
    said: Dict[str, object] = {"geval": case_said(theme, text), "als_leidinggevende": manager_asking(text) or None,
                               "namens": False if for_myself_said(text) else on_behalf_asking(text) or None}
    if theme == "dilemma_geschenk":
        # "6 flessen van een tientje", "ruim 50 euro": the entity found only "een tientje", "50 euro"
        total = items_total(text)
        said["bedrag"] = (f"{total} euro" if total is not None else f"ruim {parse_amount(text)} euro"
                          if more_than(text) and parse_amount(text) is not None else
                          # in words, which the entity model misses ("ong veertig euro" was asked again, AG-10)
                          f"{parse_amount(SPELLED_EUROS.search(text).group())} euro"
                          if SPELLED_EUROS.search(text or "") and not re.search(r"\d\s*(?:euro|,-)|€\s*\d", text)
                          and not RULE_NAMED.search(text) else None)
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


# A wish to stop, in the words people use ("laat maar", "ik kap ermee", "toch maar niet"); a stop
# the NLU finds in other words ("verstuur maar", "mail maar", "laat maar mailen") is an answer.
STOP_SAID = _words(
    r"stop", r"kap\w*", r"ophoud", r"ho+u\w* (?:\w+ )?op\b", r"\w+ (?:er|ermee|hiermee) op\b", r"annule", r"afbre\w*",
    r"breek\w* (?:\w+ )?af\b", r"vergeet\b", r"wis\b", r"verwijder", r"gooi\w* (?:\w+ )*?weg\b",
    r"laat (?:\w+ ){0,2}maar(?! \w+en\b)(?! zo\b)", r"laat (?:\w+ )*?zitten\b", r"toch (?:maar )?(?:niet|geen)\b",
    r"(?<!weet )(?<!weet het )(?<!weet ik )niet (?:\w+ ){0,2}(?:meer|verder)\b", r"mee op\b",
    r"trek\w* (?:me|het) (?:terug|in)\b", r"zie\w* (?:er ?)?(?:van ?)?af\b", r"bedacht",
    r"bedenk me", r"spijt", r"klaar", r"genoeg", r"later\b", r"hierbij\b", r"beëindig", r"geen zin", r"niks meer",
    r"niet doorzetten", r"niet afmaken")
SEND_SAID = _words(r"verstuur", r"versturen", r"verzend", r"opsturen", r"insturen", r"doorsturen", r"indienen",
                   r"stuur (?:\w+ )?(?:maar|door|op|in)\b", r"dien (?:\w+ )?in\b", r"ga je gang",
                   r"laat (?:het |hem )?(?:maar )?zo\b")  # ("laat maar zo, verstuur" threw the notice away, FA-11)
NOT_YET = _words(r"niet\b", r"nog niet", r"wacht", r"eerst", r"voordat", r"voor ik", r"pas\b", r"zodra", r"straks",
                 r"morgen", r"later\b", r"als ik")
# No notice now, inside a notice or at its summary ("ik wil nu geen melding doen" was kept as the case;
# "ik wil niet versturen" got "Wat wil je aanpassen?"); not "nog niet versturen, eerst ...".
# (a wish not to report in so many words is NO_NOTICE_FIRM, below)
NO_NOTICE = _words(r"(?:wil|ga|hoef|zal) (?:\w+ ){0,2}(?:geen|niets|niks) (?:\w+ )?(?:melding\w*|melden|versturen|indienen)",
                   r"(?<!nog )niet (?:\w+ )?(?:versturen|verzenden|opsturen|indienen)\b",
                   r"verstuur (?:\w+ )?(?:maar )?niet\b",
                   r"^\W*(?:nee\W+)?(?:dus )?niet melden\b")  # "nee niet melden!" started the notice (AE-12)
WAIT = _words(r"nog niet", r"wacht", r"eerst", r"voordat", r"voor ik", r"pas\b", r"zodra", r"straks", r"morgen", r"later\b")
# A report put off at the offer to fill in a notice ("ik zal het zo nodig tegen die tijd melden" started it)
LATER_REPORT = _words(r"meld (?:het|dat|hem|dit|ze) (?:\w+ ){0,2}(?:later|wel|zelf|dan|nog)\b",
                      r"(?:zal|ga|kan) (?:het |dat |hem |dit )?(?:\w+ ){0,4}(?:later|tegen die tijd|zo ?nodig|wel|zelf) "
                      r"(?:\w+ ){0,3}melden", r"als het zover is", r"tegen die tijd",
                      # "ik wil nu nog niet melden. eerst denken" started the notice (AE-12)
                      r"(?:wil|ga|zal) (?:\w+ ){0,3}nog niet (?:\w+ )?melden", r"eerst (?:even |nog )?(?:nadenken|denken|overleggen)")


# A wish to keep a notice for later ("kun je dit bewaren?", "kan het later?"): it was read as an answer
SAVE_ASKED = _words(r"bewaren", r"opslaan", r"bewaar (?:\w+ )?(?:hem|het|dit|deze|die)\b", r"(?:nog )?niet (?:\w+ )?versturen",
                    r"(?:later|morgen|straks) (?:\w+ )?(?:verder|versturen|afmaken|insturen|verzenden)",
                    r"(?:pas|later|morgen) (?:\w+ ){0,2}versturen", r"kan (?:het|dat|hij|ie|die) (?:ook |nog )?(?:later|morgen)\b")


def save_asked(text: str) -> bool:
    return bool(SAVE_ASKED.search(text or ""))


# A short break inside a notice or at its summary ("ik word geroepen, ben zo terug", "momentje, telefoon"): it said
# goodbye at the summary, and the thread of the notice was lost (HA-05)
PAUSE = _words(r"(?:ben|kom) (?:zo|zometeen|straks|dadelijk|zo meteen|even) (?:weer )?terug\b", r"momentje\b", r"moment graag\b",
               r"even (?:wachten|geduld)\b", r"wacht (?:even|ff|effe|heel even)\b", r"ik (?:word|wordt) (?:\w+ )?geroepen\b",
               r"(?:moet|ga) (?:\w+ )?(?:even|ff|effe) (?:weg|opnemen|koffie halen)\b",
               r"(?:mijn|de) telefoon gaat\b", r"(?:daar gaat|ik krijg|er komt) (?:mijn|de|een) telefoon\w*\b",
               r"brb\b", r"(?:ff|effe|even) weg\b", r"hou (?:het|hem|dit) (?:even )?vast\b")


def pause_said(text: str) -> bool:
    """Whether a short message asks the bot to wait a moment, with no more to it (no question, no stop)."""
    return bool(PAUSE.search(text or "")) and "?" not in (text or "") and len((text or "").split()) <= 12 \
        and not stop_said(text)


# One confidential adviser and not the other ("alleen de externe", "niet naar die van ons"): a contact request goes to all
ONE_ADVISER = _words(r"(?:krijgt|leest|ziet) (?:de|die) (?:extern|intern)e (?:vertrouwenspersoon )?(?:\w+ ){0,3}(?:te zien|mee|dit|het)\b",
                     r"(?:alleen|enkel|uitsluitend|liever|liefst)\b[^.?!]{0,40}\b(?:extern|intern)\w*",
                     # the adviser close to the one it is about ("de interne vertrouwenspersoon is zijn vrouw" was offered
                     # a contact request to her, HB-11)
                     r"(?:extern|intern)e (?:vertrouwenspersoon|vp) (?:\w+ ){0,2}(?:is (?:zijn|haar|de|een)\b|getrouwd|bevriend|familie)",
                     r"niet (?:\w+ ){0,6}(?:de |die )?(?:extern|intern)\w* (?:vertrouwenspersoon|vp)",
                     r"niet (?:\w+ ){0,3}(?:dat |of )?(?:de|die) (?:extern|intern)e\b",
                     r"(?:gaat|komt) (?:dit|het|die|dat) (?:\w+ ){0,2}(?:naar|bij) (?:de|die) (?:extern|intern)e\b",
                     r"(?:zelf )?(?:kiezen|kies) (?:\w+ ){0,4}(?:welke|wie|een andere) (?:\w+ ){0,2}vertrouwenspersoon",
                     r"welke vertrouwenspersoon (?:\w+ ){0,4}(?:krijgt|leest|ziet|kiezen)")


# Whether the one reported on learns who reported ("komt hij erachter dat ik het gemeld heb?" got the status form)
_SOMEONE = r"(?:hij|zij|ze|die|(?:mijn|m'n|mn|de|die|deze) \w+)"
_WHO = r"(?:dat ik\b|wie (?:\w+ ){0,2}(?:gemeld|meld\w*|was|klaagt|geklaagd|aangegeven)|dat het van mij|van wie (?:het|de melding|die melding|dit)\b)"
WHO_REPORTED = _words(rf"(?:komt|komen|kan|kunnen|gaat|zal) {_SOMEONE} (?:\w+ ){{0,3}}(?:er ?achter|achter|te weten|weten|horen|zien)\b"
                      rf"[^.?!]{{0,50}}\b{_WHO}",
                      rf"{_SOMEONE} (?:\w+ ){{0,3}}(?:achterhal\w*|te weten (?:komt|komen)|er ?achter (?:komt|komen)|(?:komt|komen) er ?achter)\b"
                      rf"[^.?!]{{0,50}}\b{_WHO}",
                      rf"(?:weet|hoort|ziet|merkt) {_SOMEONE} (?:\w+ ){{0,3}}(?:dat ik|wie (?:het|dit)|dat het van mij|van wie)",
                      rf"{_SOMEONE} (?:weet|hoort|ziet|merkt|mag (?:\w+ )?(?:niet )?weten) (?:\w+ ){{0,3}}"
                      r"(?:dat ik|wie (?:het|dit)|dat het van mij|van wie)",  # "hij mag echt niet weten dat het van mij komt"
                      rf"krijgt (?:\w+ ){{1,4}}te (?:horen|zien) {_WHO}",  # "krijgt henk te horen dat ik het was?"
                      r"blijft (?:mijn|m'n|mn) naam (?:\w+ ){0,3}geheim",
                      r"(?:naar mij|tot mij) (?:\w+ )?(?:te )?herleid\w*")


# A threat to the user ("wat als hij me echt iets aandoet? hij weet dat ik het gezien heb" got the answer on anonymity)
THREAT = _words(r"(?:me|mij) (?:\w+ ){0,2}(?:iets|wat) (?:aan(?:doet|doen|gedaan)|gaat aandoen)", r"bedreig\w*",
                r"(?:me|mij) in elkaar (?:slaan|slaat|geslagen)", r"(?:ik )?(?:het|dat|dit) (?:zal|zou|ga|gaat) merken",
                r"(?:mijn )?mond (?:moest|moet|te) houden", r"(?:me|mij) (?:\w+ )?op(?:wacht|wachten|gewacht)")


def threat_told(text: str) -> bool:
    return bool(THREAT.search(text or ""))


# More to a notice already sent ("Ik vergat: het gaat al sinds de zomer zo. Kan ik dat nog toevoegen aan de melding?"
# got the theme's question, AF-08)
ADD_TO_NOTICE = _words(r"(?:toevoegen|aanvullen|bijvoegen|erbij zetten|erbij doen|veranderen|wijzigen|aanpassen)\b[^.?!]{0,30}"
                       r"\b(?:melding|meldingsnummer)", r"melding\b[^.?!]{0,30}\b(?:toevoegen|aanvullen|bijvoegen|aanpassen|"
                       r"wijzigen|veranderen|erbij)")


def add_to_notice_asked(text: str) -> bool:
    return bool(ADD_TO_NOTICE.search(text or ""))


# The receipt code asked again or lost ("kun je de code nog een keer laten zien?" got the text on withdrawing, AD-09)
CODE_LOST = _words(r"code (?:\w+ ){0,4}(?:nog (?:een keer|eens)|opnieuw|weer) (?:\w+ ){0,2}(?:zien|sturen|geven|tonen|laten)",
                   r"code (?:\w+ ){0,3}(?:kwijt|vergeten|niet (?:opgeschreven|bewaard|genoteerd))",
                   r"(?:kwijt|vergeten) (?:\w+ ){0,3}code\b",
                   r"wat was (?:mijn|m'n|mn|de) (?:\w+ )?code")


def code_lost_said(text: str) -> bool:
    return bool(CODE_LOST.search(text or ""))


# Not knowing, said beside other words ("geen idee, een fles champagne"; "ik heb het zelf gezien, verder geen bewijs")
NOT_KNOWN = _words(r"geen (?:flauw )?idee", r"weet (?:ik )?(?:het |dat )?niet(?: meer)?", r"geen benul", r"geen peil op",
                   r"(?:lastig|moeilijk) te (?:zeggen|schatten)", r"kan (?:ik )?(?:niet|moeilijk) schatten")


def who_reported_asked(text: str) -> bool:
    return bool(WHO_REPORTED.search(text or ""))


# What happens after a notice is sent ("en wat gebeurt er nu?" got the advice to talk to the person first)
WHAT_NOW = _words(r"wat gebeurt er (?:nu|daarna|verder|mee)", r"hoe (?:gaat het )?(?:nu )?verder\b", r"hoor ik (?:nog )?(?:iets|wat)\b",
                  r"krijg ik (?:nog )?(?:bericht|antwoord|een reactie)", r"(?:hoe ?lang|wanneer) (?:\w+ ){0,4}(?:bellen|reageren|iets horen|hoor)",
                  r"wat is de volgende stap", r"wat (?:nu|moet ik nu)\?")


def what_now_asked(text: str) -> bool:
    return bool(WHAT_NOW.search(text or ""))


# ("kan het alleen naar de externe? de interne kent hem goed" got the outside routes, FC-12)
_ADVISER_NAMED = _words(r"vertrouwens\w*", r"vp", r"contactverzoek",
                        r"(?:de|die) (?:externe|interne)\b(?!\s+(?:\w+ )?(?:partij|bedrijf|adres|mail\w*|organisatie|ontvanger|"
                        r"bureau|deskundige|onderzoek\w*|collega\w*|harde schijf|schijf|stick))")


def one_adviser_asked(text: str) -> bool:
    return bool(ONE_ADVISER.search(text or "") and _ADVISER_NAMED.search(text or ""))


# Debts, one's own or a colleague's: no side job, no register, and the code is silent (they got the side-job notice)
# (not debt counselling as one's job: "ik werk bij schuldhulpverlening" got "Je hoeft je er niet voor te schamen", HC-09)
DEBTS = _words(r"schulden", r"loonbeslag", r"beslag op (?:mijn|m'n|mn|zijn|haar) (?:loon|salaris)",
               r"(?:zit|zitten|ga|ging|kom|kwam|ben|sta) (?:\w+ )?(?:in|naar|bij|onder) (?:de )?schuldhulp\w*",
               r"deurwaarder", r"betalingsachterstand\w*", r"(?:kom|komt) (?:\w+ )?niet (?:meer )?rond")


# debts as data about others: a file with residents' debts sent to the wrong address is a data leak (it got
# "Je hoeft je er niet voor te schamen", AC-08)
DEBTS_AS_DATA = _words(r"bsn", r"\w*gegevens", r"bestand\w*", r"lijst\w*", r"excel\w*", r"bijlage", r"dossiers?", r"inwoners",
                       r"cliënten", r"clienten", r"datalek")


_NO_DEBTS = _words(r"geen schulden", r"niet (?:over|om) schulden", r"het niet over schulden")


def debts_said(text: str) -> bool:
    # (an interest-free loan from a contractor is a gift; "Ik heb geen schulden" is none, HD-04)
    return bool(DEBTS.search(text or "")) and gift_kind(text) is None \
        and not DEBTS_AS_DATA.search(text or "") and not _NO_DEBTS.search(text or "")


# a wish not to report that no waiting word takes back ("ik wil toch niet melden, eerst alleen met iemand praten" was
# taken as the answer to the next question, AI-06)
NO_NOTICE_FIRM = _words(r"(?:wil|ga) (?:\w+ ){0,2}niet (?:meer )?melden\b",
                        # in a notice started unasked: "nee hoeft niet, dan vraag ik morgen mijn leidinggevende wel", "ik wil
                        # dit niet", "wacht ik wil eerst advies" were kept as answers (BE-04, BD-11)
                        r"ik wil dit (?:\w+ )?niet\b", r"(?:wil|wilde) (?:\w+ )?eerst (?:\w+ )?advies", r"geen contactverzoek",
                        r"^\W*nee\W+(?:dat )?hoeft niet\W+(?:\w+\W+){0,3}(?:dan|zelf)\b",
                        r"geen melding\b(?! (?:met|onder|op) )",  # "geen vertrouwenspersoon en ook geen melding" (AI-08)
                        # the wrong notice ("ik heb geen nevenwerk!!" in a side job's notice for an invitation, AH-02)
                        r"(?:ik heb|het is|het gaat niet om) (?:helemaal )?geen (?:nevenwerk|nevenfunctie|bijbaan|cadeau|"
                        r"uitnodiging)\b")


def no_notice_said(text: str) -> bool:
    return (bool(NO_NOTICE_FIRM.search(text or "")) or bool(NO_NOTICE.search(text or "")) and not WAIT.search(text or "")) \
        and anonymous_wish(text) is None  # "ik wil geen melding met mijn naam"


def later_report_said(text: str) -> bool:
    return bool(LATER_REPORT.search(text or ""))


# "ok ik meld het wel" at the offer of a notice: a yes to it (it said goodbye, DA-12)
REPORT_NOW = re.compile(r"^\W*(?:(?:ok\w*|oké|goed|prima|nou|ja)\W+)?(?:dan )?(?:ik meld|meld ik) (?:het|dat|'m|hem|die|dit) "
                        r"(?:dan |toch |nu )?(?:wel|maar|toch|meteen|nu)\W*$"
                        # "laat maar, ik meld die taart" was a stop (HE-02)
                        r"|^\W*laat (?:\w+ )?maar\W+(?:dan )?(?:ik meld|meld ik) (?:het|dat|'m|hem|die|dit)\b", re.IGNORECASE)


def report_now_said(text: str) -> bool:
    return bool(REPORT_NOW.search(text or ""))


# Acute danger: the first thing to say is to call 112.
DANGER_SAID = _words(r"mes\b", r"messen\b", r"wapen", r"pistool", r"112\b", r"(?:bel|bellen|haal|halen) (?:de )?politie",
                     r"(?:banden|autobanden) (?:\w+ ){0,2}lek", r"steekt (?:\w+ ){0,4}lek\b",  # (HD-17)
                     r"politie (?:bellen|halen|erbij)",
                     r"op (?:me|mij) (?:\w+ )?(?:wacht|wachten|staat te wachten)\b",
                     r"geslagen", r"slaat (?:me|mij|haar|hem)", r"(?:me|mij) (?:\w+ )?(?:slaat|slaan|in elkaar)\b",
                     r"aangevallen", r"aanvalt", r"doodsbedreig",
                     r"iets aan(?:doet|doen)", r"bang voor mijn (?:leven|veiligheid)", r"opwacht\w*",
                     r"staat (?:\w+ )*?bij mijn (?:auto|huis|deur)", r"achtervolg\w*", r"op te wachten",
                     r"weet (?:\w+ )?waar ik woon", r"ik tril", r"(?:ik )?zit (?:nu )?alleen op (?:kantoor|het werk|de afdeling)",
                     # someone standing there, not a thing ("nee staat nog bij de balie" of flowers got 112, GC-03)
                     r"(?:hij|zij|ze|die|iemand|meneer|mevrouw|man|vrouw|klant|inwoner|bezoeker|gast) (?:\w+ ){0,2}staat (?:\w+ )*?"
                     r"(?:buiten|bij de (?:ingang|uitgang|deur|balie)|op de parkeerplaats)\b",
                     r"nu (?:\w+ ){0,3}(?:voor|bij|aan) (?:de|mijn|onze) deur\b", r"durf (?:\w+ ){0,2}niet (?:alleen )?(?:naar huis|naar buiten|weg|alleen)",
                     r"(?:stanley|zak|keuken|brood|vlinder|steek|slagers|hak|vouw)mes", r"(?:weet|weten) (?:\w+ )?(?:me|mij) (?:wel )?te vinden",
                     r"(?:weet|weten) (?:\w+ )?waar (?:je|jij|ik|u) (?:woont|woon|wonen)",
                     r"niet (?:meer )?veilig (?:thuis|op straat|buiten|in (?:mijn|m'n|mn) (?:eigen )?huis)",
                     r"(?:voel|ben) (?:ik )?(?:me |mij )?(?:\w+ )?niet (?:meer )?veilig\b(?! (?:bij|met|in het team|in mijn team))",
                     r"bij (?:mijn|m'n|mn) (?:huis|deur|auto) (?:\w+ )?staat", r"bonk\w* (?:\w+ ){0,3}(?:deur|raam|ramen)",
                     r"dronken (?:\w+ ){0,3}(?:rijdt|rijden|reed|achter het stuur)", r"(?:rijdt|rijden|reed) (?:\w+ ){0,3}dronken",
                     r"vastgepakt", r"vastgegrepen", r"bij de keel", r"(?:ik ben|we zijn|zijn wij) (?:nu )?in gevaar",
                     r"gooi\w* (?:\w+ )?met (?:stoelen|spullen|dingen|een stoel)", r"(?:me|mij|mezelf|ons) (?:\w+ )?opgesloten",
                     # threatened, and the one who did it is still there
                     r"(?:bedreig|dreig)\w*\b.*\b(?:loopt|is|zit|staat|werkt) (?:\w+ ){0,3}nog (?:\w+ ){0,3}"
                     r"(?:rond|hier|binnen|buiten|op (?:de|het|onze) (?:werf|werk|afdeling|kantoor|locatie|gang))\b")


# Violence at home, outside the code of conduct: 112 and Veilig Thuis, not the steps for a colleague's
# behaviour ("mijn man slaat me" got "waarschuw een collega of de beveiliging").
_FAMILY = (r"(?:mijn|m'n|mn|onze) (?:man|vrouw|partner|vriend|vriendin|echtgeno\w+|vader|moeder|stiefvader|ex|zoon|"
           r"dochter|broer|zus|schoonvader|schoonmoeder)")
HOME_VIOLENCE_SAID = _words(
    r"huiselijk geweld",
    _FAMILY + r" (?:\w+ ){0,3}(?:slaat|sloeg|mishandel\w*|schopt|schopte|duwt|bedreigt|bedreigde|wurg\w*|"
              r"is (?:\w+ )?(?:handtastelijk|agressief|gewelddadig))",
    r"(?:geslagen|mishandeld|geschopt|bedreigd) (?:\w+ ){0,3}(?:door|van) " + _FAMILY,
    _FAMILY + r" (?:\w+ ){0,6}(?:geslagen|mishandeld|geschopt|gewurgd)\b",
    r"thuis (?:\w+ ){0,4}(?:geslagen|mishandeld|geschopt|geweld)\b",
    r"(?:geslagen|mishandeld|geschopt|geweld) (?:\w+ ){0,4}thuis\b",
    r"(?:thuis|in (?:mijn|m'n|mn) (?:eigen )?huis) (?:\w+ ){0,2}niet (?:meer )?veilig", r"niet (?:meer )?veilig thuis")
AT_WORK = _words(r"collega", r"leidinggevende", r"teamleider", r"manager", r"baas", r"klant", r"inwoner", r"burger",
                 r"aanvrager", r"bezoeker", r"wethouder", r"raadslid", r"cliënt", r"client")


def home_violence_said(text: str) -> bool:
    """Whether a message tells of violence at home by a partner or relative, not by someone at work."""
    return bool(HOME_VIOLENCE_SAID.search(text or "")) and not AT_WORK.search(text or "")


# Home, partner or family named at all: without them the model's answer on violence at home is a mistake
# ("kan hij me ontslaan als ik dit meld?" got 112 and Veilig Thuis: "ontslaan" is close to "slaan")
# ("collega die toner en papier mee naar huis neemt" got 112 and Veilig Thuis, CD-08)
HOME_NAMED = _words(r"thuis(?!\s?werk)", r"(?<!naar )huis\b", r"gezin", r"relatie", r"huwelijk", r"getrouwd", r"partner", r"(?:mijn|m'n|mn|haar|zijn|d'r) "
                    r"(?:man|vrouw|vriend|vriendin|ex|echtgeno\w+|vader|moeder|stiefvader|zoon|dochter|broer|zus|kind|kinderen)\b",
                    r"huiselijk", r"veilig thuis")


# and some harm named: "kan ik het adres niet net zo goed aan mijn zus geven?" got 112 and Veilig Thuis (EE-07)
HARM_NAMED = _words(r"geweld\w*", r"sla\w*", r"sloeg", r"geslagen", r"mishandel\w*", r"schop\w*", r"geschopt", r"duw\w*",
                    r"geduwd", r"wurg\w*", r"bedreig\w*", r"dreig\w*", r"bang", r"angst\w*", r"pijn", r"blauwe plek\w*", r"blauw oog",
                    r"agressie\w*", r"agressief", r"handtastelijk", r"stalk\w*", r"achtervolg\w*", r"onveilig", r"vlucht\w*",
                    r"opvang", r"veilig thuis", r"aangifte", r"politie", r"contactverbod", r"huisverbod", r"scheld\w*")


def home_named(text: str) -> bool:
    return bool(HOME_NAMED.search(text or "")) and bool(HARM_NAMED.search(text or ""))

# Thoughts of suicide: the bot answers with 113 and 112 before anything else, also inside a form.
CRISIS_SAID = _words(r"zelfmoord", r"su[iï]cid", r"zelfdoding", r"er (?:gewoon |echt |liever )?niet meer (?:wil |willen |zou |zouden )?zijn\b",
                     r"zie het (?:echt |gewoon |allemaal )?niet meer zitten", r"niet meer wakker (?:te )?worden",
                     r"niet meer (?:wil |willen )?leven", r"wil (?:gewoon |het liefst )?dood\b", r"dood wil",
                     r"(?:mezelf|mijzelf|mij|me) (?:iets )?(?:aan ?(?:te )?doen|van kant)",
                     r"een eind(?:e)? aan (?:mijn|m'n|mn) leven", r"er een eind(?:e)? aan (?:te )?maken",
                     r"(?:voor|onder) de trein (?:springen|spring|gooien|lopen|stappen)",
                     r"beter (?:\w+ ){0,3}(?:als ik er niet (?:meer )?(?:ben|was)|zonder mij)\b", r"af zonder mij\b",
                     r"ik kan (?:het )?(?:echt |gewoon )?niet meer\s*(?:[,.!]|$)",
                     # about someone else too ("bang dat ze zichzelf iets aandoet"), and "het hoeft voor mij niet meer"
                     r"zichzelf (?:\w+ )?(?:iets )?(?:aan ?doet|aan ?doen|aan te doen|van kant)",
                     r"het hoeft (?:voor (?:mij|haar|hem) )?(?:allemaal |eigenlijk )?niet meer\s*(?:[,.!'\"]|$)")
# "ik denk helemaal niet aan zelfdoding": no crisis
NO_CRISIS = _words(r"(?:niet|geen|nooit) (?:\w+ ){0,2}(?:aan )?(?:zelfmoord|zelfdoding|su[iï]cid)")


def crisis_said(text: str) -> bool:
    return bool(CRISIS_SAID.search(text or "")) and not NO_CRISIS.search(text or "")


# A message inside a notice that begins with a wish to stop ("stop maar even, ik moet eerst ...",
# "doe maar niet", "cancel"): the end of the notice, not the answer to its question.
STOP_FIRST = re.compile(r"^\W*(?:stop(?:pen)?|laat (?:\w+ ){0,2}maar(?! zo\b)|doe maar niet|toch maar niet|cancel|annuleer\w*|sluit af|"
                        r"ik (?:stop|kap|wil stoppen)|kap(?:pen)?|vergeet (?:het|dit|maar)|hou (?:maar )?op)\b", re.IGNORECASE)


# a correction after "laat maar" ("laat ook maar, zet bij organisatie ..." dropped the notice, EA-15): no stop
CORRECTION_AFTER = re.compile(r"\b(?:zet|verander|wijzig|vervang|pas \w+ aan|maak er|moet (?:er )?staan|bij \w+ (?:moet|hoort))\b",
                              re.IGNORECASE)


def stop_first(text: str) -> bool:
    return bool(STOP_FIRST.match(text or "")) and not CORRECTION_AFTER.search(text or "") and not report_now_said(text)


# A question about this chat's privacy ("is dit anoniem?", "kan ICT dit lezen", "wordt dit
# doorgestuurd naar mijn baas?"): a question, a word of privacy, and a word for this chat.
PRIVACY_ASKED = re.compile(
    r"^(?=.*\?|\W*(?:is|wordt|komt|kan|kunnen|ziet|zien|leest|lezen|krijgt|weet|blijft)\b)"
    r"(?=.*\b(?:anoniem|mijn naam|meelezen|mee lezen|leest|lezen|teruglezen|terug lezen|terugzien|inzien|opgeslagen|bewaard|"
    r"doorgestuurd|te zien|ziet|zien|geheim)\b)"  # ("kan mijn leidinggevende dit teruglezen?", DB-12)
    r"(?=.*\b(?:dit|deze chat|dit gesprek|de chat|hier|hierbij|hiervan|jullie)\b)", re.IGNORECASE | re.DOTALL)


def privacy_asked(text: str) -> bool:
    # a question said first, with more after it ("Wie leest dit eigenlijk straks? Ik wil niet dat het lijkt ...")
    question = re.split(r"(?<=\?)\s+", (text or "").strip())[0]
    return len(question.split()) <= 14 and bool(PRIVACY_ASKED.match(question))


# A wish to have this conversation deleted now ("verwijder dit gesprek", "kun je wissen wat ik net
# schreef?"): a word for deleting and one for this chat or what the user wrote in it. A question
# about when it is deleted ("wordt dit gesprek gewist?") is a question about privacy.
FORGET_ASKED = re.compile(
    r"^(?!\W*(?:wordt|worden|wanneer|hoe ?lang|na hoeveel)\b)"
    r"(?=.*\b(?:verwijder\w*|wis|wissen|gewist|weg ?halen|haal\b.*\bweg|vergeet)\b)"
    r"(?=.*\b(?:(?:dit|het|deze|ons|mijn) (?:chat)?(?:gesprek|chat|berichten|berichtjes|chatgeschiedenis)|de chat\w*|"
    r"wat ik (?:\w+ ){0,3}(?:gezegd|geschreven|getypt|verteld|zei|schreef|typte|vertelde)|alles wat ik)\b)",
    re.IGNORECASE | re.DOTALL)


def forget_asked(text: str) -> bool:
    return len((text or "").split()) <= 30 and bool(FORGET_ASKED.match(text or ""))


# Whether one can delete it, or a wish for later ("kan ik het gesprek wissen als ik klaar ben?" deleted a
# half-filled request at once): the answer, with a button to delete it now.
FORGET_LATER = _words(r"^\W*(?:kan|mag|kunnen) (?:ik|we|wij)\b", r"is het mogelijk", r"als (?:ik|we) klaar (?:ben|zijn)",
                      r"later", r"straks", r"na afloop", r"achteraf", r"na (?:dit|het) gesprek", r"zometeen")


def forget_possible_asked(text: str) -> bool:
    return forget_asked(text) and bool(FORGET_LATER.search(text or ""))


AFRAID = _words(r"durf", r"bang", r"eng\b", r"doodsbang", r"spannend")


# Afraid of what reporting does to oneself ("ik ben vooral bang wat er met mij gebeurt", "en als ze mijn contract niet
# verlengen?"): got "Dat kan ik niet plaatsen" and the push to report now (BE-12)
# (also a traineeship spoilt, a boss who will thwart: "bang dat het mijn stage verpest", "als mijn baas mij gaat
# dwarszitten" opened the menu of unwanted behaviour, DC-08, DC-03)
REPRISAL_FEARED = _words(r"(?:bang|angst\w*|durf|zorgen)\b[^.?!]{0,60}\b(?:baan|ontslag\w*|contract|verleng\w*|gevolgen|"
                         r"repercussies|wraak|benadel\w*|wat er met (?:mij|me) gebeurt|mijn (?:positie|toekomst|carrière|stage|"
                         r"beoordeling|promotie)|verpest\w*)",
                         rf"(?:{MANAGER}|hij|zij|ze) (?:\w+ ){{0,3}}(?:gaat|zal|gaan) (?:\w+ ){{0,2}}(?:dwarszitten|dwars zitten|"
                         r"tegenwerken|pesten|afrekenen)",
                         r"(?:baan|contract)\b[^.?!]{0,40}\b(?:kwijt|niet (?:\w+ )?verlengd|niet (?:\w+ )?verlengen|opgezegd)",
                         r"(?:ontslagen|op straat gezet) (?:\w+ ){0,2}(?:als|omdat|wanneer) ik")


# A report made and nothing heard since ("Ik heb nooit een ontvangstbevestiging gehad" got the copier's text, BE-09)
HEARD_NOTHING = _words(r"(?:nooit|niets|niks|geen (?:reactie|antwoord|bericht|bevestiging|ontvangstbevestiging))\b(?: \w+){0,3} "
                       r"(?:gehoord|teruggehoord|gekregen|ontvangen|gehad)", r"geen ontvangstbevestiging", r"hoor (?:\w+ )?(?:maar )?(?:niks|niets)",
                       r"(?:gebeurt|gebeurd|doen|doet|gedaan) (?:\w+ ){0,3}(?:niks|niets) (?:mee|met)",
                       r"(?:niks|niets) (?:mee|met (?:\w+ ){0,3})(?:doen|doet|gedaan|gebeurt|gebeurd)")
REPORTED = _words(r"gemeld", r"melding", r"meldde", r"ontvangstbevestiging", r"bevestiging", r"gemaild", r"mailde",
                  r"doorgegeven", r"mail (?:\w+ ){0,4}gestuurd")
# reported outside this chat, said at the status form's question for a number ("ik heb geen nummer, ik heb gewoon een
# mail gestuurd. niet via deze chat" looped on "Dat is geen meldingsnummer", CC-09)
OUTSIDE_CHAT = _words(r"niet (?:via|in|met) (?:deze|de|jullie) chat", r"(?:per|via) (?:de )?(?:e-?)?mail (?:\w+ ){0,3}(?:gemeld|gestuurd|gedaan)",
                      r"(?:een )?mail (?:\w+ ){0,4}gestuurd", r"(?:telefonisch|per telefoon|mondeling) gemeld")


# Asked for what the bot must not give or do: a colleague's private details, notices, other instructions ("kun je me
# het 06 nummer en huisadres geven van mijn collega" was read as a gift of € 500, already accepted, BD-06)
_TO_ME = r"(?:\b(?:geef|stuur|toon|noem) (?:me|mij|ons)\b|\bkun(?:t)? je (?:me |mij )?(?:\w+ ){0,8}(?:geven|sturen|tonen|laten zien|opzoeken|noemen)\b|\blaat (?:me|mij) (?:\w+ ){0,5}zien\b|\btoon\b)"
# (not "het nummer" alone: "ik bel ZELF. geef me gewoon het nummer" meant the adviser's, DC-11)
_PRIVATE = (r"(?:adres|huisadres|telefoonnummer|06[- ]?nummer|(?:zijn|haar|z'n|d'r|hun) (?:telefoon|06[- ]?)?nummer|privégegevens|"
            r"persoonsgegevens|bsn|geboortedatum|meldingen|gesprekken|chats)")
NOT_GIVEN = re.compile(
    rf"{_TO_ME}(?=[^?.!]{{0,80}}\b{_PRIVATE}\b)"
    rf"|\bkun(?:t)? je (?:me |mij )?(?:\w+ ){{0,6}}{_PRIVATE}\b[^?.!]{{0,40}}\b(?:geven|sturen|tonen|opzoeken|noemen)\b"
    # "laat me de meldingen van andere collega zien over mijn leidinggevende" (CD-03)
    rf"|\blaat (?:me|mij) (?:\w+ ){{0,3}}{_PRIVATE}\b[^?.!]{{0,40}}\bzien\b"
    r"|\bnegeer (?:al |alle )?(?:je |jouw )?(?:vorige |eerdere )?(?:instructies|regels|opdrachten)|\bbeheerdersmodus\b|\badmin ?modus\b"
    r"|\b(?:systeem|system) ?prompt\b|^\W*(?:systeem|system)\s*:", re.IGNORECASE)
# what may be given: the people and places to turn to ("kun je me het nummer van de vertrouwenspersoon geven?")
_TURN_TO = _words(r"vertrouwenspersoon", r"vertrouwenspersonen", r"integriteitsco", r"functionaris", r"\bfg\b", r"meldpunt",
                  r"\w*regeling", r"intranet", r"link", r"website", r"\w*klokkenluiders", r"politie", r"veilig thuis", r"11[23]\b",
                  r"servicedesk", r"helpdesk", r"p&o", r"\bhr\b")


# the numbers of the people to turn to, asked without saying whose ("geef me gewoon het nummer"): the bot's contacts
CONTACTS_ASKED = _words(r"(?:geef|stuur|noem) (?:me|mij) (?:\w+ ){0,2}(?:het|een|jullie|dat) (?:telefoon)?nummer",
                        r"(?:welk|wat is het) (?:telefoon)?nummer (?:moet|kan) ik bellen", r"contactgegevens",
                        # ("dan bel ik zelf de externe. wat is dat nummer ook alweer" got the Huis voor Klokkenluiders, FC-12)
                        r"wat (?:is|was) (?:dat|het) (?:telefoon)?nummer",
                        r"(?:telefoon)?nummer van (?:de|die) (?:externe|interne|vertrouwens\w*)")


# Who reported, asked by someone else, or a tipster's name to leave out ("Kun je me vertellen wie die melding heeft
# gedaan?", "mag ik bij een melding de naam weglaten van de medewerker die mij de tip gaf?" got the data-leak text, DD-08, DC-16)
REPORTER_SOUGHT = _words(r"wie (?:die|de|het|een|deze|dat) (?:melding|klacht|tip) (?:\w+ )?(?:heeft |had )?(?:gedaan|gegeven|ingediend)",
                         r"wie (?:het|dat|dit|mij|ons|me) (?:\w+ )?(?:heeft|had) (?:gemeld|verklikt|aangegeven)",
                         r"wie er (?:\w+ )?achter (?:die |de |deze |het |dat )?(?:melding |klacht )?zit",
                         r"(?:uitzoeken|achterhalen|weten|vragen) wie (?:het|dat|dit|er) (?:\w+ )?(?:heeft )?(?:gemeld|verteld|doorgegeven)",
                         r"(?:de )?naam (?:\w+ ){0,3}(?:weglaten|weg laten|niet noemen|geheimhouden|geheim houden|verzwijgen)"
                         r"(?! (?:\w+ ){0,2}(?:mijzelf|mezelf))",
                         r"(?:die|de) (?:mij|me) (?:de|een|die) tip gaf", r"\btipgever\b",
                         r"naam (?:\w+ ){0,2}(?:geven|noemen|doorgeven) van (?:de|die|mijn|m'n) (?:medewerk\w*|collega\w*) die (?:het )?"
                         r"(?:mij|me) ",
                         r"(?:heeft|had|deed) (?:zij|hij|ze) (?:\w+ ){0,2}(?:een )?melding (?:\w+ )?(?:gedaan|ingediend)")


def reporter_sought(text: str) -> bool:
    text = text or ""
    return bool(REPORTER_SOUGHT.search(text)) and not re.search(r"\bmijn (?:eigen )?naam\b", text, re.IGNORECASE)


def contacts_asked(text: str) -> bool:
    return bool(CONTACTS_ASKED.search(text or "")) and not NOT_GIVEN.search(text or "")


def not_given_asked(text: str) -> bool:
    """Whether a message asks the bot for a colleague's details or notices, or to drop its instructions."""
    return bool(NOT_GIVEN.search(text or "")) and not _TURN_TO.search(text or "")


def heard_nothing_said(text: str, at_status: bool = False) -> bool:
    """Whether a message says a report was made and nothing was heard since; at the status form's question, also
    that it was made outside this chat."""
    return bool(HEARD_NOTHING.search(text or "") and REPORTED.search(text or "")
                or at_status and OUTSIDE_CHAT.search(text or ""))


def reprisal_feared(text: str) -> bool:
    return bool(REPRISAL_FEARED.search(text or ""))


def afraid_said(text: str) -> bool:
    """Whether a message says the user is afraid ("nee dat durf ik niet")."""
    return bool(AFRAID.search(text or ""))


_NOT_STOP = _words(r"niet (?:\w+ )?stoppen", r"niet stop\b", r"geen stop\b", r"(?:ga|gaan|wil) (?:\w+ )?door\b")


def stop_said(text: str) -> bool:
    """Whether a message says to stop in so many words (not "laat ook maar, zet bij organisatie ...", nor "nee niet
    stoppen", which got "Oké, ik stop hiermee", HA-09)."""
    return bool(STOP_SAID.search(text or "")) and not CORRECTION_AFTER.search(text or "") and not _NOT_STOP.search(text or "")


def send_said(text: str) -> bool:
    """Whether a message says to send what the summary shows ("verstuur maar"), not "nog niet versturen",
    "ik wil het pas versturen als ik het met mijn teamleider heb besproken" or a question about it."""
    return bool(SEND_SAID.search(text or "")) and not NOT_YET.search(text or "") and "?" not in (text or "") \
        and anonymous_wish(text) is None  # "ik wil het toch liever anoniem indienen" changes it first


# no danger said in so many words ("huh 112?? nee hoor niks aan de hand" got 112 again, GC-03)
NO_DANGER = _words(r"(?:niks|niets) aan de hand", r"geen gevaar", r"niet in gevaar", r"niemand (?:is )?in gevaar")


def danger_said(text: str, earlier: Sequence[str] = ()) -> bool:
    """Whether a message tells of acute danger (a knife, being beaten, "moet ik 112 bellen?"), or of fear
    after one of the `earlier` messages did ("ik ben echt bang, wat moet ik nu doen?" got "Kies Ja of Nee")."""
    if NO_DANGER.search(text or ""):
        return False
    return bool(DANGER_SAID.search(text or "")) or (
        afraid_said(text) and any(DANGER_SAID.search(said or "") for said in earlier[-DANGER_REMEMBERED:]))


DANGER_REMEMBERED = 5  # user messages
