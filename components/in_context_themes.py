"""The stages of components/in_context.py on the theme: the words of a case that correct the theme the model found, and
the follow-up questions after the advice that keep its theme. Each gives the intent the message has where it is said,
or None for the next stage."""
from __future__ import annotations

from typing import Any, Dict, Optional, Text

from bot.cases import data_leak_said, priority_for_someone_known, subject_case, subject_evidenced
from bot.follow_up_answers import MUST_REPORT, asked_after_advice
from bot.payloads import is_payload
from bot.said.facts import behaviour_said, choice_said, gift_kind, inviting_others, relative_business_said
from bot.said.others import (colleague_asked_about, no_relative_said, not_me_said, others_act_said, someone_known,
                             towards_me)
from bot.said.questions import NEW_MATTER, follow_up, what_if
from bot.themes import OTHERS_CONDUCT, SUBJECTS, THEMES
from components.in_context_base import (ADVICE_ACTION, FACILITIES, FACT_FORMS, FALLBACK, FOLLOW_UP_KEY, GIFT,
                                        INFORMATION, INVITATION, RELATIVE_IN_A_CASE, SIDE_JOB, SUBJECT_KEY, THEME_SWITCH,
                                        UNWANTED_BEHAVIOUR, Context, next_guess_or, notice_sent)

# cases of information read as private use
INFORMATION_FIRST = ("sociale_media", "mening_online", "voorkennis", "prive_mail", "laptop_anderen", "medewerker_nagaan",
                     "diagnose_vragen")
FALSE_CLAIM = "valse_declaratie"  # a case of private use (bot/cases.py)


