"""Notices (meldingen): start a form, validate its answers, confirm, file, ask the status.

Thin: the fields, labels and texts are in `bot.notices.form` and `bot.notices.messages`;
storing and looking up is `bot.notices`. Those calls block (Argon2, database, SMTP), so they
run in a thread.
"""
from __future__ import annotations

import asyncio
import logging
import re
import uuid
from abc import abstractmethod
from dataclasses import replace
from typing import Any, Dict, List, Optional, Text, Tuple

from rasa_sdk import Action, Tracker
from rasa_sdk.events import FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import (
    NEW_THEME_ACTION,
    NOTICE_TYPE_SLOT,
    SafeFormValidationAction,
    events_since_message,
    facts_from,
    never_raises,
    record_trend,
    say_112_if_in_danger,
    sent_before,
    slot_changes,
)
from bot.advice import Facts, escalation_kind, gift_outcome, offered_notice, text
from bot.amounts import without_rule_amounts
from bot.follow_up_answers import asked_after_advice, follow_up_answer
from bot.dates import parse_date_nl, period_said
from bot.notices import (
    ANONYMOUS_TYPES,
    IdempotencyConflict,
    InvalidNotice,
    StorageUnavailable,
    file_notice,
    lookup_status,
    status_text,
)
from bot.notices import form, messages
from bot.notices.receipts import normalise_receipt_code, receipt_code_for, receipt_code_in
from bot.notices.references import reference_in
from bot.payloads import is_payload, notice_field_choice, notice_type_choice
from bot.profile import Profile, load_profile
from bot.said.facts import LIVING_TOGETHER, choice_said, day_said, hours_said, paid_said
from bot.said.notices import (ADVISER_REFUSED, anonymity_wish_beside, anonymous_wish, no_notice_said, notice_type_said,
                              official_said, reported_case, story_said)
from bot.said.questions import NOT_KNOWN, what_if
from bot.themes import OTHERS_CONDUCT, THEMES
from bot.trends import notice_depth
from bot.what_said import (discount_said, event_day_said, event_said, file_number_said, gift_said, no_overlap_said,
                           organisation_said, relative_said, side_job_organisation_said, side_job_said, start_said,
                           useful_said, when_to_call_said)

logger = logging.getLogger(__name__)

TYPE_SLOT = NOTICE_TYPE_SLOT
CHOOSING = "kiezen"  # melding_type while the user still picks the kind of notice
KEY_SLOT = "melding_sleutel"  # idempotency key of the confirmed notice (its receipt code derives from it)
FAILURES_SLOT = "melding_mislukt"  # failed answers in a row to the question asked now
FIELD_ENTITY = "melding_veld"
# Answers to "Wat wil je aanpassen?" (data/rules/meldingen.yml): a button, or typed words that the
# NLU may read as anything, "de datum klopt niet" as well as "het was een bon van 75 euro".
CORRECTING_INTENTS = ("melding_aanpassen", "inform", "deny", "dont_know", "out_of_scope", "nlu_fallback", "faq", "stop",
                      "greet", "status_melding", *THEMES)
TEAMS_CHANNELS = ("teams", "botframework", "msteams")  # "teams": components/teams.py
STATUS_ACTION = "action_melding_status"
CASE_SLOT = "melding_omschrijving"  # what happened, where a notice type asks it
DATE_SLOT = "melding_datum"  # when it happened (or happens)
GIVER_SLOT = "melding_gever"  # who gave or invites
MOMENT_SLOT = "melding_moment"  # when a confidential adviser may call
TOLD_WORDS = 3  # an answer with this many words besides not knowing, that the NLU read as "don't know", tells something
_NOT_KNOWN = re.compile(rf"{NOT_KNOWN.pattern}|\b(?:geen (?:bewijs|documenten|getuigen)|verder (?:niets|niks)|sla (?:\w+ )?over|"
                        r"overslaan|niet ingevuld|nee)\b|[^\w\s]", re.IGNORECASE)
CONTACT_REQUEST = "contactverzoek_vertrouwenspersoon"
NO_CODE_GIVEN = "geen code"  # the status form's code when the user has none to give: nothing is looked up
NO_CODE = re.compile(r"\b(?:geen code|code (?:niet|nooit) gekregen|heb ik niet|heb ik geen)\b", re.IGNORECASE)
LOST_CODE = re.compile(r"\b(?:kwijt|vergeten|niet (?:meer )?(?:weet|opgeschreven|bewaard)|weet (?:\w+ )?niet meer)\b", re.IGNORECASE)
# Fields a message may answer in passing ("8 uur per week als zzp'er", "kreeg een fles wijn"):
# for any notice type that has the field (None), or for one type. A date is read as its field reads an answer.
SAID_IN_PASSING = {
    None: {"melding_uren": hours_said, "melding_betaald": paid_said},
    "geschenk": {CASE_SLOT: lambda text: discount_said(text) or gift_said(text)},
    "uitnodiging": {"melding_evenement": event_said, DATE_SLOT: event_day_said, "melding_functioneel": useful_said},
    # "via mijn eenmanszaak Tekenbureau Dekker" (AA-08), "per 1 januari" (AG-07)
    "nevenwerkzaamheden": {CASE_SLOT: side_job_said, "melding_organisatie": side_job_organisation_said, DATE_SLOT: start_said,
                           "melding_overlap": no_overlap_said},
    "belangenverstrengeling": {"melding_zaak": file_number_said, "melding_betrokkene": relative_said},
}


def _entity(tracker: Tracker, name: str) -> Optional[str]:
    return next(tracker.get_latest_entity_values(name), None)


def _intent(tracker: Tracker) -> Optional[str]:
    return (tracker.latest_message.get("intent") or {}).get("name")


def _pending_type(tracker: Tracker) -> Optional[str]:
    notice_type = tracker.get_slot(TYPE_SLOT)
    return notice_type if notice_type in form.FORMS else None


def _pending_or_say_so(dispatcher: CollectingDispatcher, tracker: Tracker) -> Optional[str]:
    """The pending notice type; without one, tells the user there is nothing to confirm."""
    notice_type = _pending_type(tracker)
    if notice_type is None:
        dispatcher.utter_message(text=messages.NOTHING_PENDING)
    return notice_type


