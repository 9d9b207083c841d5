"""Starting a theme and giving the advice of the code of conduct."""
from dataclasses import replace
from typing import Any, Dict, List, Optional

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (NEW_THEME_ACTION, events_since_message, facts_from, in_danger, never_raises, record_trend,
                            sent_before, slot_changes, value_before_message)
from actions.forms import FAILED
from bot.advice import Facts, advice, gift_declined, offered_notice, text
from bot.follow_up_answers import alderman_named, follow_up_answer, hazard_told
from bot.language import english_said
from bot.notices import messages
from bot.profile import Profile, load_profile
from bot.cases import case_followed_up, others_case, subject_evidenced
from bot.said.facts import facts_said, with_entities
from bot.said.others import administrator_said, false_report_said, officer_accused, other_employer_said
from bot.said.questions import several_matters, what_if
from bot.themes import FACT_SLOTS, OTHERS_CONDUCT, THEMES
from bot.trends import advice_depth, advice_perspective, facts_of_theme


class ActionNieuwThema(Action):
    """Remember the theme and forget the facts of an earlier one, except those just said.

    Said means: found as an entity, or stated in so many words ("ik kreeg" a gift: received).
    For someone else's conduct the subject theme is kept as well. A follow-up question to the
    advice keeps the theme and every fact; what it says changes them ("en als ik de bus leen?": the
    case; an entity it names is set by the slot mappings)."""

    def name(self) -> str:
        return NEW_THEME_ACTION

    @never_raises
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        message = tracker.latest_message
        theme = (message.get("intent") or {}).get("name")
        if message.get("vervolg"):  # a follow-up question to the advice (components/in_context.py)
            if what_if(message.get("text") or ""):  # answered for its case, but the real facts stay
                return slot_changes(tracker, {slot: value_before_message(tracker, slot) for slot in _named(message)})
            said = {slot: value for slot, value in facts_said(theme, message.get("text") or "").items() if slot != "geval"}
            if tracker.get_slot("als_leidinggevende") or tracker.get_slot("namens"):  # asking for someone else: "ze heeft
                said.pop("zelf_getroffen", None)  # me gevraagd niks te doen" is no harassment of the manager (IE-16)
            case = case_followed_up(theme, tracker.get_slot("geval"), message.get("text") or "")  # (None: the case stays)
            return slot_changes(tracker, {**said, **({"geval": case} if case else {})})
        if in_danger(tracker):  # first of all: call 112
            dispatcher.utter_message(text=text("escalatie.direct_gevaar", load_profile()))
        elif hazard_told(message.get("text") or ""):  # a danger to people tonight got "vraag je collega hoe die het
            dispatcher.utter_message(text=text("vervolg.gevaar_nu", load_profile()))  # ervaart" alone (AI-12)
        if english_said(message.get("text") or ""):
            dispatcher.utter_message(text=text("invoer.engels_begrepen", load_profile()))
        said = with_entities(facts_said(theme, message.get("text") or ""), _named(message))
        if theme == OTHERS_CONDUCT and not said.get("geval"):  # (the case of the theme just talked about, when it is
            said["geval"] = others_case(message.get("onderwerp"), message.get("text") or "") or (  # someone else's:
                tracker.get_slot("geval") if message.get("onderwerp") == tracker.get_slot("thema") else None)  # CA-02)
        # a manager part of it stays so in this conversation: a follow-up read as another theme sent the user to the
        # manager just reported (AE-10, AE-12)
        if tracker.get_slot("leidinggevende_betrokken") is True and said.get("leidinggevende_betrokken") is not False:
            said["leidinggevende_betrokken"] = True
        if tracker.get_slot("namens") is True and said.get("namens") is not False:  # asking for someone else stays so too
            said["namens"] = True
        # the NLU's subject model names it for someone else's conduct (components/intent_classifier.py)
        await record_trend(tracker, **facts_of_theme(theme, message.get("onderwerp")))
        # the passage on what it is about only where the words say so too (CC-02, CC-15), or where it is the theme just
        # talked about ("ik niet, hij wel" after a gift's advice)
        subject = message.get("onderwerp")
        if subject != tracker.get_slot("thema") and not subject_evidenced(subject, _told_of_theme(tracker)):
            subject = None
        return slot_changes(tracker, {"thema": theme if theme in THEMES else None, "onderwerp": subject,
                                      FAILED: 0, **{slot: said.get(slot) for slot in FACT_SLOTS}})


def _told_of_theme(tracker: Tracker) -> str:
    """What the user typed since the last advice: the messages of the matter now (a choice's answers included)."""
    told: List[str] = []
    for event in tracker.events:
        if event.get("event") == "action" and event.get("name") == "action_advies":
            told = []
        elif event.get("event") == "user":
            told.append(event.get("text") or "")
    return " ".join([*told, tracker.latest_message.get("text") or ""])


def _facts_told(tracker: Tracker) -> bool:
    """Whether the latest message told a fact of the advice (action_nieuw_thema set it after the message)."""
    return any(e.get("event") == "slot" and e.get("name") in FACT_SLOTS for e in events_since_message(tracker))


