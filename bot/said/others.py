"""Someone else's conduct and the roles people speak in: "ik niet, mijn collega", their act, behaviour towards the user
or others, the user accused, a manager or someone asking on another's behalf, an administrator or another employer,
the integrity officer accused, one's own deed, and someone the user knows."""
from __future__ import annotations

import re
from typing import Optional

from bot.patterns import words as _words
from bot.said.cues import MANAGER, RELATIVE, THEIR_RELATIVE


# (also with what they lead: "onze afdelingsmanager heeft zijn dochter binnengehaald" got "Wie is het voor jou?", JB-09)
OTHER_PERSON = (r"(?:collega|wethouder|teamleider|leidinggevende|afdelingshoofd|baas|chef|directeur|manager|raadslid|"
                r"burgemeester|gemeentesecretaris|stagebegeleider|projectleider|teamgenoot|\w+(?:manager|leider|hoofd\b))\w*")


# Unwanted behaviour towards the user ("hij kleineert me", "ik werd uitgescholden"), or towards
# someone else whom the user saw or heard about ("een collega wordt gepest", "ik was getuige").
_VICTIM = r"(?:collega|stagiai?r\w*|medewerker\w*|teamgeno\w*|hij|zij|ze|iemand|vrouw|man|meisje|jongen)"
# about one's own person or body: towards the user, whatever else the message saw ("opmerkingen over mn kleding en mn lijf,
# en nu zag ik ook nog dat hij een laptop ... meegenomen" got the walk-through of a colleague's conduct, IC-04)
ABOUT_ME = _words(r"over (?:mijn|m'n|mn) (?:afkomst|geloof|hoofddoek|uiterlijk|lichaam|lijf|figuur|kleding|kleren|huidskleur|"
                  r"leeftijd|accent|handicap)",
                  # "een collega heeft zijn hand op mijn bil gelegd" went the way of a colleague's conduct (EE-11)
                  r"(?:op|aan|tegen|over) (?:mijn|m'n|mn) (?:bil|billen|been|benen|knie|rug|borst\w*|kont|heup|schouder|lichaam|"
                  r"dij|nek|haar|lijf)\b")
TOWARDS_ME = _words(r"(?<!van )(?:me|mij|mijzelf)\b", r"ik (?:word|wordt|werd)\b", r"ikzelf\b",
                    # threatened for speaking up ("als ik mijn mond niet hou steekt hij mijn autobanden lek", AE-04)
                    r"(?:als|dat) ik (?:\w+ ){0,3}(?:mijn|m'n|mn) mond", r"ik (?:\w+ ){0,2}durf (?:\w+ ){0,4}niet",
                    r"(?:mijn|m'n|mn) (?:auto|autobanden|banden|fiets|huis|kinderen)\b")
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
NO_COLLEAGUE = re.compile(r"\b(?:geen|niet (?:een|mijn|m'n))\s+(?:collega|medewerker|teamgeno)\w*", re.IGNORECASE)
INSIDE = _words(r"collega", rf"{MANAGER}", r"teamgeno", r"wethouder", r"raadslid", r"burgemeester", r"stagiai?r")


# the one who did it named as an outsider, whoever else the message names ("ik ben afdelingshoofd, een
# baliemedewerker van mij is bespuugd door een inwoner")
BY_OUTSIDER = _words(r"door (?:een|de|die|zo'n) (?:boze |agressieve )?(?:inwoner|burger|klant|bezoeker|aanvrager|bewoner|"
                     r"cli[eë]nt|beller|buurtbewoner|omwonende)")


# outsiders as the ones it is done to ("Ik maak het niet mee, de burgers wel. Mag een ambtenaar inwoners verschillend
# behandelen op afkomst?" got the steps for aggression by residents, OE-12)
_OUTSIDERS = r"(?:inwoners?|burgers?|klanten?|bezoekers?|aanvragers?|cli[eë]nten?|mensen)"
OUTSIDERS_AS_TARGETS = _words(rf"(?:discrimin|behandel|help|pest|kleineer|benadeel|negeer|weiger)\w* (?:\w+ ){{0,2}}{_OUTSIDERS}\b",
                              rf"{_OUTSIDERS} (?:\w+ ){{0,3}}(?:verschillend |anders |slechter )?(?:behandelen|discrimineren|"
                              r"benadelen|weigeren)\b", r"(?:de|die) (?:burgers|inwoners|klanten) wel\b")