def _ask_which_field(dispatcher: CollectingDispatcher, notice_type: str, slots: Dict[str, Any]) -> None:
    fields = [{"title": form.field(notice_type, slot).label, "payload": notice_field_choice(slot)}
              for slot in form.required_slots(notice_type, slots)]
    dispatcher.utter_message(text=messages.CHOOSE_FIELD, buttons=fields + [{"title": "Niets, versturen", "payload": "/affirm"},
                                                                           {"title": "Stoppen", "payload": "/stop"}])


def _may_be_anonymous(notice_type: str, tracker: Tracker) -> bool:
    """Whether a notice of this type may be anonymous here (Teams sends the user's account)."""
    return notice_type in ANONYMOUS_TYPES and tracker.get_latest_input_channel() not in TEAMS_CHANNELS


def _anonymity_change(notice_type: str, tracker: Tracker) -> Optional[bool]:
    """A wish about anonymity typed at the summary that changes it ("toch maar met naam"), else None."""
    if not _may_be_anonymous(notice_type, tracker):
        return None
    wish = anonymous_wish(tracker.latest_message.get("text") or "")
    return wish if wish is not None and wish != tracker.get_slot(form.ANONYMOUS.slot) else None


def _new_value_said(f: form.Field, tracker: Tracker) -> Any:
    """The new value a typed correction gives with the field it names ("de datum klopt niet, het
    was vrijdag", "bij wie: mijn neef"), for the kinds of field that can tell a value from the words
    around it (an amount, a date, hours, text after the field's name and a colon); else None, and
    the field is asked again."""
    return _value_in(f, tracker.get_slot(TYPE_SLOT), _typed(tracker))


def _typed(tracker: Tracker) -> str:
    """The latest message, without the gift rule's amount, which is no value to correct a field with."""
    return without_rule_amounts(tracker.latest_message.get("text") or "")


def _restated_in_question(notice_type: str, typed: str, tracker: Tracker) -> bool:
    """Whether a question at the summary names a field only with the value it has ("als het 90 euro is, moet ik
    ze dan terugbrengen?" got "Zo staat het er al", ID-02): a question, not a correction."""
    if "?" not in typed:
        return False
    slot = form.field_named(notice_type, typed) or form.field_of_value(notice_type, typed)
    value = _value_in(form.field(notice_type, slot), notice_type, typed) if slot else None
    return value is not None and not _changes(tracker, {slot: value})


def _corrections_said(notice_type: str, text: str) -> Dict[str, Any]:
    """Several fields corrected in one message ("het was eind augustus en het bedrag was 450.000"):
    each part that names a field, or gives the value of the notice's only date or amount field, with
    its new value. Empty unless there are two or more and each field named gets its value in one of
    the parts (then nothing is guessed: the fields are asked one by one)."""
    found: Dict[str, Any] = {}
    named_only = set()  # "de datum klopt niet" before ", het was 3 november"
    for part in _parts(_LEAD_IN.sub("", text)):
        if _OLD_VALUE.match(part):  # "..., niet 5000": the value it had (it named the field twice, FA-11)
            continue
        slot = form.field_named(notice_type, part) or form.field_of_value(notice_type, part)
        if slot is None:
            continue
        f = form.field(notice_type, slot)
        value = _value_in(f, notice_type, part)
        if value is None and f.kind in (form.PAST_DATE, form.ANY_DATE):  # "eind augustus": kept in words
            value = form.read_answer(f, part)[1]
        if value is None:
            named_only.add(slot)
        elif slot in found:
            return {}
        else:
            found[slot] = value
    return found if len(found) >= 2 and named_only <= set(found) else {}


# "Twee dingen: bij wat voor werk moet staan '...', en bij uren ..." (FA-04: only the menu of fields)
_LEAD_IN = re.compile(r"^\W*(?:\w+\s+)?(?:dingen|aanpassingen|correcties|wijzigingen|punten)\s*:\s*", re.I)
_OLD_VALUE = re.compile(r"^\W*(?:en )?(?:dus )?niet\s+(?:€\s*)?\d", re.I)
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|‘[^’]*’|“[^”]*”")


def _parts(text: str) -> List[str]:
    """The parts of a message with several corrections, not split inside quotes ("'bouwtekeningen en advies'")."""
    quoted = iter(_QUOTED.findall(text))
    # (not at a full stop or comma inside a word: "pietje1978@gmail.com" was cut to "pietje1978@gmail", ID-06)
    return [re.sub("\x00", lambda _: next(quoted), part)
            for part in re.split(r"[,;.](?!\w)|\s+(?:en|ook)\s+", _QUOTED.sub("\x00", text))]


def _after_colon(f: form.Field, notice_type: Optional[str], text: str) -> Optional[str]:
    return form.value_after_colon(notice_type, f.slot, text) if notice_type in form.FORMS else None


def _value_in(f: form.Field, notice_type: Optional[str], text: str) -> Any:
    if f.kind == form.TEXT:  # "bij wie: mijn neef Tom Visser"
        return _after_colon(f, notice_type, text)
    if f.kind == form.YES_NO:  # "zet maar op niet aangenomen" was asked again
        return form.yes_no_in_correction(text)
    if f.kind in (form.PAST_DATE, form.ANY_DATE):
        # something that goes on, in its words ("wanneer klopt niet, het is niet vandaag. het gebeurt al elk weekend
        # sinds de zomer" got "Zo staat het er al", IE-12)
        going_on = [part for part in _parts(text) if period_said(part)]
        if going_on:  # (without its field's name: "bij wanneer moet staan: sinds ongeveer september" was kept whole, KC-07)
            return form.read_answer(f, _after_colon(f, notice_type, going_on[-1].strip()) or going_on[-1].strip())[1]
        # a day only: vague words would keep the whole text, unless the value is apart
        said = _after_colon(f, notice_type, text)
        if said:  # "de startdatum is nu fout, dat moet begin maart zijn" (BA-01)
            return form.read_answer(f, said)[1]
        day = parse_date_nl(text, allow_future=f.kind == form.ANY_DATE)
        return day.isoformat() if day else None
    if f.kind not in (form.AMOUNT, form.HOURS):
        return None
    # the last part that gives one: "de waarde is niet 60, zet maar 50" is 50
    for part in reversed(re.split(r"[,;]| maar | nee ", text)):
        accepted, value = form.read_answer(f, part)
        if accepted and value != form.UNKNOWN:
            return value
    return None


