"""A message read in the light of what the bot just did or asked.

The NLU sees one message and no conversation. Some messages mean something else where they are
said, and taking them as the NLU found them lost a notice or the thread:
- a short question right after the advice goes on about that advice ("moet ik het teruggeven?"
  was taken for a side job, "wat moet ik dan tegen haar zeggen?" answered with the civil servant's
  oath): it gets the advice's theme, marked `vervolg`, so the facts already told are kept
  (actions/advice.py) and it gets its answer (bot/follow_up_answers.py) or the advice again; asked inside
  the walk-through, before the advice ("kan ik hier aangifte van doen?"), its answer comes before the
  form's question; more about the same matter told at length with a question, or private use of the
  municipality's things after the advice on a private discount, is a question to that advice too (the
  theme started anew and asked its questions again, or "Kort gezegd: dat mag" came for the discount);
- a button of an earlier turn pressed at a notice's summary is no choice (a notice of another kind started, and the
  one filled in was lost);
- "verstuur maar" at a notice's summary or its menu of fields sends it (it read as stop, and the
  notice was dropped); a question or "toch liever anoniem" there is no yes, nor a typed "ja ..." at
  the menu of fields (notices were sent so);
- "kun je dit bewaren?" inside a notice or at its summary gets that it cannot (it was read as an answer);
  "ik wil nu geen melding doen" inside a notice or "niet versturen" at its summary stops it (the first
  was kept as the case), and "ik meld het wel als het zover is" at the offer of a notice declines it;
- a stop that says no stop in words ("mail maar", "nee heb ik toch gezegd, onbetaald") inside a
  form or at a summary is an answer, not the end of what was filled in (`bot.said.notices.stop_said`);
- a typed yes or no to "Bedoel je ...?" chooses like its buttons, a no with more words the model's next theme; "ok ik
  meld het wel" at the offer of a notice takes it;
- "het is voor mezelf" after advice asked for someone else gets the advice again, for oneself; a short answer inside a
  walk-through that the model read as another theme is the answer to its question;
- "nee, ik denk dat hij me probeert om te kopen" after the advice is not a plain no (which says
  goodbye): the best other intent the NLU found;
- acute danger ("hij heeft een mes") outside a form is unwanted behaviour, whatever else the NLU
  found, and inside a walk-through its answer, so that the form says 112 first; thoughts of
  suicide ("ik wil er niet meer zijn") are a crisis anywhere, but the model's crisis alone below
  0.75 is not ("ik wil gewoon weten wat ik moet doen" got 113);
- "wat gebeurt er nu?" after a notice was sent gets what happens next (it got the advice to talk to the person);
- "komt hij erachter dat ik het was?" gets the answer about anonymous notices (it got the status form); "wie heeft die
  melding gedaan?" or a tipster's name to leave out, that reporters and their helpers are protected;
- "alleen de externe vertrouwenspersoon" gets that a contact request goes to all of them, and how to reach one
  (the request went to both, unsaid);
- "is dit anoniem?", "kan ICT dit lezen" get the answer about this chat's privacy
  (they were taken for "are you a bot?" or fell back); violence at home ("mijn man slaat me") gets
  112 and Veilig Thuis (it got the steps for a colleague's behaviour), and only where a home, partner or
  relative is named ("kan hij me ontslaan als ik dit meld?" got it from the model); debts get that the code is silent and
  whom to talk to (they got the side-job notice);
- a private discount told without the word ("het gemeentetarief ook privé") is a gift, not private use;
  a relative's business ("mijn vrouw start een eenmanszaak") is a relation's interest, not one's side job;
- who gets to know the reporter, asked at "Wil je anoniem melden of met je naam?", gets the answer about
  anonymous notices (it got "Dat kan ik niet goed lezen");
- "verwijder dit gesprek" deletes it, inside a form too (it would have been a form's answer); "kan ik het
  gesprek wissen als ik klaar ben?" gets how, with a button to do it now (it deleted a half-filled request);
- the kind of notice typed at "Wat wil je melden?" ("nevenwerk") chooses it, like its button;
- "ik niet, mijn collega heeft het aangenomen" about an own dilemma is someone else's conduct,
  about the same theme; "nee dat durf ik niet" outside a form asks for a person, not goodbye;
  "help" alone gets the themes (it got "Gaat je vraag over een cadeau?");
- after the advice on someone else's conduct or its notice, a question in the words of its subject ("mag ik hem
  eerst aanspreken?" about false claims) is about that conduct, not one's own claims; after a notice, a question
  the advice's table answers gets its answer, "kan ik dat nog toevoegen?" how, and a lost code that it was shown once;
- a question about a threat to the user ("wat als hij me iets aandoet?") gets 112, an adviser today and the
  police, also inside a notice (it got the answer on anonymity);
- a refusal the model reads as a wish to report ("nee ik bel zelf wel", "nee niet melden!") starts no notice;
  a wish about anonymity at its question ("met naam is ok, de vertrouwenspersoon mag het weten") answers it;
- the rule's amount ("geldt die grens van 50 euro ook voor een diner?") is no gift's value, and a kind of gift the
  entity model spans too widely ("korting maar 40 euro") is read by its words;
- the manager said to be the one after the advice ("haar leidinggevende is degene die ...", or not after all) gets the
  advice again with that fact; violence against the user read as a colleague's conduct is unwanted behaviour;
- someone else's act told in an own dilemma's words ("de wethouder nam het mee", "het bedrijf van zijn zwager") is
  someone else's conduct about that theme; "niet mijn familie, de zwager van mijn baas" after its advice too;
- work put online or others on one's work laptop is information from work, not private use of the internet;
- a colleague's details, the notices or other instructions asked for get that the bot does not; "geef me het nummer"
  the people to turn to; a report with nothing
  heard since (also "per mail gemeld" at the status question) gets what the law promises; fear of what reporting
  does to oneself gets the law's protection; "toch wel melden" after a stop starts the notice again.

- a button's title typed ("Ja, kijk naar mijn situatie", "Nee" to "Gaat je vraag over ...?") is that button pressed (it
  was not understood, or a typed no to a guess said goodbye: DB-16, DC-03, DE-10).

Rasa has no hook for this (NLU components get no tracker); `install()` wraps the processor's
parse, as components/rasa_speedups.py does, and the tracker store calls it at start.
"""
from __future__ import annotations

import copy
import re
from typing import Any, Dict, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, INTENT_RANKING_KEY, PREDICTED_CONFIDENCE_KEY

from bot.amounts import rule_amounts
from bot.cases import priority_for_someone_known, subject_case, subject_evidenced
from bot.follow_up_answers import REPORTED_HERE, asked_after_advice
from bot.notices.form import CONTACT_REQUEST, FORMS, STORY_FIELDS, THEME_NOTICE, field_named, field_of_value
from bot.payloads import is_payload, theme_titles
from bot.said.facts import (behaviour_said, choice_said, gift_kind, inviting_others, relative_business_said, theme_denied,
                             yes_no_said)
