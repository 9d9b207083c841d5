"""Safety: acute danger, thoughts of suicide, threats, violence at home, fear and the fear of reprisal, and another
serious matter told inside a notice."""
from __future__ import annotations

from typing import Sequence

from bot.patterns import words as _words
from bot.said.cues import MANAGER
from bot.said.facts import behaviour_said
from bot.said.others import towards_me


def other_matter_told(text: str) -> bool:
    """Whether a message tells of danger, or of unwanted behaviour towards the user, at some length (not a short answer)."""
    return len((text or "").split()) >= 5 and (danger_said(text) or behaviour_said(text) and towards_me(text) is True)


# A threat to the user ("wat als hij me echt iets aandoet? hij weet dat ik het gezien heb" got the answer on anonymity)
THREAT = _words(r"(?:me|mij) (?:\w+ ){0,2}(?:iets|wat) (?:aan(?:doet|doen|gedaan)|gaat aandoen)", r"bedreig\w*",
                r"(?:me|mij) in elkaar (?:slaan|slaat|geslagen)", r"(?:ik )?(?:het|dat|dit) (?:zal|zou|ga|gaat) merken",
                r"(?:mijn )?mond (?:moest|moet|te) houden", r"(?:me|mij) (?:\w+ )?op(?:wacht|wachten|gewacht)",
                # one's home address put online with a threat ("een foto van mij ... met mijn huisadres erbij en 'die gaan we
                # eens opzoeken'" got "wat je in je werk ziet of hoort, zet je niet online", QD-09)
                r"(?:gaan|komen|zullen) (?:we|ze|wij|zij) (?:\w+ ){0,2}(?:eens )?(?:opzoeken|langskomen|bezoeken)\b",
                r"(?:mijn|m'n|mn) (?:huis)?adres (?:\w+ ){0,3}(?:erbij|online|op (?:facebook|internet|insta\w*|tiktok|x)\b)")


def threat_told(text: str) -> bool:
    return bool(THREAT.search(text or ""))