def _offered_contact_request(tracker: Tracker) -> Optional[str]:
    """The contact request, when the user says yes to its offer ("Wil je liever met een mens praten?")."""
    said = [e.get("name") for e in tracker.events if e.get("event") == "action" and e.get("name") != "action_listen"]
    return CONTACT_REQUEST if said and said[-1] == "utter_contact_persoon" and _intent(tracker) == "affirm" else None


def _cleared_notice() -> Dict[str, Any]:
    return {slot: None for slot in (*form.ALL_SLOTS, KEY_SLOT, FAILURES_SLOT)}


def _outside_notices(tracker: Tracker):
    """The conversation's events without the answers typed to a notice's questions (they are that notice's)."""
    in_notice = False
    for event in tracker.events:
        if event.get("event") == "active_loop":
            in_notice = str(event.get("name") or "").endswith(form.form_name(""))
        elif not (in_notice and event.get("event") == "user"):
            yield event


def _said(tracker: Tracker, reading):
    """The fact that `reading` finds in what the user typed about the current theme: from the
    message that started it on (a wish to report, then as many turns of the walk-through as it
    took, then a button for the type), or in the whole conversation if no theme was started.
    The latest such fact: a value corrected later wins."""
    texts: List[str] = []
    for event in _outside_notices(tracker):  # (a stopped notice's hours came back in the next, IA-03)
        if event.get("event") == "user":
            texts.append(event.get("text") or "")
        elif event.get("event") == "action" and event.get("name") == NEW_THEME_ACTION:
            texts = texts[-1:]  # the message that started this theme
    # a question tells of another case rather than corrects ("ik train ook de f-jes, onbetaald. moet dat er ook bij?"
    # made a paid side job unpaid, AF-03): statements first, and never a what-if
    told = [t for t in reversed(texts) if "?" not in t] + [t for t in reversed(texts) if "?" in t and not what_if(t)]
    return next((fact for fact in map(reading, told) if fact is not None), None)


def _story_told_before(tracker: Tracker) -> Optional[str]:
    """The story the user told before, for a notice's "Wat is er aan de hand?": the longest message that tells
    one and is no question of its own, outside the notice forms and since a notice was last sent."""
    told: List[str] = []
    for event in _outside_notices(tracker):
        if event.get("event") == "action" and event.get("name") == "action_melding_versturen":
            told = []
        elif event.get("event") == "user":
            told.append(_without_last_question((event.get("text") or "").strip()))
    return max((t for t in told if story_said(t) and not t.endswith("?")), key=len, default=None)


def _without_last_question(told: str) -> str:
    """A story without the question it ends in ("... Afdelingshoofd zegt 'ik ga ernaar kijken'. Moet ik nu nog iets?" was
    no story to offer, EC-11); a question alone stays one."""
    story = re.sub(r"(?<=[.!'\"])\s+[^.!?]*\?\s*$", "", told)
    return story if story != told and story_said(story) else told


def _story_declined(notice_type: str, f: form.Field, typed: str) -> bool:
    """A no to the story offered, without a story of its own ("Nee, liever niet, dat was wat kort door de bocht. Ik
    schrijf het opnieuw." was kept as the description)."""
    return (notice_type == form.STORY_OFFERED and f.slot == form.STORY and form.yes_or_no(typed) is False
            and (len(typed.split()) <= 4 or bool(_REWRITE.search(typed))))


# the story told before, asked for in words
_USE_EARLIER = re.compile(r"\b(?:gebruik|neem|pak) (?:\w+ ){0,2}(?:wat|dat|die tekst|mijn verhaal) (?:ik )?(?:\w+ )?(?:eerst|al|net|eerder|"
                          r"hierboven|daarnet) (?:\w+ )?(?:schreef|zei|vertelde|typte|geschreven|gezegd|verteld)|\bzie hierboven\b"
                          r"|\bzoals ik (?:al|eerder|net) (?:schreef|zei|vertelde)", re.IGNORECASE)
# the button "Ja, gebruik dat" in one's own words ("gebruik dat maar" was kept as the story, ND-06)
_USE_OFFERED = re.compile(r"^\W*(?:ja\W*)?(?:gebruik|neem|pak) (?:dat|die|dit|het|deze)\b(?: \w+){0,2}\W*$", re.IGNORECASE)
# "ik schrijf het opnieuw", "liever niet", "dat klopt niet": the story offered is not wanted
_REWRITE = re.compile(r"\b(?:schrijf|vertel|typ|doe|zeg) (?:ik )?(?:het )?(?:\w+ )?(?:opnieuw|zelf|anders|over)\b|\bliever niet\b"
                      r"|\bklopt niet\b|\bniet gebruiken\b", re.IGNORECASE)


class ActionVraagVerhaal(Action):
    """"Wat is er aan de hand?", offering the story told before with a button (it was filled in unseen)."""

    def name(self) -> Text:
        return form.STORY_ASK_ACTION

    @never_raises
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[str, Any]]:
        question = form.field(form.STORY_OFFERED, form.STORY)
        declined = _story_declined(form.STORY_OFFERED, question, tracker.latest_message.get("text") or "")
        story = None if declined else _story_told_before(tracker)
        if story is None:
            dispatcher.utter_message(text=question.question)
        else:
            dispatcher.utter_message(text=messages.story_offered(question.question, story),
                                     buttons=messages.buttons(messages.USE_STORY, "/affirm"))
        return []


def _changes(tracker: Tracker, corrected: Dict[str, Any]) -> bool:
    """Whether a correction changes anything: one that did not brought the same summary back without a word ("nee dit
    klopt niet. het was een cadeaubon en hij was 25 euro, die 60 was maar een vraag", AJ-10)."""
    return any(tracker.get_slot(slot) != value for slot, value in corrected.items())


