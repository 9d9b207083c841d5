"""What a gift or an invitation is, as a message names it in passing, so its notice does not ask
again: "ik kreeg van een makelaar een fles cognac" -> "een fles cognac", "een leverancier wil me
een doos bonbons geven" -> "een doos bonbons", "uitgenodigd voor de opening van de nieuwe
bouwmarkt" -> "de opening van de nieuwe bouwmarkt".

Without a parser for Dutch (the offline pipeline has none) this reads word order around the verb
of giving: the phrase after a finite verb ("kreeg ... een X") or before the verb at the end of a
clause ("... een X gegeven"). Only a phrase that starts with an article or number counts, and not
one that names a message or the gift in general ("een mail", "een cadeau"): anything unclear is
asked, as before.
"""
from __future__ import annotations

import re
from typing import List, Optional

from bot.dates import MONTHS, day_named

_DETERMINERS = {"een", "twee", "drie", "vier", "vijf", "zes", "tien", "zo'n"}
_EVENT_DETERMINERS = _DETERMINERS | {"de", "het", "hun", "zijn", "haar", "ons", "onze"}
# a finite verb of receiving: the gift follows ("ik kreeg vanochtend een ...")
_RECEIVE = {"kreeg", "kregen", "krijg", "krijgt", "ontving", "ontvingen", "ontvang", "ontvangt"}
# a finite verb of giving: the gift follows a recipient ("gaf me een ...", "stuurde ons team een ...")
_GIVE = {"gaf", "gaven", "geeft", "bood", "boden", "biedt", "stuurde", "stuurden", "stuurt", "bracht", "brachten"}
_RECIPIENTS = {"me", "mij", "ons", "mn", "m'n"}
# the verb at the end of a clause: the gift comes before it ("heeft me een ... gegeven")
_AT_END = {"gekregen", "ontvangen", "gegeven", "aangeboden", "gestuurd", "opgestuurd", "toegestuurd", "gebracht",
           "geven", "sturen", "aanbieden", "schenken", "geschonken", "bezorgd", "meegekregen", "meegeven",
           "meegegeven", "kreeg", "kregen", "ontving", "ontvingen", "aannemen", "aangenomen", "accepteren",
           "geaccepteerd", "houden", "achtergelaten", "afgegeven", "neergezet", "langsgebracht", "afgeleverd",
           "overhandigd"}
# a visit with the gift in hand: the gift follows "met" ("kwam langs met een doos wijn")
_CAME = {"kwam", "kwamen", "komt", "stond", "stonden", "staat", "langs", "binnen", "aanzetten", "aanlopen"}
# a phrase between the gift and the verb that may stand there ("een bon [van 30 euro] gegeven")
_ADJUNCT = {"van", "voor", "ter", "als", "met", "t.w.", "ivm", "vanwege"}
_STOP = _ADJUNCT | {"bij", "aan", "op", "om", "omdat", "en", "maar", "want", "die", "dat", "of", "in", "uit",
                    "mag", "kan", "is", "was", "moet", "wil", "wilde", "heb", "heeft", "hebben", "ik", "hij",
                    "zij", "ze", "we", "waar", "wat", "hoe", "nu", "toen", "gisteren", "vandaag"} | _AT_END
_NOT_A_GIFT = {"herindicatie", "indicatie", "beschikking", "vergunning", "uitkering", "subsidie", "aanvraag", "boete",
               "aanslag", "antwoord", "reactie", "waarschuwing", "beoordeling", "contract",  # "de cliënt krijgt een herindicatie"
               "mail", "e-mail", "email", "berichtje", "bericht", "brief", "vraag", "telefoontje", "appje", "aanbod",
               "voorstel", "cadeau", "cadeautje", "geschenk", "gift", "bedankje", "uitnodiging", "keer", "paar",
               "melding", "maken", "doen",  # "een melding maken van een kerstpakket" became the gift (ID-15)
               "euro", "tientje", "idee", "beetje", "tijdje", "week", "maand", "dag", "aanbieding", "offerte", "verhaal",
               "plan", "klacht", "collega", "vriend", "vriendin", "man", "vrouw"}
_MAX_WORDS = 5
_CLAUSES = re.compile(r"[!?;:()\"]+|[.,](?![\d-])")  # not in "€ 12,50" or "250,-"


def _words_of(pattern: re.Pattern, text: str) -> Optional[str]:
    """The words of `text` that `pattern` finds first, else None."""
    found = pattern.search(text or "")
    return found.group(0).strip(" ,") if found else None


def _determiner(word: str) -> bool:
    return word.lower() in _DETERMINERS or word.isdigit()