# Acute danger: the first thing to say is to call 112.
DANGER_SAID = _words(r"mes\b", r"messen\b", r"wapen", r"pistool", r"(?<![\d-])112\b(?!-)",  # (not a vacancy's "2026-112", KB-05)
                     r"(?:bel|bellen|haal|halen) (?:de )?politie",
                     r"(?:banden|autobanden) (?:\w+ ){0,2}lek", r"steekt (?:\w+ ){0,4}lek\b",  # (HD-17)
                     r"politie (?:bellen|halen|erbij)",
                     r"op (?:me|mij) (?:\w+ )?(?:wacht|wachten|staat te wachten)\b", r"noodgeval",
                     # "nu dreigt hij dat hij me buiten op gaat wachten", "hij staat er nu nog!! ik ben bang" got the advice
                     # for afterwards, then "Het lukt me niet" to "moet ik 112 bellen?" (KD-03)
                     r"(?:me|mij) (?:\w+ ){0,2}op (?:gaat|komt|zal|zou|wil|gaan|komen) (?:op)?wachten",
                     r"staat (?:hier|nu|er nu)\b[^?]{0,120}\b(?:dreig\w*|bedreig\w*|scheld\w*|tier\w*|agressief)\b",
                     r"geslagen", r"slaat (?:me|mij|haar|hem)", r"(?:me|mij) (?:\w+ )?(?:slaat|slaan|in elkaar)\b",
                     # (not the feeling: "ik voel me echt aangevallen" got 112, twice, JE-04)
                     # (nor "Nu voel ik me aangevallen eerlijk gezegd", of a remark, which got 112 twice, QD-12)
                     r"(?<!voel me )(?<!voel mij )(?<!me echt )(?<!me zo )(?<!me erg )(?<!ik me )(?<!ik mij )aangevallen", r"aanvalt", r"doodsbedreig",
                     r"iets aan(?:doet|doen)", r"bang voor mijn (?:leven|veiligheid)", r"opwacht\w*",
                     r"staat (?:\w+ )*?bij mijn (?:auto|huis|deur)", r"achtervolg\w*", r"op te wachten",
                     # someone else in danger ("ik ben bang dat ze in gevaar is", "moet ik iets doen voor haar veiligheid?"
                     # got "Sorry, dat begrijp ik niet goed", NE-11)
                     r"(?:is|zijn|raakt|komt|kan) (?:\w+ ){0,2}in (?:levens)?gevaar\b",
                     r"bang dat (?:\w+ ){0,3}in (?:levens)?gevaar\b",
                     # someone hurt now ("die bloedt nu aan zn hoofd" got the questions and the steps, 112 only when asked,
                     # PD-14)
                     r"bloedt", r"bloeden\b", r"bewusteloos", r"ambulance", r"(?:is|zwaar|erg) gewond\b",
                     r"(?:in elkaar|neer) ?(?:geslagen|geschopt|geduwd)",
                     # "schreeuwt dat hij mij gaat pakken, ik zit nu op het toilet" got the colleague's steps (OD-09)
                     r"(?:gaat|komt|zal|wil) (?:me|mij) (?:\w+ )?(?:pakken|slaan|vermoorden|afmaken|neersteken)\b",
                     r"(?:zit|sta|ben) (?:me |mij )?(?:nu |hier )?(?:verstopt |opgesloten )?(?:op het toilet|in de wc|"
                     r"opgesloten)\b", r"voor (?:haar|zijn|hun) veiligheid",
                     r"(?:vanavond|vannacht|straks) (?:\w+ ){0,3}naar (?:haar|hem) toe\b",
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
                     r"zie het (?:echt |gewoon |allemaal |eerlijk gezegd |eigenlijk |helemaal |écht )*niet meer zitten", r"niet meer wakker (?:te )?worden",
                     r"niet meer (?:wil |willen )?leven", r"wil (?:gewoon |het liefst )?dood\b", r"dood wil",
                     r"(?:mezelf|mijzelf|mij|me) (?:iets )?(?:aan ?(?:te )?doen|van kant)",
                     r"een eind(?:e)? aan (?:mijn|m'n|mn) leven", r"er een eind(?:e)? aan (?:te )?maken",
                     r"(?:voor|onder) de trein (?:springen|spring|gooien|lopen|stappen)",
                     r"beter (?:\w+ ){0,3}(?:als ik er niet (?:meer )?(?:ben|was)|zonder mij)\b", r"af zonder mij\b",
                     r"ik kan (?:het )?(?:echt |gewoon )?niet meer\s*(?:[,.!]|$)",
                     # about someone else too ("bang dat ze zichzelf iets aandoet"), and "het hoeft voor mij niet meer"
                     r"zichzelf (?:\w+ )?(?:iets )?(?:aan ?doet|aan ?doen|aan te doen|van kant)",
                     r"het hoeft (?:voor (?:mij|haar|hem) )?(?:allemaal |eigenlijk )?niet meer\s*(?:[,.!'\"]|$)",
                     # said without the words ("op de brug ... waarom zou ik nog door gaan" got the walk-through's question,
                     # JD-01; a colleague's "jullie zien me niet meer terug" and no answer, JD-13)
                     r"waarom zou ik (?:nog )?(?:door\s?gaan|verder(?:gaan)?|leven)\b", r"(?:zien|ziet) (?:me|mij) (?:niet|nooit) meer terug\b",
                     r"afscheids(?:brief|bericht|appje)", r"niet meer (?:verder )?(?:wil|willen) leven")
# "ik denk helemaal niet aan zelfdoding": no crisis
NO_CRISIS = _words(r"(?:niet|geen|nooit) (?:\w+ ){0,2}(?:aan )?(?:zelfmoord|zelfdoding|su[iï]cid)")


def crisis_said(text: str) -> bool:
    return bool(CRISIS_SAID.search(text or "")) and not NO_CRISIS.search(text or "")


AFRAID = _words(r"durf", r"bang", r"eng\b", r"doodsbang", r"spannend")


def afraid_said(text: str) -> bool:
    """Whether a message says the user is afraid ("nee dat durf ik niet")."""
    return bool(AFRAID.search(text or ""))