def from_outside(text: str) -> Optional[bool]:
    """True where unwanted behaviour comes from someone outside the organisation ("een inwoner
    aan de balie bedreigde me"); None where the text does not say so, also names a colleague
    without naming the outsider as the one who did it, or names outsiders as the ones it is done to."""
    if BY_OUTSIDER.search(text or ""):
        return True
    if OUTSIDERS_AS_TARGETS.search(text or ""):
        return None
    inside = NO_COLLEAGUE.sub(" ", text or "")  # ("het was geen collega hoor, een inwoner" got the colleague's route, MD-03)
    return True if FROM_OUTSIDE.search(text or "") and not INSIDE.search(inside) else None


# "It is not me, it is my colleague": said about an own dilemma the bot asks about, it is someone
# else's conduct ("ik niet! mijn collega heeft het aangenomen", "het gaat niet om mij").
NOT_ME = re.compile(
    r"^\W*(?:nee\W+)?ik niet\b|\bniet ik\b|\b(?:het )?(?:gaat|betreft) (?:het )?niet (?:om |over )?(?:mij|mezelf|mijzelf)\b"
    r"|\bik ben (?:zelf )?(?:niet|nergens voor) uitgenodigd\b|\b(?:het|dat) (?:gaat om|betreft) (?:de|een|onze) "
    r"(?:wethouder|bestuurder|directeur|burgemeester|raadslid|gemeentesecretaris)(?:\s*[.!,;]|\s*$)"
    r"|\bik (?:heb|had) (?:zelf )?(?:\w+ )?(?:niks|niets) "
    r"(?:gekregen|aangenomen|gedaan)|\b(?:het|dat) (?:is|was|gaat om) (?:mijn|m'n|mn|een) (?:collega|teamleider|leidinggevende|manager|baas)"
    r"|^\W*(?:nee\W+)?(?:ik niet\W+)?(?:hij|zij|ze) wel\W*$"  # "ik niet, hij wel"; not "mag ze wel ...?"
    # "Nee, het gaat niet om mijn eigen belangen. Mijn vriend heeft voorkennis gebruikt", "Ik doe niks! HIJ heeft het
    # gedaan." got the advice on one's own inside knowledge and a notice's choice (NE-18)
    r"|\b(?:het )?(?:gaat|betreft) (?:het )?niet (?:om|over) (?:mijn|m'n|mn) eigen\b|\bik doe (?:zelf )?(?:niks|niets)\W"
    r"|\b(?:hij|zij|ze) (?:heeft|had) het (?:zelf )?gedaan\b"
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
                      # (a counter-complaint asked: "Heb ik dan geen recht op hoor en wederhoor? En mag ik een tegenklacht
                      # indienen wegens smaad?" got the target's steps, JE-18)
                      r"tegenklacht", r"hoor en wederhoor",
                      # (not the one it is done to: "ik ben degene die gestalkt wordt" got the steps for the accused, ND-18)
                      r"ik ben degene die(?! (?:\w+ ){0,3}(?:wordt|werd|word)\b)(?! (?:het )?(?:slachtoffer|overkomt|overkwam)\b)",
                      r"aangesproken op mijn (?:gedrag|houding|grappen|opmerkingen)",
                      # "ik ben degene over wie geklaagd wordt", "Ik doe het gedrag, zij vindt het vervelend", "ze vindt mijn
                      # opmerkingen over haar kleding vervelend. Ik bedoelde het als compliment" got a bystander's steps (OD-11)
                      r"over wie (?:\w+ )?(?:ge)?klaag\w*", r"geklaagd over (?:mij|me)\b", r"ik doe (?:dat|het) gedrag",
                      r"(?:vindt|vond|vinden) (?:\w+ ){0,2}(?:mijn|m'n|mn) (?:opmerking|grap|compliment|gedrag|manier|aanraking)\w* "
                      r"(?:\w+ ){0,4}(?:vervelend|ongepast|ongewenst|grensoverschrijdend|niet (?:ok|oké|leuk|prettig|fijn))",
                      r"(?:mijn|m'n|mn) (?:opmerking|grap|compliment|gedrag|manier|aanraking)\w* (?:\w+ ){0,4}(?:vervelend|ongepast|"
                      r"ongewenst|grensoverschrijdend) (?:vindt|vond|vinden)\b",
                      r"ik bedoelde (?:het|dat) (?:\w+ ){0,2}(?:als (?:een )?)?(?:compliment|grap|grapje|geintje)",
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
    if ABOUT_ME.search(text):
        return True
    mine, others = bool(TOWARDS_ME.search(text)), bool(TOWARDS_OTHERS.search(text) or SOMEONE_ELSE.match(text))
    return mine if mine != others else None


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


# a council member, alderman or mayor: their own code of conduct, not the employees' ("Ik heb geen leidinggevende, ik ben
# raadslid" was told three times to discuss it with the manager, FB-06)
ADMINISTRATOR_SELF = _words(r"ik ben (?:hier |zelf |een |de )?(?:gemeente)?raadslid", r"ik ben (?:hier |zelf |de |een )?(?:wethouder|burgemeester)\b",
                            r"als (?:gemeente)?raadslid\b", r"ik zit (?:zelf )?in de (?:gemeente)?raad\b",
                            r"ik ben (?:\w+ )?(?:commissielid|fractievoorzitter|fractielid|burgerlid|steunfractielid)\b")


def administrator_said(text: str) -> bool:
    return bool(ADMINISTRATOR_SELF.search(text or ""))


# someone else's conduct by the integrity coordinator or a confidential adviser: the notice of this chat goes to them
# ("een ernstig vermoeden over de integriteitscoördinator zelf" was routed to him, notice button included; GB-14, GB-17)
_OFFICER = r"(?:interne |externe )?(?:integriteitsco[öo]rdinator|co[öo]rdinator|vertrouwenspersoon)"
OFFICER_ACCUSED = _words(rf"(?:vermoeden|melden|melding|klacht|iets|zorgen) (?:\w+ ){{0,3}}over (?:de|onze|die|een) {_OFFICER}",
                         rf"(?:de|onze|die) {_OFFICER} (?:zelf )?(?:\w+ ){{0,5}}(?:heeft|had) (?:\w+ ){{0,5}}(?:doorgespeeld|doorverteld|"
                         r"rondverteld|gelekt|verteld|misbruikt|verraden)",
                         rf"(?:de|onze|die) {_OFFICER} (?:\w+ ){{0,3}}(?:lekt|lekte|speelt|speelde|vertelt|vertelde|roddelt|roddelde)\b",
                         # the one who harasses ("de interne vertrouwenspersoon zelf maakte op de kerstborrel seksueel getinte
                         # opmerkingen tegen mij" was sent to him, contact request included, OD-20)
                         rf"(?:de|onze|die) {_OFFICER} (?:zelf )?(?:\w+ ){{0,6}}(?:opmerkingen|intimid\w*|lastig\w*|betast\w*|"
                         r"aangeraakt|aanraakt|pest\w*|scheld\w*|uitgescholden|dreig\w*|bedreig\w*|avances|kleineer\w*)")


def officer_accused(text: str) -> bool:
    return bool(OFFICER_ACCUSED.search(text or ""))


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
                     r"mag ik (?:daar |het |dat |dit )?(?:ja op zeggen|aannemen|accepteren|houden)\b",
                     # asked to do it oneself ("Een leidinggevende vraagt mij om het ziekteverzuimdossier ... door te sturen
                     # naar zijn privé gmail" got the rules for the manager, "Waar 'je' staat, lees je: die persoon", KC-18)
                     r"(?:vraagt|vroeg|verzoekt|verzocht|wil|wilde) (?:\w+ )?(?:me|mij|van mij) (?:\w+ )?(?:om|of ik)\b",
                     r"wil(?:de)? (?:\w+ )?dat ik\b")
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


