"""The advice of the code of conduct, per theme, computed from the facts of the conversation.

The rules decide which texts apply (an outcome); the texts themselves live in
teksten.yml and are filled from the organisation profile, so a new threshold or
phone number never needs a code change.
"""
from __future__ import annotations

import re

from dataclasses import dataclass, fields
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional, Tuple, Union

import yaml

from bot.amounts import format_euro, more_than, parse_amount
# (BRIBE: a gift offered for an act of office; re-exported)
from bot.cases import BRIBE, COLLEAGUES_GIFT, EMPLOYER_SCHEME, FEE_CASE, PENDING_CASE, REPEATED_CASE  # noqa: F401
from bot.notices.form import THEME_NOTICE
from bot.profile import Profile, describe_contacts
from bot.said.facts import NO_TRAVEL, TALKED
from bot.said.others import ACCUSED
from bot.themes import GIVER_KINDS, SUBJECTS, THEMES  # noqa: F401  (THEMES re-exported for callers)

# Relations the code of conduct names ("familieleden, vrienden en ex-collega's"). A partner or
# housemate is at least as close as a friend, so the same rule applies to them in full
# (DESIGN.md). Neighbours and other acquaintances: the code's principle applies.
RELATIONS_NAMED_BY_CODE = {"familie", "vriend", "ex-collega", "partner", "huisgenoot"}
RELATION_WORDS = {
    "familie": "een familielid",
    "vriend": "een vriend of vriendin",
    "ex-collega": "een (ex-)collega",
    "partner": "je partner",
    "ex-partner": "je ex-partner",
    "zelf": "je eigen aanvraag of belang",
    "huisgenoot": "een huisgenoot",
    "buur": "je buren",
}
NEUTER_GIVERS = {"adviesbureau", "softwarebedrijf", "advocatenkantoor"}  # "het", not "de"
# One advice message: a text key, or several keys said together in one message, optionally
# preceded by the number of the escalation step it is: (2, "escalatie.lukt_niet", ...).
Step = Union[str, Tuple[Union[int, str], ...]]
# Unwanted behaviour where talking to the person first must never be pushed.
SEVERE_BEHAVIOUR = {"seksuele_intimidatie", "agressie"}


@dataclass(frozen=True)
class Facts:
    """What the conversation has established; every field may still be unknown (None)."""

    bedrag: Optional[str] = None
    gever: Optional[str] = None
    soort_gift: Optional[str] = None
    al_aangenomen: Optional[bool] = None
    reis_betaald: Optional[Union[bool, str]] = None  # or NO_TRAVEL
    relatie: Optional[str] = None
    eigen_rol: Optional[str] = None
    gedragsvorm: Optional[str] = None
    misstand_soort: Optional[str] = None
    onderwerp: Optional[str] = None  # someone else's conduct: the theme it is about
    veilig_gesprek: Optional[object] = None  # True, False, or TALKED (already talked to the person)
    leidinggevende_betrokken: Optional[bool] = None
    zelf_getroffen: Optional[Union[bool, str]] = None  # unwanted behaviour: towards the user (True), someone else, ACCUSED
    geval: Optional[str] = None  # the case of one rule of a theme (bot/cases.py)
    van_buiten: Optional[bool] = None  # unwanted behaviour by a resident, client or visitor
    als_leidinggevende: Optional[bool] = None  # a manager asking about an employee of theirs
    namens: Optional[bool] = None  # asking for someone else, not as their manager (HR, a secretary)
    per_persoon: Optional[bool] = None  # a gift's value said per person of a group

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any]) -> "Facts":
        return cls(**{f.name: values.get(f.name) for f in fields(cls)})

    @property
    def value(self) -> Optional[Decimal]:
        return parse_amount(self.bedrag)


@lru_cache(maxsize=1)
def _texts() -> Dict[str, Dict[str, str]]:
    return yaml.safe_load((Path(__file__).parent / "teksten.yml").read_text(encoding="utf-8"))


def gift_outcome(facts: Facts, threshold: Decimal) -> str:
    """Which rule of the code applies to a gift."""
    if facts.soort_gift in ("korting", "gunst"):
        return "nooit"
    above = facts.value is not None and (
        facts.value > threshold or (facts.value == threshold and more_than(facts.bedrag)))  # "ruim 50 euro"
    if facts.soort_gift == "geld":  # money above the limit is above it too ("100 euro" got "no rule", IA-09)
        return "afwijzen" if above else "code_zwijgt_geld"
    if facts.value is None:
        return "onbekend"
    if facts.per_persoon and not above:  # "per persoon is het 15 euro": a split that must not pass the limit
        return "per_persoon"
    return "afwijzen" if above else "aannemen_melden"