def _phrase(words: List[str], start: int, stop=_STOP, max_words: int = _MAX_WORDS) -> Optional[List[str]]:
    """The words from the determiner at `start` up to a stop word (also "een X en een Y")."""
    end, item = start + 1, start  # each item of "een X en een Y" gets `max_words` ("Wat: een fles wijn en een", AG-01)
    while end < len(words) and end - item < max_words:
        word = words[end].lower()
        if word == "en" and end + 1 < len(words) and _determiner(words[end + 1]):
            end, item = end + 2, end + 1
            continue
        if word in stop:
            break
        end += 1
    phrase = words[start:end]
    head = phrase[-1].lower() if len(phrase) > 1 else ""
    if not head or head in _NOT_A_GIFT or not re.search(r"[a-z]", head) or "euro" in " ".join(phrase).lower():
        return None
    return phrase


def _after(words: List[str], verb: int, needs_recipient: bool) -> Optional[str]:
    """The gift after a finite verb: "kreeg (ik) (van een makelaar) een fles cognac"."""
    skipped = set()
    for at in range(verb + 1, min(verb + 8, len(words))):
        word = words[at].lower()
        # not the giver ("van een makelaar"; "stuurde een adviesbureau ons team ...")
        if _determiner(word) and words[at - 1].lower() not in ("van", "door", "bij", "namens") \
                and not (needs_recipient and not skipped & _RECIPIENTS):
            phrase = _phrase(words, at)
            if phrase:
                return " ".join(phrase)
        skipped.add(word)
    return None


def _before(words: List[str], verb: int) -> Optional[str]:
    """The gift before the verb at a clause's end: "heeft me een doos bonbons (van 20 euro) gegeven"."""
    found, end = None, None
    for at in range(verb - 1, max(verb - 9, -1), -1):
        if not _determiner(words[at]) or (at and words[at - 1].lower() in ("van", "door", "bij")):
            continue
        phrase = _phrase(words, at)
        if not phrase:
            continue
        rest = words[at + len(phrase):verb]
        if found is None and (not rest or rest[0].lower() in _ADJUNCT):
            found, end = phrase, at + len(phrase)
        elif found is not None and at + len(phrase) == end:  # "een powerbank en een tas"
            found = phrase
    return " ".join(found) if found else None


# A discount named with what it is on ("25% personeelskorting op een ergonomische bureaustoel"): the gift is the
# discount, not the chair (AG-14)
_DISCOUNT = re.compile(r"\b(?:\d+\s*(?:%|procent)\s+)?\w*korting(?:\s+aan)?(?:\s+op\s+(?:een|de|het|mijn|je|alle)?\s*[\w-]+"
                       r"(?:\s+(?!voor\b|van\b|aan\b|als\b|maar\b|en\b|die\b|dat\b|bij\b|in\b)[\w-]+){0,2})?", re.IGNORECASE)


def discount_said(text: str) -> Optional[str]:
    """The discount a message names, with what it is on, else None."""
    found = _DISCOUNT.search(text or "")
    return re.sub(r"\s+aan\b", "", found.group(0)) if found and re.search(r"\d|\bop\b", found.group(0)) else None


def gift_said(text: str) -> Optional[str]:
    """What was given or offered, as the message names it, else None. An aside in brackets is left out ("kreeg ik van
    een aannemer (bouwbedrijf Van Dijk, ...) een fles wijn")."""
    for clause in _CLAUSES.split(re.sub(r"\([^()]*\)", " ", text or "")):
        words = clause.split()
        for at, word in enumerate(map(str.lower, words)):
            found = None
            if word in _RECEIVE or word in _GIVE:
                found = _after(words, at, needs_recipient=word in _GIVE)
            if found is None and word in _AT_END:
                found = _before(words, at)
            if found is None and word == "met" and _CAME & {w.lower() for w in words[max(at - 4, 0):at]}:
                found = _after(words, at, needs_recipient=False)
            if found:
                return found
    return None


_INVITED = re.compile(r"\b(?:uitgenodigd|uitnodiging|uitnodigen|nodigt|nodigde)\b(?:\s+\S+){0,6}?\s+(?:voor|op|om)\s+(.+)",
                      re.IGNORECASE)
_EVENT_STOP = {"en", "maar", "want", "omdat", "die", "dat", "waar", "wat", "of", "mag", "kan", "is", "was", "moet",
               "ik", "hoe", "met", "inclusief", "incl", "gaan", "te", "zijn", "wil",
               # a time is no part of it ("Waarvoor: de Formule 1 in Zandvoort eind volgende", BA-02)
               "eind", "begin", "half", "medio", "midden", "rond", "volgende", "komende", "aanstaande", "morgen",
               "overmorgen", "vanavond", "vandaag"}