from bot.said.notices import (add_to_notice_asked, anonymous_wish, code_lost_said, heard_nothing_said,
                              later_report_said, no_notice_said, notice_type_said, official_said, official_wish,
                              pause_said, report_now_said, save_asked, send_said, stop_first, stop_said, what_now_asked,
                              who_reported_asked)
from bot.said.others import (colleague_asked_about, for_myself_said, no_relative_said, not_me_said, others_act_said,
                             own_deed_said, someone_known, towards_me)
from bot.said.questions import (NEW_MATTER, NOT_KNOWN, RELATIONSHIP_ASKED, contacts_asked, debts_said, follow_up,
                                forget_asked, forget_possible_asked, forget_word_said, not_given_asked, one_adviser_asked,
                                privacy_asked, relationship_asked, reporter_sought, what_if)
from bot.said.safety import (afraid_said, crisis_said, danger_said, home_named, home_violence_said, other_matter_told,
                             reprisal_feared, threat_told)
from bot.themes import OTHERS_CONDUCT, SUBJECTS, THEMES

FOLLOW_UP_KEY = "vervolg"
ASKED_IN_FORM_KEY = "vraag_in_formulier"  # a question the advice answers, asked inside its walk-through
OTHER_MATTER_KEY = "ander_onderwerp"  # something serious of another matter told inside a notice (actions/notices.py)
SENT_TWICE_KEY = "dubbel"  # the same message as the one before, inside a notice (actions/notices.py)
PAUSE_KEY = "pauze"  # a short break asked for inside a notice or at its summary (actions/notices.py)
ADVICE_ACTION = "action_advies"
SUMMARY_ACTIONS = ("action_melding_samenvatting", "action_melding_aanpassen")
CHANGE_ACTION = SUMMARY_ACTIONS[1]  # "Wat wil je aanpassen?", whose yes is its button "Niets, versturen"
# "Gaat je vraag over ...?": asked by the two-stage fallback, which logs itself, not the action it runs
FALLBACK = "action_two_stage_fallback"
ASKING_AFFIRMATION = ("action_default_ask_affirmation", FALLBACK)
THEME_SLOT = "thema"
UNWANTED_BEHAVIOUR = "dilemma_ongewenst_gedrag"
INVITATION = "dilemma_uitnodiging"
GIFT, FACILITIES, INFORMATION = "dilemma_geschenk", "dilemma_gemeentelijke_voorzieningen", "dilemma_vertrouwelijke_informatie"
SIDE_JOB, RELATIVE_IN_A_CASE = "dilemma_nevenwerkzaamheden", "dilemma_belangenverstrengeling"
LONGER_THAN_A_NO = 5  # words
SHORT_ANSWER = 8  # words
FAREWELL_WORDS = 4  # at most, in a goodbye or thanks at a notice's summary ("oké bedankt, doei")
FACT_YES_NO = ("al_aangenomen", "reis_betaald", "veilig_gesprek", "leidinggevende_betrokken", "zelf_getroffen")
ANSWER_FIRST = ((re.compile(r"^\W*(?:weet ik (?:het )?niet|geen (?:flauw )?idee|ik twijfel)\b", re.I), "dont_know"),
                (re.compile(r"^\W*(?:nee|neen|liever niet|niet echt)\b", re.I), "deny"),
                (re.compile(r"^\W*(?:ja|jawel|zeker)\b", re.I), "affirm"))
WANTS_TO_REPORT = re.compile(r"\bik wil (?:\w+ ){0,3}(?:een (?:officiële )?melding (?:doen|maken|indienen)|(?:het|dit|dat) "
                             r"(?:\w+ )?melden|(?:wel |toch )?melden dat)\b", re.I)
REPORT_WORD = re.compile(r"\b(?:meld\w*|gemeld|rapporte\w*|aangifte|klacht\w*|indien\w*|doorgeven|aankaarten)\b", re.I)
THEME_SWITCH = re.compile(r"\b(?:gaat|ging) (?:het |eigenlijk |meer |juist |vooral )*(?:om|over)\b|\bander (?:onderwerp|ding)\b", re.I)
NOTICE_TYPE_SLOT, CHOOSING = "melding_type", "kiezen"  # actions/notices.py: the user picks the kind of notice
NOTICE_FORM, STATUS_FORM = "_melding_form", "status_form"
HELP = re.compile(r"\W*(?:help|hulp|helpen)\W*", re.IGNORECASE)
RESPONSE_SELECTOR, FAQ, PRIVACY_ANSWER = "response_selector", "faq", "faq/privacy_chat"
HOME_VIOLENCE_ANSWER, FORGET_ANSWER = "faq/huiselijk_geweld", "faq/gesprek_wissen"
ANONYMITY_SLOT, ANONYMITY_ANSWER = "melding_anoniem", "faq/anoniem_melden"
KEEP_ANSWER, DEBTS_ANSWER, ONE_ADVISER_ANSWER = "faq/melding_bewaren", "faq/schulden", "faq/vertrouwenspersoon_kiezen"
THREAT_ANSWER, PROTECTION_ANSWER, HEARD_NOTHING_ANSWER = "faq/bedreiging", "faq/klokkenluider_bescherming", "faq/niets_gehoord"
NOT_GIVEN_ANSWER, REPORTER_ANSWER, RELATIONSHIP_ANSWER = "faq/geen_gegevens", "faq/melder_beschermd", "faq/relatie_collega"
# FAQ answers that need their own words in the message (the model also chose them for other questions)
FAQ_WORDS = {DEBTS_ANSWER: debts_said, RELATIONSHIP_ANSWER: lambda text: bool(RELATIONSHIP_ASKED.search(text or "")),
             FORGET_ANSWER: forget_word_said}
# cases of information read as private use
INFORMATION_FIRST = ("sociale_media", "mening_online", "voorkennis", "prive_mail", "laptop_anderen", "medewerker_nagaan",
                     "diagnose_vragen")
FALSE_CLAIM = "valse_declaratie"  # a case of private use (bot/cases.py)
REPORT_AFTER_ALL = re.compile(r"\btoch (?:wel|maar) (?:\w+ )?(?:melden|versturen|invullen)\b|\bwil (?:het |dit )?toch (?:wel )?melden\b"
                              # "verstuur hem toch maar" was another stop (ED-15)
                              r"|\b(?:verstuur|stuur|meld) (?:\w+ )?toch (?:maar|wel)\b", re.IGNORECASE)