def _paused(dispatcher: CollectingDispatcher) -> List[Dict[str, Any]]:
    """A break asked for at the summary or its menu ("ben zo terug", "ik ben er weer"; components/in_context.py): the
    summary again ("momentje, ik zoek even op wanneer het was" restarted the notice at its first question, JA-11)."""
    dispatcher.utter_message(text=messages.PAUSED)
    return [FollowupAction("action_melding_samenvatting")]


def _not_understood(dispatcher: CollectingDispatcher, said: str = messages.WHICH_FIELD_UNCLEAR) -> List[Dict[str, Any]]:
    """The choice of a field again, by the action whose answers the rules know."""
    dispatcher.utter_message(text=said)
    return [FollowupAction("action_melding_aanpassen")]


class ActionMeldingStart(Action):
    """Start the form of a notice type, or ask again one field the user wants to change.

    Facts already known are copied into the notice fields here, at the start only (not by a
    slot mapping or in required_slots): a field the user chose to correct must be asked
    again, not refilled from the advice's fact.
    """

    def name(self) -> Text:
        return "action_melding_start"

    @never_raises
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[str, Any]]:
        notice_type = _pending_type(tracker)
        if notice_type and tracker.latest_message.get("pauze"):  # at the menu of fields
            return _paused(dispatcher)
        if notice_type and _intent(tracker) in CORRECTING_INTENTS:
            anonymous = _anonymity_change(notice_type, tracker)
            if anonymous is not None:  # a name is asked where it is no longer anonymous, and dropped where it is;
                # so is a way to contact an anonymous reporter (it came back with a name and phone number in it)
                return [SlotSet(form.ANONYMOUS.slot, anonymous),
                        *(SlotSet(f.slot, None) for f in form.FORMS[notice_type] if f.only_anonymous or f.only_named),
                        SlotSet(KEY_SLOT, None), SlotSet(FAILURES_SLOT, 0), SlotSet(TYPE_SLOT, notice_type)]
            chosen_field = _entity(tracker, FIELD_ENTITY)
            corrected = {} if chosen_field else _corrections_said(notice_type, _typed(tracker))
            corrected = {form.field_asked(notice_type, slot, tracker.slots): value for slot, value in corrected.items()}
            if corrected and not _changes(tracker, corrected):
                return _not_understood(dispatcher, messages.NOTHING_CHANGED)
            if corrected:  # two fields or more in one message, each with its new value
                return [*(SlotSet(slot, value) for slot, value in corrected.items()), SlotSet(KEY_SLOT, None),
                        SlotSet(FAILURES_SLOT, 0), SlotSet(TYPE_SLOT, notice_type)]
            if not form.field(notice_type, chosen_field):  # typed, not a button: "de datum"
                typed = _typed(tracker)  # (the value alone: "niet 60 maar 80", HA-11)
                chosen_field = form.field_named(notice_type, typed) or form.field_of_value(notice_type, typed)
            if chosen_field is None:  # the choice again, by the action whose answers the rules know
                return _not_understood(dispatcher)
            new_value = _new_value_said(form.field(notice_type, chosen_field), tracker)
            chosen_field = form.field_asked(notice_type, chosen_field, tracker.slots)
            if not _changes(tracker, {chosen_field: new_value}):
                if form.field(notice_type, chosen_field).kind != form.YES_NO:
                    return _not_understood(dispatcher, messages.NOTHING_CHANGED)
                new_value = None  # a yes or no said wrong with the same word ("'nee' klopt niet", DA-15): asked again
            # Changed content is another notice: the next summary draws a new key and code, so a
            # retry after a failed filing does not reuse the key of the old content.
            return [
                SlotSet(chosen_field, new_value),
                SlotSet(KEY_SLOT, None),
                SlotSet(FAILURES_SLOT, 0),
                SlotSet(TYPE_SLOT, notice_type),
            ]

        typed = tracker.latest_message.get("text") or ""
        notice_type = (_entity(tracker, TYPE_SLOT) or notice_type_said(typed)
                       or _offered_contact_request(tracker) or offered_notice(tracker.get_slot("thema"), facts_from(tracker)))
        if notice_type == CONTACT_REQUEST and official_said(typed) and not no_notice_said(typed):
            # a colleague's conduct chosen as behaviour, or unwanted behaviour seen done to someone else (a team leader's
            # racist jokes, "ik wil dit officieel melden, anoniem", got the regulation and a contact request, IB-18): the
            # notice asked for (a contact request was started without a word)
            if tracker.get_slot("thema") == OTHERS_CONDUCT or escalation_kind(tracker.get_slot("thema"), facts_from(tracker)) \
                    == "getuige":
                notice_type = "vermoeden_misstand"
                dispatcher.utter_message(text=messages.official_notice(load_profile()))
            elif ADVISER_REFUSED.search(typed):  # "Ik wil geen vertrouwenspersoon, ik wil een klacht indienen" got "Tot
                dispatcher.utter_message(text=messages.official_route_alone(load_profile()))  # ziens!" (MD-08): the
                return [FollowupAction("action_listen")]  # regulation and whom to ask about it, no contact request
            elif "?" in typed:  # asked how, not a contact request wished ("Kan ik dit incident hier bij u ook officieel
                profile = load_profile()  # melden, zodat het vastligt?" started one, PD-02): the way, and the request offered
                dispatcher.utter_message(text=f"{messages.official_route_alone(profile)}\n\n"
                                              f"{messages.offer(CONTACT_REQUEST, profile)}",
                                         buttons=messages.offer_buttons(CONTACT_REQUEST))
                return [FollowupAction("action_listen")]
            else:  # unwanted behaviour: the complaint goes by the regulation; offered a talk, say why
                dispatcher.utter_message(text=messages.official_route(load_profile()))
        if notice_type not in form.FORMS:
            dispatcher.utter_message(
                text=messages.CHOOSE_TYPE,
                buttons=[
                    {"title": title, "payload": notice_type_choice(kind)}
                    for kind, title in form.TYPE_CHOICES.items()
                ],
            )
            return [SlotSet(TYPE_SLOT, CHOOSING)]
        prefilled = form.prefill(notice_type, tracker.slots)
        if notice_type in sent_before(tracker):  # an old offer's button pressed again sent a second notice
            dispatcher.utter_message(text=messages.SENT_BEFORE)
        if notice_type in ANONYMOUS_TYPES and tracker.get_latest_input_channel() in TEAMS_CHANNELS:
            dispatcher.utter_message(text=messages.TEAMS_WARNING)
        elif notice_type in ANONYMOUS_TYPES:  # "ik wil anoniem melden" answers the question
            said = _said(tracker, anonymous_wish)
            if said is not None:
                prefilled[form.ANONYMOUS.slot] = said
        case = _said(tracker, reported_case)  # "ik wil melden dat ...": what happened
        if case and form.field(notice_type, CASE_SLOT):
            prefilled[CASE_SLOT] = case
        # "ik kreeg gisteren ...": the day it happened. Not a day ahead (an invitation, a side job's
        # start): in a first message those words often tell a schedule ("op maandag", "'s morgens").
        when = form.field(notice_type, DATE_SLOT)
        day = _said(tracker, day_said) if when and when.kind == form.PAST_DATE else None
        if day:
            prefilled[DATE_SLOT] = day
        for slot, reading in {**SAID_IN_PASSING[None], **SAID_IN_PASSING.get(notice_type, {})}.items():
            f = form.field(notice_type, slot)
            said = _said(tracker, reading) if f else None
            if said is not None and f.kind in (form.PAST_DATE, form.ANY_DATE):  # "per 1 januari": 2027-01-01
                said = form.read_answer(f, said)[1]
            if said is not None:
                prefilled[slot] = said
        # the giver's or host's organisation beside its kind ("Van wie: aannemer" lost "bouwbedrijf Van Dijk")
        organisation = _said(tracker, organisation_said) if form.field(notice_type, GIVER_SLOT) else None
        if organisation and organisation.lower() not in str(prefilled.get(GIVER_SLOT) or "").lower():
            prefilled[GIVER_SLOT] = ", ".join(filter(None, (prefilled.get(GIVER_SLOT), organisation)))
        return slot_changes(tracker, {**_cleared_notice(), **prefilled, FAILURES_SLOT: 0, TYPE_SLOT: notice_type})