def event_said(text: str) -> Optional[str]:
    """What one is invited to ("uitgenodigd voor een diner"), as the message names it, else None."""
    for clause in _CLAUSES.split(text or ""):
        found = _INVITED.search(clause)
        rest = " ".join(found.group(1).split()) if found else ""
        day = day_named(rest)  # "hun nieuwjaarsreceptie op 8 januari": the day is a field of its own
        if day:
            rest = re.sub(r"\s+(?:op|van|vanaf|in)\s*$", "", rest[:rest.lower().find(day)], flags=re.I)
        words = rest.split()
        if words and words[0].lower() in _EVENT_DETERMINERS:
            phrase = _phrase(words, 0, stop=_EVENT_STOP, max_words=7)
            if phrase:
                return " ".join(phrase)
    return None


_INVITATION_WORD = re.compile(r"\b(?:uitgenodigd|uitnodiging|uitnodigen|nodigt|nodigde)\b", re.IGNORECASE)


def event_day_said(text: str) -> Optional[str]:
    """The day of the event, as a message names it after the invitation ("uitgenodigd voor een diner op 12 maart",
    "eind volgende week"), else None: a day before it may be the day the invitation came ("kreeg op 3 december een
    uitnodiging")."""
    for clause in _CLAUSES.split(text or ""):
        found = _INVITATION_WORD.search(clause)
        rest = clause[found.end():] if found else ""
        day = day_named(rest) or next((when.group(0) for when in [_ROUGHLY_WHEN.search(rest)] if when), None)
        if day:
            return day
    return None


# Why an invitation is useful for work, as a message says it ("handig voor mijn werk, want er komen veel lokale
# ondernemers", "goed om te netwerken met andere aannemers"): asked again every time (BA-02, BA-11)
_USEFUL = re.compile(r"\b(?:handig|nuttig|relevant|interessant|belangrijk|goed|leerzaam|functioneel)\b[^.!?]{0,20}\b(?:voor|in|bij) "
                     r"(?:mijn|m'n|mn|ons|onze|het) (?:werk|functie|team|afdeling|netwerk|vak|project)\b[^.!?]*"
                     r"|\b(?:om te netwerken|netwerken met)\b[^.!?]*", re.IGNORECASE)


def useful_said(text: str) -> Optional[str]:
    """Why an invitation is useful for one's work, in the message's own words, else None."""
    return _words_of(_USEFUL, text)


_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# a time said roughly ("eind volgende week", "begin maart", "na de zomer"): kept in words by the date field
_ROUGHLY_WHEN = re.compile(rf"\b(?:(?:begin|eind|half|medio|midden|rond)\s+(?:volgende |deze |komende )?(?:week|maand|jaar|{_MONTH}|"
                           r"kerst|pasen)|(?:volgende|komende) (?:week|maand)|na de (?:zomer|zomervakantie|vakantie))\b",
                           re.IGNORECASE)
_START = re.compile(
    r"\b(?:per|vanaf|sinds|met ingang van|m\.?i\.?v\.?|(?:begin|start)\w* (?:ik |we )?(?:op|per|in))\s+"
    rf"(?:(?:\d{{1,2}}(?:e|ste|de)?\s+)?(?:{_MONTH})\b(?:\s+(?:19|20)\d\d)?|(?:begin|eind|half|medio|midden)\s+(?:{_MONTH})\b"
    r"|(?:volgende|komende|vorige)\s+(?:maand|week|jaar)\b|vorig jaar\b|(?:19|20)\d\d\b)", re.IGNORECASE)
_STARTS = re.compile(r"\b(?:begin|start)\w*|\bbegonnen\b|\bgestart\b", re.IGNORECASE)
_STARTED = re.compile(r"\b(?:begonnen|gestart)\b", re.IGNORECASE)
_EMPLOYER = re.compile(r"\b(?:gemeente|in dienst|bij jullie|hier)\b", re.IGNORECASE)


def start_said(text: str) -> Optional[str]:
    """When a side job starts or started, as a message names it ("per 1 januari", "vanaf volgende maand", "sinds
    2021"), else None; not the start of the job at the municipality ("ik werk sinds 2019 bij de gemeente")."""
    for clause in _CLAUSES.split(text or ""):
        found = _START.search(clause) or (_ROUGHLY_WHEN.search(clause) if _STARTS.search(clause) else None)
        if found and not _EMPLOYER.search(clause):  # "ik wil na de zomer voor mezelf beginnen" (BA-10)
            started = _STARTED.search(clause[found.end():])  # "per 1 november begonnen" is past (NB-06)
            return f"{found.group(0)} {started.group(0)}" if started else found.group(0)
    return None


