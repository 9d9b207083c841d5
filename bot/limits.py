"""What a channel does with a user's text before any model sees it, and how the REST channel
reads its request body.

- Characters that only steer or hide text are dropped: control characters (except newline and
  tab), format characters (right-to-left marks and overrides, zero-width spaces and joiners, the
  byte order mark) and lone surrogates (which cannot be stored as UTF-8). Emoji, HTML or SQL stay
  text like any other: nothing renders or executes what the user typed.
- Text that looks like a Rasa payload is let through only in a form a button sends
  (`bot.payloads`).
- A message longer than MAX_CHARS characters is cut to its first MAX_CHARS: the NLU's cost grows
  with the length, and a message of 100,000 characters held the server, and every other
  conversation, for about 30 s. The user is told (text `invoer.te_lang`).

Names the README's section "Invoer" documents.
"""
from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from typing import Any

from bot.payloads import as_received

MAX_CHARS = 2000
MAX_BODY_BYTES = 1_000_000  # a request body of the REST channel; a longer message is refused, not cut
MAX_SENDER_CHARS = 128
DROPPED = {"Cc", "Cf", "Cs"}
KEPT = {"\n", "\t"}


@dataclass(frozen=True)
class Prepared:
    text: str  # what the models see; may be empty
    cut: bool  # longer than MAX_CHARS, cut


@dataclass(frozen=True)
class RestMessage:
    sender: str
    message: Prepared


class BadRequest(ValueError):
    """A request body the REST channel cannot read (answered 400, text `invoer.onleesbaar`)."""


def clean(text: str) -> str:
    text = "".join(c for c in text if c in KEPT or unicodedata.category(c) not in DROPPED)
    return unicodedata.normalize("NFC", text).strip()


def cut_message(text: str) -> Prepared:
    if len(text) <= MAX_CHARS:
        return Prepared(text, cut=False)
    return Prepared(text[:MAX_CHARS].rstrip(), cut=True)


def prepare(text: str) -> Prepared:
    """A user's text as the models get it."""
    return cut_message(as_received(clean(text)).strip())


def read_rest_body(body: bytes) -> RestMessage:
    """{"sender": "...", "message": "..."} as the REST channel gets it; anything else raises
    BadRequest. Invalid UTF-8 becomes U+FFFD; other keys (metadata, input_channel) are ignored,
    so a client cannot pose as another channel or store data of its own in the conversation."""
    if len(body) > MAX_BODY_BYTES:
        raise BadRequest(f"body of {len(body)} bytes")
    try:
        data: Any = json.loads(body.decode("utf-8", errors="replace"))
    except (ValueError, RecursionError) as error:  # RecursionError: deeply nested arrays
        raise BadRequest(f"no JSON: {type(error).__name__}") from None
    if not isinstance(data, dict):
        raise BadRequest(f"a JSON {type(data).__name__}, not an object")
    sender, message = data.get("sender"), data.get("message")
    if not (isinstance(sender, str) and sender.strip() and len(sender) <= MAX_SENDER_CHARS and sender.isprintable()):
        raise BadRequest("no sender, or not a short printable text")
    if not isinstance(message, str):
        raise BadRequest(f"message is a {type(message).__name__}, not text")
    return RestMessage(sender, prepare(message))