def _given_just_now(tracker: Tracker, said: List[str]) -> bool:
    """Whether the bot's last turn gave this advice already (a fact told that changed nothing of it got the whole advice
    again, after "Met wat je nu vertelt, is dit mijn advies")."""
    before: List[str] = []
    seen_message = False
    for event in reversed(tracker.events):
        if event.get("event") == "user":
            if seen_message:
                break
            seen_message = True
        elif seen_message and event.get("event") == "bot":
            before.append(event.get("text") or "")
    return all(any(told == part or told.startswith(f"{part}\n\n") for told in before) for part in said)


def _declined(theme: str, facts: Facts, profile: Profile) -> bool:
    """Whether the advice was not to accept a gift ("Neem je het cadeau aan, meld het dan ook ..." contradicted it)."""
    return theme == "dilemma_geschenk" and gift_declined(facts, profile.geschenk_drempel_euro)


def _named(message: Dict[str, Any]) -> Dict[str, Any]:
    """The facts a message names as entities."""
    return {e["entity"]: e.get("value") for e in message.get("entities") or [] if e.get("entity") in FACT_SLOTS}


OFFICER_ROUTE = "gesprek.melding_over_ontvanger"
UNWANTED_BEHAVIOUR = "dilemma_ongewenst_gedrag"


def _not_an_employee(tracker: Tracker, profile: Profile) -> Optional[str]:
    """The text key that says the employees' code or the notice here is not the user's route: working elsewhere, an
    administrator, or a report about the integrity coordinator or a confidential adviser (to whom the notice goes)."""
    told = [e.get("text") or "" for e in tracker.events if e.get("event") == "user"]
    if tracker.get_slot("thema") in (OTHERS_CONDUCT, UNWANTED_BEHAVIOUR) and any(officer_accused(said) for said in told):
        return OFFICER_ROUTE
    if any(administrator_said(said) for said in told):
        return "gesprek.bestuurder_zelf"
    return "gesprek.andere_werkgever" if any(other_employer_said(said, profile.organisatie) for said in told) else None


class ActionAdvies(Action):
    """The advice for the current theme, computed again from the facts as they are now."""

    def name(self) -> str:
        return "action_advies"

    @never_raises
    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        theme = tracker.get_slot("thema")
        if theme not in THEMES:
            dispatcher.utter_message(response="utter_wat_bedoel_je")
            return []
        facts, profile, message = facts_from(tracker), load_profile(), tracker.latest_message
        if message.get("vervolg") and what_if(message.get("text") or ""):  # "en als het 40 euro was?"
            facts = replace(facts, **{**facts_said(theme, message.get("text") or ""), **_named(message)})
        said = advice(theme, facts, profile)
        if message.get("vervolg"):  # a follow-up question: its answer, else the advice again
            answer = follow_up_answer(theme, message.get("text") or "", facts, profile)
            if answer:
                said = [text(answer, profile, facts)]
            elif not what_if(message.get("text") or "") and (not _facts_told(tracker) or _given_just_now(tracker, said)):
                said = [text("gesprek.geen_ander_antwoord", profile, facts)]  # the same advice: no loop
            else:
                dispatcher.utter_message(text=text("gesprek.vervolgvraag", profile, facts))
        notice_type = offered_notice(theme, facts)
        if notice_type in sent_before(tracker):  # asked on after sending: no second offer of it (a duplicate)
            notice_type = None
        if not message.get("vervolg") and several_matters(_told_of_theme(tracker)):  # one answered: say so (CD-08)
            said = [*said, text("gesprek.meer_vragen", profile, facts)]
        if theme == OTHERS_CONDUCT and not message.get("vervolg") and alderman_named(_told_of_theme(tracker)):
            said = [*said, text("vervolg.bestuurder", profile, facts)]  # an alderman's trip got only the employees' route (EC-07)
        if theme == OTHERS_CONDUCT and false_report_said(_told_of_theme(tracker)):  # a report not meant to be true: no
            said, notice_type = [text("gesprek.valse_melding", profile, facts)], None  # help to file it (JD-16)
        elsewhere = _not_an_employee(tracker, profile)
        if elsewhere == OFFICER_ROUTE:  # the steps name the one reported about: the route alone (HB-06 got both)
            said, notice_type = [text(elsewhere, profile, facts)], None
        elif elsewhere:  # the code and its registers are not theirs; someone else's conduct is (BB-09, FB-06)
            said = said if message.get("vervolg") else [text(elsewhere, profile, facts), *said]
            notice_type = notice_type if notice_type == "vermoeden_misstand" else None
        await record_trend(tracker, depth=advice_depth(theme, facts), perspective=advice_perspective(theme, facts))
        if notice_type is None:
            for part in said:
                dispatcher.utter_message(text=part)
            dispatcher.utter_message(response="utter_vervolg")
        else:  # the advice ends in "report it": offer, in its last message, to fill in the notice now
            for part in said[:-1]:
                dispatcher.utter_message(text=part)
            # (no "tell your manager too" where it said not to accept a gift, or where the manager is part of it)
            manager = not _declined(theme, facts, profile) and facts.leidinggevende_betrokken is not True
            dispatcher.utter_message(
                text=f"{said[-1]}\n\n{messages.offer(notice_type, profile, manager=manager)}",
                buttons=messages.offer_buttons(notice_type),
            )
        return [SlotSet("melding_aangeboden", notice_type is not None)]