class NoticeFormValidation(SafeFormValidationAction):
    """One validation for every notice form; a subclass only names its notice type.

    Each answer is read by its field's kind (text, amount, date, yes/no, hours). Failed
    answers to the same question are counted; from the second one the user is offered to
    skip the question (optional fields) or to stop.
    """

    @property
    @abstractmethod
    def notice_type(self) -> str:
        """The notice type (a key of bot.notices.form.FORMS); set by each subclass."""

    def name(self) -> Text:
        return f"validate_{form.form_name(self.notice_type)}"

    async def required_slots(self, domain_slots: List[Text], dispatcher, tracker: Tracker, domain: DomainDict) -> List[Text]:
        return form.required_slots(self.notice_type, tracker.slots)

    async def get_validation_events(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict):
        # harassment or a threat told here, the message before sent again, or a break (components/in_context.py): no answer
        said = (messages.other_matter(load_profile()) if tracker.latest_message.get("ander_onderwerp")
                else messages.SENT_TWICE if tracker.latest_message.get("dubbel")
                else messages.PAUSED if tracker.latest_message.get("pauze") else None)
        if said:
            dispatcher.utter_message(text=said)
            return [SlotSet(slot, None) for slot in tracker.slots_to_validate()]
        asked = tracker.get_slot("requested_slot")
        required = form.required_slots(self.notice_type, tracker.slots)
        corrected = _previous_corrected(self.notice_type, tracker, asked, required)
        if corrected:  # "o wacht, toch wel: ik zit bij inkoop ..." at the next question (ID-09)
            slot, value = corrected
            dispatcher.utter_message(text=messages.previous_changed(form.field(self.notice_type, slot).label))
            return [SlotSet(slot, value), SlotSet(asked, None)]
        failures = tracker.get_slot(FAILURES_SLOT) or 0
        result: Dict[str, Any] = {}
        for slot, value in tracker.slots_to_validate().items():
            f = form.field(self.notice_type, slot)
            if f is None or slot not in required:
                continue
            typed = tracker.latest_message.get("text") or ""
            if slot == asked and _story_declined(self.notice_type, f, typed):  # asked again, without the offer
                result[slot] = None
                continue
            if slot == asked:
                value = self._meant(f, value, typed, tracker)
            if f is form.ANONYMOUS and slot == asked and not is_payload(typed) and form.name_given(typed):
                # "Noor el Idrissi, sociaal team" at "anoniem of met je naam?" got "Dat kan ik niet goed lezen" (AA-14)
                result.update({slot: False, form.NAME.slot: typed.strip()})
                tracker.slots.update(result)
                return [SlotSet(name, v) for name, v in result.items()] + [SlotSet(FAILURES_SLOT, 0)]
            if f.only_anonymous and slot == asked and anonymous_wish(typed) is False:
                # "ik doe het toch niet anoniem. ze mogen me bellen, ik ben ..." at the way to contact: no longer
                # anonymous (it was kept as the contact of an anonymous notice); the name is asked next
                result.update({form.ANONYMOUS.slot: False, slot: None})
                tracker.slots.update(result)
                return [SlotSet(name, v) for name, v in result.items()] + [SlotSet(FAILURES_SLOT, 0)]
            wish, rest = anonymity_wish_beside(str(value)) if slot == asked and f.kind == form.TEXT else (None, "")
            if wish is not None and f not in (form.ANONYMOUS, form.NAME) and _may_be_anonymous(self.notice_type, tracker):
                # "... gezien. trouwens ik wil toch liever anoniem blijven" was kept as the evidence, and asked again
                result[form.ANONYMOUS.slot] = wish
                if not rest:
                    result[slot] = None
                    continue
                value = rest
            accepted, kept = form.read_answer(f, value)
            if f is form.NAME and (anonymous_wish(str(value)) is True or form.name_refused(str(value))):  # "liever anoniem"
                accepted, kept = _may_be_anonymous(self.notice_type, tracker), None
                if accepted:
                    result[form.ANONYMOUS.slot] = True
            result[slot] = kept
            moment = form.field(self.notice_type, MOMENT_SLOT)
            if accepted and slot == asked and moment and slot != MOMENT_SLOT and not tracker.get_slot(MOMENT_SLOT) \
                    and when_to_call_said(str(value)):  # "bellen graag, 06-12345678, liefst na 16 uur": then
                result[MOMENT_SLOT] = when_to_call_said(str(value))  # "Wanneer komt het je uit?" (BC-09, CA-07, CC-07)
            if slot != asked:
                continue
            failures = 0 if accepted else failures + 1
            if not accepted:
                self._complain(dispatcher, f, value, failures)
            elif isinstance(value, str) and form.aside_split(f, value)[1]:
                dispatcher.utter_message(text=messages.ASIDE_LEFT_OUT)
        if not result:
            # Nothing answered (e.g. "stop" or a question about the code): no events, so Rasa
            # rejects the form and the rules for interruptions take over.
            return []
        tracker.slots.update(result)
        return [SlotSet(slot, value) for slot, value in result.items()] + [SlotSet(FAILURES_SLOT, failures)]

    def _meant(self, f: form.Field, value: Any, typed: str, tracker: Tracker) -> Any:
        """The answer to the question asked, where the slot mapping read the typed words otherwise."""
        if f.slot == form.STORY and self.notice_type == form.STORY_OFFERED and _USE_EARLIER.search(typed):
            return _story_told_before(tracker) or value  # "nee niet dat. gebruik wat ik eerst schreef over de kassa" (EC-11)
        if f.slot == form.STORY and self.notice_type == form.STORY_OFFERED and (
                typed == "/affirm" or form.yes_or_no(typed) or _USE_OFFERED.search(typed)):
            story = _story_told_before(tracker)  # "Ja, gebruik dat": the story offered; "ja maar zet er ook bij ...": both
            only_yes = typed == "/affirm" or bool(_USE_OFFERED.search(typed)) or len(typed.split()) <= 4
            if story is None:  # none was offered: "Ja, gebruik dat" is no story (it was sent as one, AE-11)
                return None if only_yes else value
            return story if only_yes else f"{story}\n{typed}"
        if is_payload(typed):
            return value
        if value == form.UNKNOWN and f.kind == form.TEXT and len(_NOT_KNOWN.sub(" ", typed).split()) >= TOLD_WORDS:
            return typed  # "ik heb het zelf gezien, verder geen bewijs" read as "weet ik niet" (AE-11)
        if value == form.UNKNOWN and f.kind in form.VALUE_KINDS and form.read_answer(f, typed)[1] not in (None, form.UNKNOWN):
            return typed  # "afgelopen dinsdag of woensdag, weet het niet meer precies" read as "weet ik niet"
        if f is form.ANONYMOUS and anonymous_wish(typed) is not None:
            return anonymous_wish(typed)  # "met naam is goed" reads as yes, the button for anonymous
        if f.entity == "relatie" and choice_said("relatie", typed) in ("ex-partner", "huisgenoot"):  # not "partner" (DB-10)
            return choice_said("relatie", typed)
        if f.entity == "relatie" and LIVING_TOGETHER.search(typed):  # "mijn vriendin, we wonen samen": a partner (CD-13)
            return "partner"
        return value

    @staticmethod
    def _complain(dispatcher: CollectingDispatcher, f: form.Field, value: Any, failures: int) -> None:
        if failures >= 2:
            choices = ("Overslaan", "/dont_know") if f.optional else ()
            dispatcher.utter_message(
                text=messages.STUCK_OPTIONAL if f.optional else messages.STUCK_REQUIRED,
                buttons=messages.buttons(*choices, "Stoppen", "/stop"),
            )
        elif isinstance(value, str) and is_payload(value):
            dispatcher.utter_message(text=messages.EARLIER_BUTTON)
        elif form.reference_refused(str(value)):
            dispatcher.utter_message(text=messages.REFERENCE_IN_ANSWER)
        elif f.kind == form.TEXT and form.own_question(str(value)):
            dispatcher.utter_message(text=messages.OWN_QUESTION)
        elif f is form.NAME and (anonymous_wish(str(value)) is True or form.name_refused(str(value))):  # cannot be anonymous
            dispatcher.utter_message(text=messages.NAME_NEEDED)
        elif f is form.NAME and form.someone_elses_name(str(value)):
            dispatcher.utter_message(text=messages.OWN_NAME)
        else:
            dispatcher.utter_message(text=messages.REQUIRED if value == form.UNKNOWN else messages.ASK_AGAIN)


