"""Demo data: a year of generated trend facts and some tens of notices, so that a new user sees
a populated dashboard at once. Deterministic for a seed.

    python -m bot.demo [--seed N] [--force]      (./manage demo)

Fills the notices database ($IA_DATABASE_URL, default var/integriteit.db). A database that
already holds trend facts or notices is refused, unless --force: demo data mixed with real
data would mislead. Notices go through bot/notices (filing, acknowledging, closing, audit
log, the coordinator's name "demo"), never by e-mail; their texts are invented.

The year is seasonal the way the code of conduct's themes are: gifts around December (and a
little at Easter), invitations before the summer and the year's end, side jobs and the other
themes spread over the year; fewer conversations in the summer holidays and at Christmas.
"""
from __future__ import annotations

import argparse
import random
import sys
from datetime import date, datetime, time, timedelta, timezone
from typing import Dict, Optional

from sqlalchemy import func, select

from bot import trends
from bot.notices import file_notice, new_receipt_code
from bot.notices.coordinator import acknowledge, close_notice
from bot.notices.kinds import ANONYMOUS_TYPES
from bot.storage import prepare_storage, session_scope
from bot.storage.models import Notice, TrendFact
from bot.themes import OTHERS_CONDUCT, SUBJECTS, THEMES

CONVERSATIONS_PER_WEEK = 20
WHO = "demo"

# Relative weight of each theme per month (1-12); 1.0 where not named.
SEASON = {
    "dilemma_geschenk": {12: 5.0, 11: 2.5, 1: 1.5, 4: 1.3},  # Sinterklaas, Christmas, Easter
    "dilemma_uitnodiging": {6: 2.0, 11: 1.6, 12: 2.2, 9: 1.3},
    "dilemma_gemeentelijke_voorzieningen": {7: 1.5, 8: 1.5},
}
THEME_WEIGHT = {
    "dilemma_geschenk": 1.4, "dilemma_uitnodiging": 1.0, "dilemma_nevenwerkzaamheden": 1.2,
    "dilemma_belangenverstrengeling": 0.8, "dilemma_vertrouwelijke_informatie": 0.9,
    "dilemma_gemeentelijke_voorzieningen": 1.0, "dilemma_ongewenst_gedrag": 0.8, "dilemma_vermoeden_misstand": 0.5,
}
QUIET_MONTHS = {7: 0.6, 8: 0.5}  # the summer holidays
NOTICE_OF_THEME = {  # the notice a conversation of this theme may end in, and how often
    "dilemma_geschenk": ("geschenk", 0.25), "dilemma_uitnodiging": ("uitnodiging", 0.15),
    "dilemma_nevenwerkzaamheden": ("nevenwerkzaamheden", 0.3),
    "dilemma_belangenverstrengeling": ("belangenverstrengeling", 0.2),
    "dilemma_ongewenst_gedrag": ("contactverzoek_vertrouwenspersoon", 0.15),
    "dilemma_vermoeden_misstand": ("vermoeden_misstand", 0.2),
}
OUTCOMES = {"bedankt": 45, "gestopt": 10, "naar_mens": 7, "fallback": 8, None: 30}

EXAMPLE_FIELDS = {
    "geschenk": [{"gever": "leverancier, Drukkerij De Gooi", "omschrijving": "kerstpakket", "waarde": "45",
                  "aangenomen": True},
                 {"gever": "aannemer, Bouwbedrijf Oostermeent", "omschrijving": "fles wijn", "waarde": "25",
                  "aangenomen": False}],
    "uitnodiging": [{"gever": "Adviesbureau Kustlijn", "evenement": "nieuwjaarsreceptie",
                     "functioneel": "contacten met adviseurs van het project Haven"}],
    "nevenwerkzaamheden": [{"omschrijving": "penningmeester voetbalvereniging", "organisatie": "VV Huizen",
                            "betaald": False, "uren": "2", "overlap": "nee"},
                           {"omschrijving": "bijles wiskunde", "organisatie": "eigen bedrijf", "betaald": True,
                            "uren": "4", "overlap": "nee"}],
    "belangenverstrengeling": [{"zaak": "omgevingsvergunning Bikbergerweg", "betrokkene": "een neef",
                                "relatie": "familie", "rol": "behandelaar"}],
    "vermoeden_misstand": [{"omschrijving": "opdrachten gaan steeds zonder offerte naar hetzelfde bedrijf",
                            "plaats": "afdeling inkoop"},
                           {"omschrijving": "declaraties voor reizen die niet gemaakt zijn", "plaats": "onbekend"}],
    "contactverzoek_vertrouwenspersoon": [{"thema": "pesten in het team", "contact": "bellen na 16 uur"},
                                          {"thema": "grensoverschrijdende opmerkingen", "contact": "afspraak"}],
}
NOTICES_PER_TYPE = 8  # times 6 types; statuses spread so that every status of every type occurs


