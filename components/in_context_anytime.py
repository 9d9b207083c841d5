"""The first stages of components/in_context.py: safety, a notice wanted or not, the questions with an answer of their
own (most at any moment, inside a form too), and violence. Each gives the intent the message has where it is said, or
None for the next stage."""
from __future__ import annotations

import re
from typing import Any, Dict, Optional, Text

from rasa.shared.core.events import UserUttered
from rasa.shared.nlu.constants import INTENT, PREDICTED_CONFIDENCE_KEY

from bot.amounts import parse_amount, without_rule_amounts
from bot.follow_up_answers import MUST_REPORT, REPORTED_HERE
from bot.notices.receipts import receipt_code_in
from bot.notices.references import reference_in
from bot.payloads import is_payload
from bot.said.facts import yes_no_said
from bot.said.notices import (HEARD_NOTHING, REPORTED, add_to_notice_asked, adding_asked, adviser_wished, anonymous_wish,
                              code_lost_said, heard_nothing_said, no_notice_said, notice_type_said, official_said,
                              official_wish, stop_first, talk_wished, what_now_asked, who_reported_asked)
from bot.said.others import for_myself_said
from bot.said.questions import (RELATIONSHIP_ASKED, contacts_asked, debts_said, forget_asked, forget_possible_asked,
                                forget_word_said, not_given_asked, one_adviser_asked, privacy_asked, relationship_asked,
                                reporter_sought, what_if)
from bot.said.safety import (crisis_said, danger_said, home_violence_said, reprisal_feared, reprisal_for_report,
                             threat_told)
from bot.themes import OTHERS_CONDUCT, SUBJECTS, THEMES
from components.in_context_base import (FALLBACK, FAQ, FOLLOW_UP_KEY, GIFT, HOME_VIOLENCE_ANSWER, INFORMATION, INVITATION,
                                        LONGER_THAN_A_NO, RESPONSE_SELECTOR, UNWANTED_BEHAVIOUR, Context, faq_answer,
                                        next_guess_or, notice_sent)

# ("Ik wil het nu laten registreren" after a side job's advice got the choice of someone else's conduct, OB-08)
WANTS_TO_REPORT = re.compile(r"\bik wil (?:\w+ ){0,3}(?:een (?:officiële )?(?:melding|klacht) (?:doen|maken|indienen)|(?:het|dit|dat) "
                             r"(?:\w+ )?(?:melden|(?:laten )?registreren)|(?:wel |toch )?melden dat)\b", re.I)
REPORT_WORD = re.compile(r"\b(?:meld\w*|gemeld|rapporte\w*|aangifte|klacht\w*|indien\w*|doorgeven|aankaarten)\b", re.I)
REPORTING_NAMED = re.compile(r"\b(?:klokkenluider\w*|misstand\w*|melder\w*|beschermd|bescherming|benadeeld|wraak|"
                             r"(?:als|omdat|nu|wanneer) ik (?:\w+ ){0,3}(?:meld|gemeld|melden|klaag|aankaart))\b", re.I)
GOING_PUBLIC = re.compile(r"\b(?:naar|bij|met|in) (?:de |een )?(?:pers|krant|media|journalist|openbaarheid)\w*\b|\bopenbaarmak\w*|"
                          r"\bnaar buiten (?:brengen|treden|gaan)\b", re.I)
GOES_ON = re.compile(r"^\W*(?:dus|maar|en|of)\b", re.I)
BOT_NAMED = re.compile(r"\b(?:\w*bot|robot|mens|computer|ai|echt(?:e)? persoon|programma)\b", re.I)
STATUS_FORM, STATUS_ACTION = "status_form", "action_melding_status"
PRIVACY_ANSWER, FORGET_ANSWER = "faq/privacy_chat", "faq/gesprek_wissen"
ANONYMITY_SLOT, ANONYMITY_ANSWER = "melding_anoniem", "faq/anoniem_melden"
DEBTS_ANSWER, ONE_ADVISER_ANSWER = "faq/schulden", "faq/vertrouwenspersoon_kiezen"
THREAT_ANSWER, PROTECTION_ANSWER, HEARD_NOTHING_ANSWER = "faq/bedreiging", "faq/klokkenluider_bescherming", "faq/niets_gehoord"
NOT_GIVEN_ANSWER, REPORTER_ANSWER, RELATIONSHIP_ANSWER = "faq/geen_gegevens", "faq/melder_beschermd", "faq/relatie_collega"
# FAQ answers that need their own words in the message (the model also chose them for other questions)
# ("mijn voorman zei dat het vroeger altijd mocht", "wat als ik me vergis?" got "Word je bedreigd? ... Bel dan meteen 112",
# KC-13, KE-18)
FAQ_WORDS = {DEBTS_ANSWER: debts_said, RELATIONSHIP_ANSWER: lambda text: bool(RELATIONSHIP_ASKED.search(text or "")),
             FORGET_ANSWER: forget_word_said, THREAT_ANSWER: lambda text: threat_told(text) or danger_said(text),
             # ("die zit ook in de app maar reageert nooit", of a manager in the walk-through, got it, ND-13)
             HEARD_NOTHING_ANSWER: lambda text: bool(REPORTED.search(text or "") or HEARD_NOTHING.search(text or ""))}
