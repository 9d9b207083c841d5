"""Short answers to the questions people ask right after the advice.

"moet ik het teruggeven?", "mag ik mijn vrouw meenemen?" or "wat zeg ik dan tegen hem?" got the
whole advice again. A question of this table gets its own answer instead: what the code of
conduct says, or that it says nothing and who to ask. Any other follow-up still gets the advice
again, computed for the facts as they are now (actions/advice.py).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, Optional, Tuple, Union

from bot.advice import Facts, escalation_kind, gift_declined, gift_outcome, SEVERE_BEHAVIOUR
from bot.cases import COLLEAGUES_GIFT, FEE, PENDING, PENDING_CASE, PRIORITY, REPEATED_CASE
from bot.patterns import words
from bot.profile import Profile
from bot.said.cues import MANAGER
from bot.said.notices import WHO_REPORTED
from bot.said.safety import DANGER_SAID

LONGEST_QUESTION = 18  # words; a longer message tells a new matter
ANY_THEME = "*"  # a row of the table for every theme
# the text key in teksten.yml, or how to choose it from the facts
Answer = Union[str, Callable[[Facts, Profile], Optional[str]]]


# gift cases whose answer is the case's text, whatever the value
CASES_BEFORE_VALUE = (PENDING_CASE, REPEATED_CASE, COLLEAGUES_GIFT)


def _return_gift(facts: Facts, profile: Profile) -> str:
    if facts.geval in CASES_BEFORE_VALUE:  # whatever its value ("stel het was 40 euro, had ik het mogen houden?"
        return f"geschenk.geval_{facts.geval}"  # got "Je mag het houden" while the giver's application runs, AJ-01)
    outcome = gift_outcome(facts, profile.geschenk_drempel_euro)
    return {"afwijzen": "vervolg.teruggeven_ja", "nooit": "vervolg.teruggeven_ja",
            "aannemen_melden": "vervolg.teruggeven_nee", "code_zwijgt_geld": "geschenk.code_zwijgt_geld",
            }.get(outcome, "vervolg.teruggeven_onbekend")


def _talk(theme: str) -> Callable[[Facts, Profile], str]:
    """What to say to the person: not at all for a suspected wrongdoing, never pushed where unsafe."""
    def key(facts: Facts, profile: Profile) -> str:
        kind = escalation_kind(theme, facts)
        if kind == "misstand":
            return "escalatie.niet_bespreken_misstand"
        if kind == "beschuldigd":  # not the one who complained: that can feel as pressure
            return "vervolg.niet_aanspreken"
        if kind == "publiek":
            return "escalatie.publiek_leidinggevende"
        if kind == "leidinggevende":  # the manager's own task, not the target's "skip that step" (FD-13)
            return "vervolg.leidinggevende_taak"
        if facts.gedragsvorm in SEVERE_BEHAVIOUR or facts.veilig_gesprek is False:
            return "escalatie.niet_veilig"
        # not yet asked (in the walk-through) or not known: only if it feels safe, as the advice says
        return "escalatie.gesprek_betrokkene" if facts.veilig_gesprek is True else "escalatie.gesprek_als_veilig"
    return key


_TALK = words(r"wat (?:moet|kan|zal) ik (?:dan |er )?(?:tegen \w+ )?zeggen", r"wat zeg ik", r"hoe (?:begin|pak|zeg)",
              r"hoe (?:moet|kan) ik (?:dat|het) (?:gesprek|zeggen|brengen|aankaarten|bespreken)", r"aanspre\w*",
              r"(?:loop|ga|lopen|gaan) (?:\w+ ){0,3}naar (?:haar|hem|zijn|d'r) (?:bureau|plek|kamer|werkplek|huis)",
              r"bij (?:me|mij) (?:\w+ )?(?:roepen|laten komen)", r"confronteren", r"op het matje",
              r"vragen wat (?:ze|hij|zij|die) (?:\w+ ){0,5}(?:verteld|gezegd|besproken)",
              # "kan ik hem niet gewoon eerst zeggen dat hij moet stoppen?" got the text on data leaks (AB-07)
              r"(?:hem|haar) (?:\w+ ){0,3}(?:zeggen|vertellen|waarschuwen) dat", r"met (?:hem|haar) (?:\w+ ){0,2}praten")
# the user's own choice to talk to the one who did it, with a wish for tips ("nee ik wil het wel zelf proberen. heb je tips
# voor dat gesprek?" got "Sla die stap dan gewoon over", three times, FE-02)
_MYSELF = r"(?:wil|ga|kan) (?:\w+ ){0,3}zelf (?:\w+ ){0,3}(?:proberen|zeggen|bespreken|praten|aanspreken)"
_TALK_MYSELF = words(_MYSELF, r"\btips?\b")
_TALK_FIRST = words(r"eerst (?:\w+ ){0,4}(?:praten|bespreken|aanspreken|zeggen|spreken)\b", _MYSELF,
                    r"voel (?:me|mij|het) (?:\w+ )?veilig", r"(?:is|voelt) (?:\w+ ){0,2}veilig\b")
# (also told with what a colleague says: "mijn collega zegt: bel die partij gewoon en vraag of ze het verwijderen, dan hoef
# je niks te melden. niemand merkt het. is dat ok?" got "Gaat het vooral om ...?", IE-15)
_DELETED = words(r"verwijder\w*", r"wissen", r"weggooien", r"geen lek meer")
# an instruction to treat people differently for who they are ("vroeg mij twee sollicitanten met een hoofddoek niet uit te
# nodigen ... moet ik die twee kandidaten dan wel of niet uitnodigen?", IB-14)
_GROUNDS = r"(?:hoofddoek\w*|\w*discrimin\w*|afkomst|huidskleur|geloof|godsdienst|moslim\w*|marokka\w*|turk\w*|zwart\w*|\w*accent|" \
           r"homo\w*|zwanger\w*|leeftijd|te oud|handicap|beperking)"
DISCRIMINATION_ASKED = re.compile(rf"^(?=.*\b{_GROUNDS})(?=.*\b(?:vraagt|vroeg|wil dat ik|wilde dat ik|opdracht|moet ik|mag ik|"
                                  r"niet uit(?: te)? ?nodigen|afwijzen|niet aannemen|weigeren)\b)"
                                  r"(?=.*\b(?:sollicit\w*|kandida\w*|vacature|uitnodig\w*|aannemen|afwijzen|selectie\w*|werving|"
                                  r"klant\w*|inwoner\w*|aanvra\w*))", re.IGNORECASE | re.DOTALL)
_LET_REST = words(r"laten rusten", r"laten (?:gaan|zitten|liggen)", r"(?:er )?(?:niks|niets) (?:te |mee |aan )?(?:doen|aan doen)",
                  r"(?:haar|zijn|diens) wens", r"wil (?:\w+ ){0,3}niet dat ik")
# a notice asked to be made in this chat ("kan ik het hier bij jou anoniem melden?")
REPORTED_HERE = words(r"(?:hier|bij jou|in deze chat|via deze chat|via jou) (?:\w+ ){0,3}(?:melden|melding|anoniem)",
                     r"(?:melden|melding doen) (?:\w+ ){0,2}(?:hier|bij jou|in deze chat)\b")
_RETURN = words(r"terug\s?(?:geven|sturen|brengen)", r"geef \w+ terug", r"stuur \w+ terug", r"houden", r"weggeven",
                r"wat (?:doe|moet) ik (?:er |dan )?(?:nu )?mee", r"retour")
_DECLINE = words(r"hoe sla ik", r"weiger", r"zeg\w* (?:\w+ ){0,3}(?:nee|af)\b", r"afslaan", r"nee zeggen", r"afzeggen",
                 r"wat zeg ik", r"wat (?:moet|kan) ik (?:dan )?(?:tegen \w+ )?zeggen", r"beleefd",
                 # "moet ik die leverancier nog iets laten weten?" after the notice restarted the gift's questions (IA-16)
                 r"(?:leverancier|gever|aannemer|bedrijf|winkel|hem|haar|ze) (?:\w+ ){0,3}laten weten")

_ALONE = words(r"lunch", r"etentje", r"diner", r"borrel", r"afspraak", r"afspreken", r"alleen met (?:hem|haar)",
               r"afzeggen", r"uitnodiging", r"uitgenodigd", r"(?:naar|bij) (?:dat|het|die|zijn|haar) (?:gesprek|evaluatie|kamer|kantoor)",
               r"alleen (?:bij|naar) (?:hem|haar)", r"onder vier ogen")
# "ik wil geen klacht of politie. ik had zelf ook wat gedronken dus misschien is het ook mijn schuld" got the police text twice
# (LD-05)
_SELF_BLAME = words(r"(?:mijn|m'n|mn) (?:eigen )?schuld", r"(?:ligt|lag) (?:het|dat) aan (?:mij|me)\b", r"had ik (?:het )?"
                    r"(?:moeten|kunnen) (?:voorkomen|zien aankomen)", r"(?:zelf|ook) (?:schuld|fout)\b", r"heb ik (?:het )?uitgelokt",
                    r"uitgelokt")
_EVIDENCE = words(r"bewijs", r"screenshot", r"bewaren", r"opschrijven", r"noteren", r"vastleggen", r"dagboek", r"opnemen")
_CONSEQUENCES = words(r"problemen (?:krijgen|komen)", r"in de problemen", r"de klos", r"gevolgen", r"ontslag", r"ontslagen",
                      r"ontslaan", r"beoordeling", r"straffen", r"gestraft", r"afrekenen",
                      r"benadeeld", r"wraak", r"represaille", r"(?:krijg|kom) ik (?:\w+ ){0,2}(?:last|problemen|gedoe)",
                      r"contract (?:\w+ )?(?:niet )?(?:verleng\w*|stop\w*|beëindig\w*|opzeg\w*)", r"(?:niet|geen) (?:meer )?verlengd",
                      r"(?:mijn )?(?:baan|werk) (?:kwijt|verliezen|raken)",
                      r"aantekening", r"personeelsdossier", r"(?:denken|denkt) dat ik (?:\w+ )?fraud\w*")
# "en ben ik beschermd? ik heb hem tenslotte gemeld" about unwanted behaviour got the advice again (AE-15); about a
# suspected wrongdoing the whistleblower's protection answers it (the FAQ)
_PROTECTED = words(r"(?:ben|word|wordt|blijf) (?:ik|hij|zij|ze) (?:\w+ ){0,2}beschermd")
# (not "word ik beschermd?": the FAQ answers that one in full)
# Punished for refusing or reporting, in any theme ("kan hij me een slechte beoordeling geven als ik weiger?")
_RETALIATION = words(r"(?:kan|mag|gaat|zal|kunnen|mogen|gaan) (?:hij|zij|ze|die|(?:mijn|m'n|mn|de) \w+) (?:\w+ ){0,4}"
                     r"(?:ontslaan|straffen|benadelen|afrekenen|(?:slechte|slechtere|negatieve) beoordeling)",
                     r"(?:ontslagen|gestraft|benadeeld|afgerekend|(?:slechte|slechtere|negatieve) beoordeling) (?:\w+ ){0,4}"
                     r"(?:als|omdat) ik (?:\w+ ){0,3}(?:weiger|nee zeg|meld|klaag|klacht)")
_OUTSIDE = words(r"buiten de (?:gemeente|organisatie|deur)", r"extern\w*", r"ergens (?:anders|buiten)", r"onafhankelijk\w*",
                 r"speciaal voor discriminatie", r"meldpunt", r"antidiscriminatie\w*", r"college voor de rechten")
_POLICE = words(r"aangifte", r"politie", r"strafbaar")  # ("is stalking niet gewoon strafbaar?", OD-19)
_COMES_BACK = words(r"(?:als|wanneer) (?:hij|zij|ze|die) (?:\w+ ){0,3}(?:weer|terug)\w*",
                    r"(?:komt|staat) (?:\w+ ){0,3}weer (?:\w+ ){0,3}(?:balie|deur|loket)",
                    r"(?:moet|zal) ik (?:hem|haar) (?:dan )?(?:gewoon )?(?:weer )?helpen")
# Meeting again the one who threatened or harassed ("wat moet ik morgen doen als ik hem weer zie op de werf? ik ben echt
# bang" got "Daar kan ik je helaas niet mee helpen", AE-04)
_MEET_AGAIN = words(r"als ik (?:hem|haar) (?:\w+ ){0,3}(?:weer )?(?:zie|tegenkom\w*|tegen kom\w*)",
                    r"(?:vandaag|straks|vanavond|morgen|maandag)\W+(?:\w+ ){0,4}(?:naar|op|bij|in) (?:de |het |mijn |mn |m'n )?"
                    r"(?:werk|parkeerplaats|werf|kantoor|balie|afdeling|gemeentehuis|stadhuis|stadskantoor)",  # "vandaag na werk moet ik weer naar
                    r"(?:hij|zij|ze) is (?:daar|er) (?:dan )?ook",  # parkeerplaats en hij is daar ook" got the side-job text
                    # "ok maar wat doe ik morgen? ik moet gewoon met hem op de wagen" got the advice again (CC-04)
                    r"wat (?:doe|moet) ik (?:dan )?morgen", r"met (?:hem|haar) (?:\w+ ){0,3}(?:op de wagen|in de (?:auto|wagen|bus)|"
                    r"op pad|samen(?:werken)?|dienst)", r"naast (?:hem|haar) (?:\w+ ){0,2}(?:zitten|zit|werken|werk|staan)\b")
_WHO_THEN = words(r"bij wie (?:moet|kan|mag) ik (?:dan|wel|nu|het)\b", r"naar wie (?:moet|kan|mag) ik", r"wie (?:moet|kan) ik (?:dan |nu )?"
                  r"(?:bellen|mailen|benaderen|inschakelen)", r"waar (?:moet|kan) ik (?:dan |nu |wel )?(?:heen|naartoe|terecht)")
# the own manager away, or someone else asked for ("mijn leidinggevende is vandaag en morgen vrij", "mag ik ook naar
# het afdelingshoofd?")
_OTHER_MANAGER = words(rf"{MANAGER}\w* (?:is|zit|ligt) (?:\w+ ){{0,4}}(?:vrij|afwezig|ziek|op vakantie|met vakantie|er niet|weg|"
                       r"niet bereikbaar|niet op kantoor)\b",
                       rf"(?:mag|kan|moet) ik (?:\w+ ){{0,3}}(?:naar|bij) (?:het |de |een |zijn |haar )?(?:afdelingshoofd|directeur|"
                       rf"andere {MANAGER}|hogere {MANAGER}|{MANAGER} van (?:mijn|m'n|mn) {MANAGER})",
                       r"(?:een )?andere leidinggevende", r"(?:naar )?(?:de|zijn|haar) baas van (?:mijn|m'n|mn) baas",
                       rf"(?:naar|bij) (?:zijn|haar|z'n) (?:eigen )?{MANAGER}\b", r"(?:naar|bij) wie anders",
                       r"(?:naar|bij) (?:mijn|m'n|mn|het) (?:eigen )?afdelingshoofd",
                       r"(?:mag|kan) ik (?:\w+ ){0,3}(?:naar|bij) (?:de|een|het) (?:\w+ )?(?:afdelings\w+|hogere \w+)")  # (EA-10)


def _other_manager(facts: Facts, profile: Profile) -> str:
    # a data leak cannot wait: the data protection officer (its text)
    return "vertrouwelijke_informatie.geval_datalek" if facts.geval == "datalek" else "vervolg.andere_leidinggevende"


# told the manager before ("ik heb het al tegen mijn afdelingshoofd gezegd. telt dat niet als melding?", EC-11)
_TOLD_BEFORE = words(rf"(?:heb|had) (?:het|dit|dat) (?:\w+ ){{0,2}}(?:al|toch|eerder) (?:\w+ )?(?:tegen|aan|bij) (?:mijn|m'n|mn|de|het) "
                     rf"{MANAGER}\w* (?:\w+ )?(?:gezegd|gemeld|verteld)", r"telt (?:dat|dit|het) (?:niet |ook |al )?als (?:een )?melding",
                     r"(?:moet|hoef) ik (?:\w+ ){0,2}opnieuw (?:melden|vertellen)")
_ALDERMAN = words(r"wethouder\w*", r"raadslid", r"raadsleden", r"gedeputeerde", r"bestuurder\w*")
# Looking into it oneself ("moet ik dat niet eerst zelf uitzoeken?", "mag ik in de logbestanden kijken?")
_INVESTIGATE = words(r"(?:zelf|eerst) (?:\w+ ){0,3}(?:uitzoeken|uitzocht|onderzoeken|nagaan|natrekken|checken|controleren)",
                     r"(?:uitzoeken|onderzoeken|nagaan|natrekken|checken) (?:of|wie|hoe|wat)\b", r"log(?:bestand|s)\w*",
                     r"(?:foto'?s|opnames?) (?:\w+ ){0,2}(?:maken|nemen)", r"(?:mag|kan|moet) ik (?:\w+ ){0,4}(?:kijken|zoeken) in")
# Doing what one is asked to ("moet ik die declaraties nu tekenen of niet?", "moet ik dat rapport aanpassen zoals hij wil?")
_SIGN_OFF = r"(?:tekenen|aftekenen|ondertekenen|accorderen|goedkeuren|akkoord geven|boeken|aanpassen|wijzigen|uitbetalen)"
_DO_AS_ASKED = words(rf"(?:moet|mag|zal|kan) ik (?:\w+ ){{0,6}}{_SIGN_OFF}\b",
                     r"(?:moet|mag|zal|kan) ik (?:\w+ ){0,6}\w+ (?:\w+ )?zoals (?:hij|zij|ze|die) (?:\w+ )?(?:wil|vraagt|zegt)",
                     r"(?:heb ik gelijk|is het terecht|mag ik) (?:\w+ ){0,3}(?:dat ik |om )?(?:\w+ ){0,3}weiger\w*", r"(?:doen|uitvoeren|opvolgen) wat (?:hij|zij|ze|die|(?:mijn|m'n|mn|de) \w+) "
                     r"(?:\w+ ){0,2}(?:vraagt|zegt|wil)", r"opdracht (?:\w+ ){0,3}(?:weigeren|uitvoeren|opvolgen)")
# "... of niet" only where someone asks it ("die 20 km naar mijn moeder, mag ik die wel of niet declareren?" got the text on
# pressure from above, GE)
_OR_NOT_ASKED = re.compile(r"^(?=.*\b(?:vraagt|vroeg|eist|eiste|zegt|zei|opdracht|weiger\w*|wil dat ik|wilde dat ik)\b)"
                           r".*\b(?:moet|mag|zal|kan) ik (?:\w+ ){0,6}\w+ (?:\w+ )?of niet\b", re.IGNORECASE | re.DOTALL)
# Told that it is not so bad, that it always goes like this, or to say nothing ("mijn collega zegt ik moet niks zeggen
# want het was maar adres en indicatie" became unwanted behaviour; "iedereen doet het" was not engaged, AB-05, AB-07)
# "is dit nou discriminatie of stel ik me aan?" (BE-03, CC-03)
_IS_IT_UNWANTED = words(r"is (?:dit|dat|het|zo'?n \w+|zoiets) (?:nou |nu |echt |dan |wel |al )*(?:discriminatie|ongewenst gedrag|pesten|"
                        r"(?:seksuele )?intimidatie|grensoverschrijdend|racisme)", r"overdrijf ik", r"stel ik me (?:\w+ )?aan",
                        r"ben ik (?:te )?(?:gevoelig|overgevoelig)",
                        r"(?:telt|valt) (?:dit|dat|het|zoiets) (?:\w+ )?(?:als|onder)(?! (?:een )?(?:officiële )?melding)")
# "dus ja of nee?", "mag het nou of niet?" after the advice on a case of the municipality's things or information: its
# own answer (it got "Op die vraag heb ik geen ander antwoord", CA-09, CA-13)
_YES_OR_NO = words(r"ja of nee", r"wel of niet", r"mag (?:het|dat|dit) (?:\w+ )?(?:nou|nu)\b", r"mag het of niet",
                   r"was (?:het|dat) (?:nou |dan )?fout", r"(?:doen|moet ik \w+(?: \w+)?) of niet\b")  # ("moet ik het nu doen of niet?", EC-04)


def _case_answer(theme: str) -> Callable[[Facts, Profile], Optional[str]]:
    return lambda facts, profile: f"{theme.removeprefix('dilemma_')}.geval_{facts.geval}" if facts.geval else None


_KEEP_QUIET = words(r"zegt (?:dat )?ik (?:\w+ ){0,2}(?:niks|niets) (?:\w+ )?(?:moet|hoef|mag) (?:te )?(?:zeggen|melden|doen)",
                    r"(?:niet|nie) (?:zo )?erg\b", r"valt (?:wel )?mee", r"(?:is|was) (?:toch )?(?:gewoon |heel )?normaal",
                    r"(?:gaat|ging) (?:het )?(?:hier )?(?:altijd|al jaren) zo",
                    r"zo doen (?:wij|we) (?:dat|het) hier",
                    r"iedereen (?:\w+ ){0,3}(?:doet|rommelt|sjoemelt|neemt|declareert|krijgt|rondt|schrijft|gebruikt)\b",
                    r"maak je (?:niet|geen) (?:zo )?druk",
                    r"doet iedereen", r"(?:wel|echt|nou|zo) erg\?",
                    r"(?:laten|laat) rusten")
# A danger to people that is there now ("die nooduitgangen zijn nog steeds kapot en er traint elke avond jeugd")
_HAZARD = words(r"(?:nooduitgang|brandtrap|brandblusser|brandmelder|rookmelder|sprinkler|noodverlichting|vluchtweg)\w* "
                r"(?:\w+ ){0,4}(?:kapot|defect|werk\w* niet|geblokkeerd|dicht|op slot|afgesloten|onveilig)",
                r"(?:gaslek|instortingsgevaar|asbest|elektrocutie|onder stroom)",
                # a colleague driving under the influence ("drinkt bier voor hij met de strooiwagen de weg op gaat", AI-12)
                r"(?:dronken|drinkt|gedronken|bier|alcohol|onder invloed|drugs)\b(?:\s+\S+){0,10}\s+(?:rijd\w*|de weg op|"
                r"achter het stuur|strooiwagen|vrachtwagen|heftruck)",
                r"(?:rijd\w*|de weg op|achter het stuur)\b(?:\s+\S+){0,6}\s+(?:dronken|onder invloed|gedronken)")
_HOME_WORKING = words(r"thuis\s?werk\w*", r"werk\w* (?:[\w']+ ){0,3}(?:thuis|vanuit huis)\b(?! te)", r"plaats- en tijdonafhankelijk")


def alderman_named(text: str) -> bool:
    return bool(_ALDERMAN.search(text or ""))


def hazard_told(text: str) -> bool:
    """Whether a message tells of a danger to people that is there now."""
    return bool(_HAZARD.search(text or ""))


# Going along with what one suspects ("moet ik ze gewoon goedkeuren zodat niemand iets merkt?")
_GO_ALONG = words(rf"(?:moet|mag|kan|zal) ik (?:\w+ ){{0,4}}(?:{_SIGN_OFF}|doorzetten|betalen|meewerken|meedoen|gewoon doen|"
                  r"laten passeren)\b")

# "mijn afdelingshoofd zegt dat ik hem wel mag houden": it got "Ja." (of "moet ik het teruggeven?") and then a no
_MANAGER_AGREES = words(MANAGER + r" (?:\w+ ){0,5}(?:zegt|zei|vindt|vond|gaf|geeft|heeft) (?:\w+ ){0,5}"
                        r"(?:ok|oké|goed|prima|mag|mogen|houden|akkoord|toestemming)",
                        r"toestemming (?:\w+ ){0,3}" + MANAGER,
                        r"als (?:mijn |de )?" + MANAGER + r" (?:\w+ ){0,3}(?:goed|ok|akkoord)",
                        MANAGER + r" (?:\w+ ){0,6}(?:goed|ok|oké|prima) (?:vindt|vond)")
# "en als ik die bon van 25 euro terugstuur en de rest hou?": it got "Je mag het aannemen" for the part kept
_SPLIT = words(r"(?:de )?rest (?:\w+ )?(?:hou|houd|houden)", r"(?:een )?deel (?:\w+ ){0,3}(?:terug|houden|hou)\b",
               r"(?:op)?splits\w*", r"verdel\w*",
               # "moet de champagne ook retour ...? Die is op zichzelf minder dan 50 euro" got "Je mag het aannemen" (FB-02)
               r"op zichzelf", r"(?:los|apart) (?:\w+ ){0,2}(?:onder|minder|houden|hou)\b")
# a gift declined, and whether to report it ("Is dat verplicht, melden, als ik hem toch al geweigerd heb?" got the side-job
# text twice, FA-02)
_DECLINED_REPORTED = words(r"(?:meld\w*)\b[^.!]{0,60}\b(?:geweigerd|afgeslagen|teruggegeven|teruggestuurd|niet aangenomen)",
                           # "ik heb het al geweigerd zei ik. maar moet ik het nou melden of niet?" (IA-09)
                           r"(?:geweigerd|afgeslagen|teruggegeven|teruggestuurd|niet aangenomen)\b[^!?]{0,60}\bmeld\w*")


# whether one must report it at all ("moet ik het echt melden?", "ben ik verplicht om het te melden?", "hoef ik dat niet te
# melden?": the advice again, or "Op die vraag heb ik geen ander antwoord", in every theme, NA-01, NB-13, ND-19, NE-01)
MUST_REPORT = words(r"(?<!wat )(?<!hoe )(?<!waar )(?<!wie )moet ik (?:\w+ ){0,8}(?:melden|aangeven|doorgeven|vertellen)\b",
                    r"(?:ben ik|is (?:het|dat|dit|die|deze|zo'n|een|melden)) (?:\w+ ){0,3}verplicht", r"verplicht (?:om )?(?:\w+ ){0,3}(?:te )?melden",
                    r"hoef ik (?:het|dat|dit) (?:\w+ ){0,2}niet (?:te )?(?:melden|vertellen)", r"medeplichtig")


def _must_report_gift(facts: Facts, profile: Profile) -> str:
    if facts.geval in CASES_BEFORE_VALUE:
        return f"geschenk.geval_{facts.geval}"
    if facts.al_aangenomen is False:  # declined by the user
        return "vervolg.geweigerd_melden"
    return {"aannemen_melden": "vervolg.melden_geschenk", "afwijzen": "vervolg.teruggeven_ja", "nooit": "vervolg.teruggeven_ja",
            }.get(gift_outcome(facts, profile.geschenk_drempel_euro), "vervolg.teruggeven_onbekend")


def _must_report_behaviour(facts: Facts, profile: Profile) -> Optional[str]:
    """The one it happens to decides; a witness or a manager is told what the code asks of them."""
    kind = escalation_kind("dilemma_ongewenst_gedrag", facts)
    if kind == "leidinggevende":
        return "vervolg.leidinggevende_taak"
    if kind == "beschuldigd":
        return None
    return "vervolg.melden_zelf" if facts.zelf_getroffen is not False else "vervolg.melden_plicht"


def _manager_agrees(facts: Facts, profile: Profile) -> str:
    return "vervolg.toestemming_nee" if gift_declined(facts, profile.geschenk_drempel_euro) else "vervolg.toestemming_melden"


def _manager_agrees_invitation(facts: Facts, profile: Profile) -> str:
    # a trip paid by the host stays one at another's cost ("Dan heb je gedaan wat de gedragscode vraagt", AF-02)
    return "vervolg.toestemming_reis_derden" if facts.reis_betaald is True else "vervolg.toestemming_uitnodiging"


# (theme, question, answer); the first that matches and has an answer for the facts wins
ANSWERS: Tuple[Tuple[str, object, Answer], ...] = (
    (ANY_THEME, _HAZARD, "vervolg.gevaar_nu"),  # it got the steps for unwanted behaviour
    # the question asked before the fear told with it ("moet ik die declaraties nu tekenen of niet? ... ik ben bang voor
    # mijn beoordeling" got only the protection of the Wbk, FB-12)
    ("dilemma_vermoeden_misstand", _GO_ALONG, "vervolg.niet_meewerken"),
    ("dilemma_vermoeden_misstand", _CONSEQUENCES, "escalatie.bescherming"),  # the protection of the Wbk
    (ANY_THEME, _RETALIATION, "vervolg.gevolgen"),  # before "weiger" of a gift's "how do I decline?"
    ("dilemma_geschenk", PENDING, "geschenk.geval_lopende_zaak"),  # "maakt het uit dat ze meedoen aan de aanbesteding?"
    ("dilemma_uitnodiging", PENDING, "uitnodiging.geval_lopende_zaak"),
    ("dilemma_geschenk", _MANAGER_AGREES, _manager_agrees),
    ("dilemma_geschenk", _SPLIT, "vervolg.opsplitsen"),
    ("dilemma_geschenk", _DECLINED_REPORTED, "vervolg.geweigerd_melden"),
    ("dilemma_geschenk", words(r"contant", r"cash", r"geld\b"), lambda facts, profile: "geschenk.afwijzen" if gift_outcome(
        replace(facts, soort_gift="geld"), profile.geschenk_drempel_euro) == "afwijzen" else "geschenk.code_zwijgt_geld"),
    ("dilemma_geschenk", words(r"(?:volle|gewone|normale) prijs", r"zelf (?:de )?(?:volle |hele )?(?:prijs )?betaal"),
     "vervolg.volle_prijs"),
    ("dilemma_geschenk", _RETURN, _return_gift),
    ("dilemma_geschenk", _DECLINE, "vervolg.weigeren_geschenk"),
    ("dilemma_uitnodiging", _MANAGER_AGREES, _manager_agrees_invitation),  # "gaat zelf ook mee en vindt het prima"
    ("dilemma_nevenwerkzaamheden", _MANAGER_AGREES, "vervolg.toestemming_nevenwerk"),
    ("dilemma_uitnodiging", words(r"mee(?:\s?nemen|\s?komen|\s?gaan)", r"introducé", r"partner", r"vrouw", r"man\b",
                                  r"vriend", r"kind", r"gezin", r"plus\s?één", r"\+1"), "vervolg.meenemen"),
    ("dilemma_uitnodiging", words(r"zelf (?:betaal|betalen|betaald|bekostig)", r"eigen (?:kosten|rekening|zak)",
                                  r"(?:de )?gemeente (?:\w+ ){0,3}(?:betaal|betaalt|betalen|bekostigt)",
                                  r"op kosten van de gemeente"),
     "vervolg.zelf_betalen"),
    ("dilemma_uitnodiging", _DECLINE, "vervolg.weigeren_uitnodiging"),
    # travel or a hotel paid by the host, asked at the notice's summary ("mag ik eigenlijk wel mee als zij hotel en reis
    # betalen?" was not answered, twice, IA-11)
    ("dilemma_uitnodiging", words(r"reis\b", r"reizen\b", r"reist\b", r"reiskosten", r"hotel\w*", r"vlucht\w*",
                                  r"overnacht\w*", r"vliegtuig\w*"), "uitnodiging.reis_derden"),
    # money from the host ("En die 500 euro? Mag ik die houden?" got "voor uitnodigingen noemt de code geen bedrag", OB-12)
    ("dilemma_uitnodiging", words(FEE.pattern, r"(?:geld|euro|bedrag)\w*\W+(?:\w+\W+){0,3}(?:houden|hou|aannemen|krijgen|krijg)\b",
                                  r"(?:houden|hou|aannemen) (?:\w+ ){0,3}(?:geld|euro|bedrag)"), "uitnodiging.geval_vergoeding"),
    # "geldt die grens van 50 euro ook voor een diner?" started a gift and took 50 euro for its value
    ("dilemma_uitnodiging", words(r"grens", r"limiet", r"drempel", r"vuistregel", r"€\s?\d+", r"\d+\s?(?:euro|,-)"),
     "vervolg.grens_uitnodiging"),
    # leaving it unreported ("kan ik t niet gewoon laten" got "Ik weet nog niet waar je vraag over gaat", IC-06): the rule
    ("dilemma_belangenverstrengeling", words(r"laten(?:\s*[?!.]*\s*$| zitten| rusten| gaan| liggen)", r"negeren",
                                             r"(?:niks|niets) (?:mee |aan )?doen", r"niet (?:\w+ )?melden",
                                             r"(?:hoeft|moet) (?:dat|het) (?:nou |echt |wel )?(?:echt )?(?:niet|\?)"),
     "belangenverstrengeling.melden"),
    ("dilemma_nevenwerkzaamheden", words(r"verbieden", r"verbiedt", r"weigeren", r"tegenhouden", r"nee zeggen",
                                         r"toestemming"), "vervolg.nevenwerk_verbieden"),
    # handling a case of one's own club or client ("mag ik de subsidieaanvraag van de club zelf behandelen?")
    ("dilemma_nevenwerkzaamheden", words(r"(?:mag|kan|moet) ik (?:\w+ ){0,9}(?:behandelen|beoordelen|controleren|"
                                         r"inspecteren|goedkeuren|doorverwijzen|overdragen)", r"(?:aan een collega|uit handen) "
                                         r"(?:\w+ )?(?:geven|overdragen)"), "vervolg.zelf_behandelen"),
    ("dilemma_nevenwerkzaamheden", words(r"mag (?:het|dat) (?:\w+ ){0,2}(?:of niet|nou|nu|dan)\b", r"belangenverstrengeling",
                                         r"belangenconflict", r"(?:hoeveel|maximum|maximaal|max) (?:\w+ ){0,3}u(?:ur|ren)\b"),
     "vervolg.nevenwerk_mag_het"),
    # part-time after being elected ("mag ik dan 1 dag per week blijven werken?" got "Actief zijn naast je werk is prima", GD-04)
    ("dilemma_nevenwerkzaamheden", words(r"blijven werken", r"deeltijd", r"parttime", r"\w+ dag(?:en)? (?:per|in de) week",
                                         r"gekozen", r"verkozen", r"zetel"),
     lambda facts, profile: "nevenwerkzaamheden.geval_gemeenteraad" if facts.geval == "gemeenteraad" else None),
    ("dilemma_nevenwerkzaamheden", words(r"registr", r"(?:hoe|waar|bij wie) (?:meld|moet ik (?:het|dat|dit) melden|geef ik)",
                                         r"moet ik (?:het|dat|dit) (?:ook |wel )?(?:melden|doorgeven)", r"formulier"),
     "nevenwerkzaamheden.registratie"),
    ("dilemma_belangenverstrengeling", words(r"wat (?:zeg|moet|vertel) ik (?:\w+ ){0,3}(?:tegen|aan) (?:mijn|m'n|mn|de) leidinggevende",
                                             r"hoe meld ik"), "vervolg.melden_belangen"),
    # what is public already ("maar het staat toch al half in een raadsstuk dat openbaar is?" got "Op die vraag heb ik geen
    # ander antwoord", OC-15)
    ("dilemma_vertrouwelijke_informatie", words(r"(?<!niet )(?<!nog niet )openbaar\b", r"raadsstuk\w*", r"raadsvoorstel\w*",
                                                r"publiek bekend", r"staat (?:\w+ ){0,3}(?:in de krant|online|op de website)"),
     "vervolg.al_openbaar"),
    # one's own opinion, also of an alderman ("en op twitter kritiek geven op de wethouder over dat zwembad? als
    # privepersoon" got the route for reporting an alderman, "mag ik als ambtenaar mijn mening geven op social media?" the
    # press, OC-17)
    ("dilemma_vertrouwelijke_informatie", words(r"mening", r"kritiek", r"meningsuiting"),
     "vertrouwelijke_informatie.geval_mening_online"),
    # (not a post about the newspaper's article: "mag ik daar dan op Facebook op reageren?" got the press again, FE-08)
    ("dilemma_vertrouwelijke_informatie", words(r"journalist", r"pers\b", r"krant", r"(?<!social )(?<!sociale )media"),
     lambda facts, profile: None if facts.geval == "sociale_media" else "vertrouwelijke_informatie.geval_pers"),
    # "moet ik het melden bij de privacy mensen?" got the Huis voor Klokkenluiders
    ("dilemma_vertrouwelijke_informatie", words(r"privacy\w*", r"functionaris gegevensbescherming", r"fg\b",
                                                r"autoriteit persoonsgegevens", r"\bap\b", r"datalek\w*", r"72 uur"),
     "vertrouwelijke_informatie.geval_datalek"),
    # encrypted or locked: still told ("... versleuteld. dan hoef ik het toch niet te melden?" got the text on passwords,
    # twice, FE-05)
    ("dilemma_vertrouwelijke_informatie", words(r"versleuteld", r"encrypt\w*", r"bitlocker", r"beveiligd", r"op slot",
                                                r"met (?:een )?(?:wachtwoord|pincode|code) (?:erop|beveiligd)"),
     lambda facts, profile: "vervolg.datalek_versleuteld" if facts.geval == "datalek" else None),
    # the recipient asked to delete it ("maar als hij hem verwijdert hoef ik het toch niet meer te melden?" was read as a
    # stop; "zal ik die verkeerde meneer Jansen zelf even bellen en vragen of hij de mail wil verwijderen?", GE-05)
    ("dilemma_vertrouwelijke_informatie", _DELETED,
     lambda facts, profile: "vervolg.datalek_verwijderd" if facts.geval == "datalek" else None),
    # "ik ben zelf de leidinggevende" after a data leak's advice (it named the data protection officer only if the manager
    # is away, HB-10)
    ("dilemma_vertrouwelijke_informatie", words(r"ik ben (?:zelf |hier )?(?:de |zijn |haar |hun )?leidinggevende", r"als leidinggevende"),
     lambda facts, profile: "vertrouwelijke_informatie.geval_datalek_leidinggevende" if facts.geval == "datalek" else None),
    # a data leak reported in this chat ("dus kan ik hier nou een melding doen over die usb stick of niet?", GE-04)
    ("dilemma_vertrouwelijke_informatie", REPORTED_HERE,
     lambda facts, profile: "vervolg.datalek_hier" if facts.geval == "datalek" else None),
    # "Is het erg als ik het morgenochtend pas meld?" got the text on private use (FE-06)
    ("dilemma_vertrouwelijke_informatie", words(r"hoeveel tijd", r"hoe lang", r"te laat", r"hoe snel", r"binnen hoeveel",
                                                r"morgen\w*", r"pas (?:\w+ ){0,2}(?:melden|meld|vertellen|vertel)\b",
                                                r"(?:kan|mag) (?:het|dat|dit) wachten", r"even wachten"),
     lambda facts, profile: "vervolg.datalek_tijd" if facts.geval == "datalek" else None),
    ("dilemma_vertrouwelijke_informatie", words(r"\bict\b", r"servicedesk", r"helpdesk", r"blokker\w*", r"politie", r"aangifte",
                                                r"\bns\b", r"gevonden voorwerpen"),
     lambda facts, profile: "vervolg.datalek_wie_nog" if facts.geval == "datalek" else None),
    # a data leak while the manager is away ("mijn leidinggevende is op vakantie" got "Tot ziens!")
    ("dilemma_vertrouwelijke_informatie", words(r"neemt niet op", r"niemand", r"weekend", r"vakantie", r"afwezig",
                                                r"niet (?:bereikbaar|aanwezig|op kantoor)",  # ("mijn chef is tot maandag op
                                                # vakantie" got the general route, GE-04)
                                                r"zaterdag", r"zondag", r"buiten kantoortijd", r"wie (?:anders|nog meer)"),
     lambda facts, profile: "vertrouwelijke_informatie.geval_datalek" if facts.geval == "datalek" else None),
    # a colleague's password on a post-it: saying something to the colleague is the code's first step ("moet ik er wat van
    # zeggen?" got only the rules, HC-13)
    ("dilemma_vertrouwelijke_informatie", words(r"(?:iets|wat) (?:van )?zeggen", r"(?:iets|wat) tegen (?:\w+ ){0,2}zeggen",
                                                r"attenderen", r"waarschuwen", r"aanspre\w*"),
     lambda facts, profile: "escalatie.gesprek_betrokkene" if facts.geval == "wachtwoord" else None),
    ("dilemma_vertrouwelijke_informatie", _YES_OR_NO, _case_answer("dilemma_vertrouwelijke_informatie")),
    # one's own mistake: "en krijg ik hier nu problemen mee? ik werk hier pas 3 maanden" got the side-job text (AH-05)
    ("dilemma_vertrouwelijke_informatie", _CONSEQUENCES, "vervolg.eigen_fout"),
    ("dilemma_gemeentelijke_voorzieningen", words(r"terug\s?betalen", r"te veel (?:gekregen|gedeclareerd|betaald|uitbetaald)"),
     "vervolg.terugbetalen"),
    # one's own claim too high ("krijg ik dan een aantekening in mn personeelsdossier?" started a notice, FE-10)
    ("dilemma_gemeentelijke_voorzieningen", _CONSEQUENCES, "vervolg.eigen_fout"),
    # one's own case judged beside a side job ("word ik nu ontslagen?" got the whistleblower's protection, MB-11)
    ("dilemma_nevenwerkzaamheden", _CONSEQUENCES, "vervolg.eigen_fout"),
    ("dilemma_belangenverstrengeling", _CONSEQUENCES, "vervolg.eigen_fout"),
    ("dilemma_belangenverstrengeling", PRIORITY, "belangenverstrengeling.geval_voorrang"),  # "mag ik haar voorrang geven?"
    ("dilemma_belangenverstrengeling", words(r"terugtrek", r"trek \w+ (?:me )?terug", r"overdragen", r"overdracht",
                                             r"uit handen", r"afstand", r"(?:mag|kan) ik (?:het|er|dat|die) (?:nog |dan )?(?:zelf )?"
                                             r"(?:aan werken|behandelen|beoordelen|doen|houden)", r"wie beslist"),
     "vervolg.aanpak_belangen"),
    ("dilemma_ongewenst_gedrag", DANGER_SAID, "escalatie.direct_gevaar"),  # "hij staat nu nog buiten"
    ("dilemma_ongewenst_gedrag", _OUTSIDE, "vervolg.extern_ongewenst"),  # not the Huis voor Klokkenluiders (DE-12)
    ("dilemma_ongewenst_gedrag", _SELF_BLAME, "vervolg.niet_jouw_schuld"),  # (before the police it refuses, LD-05)
    ("dilemma_ongewenst_gedrag", _POLICE, "vervolg.aangifte"),
    ("dilemma_ongewenst_gedrag", _COMES_BACK, "vervolg.komt_terug"),  # "wat doe ik als hij morgen weer aan de balie staat?"
    ("dilemma_ongewenst_gedrag", _MEET_AGAIN, "vervolg.weer_zien"),
    ("dilemma_ongewenst_gedrag", _EVIDENCE, "vervolg.bewijs"),
    ("dilemma_ongewenst_gedrag", _CONSEQUENCES, "vervolg.gevolgen"),
    ("dilemma_ongewenst_gedrag", _PROTECTED, "vervolg.gevolgen"),
    ("dilemma_ongewenst_gedrag", _ALONE, "vervolg.niet_alleen"),  # "moet ik dan wel naar die lunch?"
    # a manager asked to do nothing by the one it happened to ("mag ik het dan laten rusten?" got "Sla die stap dan gewoon
    # over", FD-13)
    ("dilemma_ongewenst_gedrag", _LET_REST, lambda facts, profile: "vervolg.leidinggevende_taak" if escalation_kind(
        "dilemma_ongewenst_gedrag", facts) == "leidinggevende" else None),
    ("dilemma_ongewenst_gedrag", _TALK_MYSELF, lambda facts, profile: "escalatie.gesprek_zelf_gekozen" if escalation_kind(
        "dilemma_ongewenst_gedrag", facts) not in ("beschuldigd", "publiek") else None),
    ("dilemma_ongewenst_gedrag", _TALK, _talk("dilemma_ongewenst_gedrag")),
    # "stel dat mijn leidinggevende het weet en goed vindt?" got the text on data leaks (AF-08)
    # home working: taking the laptop home is allowed ("O wacht, ze werkt 's avonds vaak thuis. Dan mag die laptop dus
    # gewoon mee?" got the text on data leaks, OE-18)
    # (not of information: private mail stays no, "ik werk thuis, mag ik het naar mijn privémail sturen?")
    ("dilemma_gemeentelijke_voorzieningen", _HOME_WORKING, "vervolg.thuiswerk"),
    ("dilemma_vermoeden_misstand", _HOME_WORKING, "vervolg.thuiswerk"),
    ("dilemma_vermoeden_misstand", _MANAGER_AGREES, "escalatie.vertrouwenspersoon"),
    ("dilemma_vermoeden_misstand", _INVESTIGATE, "vervolg.zelf_uitzoeken"),  # "moet ik het eerst zelf uitzoeken?"
    ("dilemma_vermoeden_misstand", _EVIDENCE, "vervolg.bewijs"),
    # a wish to talk to the person first ("ik voel me veilig en wil eerst met mijn vriend praten, is dat fout?" got "bespreek
    # het niet eerst" again, IE-08): the code's preference, with the caution
    ("dilemma_vermoeden_misstand", _TALK_FIRST, lambda facts, profile: "escalatie.bespreken_misstand_twijfel" if escalation_kind(
        "dilemma_vermoeden_misstand", facts) == "misstand" else None),
    ("dilemma_vermoeden_misstand", _TALK, _talk("dilemma_vermoeden_misstand")),
    # ("heb je tips voor dat gesprek?" about a colleague's conduct got the text on this chat's privacy, NC-03)
    ("dilemma_vermoeden_misstand", words(r"\btips?\b"), _talk("dilemma_vermoeden_misstand")),
    ("dilemma_ongewenst_gedrag", WHO_REPORTED, "vervolg.wie_klaagt"),  # not the whistleblower's secrecy
    (ANY_THEME, DISCRIMINATION_ASKED, "vervolg.discriminatie_opdracht"),
    (ANY_THEME, _DO_AS_ASKED, "vervolg.opdracht"),  # it got the text on data leaks, or a menu
    (ANY_THEME, _OR_NOT_ASKED, "vervolg.opdracht"),
    (ANY_THEME, _KEEP_QUIET, "vervolg.niet_zo_erg"),
    (ANY_THEME, _ALDERMAN, "vervolg.bestuurder"),  # "en als de wethouder erbij betrokken is?": no route was named
    ("dilemma_ongewenst_gedrag", _IS_IT_UNWANTED, "vervolg.is_het_ongewenst"),
    ("dilemma_vermoeden_misstand", _IS_IT_UNWANTED, "vervolg.is_het_ongewenst"),
    ("dilemma_gemeentelijke_voorzieningen", _YES_OR_NO, _case_answer("dilemma_gemeentelijke_voorzieningen")),
    ("dilemma_vermoeden_misstand", _TOLD_BEFORE, "vervolg.al_verteld"),
    # one's own diagnosis: not for the manager ("moet ik mijn diagnose aan mijn leidinggevende vertellen?" got "vertel het
    # je leidinggevende", QC-20)
    (ANY_THEME, words(r"diagnose", r"wat ik (?:precies )?(?:heb|mankeer)\b", r"(?:mijn|m'n|mn) (?:ziekte|aandoening|"
                      r"medische (?:gegevens|reden|informatie|situatie))\b"), "vervolg.eigen_diagnose"),
    # buying a house, land or shares one deals with at work: the register of financial interests ("en als ik zelf dat
    # huis zou kopen, moet ik dat dan ergens melden?" got "Of je dit moet melden, zegt de gedragscode niet", OC-15)
    (ANY_THEME, words(r"(?:huis|woning|grond|perceel|kavel|pand|appartement|aandelen|weiland)\w* (?:\w+ ){0,3}(?:kopen|koop|gekocht)",
                      r"(?:kopen|koop|gekocht) (?:\w+ ){0,3}(?:huis|woning|grond|perceel|kavel|pand|appartement|aandelen|weiland)"),
     "vervolg.melden_financieel"),
    ("dilemma_geschenk", MUST_REPORT, _must_report_gift),
    ("dilemma_uitnodiging", MUST_REPORT, "vervolg.melden_uitnodiging"),
    ("dilemma_nevenwerkzaamheden", MUST_REPORT, "nevenwerkzaamheden.registratie"),
    ("dilemma_belangenverstrengeling", MUST_REPORT, "belangenverstrengeling.melden"),
    ("dilemma_vertrouwelijke_informatie", MUST_REPORT,
     lambda facts, profile: "vertrouwelijke_informatie.geval_datalek" if facts.geval == "datalek" else "vervolg.melden_eigen"),
    ("dilemma_gemeentelijke_voorzieningen", MUST_REPORT, "vervolg.melden_eigen"),
    ("dilemma_ongewenst_gedrag", MUST_REPORT, _must_report_behaviour),
    ("dilemma_vermoeden_misstand", MUST_REPORT, "vervolg.melden_plicht"),
    (ANY_THEME, _OTHER_MANAGER, _other_manager),
    (ANY_THEME, _WHO_THEN, "vervolg.bij_wie"),  # "bij wie moet ik dan??" got the answer on violence at home
)
# Fears, dangers and the police are often told with their reasons ("hij is wel mijn leidinggevende he, hij doet
# straks mijn beoordeling. kan hij me ontslaan als ik dit ga melden?"): such a question may be longer.
LONG_QUESTIONS, LONGEST_LONG_QUESTION = (_CONSEQUENCES, _RETALIATION, _INVESTIGATE, _HAZARD, _POLICE, _COMES_BACK, _SELF_BLAME,
                                         _MEET_AGAIN, _KEEP_QUIET, _OTHER_MANAGER, _OUTSIDE, _TALK, _TALK_MYSELF, _TALK_FIRST,
                                         _LET_REST, _TOLD_BEFORE, _DELETED, DISCRIMINATION_ASKED, MUST_REPORT, _EVIDENCE), 30


def _questions(theme: Optional[str], text: str, any_length: bool = False):
    """The rows of this table that `text` asks about `theme`, short enough to be a question (or of any length)."""
    length = len((text or "").split())
    return [(question, answer) for answer_theme, question, answer in ANSWERS
            if answer_theme in (theme, ANY_THEME) and question.search(text or "")
            and (any_length or length <= (LONGEST_LONG_QUESTION if question in LONG_QUESTIONS else LONGEST_QUESTION))]


def asked_after_advice(theme: Optional[str], text: str) -> bool:
    """Whether `text` is a question of this table about `theme`, short enough to be one."""
    return theme is not None and bool(_questions(theme, text))


def follow_up_answer(theme: Optional[str], text: str, facts: Facts, profile: Profile) -> Optional[str]:
    """The text key that answers `text`, a question after the advice of `theme` (known to be one), else None."""
    answers = (answer if isinstance(answer, str) else answer(facts, profile) for _, answer in _questions(theme, text, any_length=True))
    return next((answer for answer in answers if answer), None)  # (a row may have no answer for these facts)
