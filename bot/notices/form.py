"""The notice forms as data: which fields each notice type asks and with which question, how
an answer is read, the Dutch labels of the summary, and which facts of the conversation
prefill which field. The one place to change a notice form.

Rasa-independent: the actions in `actions/notices.py` use it, and the domain's `melding_*`
slots, forms and questions and the per-form rules are generated from it
(`python -m bot.notices.generate`; a test checks the committed YAML).
Every field is a slot named `melding_<field>`; the slot's value is what gets stored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, Dict, List, Mapping, Optional, Tuple

from bot.amounts import format_euro, more_than, parse_amount, percentage_said, vague_amount
from bot.dates import MONTHS, NUMBERS, approximate, kept_as_said, parse_date_nl, period_said, rough_ago, several_days
from bot.deidentify import bsn_in, contact_details
from bot.notices.kinds import ANONYMOUS_TYPES
from bot.notices.receipts import receipt_code_in
from bot.notices.references import reference_in
from bot.payloads import is_payload
from bot.said.cues import MANAGER, RELATIVE
from bot.said.notices import anonymous_wish
from bot.said.questions import what_if
from bot.themes import GIVER_KINDS, PERSON_GIVERS

UNKNOWN = "onbekend"  # the value of an optional field the user does not know ("weet ik niet")

TEXT, AMOUNT, PAST_DATE, ANY_DATE, YES_NO, HOURS = "text", "amount", "past_date", "any_date", "yes_no", "hours"
VALUE_KINDS = (AMOUNT, PAST_DATE, ANY_DATE, HOURS)  # fields whose answer is a value read from the words


Buttons = Tuple[Tuple[str, str], ...]  # (title, payload) of the buttons under a question

DONT_KNOW: Buttons = (("Weet ik niet", "/dont_know"),)
YES_OR_NO: Buttons = (("Ja", "/affirm"), ("Nee", "/deny"))


@dataclass(frozen=True)
class Field:
    slot: str
    label: str  # Dutch, for the summary and the "what do you want to change" buttons
    kind: str = TEXT
    optional: bool = False
    prefill_from: Optional[str] = None  # a fact slot of the advice forms
    question: str = ""  # what the form asks (the domain's utter_ask_* response is generated from it)
    buttons: Buttons = ()
    entity: Optional[str] = None  # an entity that also fills the field (e.g. a button's payload)
    unknown: str = "weet ik niet"  # how the summary shows UNKNOWN (the answer of the /dont_know button)
    only_anonymous: bool = False  # asked only when the notice is anonymous
    plain_no: bool = False  # a text field that a plain "nee" answers
    only_named: bool = False  # asked only when the notice is not anonymous
    only_after_kind: bool = False  # asked only when the giver is a kind of organisation ("leverancier"), not its name


# Fields shared by several types use the same slot; their label and question may differ per type.
def _f(slot: str, label: str, kind: str = TEXT, optional: bool = False, prefill_from: Optional[str] = None,
       *, ask: str, buttons: Buttons = (), entity: Optional[str] = None, unknown: str = "weet ik niet",
       only_anonymous: bool = False, plain_no: bool = False, only_named: bool = False,
       only_after_kind: bool = False) -> Field:
    return Field(f"melding_{slot}", label, kind, optional, prefill_from, ask, buttons, entity, unknown, only_anonymous,
                 plain_no, only_named, only_after_kind)


CONTACT_REQUEST = "contactverzoek_vertrouwenspersoon"
NAME = _f("naam", "Je naam en afdeling", ask="Wat is je naam en je afdeling?", only_named=True)
ANONYMOUS = _f("anoniem", "Anoniem", YES_NO, ask="Wil je anoniem melden of met je naam?",
               buttons=(("Anoniem", "/affirm"), ("Met mijn naam", "/deny")))
# DESIGN: the giver's kind and organisation. The advice asks the kind ("leverancier"), which then prefills "Van wie";
# the organisation's name is asked after it (a giver named by the user is the organisation already).
GIVER_ORGANISATION = _f("organisatie", "Organisatie", optional=True, buttons=DONT_KNOW, unknown="onbekend",
                        only_after_kind=True, ask="Welke organisatie of welk bedrijf is het? De naam is genoeg.")
VALUE_ASK = "Hoeveel is het ongeveer waard, in euro's? Een schatting is goed."

FORMS: Dict[str, Tuple[Field, ...]] = {
    "geschenk": (
        _f("gever", "Van wie", optional=True, prefill_from="gever", buttons=DONT_KNOW, unknown="onbekend",
           ask='Van wie kreeg je het? Noem het soort gever en de organisatie, bijvoorbeeld "leverancier, Bouwbedrijf Jansen".'),
        GIVER_ORGANISATION,
        _f("omschrijving", "Wat", ask="Wat heb je gekregen, of wat werd je aangeboden?"),
        _f("waarde", "Geschatte waarde", AMOUNT, optional=True, prefill_from="bedrag", ask=VALUE_ASK, buttons=DONT_KNOW),
        _f("datum", "Datum", PAST_DATE, optional=True,
           ask='Wanneer was dat? Bijvoorbeeld "gisteren" of "15 maart".', buttons=DONT_KNOW),
        _f("aangenomen", "Aangenomen", YES_NO, prefill_from="al_aangenomen", ask="Heb je het aangenomen?",
           buttons=YES_OR_NO),
        NAME,
    ),
    "uitnodiging": (
        _f("gever", "Wie nodigt je uit", prefill_from="gever", ask="Wie nodigt je uit? Noem de organisatie."),
        GIVER_ORGANISATION,
        _f("evenement", "Waarvoor", ask="Waarvoor ben je uitgenodigd? Bijvoorbeeld een etentje, congres of reis."),
        _f("datum", "Datum", ANY_DATE, optional=True,
           ask='Wanneer is het? Bijvoorbeeld "volgende week vrijdag" of "15 maart".', buttons=DONT_KNOW),
        _f("waarde", "Geschatte waarde", AMOUNT, optional=True, prefill_from="bedrag", ask=VALUE_ASK, buttons=DONT_KNOW),
        _f("functioneel", "Waarom functioneel", ask="Waarom is het nuttig voor je werk bij de gemeente?"),
        NAME,
    ),
    "nevenwerkzaamheden": (
        _f("omschrijving", "Wat voor werk", ask="Wat voor werk of functie is het?"),
        _f("organisatie", "Bij welke organisatie", ask="Bij welke organisatie of welk bedrijf?"),
        _f("betaald", "Betaald", YES_NO, ask="Krijg je ervoor betaald?", buttons=YES_OR_NO),
        _f("uren", "Uren per week", HOURS, optional=True, ask="Hoeveel uur per week ongeveer?", buttons=DONT_KNOW),
        _f("overlap", "Raakt het je eigen werk", plain_no=True,
           ask='Heeft het iets te maken met je werk bij de gemeente? Vertel kort hoe, of zeg "nee".'),
        _f("datum", "Startdatum", ANY_DATE, optional=True,
           ask='Wanneer ben je begonnen, of wanneer begin je? Bijvoorbeeld "1 maart".', buttons=DONT_KNOW),
        NAME,
    ),
    "belangenverstrengeling": (
        _f("zaak", "Welke zaak of welk dossier", ask="Om welke zaak of welk dossier gaat het? Een zaaknummer is ook goed."),
        _f("betrokkene", "Wie is erbij betrokken",
           ask="Wie is erbij betrokken? Een naam of korte omschrijving is genoeg."),
        _f("relatie", "Relatie", prefill_from="relatie", entity="relatie", ask="Wat is die persoon van je?", buttons=(
            ("Familie", '/inform{"relatie": "familie"}'),
            ("Partner", '/inform{"relatie": "partner"}'),
            ("Vriend of vriendin", '/inform{"relatie": "vriend"}'),
            ("Buren", '/inform{"relatie": "buur"}'),
            ("(Ex-)collega", '/inform{"relatie": "ex-collega"}'),
            ("Het gaat om mezelf", '/inform{"relatie": "zelf"}'),
        )),
        _f("rol", "Jouw rol", prefill_from="eigen_rol", entity="eigen_rol", ask="Wat is jouw rol in de zaak?", buttons=(
            ("Ik behandel of beoordeel het zelf", '/inform{"eigen_rol": "behandelaar"}'),
            ("Ik ben er zijdelings bij betrokken", '/inform{"eigen_rol": "betrokken"}'),
            ("Ik heb er niets mee te maken", '/inform{"eigen_rol": "geen"}'),
        )),
        NAME,
    ),
    "vermoeden_misstand": (
        _f("omschrijving", "Wat is er aan de hand",
           ask="Wat is er aan de hand? Vertel in je eigen woorden wat je zag of vermoedt."),
        _f("datum", "Wanneer", PAST_DATE, optional=True,
           ask='Wanneer was het? Bijvoorbeeld "vorige week dinsdag".', buttons=DONT_KNOW),
        _f("plaats", "Waar", optional=True, ask="Waar gebeurde het? Bijvoorbeeld op welke afdeling.", buttons=DONT_KNOW),
        _f("wie", "Wie", optional=True, ask="Wie zijn erbij betrokken? Dit mag je ook overslaan.",
           buttons=(("Overslaan", "/dont_know"),), unknown="niet ingevuld"),
        _f("bewijs", "Bewijs of getuigen", optional=True, ask="Is er bewijs, zoals documenten, mails of getuigen?",
           buttons=DONT_KNOW),
        ANONYMOUS,
        NAME,
        # How the reporter wants to be contacted (DESIGN: contact preference; "niet via mijn werkmail" had no place):
        # a named notice through its name and department or as said here; an anonymous one only through a contact
        # given here, or through its status and code in the chat.
        _f("voorkeur", "Contact", optional=True, only_named=True,
           ask="Hoe wil je dat er contact met je wordt opgenomen? Bijvoorbeeld via je werkmail, of liever op je eigen "
               "nummer.", buttons=(("Via mijn werk is goed", "/dont_know"),), unknown="via naam en afdeling"),
        _f("contact", "Contact", optional=True, only_anonymous=True,
           ask="Hoe mogen we contact met je opnemen? Dat kan ook alleen via de status in deze chat, met je nummer en code.",
           buttons=(("Alleen via de status", "/dont_know"),), unknown="alleen via de status in de chat"),
    ),
    CONTACT_REQUEST: (
        _f("thema", "Waarover", prefill_from="gedragsvorm", ask="Waar wil je over praten? Een paar woorden is genoeg."),
        _f("contact", "Hoe contact",
           ask="Hoe wil je contact? Bijvoorbeeld bellen (geef je nummer), mailen of een afspraak."),
        _f("moment", "Wanneer het past", optional=True, ask='Wanneer komt het je uit? Bijvoorbeeld "doordeweeks na 16 uur".',
           buttons=(("Maakt niet uit", "/dont_know"),), unknown="maakt niet uit"),
        ANONYMOUS,
        NAME,
    ),
}

# The theme whose advice ends in "report it" -> the notice it offers.
THEME_NOTICE = {
    "dilemma_geschenk": "geschenk",
    "dilemma_uitnodiging": "uitnodiging",
    "dilemma_nevenwerkzaamheden": "nevenwerkzaamheden",
    "dilemma_belangenverstrengeling": "belangenverstrengeling",
    "dilemma_vermoeden_misstand": "vermoeden_misstand",
    "dilemma_ongewenst_gedrag": "contactverzoek_vertrouwenspersoon",
}

TYPE_CHOICES = {
    "geschenk": "Een cadeau",
    "uitnodiging": "Een uitnodiging",
    "nevenwerkzaamheden": "Nevenwerk",
    "belangenverstrengeling": "Familie of vrienden in een zaak",
    "vermoeden_misstand": "Een vermoeden van een misstand",
    "contactverzoek_vertrouwenspersoon": "Contact met een vertrouwenspersoon",
}

ALL_SLOTS = tuple(dict.fromkeys(f.slot for fields in FORMS.values() for f in fields))


def form_name(notice_type: str) -> str:
    return f"{notice_type}_melding_form"


def field(notice_type: str, slot: str) -> Optional[Field]:
    return next((f for f in FORMS.get(notice_type, ()) if f.slot == slot), None)


# Words that name a field in a typed correction ("het bedrag klopt niet"), besides the field's
# own name and the longer words of its label.
_FIELD_WORDS = {
    "waarde": {"bedrag", "prijs", "euro"},
    "naam": {"afdeling"},
    "gever": {"bedrijf", "afzender", "leverancier", "aannemer"},
    "omschrijving": {"beschrijving"},
    "uren": {"uur"},
    "zaak": {"dossier", "zaaknummer", "aanbesteding", "aanvraag"},
    "datum": {"dag", "wanneer", "startdatum"},
    "aangenomen": {"aannemen", "geaccepteerd", "geweigerd", "teruggegeven"},
}
_GENERIC_LABEL_WORDS = {"welke", "waarom", "erbij", "geschatte"}


_LEAD = re.compile(r"^(?:en |ook |bij |de |het |dan )+")


_IS = re.compile(r"\s(?:is|was|moet (?:zijn|worden)|wordt)\s", re.I)  # "de gever is Bouwbedrijf Van Dam"
# "bij wat moet staan een kerstpakket", "organisatie klopt niet, dat is mijn eigen eenmanszaak TekenWerk Gooi", "de
# startdatum is nu fout, dat moet begin maart zijn": the field asked again, the new value lost (BA-01, BA-04, BA-10)
_SAYS_VALUE = re.compile(r"\s+moet (?:er )?staan:?\s+(?P<a>.+)"
                         r"|\s+(?:klopt (?:\w+ )?niet|is (?:nu )?(?:fout|verkeerd)|staat (?:nu )?fout)\W+(?:dat|het|die|hij)\s+"
                         r"(?:moet (?P<b>.+?) zijn\W*$|(?:is|was|moet (?:zijn|worden)|wordt)\s+(?P<c>.+))", re.I)


_AT_LABEL = re.compile(r"^\W*(?:en |ook |dan )*bij (?P<rest>.+)$", re.I | re.S)
_TRAILER = re.compile(r"\s+(?:staan|zijn|worden)\W*$", re.I)  # "bij van wie moet Bouwbedrijf Van Dijk staan"
_FILLER = re.compile(r"^(?:(?:alleen|gewoon|graag|liever|dus|maar|dan|moet|staan|zetten|zet)\s+)+", re.I)


def _field_and_value(notice_type: str, text: str) -> Tuple[Optional[str], str]:
    """The field that "<field>: <new value>" names before its colon ("bij wie: mijn neef Tom"), or "<field> is
    <new value>" where the field's own name comes first ("de gever is Bouwbedrijf Van Dam"), or "<field> moet staan
    <value>", "<field> klopt niet, dat is <value>"; and the new value."""
    before, colon, after = text.partition(":")
    at_label = _AT_LABEL.match(text)
    if at_label and not colon:  # "bij van wie alleen Autobedrijf Van den Berg" (FA-11)
        label = next((f.label for f in FORMS[notice_type] if at_label.group("rest").lower().startswith(f.label.lower() + " ")), None)
        if label:
            rest = at_label.group("rest")[len(label):]
            before, colon, after = label, ":", _TRAILER.sub("", _FILLER.sub("", rest.strip()))
    says = _SAYS_VALUE.search(text)
    if says and (not colon or says.start() < len(before)):
        before, colon, after = text[:says.start()], ":", next(group for group in says.groups() if group)
    by_name_only = not colon and "?" not in text
    if by_name_only and _IS.search(text):
        before, after = text[:_IS.search(text).start()], text[_IS.search(text).end():]
    said = _LEAD.sub("", " ".join(re.findall(r"\w+", before.lower())))
    if not (colon or by_name_only) or not after.strip() or not said:
        return None, ""
    named = []
    for f in FORMS[notice_type]:
        name, label = f.slot.removeprefix("melding_"), re.findall(r"\w+", f.label.lower())
        by_label = not by_name_only and said in (" ".join(label), label[0], label[-1])
        if by_label or said == name or said in _FIELD_WORDS.get(name, ()):
            named.append(f.slot)
    return (named[0], after.strip().strip("'\"‘’“”")) if len(named) == 1 else (None, "")