# the answer before changed at the next question ("o wacht, toch wel: ..." got "Dat kan ik niet goed lezen", and the
# notice kept "Raakt het je eigen werk: nee", ID-09)
_PREVIOUS_CORRECTED = re.compile(r"^\W*(?:o+h?\W+)?(?:wacht|sorry|oeps|correctie|foutje)\b[^:.!?]{0,20}?"
                                 r"\btoch (wel|niet|geen|ja|nee)\b|^\W*toch (wel|niet|geen|ja|nee)\b", re.I)


def _previous_corrected(notice_type: str, tracker: Tracker, asked: Optional[str],
                        required: List[str]) -> Optional[Tuple[str, Any]]:
    """The yes/no field asked just before `asked`, or a text field a plain no answered, with the answer the message
    turns it into (the words after the yes, for a text field); else None."""
    typed = tracker.latest_message.get("text") or ""
    said = _PREVIOUS_CORRECTED.match(typed)
    if not said or asked not in required or required.index(asked) == 0:
        return None
    previous = required[required.index(asked) - 1]
    value, before = (said.group(1) or said.group(2)).lower() in ("wel", "ja"), tracker.get_slot(previous)
    f = form.field(notice_type, previous)
    if f.kind == form.YES_NO and before is (not value):
        return previous, value
    told = typed[said.end():].strip(" :,.-")
    if f.plain_no and value and form.yes_or_no(str(before or "")) is False and told:
        return previous, told
    return None


