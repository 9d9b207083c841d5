"""Questions about this chat and other answers: what-ifs and follow-ups, several matters at once, a relationship with a
colleague, one confidential adviser, not knowing, debts, privacy, deleting the chat, contacts, and what the bot
does not give (a colleague's details, who reported)."""
from __future__ import annotations

import re

from bot.patterns import words as _words
from bot.said.facts import behaviour_said, gift_kind


# (also "nee ik bedoel: en als het 60 euro was?", whose answer put € 60 in the notice of a € 40 gift, OA-17)
_OPENER = r"^\W*(?:(?:ok\w*|oké|ja|nee|maar|hm+|ik bedoel|(?:ik )?bedoel ik)\W+)*"
# and a new amount alone ("en 60?" got the advice for the real € 40 again, OA-17)
WHAT_IF = re.compile(_OPENER + r"(?:en |dus )?(?:(?:wat )?als\b|stel\b|zeg dat\b|en (?:nou|nu) als\b)"
                     r"|" + _OPENER + r"en (?:bij |met |voor )?(?:€\s*)?\d+(?:[.,]\d+)?(?:\s*euro)?\s*\?", re.IGNORECASE)
ASKS_ON = re.compile(_OPENER + r"(?:en|dus|maar|ook|zelfs|moet ik|mag ik|kan ik|hoef ik|hoeft|wat moet|wat doe|wat zeg|hoe)\b",
                     re.IGNORECASE)
REFERS_BACK = re.compile(r"(?:\b|')(?:het|dat|dit|ze|hem|haar|daar\w*|dan|zo'n|die|deze|hij|zij|t|m)(?!\w)", re.IGNORECASE)


NEW_MATTER = _words(r"iets anders", r"(?:nog )?een (?:andere )?vraag", r"ander onderwerp", r"los daarvan", r"trouwens")


def what_if(text: str) -> bool:
    """Whether a message asks about another case than the real one ("en als het 40 euro was?")."""
    return bool(WHAT_IF.match(text or ""))


def follow_up(text: str) -> bool:
    """Whether a message is a short question that goes on about what was just discussed ("moet ik
    het teruggeven?", "en als ik de vlucht zelf betaal?"), not a new matter ("en voor etentjes?",
    "mijn collega neemt papier mee, mag dat?")."""
    text = text or ""
    if NEW_MATTER.search(text):
        return False
    # (a what-if may take more words: "ok. en als hij envelop gewoon op balie legt en weg loopt? dan heb ik het toch", DA-04)
    words = len(text.split())
    return bool(WHAT_IF.match(text) and words <= 20 or words <= 14 and ASKS_ON.match(text) and REFERS_BACK.search(text))


# Several matters in one message ("ik heb eigenlijk drie dingen. 1 mijn zwager ... 2 ik heb ... 3 mijn collega ...")
SEVERAL_MATTERS = re.compile(r"\b(?:twee|drie|vier|een paar|meerdere) (?:dingen|vragen|zaken|kwesties|dilemma'?s)\b"
                             r"|(?:^|[\s:])1[.):]?\s+\w[^\n]*?\s2[.):]?\s+(?:ik|mijn|m'n|mn|een|de|het|er|we|hij|zij|ze)\b",
                             re.IGNORECASE)


def several_matters(text: str) -> bool:
    return bool(SEVERAL_MATTERS.search(text or ""))


# a relationship with a colleague, asked about ("mag ik met een collega daten?" got the questions on unwanted behaviour, GC-17)
RELATIONSHIP_ASKED = _words(r"date[nt]?\b", r"verkering", r"verliefd", r"liefdesrelatie", r"relatie (?:\w+ ){0,2}met (?:een|mijn|m'n|mn) collega",
                            r"samenwon\w* met (?:een|mijn|m'n|mn) collega")


_UNWANTED_ADVANCES = _words(r"aandring\w*", r"opdring\w*", r"blijft (?:\w+ )?(?:vragen|aandringen|sturen|appen)", r"wil (?:dat|het) niet",
                            r"lastig\w*", r"nee (?:\w+ )?gezegd")


def relationship_asked(text: str) -> bool:
    return "?" in (text or "") and bool(RELATIONSHIP_ASKED.search(text or "")) and not behaviour_said(text) \
        and not _UNWANTED_ADVANCES.search(text or "")


