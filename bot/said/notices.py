"""Talk about notices: a wish to report (anonymously or not, officially, of which kind, with its case or story), to
save, pause, stop or send a notice, or to add to one; a lost code, whether the one reported on learns who reported,
what happens now, no notice or a report later or now, and a report made with nothing heard since."""
from __future__ import annotations

import re
from typing import Optional, Tuple

from bot.cases import OTHERS_NAMED
from bot.patterns import words as _words
from bot.said.cues import MANAGER, _first_cue


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


# someone else's wish ("Mijn medewerker wil liever niet met naam genoemd worden" made a named notice anonymous, NE-02)
_OTHERS_WISH = re.compile(rf"\b(?:(?:mijn|m'n|mn|zijn|haar|de|die|onze) (?:\w+ )?(?:medewerk\w*|collega\w*|stagiair\w*|"
                          rf"\w*leider|{MANAGER})|hij|zij|ze|die) (?:\w+ )?(?:wil|wilde|heeft|had|zou)\b", re.IGNORECASE)


def anonymity_wish_beside(text: str) -> Tuple[Optional[bool], str]:
    """(the wish about anonymity said beside another answer, else None; the answer without it)."""
    found = ANONYMITY_WISH.search(text or "")
    if not found or _OTHERS_WISH.search(found.group(0)):
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
                     "met", "naam", "erbij", "zonder", "anonieme", "anoniem", "eigen", "onder",
                     # ("... melden, zonder dat hij weet dat het van mij komt. kan dat hier?" became its story, IB-01)
                     "weet", "weten", "komt", "mij", "me", "niemand", "kan", "mag", "via", "jou", "chat"}


def reported_case(text: str) -> Optional[str]:
    """The message as typed when it is a wish to report that also says what happened, else None
    (also for a question how to report: "hoe meld ik dat bij mijn leidinggevende?", and for a wish that
    names only the kind of notice: it became a notice's description; nor one's name given with it: "ik wil het melden,
    met mijn naam erbij: Jeroen Bakker, teamleider RO" was the description, NE-02)."""
    found = REPORT_OF.search(NAMED.split(text or "")[0])
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


NOTICE_WORDS = {
    "geschenk": _words(r"cadeau", r"kado", r"geschenk", r"kerstpakket", r"gift\b"),
    "uitnodiging": _words(r"uitnodiging", r"uitgenodigd"),
    "nevenwerkzaamheden": _words(r"nevenwerk", r"nevenfunctie", r"nevenactiviteit", r"bijbaan", r"bijverdien"),
    "belangenverstrengeling": _words(r"belangenverstrengeling", r"familielid", r"familie in (?:een|de) zaak",
                                     r"^\W*(?:familie|vrienden|familie of vrienden)\W*$"),  # ("familie" at the choice, NC-14)
    "vermoeden_misstand": _words(r"misstand", r"fraude", r"corruptie", r"omkoping", r"klokkenluid", r"integriteitsschending",
                                 r"schending van (?:de )?integriteit", r"vermoeden van"),
    "contactverzoek_vertrouwenspersoon": _words(r"contactverzoek", r"(?:praten|spreken|contact) met (?:een|de) vertrouwenspersoon",
                                                r"vertrouwenspersoon (?:mij|me) (?:bel|mail)"),
}


OFFICIAL = _words(r"officie", r"klacht", r"formele? melding", r"melden\b", r"melding\b", r"meld\b",  # "meld bij de
                  r"integriteitsco\w*")  # integriteitscoördinator" started a contact request (IB-07)


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