def value_after_colon(notice_type: str, slot: str, text: str) -> Optional[str]:
    """The new value of "<field>: <new value>" or "<field> is <new value>" when it names `slot`."""
    named, value = _field_and_value(notice_type, text)
    return value if named == slot else None


def field_named(notice_type: str, text: str) -> Optional[str]:
    """The one field of the notice that a typed text names, e.g. "de datum klopt niet" or "bij wie:
    mijn neef" -> melding_datum, melding_wie; None when it names none or several."""
    before_colon = _field_and_value(notice_type, text)[0]
    if before_colon:
        return before_colon
    lowered = " ".join(re.findall(r"\w+", text.lower()))
    words = set(lowered.split())
    named = []
    for f in FORMS[notice_type]:
        name = f.slot.removeprefix("melding_")
        label = " ".join(re.findall(r"\w+", f.label.lower()))
        label_words = {w for w in label.split() if len(w) >= 5} - _GENERIC_LABEL_WORDS
        # the label itself ("waar"), or a label of words in a sentence ("bij van wie moet ...")
        as_phrase = lowered == label or (" " in label and re.search(rf"\b{label}\b", lowered))
        if as_phrase or words & ({name} | _FIELD_WORDS.get(name, set()) | label_words):
            named.append(f.slot)
    return named[0] if len(named) == 1 else None