# What the side job is, as a message names it ("als trouwfotograaf", "ik geef bijles wiskunde", "ik ben penningmeester
# van de voetbalclub": "Wat voor werk of functie is het?" was asked every time, BA-01, BA-06, BA-14, BA-16)
_ROLES = (r"penningmeester|voorzitter|secretaris|bestuurslid|trainer|coach|scheidsrechter|vrijwilliger|jurylid|instructeur|"
          r"\w*fotograaf|\w*docent|\w*leraar|\w*bezorger|\w*chauffeur|\w*kapper|\w*adviseur|\w*therapeut|\w*tolk")
_NOT_AFTER_ALS = r"(?!(?:het|ik|je|jij|hij|zij|ze|we|wij|dat|dit|er|de|een|u|ambtenaar|medewerker|zzp'?er|freelancer)\b)"
_STOP_AFTER = r"(?!(?:bij|voor|van|in|op|en|naast|maar|want|om|te|is|was|wil|mag|moet)\b)"
_SIDE_JOB = re.compile(rf"\b(?:werk\w*|bijbaan\w*|aan de slag|beginnen|begin|starten|ben|word|worden) (?:\w+ ){{0,3}}?als "
                       rf"({_NOT_AFTER_ALS}[a-z][\w'-]+(?: {_STOP_AFTER}[a-z][\w'-]+)?)"
                       r"|\b(?:ik geef|geef ik) ((?:bij)?les(?:sen)? [a-z]+|trainingen|cursussen|workshops)"
                       rf"|\b(?:ik )?(?:ben|word) (?:\w+ ){{0,3}}?((?:{_ROLES})\b(?: (?:van|bij) (?:de |het )?[a-z][\w-]+)?)", re.IGNORECASE)


def side_job_said(text: str) -> Optional[str]:
    """What a side job is, as a message names it ("trouwfotograaf", "bijles wiskunde"), else None."""
    found = _SIDE_JOB.search(text or "")
    return next((group for group in found.groups() if group), None) if found else None


# When to be called, said beside how ("liefst na 16 uur", "'s middags", "doordeweeks na 17u")
_WHEN_TO_CALL = re.compile(r"(?:\b(?:liefst|graag|alleen|het liefst|bij voorkeur)\s+)?(?:\b(?:doordeweeks|in het weekend|"
                           r"(?:op )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag)\w*)\s*)?(?:\b(?:na|voor|tussen|vanaf|rond|om)\s+"
                           r"\d{1,2}(?:[.:]\d{2})?(?:\s*(?:en|-|tot)\s*\d{1,2}(?:[.:]\d{2})?)?\s*(?:uur|u)?\b|'s (?:ochtends|middags|avonds)"
                           r"|\b(?:in de )?(?:ochtend|middag|avond)\b)", re.IGNORECASE)


def when_to_call_said(text: str) -> Optional[str]:
    """When one wants to be called, as the answer on how says it beside ("liefst na 16 uur"), else None."""
    return _words_of(_WHEN_TO_CALL, text)


# A side job that has nothing to do with one's work, said so ("Heeft niks met mijn werk bij de gemeente te maken",
# "staat los van mijn werk": asked again every time, BA-01, BA-14)
_NO_OVERLAP = re.compile(r"\b(?:heeft|het heeft|dat heeft) (?:\w+ ){0,2}(?:niks|niets) (?:\w+ ){0,1}(?:met|te maken met) (?:mijn|m'n|mn) "
                         r"(?:\w+ )?werk|\bstaat (?:\w+ )?los van (?:mijn|m'n|mn) (?:\w+ )?werk|\bgeen (?:enkele )?(?:overlap|raakvlak\w*) "
                         r"met (?:mijn|m'n|mn) (?:\w+ )?werk|\b(?:niks|niets) te maken met (?:mijn|m'n|mn) (?:\w+ )?werk", re.IGNORECASE)


def no_overlap_said(text: str) -> Optional[str]:
    """ "nee" where a message says a side job has nothing to do with one's work, else None."""
    return "nee" if _NO_OVERLAP.search(text or "") else None


