"""Validation of the forms that collect the facts an advice needs.

An answer that cannot be read is asked again; from the second failure in a row the user is
offered a way out: "Weet ik niet" where the advice can do without the fact, and "Stoppen".
That holds for every kind of question: an amount, yes or no, and a choice between buttons."""
import json
import re
from abc import abstractmethod
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.common import SafeFormValidationAction, facts_from, never_raises, theme_message, value_before_message
from bot.advice import BRIBE, EMPLOYER_SCHEME, SEVERE_BEHAVIOUR, text as advice_text
from bot.amounts import count_total, items_total, more_than, parse_amount, several_amounts
from bot.cases import case_said
from bot.follow_up_answers import follow_up_answer
from bot.notices.form import no_answer, yes_or_no
from bot.patterns import words
from bot.payloads import is_payload, sent_payload
from bot.profile import load_profile
from bot.said.facts import NO_TRAVEL, TALKED, already_talked, choice_said, per_person, yes_no_said
from bot.said.others import ACCUSED
from bot.said.questions import NOT_KNOWN, what_if

UNKNOWN = "onbekend"
WORDS_WIN = ("leidinggevende_betrokken", "zelf_getroffen", "veilig_gesprek")  # yes/no questions whose words say more
FAILED = "vraag_mislukt"
YES_NO_AGAIN = "Kies Ja of Nee, of gebruik de knoppen."
GIVER_AGAIN = "Dat lees ik niet als een naam. Wie is het: een leverancier, een inwoner, een bedrijf? Of kies Weet ik niet."
CHOOSE_AGAIN = "Dat kan ik niet plaatsen. Kies het antwoord dat het best past met een van de knoppen."
STUCK = "Het lukt niet zo. Wil je deze vraag overslaan, of stoppen?"
STUCK_REQUIRED = "Het lukt niet zo. Kies Ja of Nee, of stop. Er is dan niets vastgelegd."


def _without(slot: Text, slots: List[Text]) -> List[Text]:
    return [name for name in slots if name != slot]


def _answered(slot: Text, value: Any) -> Dict[Text, Any]:
    return {slot: value, FAILED: 0}


def _failed(dispatcher: CollectingDispatcher, tracker: Tracker, slot: Text, again: Dict[Text, Any],
            can_skip: bool) -> Dict[Text, Any]:
    """Ask again (`again`: the message's arguments); from the second failure offer a way out."""
    failures = (tracker.get_slot(FAILED) or 0) + 1
    if failures < 2:
        dispatcher.utter_message(**again)
    elif can_skip:
        dispatcher.utter_message(text=STUCK, buttons=[{"title": "Weet ik niet", "payload": "/dont_know"},
                                                     {"title": "Stoppen", "payload": "/stop"}])
    else:
        dispatcher.utter_message(text=STUCK_REQUIRED, buttons=[{"title": "Ja", "payload": "/affirm"},
                                                              {"title": "Nee", "payload": "/deny"},
                                                              {"title": "Stoppen", "payload": "/stop"}])
    return {slot: None, FAILED: failures}


# ("2e" got "Dat kan ik niet plaatsen", LE-16)
_ORDINAL = re.compile(r"\b(?:het|de|nummer|optie|knop) (eerste|tweede|derde|vierde|vijfde|laatste)\b"
                      r"|^\W*([1-5])(?:e|ste|de)?\W*$|\b(?:de|het|nummer|nr|optie|knop)\.? ([1-5])(?:e|ste|de)?\b", re.IGNORECASE)
_ORDINALS = {"eerste": 0, "tweede": 1, "derde": 2, "vierde": 3, "vijfde": 4, "laatste": -1,
             **{str(place): place - 1 for place in range(1, 6)}}


