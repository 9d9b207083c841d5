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
  was not understood, or a typed no to a guess said goodbye: DB-16, DC-03, DE-10);
- a data leak read as private use or out of scope ("hoe meld ik een datalek?", a stolen work laptop) is confidential
  information; a goodbye or a theme's button inside a walk-through ends it or chooses that theme; after the advice, a
  goodbye without a word of one ("mijn leidinggevende is op vakantie") goes on about the matter, and "dus nee?" asks on;
  the answer on a threat needs a word of one; "nee, wil geen melding, kan ik gewoon praten?" gets the people to talk to.

The rules overlap, so their order decides: `_meant` runs them in stages (`STAGES`), named by what they
decide, and the first that reads the message otherwise gives its intent. The stages are in
components/in_context_anytime.py, components/in_context_themes.py and components/in_context_forms.py;
what they read of the conversation (`Context`) and share is in components/in_context_base.py.

Rasa has no hook for this (NLU components get no tracker); `install()` wraps the processor's
parse, as components/rasa_speedups.py does, and the tracker store calls it at start.
"""
from __future__ import annotations

import copy
import re
from typing import Any, Dict, Optional, Text

from rasa.core.channels.channel import UserMessage
from rasa.core.processor import MessageProcessor
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT, INTENT_NAME_KEY, PREDICTED_CONFIDENCE_KEY

from bot.amounts import no_value_spans
from bot.notices.form import THEME_NOTICE
from bot.payloads import theme_titles
from bot.said.facts import gift_kind
from bot.said.notices import notice_type_said
from bot.said.safety import home_named
from bot.themes import THEMES
from components.in_context_anytime import (advice_fact_corrected, asked_about_reporting, asked_at_any_moment, crisis,
                                           faq_by_its_words, violence_and_danger, wish_to_report_or_not)
from components.in_context_base import (CHOOSING, FAQ, HOME_VIOLENCE_ANSWER, NOTICE_FORM, NOTICE_TYPE_SLOT,
                                        RESPONSE_SELECTOR, Context, buttons_shown, last_action, next_guess)
from components.in_context_forms import (at_notice_offer, at_summary, guess_answered, inside_notice, last_resorts,
                                         stop_or_not, walk_through_answer)
from components.in_context_themes import follow_up_after_advice, theme_by_case_words

__all__ = ["in_context", "install", "last_action", "typed_button", "typed_theme"]

# in the order of their rules, which overlap: moving a stage or a rule changes what a message means
STAGES = (crisis, wish_to_report_or_not, asked_at_any_moment, advice_fact_corrected, asked_about_reporting,
          faq_by_its_words, violence_and_danger, theme_by_case_words, follow_up_after_advice, walk_through_answer,
          inside_notice, at_notice_offer, at_summary, stop_or_not, guess_answered, last_resorts)
GIFT_KINDS = {"cadeaubon", "geld", "gunst", "korting"}  # the values of the soort_gift entity


def _meant(parse_data: Dict[Text, Any], context: Context) -> Optional[str]:
    """The intent the message has where it is said (the first stage's that gives one), or None for the NLU's own."""
    for stage in STAGES:
        meant = stage(parse_data, context)
        if meant is not None:
            return meant
    return None


def _title(text: str) -> str:
    """A button's title as typed: without punctuation ("ja kijk naar mijn situatie" was not understood, ND-06)."""
    return " ".join(re.sub(r"[^\w\s€/+]", " ", text).split()).lower()


def typed_button(text: str, tracker: DialogueStateTracker) -> Optional[str]:
    """The payload of the button of the bot's last turn whose title `text` is, else None."""
    typed = _title(text or "")
    return next((b["payload"] for b in buttons_shown(tracker) if _title(str(b.get("title", ""))) == typed), None)


def typed_theme(text: str, tracker: DialogueStateTracker) -> Optional[str]:
    """A theme button's title typed outside a notice ("Iets wat niet klopt" at "Wie is het voor jou?" got "Dat kan ik niet
    plaatsen", EC-10): that theme, as its button sends it."""
    theme = theme_titles().get(_title(text or ""))
    return f"/{theme}" if theme and not (tracker.active_loop_name or "").endswith(NOTICE_FORM) else None


def _notice_type_chosen(context: Context) -> Optional[str]:
    """The kind of notice typed at "Wat wil je melden?" ("nevenwerk", "een cadeau", "familie"): named
    in words, or the theme the NLU found, whose notice it is."""
    if context.tracker.get_slot(NOTICE_TYPE_SLOT) != CHOOSING or context.last != "action_melding_start":
        return None
    return notice_type_said(context.text) or THEME_NOTICE.get(context.found)


def _without_home_violence_unsaid(parse_data: Dict[Text, Any]) -> None:
    """The model's answer on violence at home, for a message that names no home, partner or family ("kan hij
    me ontslaan als ik dit meld?"), replaced by its next guess, else not understood."""
    answer = ((parse_data.get(RESPONSE_SELECTOR) or {}).get(FAQ) or {}).get("response") or {}
    if (parse_data.get(INTENT) or {}).get(INTENT_NAME_KEY) != FAQ or answer.get("intent_response_key") != HOME_VIOLENCE_ANSWER \
            or home_named(parse_data.get("text") or ""):
        return
    guess = next_guess(parse_data, FAQ)
    parse_data[INTENT] = dict(guess) if guess else {INTENT_NAME_KEY: "nlu_fallback", PREDICTED_CONFIDENCE_KEY: 1.0}


def _without_amounts_of_no_value(parse_data: Dict[Text, Any]) -> None:
    """No gift's value from the rule's amount ("geldt die grens van 50 euro ook voor een diner?" got "Een cadeau van
    € 50 ligt niet boven de grens van € 50. Je mag het aannemen"), a value said not to be it or a count."""
    spans = no_value_spans(parse_data.get("text"))
    if spans:
        parse_data["entities"] = [e for e in parse_data.get("entities") or [] if not (
            e.get("entity") == "bedrag" and any(start <= e.get("start", -1) < end for start, end in spans))]


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
    _without_amounts_of_no_value(parse_data)
    _gift_kinds_known(parse_data)
    context = Context.of(parse_data, tracker)
    chosen = _notice_type_chosen(context)
    if chosen:
        parse_data["entities"] = [*(parse_data.get("entities") or []), {"entity": NOTICE_TYPE_SLOT, "value": chosen}]
    meant = "melding_doen" if chosen else _meant(parse_data, context)
    if meant:
        parse_data[INTENT] = {INTENT_NAME_KEY: meant, PREDICTED_CONFIDENCE_KEY: 1.0}
    # another theme inside a walk-through leaves it: no entity of the message answers its question ("het is niet mijn
    # familie, het is de dochter van de manager" filled "familie" and asked "Wat is jouw rol in de zaak?", JB-09)
    if meant in THEMES and meant != context.theme and context.in_walk_through:
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