# One confidential adviser and not the other ("alleen de externe", "niet naar die van ons"): a contact request goes to all
ONE_ADVISER = _words(r"(?:krijgt|leest|ziet) (?:de|die) (?:extern|intern)e (?:vertrouwenspersoon )?(?:\w+ ){0,3}(?:te zien|mee|dit|het)\b",
                     r"(?:alleen|enkel|uitsluitend|liever|liefst)\b[^.?!]{0,40}\b(?:extern|intern)\w*",
                     # the adviser close to the one it is about ("de interne vertrouwenspersoon is zijn vrouw" was offered
                     # a contact request to her, HB-11)
                     r"(?:extern|intern)e (?:vertrouwenspersoon|vp) (?:\w+ ){0,2}(?:is (?:zijn|haar|de|een)\b|getrouwd|bevriend|familie)",
                     r"niet (?:\w+ ){0,6}(?:de |die )?(?:extern|intern)\w* (?:vertrouwenspersoon|vp)",
                     r"niet (?:\w+ ){0,3}(?:dat |of )?(?:de|die) (?:extern|intern)e\b",
                     r"(?:gaat|komt) (?:dit|het|die|dat) (?:\w+ ){0,2}(?:naar|bij) (?:de|die) (?:extern|intern)e\b",
                     r"(?:zelf )?(?:kiezen|kies) (?:\w+ ){0,4}(?:welke|wie|een andere) (?:\w+ ){0,2}vertrouwenspersoon",
                     r"welke vertrouwenspersoon (?:\w+ ){0,4}(?:krijgt|leest|ziet|kiezen)")


# Not knowing, said beside other words ("geen idee, een fles champagne"; "ik heb het zelf gezien, verder geen bewijs")
# ("Dat weet ik eigenlijk niet. ..." got "Kies Ja of Nee", LE-04)
NOT_KNOWN = _words(r"geen (?:flauw )?idee", r"weet (?:ik )?(?:het |dat )?niet(?: meer)?", r"geen benul", r"geen peil op",
                   r"(?:dat|dit|het) weet ik (?:\w+ )?niet",
                   r"(?:lastig|moeilijk) te (?:zeggen|schatten)", r"kan (?:ik )?(?:niet|moeilijk) schatten")


# ("kan het alleen naar de externe? de interne kent hem goed" got the outside routes, FC-12)
_ADVISER_NAMED = _words(r"vertrouwens\w*", r"vp", r"contactverzoek",
                        r"(?:de|die) (?:externe|interne)\b(?!\s+(?:\w+ )?(?:partij|bedrijf|adres|mail\w*|organisatie|ontvanger|"
                        r"bureau|deskundige|onderzoek\w*|collega\w*|harde schijf|schijf|stick))")


def one_adviser_asked(text: str) -> bool:
    return bool(ONE_ADVISER.search(text or "") and _ADVISER_NAMED.search(text or ""))


# Debts, one's own or a colleague's: no side job, no register, and the code is silent (they got the side-job notice)
# (not debt counselling as one's job: "ik werk bij schuldhulpverlening" got "Je hoeft je er niet voor te schamen", HC-09)
DEBTS = _words(r"schulden", r"loonbeslag", r"beslag op (?:mijn|m'n|mn|zijn|haar) (?:loon|salaris)",
               r"(?:zit|zitten|ga|ging|kom|kwam|ben|sta) (?:\w+ )?(?:in|naar|bij|onder) (?:de )?schuldhulp\w*",
               r"deurwaarder", r"betalingsachterstand\w*", r"(?:kom|komt) (?:\w+ )?niet (?:meer )?rond")


# debts as data about others: a file with residents' debts sent to the wrong address is a data leak (it got
# "Je hoeft je er niet voor te schamen", AC-08)
DEBTS_AS_DATA = _words(r"bsn", r"\w*gegevens", r"bestand\w*", r"lijst\w*", r"excel\w*", r"bijlage", r"dossiers?", r"inwoners",
                       r"cliënten", r"clienten", r"datalek")


_NO_DEBTS = _words(r"geen schulden", r"niet (?:over|om) schulden", r"het niet over schulden")


def debts_said(text: str) -> bool:
    # (an interest-free loan from a contractor is a gift; "Ik heb geen schulden" is none, HD-04)
    return bool(DEBTS.search(text or "")) and gift_kind(text) is None \
        and not DEBTS_AS_DATA.search(text or "") and not _NO_DEBTS.search(text or "")