WHAT_NOW_ANSWER, SENT_ACTION, NEW_THEME_ACTION = "faq/na_melding", "action_melding_versturen", "action_nieuw_thema"
CHANGE_SENT_ANSWER, CODE_LOST_ANSWER = "faq/melding_intrekken", "faq/code_kwijt"
FAQ_CHOSEN_KEY = "faq_gekozen"
EARLIER_BUTTON_KEY = "eerdere_knop"  # (actions/notices.py says so at the summary)
ABOUT_THE_NOTICE = re.compile(r"\bmelding\b|\bweg\b|\bverstuurd\b|\bbewaard\b|\bverwijderd\b", re.IGNORECASE)
WHO_KNOWS = re.compile(r"\b(?:naam|anoniem\w*|te horen|weten|te zien|zien|lezen|leest|geheim|herkennen|achter komen)\b", re.I)
ASKS_FOR_A_PERSON = re.compile(r"^\W*(?:ik wil|kan ik|mag ik|liever|graag|geef|help|mens|iemand|een mens|contact|bel|"
                               r"vertrouwenspersoon|met wie|wie kan|nee)\b", re.IGNORECASE)
REFUSAL_FIRST = re.compile(r"^\W*(?:nee|neen|nope|nah|liever niet|laat maar)\b", re.IGNORECASE)
CALLS_THEMSELVES = re.compile(r"\bik (?:bel|mail|app) (?:\w+ )?zelf\b|\bzelf (?:wel )?(?:bellen|mailen)\b", re.IGNORECASE)
CRISIS_SURE = 0.75  # below it the model's crisis needs the words of bot.said.safety.crisis_said
NEXT_GUESS = 0.3  # (config.yml: the fallback threshold is 0.35)
FORGET = "gesprek_wissen"  # the tracker store deletes the conversation (components/tracker_store.py)
SUBJECT_KEY = "onderwerp"  # what someone else's conduct is about (components/intent_classifier.py)
FACT_FORMS = ("geschenk_form", "uitnodiging_form", "belangen_form")  # the facts of an own dilemma
WALK_THROUGHS = (*FACT_FORMS, "ongewenst_form", "misstand_form")


def last_action(tracker: DialogueStateTracker) -> Optional[str]:
    last = tracker.get_last_event_for(ActionExecuted, action_names_to_exclude=[ACTION_LISTEN_NAME])
    return last.action_name if last else None


def _sent_twice(tracker: DialogueStateTracker, text: str) -> bool:
    """Whether `text` repeats the user's message before it (the tracker does not hold this one yet); not a short answer
    that two questions in a row may well get ("ja", "weet ik niet")."""
    before = (tracker.latest_message.text or "") if tracker.latest_message else ""
    return len(text.split()) >= 4 and not is_payload(text) and not NOT_KNOWN.search(text) \
        and " ".join(text.split()) == " ".join(before.split())


def _names_a_field(tracker: DialogueStateTracker, text: str) -> bool:
    notice_type = tracker.get_slot("melding_type")
    return notice_type in FORMS and bool(field_named(notice_type, text) or field_of_value(notice_type, text))


def _buttons_shown(tracker: DialogueStateTracker) -> list:
    """The buttons of the bot's last turn."""
    buttons: list = []
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, BotUttered):
            buttons = [b for b in (event.data or {}).get("buttons") or [] if str(b.get("payload", "")).startswith("/")] + buttons
    return buttons


def _guessed_intents(tracker: DialogueStateTracker) -> list:
    """The intents of the buttons under "Bedoel je ...?" (the guess, then "something else")."""
    return [b["payload"].lstrip("/") for b in _buttons_shown(tracker)]


