"""What the assistant says around a notice, in Dutch (B1, informal)."""
from __future__ import annotations

from typing import Any, Dict, List, Mapping, Optional

import re

from bot.profile import Profile, describe_contacts

CONTACT_REQUEST = "contactverzoek_vertrouwenspersoon"
# The button under the suspected-wrongdoing advice: a phrasing the FAQ model was trained on,
# so that pressing it gives the FAQ answer about the protection (faq/klokkenluider_bescherming).
MORE_ABOUT_PROTECTION = ("Meer over je bescherming", "word ik beschermd als ik een misstand meld?")
CHOOSE_TYPE = "Wat wil je melden?"
TEAMS_WARNING = (
    "Let op: via Teams ben je nooit anoniem voor de organisatie, want Teams stuurt je account mee. "
    "Wil je anoniem melden? Gebruik dan de chat op het intranet."
)
ASK_AGAIN = "Dat kan ik niet goed lezen. Probeer het nog eens."
SENT_TWICE = "Dat bericht kreeg ik net al, en ik heb het één keer gebruikt. Beantwoord de vraag hieronder."
REFERENCE_IN_ANSWER = ("Dat lijkt een meldingsnummer. Dat zet ik niet in deze melding. Wil je weten hoe het met "
                       "een melding staat? Vraag dat als deze melding klaar is, of stop eerst.")
NAME_NEEDED = ("Deze melding kan niet anoniem: de ontvanger moet weten van wie hij komt. "
               "Wil je je naam niet geven? Typ dan \"stop\". Er wordt dan niets vastgelegd.")
USE_STORY = "Ja, gebruik dat"  # the button under the offered story
OWN_QUESTION = ("Dat is een vraag. Die kan ik midden in de melding niet beantwoorden: stel hem gerust als de melding klaar "
                "is. Geef nu eerst je antwoord, of typ stop.")
ASIDE_LEFT_OUT = ("Ik neem alleen het eerste deel als antwoord. Wat je daarna schreef, zet ik niet in deze melding: "
                  "vertel of vraag het gerust als de melding klaar is.")
EARLIER_BUTTON = "Die knop hoort bij een eerdere vraag. Geef je antwoord op deze vraag."
REQUIRED = "Dit heb ik echt nodig voor de melding. Probeer het nog eens."
OWN_NAME = "Hier vraag ik naar jóuw naam en afdeling, van wie de melding komt. Wie erbij betrokken is, vraag ik apart."
STUCK_OPTIONAL = "Het lukt niet zo. Wil je deze vraag overslaan, of stoppen met de melding?"
STUCK_REQUIRED = "Het lukt niet zo. Probeer het nog eens, of stop met de melding. Er is dan niets vastgelegd."
CHOOSE_FIELD = "Wat wil je aanpassen?"
NOT_SENT_YET = "Ik heb je melding nog niet verstuurd. Dat doe ik pas als je kiest voor Niets, versturen."
EARLIER_BUTTON_NOT_SENT = f"Die knop hoort bij een eerdere vraag. {NOT_SENT_YET}"
# (a conversation ends after an hour without a message: domain.yml's session_config)
PAUSED = ("Geen probleem. Je melding is nog niet verstuurd. Wat je hebt ingevuld, blijft een uur staan. "
          "Hier waren we gebleven:")
WHICH_FIELD_UNCLEAR = "Ik weet niet zeker welk deel je bedoelt. Kies het met een knop, dan vraag ik het opnieuw."
NOTHING_CHANGED = "Zo staat het er al. Wat wil je aanpassen? Kies het met een knop, dan vraag ik het opnieuw."
NOTHING_PENDING = "Er staat geen melding klaar om te versturen. Wil je een melding doen? Zeg dan \"ik wil iets melden\"."
NOT_FILED = (
    "Het lukt nu niet om je melding op te slaan: de opslag is even niet bereikbaar. "
    "Je melding is dus nog niet verstuurd. Ik heb hem wel bewaard in dit gesprek. Probeer het zo nog eens."
)
FAILED = (
    "Er ging iets mis bij het versturen. Je melding is niet verstuurd. "
    "Neem contact op met een vertrouwenspersoon of je leidinggevende."
)
STATUS_NO_CODE = ("Meldde je met je naam? Dan heb je geen code en kan ik je melding hier niet opzoeken. "
                  "Vraag de ontvanger van je melding hoe het ermee staat. Stoppen kan met \"stop\".")
SENT_BEFORE = ("Let op: je hebt in dit gesprek al zo'n melding verstuurd. Dit wordt een nieuwe, tweede melding. "
               "Wil je dat niet? Typ dan stop.")