# Afraid of what reporting does to oneself ("ik ben vooral bang wat er met mij gebeurt", "en als ze mijn contract niet
# verlengen?"): got "Dat kan ik niet plaatsen" and the push to report now (BE-12)
# (also a traineeship spoilt, a boss who will thwart: "bang dat het mijn stage verpest", "als mijn baas mij gaat
# dwarszitten" opened the menu of unwanted behaviour, DC-08, DC-03)
REPRISAL_FEARED = _words(r"(?:bang|angst\w*|durf|zorgen)\b[^.?!]{0,60}\b(?:baan|ontslag\w*|contract|verleng\w*|gevolgen|"
                         r"repercussies|wraak|benadel\w*|wat er met (?:mij|me) gebeurt|mijn (?:positie|toekomst|carrière|stage|"
                         r"beoordeling|promotie)|verpest\w*)",
                         rf"(?:{MANAGER}|hij|zij|ze) (?:\w+ ){{0,3}}(?:gaat|zal|gaan) (?:\w+ ){{0,2}}(?:dwarszitten|dwars zitten|"
                         r"tegenwerken|pesten|afrekenen|treiteren|negeren|uitsluiten)",
                         # "en als hij er toch achter komt dat ik het was en me gaat treiteren?" after a notice got the steps
                         # against unwanted behaviour, as if it happened now (IE-12)
                         r"achter komt (?:\w+ ){0,8}(?:pest|pesten|treiter\w*|wraak|afrekenen|dwarszit\w*|tegenwerk\w*)",
                         r"(?:baan|contract)\b[^.?!]{0,40}\b(?:kwijt|niet (?:\w+ )?verlengd|niet (?:\w+ )?verlengen|opgezegd)",
                         r"(?:ontslagen|op straat gezet) (?:\w+ ){0,2}(?:als|omdat|wanneer) ik",
                         # the one reported hunting for the reporter ("mijn baas vraagt nu aan iedereen in het team wie er
                         # 'geklikt' heeft en hij doet opeens heel kortaf tegen mij" got the route for unwanted behaviour, PE-08)
                         r"wie (?:er |het )?(?:\W?ge)?(?:klikt|gemeld|verraden|doorgegeven)\b", r"(?:sinds|na) (?:mijn|de|die) melding\b")


def reprisal_feared(text: str) -> bool:
    return bool(REPRISAL_FEARED.search(text or ""))


# disadvantaged for a report made, said so ("het gaat erom dat ik nu benadeeld word omdat ik iets gemeld heb", "mag mijn
# contract niet verlengd worden omdat ik gemeld heb?" got the themes, then the status form, QE-09)
REPRISAL_FOR_REPORT = _words(r"(?:benadeeld|gestraft|tegengewerkt|afgerekend|weggezet|ontslagen|verlengd|beoordeeld|gepest)\w* "
                             r"(?:\w+ ){0,4}(?:omdat|sinds|nadat|doordat) ik (?:\w+ ){0,3}(?:gemeld|meldde|melding|aangekaart|"
                             r"klokkenluider)", r"(?:beschermd|bescherming) (?:\w+ ){0,4}(?:nu|omdat|nadat) ik (?:\w+ ){0,3}"
                             r"(?:gemeld|meldde|melding)", r"sinds(?:dien)? (?:mijn melding|ik (?:het |iets )?(?:heb )?gemeld)")


def reprisal_for_report(text: str) -> bool:
    return bool(REPRISAL_FOR_REPORT.search(text or ""))


# no danger said in so many words ("huh 112?? nee hoor niks aan de hand" got 112 again, GC-03)
NO_DANGER = _words(r"(?:niks|niets) aan de hand", r"geen gevaar", r"niet in gevaar", r"niemand (?:is )?in gevaar")


# someone still there, a danger only with fear or a threat ("hij staat er nu nog!! ik ben bang", KD-03; not "nee hij staat
# hier nog aan de balie te wachten haha" of a resident with an apple pie, which got 112, QA-10)
# (also "ik denk dat hij er nog staat, ik ben echt bang" after a threat to wait for her got no 112, QD-02)
STILL_THERE = _words(r"(?:hij|zij|ze|die) staat (?:er|hier|daar) (?:\w+ )?(?:nog|nu)\b",
                     r"(?:hij|ie|zij|ze|die) (?:er|daar|hier|buiten) (?:\w+ )?(?:nog |nu |misschien )?(?:staat|wacht)\b")


def danger_said(text: str, earlier: Sequence[str] = ()) -> bool:
    """Whether a message tells of acute danger (a knife, being beaten, "moet ik 112 bellen?"), or of fear
    after one of the `earlier` messages did ("ik ben echt bang, wat moet ik nu doen?" got "Kies Ja of Nee")."""
    if NO_DANGER.search(text or ""):
        return False
    recent = earlier[-DANGER_REMEMBERED:]
    return bool(DANGER_SAID.search(text or "")) or (
        afraid_said(text) and any(DANGER_SAID.search(said or "") for said in recent)) or bool(STILL_THERE.search(text or "")) and (
        afraid_said(text) or threat_told(text) or any(threat_told(said) or DANGER_SAID.search(said or "") for said in recent))


DANGER_REMEMBERED = 5  # user messages