def gift_declined(facts: Facts, threshold: Decimal) -> bool:
    """Whether the code's answer to a gift is not to accept it."""
    return gift_outcome(facts, threshold) in ("afwijzen", "nooit")


def escalation_kind(theme: str, facts: Facts) -> str:
    """ongewenst: unwanted behaviour towards the user; publiek: by a resident or client, towards the
    user or a colleague; getuige: towards someone else; leidinggevende: a manager asking about behaviour in the team;
    beschuldigd: the user's own behaviour, found unwanted; misstand: a suspected wrongdoing; gedrag: someone else's
    conduct that the user reports as behaviour."""
    if theme == "dilemma_ongewenst_gedrag":
        if facts.zelf_getroffen == ACCUSED:
            return "beschuldigd"
        if facts.van_buiten is True:  # seen or suffered: the code is silent on the public either way
            return "publiek"
        if facts.als_leidinggevende and facts.zelf_getroffen is not True:  # the target's steps went to him (DE-04)
            return "leidinggevende"
        return "getuige" if facts.zelf_getroffen is False else "ongewenst"
    return "misstand" if facts.misstand_soort != "gedrag" else "gedrag"


SUBJECT_CASES = {("dilemma_nevenwerkzaamheden", "raakt_werk"), ("dilemma_geschenk", BRIBE),
                 ("dilemma_gemeentelijke_voorzieningen", "regeling")}


def escalation_steps(kind: str, facts: Facts) -> List[Step]:
    """The escalation steps for this situation, in order (see DESIGN.md); a tuple is one message.

    For a suspected wrongdoing the bot does not suggest talking to the person first: that can
    warn a suspect and lose evidence. It says why, after the code's preference to talk first (which it keeps where
    the user does not know how serious it is), and keeps the advice to three messages; the
    details of the protection are behind a button (the FAQ answer)."""
    # the passage of the case where it has one of its own (a colleague's side job that touches his own work got "het is
    # prima" alone; cash from a contractor the limit of € 50, BE-06)
    case = f"_{facts.geval}" if (facts.onderwerp, facts.geval) in SUBJECT_CASES else ""
    subject = (f"onderwerp_{facts.onderwerp.removeprefix('dilemma_')}{case}",) if facts.onderwerp in SUBJECTS else ()
    if kind == "misstand":
        return [
            # (not known how serious: the code's preference, with the caution)
            ("inleiding_misstand", *subject, "niet_bespreken_misstand" if facts.misstand_soort == "misstand"
             else "bespreken_misstand_twijfel", "stappen"),
            (1, _adviser_step(facts), 2, "melding_misstand"),
            ("bescherming",),
        ]
    # threats and violence; touching against one's will
    crime = {"agressie": ("aangifte",), "seksuele_intimidatie": ("aangifte_seksueel",)}.get(facts.gedragsvorm, ())
    if kind == "publiek":  # the code is silent on the public; no talk with them, no complaint against a colleague
        return [("inleiding_publiek", *crime, "stappen"), (1, "publiek_leidinggevende"), (2, "publiek_steun"), "folder"]
    if kind == "leidinggevende":  # the code: make it discussable, correct; available to whoever asks advice
        return [("inleiding_leidinggevende", "stappen"), (1, "leidinggevende_luisteren"), (2, "leidinggevende_bespreekbaar"),
                (3, "leidinggevende_klacht"), "folder"]
    if kind == "beschuldigd":  # the code: be open to it; the procedure is the regulation's
        return [("inleiding_beschuldigd", "stappen"), (1, "beschuldigd_luisteren"), (2, "beschuldigd_steun"), "folder"]
    talked = facts.veilig_gesprek == TALKED  # then the next step, not the talk again
    talk = facts.gedragsvorm not in SEVERE_BEHAVIOUR and facts.veilig_gesprek is True
    # not known whether it is safe: the code's preference, with the way out
    doubt = facts.gedragsvorm not in SEVERE_BEHAVIOUR and facts.veilig_gesprek not in (True, False, TALKED)
    # a witness: the manager steps in, unless the manager is the one (then the adviser, step 2)
    manager = ("leidinggevende_grijpt_in",) if kind == "getuige" and facts.leidinggevende_betrokken is not True else ()
    leak = facts.onderwerp == "dilemma_vertrouwelijke_informatie" and facts.geval == "datalek"  # no waiting for a talk
    return [
        (f"inleiding_{kind}", *(subject if kind == "gedrag" else ()), *manager, *crime, "stappen"),
        (1, "datalek_niet_wachten" if leak else "al_besproken" if talked else "gesprek_betrokkene" if talk
         else "gesprek_als_veilig" if doubt else "niet_veilig"),
        (2, "lukt_niet", _adviser_step(facts)) if talk or doubt else (2, _adviser_step(facts)),
        (3, "klacht" if kind == "ongewenst" else "melding_intern"),
        "folder",
    ]