# A question about this chat's privacy ("is dit anoniem?", "kan ICT dit lezen", "wordt dit
# doorgestuurd naar mijn baas?"): a question, a word of privacy, and a word for this chat.
PRIVACY_ASKED = re.compile(
    r"^(?=.*\?|\W*(?:is|wordt|komt|kan|kunnen|ziet|zien|leest|lezen|krijgt|weet|blijft)\b)"
    r"(?=.*\b(?:anoniem|mijn naam|meelezen|mee lezen|leest|lezen|teruglezen|terug lezen|terugzien|inzien|opgeslagen|bewaard|"
    r"doorgestuurd|te zien|ziet|zien|geheim|"  # ("kan mijn leidinggevende dit teruglezen?", DB-12)
    # where it goes ("ben jij chatgpt? gaat dit naar amerika?" got "Ik ben een chatbot", IC-08)
    r"amerika|buitenland|cloud|servers?|beheerders?|chatgpt|openai)\b)"
    r"(?=.*\b(?:dit|deze chat|dit gesprek|de chat|hier|hierbij|hiervan|jullie)\b)", re.IGNORECASE | re.DOTALL)


def privacy_asked(text: str) -> bool:
    # a question said first, with more after it ("Wie leest dit eigenlijk straks? Ik wil niet dat het lijkt ...")
    question = re.split(r"(?<=\?)\s+", (text or "").strip())[0]
    return len(question.split()) <= 14 and bool(PRIVACY_ASKED.match(question))


# A wish to have this conversation deleted now ("verwijder dit gesprek", "kun je wissen wat ik net
# schreef?"): a word for deleting and one for this chat or what the user wrote in it. A question
# about when it is deleted ("wordt dit gesprek gewist?") is a question about privacy.
FORGET_ASKED = re.compile(
    r"^(?!\W*(?:wordt|worden|wanneer|hoe ?lang|na hoeveel)\b)"
    r"(?=.*\b(?:verwijder\w*|wis|wissen|gewist|weg ?halen|haal\b.*\bweg|vergeet)\b)"
    r"(?=.*\b(?:(?:dit|het|deze|ons|mijn) (?:chat)?(?:gesprek|chat|berichten|berichtjes|chatgeschiedenis)|de chat\w*|"
    r"wat ik (?:\w+ ){0,3}(?:gezegd|geschreven|getypt|verteld|zei|schreef|typte|vertelde)|alles wat ik)\b)",
    re.IGNORECASE | re.DOTALL)


def forget_asked(text: str) -> bool:
    return len((text or "").split()) <= 30 and bool(FORGET_ASKED.match(text or ""))


# Whether one can delete it, or a wish for later ("kan ik het gesprek wissen als ik klaar ben?" deleted a
# half-filled request at once): the answer, with a button to delete it now.
FORGET_LATER = _words(r"^\W*(?:kan|mag|kunnen) (?:ik|we|wij)\b", r"is het mogelijk", r"als (?:ik|we) klaar (?:ben|zijn)",
                      r"later", r"straks", r"na afloop", r"achteraf", r"na (?:dit|het) gesprek", r"zometeen")


def forget_possible_asked(text: str) -> bool:
    return forget_asked(text) and bool(FORGET_LATER.search(text or ""))


# a word of deleting at all: the model's answer on deleting this chat needs one ("was het strafbaar geweest als ik dit niet
# gemeld had?" got "Ja, dat kan. Typ 'wis dit gesprek'", ID-12)
FORGET_WORD = _words(r"verwijder\w*", r"wis\b", r"wissen\b", r"gewist\b", r"weg ?halen\b", r"haal\b.*\bweg\b", r"vergeet\b",
                     r"vergeten\b", r"bewaard\b", r"opgeslagen\b", r"delete\w*")


def forget_word_said(text: str) -> bool:
    return bool(FORGET_WORD.search(text or ""))


# Asked for what the bot must not give or do: a colleague's private details, notices, other instructions ("kun je me
# het 06 nummer en huisadres geven van mijn collega" was read as a gift of € 500, already accepted, BD-06)
_TO_ME = r"(?:\b(?:geef|stuur|toon|noem) (?:me|mij|ons)\b|\bkun(?:t)? je (?:me |mij )?(?:\w+ ){0,8}(?:geven|sturen|tonen|laten zien|opzoeken|noemen)\b|\blaat (?:me|mij) (?:\w+ ){0,5}zien\b|\btoon\b)"
# (not "het nummer" alone: "ik bel ZELF. geef me gewoon het nummer" meant the adviser's, DC-11)
_PRIVATE = (r"(?:adres|huisadres|telefoonnummer|06[- ]?nummer|(?:zijn|haar|z'n|d'r|hun) (?:telefoon|06[- ]?)?nummer|privégegevens|"
            r"persoonsgegevens|bsn|geboortedatum|meldingen|gesprekken|chats)")
