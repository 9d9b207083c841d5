"""Microsoft Teams through the Bot Framework: our subclass of Rasa's `botframework` channel.

credentials.yml names it (`components.teams.TeamsInput`); Rasa serves it at
POST /webhooks/teams/webhook. It reads its settings from the environment itself, so the server
also starts without Teams configured (the webhook then answers 503):
TEAMS_APP_ID, TEAMS_APP_PASSWORD, TEAMS_TENANT_ID (a single-tenant registration gets its token
from its tenant's endpoint), and for tests TEAMS_OPENID_URL and TEAMS_TOKEN_URL.

What Rasa 3.6.21's channel lacks and this one adds (DESIGN.md, "Known traps"):
- every activity's token is checked: RS256 only, a signature by a key of the published key set
  (fetched when first needed, so the server starts offline; again daily or for an unknown key
  id), audience (our app id), issuer (from the OpenID document), expiry, the key's endorsement of
  the channel, and the token's service URL against the activity's; anything else gets 401;
- buttons are `messageBack` card actions, which Teams can click: the payload goes back as the
  text, the title is what the chat shows;
- the bot added to a conversation (`conversationUpdate`) answers with the welcome;
- replies and tokens go out with aiohttp, not blocking calls inside the event loop.
Teams is never anonymous: every activity names the user's account. The first reply in a
conversation says so and points to the intranet chat ($IA_WEBCHAT_URL). Sender ids reach Rasa
(and so the tracker store) only as keyed hashes; the conversation id and service URL needed to
reply live only in memory, in the output channel of the message being answered.
"""
from __future__ import annotations

import asyncio
import logging
import os
import re
import time
from dataclasses import dataclass
from http import HTTPStatus
from typing import Any, Awaitable, Callable, Dict, List, Optional, Set, Text, Tuple
from urllib.parse import quote

import aiohttp
import jwt
from rasa.core.channels.botframework import BotFramework, BotFrameworkInput
from rasa.core.channels.channel import UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.advice import text
from bot.identity import hashed_id
from bot.limits import prepare
from bot.profile import load_profile

logger = logging.getLogger(__name__)

OPENID_URL = "https://login.botframework.com/v1/.well-known/openidconfiguration"
TOKEN_URL = "https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token"
SCOPE = "https://api.botframework.com/.default"
KEYS_MAX_AGE_S = 24 * 3600
KEYS_RETRY_S = 300  # an unknown key id fetches the key set again at most this often
LEEWAY_S = 300  # the clock skew the Bot Framework allows
TIMEOUT = aiohttp.ClientTimeout(total=15)
BEARER = re.compile(r"Bearer\s+(\S+)")
MENTION = re.compile(r"<at>.*?</at>", re.S)
WARNED_MAX = 100_000  # conversations remembered as warned; past that, some are warned again


@dataclass(frozen=True)
class Settings:
    app_id: str
    password: str
    openid_url: str
    token_url: str
    webchat_url: str

    @classmethod
    def from_env(cls) -> "Settings":
        env = os.environ
        tenant = env.get("TEAMS_TENANT_ID", "").strip() or "botframework.com"  # multi-tenant
        return cls(app_id=env.get("TEAMS_APP_ID", "").strip(), password=env.get("TEAMS_APP_PASSWORD", ""),
                   openid_url=env.get("TEAMS_OPENID_URL") or OPENID_URL,
                   token_url=env.get("TEAMS_TOKEN_URL") or TOKEN_URL.format(tenant=tenant),
                   webchat_url=env.get("IA_WEBCHAT_URL", "").strip())


class Unauthorized(Exception):
    pass


