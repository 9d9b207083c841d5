"""The later stages of components/in_context.py: answers to what the bot asked (inside a walk-through, inside a notice,
at the offer of a notice, at its summary, at "Gaat je vraag over ...?"), a stop read by its words, and last resorts.
Each gives the intent the message has where it is said, or None for the next stage."""
from __future__ import annotations

import re
from typing import Any, Dict, Optional, Text

from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY, INTENT_RANKING_KEY

from bot.cases import subject_evidenced
from bot.follow_up_answers import asked_after_advice
from bot.notices.form import CONTACT_REQUEST, FORMS, STORY_FIELDS, field_named, field_of_value
from bot.payloads import is_payload
from bot.said.cues import FAREWELL
from bot.said.facts import CHOICES, behaviour_said, choice_said, theme_denied, yes_no_said
from bot.said.notices import (CORRECTION_AFTER, NOTICE_DROPPED, adviser_wished, anonymous_wish, later_report_said,
                              no_notice_said, pause_said, report_now_said, save_asked, send_said, stop_first, stop_said)
from bot.said.others import colleague_asked_about, not_me_said, others_act_said, own_deed_said
from bot.said.questions import NEW_MATTER, NOT_KNOWN, follow_up
from bot.said.safety import afraid_said, other_matter_told
from bot.themes import OTHERS_CONDUCT, SUBJECTS, THEMES
from components.in_context_base import (ADVICE_ACTION, ASKED_IN_FORM_KEY, ASKING_AFFIRMATION, CHANGE_ACTION,
                                        EARLIER_BUTTON_KEY, FACT_FORMS, FOLLOW_UP_KEY, LONGER_THAN_A_NO, NOTICE_TYPE_SLOT,
                                        OTHER_MATTER_KEY, PAUSE_KEY, SENT_TWICE_KEY, SUBJECT_KEY, THEME_SWITCH,
                                        UNWANTED_BEHAVIOUR, Context, buttons_shown, faq_answer, next_guess_or)

SHORT_ANSWER = 8  # words
FAREWELL_WORDS = 4  # at most, in a goodbye or thanks at a notice's summary ("oké bedankt, doei")
LONGEST_YES = 6  # words, in a yes at a notice's summary ("ja dat klopt zo allemaal wel")
FACT_YES_NO = ("al_aangenomen", "reis_betaald", "veilig_gesprek", "leidinggevende_betrokken", "zelf_getroffen")
ANSWER_FIRST = ((re.compile(r"^\W*(?:weet ik (?:het )?niet|geen (?:flauw )?idee|ik twijfel)\b", re.I), "dont_know"),
                (re.compile(r"^\W*(?:nee|neen|liever niet|niet echt)\b", re.I), "deny"),
                (re.compile(r"^\W*(?:ja|jawel|zeker)\b", re.I), "affirm"))
HELP = re.compile(r"\W*(?:help|hulp|helpen)\W*", re.IGNORECASE)
KEEP_ANSWER, ADVISERS_ANSWER = "faq/melding_bewaren", "faq/vertrouwenspersoon_contact"
REPORT_AFTER_ALL = re.compile(r"\btoch (?:wel|maar) (?:\w+ )?(?:melden|versturen|invullen)\b|\bwil (?:het |dit )?toch (?:wel )?melden\b"
                              # "verstuur hem toch maar" was another stop (ED-15)
                              r"|\b(?:verstuur|stuur|meld) (?:\w+ )?toch (?:maar|wel)\b", re.IGNORECASE)
ABOUT_THE_NOTICE = re.compile(r"\bmelding\b|\bweg\b|\bverstuurd\b|\bbewaard\b|\bverwijderd\b", re.IGNORECASE)
ASKS_FOR_A_PERSON = re.compile(r"^\W*(?:ik wil|kan ik|mag ik|liever|graag|geef|help|mens|iemand|een mens|contact|bel|"
                               r"vertrouwenspersoon|met wie|wie kan|nee)\b", re.IGNORECASE)