def _meant(parse_data: Dict[Text, Any], tracker: DialogueStateTracker) -> Optional[str]:
    """The intent the message has where it is said, or None for the NLU's own."""
    text = parse_data.get("text") or ""
    found = (parse_data.get(INTENT) or {}).get(INTENT_NAME_KEY)
    last, theme = last_action(tracker), tracker.get_slot(THEME_SLOT)
    if crisis_said(text):  # at any moment: 113 and 112 first
        return "crisis"
    # the model alone, unsure, on words like "ik wil gewoon weten wat ik moet doen" (0.69): its next guess
    # where that is a guess at all, else not understood
    if found == "crisis" and (parse_data.get(INTENT) or {}).get(PREDICTED_CONFIDENCE_KEY, 1.0) < CRISIS_SURE:
        return (_next_guess(parse_data, "crisis") or {}).get(INTENT_NAME_KEY, "nlu_fallback")
    # "nee ik bel zelf wel. moet de vertrouwenspersoon het doorgeven aan mijn baas?" started a contact request
    if found == "melding_doen" and CALLS_THEMSELVES.search(text) and "?" not in text:  # "Laat maar, ik bel zelf de vertrouwenspersoon"
        return "human_handoff"  # started a contact request (DC-11): the numbers instead
    if found == "melding_doen" and (REFUSAL_FIRST.match(text) and not official_said(text) and not notice_type_said(text)
                                    or no_notice_said(text)):  # "ik wil ... ook geen melding" started one (AI-08)
        if (tracker.active_loop_name or "").endswith(NOTICE_FORM) and no_notice_said(text):  # inside one it stops it
            return "stop"  # ("ik wil geen melding doen!" got "Dat kan ik niet goed lezen" at the date, FE-10)
        return (_next_guess(parse_data, "melding_doen") or {}).get(INTENT_NAME_KEY, "deny")
    # a question after the advice read as a stop, a no or a goodbye ("maar als hij hem verwijdert hoef ik het toch niet meer
    # te melden?" got "Oké, ik stop hiermee", GE-05)
    if last == ADVICE_ACTION and theme in THEMES and found in ("stop", "deny", "goodbye") and "?" in text \
            and not stop_first(text) and len(text.split()) > LONGER_THAN_A_NO and not WANTS_TO_REPORT.search(text):
        parse_data[FOLLOW_UP_KEY] = True
        return theme
    # a question after the advice read as a wish to report without a word of reporting ("krijg ik dan een aantekening in mn
    # personeelsdossier? ik wil niet dat ze denken dat ik fraudeer" started a notice of suspected wrongdoing, FE-10)
    if last == ADVICE_ACTION and theme in THEMES and found == "melding_doen" and "?" in text and not REPORT_WORD.search(text):
        parse_data[FOLLOW_UP_KEY] = True
        return theme
    # a wish to report after the advice, read as a no, another theme or not understood ("nee, geen contactverzoek, ik wil
    # een melding doen" got "Tot ziens!", HA-08; "ik wil wel melden dat die man dit vaker doet, maar zonder mijn naam ...
    # kan dat?" got "Gaat het vooral om ...?", JE-16): the notice, with what was said
    if last == ADVICE_ACTION and theme in THEMES and found in ("deny", "goodbye", "stop", *THEMES, "nlu_fallback", "faq") \
            and WANTS_TO_REPORT.search(text) and not no_notice_said(text):
        return "melding_doen"
    # a wish to report officially after the advice, whatever else the message asks (it started another theme, AI-04)
    if last == ADVICE_ACTION and theme in THEMES and found != "melding_doen" and official_wish(text):
        return "melding_doen"
    if not_given_asked(text):  # a colleague's details, the notices, other instructions: at any moment
        return _faq_answer(parse_data, NOT_GIVEN_ANSWER)
    if contacts_asked(text) and not (tracker.active_loop_name or "").endswith(NOTICE_FORM):  # the adviser's number was
        return "human_handoff"  # refused as a colleague's details (DC-11)
    if forget_possible_asked(text):  # "kan ik het gesprek wissen als ik klaar ben?": how, and a button to do it now
        return _faq_answer(parse_data, FORGET_ANSWER)
    if forget_asked(text):  # "verwijder dit gesprek": at any moment, inside a form too
        return FORGET
    if found not in ("crisis", "stop", "gesprek_wissen") and not tracker.active_loop_name \
            and relationship_asked(text):  # "mag ik met een collega daten?" got the questions on behaviour (GC-17)
        return _faq_answer(parse_data, RELATIONSHIP_ANSWER)
    if one_adviser_asked(text):  # "alleen de externe vertrouwenspersoon": all of them read a contact request
        return _faq_answer(parse_data, ONE_ADVISER_ANSWER)
    # a data leak asked to be reported here, anonymously (it got the chat's privacy, GE-04): the answer after its advice
    if last == ADVICE_ACTION and theme == INFORMATION and tracker.get_slot("geval") == "datalek" and REPORTED_HERE.search(text):
        parse_data[FOLLOW_UP_KEY] = True
        return theme
    if privacy_asked(text):  # "is dit anoniem?" read as "are you a bot?"; inside a form too
        return _faq_answer(parse_data, PRIVACY_ANSWER)
    # a question about a threat to the user in a conversation on another theme than unwanted behaviour (whose advice
    # and walk-through answer it), also inside a notice ("wat als hij me echt iets aandoet? hij weet dat ik het gezien
    # heb" got the answer on anonymity): 112, an adviser today, the police. (A threat told is a story or an answer.)
    if threat_told(text) and ("?" in text or what_if(text)) and theme in THEMES \
            and UNWANTED_BEHAVIOUR not in (theme, found) and (tracker.active_loop_name or "") not in WALK_THROUGHS:
        return _faq_answer(parse_data, THREAT_ANSWER)
    # the manager is the one, told after the advice ("haar leidinggevende is degene die haar lastigvalt. bij wie kan ze
    # dan terecht?" got the text on a manager's role, BB-14; "maar het was juist mijn leidinggevende die dat zei" the
    # themes, BC-09): the advice again, without the manager
    said_of_manager = yes_no_said("leidinggevende_betrokken", text)  # or not in it after all (BD-10)
    if theme in THEMES and not tracker.active_loop_name and said_of_manager is not None \
            and tracker.get_slot("leidinggevende_betrokken") is not said_of_manager:
        parse_data[FOLLOW_UP_KEY] = True
        return theme
    # not for someone else after all ("Nee hoor, het is voor mezelf" got the rules for the municipality's things, DD-06)
    if theme in THEMES and not tracker.active_loop_name and tracker.get_slot("namens") is True and for_myself_said(text):
        parse_data[FOLLOW_UP_KEY] = True
        return theme
    # a report made elsewhere and nothing heard: what the law promises and whom to ask (BE-09 got the status form's
    # question for a number, then the copier's text); not inside a notice
    at_status = tracker.active_loop_name == STATUS_FORM
    if heard_nothing_said(text, at_status) and (at_status or not (tracker.active_loop_name or "").endswith(NOTICE_FORM)):
        return _faq_answer(parse_data, HEARD_NOTHING_ANSWER)
    if reporter_sought(text):  # who reported, or a tipster's name (the data-leak text, or a notice's answer, DD-08, DC-16)
        return _faq_answer(parse_data, REPORTER_ANSWER)
    # afraid of what reporting a wrongdoing does to oneself, also inside its walk-through: the protection of the law
    if theme == OTHERS_CONDUCT and reprisal_feared(text) and not crisis_said(text):
        return _faq_answer(parse_data, PROTECTION_ANSWER)
    # "komt hij erachter dat ik het gemeld heb?" got the status form or a manager's role; about unwanted behaviour, the
    # advice's own answer (a complaint is no whistleblower's report, whose reporter stays secret)
    if who_reported_asked(text) and theme == UNWANTED_BEHAVIOUR and not tracker.active_loop_name \
            and last != ADVICE_ACTION:  # also after another answer ("wordt het dan niet nog erger?" got the
        parse_data[FOLLOW_UP_KEY] = True  # whistleblower's secrecy, AH-07)
        return theme
    if who_reported_asked(text) and not (theme == UNWANTED_BEHAVIOUR and (
            last == ADVICE_ACTION or (tracker.active_loop_name or "") in WALK_THROUGHS)):
        return _faq_answer(parse_data, ANONYMITY_ANSWER)
    if what_now_asked(text) and _notice_sent(tracker):  # it got the advice to talk to the person first
        return _faq_answer(parse_data, WHAT_NOW_ANSWER)
    # "kan ik dat nog toevoegen aan de melding?" (AF-08), also of a notice sent in another conversation (ED-13)
    if add_to_notice_asked(text) and not (tracker.active_loop_name or "").endswith(NOTICE_FORM) and last not in SUMMARY_ACTIONS:
        return _faq_answer(parse_data, CHANGE_SENT_ANSWER)
    if code_lost_said(text) and not (tracker.active_loop_name or "").endswith(NOTICE_FORM):  # "kun je de code nog een
        return _faq_answer(parse_data, CODE_LOST_ANSWER)  # keer laten zien?" got the text on withdrawing (AD-09)
    at_anonymity = (tracker.active_loop_name or "").endswith(NOTICE_FORM) \
        and tracker.get_slot("requested_slot") == ANONYMITY_SLOT
    if at_anonymity and "?" in text and WHO_KNOWS.search(text):  # "krijgt mijn teamleider te horen dat ik het was?"
        return _faq_answer(parse_data, ANONYMITY_ANSWER)  # got "Dat kan ik niet goed lezen"
    # "met naam is ok, de vertrouwenspersoon mag het weten, hij niet" got the advisers' contacts and the question again
    if at_anonymity and found not in ("affirm", "deny") and anonymous_wish(text) is not None:
        return "inform"
    if debts_said(text) and not tracker.active_loop_name and found != "dilemma_vermoeden_misstand":
        return _faq_answer(parse_data, DEBTS_ANSWER)  # "ik heb flinke schulden, moet ik dat melden?" got the side-job notice
    # the FAQ on debts or on a relationship chosen without a word of either (a second nationality and crypto got "Je hoeft
    # je er niet voor te schamen", also after "Ik heb geen schulden", HD-04, HD-07; "geldt die gedragscode voor een
    # wethouder?" got the answer on a relationship, HD-16): the advice's follow-up, else the model's next theme
    if found == FAQ and _faq_chosen(parse_data) in FAQ_WORDS and not FAQ_WORDS[_faq_chosen(parse_data)](text):
        if last == ADVICE_ACTION and theme in THEMES:
            parse_data[FOLLOW_UP_KEY] = True
            return theme
        return (_next_guess(parse_data, FAQ, themes_only=True) or {}).get(INTENT_NAME_KEY, "nlu_fallback")
    if home_violence_said(text):  # "mijn man slaat me": 112 and Veilig Thuis, not a colleague's behaviour
        return _faq_answer(parse_data, HOME_VIOLENCE_ANSWER)
    if danger_said(text, [e.text or "" for e in tracker.events if isinstance(e, UserUttered)]):
        # (not inside a notice: it may well tell of a past threat)
        if not tracker.active_loop_name and found not in (UNWANTED_BEHAVIOUR, "dilemma_vermoeden_misstand") \
                and not (last == ADVICE_ACTION and theme == UNWANTED_BEHAVIOUR):  # then a follow-up: 112, the facts kept
            return UNWANTED_BEHAVIOUR
        # inside a walk-through, an answer to its question, whatever the NLU found ("moet ik 112 bellen???"
        # was out of scope): the form's validation says 112 first (actions/common.py)
        if (tracker.active_loop_name or "") in WALK_THROUGHS and found not in ("crisis", "stop"):
            return "inform"
    # what one sees at work put online, or others on one's work laptop, is information from work, not private use of the
    # internet ("zijn er regels voor social media?" after "mag ik daar een berichtje over op insta zetten?" got "Kort
    # gezegd: dat mag", BC-12; a son on the work laptop with one's account "mag, als het beperkt blijft", CA-11)
    # (also where the model is unsure: an opinion on the alderman's policy on Instagram got "Gaat het vooral om ...?", IE-13)
    if found in (FACILITIES, SIDE_JOB, "nlu_fallback") and not tracker.active_loop_name and (  # (a post read as a side job, EE-06)
            subject_case(INFORMATION, text) in INFORMATION_FIRST
            or theme == INFORMATION and tracker.get_slot("geval") in INFORMATION_FIRST):
        if theme == INFORMATION and last == ADVICE_ACTION:
            parse_data[FOLLOW_UP_KEY] = True
        return INFORMATION
    # inviting applicants read as an invitation received (IB-14 got "Wie nodigt je uit?" after the advice on discrimination,
    # and no way out but "stop"): the advice's follow-up, else the model's next theme
    if found == INVITATION and not tracker.active_loop_name and inviting_others(text):
        if last == ADVICE_ACTION and theme in THEMES:
            parse_data[FOLLOW_UP_KEY] = True
            return theme
        return (_next_guess(parse_data, INVITATION, themes_only=True) or {}).get(INTENT_NAME_KEY, "nlu_fallback")
    # a false claim asked to be made, read as an invitation (a business lunch) or a gift (ID-16): the rules for claims
    if found in SUBJECTS and found != FACILITIES and not tracker.active_loop_name \
            and subject_case(FACILITIES, text) == FALSE_CLAIM:
        return FACILITIES
    # violence or touching against the user by a colleague is unwanted behaviour, not a colleague's conduct to report
    # ("een collega heeft me tegen de muur geduwd" got the data-leak passage and a talk under four eyes, CC-15)
    if found == OTHERS_CONDUCT and not tracker.active_loop_name and towards_me(text) is True \
            and choice_said("gedragsvorm", text) in ("agressie", "seksuele_intimidatie"):  # (bot.advice.SEVERE_BEHAVIOUR)
        return UNWANTED_BEHAVIOUR
    # a private discount from a supplier told without the word ("het gemeentetarief ook privé") is a gift,
    # never accepted, not private use of the municipality's things ("dat mag, als het beperkt blijft")
    if found == FACILITIES and not tracker.active_loop_name and gift_kind(text) == "korting":
        return GIFT
    # someone else's act in an own dilemma's words ("De wethouder nam het gewoon mee", "het bedrijf van zijn zwager"):
    # someone else's conduct, about that theme (advised as the user's own, the user was sent to the manager who did it)
    if found in SUBJECTS and (tracker.active_loop_name or FALLBACK) == FALLBACK and last != ADVICE_ACTION \
            and others_act_said(text):
        parse_data[SUBJECT_KEY] = found
        return OTHERS_CONDUCT
    # priority for someone one knows ("of het wat sneller kan, voor een vriendin") is a relation's interest: the
    # code's "geen voorkeursbehandelingen" (it got the rules for information and a data leak)
    if found in THEMES and found not in (RELATIVE_IN_A_CASE, UNWANTED_BEHAVIOUR) and not tracker.active_loop_name \
            and last != ADVICE_ACTION and priority_for_someone_known(text):
        return RELATIVE_IN_A_CASE
    # a relation's interest with no one known in it ("mijn manager wil dat ik een opdracht ... opknip" was asked "Wie is het
    # voor jou?"; "er is geen familie of zo bij betrokken" inside its walk-through, EC-10): the model's next theme
    if (found == RELATIVE_IN_A_CASE and not tracker.active_loop_name and last != ADVICE_ACTION and not someone_known(text)
            and not is_payload(text)  # (its button: the theme chosen)
            or theme == RELATIVE_IN_A_CASE and (tracker.active_loop_name or "") in FACT_FORMS and no_relative_said(text)):
        return (_next_guess(parse_data, RELATIVE_IN_A_CASE, themes_only=True) or {}).get(INTENT_NAME_KEY, "nlu_fallback")
    # a relative's business or a former employer is a relation's interest, not a side job of one's own (it got a side-job
    # notice; DB-07)
    if found == SIDE_JOB and not tracker.active_loop_name and last != ADVICE_ACTION and relative_business_said(text):
        return RELATIVE_IN_A_CASE
    # someone else's conduct asked on about in its subject's words ("mag ik hem zelf eerst aanspreken?" about a
    # colleague's false claims got "Declareer alleen wat je echt hebt uitgegeven", AB-07; also after the notice on it,
    # AE-10): the same matter
    if (last == ADVICE_ACTION or _notice_sent(tracker)) and theme == OTHERS_CONDUCT \
            and found == tracker.get_slot(SUBJECT_KEY) and not NEW_MATTER.search(text):
        parse_data[FOLLOW_UP_KEY] = True
        return theme
    # (a question the advice has an answer for, whatever the NLU found: "hoe zeg ik netjes nee?" read as deny)
    # (a what-if read as a correction, "en als die bon 60 euro was geweest?", put € 60 in the notice, AJ-10)
    if theme in THEMES and (last == ADVICE_ACTION and (
            asked_after_advice(theme, text) or found in (*THEMES, "nlu_fallback", "faq") and follow_up(text)
            or found == "inform" and what_if(text))
            or _notice_sent(tracker) and not tracker.active_loop_name and asked_after_advice(theme, text)):
        parse_data[FOLLOW_UP_KEY] = True
        return theme
    # a question after the advice on one's own dilemma that the model read as unwanted behaviour without a word of it ("Kan
    # ik het ook gewoon delen met collega's?" about chocolates got "Wat past het best bij wat er gebeurt?", EA-04, EA-07)
    if last == ADVICE_ACTION and theme in SUBJECTS and found == UNWANTED_BEHAVIOUR and "?" in text \
            and not behaviour_said(text) and not NEW_MATTER.search(text):
        parse_data[FOLLOW_UP_KEY] = True
        return theme
    # a question after the advice that the model read as another own dilemma without a word of it ("en vanavond? hij zei
    # dat hij me zou opwachten" after a threat, "is het nu al te laat met die 72 uur?" after a lost stick, both got the
    # rules for claims and hours, FE-03, FE-11): the same matter
    if last == ADVICE_ACTION and theme in THEMES and found in SUBJECTS and found != theme and "?" in text \
            and not subject_evidenced(found, text) and not NEW_MATTER.search(text) and not THEME_SWITCH.search(text) \
            and not (colleague_asked_about(text) or not_me_said(text)):  # (someone else's conduct: below)
        parse_data[FOLLOW_UP_KEY] = True
        return theme
    # after the advice on a private discount or favour, private use of the municipality's things is the same matter
    # ("het is toch voor thuiswerken, dus mag ik die stoel met korting bestellen?" got "Kort gezegd: dat mag")
    if last == ADVICE_ACTION and theme == GIFT and tracker.get_slot("soort_gift") in ("korting", "gunst") \
            and found == FACILITIES and not NEW_MATTER.search(text):
        parse_data[FOLLOW_UP_KEY] = True
        return theme
    # more about the same matter, told at length with a question ("Ik weet het alleen van horen zeggen ... Moet ik dat
    # niet eerst zelf uitzoeken?" started the theme anew and asked its questions again): a question to the advice
    if last == ADVICE_ACTION and theme in THEMES and found == theme and "?" in text and not NEW_MATTER.search(text):
        parse_data[FOLLOW_UP_KEY] = True
        return theme
    # the walk-through's theme denied ("Het gaat niet om een cadeau, het gaat om zijn bijbaan" was read as the value, FB-01;
    # "er is geen ongewenst gedrag!! stop daarmee" was asked what happened again, FC-03): the theme the words name, else stop
    if (tracker.active_loop_name or "") in WALK_THROUGHS and theme in THEMES and theme_denied(theme, text):
        named = next((i[INTENT_NAME_KEY] for i in parse_data.get(INTENT_RANKING_KEY) or [] if i.get(INTENT_NAME_KEY) in SUBJECTS
                      and i[INTENT_NAME_KEY] != theme and subject_evidenced(i[INTENT_NAME_KEY], text)), None)
        return named or "stop"
    # one's own deed in the walk-through of someone else's conduct (FE-07): one's own dilemma about its subject, if known
    if (tracker.active_loop_name or "") == "misstand_form" and theme == OTHERS_CONDUCT and own_deed_said(text):
        return tracker.get_slot(SUBJECT_KEY) if tracker.get_slot(SUBJECT_KEY) in SUBJECTS else "stop"
    # a short answer to the walk-through's question that the model read as another theme ("hij ligt op mijn bureau, niet
    # gebruikt" at "Heb je het al aangenomen?" gave the rules for the municipality's things, DD-06): the form reads it; a
    # yes, no or don't know said first at its yes/no question, with more words ("weet ik niet, hij is vrij dominant ... ik
    # ben pas een jaar in dienst" got the side-job advice, DB-13): that answer
    if (tracker.active_loop_name or "") in WALK_THROUGHS and theme in THEMES and found in THEMES and found != theme \
            and not NEW_MATTER.search(text) and not THEME_SWITCH.search(text):
        if "?" not in text and len(text.split()) <= SHORT_ANSWER:
            return "inform"
        # a longer answer read as unwanted behaviour without a word of it ("ik zit niet in de sollicitatiecommissie maar hij
        # wordt wel mijn directe collega ..." at "Wat is jouw rol in de zaak?" got "Wat past het best bij wat er gebeurt?",
        # GC-13)
        if found == UNWANTED_BEHAVIOUR and "?" not in text and not behaviour_said(text):
            return "inform"
        first = next((intent for pattern, intent in ANSWER_FIRST if pattern.match(text)), None)
        if first and tracker.get_slot("requested_slot") in FACT_YES_NO:
            return first
    # a question its advice answers, asked inside the walk-through ("kan ik hier aangifte van doen?" got the
    # text on this chat's privacy): its answer, then the form's question again (actions/forms.py)
    if (tracker.active_loop_name or "") in WALK_THROUGHS and theme in THEMES and "?" in text \
            and asked_after_advice(theme, text):
        parse_data[ASKED_IN_FORM_KEY] = True
        return theme
    # a question inside a walk-through that reads as another theme ("moet ik hem er eerst zelf op
    # aanspreken?" in the walk-through of a fraud was taken for a side job): the form's own theme
    if (tracker.active_loop_name or "") in WALK_THROUGHS and theme in THEMES and found in THEMES and found != theme \
            and (follow_up(text) or asked_after_advice(theme, text)):
        return theme
    # right after a notice was stopped, a question about it ("Is de melding nu weg?" started it again, DB-15): that it is
    # not kept
    if "?" in text and ABOUT_THE_NOTICE.search(text) and _stopped_just_now(tracker):
        return _faq_answer(parse_data, KEEP_ANSWER)
    # something serious of another matter told inside a notice (harassment by the team leader at "Wanneer was dat?" got
    # "Dat kan ik niet goed lezen", FD-01, GD-01, HD-01; a threat became the date, HD-17): heard, and no answer
    if (tracker.active_loop_name or "").endswith(NOTICE_FORM) and tracker.get_slot(NOTICE_TYPE_SLOT) != CONTACT_REQUEST \
            and tracker.get_slot("requested_slot") not in STORY_FIELDS and other_matter_told(text):
        parse_data[OTHER_MATTER_KEY] = True
        return "inform"
    # an answer with a wish to tell the rest to a person ("een senior beleidsmedewerker van Ruimte, naam wil ik liever in
    # een gesprek geven" got the advisers' numbers and was lost, the next answer taking its place, JE-16): the answer
    if (tracker.active_loop_name or "").endswith(NOTICE_FORM) and found == "human_handoff" and not ASKS_FOR_A_PERSON.match(text):
        return "inform"
    # the same message sent twice inside a notice (the second filled the next field: "Waar: oktober 2026", GD-04, FD-11)
    if (tracker.active_loop_name or "").endswith(NOTICE_FORM) and _sent_twice(tracker, text):
        parse_data[SENT_TWICE_KEY] = True
        return "inform"
    in_notice = (tracker.active_loop_name or "").endswith(NOTICE_FORM) or last in SUMMARY_ACTIONS
    if in_notice and pause_said(text):  # "ik word geroepen, ben zo terug" at the summary said goodbye (HA-05): it waits
        parse_data[PAUSE_KEY] = True
        return "inform"
    if in_notice and save_asked(text) and not (no_notice_said(text) or stop_first(text)):  # "kun je dit bewaren?": it cannot
        return _faq_answer(parse_data, KEEP_ANSWER)
    # no notice now ("ik wil nu geen melding doen" was kept as the case), or a stop said first at the summary
    if in_notice and no_notice_said(text) or last in SUMMARY_ACTIONS and stop_first(text):
        return "stop"
    if last == ADVICE_ACTION and theme in THEMES and report_now_said(text):  # "ok ik meld het wel" said goodbye (DA-12)
        return "melding_doen"
    # "ik zal het tegen die tijd melden" at the offer to fill in a notice: not now
    if last == ADVICE_ACTION and found in ("melding_doen", "affirm") and (later_report_said(text) or no_notice_said(text)):
        return "deny"
    # a button of an earlier turn pressed at a summary ("Ja, nu melden" of another theme dropped the notice, DD-12)
    if last in SUMMARY_ACTIONS and is_payload(text) and text.strip() not in (b["payload"] for b in _buttons_shown(tracker)):
        parse_data["entities"], parse_data[EARLIER_BUTTON_KEY] = [], True
        return "inform"
    # typed words at the summary or its menu that the model read as a wish to report: a correction ("ok dan geef ik hem
    # terug. zet aangenomen maar op nee" asked which notice to start, DA-01)
    if last in SUMMARY_ACTIONS and found == "melding_doen" and not is_payload(text):
        return "inform"
    if last in SUMMARY_ACTIONS and send_said(text):
        return "affirm"
    # words read as a goodbye or thanks at the summary that are more than one, or name one of its fields or give its date
    # or amount: a correction ("en de uren per week dus 6 tot 8" said goodbye and dropped the notice, FA-04; "wacht ik ga m
    # toch terugbrengen denk ik" too, IC-01, IC-19)
    if last in SUMMARY_ACTIONS and found in ("goodbye", "thankyou") and (
            len(text.split()) > FAREWELL_WORDS or _names_a_field(tracker, text)):
        return "inform"
    # a question at the summary is no yes ("voordat ik verstuur: krijgt hij dit te zien?" was sent), nor
    # a typed yes at "Wat wil je aanpassen?" after "nog niet versturen" ("ja hij staat erop" was sent)
    if found == "affirm" and (last in SUMMARY_ACTIONS and ("?" in text or anonymous_wish(text) is not None)
                              or last == CHANGE_ACTION and not is_payload(text)):  # (also "toch liever anoniem")
        return "inform"
    # "ah nee toch wel melden sorry" after a stop got the stop again (CD-04)
    if found == "stop" and not tracker.active_loop_name and REPORT_AFTER_ALL.search(text):
        return "melding_doen"
    if found == "stop" and (tracker.active_loop_name or last in SUMMARY_ACTIONS) and not stop_said(text):
        return "inform"
    if (tracker.active_loop_name or "").endswith(NOTICE_FORM) and stop_first(text):  # "doe maar niet" as a giver
        return "stop"
    # a typed yes or no to "Gaat je vraag over ...?" (the fallback took any other intent for the real one: "ja" accepted the
    # notice offered before it, "nee gewoon over dat kerstpakket" said goodbye, DD-04, DA-08); more than a yes or no: the
    # model's next theme, if any, else the question to say it otherwise
    if last in ASKING_AFFIRMATION and found in ("affirm", "deny") and _guessed_intents(tracker)[-1:] == ["out_of_scope"]:
        guessed = _guessed_intents(tracker)
        if found == "affirm" and len(guessed) == 2:
            return guessed[0]
        if found == "affirm" or len(text.split()) <= 2:  # (a yes to several themes chooses none)
            return guessed[-1]
        return (_next_guess(parse_data, found, themes_only=True) or {}).get(INTENT_NAME_KEY, guessed[-1])
    # an own dilemma the user says is a colleague's: someone else's conduct, about the same theme (also where the model
    # found someone else's conduct itself: it named the subject "family" for a colleague's data leak, CA-02)
    if theme in SUBJECTS and (not_me_said(text) or last == ADVICE_ACTION and (
            colleague_asked_about(text) or found == theme and others_act_said(text))) and (
            last == ADVICE_ACTION or (tracker.active_loop_name or "") in FACT_FORMS):
        parse_data[SUBJECT_KEY] = theme
        return OTHERS_CONDUCT
    if HELP.fullmatch(text) and not tracker.active_loop_name:  # "help" alone: what the bot can do, with its themes
        return "greet"
    # "nee dat durf ik niet" outside a form: not a goodbye, but someone to talk to (inside one it answers)
    if found in ("deny", "stop", "goodbye") and not tracker.active_loop_name and afraid_said(text):
        return "human_handoff"
    if last == ADVICE_ACTION and found == "deny" and len(text.split()) > LONGER_THAN_A_NO:
        others = [i.get(INTENT_NAME_KEY) for i in parse_data.get(INTENT_RANKING_KEY) or []]
        return next((i for i in others if i not in ("deny", "affirm")), "nlu_fallback")
    return None


