"""The advice of the code of conduct, per theme, computed from the facts of the conversation.

The rules decide which texts apply (an outcome); the texts themselves live in
teksten.yml and are filled from the organisation profile, so a new threshold or
phone number never needs a code change.
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any, Dict, List, Mapping, Optional

import yaml

from bot.amounts import format_euro, parse_amount
from bot.profile import Contact, Profile
from bot.themes import THEMES  # noqa: F401  (re-exported for callers)

# Relations the code of conduct names ("familieleden, vrienden en ex-collega's").
RELATIONS_NAMED_BY_CODE = {"familie", "vriend", "ex-collega"}
RELATION_WORDS = {
    "familie": "een familielid",
    "vriend": "een vriend of vriendin",
    "ex-collega": "een (ex-)collega",
    "partner": "je partner",
    "buur": "je buren",
}
KNOWN_GIVERS = {
    "leverancier", "aannemer", "inwoner", "adviesbureau", "projectontwikkelaar", "ondernemer",
    "vereniging", "zorgaanbieder", "softwarebedrijf", "makelaar", "advocatenkantoor", "collega",
}
# Unwanted behaviour where talking to the person first must never be pushed.
SEVERE_BEHAVIOUR = {"seksuele_intimidatie", "agressie"}


@dataclass(frozen=True)
class Facts:
    """What the conversation has established; every field may still be unknown (None)."""

    bedrag: Optional[str] = None
    gever: Optional[str] = None
    soort_gift: Optional[str] = None
    al_aangenomen: Optional[bool] = None
    reis_betaald: Optional[bool] = None
    relatie: Optional[str] = None
    eigen_rol: Optional[str] = None
    gedragsvorm: Optional[str] = None
    misstand_soort: Optional[str] = None
    veilig_gesprek: Optional[bool] = None
    leidinggevende_betrokken: Optional[bool] = None

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
    if facts.soort_gift == "geld":
        return "code_zwijgt_geld"
    if facts.value is None:
        return "onbekend"
    return "afwijzen" if facts.value > threshold else "aannemen_melden"


def escalation_kind(theme: str, facts: Facts) -> str:
    if theme == "dilemma_ongewenst_gedrag":
        return "ongewenst"
    return "misstand" if facts.misstand_soort != "gedrag" else "gedrag"


def escalation_steps(kind: str, facts: Facts) -> List[str]:
    """The keys of the escalation steps for this situation, in order (see DESIGN.md)."""
    unsafe = facts.gedragsvorm in SEVERE_BEHAVIOUR or facts.veilig_gesprek is not True
    steps = [
        f"inleiding_{kind}",
        "niet_veilig" if unsafe else "gesprek_betrokkene",
        "vertrouwenspersoon" if facts.leidinggevende_betrokken is True else "leidinggevende_of_vertrouwenspersoon",
        {"ongewenst": "klacht", "gedrag": "melding_intern", "misstand": "melding_misstand"}[kind],
    ]
    if kind == "misstand":
        steps += ["bescherming", "extern"]
    return steps + ["folder"]


def _gift(facts: Facts, profile: Profile) -> List[str]:
    keys = [gift_outcome(facts, profile.geschenk_drempel_euro)]
    if facts.al_aangenomen is True and keys[0] != "aannemen_melden":
        keys.append("al_aangenomen")
    return [f"geschenk.{key}" for key in keys + ["kern"]]


def _invitation(facts: Facts, profile: Profile) -> List[str]:
    travel = {True: "reis_derden", False: None}.get(facts.reis_betaald, "reis_onbekend")
    return [f"uitnodiging.{key}" for key in ("altijd_bespreken", travel, "alcohol") if key]


def _conflict_of_interest(facts: Facts, profile: Profile) -> List[str]:
    named = facts.relatie in RELATIONS_NAMED_BY_CODE or facts.relatie is None
    keys = ["melden" if named else "code_noemt_niet"]
    if facts.eigen_rol in ("behandelaar", "betrokken", "geen"):
        keys.append(f"rol_{facts.eigen_rol}")
    if facts.relatie == "ex-collega":
        keys.append("inhuren")
    return [f"belangenverstrengeling.{key}" for key in keys + ["schijn"]]


def _escalation(theme: str):
    def steps(facts: Facts, profile: Profile) -> List[str]:
        return [f"escalatie.{key}" for key in escalation_steps(escalation_kind(theme, facts), facts)]

    return steps


_RULES = {
    "dilemma_geschenk": _gift,
    "dilemma_uitnodiging": _invitation,
    "dilemma_nevenwerkzaamheden": lambda f, p: [
        "nevenwerkzaamheden.toegestaan_melden",
        "nevenwerkzaamheden.registratie",
    ],
    "dilemma_belangenverstrengeling": _conflict_of_interest,
    "dilemma_vertrouwelijke_informatie": lambda f, p: [
        "vertrouwelijke_informatie.regels",
        "vertrouwelijke_informatie.verder",
    ],
    "dilemma_gemeentelijke_voorzieningen": lambda f, p: [
        "gemeentelijke_voorzieningen.regels",
        "gemeentelijke_voorzieningen.eigendom",
        "gemeentelijke_voorzieningen.eerlijk",
    ],
    "dilemma_ongewenst_gedrag": _escalation("dilemma_ongewenst_gedrag"),
    "dilemma_vermoeden_misstand": _escalation("dilemma_vermoeden_misstand"),
}


def advice_keys(theme: str, facts: Facts, profile: Profile) -> List[str]:
    """The text keys of the advice for `theme`, e.g. ["geschenk.afwijzen", "geschenk.kern"]."""
    return _RULES[theme](facts, profile)


def advice(theme: str, facts: Facts, profile: Profile) -> List[str]:
    """The advice for `theme` as Dutch messages, filled from the profile and the facts."""
    return [text(key, profile, facts) for key in advice_keys(theme, facts, profile)]


def text(key: str, profile: Profile, facts: Facts = Facts()) -> str:
    """The text `key` ("section.name") from teksten.yml, filled in."""
    section, name = key.split(".")
    return " ".join(_texts()[section][name].split()).format(**_placeholders(profile, facts))


def describe_contacts(contacts: List[Contact]) -> str:
    return " ".join(
        f"{c.naam} ({c.functie})" + "".join(
            part for part in (f", tel. {c.telefoon}" if c.telefoon else "", f", {c.email}" if c.email else "")
        ) + "."
        for c in contacts
    )


def profile_values(profile: Profile) -> Dict[str, str]:
    """The profile's values as the placeholders that texts and responses use."""
    return {
        "organisatie": profile.organisatie,
        "org_naam": profile.organisatie,
        "drempel": format_euro(profile.geschenk_drempel_euro),
        "geschenk_drempel": format_euro(profile.geschenk_drempel_euro).replace("€ ", ""),
        "contact_vertrouwenspersonen": describe_contacts(profile.vertrouwenspersonen),
        "contact_integriteitscoordinator": describe_contacts([profile.integriteitscoordinator]),
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
    giver = facts.gever if facts.gever in KNOWN_GIVERS else None
    return {
        **profile_values(profile),
        "waarde": format_euro(value) if value is not None else "onbekende waarde",
        "gever_lidwoord": f"de {giver}" if giver else "de gever",
        "van_gever": f" van een {giver}" if giver else "",
        "relatie_tekst": RELATION_WORDS.get(facts.relatie or "", "familie of vrienden"),
    }