STATUS_LOST_CODE = ("Je code is alleen bij het versturen getoond. Hij is nergens leesbaar bewaard, ook niet bij mij, "
                    "dus zonder code kan ik je melding hier niet opzoeken. Gaf je een manier om contact op te nemen? "
                    "Dan hoor je het van de ontvanger. Je kunt ook een nieuwe melding doen en daarin je meldingsnummer "
                    "noemen. Stoppen kan met \"stop\".")
STATUS_NOT_A_CODE = ("Dat lijkt geen code. Je geheime code ziet eruit als 4 groepjes van 4 letters en cijfers, "
                     "zoals AB12-CD34-EF56-GH78. Typ je code, of typ \"stop\".")
STATUS_BAD_INPUT = ("Dat is geen meldingsnummer zoals MLD-2026-7KQ3XP. Probeer het nog eens, of typ \"stop\". "
                    "Ben je je nummer of code kwijt? Dan kan ik de status niet opzoeken: vraag het aan de ontvanger "
                    "van je melding.")


def previous_changed(label: str) -> str:
    return f"Ik heb je vorige antwoord aangepast ({label}). Dan de vraag hieronder nog een keer."


def story_offered(question: str, story: str, longest: int = 300) -> str:
    """The question for a notice's story, offering what the user wrote before (shortened to `longest` characters)."""
    shown = story if len(story) <= longest else story[:longest].rsplit(" ", 1)[0] + " …"
    return f'{question}\nJe schreef eerder: "{shown}"\nWil je dat gebruiken? Of vertel het in je eigen woorden.'



def _noun(notice_type: str) -> str:
    return "contactverzoek" if notice_type == CONTACT_REQUEST else "melding"


def recipients(notice_type: str, profile: Profile) -> str:
    """Who receives a notice of this type, from the profile: a known contact by name, else the address."""
    contacts = {c.email: c.naam for c in [*profile.vertrouwenspersonen, profile.integriteitscoordinator] if c.email}
    names = [f"{contacts[a]} ({a})" if a in contacts else a for a in profile.notice_recipients(notice_type)]
    return " en ".join(names)


# What the code asks the user to do with their manager, per notice type; the notice itself goes
# to registers and advisers (the profile's recipients), never to the user's own manager.
MANAGER_DUTY = {
    "geschenk": "Meld het cadeau ook zelf bij je leidinggevende.",
    "uitnodiging": "Bespreek de uitnodiging dus ook zelf met je leidinggevende.",
    "belangenverstrengeling": "Meld het dus ook zelf bij je leidinggevende.",
}


def manager_note(notice_type: str, values: Optional[Mapping[str, Any]] = None) -> Optional[str]:
    """Where the code asks for the manager to be told: that this notice does not do that, and what to do.

    A gift is to be reported when accepted (`values` of the form; before the form: said in general)."""
    accepted = (values or {}).get("melding_aangenomen")
    duty = MANAGER_DUTY.get(notice_type)
    # (not where the manager is part of it: the advice sent the user to an adviser or the coordinator instead)
    if duty is None or (notice_type == "geschenk" and accepted is False) or (values or {}).get("leidinggevende_betrokken"):
        return None
    if notice_type == "geschenk" and accepted is not True:  # no question here: a "nee" to it read as "no, thanks"
        duty = "Neem je het cadeau aan, meld het dan ook zelf bij je leidinggevende."
    return f"Je leidinggevende krijgt deze melding niet. {duty} Dat vraagt de gedragscode."


def offer(notice_type: str, profile: Profile, manager: bool = True) -> str:
    """The question after an advice that ends in "report it" (or in "talk to an adviser"); without the note on
    telling the manager (`manager_note`) after advice not to accept a gift, or where the manager is part of it."""
    to = recipients(notice_type, profile)
    if notice_type == CONTACT_REQUEST:
        question = (f"Wil je dat een vertrouwenspersoon contact met je opneemt? "
                    f"Ik help je een contactverzoek in te vullen. Het gaat naar {to}.")
    else:
        question = f"Wil je dit nu melden? Ik help je de melding in te vullen. Die gaat naar {to}."
    return _with_note(question, manager_note(notice_type) if manager else None)


def _with_note(text: str, note: Optional[str]) -> str:
    return f"{text} {note}" if note else text


def official_route(profile: Profile) -> str:
    """Said when someone asks to report behaviour officially and the bot offers a contact request."""
    return (f"Een officiële melding of klacht over gedrag dien je in via de regeling op intranet: "
            f"{profile.links.meldregeling}. Hier vul ik met je een contactverzoek in: een vertrouwenspersoon "
            f"neemt dan contact met je op voor overleg en advies, ook over die melding.")


def official_route_alone(profile: Profile) -> str:
    """Said when someone asks to complain about behaviour officially and wants no confidential adviser."""
    return (f"Een officiële klacht over gedrag dien je in via de regeling op intranet: {profile.links.meldregeling}. "
            f"Vragen over hoe dat gaat, kun je stellen aan de integriteitscoördinator: "
            f"{describe_contacts([profile.integriteitscoordinator])}")