class SigningKeys:
    """The Bot Framework's OpenID document and key set, fetched when needed."""

    def __init__(self, openid_url: str):
        self.openid_url = openid_url
        self.issuer: Optional[str] = None
        self.keys: Dict[str, Dict[str, Any]] = {}
        self.fetched = -float("inf")
        self.lock = asyncio.Lock()

    async def key(self, kid: Any) -> Dict[str, Any]:
        age = time.monotonic() - self.fetched
        if age > KEYS_MAX_AGE_S or (kid not in self.keys and age > KEYS_RETRY_S):
            async with self.lock:
                try:
                    await self._fetch()
                except (aiohttp.ClientError, asyncio.TimeoutError, KeyError, TypeError, ValueError) as error:
                    logger.warning("Bot Framework signing keys not fetched from %s: %r", self.openid_url, error)
        if kid not in self.keys:
            raise Unauthorized(f"unknown signing key {kid!r}")
        return self.keys[kid]

    async def _fetch(self) -> None:
        async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
            async with session.get(self.openid_url) as answer:
                answer.raise_for_status()
                document = await answer.json(content_type=None)
            async with session.get(document["jwks_uri"]) as answer:
                answer.raise_for_status()
                key_set = await answer.json(content_type=None)
        self.issuer = document["issuer"]
        self.keys = {key["kid"]: key for key in key_set["keys"] if key.get("kty") == "RSA"}
        self.fetched = time.monotonic()


class TeamsOutput(BotFramework):
    """Replies into one Teams conversation."""

    tokens: Dict[Tuple[str, str], Tuple[str, float]] = {}  # (token URL, app id) -> token, valid until

    @classmethod
    def name(cls) -> Text:
        return "teams"

    def __init__(self, settings: Settings, activity: Dict[str, Any], warned: Set[str]) -> None:
        super().__init__(settings.app_id, settings.password, activity["conversation"],
                         activity["recipient"], activity["serviceUrl"])
        self.settings = settings
        self.warned = warned
        self.conversation_key = hashed_id(activity["conversation"]["id"])

    async def send(self, message_data: Dict[Text, Any]) -> None:
        if self.conversation_key not in self.warned:
            if len(self.warned) >= WARNED_MAX:
                self.warned.clear()
            self.warned.add(self.conversation_key)
            warning = " ".join(filter(None, [text("teams.niet_anoniem", load_profile()), self.settings.webchat_url]))
            await self._post(self.prepare_message(message_data["recipient"]["id"], {"text": warning}))
        await self._post(message_data)

    async def send_text_with_buttons(self, recipient_id: Text, text: Text, buttons: List[Dict[Text, Any]],
                                     **kwargs: Any) -> None:
        actions = [{"type": "messageBack", "title": b["title"], "text": b["payload"], "displayText": b["title"],
                    "value": {"payload": b["payload"]}} for b in buttons]
        card = {"contentType": "application/vnd.microsoft.card.hero", "content": {"text": text, "buttons": actions}}
        await self.send(self.prepare_message(recipient_id, {"attachments": [card]}))

    async def _post(self, activity: Dict[str, Any]) -> None:
        url = f"{self.global_uri}conversations/{quote(self.conversation['id'], safe='')}/activities"
        try:
            async with aiohttp.ClientSession(timeout=TIMEOUT) as session:
                headers = {"Authorization": f"Bearer {await self._token(session)}"}
                async with session.post(url, json=activity, headers=headers) as answer:
                    if answer.status >= 300:
                        logger.error("Teams reply refused by %s: HTTP %s", self.global_uri, answer.status)
        except (aiohttp.ClientError, asyncio.TimeoutError, KeyError, ValueError) as error:
            logger.error("Teams reply not sent to %s: %r", self.global_uri, error)

    async def _token(self, session: aiohttp.ClientSession) -> str:
        key = (self.settings.token_url, self.settings.app_id)
        token, valid_until = self.tokens.get(key, ("", 0.0))
        if time.monotonic() < valid_until:
            return token
        form = {"grant_type": "client_credentials", "client_id": self.settings.app_id,
                "client_secret": self.settings.password, "scope": SCOPE}
        async with session.post(self.settings.token_url, data=form) as answer:
            answer.raise_for_status()
            data = await answer.json(content_type=None)
        token = data["access_token"]
        self.tokens[key] = (token, time.monotonic() + int(data["expires_in"]) - 60)
        return token