def _title(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"^[\s\"'“‘]+|[\s.!\"'”’]+$", "", text)).lower()


def typed_button(text: str, tracker: DialogueStateTracker) -> Optional[str]:
    """The payload of the button of the bot's last turn whose title `text` is, else None."""
    typed = _title(text or "")
    return next((b["payload"] for b in _buttons_shown(tracker) if _title(str(b.get("title", ""))) == typed), None)


def _stopped_just_now(tracker: DialogueStateTracker) -> bool:
    """Whether the user's previous message stopped a notice (none is being filled in now)."""
    said = tracker.get_last_event_for(UserUttered)
    return bool(said) and (said.intent or {}).get(INTENT_NAME_KEY) == "stop" and not tracker.get_slot(NOTICE_TYPE_SLOT)


def typed_theme(text: str, tracker: DialogueStateTracker) -> Optional[str]:
    """A theme button's title typed outside a notice ("Iets wat niet klopt" at "Wie is het voor jou?" got "Dat kan ik niet
    plaatsen", EC-10): that theme, as its button sends it."""
    theme = theme_titles().get(_title(text or ""))
    return f"/{theme}" if theme and not (tracker.active_loop_name or "").endswith(NOTICE_FORM) else None


def _notice_sent(tracker: DialogueStateTracker) -> bool:
    """Whether a notice was sent in this conversation, and no other theme started since."""
    for event in reversed(tracker.events):
        if isinstance(event, ActionExecuted) and event.action_name in (SENT_ACTION, NEW_THEME_ACTION):
            return event.action_name == SENT_ACTION
    return False