def official_notice(profile: Profile) -> str:
    """Said when someone who reported a colleague's conduct as behaviour asks to report it officially after all."""
    return f"Goed, dan vul ik met je een officiële melding in. Die gaat naar {recipients('vermoeden_misstand', profile)}."


def offer_buttons(notice_type: str) -> List[Dict[str, str]]:
    start = f'/melding_doen{{"melding_type": "{notice_type}"}}'
    if notice_type == CONTACT_REQUEST:
        return buttons("Ja, contact vragen", start, "Liever zelf bellen of mailen", "/human_handoff",
                       "Nee, dank je", "/thankyou")
    more = MORE_ABOUT_PROTECTION if notice_type == "vermoeden_misstand" else ()
    return buttons("Ja, nu melden", start, *more, "Met een vertrouwenspersoon praten", "/human_handoff",
                   "Nee, dank je", "/thankyou")


def destination(notice_type: str, profile: Profile, values: Mapping[str, Any]) -> str:
    """Said with the summary, before anything is sent: who gets it, and what the user still does."""
    return _with_note(
        f"Je {_noun(notice_type)} gaat naar {recipients(notice_type, profile)}.", manager_note(notice_type, values)
    )


# What happens after a notice is sent, where it is known ("en wat gebeurt er nu?" went unanswered)
NEXT_STEPS = {
    "vermoeden_misstand": "Volgens de Wet bescherming klokkenluiders krijg je binnen 7 dagen een ontvangstbevestiging, en "
                          "binnen 3 maanden daarna informatie over wat ermee gebeurt.",
    CONTACT_REQUEST: "Een vertrouwenspersoon neemt contact met je op, zoals je aangaf.",
}
# an anonymous request without a number or address ("neemt contact met je op, zoals je aangaf", AI-05)
ANSWER_THROUGH_STATUS = ("Een vertrouwenspersoon kan je alleen antwoorden met een bericht bij de status. Vraag die "
                         "over een paar dagen op met je meldingsnummer en je code.")


URGENT = re.compile(r"\b(?:dringend|spoed|urgent|vandaag|meteen|direct|zo snel mogelijk|asap|nu)\b", re.IGNORECASE)


def other_matter(profile: Profile) -> str:
    """Something serious of another matter told inside a notice: heard, and not taken as the answer."""
    return ("Dat gaat over iets anders dan deze melding, en het klinkt belangrijk. Wil je daarover praten? Typ dan "
            "\"stop\": deze melding verstuur ik dan niet, en daarna vertel je het me opnieuw. Je kunt ook meteen een "
            f"vertrouwenspersoon bellen of mailen: {describe_contacts(profile.vertrouwenspersonen)} Wil je deze melding "
            "eerst afmaken? Beantwoord dan de vraag hieronder.")


def urgent(profile: Profile) -> str:
    """Said where a contact request is urgent: a request may take a while, a call does not."""
    return ("Is het dringend? Een contactverzoek kan even duren. Bel dan liever zelf: "
            + describe_contacts(profile.vertrouwenspersonen))


def filed(reference: str, receipt_code: Optional[str], notice_type: str, profile: Profile,
          values: Optional[Mapping[str, Any]] = None, *, reachable: bool = True) -> List[str]:
    """`reachable`: the notice gives a way to contact its reporter, or a name."""
    next_steps = NEXT_STEPS.get(notice_type, "") if reachable or notice_type != CONTACT_REQUEST else ANSWER_THROUGH_STATUS
    if notice_type == CONTACT_REQUEST and URGENT.search(" ".join(str(v) for v in (values or {}).values() if v)):
        next_steps += " " + urgent(profile)  # "vandaag nog graag, het is dringend" got "zoals je aangaf" (CC-04)
    sent = (f"Je {_noun(notice_type)} is verstuurd naar {recipients(notice_type, profile)}. "
            f"Je meldingsnummer is {reference}. {next_steps}".rstrip())
    lines = [_with_note(sent, manager_note(notice_type, values))]
    if receipt_code:
        lines.append(
            f"Je geheime code is: {receipt_code}\n"
            "Bewaar deze code goed en deel hem met niemand. Ik laat hem maar één keer zien "
            "en niemand kan hem terughalen."
        )
        lines.append(
            "Wil je later weten hoe het ervoor staat? Zeg dan \"wat is de status van mijn melding\" "
            "en geef je meldingsnummer en je code."
        )
    else:
        lines.append(f"Bewaar je meldingsnummer. Heb je vragen over je {_noun(notice_type)}? Stel ze aan de ontvanger.")
    return lines


def buttons(*pairs: str) -> List[Dict[str, str]]:
    """buttons("Ja", "/affirm", "Nee", "/deny") -> Rasa button dicts."""
    return [{"title": title, "payload": payload} for title, payload in zip(pairs[::2], pairs[1::2])]