# Someone the user knows in a relation's interest (else the theme was a guess: "mijn manager wil dat ik een opdracht
# opknip" was asked "Wie is het voor jou?", EC-10); and a relation denied ("er is geen familie of zo bij betrokken")
SOMEONE_KNOWN = _words(RELATIVE, r"famil\w*", r"vriend\w*", r"kennis\w*", r"bekende\w*", r"buur\w*", r"buren", r"partner",
                       r"ex\b", r"ex-\w+", r"(?:oud|ex)-?collega\w*", r"huisgeno\w*", r"(?:mijn|m'n|mn) (?:eigen )?(?:aanvraag|sollicitatie|"
                       r"huis|bedrijf|club|vereniging|kind\w*)", r"uit (?:mijn|m'n|mn) (?:straat|buurt|dorp|wijk|klas|vereniging|club|kerk)",
                       r"ken(?:t|nen)? (?:ik|elkaar|hem|haar|ze)\b", r"(?:oude|vorige|voormalige?) werkgever", r"werkte ik")
NO_RELATIVE = _words(r"geen (?:familie|familielid|vrienden|vriend|relatie|kennis\w*)\b",
                     r"(?:gaat|ging) (?:\w+ )?niet (?:over|om) (?:familie|vrienden)")


# one's own deed, not someone else's conduct ("het gaat om iets wat ik zelf gedaan heb" got "Dat kan ik niet plaatsen" at
# "Wat past het best?", FE-07)
OWN_DEED = _words(r"(?:iets )?wat ik (?:\w+ )?zelf (?:\w+ )?(?:gedaan|deed|fout)", r"mijn eigen fout", r"ik heb (?:het|dat|dit) zelf gedaan",
                  # (HE-12, HE-14: stuck at "misstand of gedrag van een collega?")
                  r"om mijn eigen\b", r"ik wil niemand (?:melden|aangeven|verraden|verlinken)",
                  r"niet over (?:een |mijn )?collega",
                  # only asking whether it is allowed ("nee ik wil hem niet verlinken hoor, ik vraag alleen of het mag" got
                  # "Dat kan ik niet plaatsen" and the two buttons again, IE-05)
                  r"(?:vraag|vroeg) (?:\w+ ){0,2}(?:alleen|gewoon|enkel|puur) (?:\w+ ){0,3}(?:of|wat|hoe)\b",
                  r"(?:wil|ga) (?:\w+ ){0,3}niet (?:verlinken|verraden|aangeven|verklikken)\b",
                  r"(?:alleen|gewoon|puur) (?:een |uit )?(?:vraag|nieuwsgierigheid)\b", r"geen klikspaan")