# A wish to stop, in the words people use ("laat maar", "ik kap ermee", "toch maar niet"); a stop
# the NLU finds in other words ("verstuur maar", "mail maar", "laat maar mailen") is an answer.
# "laat maar" as a stop: not "laat maar zo", nor an answer that goes on ("laat maar via de status in de chat" dropped a
# contact request, KD-17)
_NEVER_MIND = r"laat (?:\w+ ){0,2}maar(?! zo\b)(?! (?:\w+ )?(?:via|per|over|op|met)\b)"
_NAME_AFTER = r"(?![.,!]\s+(?!ik\b)\w+\s+\w+)"  # (a name after it: "ok laat maar. <naam>" dropped a notice, MB-02)
STOP_SAID = _words(
    r"stop", r"kap\w*", r"ophoud", r"ho+u\w* (?:\w+ )?op\b", r"\w+ (?:er|ermee|hiermee) op\b", r"annule", r"afbre\w*",
    r"breek\w* (?:\w+ )?af\b", r"vergeet\b", r"wis\b", r"verwijder", r"gooi\w* (?:\w+ )*?weg\b",
    _NEVER_MIND + r"(?! \w+en\b)" + _NAME_AFTER, r"laat (?:\w+ )*?zitten\b", r"toch (?:maar )?(?:niet|geen)\b",
    # (not "ik wil niet meer naar hem toe", which got "Oké, ik stop hiermee", LD-01)
    r"(?<!weet )(?<!weet het )(?<!weet ik )niet (?:\w+ ){0,2}(?:meer|verder)\b(?! (?:naar|met|bij|tegen|samen|werken|praten)\b)",
    r"mee op\b",
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
                      r"(?:wil|ga|zal) (?:\w+ ){0,3}nog niet (?:\w+ )?melden",
                      # (not "Ik wil niet eerst overleggen, ik wil meteen een klacht indienen", which got "Tot ziens!", QD-10)
                      r"(?<!niet )eerst (?:even |nog )?(?:nadenken|denken|overleggen)")


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
               r"brb\b", r"ben (?:\w+ )?(?:ff|effe|even) weg\b", r"hou (?:het|hem|dit) (?:even )?vast\b",
               # said first ("moment, telefoon" became the place, IA-02), or back ("waar waren we" became who, IA-19)
               r"^\W*(?:een |1 )?(?:moment(?:je)?|ogenblik(?:je)?|sec(?:je)?|secondje)\b", r"waar waren we\b",
               r"(?:ik ben|ben) (?:er )?(?:weer )?terug\W*$", r"^\W*(?:zo,? )?(?:weer )?terug\W*$",
               r"(?:ik ben|ben) er weer\W*$", r"daar ben ik (?:weer|terug)\b")  # ("ik ben er weer" got "Tot ziens!", JA-11)


def pause_said(text: str) -> bool:
    """Whether a short message asks the bot to wait a moment, with no more to it (no question, no stop)."""
    return bool(PAUSE.search(text or "")) and "?" not in (text or "") and len((text or "").split()) <= 12 \
        and not stop_said(text)


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


def who_reported_asked(text: str) -> bool:
    return bool(WHO_REPORTED.search(text or ""))


# More to a notice already sent ("Ik vergat: het gaat al sinds de zomer zo. Kan ik dat nog toevoegen aan de melding?"
# got the theme's question, AF-08)
# (withdrawing one too: "kan ik mijn melding intrekken of verwijderen?" got the advice again, ID-17)
ADD_TO_NOTICE = _words(r"(?:toevoegen|aanvullen|bijvoegen|erbij zetten|erbij doen|veranderen|wijzigen|aanpassen|intrekken|"
                       r"terugtrekken|terugdraaien|ongedaan maken)\b[^.?!]{0,30}\b(?:melding|meldingsnummer)",
                       r"melding\b[^.?!]{0,30}\b(?:toevoegen|aanvullen|bijvoegen|aanpassen|wijzigen|veranderen|erbij|intrekken|"
                       r"terugtrekken|terugdraaien|ongedaan|terugnemen|verwijderen|schrappen)")


def add_to_notice_asked(text: str) -> bool:
    return bool(ADD_TO_NOTICE.search(text or ""))


ADDING = _words(r"aanvullen", r"toevoegen", r"bijvoegen", r"erbij (?:zetten|doen|vertellen)", r"nog iets (?:kwijt|vertellen|melden)")


def adding_asked(text: str) -> bool:
    """Whether a message asks to add something, without naming the notice ("kan ik nog iets aanvullen?")."""
    return bool(ADDING.search(text or ""))


# a wish to talk, not to report ("kan ik gewoon even praten zonder dat er iets gebeurt?")
TALK_WISHED = _words(r"praten", r"kletsen", r"mijn verhaal (?:kwijt|doen|vertellen)", r"(?:met )?iemand (?:\w+ )?spreken",
                     r"luisterend oor")


def talk_wished(text: str) -> bool:
    return bool(TALK_WISHED.search(text or ""))


# a wish to talk to a confidential adviser first ("ik wil eerst liever met een vertrouwenspersoon praten voordat ik iets
# meld" got the advice to talk to the person involved, OB-13)
ADVISER_WISHED = _words(r"(?:wil|zou|graag|liever|eerst) (?:\w+ ){0,4}(?:met|bij|naar) (?:een|de|die) (?:interne |externe )?"
                        r"vertrouwenspersoon (?:\w+ ){0,2}(?:praten|spreken|bespreken|overleggen|gaan|toe)\b")