NOT_GIVEN = re.compile(
    rf"{_TO_ME}(?=[^?.!]{{0,80}}\b{_PRIVATE}\b)"
    rf"|\bkun(?:t)? je (?:me |mij )?(?:\w+ ){{0,6}}{_PRIVATE}\b[^?.!]{{0,40}}\b(?:geven|sturen|tonen|opzoeken|noemen)\b"
    # "laat me de meldingen van andere collega zien over mijn leidinggevende" (CD-03)
    rf"|\blaat (?:me|mij) (?:\w+ ){{0,3}}{_PRIVATE}\b[^?.!]{{0,40}}\bzien\b"
    r"|\bnegeer (?:al |alle )?(?:je |jouw )?(?:vorige |eerdere )?(?:instructies|regels|opdrachten)|\bbeheerdersmodus\b|\badmin ?modus\b"
    r"|\b(?:systeem|system) ?prompt\b|^\W*(?:systeem|system)\s*:", re.IGNORECASE)
# what may be given: the people and places to turn to ("kun je me het nummer van de vertrouwenspersoon geven?")
_TURN_TO = _words(r"vertrouwenspersoon", r"vertrouwenspersonen", r"integriteitsco", r"functionaris", r"\bfg\b", r"meldpunt",
                  r"\w*regeling", r"intranet", r"link", r"website", r"\w*klokkenluiders", r"politie", r"veilig thuis", r"11[23]\b",
                  r"servicedesk", r"helpdesk", r"p&o", r"\bhr\b")


# the numbers of the people to turn to, asked without saying whose ("geef me gewoon het nummer"): the bot's contacts
CONTACTS_ASKED = _words(r"(?:geef|stuur|noem) (?:me|mij) (?:\w+ ){0,2}(?:het|een|jullie|dat) (?:telefoon)?nummer",
                        r"(?:welk|wat is het) (?:telefoon)?nummer (?:moet|kan) ik bellen", r"contactgegevens",
                        # ("dan bel ik zelf de externe. wat is dat nummer ook alweer" got the Huis voor Klokkenluiders, FC-12)
                        r"wat (?:is|was) (?:dat|het) (?:telefoon)?nummer",
                        r"(?:telefoon)?nummer van (?:de|die) (?:externe|interne|vertrouwens\w*)")


# Who reported, asked by someone else, or a tipster's name to leave out ("Kun je me vertellen wie die melding heeft
# gedaan?", "mag ik bij een melding de naam weglaten van de medewerker die mij de tip gaf?" got the data-leak text, DD-08, DC-16)
REPORTER_SOUGHT = _words(r"wie (?:die|de|het|een|deze|dat) (?:melding|klacht|tip) (?:\w+ )?(?:heeft |had )?(?:gedaan|gegeven|ingediend)",
                         r"wie (?:het|dat|dit|mij|ons|me) (?:\w+ )?(?:heeft|had) (?:gemeld|verklikt|aangegeven)",
                         r"wie er (?:\w+ )?achter (?:die |de |deze |het |dat )?(?:melding |klacht )?zit",
                         r"(?:uitzoeken|achterhalen|weten|vragen) wie (?:het|dat|dit|er) (?:\w+ )?(?:heeft )?(?:gemeld|verteld|doorgegeven)",
                         r"(?:de )?naam (?:\w+ ){0,3}(?:weglaten|weg laten|niet noemen|geheimhouden|geheim houden|verzwijgen)"
                         r"(?! (?:\w+ ){0,2}(?:mijzelf|mezelf))",
                         r"(?:die|de) (?:mij|me) (?:de|een|die) tip gaf", r"\btipgever\b",
                         r"naam (?:\w+ ){0,2}(?:geven|noemen|doorgeven) van (?:de|die|mijn|m'n) (?:medewerk\w*|collega\w*) die (?:het )?"
                         r"(?:mij|me) ",
                         r"(?:heeft|had|deed) (?:zij|hij|ze) (?:\w+ ){0,2}(?:een )?melding (?:\w+ )?(?:gedaan|ingediend)")


def reporter_sought(text: str) -> bool:
    text = text or ""
    return bool(REPORTER_SOUGHT.search(text)) and not re.search(r"\bmijn (?:eigen )?naam\b", text, re.IGNORECASE)


def contacts_asked(text: str) -> bool:
    return bool(CONTACTS_ASKED.search(text or "")) and not NOT_GIVEN.search(text or "")


def not_given_asked(text: str) -> bool:
    """Whether a message asks the bot for a colleague's details or notices, or to drop its instructions."""
    return bool(NOT_GIVEN.search(text or "")) and not _TURN_TO.search(text or "")