def _validation_for(notice_type: str) -> type:
    class_name = "Validate" + "".join(part.title() for part in notice_type.split("_")) + "MeldingForm"
    return type(class_name, (NoticeFormValidation,), {"notice_type": notice_type})


# One subclass per form: the action server registers every concrete Action subclass,
# so each form gets its validate_<type>_melding_form.
VALIDATIONS = {notice_type: _validation_for(notice_type) for notice_type in form.FORMS}


def _notice_facts(notice_type: str, tracker: Tracker) -> Facts:
    """The facts of the advice, with a gift's value and acceptance as the notice has them now (corrected there)."""
    facts = facts_from(tracker)
    if notice_type != "geschenk":
        return facts
    return replace(facts, bedrag=tracker.get_slot("melding_waarde") or facts.bedrag,
                   al_aangenomen=tracker.get_slot("melding_aangenomen"))


def _when_advised(tracker: Tracker, slot: str) -> Any:
    """The slot's value when the advice was last given, else its value now."""
    value, advised, seen = None, None, False
    for event in tracker.events:
        if event.get("event") == "slot" and event.get("name") == slot:
            value = event.get("value")
        elif event.get("event") == "action" and event.get("name") == "action_advies":
            advised, seen = value, True
    return advised if seen else tracker.get_slot(slot)


def _gift_rule_not_yet_told(notice_type: str, tracker: Tracker, profile: Profile) -> Optional[str]:
    """A gift above the limit reported without the advice saying so (the notice straight away, or a value corrected
    above the limit in the notice, DA-01): the code's rule with the summary, so that nobody registers it as kept
    without hearing it."""
    if notice_type != "geschenk":
        return None
    facts = _notice_facts(notice_type, tracker)
    # (the value the advice was given for: a value corrected at the summary sets the advice's slot too, and the rule was
    # then taken as told, MA-01, MA-19)
    advised = replace(facts_from(tracker), bedrag=_when_advised(tracker, "bedrag"))
    told = tracker.get_slot("thema") == "dilemma_geschenk" and gift_outcome(advised, profile.geschenk_drempel_euro)
    if gift_outcome(facts, profile.geschenk_drempel_euro) != "afwijzen" or told == "afwijzen":
        return None
    keys = ["geschenk.afwijzen", *(["geschenk.al_aangenomen"] if facts.al_aangenomen is True else [])]
    return " ".join(text(key, profile, facts) for key in keys)


class ActionMeldingSamenvatting(Action):
    """The summary to confirm. The idempotency key is drawn here once and kept in the
    conversation, so that a retried or repeated filing call uses the same key (and for an
    anonymous notice the same receipt code, derived from the key) and files the notice once."""

    def name(self) -> Text:
        return "action_melding_samenvatting"

    @never_raises
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[str, Any]]:
        notice_type = _pending_or_say_so(dispatcher, tracker)
        if notice_type is None:
            return []
        profile = load_profile()
        dispatcher.utter_message(text=messages.destination(notice_type, profile, tracker.slots))
        rule = _gift_rule_not_yet_told(notice_type, tracker, profile)
        if rule:
            dispatcher.utter_message(text=rule)
        dispatcher.utter_message(
            text=form.summary(notice_type, tracker.slots),
            buttons=messages.buttons(
                "Klopt, versturen", "/affirm", "Iets aanpassen", "/melding_aanpassen", "Stoppen", "/stop"
            ),
        )
        if not tracker.get_slot(KEY_SLOT):
            return [SlotSet(KEY_SLOT, uuid.uuid4().hex)]
        return []


class ActionMeldingAanpassen(Action):
    """Which field to change: one button per field of the notice; a message that names a field
    ("de datum klopt niet") asks that field again at once."""

    def name(self) -> Text:
        return "action_melding_aanpassen"

    @never_raises
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[str, Any]]:
        notice_type = _pending_or_say_so(dispatcher, tracker)
        if notice_type is None:
            return []
        if tracker.latest_message.get("pauze"):
            return _paused(dispatcher)
        typed = _typed(tracker)
        if _asked_to_choose(tracker):  # the correction typed was not understood: the choice, not the correction again
            _ask_which_field(dispatcher, notice_type, tracker.slots)  # (each read it anew, until Rasa gave up, DA-15)
            return []
        if _anonymity_change(notice_type, tracker) is not None or not _restated_in_question(notice_type, typed, tracker) \
                and (form.field_named(notice_type, typed) or _corrections_said(notice_type, typed)):
            return [FollowupAction("action_melding_start")]
        if _intent(tracker) == "stop":  # "stop" at the summary, which is no change of anonymity
            dispatcher.utter_message(response="utter_gestopt")
            return slot_changes(tracker, {**_cleared_notice(), TYPE_SLOT: None})
        say_112_if_in_danger(dispatcher, tracker)
        if tracker.latest_message.get("faq_gekozen"):  # "kun je dit bewaren?", "wie leest dit?" (components/in_context.py)
            dispatcher.utter_message(response=tracker.latest_message["response_selector"]["faq"]["response"]["utter_action"])
        elif "?" in typed:  # a question at the summary: its answer where the advice has one ("mag ik hem dan nog wel
            answer = _answer_at_summary(notice_type, typed, tracker)  # houden?", DA-01), and that it is not sent
            if answer:
                dispatcher.utter_message(text=answer)
            dispatcher.utter_message(text=messages.NOT_SENT_YET)
        elif tracker.latest_message.get("eerdere_knop"):  # an earlier turn's button (components/in_context.py)
            dispatcher.utter_message(text=messages.EARLIER_BUTTON_NOT_SENT)
        _ask_which_field(dispatcher, notice_type, tracker.slots)
        return []


def _answer_at_summary(notice_type: str, typed: str, tracker: Tracker) -> Optional[str]:
    theme = next((t for t, kind in form.THEME_NOTICE.items() if kind == notice_type), None)
    profile, facts = load_profile(), _notice_facts(notice_type, tracker)
    key = follow_up_answer(theme, typed, facts, profile) if asked_after_advice(theme, typed) else None
    return text(key, profile, facts) if key else None