def walk_through_answer(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """Inside the walk-through of a theme: its theme denied, one's own deed, an answer the model read as another theme,
    a question its advice answers."""
    if not (c.in_walk_through and c.theme in THEMES):
        return None
    # the walk-through's theme denied ("Het gaat niet om een cadeau, het gaat om zijn bijbaan" was read as the value, FB-01;
    # "er is geen ongewenst gedrag!! stop daarmee" was asked what happened again, FC-03): the theme the words name, else stop
    if theme_denied(c.theme, c.text):
        named = next((i[INTENT_NAME_KEY] for i in parse_data.get(INTENT_RANKING_KEY) or [] if i.get(INTENT_NAME_KEY) in SUBJECTS
                      and i[INTENT_NAME_KEY] != c.theme and subject_evidenced(i[INTENT_NAME_KEY], c.text)), None)
        return named or "stop"
    # a goodbye or thanks ("bedankt, ik ga het proberen", "Prima. Fijne avond." got "Kies ... met een van de knoppen", or
    # "Tot ziens!" and the question again, KC-10, KC-18): the end of the walk-through
    if c.found in ("goodbye", "thankyou") and "?" not in c.text and not any(p.match(c.text) for p, _ in ANSWER_FIRST):
        return "stop"
    # one's own deed in the walk-through of someone else's conduct (FE-07): one's own dilemma about its subject, if known
    if c.loop == "misstand_form" and c.theme == OTHERS_CONDUCT and own_deed_said(c.text):
        subject = c.tracker.get_slot(SUBJECT_KEY)
        return subject if subject in SUBJECTS else "stop"
    # a short answer to the walk-through's question that the model read as another theme ("hij ligt op mijn bureau, niet
    # gebruikt" at "Heb je het al aangenomen?" gave the rules for the municipality's things, DD-06): the form reads it; a
    # yes, no or don't know said first at its yes/no question, with more words ("weet ik niet, hij is vrij dominant ... ik
    # ben pas een jaar in dienst" got the side-job advice, DB-13): that answer
    # (not a theme's button: it chooses that theme, KC-05, KA-15)
    if c.found in THEMES and c.found != c.theme and not NEW_MATTER.search(c.text) and not THEME_SWITCH.search(c.text) \
            and not is_payload(c.text):
        if "?" not in c.text and len(c.text.split()) <= SHORT_ANSWER:
            return "inform"
        # a longer answer read as unwanted behaviour without a word of it ("ik zit niet in de sollicitatiecommissie maar hij
        # wordt wel mijn directe collega ..." at "Wat is jouw rol in de zaak?" got "Wat past het best bij wat er gebeurt?",
        # GC-13)
        if c.found == UNWANTED_BEHAVIOUR and "?" not in c.text and not behaviour_said(c.text):
            return "inform"
        first = next((intent for pattern, intent in ANSWER_FIRST if pattern.match(c.text)), None)
        if first and c.tracker.get_slot("requested_slot") in FACT_YES_NO:
            return first
        # a yes or no in other words ("Het staat nu achter de balie, ingepakt. Ik heb het dus nog niet mee naar huis
        # genomen" got the rule on the municipality's things, LA-08)
        if "?" not in c.text and c.tracker.get_slot("requested_slot") in FACT_YES_NO \
                and yes_no_said(c.tracker.get_slot("requested_slot"), c.text) is not None:
            return "inform"
    # a choice asked, named in words the model read as out of scope ("stalken eigenlijk" at "Wat past het best bij wat er
    # gebeurt?" got "Daar kan ik je helaas niet mee helpen", QD-16): the answer
    asked = c.tracker.get_slot("requested_slot")
    if c.found in ("out_of_scope", "nlu_fallback") and asked in CHOICES and choice_said(asked, c.text):
        return "inform"
    # a question its advice answers ("kan ik hier aangifte van doen?" got the text on this chat's privacy): its answer,
    # then the form's question again (actions/forms.py)
    if "?" in c.text and asked_after_advice(c.theme, c.text):
        parse_data[ASKED_IN_FORM_KEY] = True
        return c.theme
    # a question that reads as another theme ("moet ik hem er eerst zelf op aanspreken?" in the walk-through of a fraud
    # was taken for a side job): the form's own theme
    if c.found in THEMES and c.found != c.theme and (follow_up(c.text) or asked_after_advice(c.theme, c.text)):
        return c.theme
    return None


def _stopped_just_now(tracker: DialogueStateTracker) -> bool:
    """Whether the user's previous message stopped a notice (none is being filled in now)."""
    said = tracker.get_last_event_for(UserUttered)
    return bool(said) and (said.intent or {}).get(INTENT_NAME_KEY) == "stop" and not tracker.get_slot(NOTICE_TYPE_SLOT)


def _sent_twice(tracker: DialogueStateTracker, text: str) -> bool:
    """Whether `text` repeats the user's message before it (the tracker does not hold this one yet); not a short answer
    that two questions in a row may well get ("ja", "weet ik niet")."""
    before = (tracker.latest_message.text or "") if tracker.latest_message else ""
    return len(text.split()) >= 4 and not is_payload(text) and not NOT_KNOWN.search(text) \
        and " ".join(text.split()) == " ".join(before.split())


def inside_notice(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """Inside a notice or at its summary, or right after one was stopped: what is no answer to its question."""
    # right after a notice was stopped, a question about it ("Is de melding nu weg?" started it again, DB-15): that it is
    # not kept
    if "?" in c.text and ABOUT_THE_NOTICE.search(c.text) and _stopped_just_now(c.tracker):
        return faq_answer(parse_data, KEEP_ANSWER)
    # something serious of another matter told inside a notice (harassment by the team leader at "Wanneer was dat?" got
    # "Dat kan ik niet goed lezen", FD-01, GD-01, HD-01; a threat became the date, HD-17): heard, and no answer
    if c.in_notice_form and c.tracker.get_slot(NOTICE_TYPE_SLOT) != CONTACT_REQUEST \
            and c.tracker.get_slot("requested_slot") not in STORY_FIELDS and other_matter_told(c.text):
        parse_data[OTHER_MATTER_KEY] = True
        return "inform"
    # an answer with a wish to tell the rest to a person ("een senior beleidsmedewerker van Ruimte, naam wil ik liever in
    # een gesprek geven" got the advisers' numbers and was lost, the next answer taking its place, JE-16): the answer
    if c.in_notice_form and c.found == "human_handoff" and not ASKS_FOR_A_PERSON.match(c.text):
        return "inform"
    # the same message sent twice inside a notice (the second filled the next field: "Waar: oktober 2026", GD-04, FD-11)
    if c.in_notice_form and _sent_twice(c.tracker, c.text):
        parse_data[SENT_TWICE_KEY] = True
        return "inform"
    in_notice = c.in_notice_form or c.at_summary
    if in_notice and pause_said(c.text):  # "ik word geroepen, ben zo terug" at the summary said goodbye (HA-05): it waits
        parse_data[PAUSE_KEY] = True
        return "inform"
    if in_notice and save_asked(c.text) \
            and not (no_notice_said(c.text) or stop_first(c.text)):  # "kun je dit bewaren?": it cannot
        return faq_answer(parse_data, KEEP_ANSWER)
    # no notice now ("ik wil nu geen melding doen" was kept as the case), or a stop said first at the summary
    if in_notice and no_notice_said(c.text) or c.at_summary and stop_first(c.text):
        return "stop"
    return None


def at_notice_offer(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """Right after the advice, which offers to fill in a notice: taken or put off in words."""
    if c.after_advice and report_now_said(c.text):  # "ok ik meld het wel" said goodbye (DA-12)
        return "melding_doen"
    # "ik zal het tegen die tijd melden": not now
    if c.last == ADVICE_ACTION and c.found in ("melding_doen", "affirm") and (
            later_report_said(c.text) or no_notice_said(c.text)):
        return "deny"
    return None


def _names_a_field(tracker: DialogueStateTracker, text: str) -> bool:
    notice_type = tracker.get_slot("melding_type")
    return notice_type in FORMS and bool(field_named(notice_type, text) or field_of_value(notice_type, text))


def at_summary(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """At a notice's summary or its menu of fields: an earlier turn's button, a correction, a send, and what is no yes."""
    if not c.at_summary:
        return None
    # a button of an earlier turn pressed at a summary ("Ja, nu melden" of another theme dropped the notice, DD-12)
    if is_payload(c.text) and c.text.strip() not in (b["payload"] for b in buttons_shown(c.tracker)):
        parse_data["entities"], parse_data[EARLIER_BUTTON_KEY] = [], True
        return "inform"
    # typed words that the model read as a wish to report: a correction ("ok dan geef ik hem terug. zet aangenomen maar op
    # nee" asked which notice to start, DA-01); so is a change of anonymity, whatever the model read ("eigenlijk toch liever
    # met mijn naam, dan kunnen ze mij bellen als getuige" offered a person to talk to and left the notice unsent, ND-06)
    if (c.found == "melding_doen" or anonymous_wish(c.text) is not None) and not is_payload(c.text):
        return "inform"
    if c.found == "human_handoff" or adviser_wished(c.text):  # the advisers' numbers, and the notice kept for a yes (ND-06)
        return faq_answer(parse_data, ADVISERS_ANSWER)
    if send_said(c.text):
        return "affirm"
    # words read as a goodbye or thanks that are more than one, or name one of its fields or give its date or amount: a
    # correction ("en de uren per week dus 6 tot 8" said goodbye and dropped the notice, FA-04; "wacht ik ga m toch
    # terugbrengen denk ik" too, IC-01, IC-19)
    if c.found in ("goodbye", "thankyou") and (len(c.text.split()) > FAREWELL_WORDS or _names_a_field(c.tracker, c.text)):
        return "inform"
    # a question at the summary is no yes ("voordat ik verstuur: krijgt hij dit te zien?" was sent), nor
    # a typed yes at "Wat wil je aanpassen?" after "nog niet versturen" ("ja hij staat erop" was sent)
    # nor a yes with a correction in it ("zet er ook bij dat we al jaren ruzie hebben, dat is juist het punt" was sent, MB-17)
    # nor a yes that names a field ("aangenomen moet ja zijn" sent the notice with "Aangenomen: nee", OA-17)
    if c.found == "affirm" and ("?" in c.text or _names_a_field(c.tracker, c.text) and not is_payload(c.text)
                                or c.last == CHANGE_ACTION and not is_payload(c.text)
                                or CORRECTION_AFTER.search(c.text) or len(c.text.split()) > LONGEST_YES):
        return "inform"
    return None


def stop_or_not(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """A stop read by its words: "toch wel melden" after one starts the notice again; one that says no stop inside a form
    or at a summary is an answer; a stop said first inside a notice is one."""
    # "ah nee toch wel melden sorry" after a stop got the stop again (CD-04)
    if c.found == "stop" and not c.loop and REPORT_AFTER_ALL.search(c.text):
        return "melding_doen"
    if c.found == "stop" and (c.loop or c.at_summary) and not stop_said(c.text):
        return "inform"
    if c.in_notice_form and stop_first(c.text) or (c.in_notice_form or c.at_summary) and NOTICE_DROPPED.search(c.text):
        return "stop"  # "doe maar niet" as a giver
    return None


def guess_answered(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """A typed yes or no to "Gaat je vraag over ...?" chooses like its buttons (the fallback took any other intent for the
    real one: "ja" accepted the notice offered before it, "nee gewoon over dat kerstpakket" said goodbye, DD-04, DA-08);
    more than a yes or no: the model's next theme, if any, else the question to say it otherwise."""
    if c.last not in ASKING_AFFIRMATION or c.found not in ("affirm", "deny"):
        return None
    guessed = [b["payload"].lstrip("/") for b in buttons_shown(c.tracker)]  # the guess, then "something else"
    if guessed[-1:] != ["out_of_scope"]:
        return None
    if c.found == "affirm" and len(guessed) == 2:
        # someone else's, not one's own ("ja, maar het is de vriend van mijn teamleider, niet van mij" got "Wat is jouw rol
        # in de zaak?", LE-15): someone else's conduct about the theme guessed
        if guessed[0] in SUBJECTS and (not_me_said(c.text) or others_act_said(c.text)):
            parse_data[SUBJECT_KEY] = guessed[0]
            return OTHERS_CONDUCT
        return guessed[0]
    if c.found == "affirm" or len(c.text.split()) <= 2:  # (a yes to several themes chooses none)
        return guessed[-1]
    return next_guess_or(parse_data, c.found, guessed[-1], themes_only=True)


def last_resorts(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """What is left: one's own dilemma said to be a colleague's, "help" alone, fear where a no was read; after the advice,
    a goodbye read by its words and a no with more words."""
    # an own dilemma the user says is a colleague's: someone else's conduct, about the same theme (also where the model
    # found someone else's conduct itself: it named the subject "family" for a colleague's data leak, CA-02)
    if c.theme in SUBJECTS and (not_me_said(c.text) or c.after_advice and (
            colleague_asked_about(c.text) or c.found == c.theme and others_act_said(c.text))) and (
            c.after_advice or c.loop in FACT_FORMS):
        # (the subject the words show: another's inside knowledge after a side job's advice, NE-18)
        parse_data[SUBJECT_KEY] = c.found if c.found in SUBJECTS and subject_evidenced(c.found, c.text) else c.theme
        return OTHERS_CONDUCT
    if HELP.fullmatch(c.text) and not c.loop:  # "help" alone: what the bot can do, with its themes
        return "greet"
    # a short no to an offer whose no is "Nee, dank je" ("nee bedankt" got "Het lukt me niet om je vraag te begrijpen",
    # MA-12): that button
    if c.found == "deny" and c.last != ADVICE_ACTION and len(c.text.split()) <= 3 \
            and "/thankyou" in (b.get("payload") for b in buttons_shown(c.tracker)):
        return "thankyou"
    # "nee dat durf ik niet" outside a form: not a goodbye, but someone to talk to (inside one it answers)
    if c.found in ("deny", "stop", "goodbye") and not c.loop and afraid_said(c.text):
        return "human_handoff"
    # after the advice: a goodbye without a word of one is more on the matter; one the model missed is a goodbye
    if c.after_advice and c.found == "goodbye" and not FAREWELL.search(c.text) and len(c.text.split()) > 3 \
            and not later_report_said(c.text):
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    # (also read as a theme: "top, ik zeg t wel even tegen onze teamleider. doei" got the questions on unwanted behaviour,
    # OA-10)
    if c.after_advice and c.found in ("nlu_fallback", "out_of_scope", *THEMES) and "?" not in c.text and c.text.split() \
            and FAREWELL.fullmatch(c.text.split()[-1].strip(".!")):
        return "goodbye"
    if c.last == ADVICE_ACTION and c.found == "deny" and len(c.text.split()) > LONGER_THAN_A_NO:
        others = [i.get(INTENT_NAME_KEY) for i in parse_data.get(INTENT_RANKING_KEY) or []]
        return next((i for i in others if i not in ("deny", "affirm")), "nlu_fallback")
    return None