# cases with nothing to register: a bribe or the employer's own scheme is no gift, a nationality no side job
NO_NOTICE_CASES = (BRIBE, EMPLOYER_SCHEME, COLLEAGUES_GIFT, "nationaliteit")


def offered_notice(theme: str, facts: Facts) -> Optional[str]:
    """The notice the advice offers to fill in, if any.

    A colleague's conduct that the user chose to report as behaviour is not a suspected
    wrongdoing, so it is not filed as one (with the deadlines of the Wet bescherming
    klokkenluiders): like unwanted behaviour it leads to a request to talk to an adviser. A manager
    asking about an employee's own dilemma is not offered the employee's notice."""
    if theme == "dilemma_vermoeden_misstand" and escalation_kind(theme, facts) == "gedrag":
        return "contactverzoek_vertrouwenspersoon"
    if (facts.als_leidinggevende or facts.namens) and theme in EMPLOYEES_NOTICE or facts.geval in NO_NOTICE_CASES:
        return None
    return THEME_NOTICE.get(theme)


def _adviser_step(facts: Facts) -> str:
    return "vertrouwenspersoon" if facts.leidinggevende_betrokken is True else "leidinggevende_of_vertrouwenspersoon"


def _gift(facts: Facts, profile: Profile) -> List[str]:
    if facts.geval in (BRIBE, EMPLOYER_SCHEME, COLLEAGUES_GIFT):  # no gift from another at all: the limit does not apply
        return [f"geschenk.geval_{'omkoping' if facts.geval == BRIBE else facts.geval}"]
    keys = [gift_outcome(facts, profile.geschenk_drempel_euro)]
    if facts.geval in (PENDING_CASE, REPEATED_CASE):  # whatever its value: not from someone whose tender or application
        keys = [f"geval_{facts.geval}", *(["afwijzen"] if keys[0] == "afwijzen" else [])]  # runs, nor again and again
    if facts.al_aangenomen is True and keys[0] != "aannemen_melden":
        keys.append("al_aangenomen")
    return [f"geschenk.{key}" for key in keys + ["kern"]]


def _invitation(facts: Facts, profile: Profile) -> List[str]:
    # NO_TRAVEL: an event near by that names no travel (bot/said/facts.py)
    travel = {True: "reis_derden", False: None, NO_TRAVEL: None}.get(facts.reis_betaald, "reis_onbekend")
    case = f"geval_{facts.geval}" if facts.geval in (PENDING_CASE, FEE_CASE) else None
    return [f"uitnodiging.{key}" for key in (case, "altijd_bespreken", travel, "alcohol") if key]


def _conflict_of_interest(facts: Facts, profile: Profile) -> List[str]:
    # not known ("weet ik niet"): the code's rule for family and friends, the strictest
    named = facts.relatie in RELATIONS_NAMED_BY_CODE or facts.relatie in (None, "onbekend")
    keys = [*(["geval_voorrang"] if facts.geval == "voorrang" else []), "melden" if named else "kennissen"]
    if facts.eigen_rol in ("behandelaar", "betrokken", "geen"):
        keys.append(f"rol_{facts.eigen_rol}")
    if facts.relatie == "ex-collega":
        keys.append("inhuren")
    return [f"belangenverstrengeling.{key}" for key in keys + ["schijn"]]


def _information(facts: Facts, profile: Profile) -> List[str]:
    # a manager told of a data leak reports it to the data protection officer, not to the manager (HB-10)
    case = "datalek_leidinggevende" if facts.geval == "datalek" and facts.als_leidinggevende else facts.geval
    keys = ["regels", "verder"] if case is None else [f"geval_{case}", *([] if case in OWN_USE else ["regels"])]
    return [f"vertrouwelijke_informatie.{key}" for key in keys]