def _asked_to_choose(tracker: Tracker) -> bool:
    """Whether the start of a notice read the latest message already and sent it here (`_not_understood`)."""
    return any(e.get("event") == "action" and e.get("name") == "action_melding_start" for e in events_since_message(tracker))


class ActionMeldingVersturen(Action):
    """File the confirmed notice; only a stored notice is reported as sent."""

    def name(self) -> Text:
        return "action_melding_versturen"

    @never_raises
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[str, Any]]:
        notice_type, key = _pending_type(tracker), tracker.get_slot(KEY_SLOT)
        if notice_type is None or not key:
            dispatcher.utter_message(text=messages.NOTHING_PENDING)
            return []
        anonymous = form.is_anonymous(notice_type, tracker.slots)
        try:
            filed = await asyncio.to_thread(
                file_notice,
                notice_type,
                form.notice_fields(notice_type, tracker.slots),
                idempotency_key=key,
                anonymous=anonymous,
                receipt_code=receipt_code_for(key) if anonymous else None,
            )
        except StorageUnavailable:
            logger.warning("notice not filed: storage unavailable; kept in the conversation")
            dispatcher.utter_message(
                text=messages.NOT_FILED,
                buttons=messages.buttons(
                    "Opnieuw proberen", "/affirm", "Iets aanpassen", "/melding_aanpassen", "Stoppen", "/stop"
                ),
            )
            return []
        except (InvalidNotice, IdempotencyConflict) as error:
            logger.error("notice refused: %s", type(error).__name__)
            dispatcher.utter_message(text=messages.FAILED)
            return []
        await record_trend(tracker, notice_type=notice_type, depth=notice_depth(notice_type))
        reachable = form.contact_warning(notice_type, tracker.slots) != form.CONTACT_MISSING
        for line in messages.filed(filed.reference, filed.receipt_code, notice_type, load_profile(), tracker.slots,
                                   reachable=reachable):
            dispatcher.utter_message(text=line)
        dispatcher.utter_message(response="utter_vervolg")
        return slot_changes(tracker, {**_cleared_notice(), TYPE_SLOT: None})


def _status_said(text: str) -> Dict[str, Any]:
    """The reference and the receipt code a message names, wherever in it."""
    reference, rest = reference_in(text)
    code = receipt_code_in(rest)
    return {key: value for key, value in (("status_referentie", reference), ("status_code", code)) if value}



def _reference_just_tried(tracker: Tracker) -> Optional[str]:
    """The reference of the status lookup right before the latest message (a wrong code typed again, "sorry, het is
    ABCD-..." was not understood, KD-15)."""
    seen_message = last_action_seen = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            seen_message = True
        elif seen_message and not last_action_seen and event.get("event") == "action" \
                and event.get("name") != "action_listen":
            if event.get("name") != STATUS_ACTION:
                return None
            last_action_seen = True
        elif last_action_seen and event.get("event") == "slot" and event.get("name") == "status_referentie" \
                and event.get("value"):
            return event["value"]
    return None


class ValidateStatusForm(SafeFormValidationAction):
    """Reference number and receipt code, read forgivingly (case, spaces, dashes), also from the
    message that asked for the status and together in one message."""

    def name(self) -> Text:
        return "validate_status_form"

    async def extract_status_referentie(self, dispatcher, tracker: Tracker, domain) -> Dict[str, Any]:
        if tracker.get_slot("status_referentie"):
            return {}
        said = _status_said(tracker.latest_message.get("text") or "")
        reference = _reference_just_tried(tracker) if "status_code" in said and "status_referentie" not in said else None
        return {**said, "status_referentie": reference} if reference else said  # a code typed again after a failed lookup

    async def validate_status_referentie(self, value, dispatcher, tracker, domain) -> Dict[str, Any]:
        said = _status_said(str(value))
        if "status_referentie" not in said:
            dispatcher.utter_message(text=messages.STATUS_BAD_INPUT)
        return {"status_referentie": None, **said}

    async def validate_status_code(self, value, dispatcher, tracker, domain) -> Dict[str, Any]:
        # No code, or none to give: said why, not looked up (no failed attempt counted), and the form ends (it asked
        # for the code again and again). An earlier button ("Nee, bedankt") was looked up as the code.
        # (a code inside a sentence: "ik heb alleen mijn code nog, het nummer ben ik kwijt: A4DG-F89C-2NPR-VWQH" was
        # kept whole, and the right pair was then not found)
        code = normalise_receipt_code(str(value)) or receipt_code_in(str(value))
        if code is None and LOST_CODE.search(str(value)) and not is_payload(str(value)):
            dispatcher.utter_message(text=messages.STATUS_LOST_CODE)
            return {"status_code": NO_CODE_GIVEN}
        if code is None and (is_payload(str(value)) or NO_CODE.search(str(value)) or anonymous_wish(str(value)) is False):
            dispatcher.utter_message(text=messages.STATUS_NO_CODE)
            return {"status_code": NO_CODE_GIVEN}
        if code is None and len(str(value).split()) >= 3 and not re.search(r"\d", str(value)):
            dispatcher.utter_message(text=messages.STATUS_NOT_A_CODE)  # words, not a code: no failed attempt counted
            return {"status_code": None}
        # A code that cannot be one is kept as typed: the lookup answers it like any wrong code.
        return {"status_code": code or str(value)}


class ActionMeldingStatus(Action):
    def name(self) -> Text:
        return STATUS_ACTION

    @never_raises
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict) -> List[Dict[str, Any]]:
        reference, code = tracker.get_slot("status_referentie"), tracker.get_slot("status_code")
        if code == NO_CODE_GIVEN:  # the validation said why it cannot be looked up
            return [SlotSet("status_referentie", None), SlotSet("status_code", None)]
        try:
            found = await asyncio.to_thread(lookup_status, reference, code)
        except StorageUnavailable:
            dispatcher.utter_message(text="Ik kan de status nu niet opvragen. Probeer het later nog eens.")
        else:
            dispatcher.utter_message(text=status_text(found))
        return [SlotSet("status_referentie", None), SlotSet("status_code", None)]