class NotEmpty(RuntimeError):
    """The database holds data already; demo data is not mixed with it unless forced."""


def fill(seed: int = 2026, today: Optional[date] = None, force: bool = False,
         url: Optional[str] = None) -> Dict[str, int]:
    """Fill the database with a year up to `today`; returns the counts added."""
    today = today or date.today()
    prepare_storage(url)
    with session_scope(url) as session:
        held = sum(session.scalar(select(func.count()).select_from(t)) for t in (TrendFact, Notice))
    if held and not force:
        raise NotEmpty(f"de database bevat al gegevens ({held} trendfeiten en meldingen); gebruik --force om toch demodata toe te voegen")
    rng = random.Random(seed)
    facts = _facts(rng, today)
    with session_scope(url) as session:
        session.add_all(facts)
    return {"trendfeiten": len(facts), "meldingen": _notices(rng, today, url)}


def _facts(rng: random.Random, today: date):
    monday = trends.week_of(today)
    facts = []
    for weeks_ago in range(52, 0, -1):
        week = monday - timedelta(weeks=weeks_ago)
        quiet = 0.3 if (week.month, week.day) >= (12, 22) else QUIET_MONTHS.get(week.month, 1.0)
        for _ in range(max(0, round(rng.gauss(CONVERSATIONS_PER_WEEK * quiet, 4)))):
            facts.append(_conversation(rng, week))
    return facts


def _conversation(rng: random.Random, week: date) -> TrendFact:
    fact = TrendFact(token=f"{rng.getrandbits(128):032x}", week=week, themes="", notice_types="",
                     channel=rng.choices(("rest", "teams"), (7, 3))[0])
    outcome = rng.choices(list(OUTCOMES), list(OUTCOMES.values()))[0]
    fact.outcome = outcome
    if rng.random() < 0.1:  # only a question about the code, or a greeting
        return fact
    weights = [THEME_WEIGHT[t] * SEASON.get(t, {}).get(week.month, 1.0) for t in THEMES]
    theme = rng.choices(THEMES, weights)[0]
    subject = rng.choice(SUBJECTS) if theme == OTHERS_CONDUCT else None
    said = trends.facts_of_theme(theme, subject)
    fact.themes, fact.perspective = " ".join(sorted(said["themes"])), said["perspective"]
    depth = trends.ADVICE
    if theme in trends.ESCALATION_THEMES:
        depth = trends.TALK if theme != OTHERS_CONDUCT and rng.random() < 0.45 else trends.ADVISER
    if outcome == "naar_mens":
        depth = max(depth, trends.ADVISER, key=trends.DEPTHS.index)
    notice_type, share = NOTICE_OF_THEME.get(theme, (None, 0.0))
    if notice_type and rng.random() < share:
        fact.notice_types = notice_type
        depth = max(depth, trends.notice_depth(notice_type), key=trends.DEPTHS.index)
    fact.depth = trends.DEPTHS.index(depth)
    return fact


def _notices(rng: random.Random, today: date, url: Optional[str]) -> int:
    filed = 0
    for notice_type, examples in EXAMPLE_FIELDS.items():
        for i in range(NOTICES_PER_TYPE):
            at = datetime.combine(today - timedelta(days=rng.randint(1, 360)), time(rng.randint(8, 17)),
                                  tzinfo=timezone.utc)
            anonymous = notice_type in ANONYMOUS_TYPES and i % 2 == 0
            notice = file_notice(notice_type, examples[i % len(examples)], idempotency_key=f"demo-{rng.getrandbits(64):x}",
                                 anonymous=anonymous, receipt_code=new_receipt_code() if anonymous else None,
                                 notify=False, url=url, now=at)
            status = i % 3  # 0 received, 1 in progress, 2 closed
            now = datetime.now(timezone.utc)
            if status >= 1:
                acknowledge(notice.reference, who=WHO, url=url, now=min(at + timedelta(days=rng.randint(1, 6)), now))
            if status == 2:
                close_notice(notice.reference, who=WHO, url=url, now=min(at + timedelta(days=rng.randint(7, 60)), now))
            filed += 1
    return filed


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.demo", description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--force", action="store_true", help="ook als de database al gegevens bevat")
    args = parser.parse_args(argv)
    try:
        added = fill(seed=args.seed, force=args.force)
    except NotEmpty as error:
        print(f"Geweigerd: {error}", file=sys.stderr)
        return 3
    print(f"demodata toegevoegd: {added['trendfeiten']} gesprekken (trendfeiten), {added['meldingen']} meldingen")
    return 0


if __name__ == "__main__":
    sys.exit(main())
