"""Rasa's SQL tracker store, keeping no readable notice content and no receipt code, and
purging conversations past the retention period while the server runs. A conversation read
from it carries the organisation profile's values as they are now.

endpoints.yml names it by module path (`type: components.tracker_store.ProtectedSQLTrackerStore`).
What is stored and why: `bot/tracker_privacy.py`. The purge: `bot/retention.py`. It also
records the trend facts that the name of an action just run says all of (a thank-you, a stop,
a person asked for, a fallback: `bot.trends.ACTION_FACTS`). A user who asks to delete the
conversation ("verwijder dit gesprek") has it deleted at once, all of it.
The profile: responses such as the FAQ answer on the gift limit show profile values through
slots that the session start fills; Rasa reads the conversation from here for every message,
so refreshing those slots here makes every answer read the profile when it is given, as the
advice does (an edited `organisatie.yml` counts at once, not from the next session on).
Rasa falls back to an in-memory store, with only a warning, when this module cannot be
imported; a key problem, however, stops the server at start (in production: no
$IA_ENCRYPTION_KEY, no start).
"""
from __future__ import annotations

import asyncio
import logging
from itertools import islice
from typing import Any, Optional, Text

import sqlalchemy as sa
import sqlalchemy.orm
from rasa.core.tracker_store import SQLTrackerStore, create_engine_kwargs
from rasa.shared.core.constants import REQUESTED_SLOT
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, ActiveLoop, SlotSet
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.nlu.constants import INTENT_NAME_KEY

from bot import tracker_privacy, trends
from bot.advice import profile_values
from bot.profile import ProfileError, load_profile
from bot.retention import PurgeSchedule
from bot.storage.encryption import ensure_key
from components import action_outage, in_context, rasa_speedups

logger = logging.getLogger(__name__)
# The answer to "verwijder dit gesprek" (components/in_context.py): once it is said, the store deletes
# the whole conversation (all its sessions) instead of saving it.
FORGOTTEN = "utter_gesprek_gewist"


class ProtectedSQLTrackerStore(SQLTrackerStore):
    """SQLTrackerStore whose `data` column holds each event redacted and encrypted."""

    def __init__(self, domain: Optional[Domain] = None, host: Optional[Text] = None, **kwargs: Any) -> None:
        ensure_key()  # no usable key: the server does not start
        action_outage.install()  # built at every Rasa server's start: the Dutch message for an action server outage
        rasa_speedups.install()
        in_context.install()  # wraps the parse rasa_speedups installed
        super().__init__(domain=domain, host=host, **kwargs)
        self._tune_engine()
        self.purge_schedule = PurgeSchedule(self.engine.url).start()

    def _tune_engine(self) -> None:
        """Rasa's engine, made again with a pool that suits the database:
        - a SQLite file: connections kept open (Rasa's SQLAlchemy 1.4 opens a new one for every
          query), in WAL with synchronous NORMAL, so a commit does not wait for the disk (0.07 ms
          instead of 1 ms here; a power cut can lose a conversation's last turns, never the file)
          and readers never wait for the writer;
        - PostgreSQL: pool_pre_ping, since Rasa hands out pooled connections unchecked and after
          a restart each one would fail a message."""
        url = self.engine.url
        sqlite = self.engine.dialect.name == "sqlite"
        if sqlite and url.database in (None, "", ":memory:"):
            return
        self.engine.dispose()
        if sqlite:
            self.engine = sa.create_engine(url, poolclass=sa.pool.QueuePool,
                                           connect_args={"check_same_thread": False})
            sa.event.listen(self.engine, "connect", _sqlite_for_conversations)
        else:
            self.engine = sa.create_engine(url, pool_pre_ping=True, **create_engine_kwargs(url))
        self.sessionmaker = sa.orm.sessionmaker(bind=self.engine)

    async def save(self, tracker: DialogueStateTracker) -> None:
        """As SQLTrackerStore.save (only events not stored yet), but sealed; a conversation in
        which the user just asked to delete it is deleted instead."""
        await self.stream_events(tracker)
        with self.session_scope() as session:
            stored = self._event_query(session, tracker.sender_id, fetch_events_from_all_sessions=False).count()
            if any(isinstance(event, ActionExecuted) and event.action_name == FORGOTTEN
                   for event in islice(tracker.events, stored, None)):
                session.execute(sa.delete(self.SQLEvent).where(self.SQLEvent.sender_id == tracker.sender_id))
                session.commit()
                logger.debug("a conversation deleted at the user's request")
                return
            requested = None  # the slot the form asked for when the event happened
            actions = []  # the actions among the new events, for the trend facts
            for index, event in enumerate(tracker.events):
                if index >= stored:
                    if isinstance(event, ActionExecuted):
                        actions.append(event.action_name)
                    data = event.as_dict()
                    session.add(self.SQLEvent(
                        sender_id=tracker.sender_id,
                        type_name=event.type_name,
                        timestamp=data.get("timestamp"),
                        intent_name=data.get("parse_data", {}).get("intent", {}).get(INTENT_NAME_KEY),
                        action_name=data.get("name"),
                        data=tracker_privacy.seal(data, typing_code=tracker_privacy.asks_for_code(requested)),
                    ))
                if isinstance(event, SlotSet) and event.key == REQUESTED_SLOT:
                    requested = event.value
                elif isinstance(event, ActiveLoop) and event.name is None:
                    requested = None
            session.commit()
        logger.debug("tracker of a conversation stored (sealed)")
        if any(action in trends.ACTION_FACTS for action in actions):  # most turns have none
            await asyncio.to_thread(trends.record_actions, tracker.get_slot(trends.TOKEN_SLOT),
                                    tracker.get_latest_input_channel(), actions)

    async def _retrieve(self, sender_id: Text, fetch_events_from_all_sessions: bool) -> Optional[DialogueStateTracker]:
        with self.session_scope() as session:
            rows = self._event_query(  # only the column read: no ORM objects built for every event
                session, sender_id, fetch_events_from_all_sessions=fetch_events_from_all_sessions
            ).with_entities(self.SQLEvent.data).all()
            events = tracker_privacy.unseal_all(row.data for row in rows)
        if self.domain and events:
            return with_current_profile(DialogueStateTracker.from_dict(sender_id, events, self.domain.slots))
        return None


def _sqlite_for_conversations(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


def with_current_profile(tracker: DialogueStateTracker) -> DialogueStateTracker:
    """The profile slots the session start filled, set anew where the profile changed since
    (a SlotSet event, so that Rasa's replays of the conversation keep it)."""
    try:
        values = profile_values(load_profile())
    except ProfileError as error:  # the actions say what is wrong; keep the values of the session start
        logger.error("organisation profile not readable, profile slots not refreshed: %s", error)
        return tracker
    for name, value in values.items():
        slot = tracker.slots.get(name)
        if slot is not None and slot.value is not None and slot.value != value:
            tracker.update(SlotSet(name, value))
    return tracker