# A report the user says is not true ("eerlijk gezegd heeft ie niks gedaan maar hij heeft mijn promotie ingepikt en ik wil
# dat hij eens flink onderzocht wordt" got "Goed dat je dit serieus neemt" and the notice filled in, JD-16)
_NOT_TRUE = _words(r"eerlijk gezegd (?:\w+ ){0,4}(?:niks|niets)\b", r"(?:heeft|deed) (?:ie|hij|zij|ze) (?:eigenlijk |helemaal |gewoon )?"
                  r"(?:niks|niets)(?: fout| verkeerd)? gedaan\b", r"(?:heb|had) (?:ik )?(?:het|dat|dit) (?:\w+ )?verzonnen")
_MOTIVE = _words(r"wraak", r"terug (?:te )?pakken", r"lesje", r"ingepikt", r"afgepakt", r"dwars (?:te )?zitten", r"hekel")


def false_report_said(text: str) -> bool:
    return bool(_NOT_TRUE.search(text or "") and _MOTIVE.search(text or "")) or bool(re.search(r"\b(?:uit|als) wraak\b",
                                                                                              text or "", re.I))


def own_deed_said(text: str) -> bool:
    """One's own deed, or a question said to be about oneself (FOR_MYSELF: "het gaat om mij", "over mijn eigen ...")."""
    return bool(OWN_DEED.search(text or "") or FOR_MYSELF.search(text or ""))


def someone_known(text: str) -> bool:
    return bool(SOMEONE_KNOWN.search(text or ""))


def no_relative_said(text: str) -> bool:
    return bool(NO_RELATIVE.search(text or ""))