def field_of_value(notice_type: str, text: str) -> Optional[str]:
    """The notice's only amount or only date field, when `text` gives such a value ("het was 75 euro",
    "het was eind augustus"); else None."""
    amount = parse_amount(text)
    if amount is not None and re.search(rf"\b(?:19|20)\d\d\b", text) and approximate(text):  # "eind december 2025" is no
        amount = None  # amount of € 2025 (CE-04)
    # a date first: the 3 of "het was 3 november" is no amount; but "300 euro per jaar" and "wisselt per week" name no
    # time (the hours' correction made the start date "wisselt per week", BA-01)
    dated = parse_date_nl(text) or (approximate(text) if amount is None and not _FREQUENCY.search(text) else None)
    kinds = [PAST_DATE, ANY_DATE] if dated else [AMOUNT] if amount is not None else []
    fields = [f.slot for f in FORMS[notice_type] if f.kind in kinds]
    return fields[0] if len(fields) == 1 else None


_KIND_ONLY = re.compile(r"^(?:van )?(?:een |de |het |mijn |onze )?|\W+$")  # "van een leverancier."


def required_slots(notice_type: str, values: Mapping[str, Any]) -> List[str]:
    """The slots to ask, in order. A name and the wish how to be contacted by name are asked only where the notice is
    not anonymous, a way to contact an anonymous reporter only where it is; a giver's organisation only where the giver
    is a kind of organisation."""
    anonymous = values.get(ANONYMOUS.slot) is True
    kind_only = _KIND_ONLY.sub("", str(values.get("melding_gever") or "").strip().lower()) in GIVER_KINDS - PERSON_GIVERS
    return [f.slot for f in FORMS[notice_type] if not (f.only_named and anonymous)
            and not (f.only_anonymous and not anonymous) and not (f.only_after_kind and not kind_only)]