def _faq_chosen(parse_data: Dict[Text, Any]) -> Optional[str]:
    """The FAQ answer the selector chose for this message."""
    return (((parse_data.get(RESPONSE_SELECTOR) or {}).get(FAQ) or {}).get("response") or {}).get("intent_response_key")


def _faq_answer(parse_data: Dict[Text, Any], key: str) -> str:
    """The intent `faq` with the FAQ answer `key` chosen, as the FAQ selector gives it."""
    parse_data.setdefault(RESPONSE_SELECTOR, {})[FAQ] = {
        "response": {"intent_response_key": key, "utter_action": f"utter_{key}", "confidence": 1.0, "responses": []},
        "ranking": []}
    parse_data[FAQ_CHOSEN_KEY] = True  # (at a notice's summary, actions/notices.py says it before "Wat wil je aanpassen?")
    return FAQ


def _notice_type_chosen(parse_data: Dict[Text, Any], tracker: DialogueStateTracker) -> Optional[str]:
    """The kind of notice typed at "Wat wil je melden?" ("nevenwerk", "een cadeau", "familie"): named
    in words, or the theme the NLU found, whose notice it is."""
    if tracker.get_slot(NOTICE_TYPE_SLOT) != CHOOSING or last_action(tracker) != "action_melding_start":
        return None
    found = (parse_data.get(INTENT) or {}).get(INTENT_NAME_KEY)
    return notice_type_said(parse_data.get("text") or "") or THEME_NOTICE.get(found)