# A case's or file's number ("aanvraag 2024-0113", "zaaknummer Z/24/1187", or a code alone: "OV-2026-0412"): a number of
# three signs or more, so that "de aanvraag 2 weken geleden" names none
_FILE_NUMBER = re.compile(r"\b(?:zaak|dossier|aanvraag|kenmerk|referentie|vergunning|offerte|aanbesteding|vacature)\w{0,6}"
                          r"(?:\s*(?:nummer|nr\.?|[:#]))?\s*[A-Z]{0,5}[-/]?\d[\w/.-]*[\w/-]\w"
                          r"|\b(?-i:[A-Z]{1,4})[-/](?:19|20)?\d{2}[-/]\d{2,6}\b", re.IGNORECASE)


def file_number_said(text: str) -> Optional[str]:
    """The case or file a message names by its number, with the word before it, else None."""
    return _words_of(_FILE_NUMBER, text)


# The person in a case as the user names them ("mijn zwager", "mijn beste vriendin"); not a colleague or a manager,
# who are no relation of the code's rule on family and friends
_RELATIVE = re.compile(
    r"\b(?:mijn|m'n|mn)\s+(?:(?:beste|goede|oude|ex-)\s*)?(?:(?:schoon|stief|half)?(?:zus|zuster|broer|vader|moeder|zoon|dochter)"
    r"|zwager|neef|nicht|oom|tante|opa|oma|partner|echtgeno(?:ot|te)|man|vrouw|vriend|vriendin|buurman|buurvrouw|buren"
    r"|ex|kennis|oud-collega|ex-collega|jeugdvriend\w*)\b"
    # with the name after it ("mijn zwager Peter Bakker", BA-03)
    r"(?:,? (?-i:[A-Z][\w'-]+)(?: (?:van |de |der |den |van de |van der )?(?-i:[A-Z][\w'-]+)){0,2})?", re.IGNORECASE)


def relative_said(text: str) -> Optional[str]:
    """The relative or friend a message names ("mijn zwager"), else None."""
    return _words_of(_RELATIVE, text)


# The giver's or host's organisation by its name ("Softline BV", "bouwbedrijf Van Dijk", "projectontwikkelaar Kustwerk"):
# the notice kept only the kind the entity named ("aannemer")
_NAME = r"[A-Z][\w&'-]*(?:\s+(?:van|de|der|den|en|&)?\s*[A-Z][\w&'-]*){0,3}"
_KINDS = {"leverancier", "aannemer", "projectontwikkelaar", "ontwikkelaar", "makelaar", "adviesbureau", "ingenieursbureau",
          "softwareleverancier"}
_ORGANISATION = re.compile(
    rf"\b({_NAME}\s+(?:B\.?V\.?|N\.?V\.?|VOF|Groep|Holding))(?!\w)"
    # a name ending in its trade ("Van Dijk Grondwerken": "Van wie komt het?" was asked again, AG-01)
    rf"|\b((?:[A-Z][\w&'-]*\s+){{0,3}}[A-Z]\w*(?:werken|bouw|groep|diensten|techniek|installaties|advies|partners))\b"
    rf"|\b((?:\w+)?(?:bedrijf|bureau|kantoor|makelaardij|drukkerij|garage|groep|stichting|vereniging)\s+{_NAME})"
    rf"|\b(?:{'|'.join(_KINDS)})\s+({_NAME})")


# an organisation named after "via" or "bij", or by its letters ("via Studiekring", "scheidsrechter bij de KNVB": asked
# again, BA-14, BA-16)
# (a name after "bij" alone may be a department: "ik werk bij Burgerzaken")
_VIA = re.compile(r"\bvia (?:de |het )?((?-i:[A-Z][\w&'-]+(?: [A-Z][\w&'-]+)?))"
                  r"|\b(?:bij|voor) (?:de |het )?((?-i:[A-Z][a-z]+[A-Z]\w*|[A-Z]{2,6}))\b", re.IGNORECASE)
_NOT_AN_ORGANISATION = {"Huizen", "Gemeente", "Ik", "Hij", "Zij", "Het", "De", "Een", "Mijn", "Ons", "Onze"}


def side_job_organisation_said(text: str) -> Optional[str]:
    """The organisation of a side job a message names, also after "via" or by its letters, else None (not for a giver:
    "ik werk bij ICT en kreeg ..." names no giver)."""
    names = (m.group(1) or m.group(2) for m in _VIA.finditer(text or ""))
    return organisation_said(text) or next((name for name in names if name.split()[0] not in _NOT_AN_ORGANISATION), None)


def organisation_said(text: str) -> Optional[str]:
    """The organisation a message names, else None."""
    found = _ORGANISATION.search(text or "")
    name = next((group.strip() for group in found.groups() if group), None) if found else None
    kind, _, rest = (name or "").partition(" ")
    return rest if rest and kind.lower() in _KINDS else name  # "Leverancier Softline BV": the name after its kind