def adviser_wished(text: str) -> bool:
    return bool(ADVISER_WISHED.search(text or ""))


# The receipt code asked again or lost ("kun je de code nog een keer laten zien?" got the text on withdrawing, AD-09)
CODE_LOST = _words(r"code (?:\w+ ){0,4}(?:nog (?:een keer|eens)|opnieuw|weer) (?:\w+ ){0,2}(?:zien|sturen|geven|tonen|laten)",
                   r"code (?:\w+ ){0,3}(?:kwijt|vergeten|niet (?:opgeschreven|bewaard|genoteerd))",
                   r"(?:kwijt|vergeten) (?:\w+ ){0,3}code\b",
                   r"wat was (?:mijn|m'n|mn|de) (?:\w+ )?code")


def code_lost_said(text: str) -> bool:
    return bool(CODE_LOST.search(text or ""))


# What happens after a notice is sent ("en wat gebeurt er nu?" got the advice to talk to the person first)
WHAT_NOW = _words(r"wat gebeurt er (?:nu|daarna|verder|mee)", r"hoe (?:gaat het )?(?:nu )?verder\b", r"hoor ik (?:nog )?(?:iets|wat)\b",
                  r"krijg ik (?:nog )?(?:bericht|antwoord|een reactie)", r"(?:hoe ?lang|wanneer) (?:\w+ ){0,4}(?:bellen|reageren|iets horen|hoor)",
                  r"wat is de volgende stap", r"wat (?:nu|moet ik nu)\?")


def what_now_asked(text: str) -> bool:
    return bool(WHAT_NOW.search(text or ""))


# a wish not to report that no waiting word takes back ("ik wil toch niet melden, eerst alleen met iemand praten" was
# taken as the answer to the next question, AI-06)
_ADVISER_REFUSED = r"(?:wil|hoef) (?:\w+ ){0,2}geen (?:\w+ )?vertrouwenspersoon\b"
ADVISER_REFUSED = _words(_ADVISER_REFUSED)
NO_NOTICE_FIRM = _words(r"(?:wil|ga) (?:\w+ ){0,2}niet (?:meer )?melden\b",
                        # in a notice started unasked: "nee hoeft niet, dan vraag ik morgen mijn leidinggevende wel", "ik wil
                        # dit niet", "wacht ik wil eerst advies" were kept as answers (BE-04, BD-11)
                        r"ik wil dit (?:\w+ )?niet\b", r"(?:wil|wilde) (?:\w+ )?eerst (?:\w+ )?advies", r"geen contactverzoek",
                        # "ik zei toch dat ik nog NIET wil melden. Ik wil advies." went on with the notice (NE-18)
                        r"niet (?:\w+ )?(?:wil|wilde) (?:\w+ )?melden\b", r"^\W*ik wil (?:alleen |gewoon |nu )?advies\W*$",
                        r"[.!?]\s+ik wil (?:alleen |gewoon |nu )?advies\W*$",
                        # "ik wil echt niet dat er een melding of zo komt", "nee ik wil niks invullen", "Nee, ik hoef geen
                        # vertrouwenspersoon": a contact request started, or the refusal kept as its answer (KD-12, KD-08)
                        r"(?:wil|hoef) (?:\w+ ){0,2}niet dat er (?:\w+ ){0,2}melding",
                        r"(?:wil|hoef|ga) (?:\w+ ){0,2}(?:niks|niets) invullen",
                        # ("wacht, ik wil nog geen contact" was kept as the way to be contacted, PD-01)
                        r"(?:wil|hoef) (?:\w+ ){0,2}(?:nog )?geen contact\b",
                        _ADVISER_REFUSED,
                        r"^\W*nee\W+(?:dat )?hoeft niet\W+(?:\w+\W+){0,3}(?:dan|zelf)\b",
                        r"geen melding\b(?! (?:met|onder|op) )",  # "geen vertrouwenspersoon en ook geen melding" (AI-08)
                        # the wrong notice ("ik heb geen nevenwerk!!" in a side job's notice for an invitation, AH-02)
                        r"(?:ik heb|het is|het gaat niet om) (?:helemaal )?geen (?:nevenwerk|nevenfunctie|bijbaan|cadeau|"
                        r"uitnodiging)\b")