def _without_home_violence_unsaid(parse_data: Dict[Text, Any]) -> None:
    """The model's answer on violence at home, for a message that names no home, partner or family ("kan hij
    me ontslaan als ik dit meld?"), replaced by its next guess, else not understood."""
    answer = ((parse_data.get(RESPONSE_SELECTOR) or {}).get(FAQ) or {}).get("response") or {}
    if (parse_data.get(INTENT) or {}).get(INTENT_NAME_KEY) != FAQ or answer.get("intent_response_key") != HOME_VIOLENCE_ANSWER \
            or home_named(parse_data.get("text") or ""):
        return
    guess = _next_guess(parse_data, FAQ)
    parse_data[INTENT] = dict(guess) if guess else {INTENT_NAME_KEY: "nlu_fallback", PREDICTED_CONFIDENCE_KEY: 1.0}


def _next_guess(parse_data: Dict[Text, Any], besides: str, themes_only: bool = False) -> Optional[Dict[Text, Any]]:
    """The model's best intent (or theme) other than `besides`, where it is a guess at all."""
    return next((i for i in parse_data.get(INTENT_RANKING_KEY) or []
                 if i.get(INTENT_NAME_KEY) != besides and i.get(PREDICTED_CONFIDENCE_KEY, 0) >= NEXT_GUESS
                 and (not themes_only or i.get(INTENT_NAME_KEY) in THEMES)), None)