def _button_value(domain: DomainDict, slot: Text, typed: Text) -> Optional[Text]:
    """The value of the button of `slot`'s question whose title or value was typed, or which was
    named by its place in a short answer ("het tweede denk ik"), else None."""
    typed = typed.strip().lower()
    values = []
    for button in domain["responses"][f"utter_ask_{slot}"][0]["buttons"]:
        payload = sent_payload(button)  # '/inform{"relatie": "familie"}'
        values.append(json.loads(payload[payload.index("{"):])[slot])
        if typed in (button["title"].lower(), values[-1].lower()):
            return values[-1]
    place = _ORDINAL.search(typed) if len(typed.split()) <= 8 else None
    index = _ORDINALS[next(group for group in place.groups() if group).lower()] if place else None
    return values[index] if index is not None and index < len(values) else None


def _recognised(tracker: Tracker, slot: Text, value: Any) -> bool:
    """Whether `value` is what the NLU found as the entity `slot` (a button, or a word like "zwager")."""
    return any(e.get("entity") == slot and e.get("value") == value
               for e in tracker.latest_message.get("entities", []))


_NEGATED = re.compile(r"\b(?:geen|niet)\s+(?:echt\s+|eens\s+|meer\s+)?(?:be)?(\w+)", re.IGNORECASE)


def _denied(value: Text, text: Text) -> bool:
    """Whether the words deny the choice the NLU found in them ("wij zijn geen vrienden, we hebben
    juist ruzie" was stored as a friend)."""
    return any(word.lower().startswith(value.lower()[:5]) for word in _NEGATED.findall(text) if len(value) >= 4)