def field_asked(notice_type: str, slot: str, values: Mapping[str, Any]) -> str:
    """The field a correction of `slot` changes: a giver's organisation not asked is in "Van wie" ("de organisatie is
    ..." where the giver was named)."""
    f = field(notice_type, slot)
    return "melding_gever" if f and f.only_after_kind and slot not in required_slots(notice_type, values) else slot


def is_anonymous(notice_type: str, values: Mapping[str, Any]) -> bool:
    return notice_type in ANONYMOUS_TYPES and values.get(ANONYMOUS.slot) is True


def prefill(notice_type: str, facts: Mapping[str, Any]) -> Dict[str, Any]:
    """Field values from facts the conversation already established (not asked again)."""
    found = {}
    for f in FORMS[notice_type]:
        value = facts.get(f.prefill_from) if f.prefill_from else None
        # the whole gift's value is asked; a discount's item price is not its value ("Wat: een ergonomische bureaustoel,
        # Geschatte waarde: € 1250" for 25% off, AG-14)
        if f.prefill_from == "bedrag" and (facts.get("per_persoon") or facts.get("soort_gift") == "korting"):
            value = None
        # "weet ik niet" in the advice's questions answers only a field that may stay unknown
        if value not in (None, "") and (value != UNKNOWN or f.optional):
            found[f.slot] = value.replace("_", " ") if isinstance(value, str) else value  # seksuele_intimidatie
    return found


# (also with a reason first: "dat zeg ik liever niet, overslaan" was kept as who is involved, NB-07)
_SKIP = re.compile(r"^\s*(?:overslaan|skip|sla\b.*\bover\b|.*\bvraag\b.*\boverslaan|(?:dat |dit )?(?:zeg|noem) ik (?:\w+ )?liever niet\W*$)"
                   r"|^[^.?!]{0,40}[,.;]\s*(?:overslaan|skip|sla (?:\w+ )?over)\W*$", re.I)
_YES = re.compile(r"^\s*(ja|jawel|jazeker|klopt|yes|jep|ja hoor)\b", re.I)
_NO = re.compile(r"^\s*(nee|neen|nope|niet|nog niet)\b", re.I)


_SAID_ALREADY = re.compile(r"^\W*(?:(?:dat |dit )?(?:zei|zeg|schreef) ik (?:toch |net |je )?(?:al|toch|net)|zoals ik (?:al |net )?zei"
                           # ("dat heb ik al gezegd, niks mee te maken" was not read, NC-14)
                           r"|(?:dat |dit )?(?:heb|had) ik (?:toch |ook |net |je )?al (?:gezegd|verteld|geschreven))\W+", re.I)