def theme_by_case_words(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """The words of a case that correct the theme the model found, outside a form (and a relation denied inside the
    walk-through of one's own dilemma)."""
    # what one sees at work put online, or others on one's work laptop, is information from work, not private use of the
    # internet ("zijn er regels voor social media?" after "mag ik daar een berichtje over op insta zetten?" got "Kort
    # gezegd: dat mag", BC-12; a son on the work laptop with one's account "mag, als het beperkt blijft", CA-11)
    # (also where the model is unsure: an opinion on the alderman's policy on Instagram got "Gaat het vooral om ...?", IE-13)
    # (a story for Instagram "met m'n collega's erop" got the questions on unwanted behaviour, KC-05)
    unwanted_unsaid = c.found == UNWANTED_BEHAVIOUR and not behaviour_said(c.text)
    if (c.found in (FACILITIES, SIDE_JOB, "nlu_fallback") or unwanted_unsaid) and not c.loop and (  # (a side job, EE-06)
            subject_case(INFORMATION, c.text) in INFORMATION_FIRST
            or c.theme == INFORMATION and c.tracker.get_slot("geval") in INFORMATION_FIRST):
        if c.theme == INFORMATION and c.after_advice:
            parse_data[FOLLOW_UP_KEY] = True
        return INFORMATION
    # a data leak read as private use or out of scope ("Mijn laptop van de gemeente is gisteravond uit mijn auto gestolen"
    # got the rules for private use; "hoe meld ik een datalek?" was out of scope, KC-12, KC-15)
    if c.found in (FACILITIES, "out_of_scope", "nlu_fallback") and not c.loop and data_leak_said(c.text):
        return INFORMATION
    # inviting applicants read as an invitation received (IB-14 got "Wie nodigt je uit?" after the advice on discrimination,
    # and no way out but "stop"): the advice's follow-up, else the model's next theme
    if c.found == INVITATION and not c.loop and inviting_others(c.text):
        if c.after_advice:
            parse_data[FOLLOW_UP_KEY] = True
            return c.theme
        return next_guess_or(parse_data, INVITATION, "nlu_fallback", themes_only=True)
    # a false claim asked to be made, read as an invitation (a business lunch) or a gift (ID-16): the rules for claims
    if c.found in SUBJECTS and c.found != FACILITIES and not c.loop and subject_case(FACILITIES, c.text) == FALSE_CLAIM:
        return FACILITIES
    # violence or touching against the user by a colleague is unwanted behaviour, not a colleague's conduct to report
    # ("een collega heeft me tegen de muur geduwd" got the data-leak passage and a talk under four eyes, CC-15)
    if c.found == OTHERS_CONDUCT and not c.loop and towards_me(c.text) is True \
            and choice_said("gedragsvorm", c.text) in ("agressie", "seksuele_intimidatie"):  # (bot.advice.SEVERE_BEHAVIOUR)
        return UNWANTED_BEHAVIOUR
    # a private discount from a supplier told without the word ("het gemeentetarief ook privé") is a gift,
    # never accepted, not private use of the municipality's things ("dat mag, als het beperkt blijft")
    if c.found == FACILITIES and not c.loop and gift_kind(c.text) == "korting":
        return GIFT
    # someone else's act in an own dilemma's words ("De wethouder nam het gewoon mee", "het bedrijf van zijn zwager"):
    # someone else's conduct, about that theme (advised as the user's own, the user was sent to the manager who did it)
    if c.found in SUBJECTS and (c.loop or FALLBACK) == FALLBACK and c.last != ADVICE_ACTION and others_act_said(c.text):
        parse_data[SUBJECT_KEY] = c.found
        return OTHERS_CONDUCT
    # priority for someone one knows ("of het wat sneller kan, voor een vriendin") is a relation's interest: the
    # code's "geen voorkeursbehandelingen" (it got the rules for information and a data leak)
    if c.found in THEMES and c.found not in (RELATIVE_IN_A_CASE, UNWANTED_BEHAVIOUR) and not c.loop \
            and c.last != ADVICE_ACTION and priority_for_someone_known(c.text):
        return RELATIVE_IN_A_CASE
    # a relation's interest with no one known in it ("mijn manager wil dat ik een opdracht ... opknip" was asked "Wie is het
    # voor jou?"; "er is geen familie of zo bij betrokken" inside its walk-through, EC-10): the model's next theme
    if (c.found == RELATIVE_IN_A_CASE and not c.loop and c.last != ADVICE_ACTION and not someone_known(c.text)
            and not is_payload(c.text)  # (its button: the theme chosen)
            or c.theme == RELATIVE_IN_A_CASE and c.loop in FACT_FORMS and no_relative_said(c.text)):
        return next_guess_or(parse_data, RELATIVE_IN_A_CASE, "nlu_fallback", themes_only=True)
    # a relative's business or a former employer is a relation's interest, not a side job of one's own (it got a side-job
    # notice; DB-07)
    if c.found == SIDE_JOB and not c.loop and c.last != ADVICE_ACTION and relative_business_said(c.text):
        return RELATIVE_IN_A_CASE
    return None


def follow_up_after_advice(parse_data: Dict[Text, Any], c: Context) -> Optional[str]:
    """A question on the advice (or, after a notice, on its matter) that the model read as something else: the advice's
    theme, marked as a follow-up, so that the facts told are kept and it gets its answer or the advice again."""
    # someone else's conduct asked on about in its subject's words ("mag ik hem zelf eerst aanspreken?" about a
    # colleague's false claims got "Declareer alleen wat je echt hebt uitgegeven", AB-07; also after the notice on it,
    # AE-10): the same matter
    if (c.after_advice or notice_sent(c.tracker)) and c.theme == OTHERS_CONDUCT \
            and c.found == c.tracker.get_slot(SUBJECT_KEY) and not NEW_MATTER.search(c.text):
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    # (a question the advice has an answer for, whatever the NLU found: "hoe zeg ik netjes nee?" read as deny)
    # (a what-if read as a correction, "en als die bon 60 euro was geweest?", put € 60 in the notice, AJ-10)
    # (not whether to report another own matter whose words the message has and the advice's theme's not: "Moet ik mijn
    # penningmeesterschap trouwens ergens melden?" after the advice on printing got "Of je dit moet melden, zegt de
    # gedragscode niet", PC-02; other questions in another theme's words stay: "mag ik mijn vrouw meenemen?")
    switched = bool(MUST_REPORT.search(c.text)) and c.found in SUBJECTS and c.found != c.theme \
        and subject_evidenced(c.found, c.text) and not subject_evidenced(c.theme, c.text)
    if c.after_advice and not switched and (asked_after_advice(c.theme, c.text) or c.found in (*THEMES, "nlu_fallback", "faq")
                                            and follow_up(c.text) or c.found == "inform" and what_if(c.text)) \
            or c.theme in THEMES and notice_sent(c.tracker) and not c.loop and asked_after_advice(c.theme, c.text):
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    # a question after the advice on one's own dilemma that the model read as unwanted behaviour without a word of it ("Kan
    # ik het ook gewoon delen met collega's?" about chocolates got "Wat past het best bij wat er gebeurt?", EA-04, EA-07)
    if c.after_advice and c.theme in SUBJECTS and c.found == UNWANTED_BEHAVIOUR and "?" in c.text \
            and not behaviour_said(c.text) and not NEW_MATTER.search(c.text):
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    # a question after the advice that the model read as another own dilemma without a word of it ("en vanavond? hij zei
    # dat hij me zou opwachten" after a threat, "is het nu al te laat met die 72 uur?" after a lost stick, both got the
    # rules for claims and hours, FE-03, FE-11): the same matter
    # (a witness of unwanted behaviour: "zij wil dat ik niks zeg. Moet ik dat respecteren of moet ik het toch melden?" and
    # "Dit gaat niet over een datalek. Ik ben getuige van ongewenste aanrakingen ..." got the data-leak text, LD-08)
    # (also after the notice on it: "ik moet maandag weer naast hem zitten in de kantoortuin. wat moet ik dan doen?" got
    # the side-job text, ND-14)
    if (c.after_advice or c.theme in THEMES and notice_sent(c.tracker) and not c.loop) and c.found in SUBJECTS \
            and c.found != c.theme and "?" in c.text \
            and (not subject_evidenced(c.found, c.text) or c.theme == UNWANTED_BEHAVIOUR and behaviour_said(c.text)) \
            and not NEW_MATTER.search(c.text) and not THEME_SWITCH.search(c.text) \
            and not (c.theme in SUBJECTS and (colleague_asked_about(c.text) or not_me_said(c.text))):  # (`last_resorts`)
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    # after the advice on a private discount or favour, private use of the municipality's things is the same matter
    # ("het is toch voor thuiswerken, dus mag ik die stoel met korting bestellen?" got "Kort gezegd: dat mag")
    if c.after_advice and c.theme == GIFT and c.tracker.get_slot("soort_gift") in ("korting", "gunst") \
            and c.found == FACILITIES and not NEW_MATTER.search(c.text):
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    # more about the same matter, told at length with a question ("Ik weet het alleen van horen zeggen ... Moet ik dat
    # niet eerst zelf uitzoeken?" started the theme anew and asked its questions again): a question to the advice
    if c.after_advice and c.found == c.theme and "?" in c.text and not NEW_MATTER.search(c.text):
        parse_data[FOLLOW_UP_KEY] = True
        return c.theme
    return None