class FactFormValidation(SafeFormValidationAction):
    """Typed answers to the fact forms: yes or no ("ja hoor", "nee nog niet", or in other words:
    "ik durf het niet"), and the choices asked with buttons (a button's title typed, words that
    name a choice such as "hij kleineert me", or "weet ik niet"). A question the advice answers,
    asked before it (components/in_context.py marks it), gets its answer before the question again."""

    @never_raises
    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict):
        typed = tracker.latest_message.get("text") or ""
        if tracker.latest_message.get("vervolg") and what_if(typed):  # "en als het 60 euro was?": answered for its case,
            # but the form read the entity again after action_nieuw_thema kept the real value (€ 60 went into the notice of
            # a € 30 book, PA-19)
            return [SlotSet(slot, value_before_message(tracker, slot)) for slot in tracker.slots_to_validate()]
        if not tracker.latest_message.get("vraag_in_formulier"):
            return await super().run(dispatcher, tracker, domain)
        facts, profile = facts_from(tracker), load_profile()
        key = follow_up_answer(tracker.get_slot("thema"), tracker.latest_message.get("text") or "", facts, profile)
        if key:
            dispatcher.utter_message(text=advice_text(key, profile, facts))
        # the question is no answer ("Dat lees ik niet als een naam" came after its answer): the form asks again
        return [SlotSet(slot, None) for slot in tracker.slots_to_validate()]

    def _yes_no(self, slot: Text, value: Any, dispatcher, tracker, can_skip: bool) -> Dict[Text, Any]:
        typed = tracker.latest_message.get("text") or ""
        # "nee, het is mn baas" says yes: the NLU's no is overruled where the words are unambiguous
        said = yes_no_said(slot, typed) if slot in WORDS_WIN and not is_payload(typed) else None
        answer = said if said is not None else value if value in (True, False, UNKNOWN) else yes_or_no(str(value))
        if answer is None:
            answer = yes_no_said(slot, str(value))  # "ik durf het niet": not safe to talk
        if answer is None and NOT_KNOWN.match(typed.strip()):  # "weet ik niet, het kan iedereen uit het team zijn, ook
            answer = UNKNOWN  # de teamleider" got "Kies Ja of Nee" (JB-03)
        if answer is not None:
            return _answered(slot, answer)
        return _failed(dispatcher, tracker, slot, {"text": YES_NO_AGAIN}, can_skip)

    def _choice(self, slot: Text, value: Any, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if isinstance(value, str) and _denied(value, tracker.latest_message.get("text") or ""):
            return _failed(dispatcher, tracker, slot, {"text": CHOOSE_AGAIN}, can_skip=True)
        if value == UNKNOWN or _recognised(tracker, slot, value):
            return _answered(slot, value)
        typed = _button_value(domain, slot, str(value)) or choice_said(slot, str(value))
        if typed is not None:
            return _answered(slot, typed)
        return _failed(dispatcher, tracker, slot, {"text": CHOOSE_AGAIN}, can_skip=True)

    def _choice_in_words(self, slot: Text, tracker: Tracker, domain: DomainDict) -> Dict[Text, Any]:
        """The choice asked now, named in words that the NLU took for something the slot mappings
        leave out ("een vermoeden van een misstand" read as the FAQ, which then answered and the
        question came again). A question ("wat is een misstand?") is left to the FAQ."""
        text = (tracker.latest_message.get("text") or "").strip()
        if tracker.get_slot("requested_slot") != slot or tracker.get_slot(slot) is not None or text.endswith("?"):
            return {}
        value = _button_value(domain, slot, text) or choice_said(slot, text)
        return {slot: value} if value else {}

    async def extract_relatie(self, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._choice_in_words("relatie", tracker, domain)

    async def extract_eigen_rol(self, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._choice_in_words("eigen_rol", tracker, domain)

    async def extract_gedragsvorm(self, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._choice_in_words("gedragsvorm", tracker, domain)

    async def extract_misstand_soort(self, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._choice_in_words("misstand_soort", tracker, domain)

    async def validate_gever(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if isinstance(value, str) and value != UNKNOWN and no_answer(value):
            return _failed(dispatcher, tracker, "gever", {"text": GIVER_AGAIN}, can_skip=True)
        # a case told with it, as in a first message ("bouwbedrijf, hun omgevingsvergunning loopt nog bij mij" got "Je weet
        # de waarde niet precies", GC-03)
        case = case_said(tracker.get_slot("thema"), tracker.latest_message.get("text") or "")
        return {**_answered("gever", value), **({"geval": case} if case and tracker.get_slot("geval") is None else {})}

    async def validate_relatie(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._choice("relatie", value, dispatcher, tracker, domain)

    async def validate_eigen_rol(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._choice("eigen_rol", value, dispatcher, tracker, domain)

    async def validate_gedragsvorm(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._choice("gedragsvorm", value, dispatcher, tracker, domain)

    async def validate_misstand_soort(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._choice("misstand_soort", value, dispatcher, tracker, domain)

    async def validate_al_aangenomen(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._yes_no("al_aangenomen", value, dispatcher, tracker, can_skip=False)

    async def validate_reis_betaald(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        if value == NO_TRAVEL:  # an event near by (bot/said/facts.py): nothing to ask
            return _answered("reis_betaald", value)
        return self._yes_no("reis_betaald", value, dispatcher, tracker, can_skip=True)

    async def validate_veilig_gesprek(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        # "ja, hebben we eigenlijk al gedaan, maar hij ziet het probleem niet": step 1 said to talk to him (AD-10)
        if any(already_talked(said) for said in (tracker.latest_message.get("text") or "", str(value))):
            return _answered("veilig_gesprek", TALKED)
        return self._yes_no("veilig_gesprek", value, dispatcher, tracker, can_skip=True)

    async def validate_leidinggevende_betrokken(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._yes_no("leidinggevende_betrokken", value, dispatcher, tracker, can_skip=True)

    async def validate_zelf_getroffen(self, value, dispatcher, tracker, domain) -> Dict[Text, Any]:
        return self._yes_no("zelf_getroffen", value, dispatcher, tracker, can_skip=False)


FEW_EUROS = words(r"(?:paar|enkele) (?:euro|tientjes)", r"(?:niet|weinig) (?:veel|duur)", r"(?:klein|goedkoop) (?:dingetje|iets)")


class ValidateGeschenkForm(FactFormValidation):
    def name(self) -> Text:
        return "validate_geschenk_form"

    async def required_slots(
        self, domain_slots: List[Text], dispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        if tracker.get_slot("geval") in (BRIBE, EMPLOYER_SCHEME):  # no gift from another: nothing of it to ask
            return []
        # A discount, favour or cash gets its advice whatever it is worth.
        if tracker.get_slot("soort_gift") in ("korting", "gunst", "geld"):
            return _without("bedrag", domain_slots)
        return domain_slots

    async def validate_bedrag(
        self, value: Any, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> Dict[Text, Any]:
        typed = tracker.latest_message.get("text") or ""
        total = count_total(theme_message(tracker), typed) if not is_payload(typed) else None
        if total is not None:  # "6 flessen" before, "15 euro per fles" now: the whole (AH-01)
            return _answered("bedrag", f"{total} euro")
        split = {"per_persoon": True} if per_person(typed) else {}  # "het kost per persoon zo'n 45 euro"
        if not is_payload(typed) and (items_total(typed) is not None or more_than(typed) or several_amounts(typed)):
            return _answered("bedrag", typed)  # "6 flessen van een tientje", "meer dan 50": the entity was "een tientje", "50";
            # "30 of 500": it was 30, "Je mag het aannemen" (HE-13)
        if value == UNKNOWN or parse_amount(str(value)) is not None:
            return {**_answered("bedrag", value), **split}
        if parse_amount(typed) is not None and not is_payload(typed):  # "een euro of 30": the entity was "een euro"
            return {**_answered("bedrag", typed), **split}
        # "paar euro waard denk ik", "geen idee, een fles champagne": no number, but an answer (it was asked again and
        # again; "Dat bedrag kan ik niet lezen", AA-07)
        if FEW_EUROS.search(typed) or NOT_KNOWN.search(typed):
            return {**_answered("bedrag", UNKNOWN), **split}
        return _failed(dispatcher, tracker, "bedrag", {"response": "utter_bedrag_onbegrepen"}, can_skip=True)


class ValidateUitnodigingForm(FactFormValidation):
    def name(self) -> Text:
        return "validate_uitnodiging_form"


class ValidateBelangenForm(FactFormValidation):
    def name(self) -> Text:
        return "validate_belangen_form"


class _TalkFirstOnlyWhereWise(FactFormValidation):
    """A walk-through form that never asks whether the user can talk to the person first
    where that is unsafe or unwise (`skip_talk`)."""

    @abstractmethod
    def skip_talk(self, tracker: Tracker) -> bool:
        """Whether the question about talking to the person first is left out."""

    async def required_slots(
        self, domain_slots: List[Text], dispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        slots = _without("veilig_gesprek", domain_slots) if self.skip_talk(tracker) else domain_slots
        # a manager asking about an employee is that employee's manager ("Is je leidinggevende zelf bij de zaak
        # betrokken?" right after "ik ben haar leidinggevende", AC-09)
        return _without("leidinggevende_betrokken", slots) if tracker.get_slot("als_leidinggevende") is True else slots


class ValidateOngewenstForm(_TalkFirstOnlyWhereWise):
    def name(self) -> Text:
        return "validate_ongewenst_form"

    def skip_talk(self, tracker: Tracker) -> bool:
        # harassment and threats: unsafe
        return tracker.get_slot("gedragsvorm") in SEVERE_BEHAVIOUR

    async def required_slots(
        self, domain_slots: List[Text], dispatcher, tracker: Tracker, domain: DomainDict
    ) -> List[Text]:
        slots = await super().required_slots(domain_slots, dispatcher, tracker, domain)
        # a resident or client: no talk with them, and the manager is no party; the user accused: the
        # advice is the same whatever the behaviour
        if tracker.get_slot("zelf_getroffen") == ACCUSED:
            return [s for s in slots if s == "zelf_getroffen"]
        if tracker.get_slot("als_leidinggevende") is True:  # a manager asking about the team: the manager's steps
            return [s for s in slots if s not in ("veilig_gesprek", "zelf_getroffen")]
        if tracker.get_slot("van_buiten") is True:
            return [s for s in slots if s not in ("veilig_gesprek", "leidinggevende_betrokken")]
        return slots


class ValidateMisstandForm(_TalkFirstOnlyWhereWise):
    def name(self) -> Text:
        return "validate_misstand_form"

    def skip_talk(self, tracker: Tracker) -> bool:
        # a suspected wrongdoing (also when the user does not know which it is, as the advice
        # then takes it for one): talking first could warn a suspect and lose evidence
        return tracker.get_slot("misstand_soort") in ("misstand", UNKNOWN)
