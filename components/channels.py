"""The REST channel, hardened: our subclass of Rasa's, named in credentials.yml, still served at
POST /webhooks/rest/webhook with {"sender": "...", "message": "..."}.

Rasa's own channel answers a body that is no JSON with an HTML error, passes any `message` (a
number, a list) on to the models, lets the client name the input channel and store metadata,
uses the sender "default" when none is given (one conversation shared by all such clients), and
gives the models a message of any length. This one reads the body with `bot.limits`:
- a body it cannot read gets 400 with {"fout": <Dutch text>} and reaches no conversation;
- a message left empty (whitespace, or only control characters) gets a Dutch answer and reaches
  no model;
- a message is cleaned, typed payloads are let through only in a button's form, and a long
  message is cut, saying so in the same reply (first).
The reply is always the full JSON list (Rasa's `?stream=true` is not offered).
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Text

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from actions.common import ERROR_MESSAGE
from bot.advice import text
from bot.limits import BadRequest, read_rest_body
from bot.profile import load_profile

logger = logging.getLogger(__name__)


class SafeRestInput(RestInput):
    @classmethod
    def name(cls) -> Text:
        return "rest"  # the URL stays /webhooks/rest/webhook

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("safe_rest_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            try:
                incoming = read_rest_body(request.body or b"")
            except BadRequest as error:
                logger.info("REST request refused: %s", error)  # never the text itself
                return response.json({"fout": text("invoer.onleesbaar", load_profile())}, status=400)
            sender, prepared = incoming.sender, incoming.message
            collector = CollectingOutputChannel()
            if prepared.cut:
                await collector.send_text_message(sender, text("invoer.te_lang", load_profile()))
            if not prepared.text:
                await collector.send_text_message(sender, text("invoer.leeg", load_profile()))
                return response.json(collector.messages)
            try:
                await on_new_message(UserMessage(prepared.text, collector, sender, input_channel=self.name()))
            except (Exception, asyncio.CancelledError) as error:  # noqa: BLE001 - never a 500
                logger.error("message not handled: %s", type(error).__name__)
                await collector.send_text_message(sender, ERROR_MESSAGE)
            return response.json(collector.messages)

        return webhook