def yes_or_no(text: str) -> Optional[bool]:
    """True for a typed yes ("ja hoor"), False for a no ("nee, nog niet", "zei ik al, nee"), else None."""
    text = _SAID_ALREADY.sub("", text)
    return True if _YES.match(text) else False if _NO.match(text) else None


_SAID_WRONG = re.compile(r"\bklopt (?:\w+ )?niet\b|\b(?:is|was|staat) (?:\w+ )?(?:fout|verkeerd)\b", re.I)
_NEGATED = re.compile(r"\b(?:niet|geen|nee|nooit)\b", re.I)
_AFFIRMED = re.compile(r"\b(?:wel|ja|toch|heb|hebben|is|zet)\b", re.I)


def yes_no_in_correction(text: str) -> Optional[bool]:
    """The new value of a yes/no field that a correction names ("zet maar op niet aangenomen", "ik heb het
    toch wel aangenomen", "aangenomen: nee"), else None ("aangenomen klopt niet": the field is asked again)."""
    said = _SAID_WRONG.sub(" ", text.partition(":")[2] or text)
    return False if _NEGATED.search(said) else True if _AFFIRMED.search(said) else None
# Not an answer to a text question: a greeting, thanks or a bare yes or no ("hoi", "bedankt", "ok"),
# or a short question of the user's own ("wie leest mijn melding dan?").
# ("ja hoor" was kept as why an invitation is useful, "misschien" as the gift, "???" as the case, BA-02, BA-04, BA-12)
_SOCIAL = re.compile(r"^\W*(?:hoi|hallo|hey|hi|goedemorgen|goedemiddag|bedankt|dank je(?: wel)?|dankjewel|thanks|"
                     r"ok[eé]?|okay|prima|top|ja|jawel|jazeker|nee|nope|doei|dag|tot ziens|ja hoor|nee hoor|misschien|"
                     r"wellicht|mwah|tja|pff+|eh+|uh+|hmm+|geen idee|weet ik veel|weet ik het|joh|nou)\W*$|^\W*$", re.I)
_ASIDE = r"(?:ok\w*|oké|en|maar|trouwens|even tussendoor|wacht|eigenlijk)\W+"
_QUESTION = re.compile(rf"^\W*(?:{_ASIDE})*"
                       r"(?:wie|wat|waar|waarom|wanneer|hoe|hoeveel|welke?|kan|kun|mag|moet|hoeft|hoef|krijgt|leest|ziet|is|zijn|wordt|klopt)"
                       r"\b[^?]*\?\W*$", re.I)
# Not an answer either: a cry for help, not understanding the question, wanting to go back, another question
_NOT_AN_ANSWER = re.compile(r"^\W*(?:(?:help|hulp)\W*$|(?:ik )?snap (?:de vraag |het )?niet|(?:ik )?begrijp (?:de vraag |het )?niet"
                            # (going back in the form, not a quote: "... zei hij tegen een jongen 'ga terug naar je eigen
                            # land'" could not be kept, not even by its button, PD-09)
                            r"|(?:wat|hoe) bedoel je|.*\bga (?:even |maar )?terug\b(?! naar (?:je|jullie|jouw|hun|zijn|haar|het)\b)"
                            r"|.*\bvorige vraag\b"
                            r"|(?:nee\W+)?niet stoppen\W*$|(?:nee\W+)?(?:ga|gewoon) (?:maar )?(?:door|verder)\W*$"  # (HA-09)
                            r"|(?:wacht\W+)?(?:eigenlijk\W+)?(?:ik heb|heb ik) (?:eigenlijk |nog )*een (?:andere )?vraag\b"
                            r"|(?:\w+\W+){0,5}iets anders (?:melden|vragen|vertellen)\b|.*\bzelfde als (?:daarnet|eerder|net|hiervoor)\b"
                            r"|(?:dat |die )?(?:heb ik|had ik) (?:\w+ )?(?:al|net) (?:\w+ )?(?:gegeven|gezegd|ingevuld|genoemd|verteld)\b)", re.I)


_SAID_BEFORE = re.compile(r"[,.;!]?\s*(?:dat |zoals |want )?(?:(?:zei|zeg|schreef) ik (?:toch |net |je )?(?:al|net|toch)|"
                          r"(?:had|heb) ik (?:ook |toch |net )?al (?:gezegd|verteld))\b\W*$", re.I)
# chat before the answer ("zei ik al, fotograaf", "ok. Marieke Post, Ruimte en wonen", "sorry verkeerde venster. een
# avondje per week" went into notices, BA-01, BA-06, BA-08)
_CHAT_FIRST = re.compile(rf"^(?:{_SAID_ALREADY.pattern}|\W*(?:ok[eé]?|oké|okay|oh|ah|nou|sorry\b[^.!?]*)[.!?,]\s+)", re.I)
_NO_NAME = re.compile(r"\b(?:mijn )?naam (?:\w+ )?(?:niet|liever niet)\b|\bgeen naam\b|\banoniem"
                      r"|\bnaam van (?:het|de|dat|die) (?:bureau|bedrijf|organisatie|firma|leverancier|aannemer|club|vereniging)"
                      # "liever niet" was kept as the name of a notice that cannot be anonymous
                      r"|\bliever niet\b|\b(?:zeg|geef|noem) ik (?:\w+ )?niet\b|\bwil ik (?:\w+ ){0,2}niet (?:zeggen|geven|noemen)\b", re.I)