WHAT_NOW_ANSWER, CHANGE_SENT_ANSWER, CODE_LOST_ANSWER = "faq/na_melding", "faq/melding_intrekken", "faq/code_kwijt"
WHO_KNOWS = re.compile(r"\b(?:naam|anoniem\w*|te horen|weten|te zien|zien|lezen|leest|geheim|herkennen|achter komen)\b", re.I)
REFUSAL_FIRST = re.compile(r"^\W*(?:nee|neen|nope|nah|liever niet|laat maar)\b", re.IGNORECASE)
CALLS_THEMSELVES = re.compile(r"\bik (?:bel|mail|app) (?:\w+ )?zelf\b|\bzelf (?:wel )?(?:bellen|mailen)\b", re.IGNORECASE)
NOT_A_CORRECTION = ("deny", "goodbye", "stop", "thankyou", "nlu_fallback", "out_of_scope")  # as the model reads one
CRISIS_SURE = 0.75  # below it the model's crisis needs the words of bot.said.safety.crisis_said
FORGET = "gesprek_wissen"  # the tracker store deletes the conversation (components/tracker_store.py)


def crisis(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """Thoughts of suicide at any moment: 113 and 112 first; the model's crisis alone, unsure, is none."""
    if crisis_said(c.text):
        return "crisis"
    # the model alone, unsure, on words like "ik wil gewoon weten wat ik moet doen" (0.69): its next guess
    # where that is a guess at all, else not understood
    if c.found == "crisis" and (parse_data.get(INTENT) or {}).get(PREDICTED_CONFIDENCE_KEY, 1.0) < CRISIS_SURE:
        return next_guess_or(parse_data, "crisis", "nlu_fallback")
    return None


def wish_to_report_or_not(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """A notice wanted or not: a refusal the model read as a wish to report; after the advice, a question read as a
    wish to report or a stop, and a wish to report read as anything else."""
    # "nee ik bel zelf wel. moet de vertrouwenspersoon het doorgeven aan mijn baas?" started a contact request
    if c.found == "melding_doen" and CALLS_THEMSELVES.search(c.text) \
            and "?" not in c.text:  # "Laat maar, ik bel zelf de vertrouwenspersoon"
        return "human_handoff"  # started a contact request (DC-11): the numbers instead
    if c.found == "melding_doen" and (REFUSAL_FIRST.match(c.text) and not official_said(c.text) and not notice_type_said(c.text)
                                      or no_notice_said(c.text)):  # "ik wil ... ook geen melding" started one (AI-08)
        if c.in_notice_form and no_notice_said(c.text):  # inside one it stops it
            return "stop"  # ("ik wil geen melding doen!" got "Dat kan ik niet goed lezen" at the date, FE-10)
        if talk_wished(c.text):  # "ik wil echt niet dat er een melding komt, kan ik gewoon even praten?" started a contact
            return "human_handoff"  # request (KD-12): the people to talk to
        return next_guess_or(parse_data, "melding_doen", "deny")
    # a question after the advice read as a stop, a no or a goodbye ("maar als hij hem verwijdert hoef ik het toch niet meer
    # te melden?" got "Oké, ik stop hiermee", GE-05)
    # (also a short one that goes on: "dus nee?" got "Tot ziens!", KC-13)
    # ("Dus het antwoord is nee?" got "Ik ben een chatbot, geen mens", LC-08)
    said_bot = c.found == "bot_challenge" and BOT_NAMED.search(c.text)
    if c.after_advice and c.found in ("stop", "deny", "goodbye", "bot_challenge") and not said_bot and "?" in c.text \
            and not stop_first(c.text) \
            and (len(c.text.split()) > LONGER_THAN_A_NO or GOES_ON.match(c.text)) and not WANTS_TO_REPORT.search(c.text):
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    # a question after the advice read as a wish to report without a word of reporting ("krijg ik dan een aantekening in mn
    # personeelsdossier? ik wil niet dat ze denken dat ik fraudeer" started a notice of suspected wrongdoing, FE-10)
    if c.after_advice and c.found == "melding_doen" and "?" in c.text and not REPORT_WORD.search(c.text):
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    # whether one must report, read as a wish to report, whenever a theme is talked about (after a notice was stopped, "is
    # melden verplicht?" started its form again, OA-06): the theme's answer
    # (also read as the status: "is die melding verplicht?" asked for a notice's number, QB-10)
    if c.found in ("melding_doen", "status_melding") and "?" in c.text and MUST_REPORT.search(c.text) and c.theme in THEMES \
            and not c.loop \
            and not WANTS_TO_REPORT.search(c.text):
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    # a wish to report after the advice, read as a no, another theme or not understood ("nee, geen contactverzoek, ik wil
    # een melding doen" got "Tot ziens!", HA-08; "ik wil wel melden dat die man dit vaker doet, maar zonder mijn naam ...
    # kan dat?" got "Gaat het vooral om ...?", JE-16): the notice, with what was said
    if c.after_advice and c.found in ("deny", "goodbye", "stop", *THEMES, "nlu_fallback", "faq") \
            and WANTS_TO_REPORT.search(c.text) and not no_notice_said(c.text):
        return "melding_doen"
    # a wish to report officially after the advice, whatever else the message asks (it started another theme, AI-04)
    if c.after_advice and c.found != "melding_doen" and official_wish(c.text):
        return "melding_doen"
    return None


def asked_at_any_moment(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """Questions with an answer of their own at any moment, most inside a form too: what the bot does not give, the
    advisers, deleting the conversation, a relationship at work, privacy, a threat to the user."""
    if not_given_asked(c.text):  # a colleague's details, the notices, other instructions
        return faq_answer(parse_data, NOT_GIVEN_ANSWER)
    # the advisers, not the advice to talk to the person (OB-13); at a summary, see `at_summary`
    if adviser_wished(c.text) and not c.loop and not c.at_summary and "?" not in c.text:
        return "human_handoff"
    if contacts_asked(c.text) and not c.in_notice_form:  # the adviser's number was
        return "human_handoff"  # refused as a colleague's details (DC-11)
    if forget_possible_asked(c.text):  # "kan ik het gesprek wissen als ik klaar ben?": how, and a button to do it now
        return faq_answer(parse_data, FORGET_ANSWER)
    if forget_asked(c.text):  # "verwijder dit gesprek": inside a form too
        return FORGET
    if c.found not in ("crisis", "stop", "gesprek_wissen") and not c.loop \
            and relationship_asked(c.text):  # "mag ik met een collega daten?" got the questions on behaviour (GC-17)
        return faq_answer(parse_data, RELATIONSHIP_ANSWER)
    if one_adviser_asked(c.text):  # "alleen de externe vertrouwenspersoon": all of them read a contact request
        return faq_answer(parse_data, ONE_ADVISER_ANSWER)
    # a data leak asked to be reported here, anonymously (it got the chat's privacy, GE-04): the answer after its advice
    if c.after_advice and c.theme == INFORMATION and c.tracker.get_slot("geval") == "datalek" \
            and REPORTED_HERE.search(c.text):
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    if privacy_asked(c.text):  # "is dit anoniem?" read as "are you a bot?"; inside a form too
        return faq_answer(parse_data, PRIVACY_ANSWER)
    # a question about a threat to the user in a conversation on another theme than unwanted behaviour (whose advice
    # and walk-through answer it), also inside a notice ("wat als hij me echt iets aandoet? hij weet dat ik het gezien
    # heb" got the answer on anonymity): 112, an adviser today, the police. (A threat told is a story or an answer.)
    if threat_told(c.text) and ("?" in c.text or what_if(c.text)) and c.theme in THEMES \
            and UNWANTED_BEHAVIOUR not in (c.theme, c.found) and not c.in_walk_through:
        return faq_answer(parse_data, THREAT_ANSWER)
    return None


def advice_fact_corrected(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """A fact of a theme's advice told otherwise, outside a form: the advice again, with that fact."""
    # the manager is the one, told after the advice ("haar leidinggevende is degene die haar lastigvalt. bij wie kan ze
    # dan terecht?" got the text on a manager's role, BB-14; "maar het was juist mijn leidinggevende die dat zei" the
    # themes, BC-09): the advice again, without the manager
    said_of_manager = yes_no_said("leidinggevende_betrokken", c.text)  # or not in it after all (BD-10)
    if c.theme in THEMES and not c.loop and said_of_manager is not None \
            and c.tracker.get_slot("leidinggevende_betrokken") is not said_of_manager:
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    # another value of the gift or invitation, said as a no or a goodbye: a correction, as "het was 60 euro" is ("nee, 45
    # euro!" at the offer of a notice got "Tot ziens!", NA-19)
    if c.after_advice and c.theme in (GIFT, INVITATION) and c.found in NOT_A_CORRECTION and "?" not in c.text \
            and parse_amount(without_rule_amounts(c.text)) is not None and not is_payload(c.text):
        return "inform"
    # not for someone else after all ("Nee hoor, het is voor mezelf" got the rules for the municipality's things, DD-06)
    if c.theme in THEMES and not c.loop and c.tracker.get_slot("namens") is True and for_myself_said(c.text):
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    return None


def asked_about_reporting(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """Questions on reporting: a report made elsewhere, who reported, the reporter's protection and anonymity, a notice
    sent."""
    # going public with a wrongdoing: the protection's answer says when that is protected ("Ben ik beschermd als ik nu naar
    # de pers stap?", "mag ik naar de krant met een misstand?" got "verwijs de journalist naar communicatie", QE-18)
    if GOING_PUBLIC.search(c.text) and (REPORT_WORD.search(c.text) or REPORTING_NAMED.search(c.text)) and not c.in_notice_form:
        return faq_answer(parse_data, PROTECTION_ANSWER)
    # a report made elsewhere and nothing heard: what the law promises and whom to ask (BE-09 got the status form's
    # question for a number, then the copier's text); not inside a notice
    at_status = c.loop == STATUS_FORM
    if heard_nothing_said(c.text, at_status) and (at_status or not c.in_notice_form):
        return faq_answer(parse_data, HEARD_NOTHING_ANSWER)
    if reporter_sought(c.text):  # who reported, or a tipster's name (the data-leak text, or a notice's answer, DD-08, DC-16)
        return faq_answer(parse_data, REPORTER_ANSWER)
    # afraid of what reporting a wrongdoing does to oneself, also inside its walk-through: the protection of the law
    # (also after one's own notice or its status, whatever the theme, PE-08; and, said so, at any moment, QE-09)
    if ((c.theme == OTHERS_CONDUCT or c.last == STATUS_ACTION or notice_sent(c.tracker)) and reprisal_feared(c.text)
            or reprisal_for_report(c.text)) and not crisis_said(c.text) and not c.in_notice_form:
        return faq_answer(parse_data, PROTECTION_ANSWER)
    # "komt hij erachter dat ik het gemeld heb?" got the status form or a manager's role; about unwanted behaviour, the
    # advice's own answer (a complaint is no whistleblower's report, whose reporter stays secret)
    if who_reported_asked(c.text) and c.theme == UNWANTED_BEHAVIOUR and not c.loop \
            and not c.after_advice:  # also after another answer ("wordt het dan niet nog erger?" got the
        parse_data[FOLLOW_UP_KEY] = True  # whistleblower's secrecy, AH-07)
        return c.theme
    if who_reported_asked(c.text) and not (c.theme == UNWANTED_BEHAVIOUR and (c.after_advice or c.in_walk_through)):
        return faq_answer(parse_data, ANONYMITY_ANSWER)
    if what_now_asked(c.text) and notice_sent(c.tracker):  # it got the advice to talk to the person first
        return faq_answer(parse_data, WHAT_NOW_ANSWER)
    # "kan ik dat nog toevoegen aan de melding?" (AF-08), also of a notice sent in another conversation (ED-13)
    # (right after its status: "kan ik nog iets aanvullen? ik weet inmiddels de naam" was not understood, KC-21)
    if (add_to_notice_asked(c.text) or c.last == STATUS_ACTION and adding_asked(c.text)) and not c.in_notice_form \
            and not c.at_summary:
        return faq_answer(parse_data, CHANGE_SENT_ANSWER)
    # the number or code typed again right after a failed lookup ("sorry verkeerde code, het is ...", KD-15): looked up
    if c.last == STATUS_ACTION and not c.loop and (receipt_code_in(c.text) or reference_in(c.text)[0]):
        return "status_melding"
    if code_lost_said(c.text) and not c.in_notice_form:  # "kun je de code nog een
        return faq_answer(parse_data, CODE_LOST_ANSWER)  # keer laten zien?" got the text on withdrawing (AD-09)
    at_anonymity = c.in_notice_form and c.tracker.get_slot("requested_slot") == ANONYMITY_SLOT
    if at_anonymity and "?" in c.text and WHO_KNOWS.search(c.text):  # "krijgt mijn teamleider te horen dat ik het was?"
        return faq_answer(parse_data, ANONYMITY_ANSWER)  # got "Dat kan ik niet goed lezen"
    # "met naam is ok, de vertrouwenspersoon mag het weten, hij niet" got the advisers' contacts and the question again
    if at_anonymity and c.found not in ("affirm", "deny") and anonymous_wish(c.text) is not None:
        return "inform"
    return None


def _faq_chosen(parse_data: Dict[Text, Any]) -> Optional[str]:
    """The FAQ answer the selector chose for this message."""
    return (((parse_data.get(RESPONSE_SELECTOR) or {}).get(FAQ) or {}).get("response") or {}).get("intent_response_key")


def faq_by_its_words(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """The FAQ answers that need their own words (`FAQ_WORDS`): given for those words, not for the model's choice alone."""
    if debts_said(c.text) and not c.loop and c.found != "dilemma_vermoeden_misstand":
        return faq_answer(parse_data, DEBTS_ANSWER)  # "ik heb flinke schulden, moet ik dat melden?" got the side-job notice
    # the FAQ on debts or on a relationship chosen without a word of either (a second nationality and crypto got "Je hoeft
    # je er niet voor te schamen", also after "Ik heb geen schulden", HD-04, HD-07; "geldt die gedragscode voor een
    # wethouder?" got the answer on a relationship, HD-16): the advice's follow-up, else the model's next theme
    if c.found == FAQ and _faq_chosen(parse_data) in FAQ_WORDS and not FAQ_WORDS[_faq_chosen(parse_data)](c.text):
        if c.after_advice:
            parse_data[FOLLOW_UP_KEY] = True
            return c.theme
        return next_guess_or(parse_data, FAQ, "nlu_fallback", themes_only=True)
    # the whistleblower's protection chosen in one's own dilemma, after its advice or notice ("word ik nu ontslagen?" after
    # registering one's own side job and a permit judged for a client, MB-11): the answer on one's own mistake
    if c.found == FAQ and _faq_chosen(parse_data) == PROTECTION_ANSWER and c.theme in SUBJECTS and not c.loop \
            and (c.after_advice or notice_sent(c.tracker)) and not REPORTING_NAMED.search(c.text):
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    return None


def violence_and_danger(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """Violence at home: 112 and Veilig Thuis; acute danger outside a form: unwanted behaviour, whatever else the NLU
    found, and inside a walk-through its answer, so that the form says 112 first."""
    if home_violence_said(c.text):  # "mijn man slaat me": not a colleague's behaviour
        return faq_answer(parse_data, HOME_VIOLENCE_ANSWER)
    if danger_said(c.text, [e.text or "" for e in c.tracker.events if isinstance(e, UserUttered)]):
        # (not inside a notice: it may well tell of a past threat)
        # (also at "Gaat je vraag over ...?": "moet ik 112 bellen?" there got "Het lukt me niet", KD-03)
        if c.after_advice and c.theme == UNWANTED_BEHAVIOUR and not c.loop:  # a follow-up: 112, the facts kept (a longer
            parse_data[FOLLOW_UP_KEY] = True  # one, "het is een inwoner ... ik durf straks niet naar huis te fietsen. wat moet
            return c.theme  # ik doen?", got "Gaat het vooral om ...?", MD-10)
        if c.loop in ("", FALLBACK) and c.found not in (UNWANTED_BEHAVIOUR, "dilemma_vermoeden_misstand"):
            return UNWANTED_BEHAVIOUR
        # inside a walk-through, an answer to its question, whatever the NLU found ("moet ik 112 bellen???"
        # was out of scope): the form's validation says 112 first (actions/common.py)
        if c.in_walk_through and c.found not in ("crisis", "stop"):
            return "inform"
    # a threat to the user read as an own dilemma (a post with one's home address and "die gaan we eens opzoeken" got the
    # rule on posting work information, QD-09): unwanted behaviour
    if threat_told(c.text) and c.found in SUBJECTS and not c.loop and not c.after_advice:
        return UNWANTED_BEHAVIOUR
    return None