OWN_USE = ("mening_online", "prive_mail")  # no information from work, or its answer says the rules it rests on


# the case of one rule (bot/cases.py): its answer, then the rule it rests on
FACILITY_RULE = {"beperkt": "regels", "regeling": "eerlijk", "privegebruik": "eigendom"}
# its answer names the person to ask: no general "twijfel je?" after it
CASE_ADVISES = {"eigen_bedrijf", "ziek", "veel", "ict", "valse_declaratie", "tanken", "kosten"}


def _facilities(facts: Facts, profile: Profile) -> List[Step]:
    if facts.geval is None:
        steps: List[Step] = ["regels", "eigendom", ("eerlijk", "twijfel")]
    else:
        rule = FACILITY_RULE.get(facts.geval)
        steps = [f"geval_{facts.geval}", *([rule] if rule else []), *([] if facts.geval in CASE_ADVISES else ["twijfel"])]
    return [tuple(f"gemeentelijke_voorzieningen.{k}" for k in step) if isinstance(step, tuple)
            else f"gemeentelijke_voorzieningen.{step}" for step in steps]


def _escalation(theme: str):
    def steps(facts: Facts, profile: Profile) -> List[Step]:
        return [
            tuple(part if isinstance(part, int) else f"escalatie.{part}" for part in step)
            if isinstance(step, tuple) else f"escalatie.{step}"
            for step in escalation_steps(escalation_kind(theme, facts), facts)
        ]

    return steps


_RULES = {
    "dilemma_geschenk": _gift,
    "dilemma_uitnodiging": _invitation,
    "dilemma_nevenwerkzaamheden": lambda f, p: ["nevenwerkzaamheden.geval_nationaliteit"] if f.geval in NO_NOTICE_CASES else [
        f"nevenwerkzaamheden.geval_{f.geval}" if f.geval in ("raakt_werk", "gemeenteraad")
        else "nevenwerkzaamheden.toegestaan_melden",
        "nevenwerkzaamheden.registratie",
    ],
    "dilemma_belangenverstrengeling": _conflict_of_interest,
    "dilemma_vertrouwelijke_informatie": _information,
    "dilemma_gemeentelijke_voorzieningen": _facilities,
    "dilemma_ongewenst_gedrag": _escalation("dilemma_ongewenst_gedrag"),
    "dilemma_vermoeden_misstand": _escalation("dilemma_vermoeden_misstand"),
}


# A manager asking about an employee of theirs first hears the manager's own part in the code
MANAGER_ROLE = {"dilemma_ongewenst_gedrag": "leidinggevende.rol_ongewenst",
                "dilemma_belangenverstrengeling": "leidinggevende.rol_belangen"}
# own dilemmas whose notice the employee files; the manager is not offered to file it in their own name
EMPLOYEES_NOTICE = tuple(theme for theme in THEME_NOTICE if theme in SUBJECTS)


def _steps(theme: str, facts: Facts, profile: Profile) -> List[Step]:
    if facts.leidinggevende_betrokken is True and theme in SUBJECTS and not facts.als_leidinggevende:
        return ["leidinggevende.zelf_betrokken", *_RULES[theme](facts, profile)]
    if theme not in THEMES or not (facts.als_leidinggevende or facts.namens):
        return _RULES[theme](facts, profile)
    # asked for someone else: as their manager, the manager's part first; else (HR, a secretary) that it is another's
    # dilemma (HR was addressed as the employee, BB-01, BB-14)
    role, notice = ((MANAGER_ROLE.get(theme, "leidinggevende.rol"), "leidinggevende.melding_medewerker")
                    if facts.als_leidinggevende else ("leidinggevende.namens", "leidinggevende.melding_namens"))
    return [(role, notice) if theme in EMPLOYEES_NOTICE else role, *_RULES[theme](facts, profile)]


def advice_keys(theme: str, facts: Facts, profile: Profile) -> List[str]:
    """The text keys of the advice for `theme`, e.g. ["geschenk.afwijzen", "geschenk.kern"]."""
    return [key for step in _steps(theme, facts, profile) for key in _keys_of(step)]


def advice(theme: str, facts: Facts, profile: Profile) -> List[str]:
    """The advice for `theme` as Dutch messages, filled from the profile and the facts."""
    return [_message(step, profile, facts) for step in _steps(theme, facts, profile)]