NAME_WORDS = 12  # a name and a department; a longer text is a story, not a name


# a name and department given as the answer to "anoniem of met je naam?" ("Noor el Idrissi, sociaal team", AA-14)
_NAME_GIVEN = re.compile(r"[A-Z][\w'’-]+(?:\s+(?:(?:van|de|der|den|el|al|ter|ten|te|op|in|'t)\s+)*[A-Z][\w'’-]+){1,3}"
                         r"(?:\s*,\s*[\w\s'’-]{2,40})?")


def name_given(text: str) -> bool:
    """Whether an answer is a name (and department), and nothing else."""
    return bool(_NAME_GIVEN.fullmatch((text or "").strip(" .!"))) and yes_or_no(text) is None and anonymous_wish(text) is None


# someone else named at "Wat is je naam en je afdeling?" ("mijn zwager, Kees Bakker, eigenaar ...", "mijn vader" were kept as
# the reporter's name, KB-03, KB-18)
_SOMEONE_ELSES = re.compile(rf"^\W*(?:(?:dat|het) is |nee,? )?(?:mijn|m'n|mn|zijn|haar|z'n|d'r) (?:\w+[- ])?"
                            rf"(?:{RELATIVE}|(?:{MANAGER}|collega|buurman|buurvrouw|buren)\b)", re.IGNORECASE)


def someone_elses_name(text: str) -> bool:
    return bool(_SOMEONE_ELSES.match(text or ""))


def name_refused(text: str) -> bool:
    """Whether an answer to the name question refuses to give one ("liever niet", "geen naam")."""
    return bool(_NO_NAME.search(text or ""))


def no_answer(text: str) -> bool:
    """Whether a typed answer is no answer to a text question: a question of one's own, help, a
    greeting or a bare yes or no ("ok. hoe meld ik dat dan?" was stored as the inviter)."""
    # (a what-if is none either: "en als mijn vrouw de keuken koopt op haar naam?" became the giver, AH-10)
    return own_question(text) or what_if(text) or bool(_NOT_AN_ANSWER.match(text) or _SOCIAL.match(text))


def own_question(text: str) -> bool:
    """Whether a typed answer is a question of the user's own instead ("ok en hoeveel mag het dan zijn?"):
    a short one, or a longer one said as an aside ("even tussendoor: moet ik ...?"). A longer plain
    question may well be the answer ("Kan het zijn dat mijn teamleider facturen vervalst ...?")."""
    aside = re.match(rf"^\W*{_ASIDE}", text, re.I)
    return bool(_QUESTION.match(text)) and len(text.split()) <= (20 if aside else 10)


# Something else said after the answer ("VV Huizen. oh en nu ik hier toch ben, een collega maakt ..." was
# the organisation of a side job; "... 2027, o ja trouwens, die hovenier stuurde ons een kerstpakket"
# the case): not part of the notice. A field for evidence or a subject keeps such words; only a question
# after it is cut. The story itself is kept whole.
_ANOTHER_TOPIC = re.compile(r"[.,;:!?]\s*(?:(?:oh?|o) (?:ja|en)\b|trouwens\b|nu ik (?:hier |je )?toch\b|"
                            r"(?:en |o?ok )?(?:nog )?iets anders\b|los daarvan\b|(?:een )?ander (?:punt|ding)\b|"
                            r"even tussendoor\b|p\.?s\.?\b)", re.I)
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
STORY, STORY_FIELDS = "melding_omschrijving", {"melding_omschrijving", "melding_bewijs", "melding_thema"}
# The notice whose story told earlier in the chat is offered, not filled in unseen: an earlier message taken for
# it was often a question or a correction ("Nee, ik heb zelf niks verkeerd gedaan. ... Wat moet ik daarmee?")
STORY_OFFERED = "vermoeden_misstand"
STORY_ASK_ACTION = f"action_ask_{STORY_OFFERED}_melding_form_{STORY}"


def aside_split(f: Field, text: str) -> Tuple[str, str]:
    """(the answer, what was said beside it): another topic after a short answer, or questions after
    an answer ("... geen getuigen. wie krijgt dit te zien?")."""
    if f.kind not in (TEXT, PAST_DATE, ANY_DATE) or f.slot == STORY:  # (a date kept in words keeps no question)
        return text, ""
    other = None if f.slot in STORY_FIELDS else _ANOTHER_TOPIC.search(text)
    if other and len(text[:other.start()].strip()) >= 2:
        return text[:other.start()].strip(), text[other.start():].strip(" ,.;:")
    sentences = _SENTENCES.split(text.strip())
    kept = list(sentences)
    while len(kept) > 1 and kept[-1].rstrip().endswith("?"):
        kept.pop()
    aside = " ".join(sentences[len(kept):])
    return " ".join(kept), aside if re.search(r"[^\W\d_]", aside) else ""  # a bare "?" is no question beside it


_HOURS = re.compile(r"(\d+(?:[.,]\d+)?)")
_HOURS_RANGE = re.compile(r"\b(\d+(?:[.,]\d+)?)\s*(?:a|à|á|-|tot|of)\s*(\d+(?:[.,]\d+)?)\b")  # "zo'n 4 a 5 uur"
_FREQUENCY = re.compile(r"\b(?:per|elke|iedere|om de)\s+(?:\w+ )?(?:dag|week|maand|jaar|weekend)\b", re.I)
MAX_HOURS_A_WEEK = 80
_DATE_NAMED = re.compile(rf"\b\d{{1,2}}(?:e|ste|de)?\s+(?:{'|'.join(MONTHS)})\b|\b\d{{1,2}}[-/]\d{{1,2}}\b", re.IGNORECASE)
# "2 avonden per week", "een dag in de maand", "een paar uur": kept in the user's words
_OTHER_TIME = re.compile(r"\b(?:avond|middag|ochtend|dag|nacht|keer|weekend|dienst|fte\b|maand|jaar|kwartaal|twee weken)\w*",
                         re.I)