class TeamsInput(BotFrameworkInput):
    """Receives Teams activities at /webhooks/teams/webhook."""

    @classmethod
    def name(cls) -> Text:
        return "teams"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> "TeamsInput":
        return cls(Settings.from_env())

    def __init__(self, settings: Settings) -> None:  # not the parent's: it fetches keys at start-up
        self.settings = settings
        self.app_id, self.app_password = settings.app_id, settings.password
        self.signing_keys = SigningKeys(settings.openid_url)
        self.warned: Set[str] = set()

    async def check(self, authorization: Optional[str], activity: Dict[str, Any]) -> None:
        """Raise Unauthorized unless the activity comes signed from the Bot Framework, for us."""
        match = BEARER.fullmatch(authorization or "")
        if not match:
            raise Unauthorized("no bearer token")
        token = match[1]
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as error:
            raise Unauthorized(str(error)) from error
        if header.get("alg") != "RS256":
            raise Unauthorized(f"algorithm {header.get('alg')!r}")
        key = await self.signing_keys.key(header.get("kid"))
        if "endorsements" in key and activity.get("channelId") not in key["endorsements"]:
            raise Unauthorized(f"key not endorsed for channel {activity.get('channelId')!r}")
        try:
            claims = jwt.decode(token, jwt.PyJWK(key, "RS256").key, algorithms=["RS256"],
                                audience=self.settings.app_id, issuer=self.signing_keys.issuer,
                                leeway=LEEWAY_S, options={"require": ["exp", "iss", "aud"]})
        except jwt.PyJWTError as error:
            raise Unauthorized(str(error)) from error
        if str(claims.get("serviceurl", "")).rstrip("/") != str(activity.get("serviceUrl", "")).rstrip("/"):
            raise Unauthorized("the token is for another service URL")

    def user_text(self, activity: Dict[str, Any]) -> str:
        """What the user said: a message's text, or /greet when the bot is added; "" for the rest."""
        kind = activity.get("type")
        if kind == "message":
            said = MENTION.sub("", activity.get("text") or "").strip()
            value = activity.get("value")
            return said or (value.get("payload", "") if isinstance(value, dict) else "")
        if kind == "conversationUpdate":
            bot_id = activity["recipient"]["id"]
            return "/greet" if any(m.get("id") == bot_id for m in activity.get("membersAdded") or []) else ""
        return ""

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        webhook = Blueprint("teams_webhook", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request) -> HTTPResponse:
            return response.json({"status": "ok" if self.settings.app_id else "not configured"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request) -> HTTPResponse:
            if not self.settings.app_id:
                return response.text("Teams is not configured (TEAMS_APP_ID).", status=HTTPStatus.SERVICE_UNAVAILABLE)
            try:
                activity = request.json
            except Exception:  # sanic raises its BadRequest for a body that is no JSON
                activity = None
            activity = activity if isinstance(activity, dict) else {}
            try:
                await self.check(request.headers.get("Authorization"), activity)
            except Unauthorized as error:
                logger.warning("Teams activity refused: %s", error)
                return response.text("Unauthorized", status=HTTPStatus.UNAUTHORIZED)
            try:
                said = prepare(self.user_text(activity))  # cleaned, payloads only as buttons send them, cut
                if not said.text:
                    return response.text("")
                output = TeamsOutput(self.settings, activity, self.warned)
                sender = hashed_id(activity["from"]["id"])
            except (KeyError, TypeError, AttributeError):
                return response.text("Not a Bot Framework activity", status=HTTPStatus.BAD_REQUEST)
            if said.cut:
                await output.send_text_message(sender, text("invoer.te_lang", load_profile()))
            await on_new_message(UserMessage(text=said.text, output_channel=output, sender_id=sender,
                                             input_channel=self.name()))
            return response.text("")

        return webhook