def _without_rule_amounts(parse_data: Dict[Text, Any]) -> None:
    """No gift's value from the rule's amount ("geldt die grens van 50 euro ook voor een diner?" got "Een cadeau van
    € 50 ligt niet boven de grens van € 50. Je mag het aannemen")."""
    rules = rule_amounts(parse_data.get("text"))
    if rules:
        parse_data["entities"] = [e for e in parse_data.get("entities") or [] if not (
            e.get("entity") == "bedrag" and any(start <= e.get("start", -1) < end for start, end in rules))]


GIFT_KINDS = {"cadeaubon", "geld", "gunst", "korting"}  # the values of the soort_gift entity


def _gift_kinds_known(parse_data: Dict[Text, Any]) -> None:
    """A kind of gift the entity model spans too widely ("korting maar 40 euro": then no discount, and "Je mag het
    aannemen" for one, AF-09) read by its words, else left out."""
    entities = []
    for entity in parse_data.get("entities") or []:
        if entity.get("entity") == "soort_gift" and entity.get("value") not in GIFT_KINDS:
            kind = gift_kind(str(entity.get("value")))
            entity = {**entity, "value": kind} if kind else None
        entities += [entity] if entity else []
    parse_data["entities"] = entities


def in_context(parse_data: Dict[Text, Any], tracker: DialogueStateTracker) -> Dict[Text, Any]:
    """`parse_data`, with the intent the message has where it is said."""
    _without_home_violence_unsaid(parse_data)
    _without_rule_amounts(parse_data)
    _gift_kinds_known(parse_data)
    chosen = _notice_type_chosen(parse_data, tracker)
    if chosen:
        parse_data["entities"] = [*(parse_data.get("entities") or []), {"entity": NOTICE_TYPE_SLOT, "value": chosen}]
    meant = "melding_doen" if chosen else _meant(parse_data, tracker)
    if meant:
        parse_data[INTENT] = {INTENT_NAME_KEY: meant, PREDICTED_CONFIDENCE_KEY: 1.0}
    # another theme inside a walk-through leaves it: no entity of the message answers its question ("het is niet mijn
    # familie, het is de dochter van de manager" filled "familie" and asked "Wat is jouw rol in de zaak?", JB-09)
    if meant in THEMES and meant != tracker.get_slot(THEME_SLOT) and (tracker.active_loop_name or "") in WALK_THROUGHS:
        parse_data["entities"] = []
    return parse_data


def install() -> None:
    """Idempotent; after components/rasa_speedups.py's install, whose parse it wraps."""
    parse = MessageProcessor._parse_message_with_graph
    if getattr(parse, "in_context", False):
        return

    def parse_in_context(self: MessageProcessor, message: UserMessage, tracker: DialogueStateTracker,
                         only_output_properties: bool = True) -> Dict[Text, Any]:
        pressed = typed_button(message.text, tracker) or typed_theme(message.text, tracker)
        if pressed:
            message = copy.copy(message)
            message.text = pressed
        return in_context(parse(self, message, tracker, only_output_properties), tracker)

    parse_in_context.in_context = True
    MessageProcessor._parse_message_with_graph = parse_in_context
