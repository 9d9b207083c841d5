"""A Dutch message, instead of silence, when the action server cannot be reached.

What Rasa 3.6 does by itself: a custom action whose server refuses the connection or answers
with a 5xx (nginx's 502 when every action server is down) is logged as an error and run as if
it returned nothing; the conversation goes on without the action's replies and slots, so the
user gets no answer or half of one, and a form may go on with an answer nobody checked.

Here: the message that needed the action server is undone (as if it never arrived), the user
reads `storing.actieserver` (bot/teksten.yml) and the bot listens again. Sending the same
message once the action server is back continues the conversation where it was.

The action that failed leaves no event at all: logged, a form's ActionExecuted would make Rasa
treat the user's message as answered by the form (`applied_events` drops the listen and the
message between two runs of a form), so the UserUtteranceReverted after it would undo the
message before, the one that activated the form, and the form would be gone.

Rasa has no hook for this; `install()` wraps three of its methods, and the tracker store
(`components/tracker_store.py`, the one class of ours every Rasa server builds at start)
calls it.
"""
from __future__ import annotations

import contextvars
import functools
import logging

import aiohttp
from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
from rasa.core.processor import MessageProcessor
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.events import ActionExecuted, BotUttered, UserUtteranceReverted
from rasa.shared.exceptions import RasaException

from bot.advice import text
from bot.profile import load_profile

logger = logging.getLogger(__name__)

_unreachable: contextvars.ContextVar[bool] = contextvars.ContextVar("action_server_unreachable", default=False)


def _is_outage(error: RasaException) -> bool:
    cause = error.__cause__ or error.__context__
    if isinstance(cause, aiohttp.ClientResponseError):
        return cause.status >= 500
    return isinstance(cause, aiohttp.ClientError)


def _remote_run(run):
    @functools.wraps(run)
    async def wrapped(self, *args, **kwargs):
        try:
            return await run(self, *args, **kwargs)
        except ActionExecutionRejection:
            raise
        except RasaException as error:
            if _is_outage(error):
                _unreachable.set(True)
            raise
    return wrapped


def _run_action(run_action):
    @functools.wraps(run_action)
    async def wrapped(self, action, tracker, output_channel, nlg, prediction) -> bool:
        _unreachable.set(False)
        predict_another = await run_action(self, action, tracker, output_channel, nlg, prediction)
        if not _unreachable.get():
            return predict_another
        logger.error("action server unreachable during %s: the user's message is undone", action.name())
        message = text("storing.actieserver", load_profile())
        tracker.update(UserUtteranceReverted())  # also undoes the action_listen before the message
        tracker.update(BotUttered(message))
        tracker.update(ActionExecuted(ACTION_LISTEN_NAME))  # so the message sent again follows a listen, as before
        await output_channel.send_response(tracker.sender_id, {"text": message})
        return False  # listening already: predict nothing more
    return wrapped


def _log_action_on_tracker(log_action):
    @functools.wraps(log_action)
    def wrapped(self, *args, **kwargs) -> None:
        if not _unreachable.get():  # else the message is undone: the failed action leaves no trace
            log_action(self, *args, **kwargs)
    return wrapped


def install() -> None:
    """Idempotent: wraps RemoteAction.run and MessageProcessor's _run_action and _log_action_on_tracker once."""
    if getattr(MessageProcessor._run_action, "_outage_message", False):
        return
    RemoteAction.run = _remote_run(RemoteAction.run)
    MessageProcessor._run_action = _run_action(MessageProcessor._run_action)
    MessageProcessor._log_action_on_tracker = _log_action_on_tracker(MessageProcessor._log_action_on_tracker)
    MessageProcessor._run_action._outage_message = True
