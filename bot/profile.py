"""The organisation profile: one YAML file with everything that differs per organisation.

The file is read again whenever it changes on disk, so a new gift threshold or phone
number takes effect in the next answer without a restart or retraining.
"""
from __future__ import annotations

import os
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import List, Optional

import yaml
from pydantic import BaseModel, Field, HttpUrl, ValidationError, conlist, constr, root_validator, validator

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "organisatie.yml"
ENV_VAR = "IA_PROFIEL"


class ProfileError(ValueError):
    """The profile cannot be used; the message names the file and the field."""


class _Strict(BaseModel):
    class Config:
        extra = "forbid"
        anystr_strip_whitespace = True
        allow_mutation = False


class Contact(_Strict):
    naam: str = Field(..., min_length=1)
    functie: str = Field(..., min_length=1)
    telefoon: Optional[str] = Field(None, regex=r"^[0-9 +()\-]{6,20}$")
    email: Optional[str] = Field(None, regex=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

    @root_validator(skip_on_failure=True)
    def _reachable(cls, values):
        if not values.get("telefoon") and not values.get("email"):
            raise ValueError("geef een telefoonnummer of een e-mailadres")
        return values


class ExternalRoute(_Strict):
    naam: str = Field(..., min_length=1)
    telefoon: str = Field(..., regex=r"^[0-9 +()\-]{6,20}$")
    website: HttpUrl


_EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
_Addresses = conlist(constr(regex=_EMAIL), min_items=1)


class NoticeRecipients(_Strict):
    """Who is e-mailed when a notice of each type is filed: one address or a list."""

    geschenk: _Addresses
    uitnodiging: _Addresses
    nevenwerkzaamheden: _Addresses
    belangenverstrengeling: _Addresses
    vermoeden_misstand: _Addresses
    contactverzoek_vertrouwenspersoon: _Addresses

    @validator("*", pre=True)
    def _one_or_more(cls, value):
        return [value] if isinstance(value, str) else value


class Notices(_Strict):
    ontvangers: NoticeRecipients


class Links(_Strict):
    folder_integriteit: HttpUrl
    meldregeling: HttpUrl
    nevenwerk_registratie: HttpUrl


class Profile(_Strict):
    organisatie: str = Field(..., min_length=1)
    geschenk_drempel_euro: Decimal = Field(..., gt=0, le=10000)
    vertrouwenspersonen: List[Contact] = Field(..., min_items=1)
    integriteitscoordinator: Contact
    functionaris_gegevensbescherming: Contact
    extern_meldpunt: ExternalRoute
    links: Links
    bewaartermijn_dagen: int = Field(..., ge=1, le=3650)
    trend_drempel: int = Field(5, ge=2, le=100)
    trend_bewaartermijn_dagen: Optional[int] = Field(None, ge=30, le=36500)  # None: trend facts are kept
    meldingen: Notices

    def notice_recipients(self, notice_type: str) -> List[str]:
        """The e-mail addresses that hear of a new notice of `notice_type`."""
        return list(getattr(self.meldingen.ontvangers, notice_type))


def profile_path() -> Path:
    return Path(os.environ.get(ENV_VAR) or DEFAULT_PATH)


def load_profile(path: Optional[Path] = None) -> Profile:
    """The profile at `path` (default: $IA_PROFIEL or organisatie.yml), re-read when it changes."""
    path = Path(path or profile_path())
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as error:
        raise ProfileError(f"Organisatieprofiel {path} is niet te lezen: {error.strerror}") from None
    return _load(path, mtime)


@lru_cache(maxsize=8)
def _load(path: Path, _mtime: int) -> Profile:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise ProfileError(f"Organisatieprofiel {path} is geen geldige YAML: {error}") from None
    if not isinstance(data, dict):
        raise ProfileError(f"Organisatieprofiel {path} moet velden bevatten (naam: waarde).")
    try:
        return Profile.parse_obj(data)
    except ValidationError as error:
        problems = "; ".join(
            f"veld '{'.'.join(str(p) for p in e['loc'] if p != '__root__')}': {e['msg']}" for e in error.errors()
        )
        raise ProfileError(f"Organisatieprofiel {path}: {problems}") from None


def describe_contacts(contacts: List[Contact]) -> str:
    return " ".join(_describe(c) for c in contacts)


def _describe(contact: Contact) -> str:
    """A contact as "Fatima Bakker (vertrouwenspersoon), tel. ..., e-mail"; the role only where the name lacks it."""
    role = "" if contact.functie.lower() in contact.naam.lower() else f" ({contact.functie})"
    reach = "".join(part for part in (f", tel. {contact.telefoon}" if contact.telefoon else "",
                                      f", {contact.email}" if contact.email else ""))
    return f"{contact.naam}{role}{reach}."