def _message(step: Step, profile: Profile, facts: Facts) -> str:
    """One message: its texts after each other, a numbered step on a line of its own."""
    message = ""
    for part in _parts(step):
        if isinstance(part, int):
            message += ("\n" if message else "") + f"{part}."
        else:
            message += (" " if message else "") + text(part, profile, facts)
    return message


def _parts(step: Step) -> Tuple[Union[int, str], ...]:
    return step if isinstance(step, tuple) else (step,)


def _keys_of(step: Step) -> Tuple[str, ...]:
    return tuple(part for part in _parts(step) if isinstance(part, str))


def text(key: str, profile: Profile, facts: Facts = Facts()) -> str:
    """The text `key` ("section.name") from teksten.yml, filled in. Where the manager is part of it, the advice of
    our own ("Mijn advies: ...") names a confidential adviser instead ("Bespreek het met je leidinggevende" came right
    after the user reported her own manager, AE-10, AE-12); what the code itself asks of the manager stays. A text with
    a variant "<name>_zonder_leidinggevende" has that variant there instead (a data leak goes to the data protection
    officer, not to a confidential adviser, OC-13); one "<name>_als_leidinggevende" for a manager asking about an
    employee (a team leader was told "bespreek het met je leidinggevende" about an employee on sick leave, OE-16)."""
    section, name = key.split(".")
    variant = WITHOUT_MANAGER if facts.leidinggevende_betrokken is True else AS_MANAGER if facts.als_leidinggevende else None
    if variant and f"{name}{variant}" in _texts()[section]:
        name = f"{name}{variant}"
    filled = " ".join(_texts()[section][name].split()).format(**_placeholders(profile, facts))
    if facts.leidinggevende_betrokken is True and OWN_ADVICE in filled:
        code, advice_part = filled.split(OWN_ADVICE, 1)
        advice_part = re.sub(r"\bje leidinggevende\b", ADVISER, advice_part)
        filled = code + OWN_ADVICE + advice_part.replace(f"{ADVISER} of {ADVISER}", ADVISER)
    return filled


OWN_ADVICE, ADVISER = "Mijn advies:", "een vertrouwenspersoon"
WITHOUT_MANAGER, AS_MANAGER = "_zonder_leidinggevende", "_als_leidinggevende"  # variants of a text (`text`)


def with_article(name: str) -> str:
    """The name as a Dutch sentence says it: "gemeente Huizen" -> "de gemeente Huizen"."""
    return f"de {name}" if name.lower().startswith(("gemeente ", "provincie ")) else name


def profile_values(profile: Profile) -> Dict[str, str]:
    """The profile's values as the placeholders that texts and responses use."""
    return {
        "organisatie": with_article(profile.organisatie),
        "org_naam": with_article(profile.organisatie),
        "drempel": format_euro(profile.geschenk_drempel_euro),
        "geschenk_drempel": format_euro(profile.geschenk_drempel_euro).replace("€ ", ""),
        "contact_vertrouwenspersonen": describe_contacts(profile.vertrouwenspersonen),
        "contact_integriteitscoordinator": describe_contacts([profile.integriteitscoordinator]),
        "contact_fg": describe_contacts([profile.functionaris_gegevensbescherming]),
        "link_folder": profile.links.folder_integriteit,
        "link_meldregeling": profile.links.meldregeling,
        "link_nevenwerk": profile.links.nevenwerk_registratie,
        "extern_naam": profile.extern_meldpunt.naam,
        "extern_telefoon": profile.extern_meldpunt.telefoon,
        "extern_website": profile.extern_meldpunt.website,
        "bewaartermijn_dagen": str(profile.bewaartermijn_dagen),
    }


def _placeholders(profile: Profile, facts: Facts) -> Dict[str, str]:
    value = facts.value
    # Only a recognised kind of giver is repeated back; free text the user typed is not.
    giver = facts.gever if facts.gever in GIVER_KINDS else None
    return {
        **profile_values(profile),
        "waarde": ("ruim " if more_than(facts.bedrag) else "") + format_euro(value) if value is not None
        else "onbekende waarde",
        "gever_lidwoord": f"{'het' if giver in NEUTER_GIVERS else 'de'} {giver}" if giver else "de gever",
        "van_gever": f" van een {giver}" if giver else "",
        "relatie_tekst": RELATION_WORDS.get(facts.relatie or "", "familie of vrienden"),
        # where the manager is part of the problem, the advice does not send the user there
        "je_leidinggevende_of": "" if facts.leidinggevende_betrokken is True else "je leidinggevende of ",
    }