_HOURS_IN_WORDS = re.compile(r"\buur", re.I)


_STATUS_ASKED = re.compile(r"\b(?:hoe staat|status|stand van zaken|al iets gebeurd)\b", re.IGNORECASE)


def reference_refused(text: str) -> bool:
    """Another notice's number with its secret code, or with a question about its status: no answer. A number alone is
    (an anonymous reporter adds to a notice by naming its number in a new one, as the chat tells; GA-14 was refused)."""
    reference, rest = reference_in(text)
    return bool(reference) and bool(receipt_code_in(rest) or _STATUS_ASKED.search(rest))


def read_answer(f: Field, value: Any, today: Optional[date] = None) -> Tuple[bool, Any]:
    """(accepted, value to keep) for an answer to field `f`. Dates are kept as ISO text,
    amounts as a decimal string, yes/no as a boolean; UNKNOWN only for optional fields. A
    button's payload answers no field as text ("/affirm" pressed under an earlier question)."""
    if value is None:
        return False, None
    if isinstance(value, str) and (value.strip().lower() == UNKNOWN or _SKIP.search(value)):  # also typed
        value = UNKNOWN
    if value == UNKNOWN:
        return f.optional, UNKNOWN if f.optional else None
    if isinstance(value, str) and is_payload(value):  # a button of an earlier question
        return False, None
    if f.kind == YES_NO:
        if isinstance(value, bool):
            return True, value
        answer = yes_or_no(str(value))
        if answer is None and f.slot == ANONYMOUS.slot:  # "anoniem", "met naam"
            answer = anonymous_wish(str(value))
        return (answer is not None), answer
    text = _CHAT_FIRST.sub("", str(value).strip()) or str(value).strip()
    if f.kind == AMOUNT:
        if percentage_said(text):  # "is korting, geen bedrag. 25 procent": kept as said, not as € 25
            return True, " ".join(text.split())
        if vague_amount(text):  # "een paar tientjes": as said, not € 10
            return True, vague_amount(text)
        amount = parse_amount(text)
        if amount is None:
            return False, None
        return True, ("ruim " if more_than(text) else "") + str(amount)  # "ruim 50 euro" is more than 50
    if f.kind in (PAST_DATE, ANY_DATE):
        text = aside_split(f, text)[0]  # "begin maart. wie leest dit eigenlijk?"
        vague = approximate(text, today)  # "rond kerst": kept in the user's words
        if vague == text:  # read before: its day said must not be taken for the day it happened
            return True, vague
        found = parse_date_nl(text, today, allow_future=f.kind == ANY_DATE)
        if found and (several_days(text, today, allow_future=f.kind == ANY_DATE) or period_said(text) or rough_ago(text)):
            return True, kept_as_said(text, today)
        if found:
            return True, found.isoformat()
        return (True, vague) if vague else (False, None)
    if f.kind == HOURS:
        between = _HOURS_RANGE.search(text)
        if between and not _OTHER_TIME.search(text) and (_HOURS_IN_WORDS.search(text) or not _DATE_NAMED.search(text)):
            return True, f"{between.group(1)} à {between.group(2)} uur"  # as said, not one of its numbers (BA-01)
        if _DATE_NAMED.search(text):  # "per 1 januari" (the start, said at the hours) was kept as 1 hour (AG-07)
            return False, None
        match = _HOURS.search(text)
        if match and float(match.group(1).replace(",", ".")) > MAX_HOURS_A_WEEK:  # "sinds 2019": no hours
            return False, None
        if match and not _OTHER_TIME.search(text):
            return True, match.group(1).replace(",", ".")
        # "een" is as often an article ("een paar uur"): kept in words below
        in_words = next((str(NUMBERS[w]) for w in re.findall(r"\w+", text.lower()) if w in NUMBERS and NUMBERS[w] > 1), None)
        if in_words and not _OTHER_TIME.search(text):  # "twee", "zei ik al, twee"
            return True, in_words
        return (True, text) if _OTHER_TIME.search(text) or _HOURS_IN_WORDS.search(text) else (False, None)
    text = aside_split(f, text)[0]
    if own_question(text) or _NOT_AN_ANSWER.match(text) or (_SOCIAL.match(text) and not (f.plain_no and _NO.match(text))):
        return False, None
    if reference_refused(text):
        return False, None
    if f is NAME and (name_refused(text) or someone_elses_name(text) or len(text.split()) > NAME_WORDS):
        return False, None
    text = _SAID_BEFORE.sub("", text).strip()  # "een fles rode wijn, zei ik toch al"
    return (True, text) if len(text) >= 2 else (False, None)


def show_value(f: Field, value: Any) -> str:
    """A field's value as the summary shows it."""
    if value == UNKNOWN or value is None:
        return f.unknown
    if f.kind == YES_NO:
        return "ja" if value else "nee"
    if f.kind == AMOUNT and not percentage_said(str(value)) and not vague_amount(str(value)):  # "50" or "ruim 50"; a percentage is kept as said
        more, _, number = str(value).rpartition(" ")
        return f"{more} {format_euro(Decimal(number))}".strip()
    if f.kind in (PAST_DATE, ANY_DATE):
        try:
            return date.fromisoformat(value).strftime("%d-%m-%Y")
        except ValueError:  # an approximate answer, kept in words
            return str(value)
    if f.kind == HOURS:  # "8", or another unit in words
        return f"{value} uur" if _HOURS.fullmatch(str(value)) else str(value)
    return str(value)


