"""Trend facts: what the advisers may learn from conversations, recorded where it happens.

One row per conversation in `trend_facts` (our database, bot/storage), keyed by a random token
that the session start keeps in the slot `gesprek_token` (`new_token()`); it is never derived
from a sender id, and once the tracker is purged nothing links the row to the conversation.
A row holds only:
- `week`: the Monday of the ISO week the conversation started (no day, no time);
- `channel`: Rasa's input channel name (`rest` for the intranet chat, `teams`, ...);
- `themes`: the theme intents of bot/themes.py that came up (for someone else's conduct also
  the theme it was about);
- `perspective`: `eigen` (the user's own dilemma) or `ander` (someone else's conduct, or unwanted
  behaviour towards someone else; once said, it stays);
- `depth`: the furthest step of the escalation path reached, an index into DEPTHS; only rises;
- `notice_types`: the types of the notices filed;
- `outcome`: the last of OUTCOMES that happened.
No free text, no identity, no exact time. `record` never raises: a trend fact is never worth
a failed conversation (a failure is logged by its type only).
"""
from __future__ import annotations

import logging
import re
import secrets
from datetime import date, timedelta
from typing import Iterable, Optional

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.advice import Facts, escalation_kind, escalation_steps
from bot.notices.kinds import NOTICE_TYPES
from bot.storage import StorageUnavailable, ensure_schema, session_scope
from bot.storage.models import TrendFact
from bot.themes import OTHERS_CONDUCT, THEMES

logger = logging.getLogger(__name__)

# The escalation path of DESIGN.md, as far as a conversation went.
ADVICE, TALK, ADVISER, OFFICIAL = DEPTHS = ("advies", "gesprek", "leidinggevende_of_vertrouwenspersoon", "officiele_route")
OUTCOMES = ("bedankt", "gestopt", "naar_mens", "fallback")
PERSPECTIVES = ("eigen", "ander")
ESCALATION_THEMES = ("dilemma_ongewenst_gedrag", OTHERS_CONDUCT)
UNKNOWN_CHANNEL = "onbekend"
TOKEN_SLOT = "gesprek_token"
_CHANNEL = re.compile(r"[a-z][a-z0-9_]{0,19}")

# Facts that an action's name says all of: responses and the fallback
# (recorded by the tracker store, components/tracker_store.py, through `record_actions`).
ACTION_FACTS = {
    "utter_graag_gedaan": {"outcome": "bedankt"},
    "utter_gestopt": {"outcome": "gestopt"},
    "utter_contact_persoon": {"outcome": "naar_mens", "depth": ADVISER},
    "action_two_stage_fallback": {"outcome": "fallback"},
    "action_default_fallback": {"outcome": "fallback"},
    "utter_ask_rephrase": {"outcome": "fallback"},
    "utter_default": {"outcome": "fallback"},
}


def new_token() -> str:
    """A conversation's random key in `trend_facts` (128 bits)."""
    return secrets.token_hex(16)


def week_of(day: date) -> date:
    """The Monday of `day`'s ISO week."""
    return day - timedelta(days=day.weekday())


def channel_name(input_channel: Optional[str]) -> str:
    name = (input_channel or "").strip().lower()
    return name if _CHANNEL.fullmatch(name) else UNKNOWN_CHANNEL


def facts_of_theme(theme: Optional[str], subject: Optional[str] = None) -> dict:
    """The themes and perspective a recognised theme (and, for someone else's conduct, its subject) give."""
    if theme not in THEMES:
        return {}
    themes = [theme] + ([subject] if theme == OTHERS_CONDUCT and subject in THEMES else [])
    return {"themes": themes, "perspective": "ander" if theme == OTHERS_CONDUCT else "eigen"}


def advice_depth(theme: str, facts: Facts) -> str:
    """How far the advice walks the user: for someone else's behaviour or conduct, to a talk with
    the person where that is safe, else to a manager or adviser; for the other themes, advice."""
    if theme not in ESCALATION_THEMES:
        return ADVICE
    steps = escalation_steps(escalation_kind(theme, facts), facts)
    return TALK if any(isinstance(step, tuple) and "gesprek_betrokkene" in step for step in steps) else ADVISER


def advice_perspective(theme: str, facts: Facts) -> str:
    """Someone else's conduct, or unwanted behaviour the user saw towards someone else or asks about as their manager:
    `ander`."""
    return "ander" if theme == OTHERS_CONDUCT or escalation_kind(theme, facts) in ("getuige", "leidinggevende") else "eigen"


def notice_depth(notice_type: str) -> str:
    """A request to talk to an adviser reaches the adviser; any other filed notice is the official route."""
    return ADVISER if notice_type == "contactverzoek_vertrouwenspersoon" else OFFICIAL


def record_actions(token: Optional[str], channel: Optional[str], actions: Iterable[str]) -> None:
    """Record the facts of ACTION_FACTS for the actions just run, in order."""
    for action in actions:
        if action in ACTION_FACTS:
            record(token, channel=channel, **ACTION_FACTS[action])


def record(
    token: Optional[str],
    *,
    channel: Optional[str] = None,
    themes: Iterable[str] = (),
    perspective: Optional[str] = None,
    depth: Optional[str] = None,
    notice_type: Optional[str] = None,
    outcome: Optional[str] = None,
    today: Optional[date] = None,
    url: Optional[str] = None,
) -> None:
    """Add facts to the conversation's row (made on first use). Unknown values are ignored;
    without a token (a conversation from before trend facts) nothing is recorded."""
    if not token:
        return
    try:
        _upsert(token, channel, themes, perspective, depth, notice_type, outcome, today or date.today(), url)
    except (StorageUnavailable, IntegrityError, ValueError) as error:
        logger.warning("trend fact not recorded: %s", type(error).__name__)


def _upsert(token, channel, themes, perspective, depth, notice_type, outcome, today, url) -> None:
    ensure_schema(url)
    for attempt in (1, 2):  # a second try when a parallel call inserted the row first
        try:
            with session_scope(url) as session:
                fact = session.scalars(select(TrendFact).where(TrendFact.token == token)).first()
                if fact is None:
                    fact = TrendFact(token=token, week=week_of(today), themes="", notice_types="")
                    session.add(fact)
                _apply(fact, channel, themes, perspective, depth, notice_type, outcome)
            return
        except IntegrityError:
            if attempt == 2:
                raise


def _apply(fact: TrendFact, channel, themes, perspective, depth, notice_type, outcome) -> None:
    if channel and not fact.channel:
        fact.channel = channel_name(channel)
    fact.themes = _add(fact.themes, (t for t in themes if t in THEMES))
    if perspective in PERSPECTIVES and fact.perspective != "ander":
        fact.perspective = perspective
    if depth in DEPTHS and (fact.depth is None or DEPTHS.index(depth) > fact.depth):
        fact.depth = DEPTHS.index(depth)
    if notice_type in NOTICE_TYPES:
        fact.notice_types = _add(fact.notice_types, [notice_type])
    if outcome in OUTCOMES:
        fact.outcome = outcome


def _add(listed: str, names: Iterable[str]) -> str:
    return " ".join(sorted(set(listed.split()) | set(names)))