# a notice wished for beside what is not ("Ik wil geen contactverzoek, ik wil een officiële melding doen" got "Tot ziens!",
# JA-08)
NOTICE_WISHED = _words(r"ik wil (?:(?!geen\b|niet\b|niks\b|niets\b)\w+ ){0,2}(?:officiële |echte |formele )?(?:melding|klacht) "
                       r"(?:doen|maken|indienen)")


def no_notice_said(text: str) -> bool:
    return (bool(NO_NOTICE_FIRM.search(text or "")) or bool(NO_NOTICE.search(text or "")) and not WAIT.search(text or "")) \
        and anonymous_wish(text) is None and not NOTICE_WISHED.search(text or "")  # "ik wil geen melding met mijn naam"


def later_report_said(text: str) -> bool:
    return bool(LATER_REPORT.search(text or ""))


# "ok ik meld het wel" at the offer of a notice: a yes to it (it said goodbye, DA-12), also as the last sentence ("grapje. ok
# ik meld het wel" said goodbye, "... maar ok, ik meld het" was not understood, NB-10, NB-02)
REPORT_NOW = re.compile(r"(?:^|[.!?]\s+)\W*(?:maar\W+)?(?:(?:ok\w*|oké|goed|prima|nou|ja)\W+)?(?:dan )?(?:ik meld|meld ik) "
                        r"(?:het|dat|'m|hem|die|dit)(?: (?:dan |toch |nu )?(?:wel|maar|toch|meteen|nu))?\W*$"
                        # "laat maar, ik meld die taart" was a stop (HE-02)
                        r"|^\W*laat (?:\w+ )?maar\W+(?:dan )?(?:ik meld|meld ik) (?:het|dat|'m|hem|die|dit)\b", re.IGNORECASE)


def report_now_said(text: str) -> bool:
    return bool(REPORT_NOW.search(text or ""))


# A message inside a notice that begins with a wish to stop ("stop maar even, ik moet eerst ...",
# "doe maar niet", "cancel"): the end of the notice, not the answer to its question.
# the notice itself given up, wherever in the message ("Weet u wat, ik bespreek het toch eerst met mijn afdelingshoofd. Laat
# de melding maar zitten." got "Dat kan ik niet goed lezen", NB-03)
NOTICE_DROPPED = _words(r"laat (?:de|die|deze|dat|het|mijn) (?:melding|formulier)\w* (?:\w+ ){0,2}(?:zitten|rusten|liggen)\b",
                        r"vergeet (?:de|die|deze|dat|het|mijn) (?:melding|formulier)\w*",
                        r"(?:stop|stoppen|kap|kappen) (?:\w+ ){0,2}(?:de|die|deze|dat|het|mijn) (?:melding|formulier)\w*")


# (after a filler too: "hmm laat maar dan, ik bespreek het gewoon morgen met mijn teamleider" was kept as the name, PA-08)
STOP_FIRST = re.compile(rf"^\W*(?:(?:hm+|eh+|uh+|pff+|nou|oh|ah|ok[eé]?|oké|okay)\W+)?"
                        rf"(?:stop(?:pen)?|{_NEVER_MIND}{_NAME_AFTER}|doe maar niet|toch maar niet|cancel|annuleer\w*|sluit af|"
                        r"ik (?:stop|kap|wil stoppen)|kap(?:pen)?|vergeet (?:het|dit|maar)|hou (?:maar )?op)\b", re.IGNORECASE)


# a correction after "laat maar" ("laat ook maar, zet bij organisatie ..." dropped the notice, EA-15): no stop
CORRECTION_AFTER = re.compile(r"\b(?:zet|verander|wijzig|vervang|pas \w+ aan|maak er|moet (?:er )?staan|bij \w+ (?:moet|hoort))\b",
                              re.IGNORECASE)


def stop_first(text: str) -> bool:
    return bool(STOP_FIRST.match(text or "")) and not CORRECTION_AFTER.search(text or "") and not report_now_said(text)


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


def heard_nothing_said(text: str, at_status: bool = False) -> bool:
    """Whether a message says a report was made and nothing was heard since; at the status form's question, also
    that it was made outside this chat."""
    return bool(HEARD_NOTHING.search(text or "") and REPORTED.search(text or "")
                or at_status and OUTSIDE_CHAT.search(text or ""))


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