def notice_fields(notice_type: str, values: Mapping[str, Any]) -> Dict[str, Any]:
    """What is stored: field name (without `melding_`) -> answer."""
    return {
        slot.removeprefix("melding_"): values.get(slot)
        for slot in required_slots(notice_type, values)
    }


def stored_fields(notice_type: str, stored: Mapping[str, Any]) -> List[Tuple[str, str]]:
    """A stored notice's fields (see `notice_fields`) as (label, value) for the reader of the notice."""
    shown = []
    for name, value in stored.items():
        f = field(notice_type, f"melding_{name}")
        shown.append((f.label, show_value(f, value)) if f else (name, str(value)))
    return shown


CONTACT_NAMES_YOU = ("Let op: met je naam, telefoonnummer of e-mailadres erin is dit niet echt anoniem. "
                     "Wil je dat aanpassen? Kies dan 'Iets aanpassen'.")
# the way to contact given for it: expected, but seen (an alias address got "niet echt anoniem", AE-14)
CONTACT_SEEN = ("Let op: de ontvanger ziet het nummer of e-mailadres waarop je bereikt wilt worden, en kan daaraan misschien "
                "zien wie je bent. Een apart e-mailadres dat niet op je naam staat, kan ook.")
# the adviser can still answer through the status (it said "kan je dan niet bereiken", AE-14)
CONTACT_MISSING = ("Let op: er staat geen telefoonnummer of e-mailadres in. De vertrouwenspersoon kan je dan alleen een "
                   "bericht sturen, dat je leest als je met je meldingsnummer en code de status opvraagt. Wil je een "
                   "gesprek? Geef dan een nummer of een apart e-mailadres met 'Iets aanpassen'.")


# "mijn naam is Henk Vos" in the text of an anonymous notice (it was sent so, without a word)
CONTACT = "melding_contact"  # the way to contact an anonymous reporter
NAMES_SELF = re.compile(r"\b(?:[Mm]ijn naam is|[Ii]k heet|[Mm]et vriendelijke groet|[Gg]roetjes)\b"
                        r"|\b[Ii]k ben (?:trouwens |zelf |dus |overigens )?[A-Z][a-zé]+")  # "ik ben trouwens Sandra van Dijk"


def contact_warning(notice_type: str, values: Mapping[str, Any]) -> Optional[str]:
    """An anonymous notice: one's name, a number or an address in any of its answers tells who you
    are; a contact request without a number or address cannot be answered (an anonymous suspected
    wrongdoing can: through its status)."""
    if values.get(ANONYMOUS.slot) is not True:
        return None
    answers = {slot: str(values.get(slot) or "") for slot in required_slots(notice_type, values)}
    if any(NAMES_SELF.search(answer) or contact_details(answer) and slot != CONTACT for slot, answer in answers.items()):
        return CONTACT_NAMES_YOU
    if contact_details(answers.get(CONTACT, "")):
        return CONTACT_SEEN
    return CONTACT_MISSING if notice_type == CONTACT_REQUEST else None


# An anonymous notice's own story may tell who wrote it ("Ik werk bij inkoop", "toen ik er iets van zei", "Fleur zat
# naast me"): sent without a word (AD-11, AE-10, AE-12, AG-05)
_FIRST_PERSON = re.compile(r"\b(?:ik|mij|me|mijn|m'n|mn|we|wij|ons|onze)\b", re.IGNORECASE)
STORY_MAY_TELL = ("Let op: je meldt anoniem. Lees je tekst nog even na: staat er iets in waaraan iemand kan zien dat jij "
                  "het bent, zoals je functie, je team of dat jij erbij was? Pas het dan aan met 'Iets aanpassen'.")


# a BSN typed into a notice ("mijn BSN is 123456782 als jullie dat nodig hebben") was kept without a word (BD-07)
BSN_NOT_NEEDED = ("Let op: er staat een burgerservicenummer (BSN) in. Dat is voor een melding niet nodig, en het hoort er "
                  "niet in. Haal het weg met 'Iets aanpassen'.")


def summary(notice_type: str, values: Mapping[str, Any]) -> str:
    lines = [f"Dit ga ik versturen ({TYPE_CHOICES[notice_type].lower()}):"]
    for slot in required_slots(notice_type, values):
        f = field(notice_type, slot)
        lines.append(f"- {f.label}: {show_value(f, values.get(slot))}")
    warning = contact_warning(notice_type, values)
    lines += [warning] if warning else []
    if is_anonymous(notice_type, values) and (values.get(STORY) not in (None, UNKNOWN) or any(
            _FIRST_PERSON.search(str(values.get(slot) or "")) for slot in required_slots(notice_type, values) if slot != CONTACT)):
        lines.append(STORY_MAY_TELL)  # (also another field: "Wie: ... weten ze meteen dat ik het ben, we zitten maar met z'n
        # vieren op die afdeling" was sent without a word, GA-07)
    if any(bsn_in(str(values.get(slot) or "")) for slot in required_slots(notice_type, values)):
        lines.append(BSN_NOT_NEEDED)
    lines.append("Klopt dit?")
    return "\n".join(lines)
