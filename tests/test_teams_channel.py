"""The Teams channel (components/teams.py) against a fake Bot Framework on loopback: tokens are
checked before anything reaches Rasa, and the running assistant answers in Teams."""
import asyncio
import sqlite3

import jwt
import pytest

from bot.advice import text
from bot.profile import load_profile
from components.teams import Settings, TeamsInput, Unauthorized
from tests.fake_botframework import ACCESS_TOKEN, APP_ID, APP_PASSWORD, new_key
from tests.conftest import WEBCHAT_URL

DILEMMA = "ik heb een fles wijn van 80 euro van een leverancier"

# (name, how the token is made); every one must get 401 and no reply
BAD_TOKENS = [
    ("no token", lambda fake: None),
    ("unsigned (alg none)", lambda fake: jwt.encode({"iss": "https://api.botframework.com", "aud": APP_ID},
                                                    None, algorithm="none")),
    ("signed by another key", lambda fake: fake.token(key=new_key())),
    ("wrong issuer", lambda fake: fake.token(iss="https://login.evil.example")),
    ("HS256", lambda fake: fake.token(key="a-shared-secret-that-anyone-could-have-guessed!", algorithm="HS256")),
    ("expired", lambda fake: fake.token(exp=1_600_000_000, nbf=1_599_999_000)),
    ("another bot's audience", lambda fake: fake.token(aud="another-app")),
    ("another service URL", lambda fake: fake.token(serviceurl="https://evil.example/")),
    ("unknown key id", lambda fake: fake.token(kid="other-key")),
]


@pytest.mark.parametrize("name, make", BAD_TOKENS, ids=[name for name, _ in BAD_TOKENS])
def test_the_channel_refuses_a_token_that_is_not_the_bot_frameworks(fake, name, make):
    channel = TeamsInput(Settings(APP_ID, APP_PASSWORD, f"{fake.url}/openid", f"{fake.url}/tenant/token", ""))
    activity = fake.activity("message", "a:refused", text="hoi")
    with pytest.raises(Unauthorized):
        asyncio.run(channel.check(None if make(fake) is None else f"Bearer {make(fake)}", activity))


def test_the_channel_accepts_the_bot_frameworks_token_and_starts_without_fetching_keys(fake):
    channel = TeamsInput(Settings(APP_ID, APP_PASSWORD, f"{fake.url}/openid", f"{fake.url}/tenant/token", ""))
    assert channel.signing_keys.keys == {}  # nothing fetched at start-up: an offline start works
    asyncio.run(channel.check(f"Bearer {fake.token()}", fake.activity("message", "a:accepted", text="hoi")))


def test_a_channel_that_is_not_configured_takes_no_app_id_from_nowhere(monkeypatch):
    for name in ("TEAMS_APP_ID", "TEAMS_APP_PASSWORD", "TEAMS_TENANT_ID", "TEAMS_TOKEN_URL"):
        monkeypatch.delenv(name, raising=False)
    settings = Settings.from_env()
    assert settings.app_id == "" and settings.token_url.endswith("/botframework.com/oauth2/v2.0/token")
    monkeypatch.setenv("TEAMS_TENANT_ID", "contoso.onmicrosoft.com")
    assert "/contoso.onmicrosoft.com/oauth2/v2.0/token" in Settings.from_env().token_url  # single tenant


@pytest.fixture
def fake(fake_botframework):
    return fake_botframework


@pytest.fixture
def teams(channels):
    return channels.teams_webhook, channels.tracker_db


def texts(activities):
    """What a Teams user reads: the activities' texts and the cards' texts."""
    return " ".join([a.get("text", "") for a in activities]
                    + [c["content"].get("text", "") for a in activities for c in a.get("attachments", [])])


def card_actions(activities):
    return [b for a in activities for c in a.get("attachments", []) for b in c["content"].get("buttons", [])]


def test_added_to_a_conversation_the_bot_warns_that_teams_is_not_anonymous_and_welcomes(fake, teams):
    webhook, _ = teams
    added = fake.activity("conversationUpdate", "a:welkom", membersAdded=[{"id": f"28:{APP_ID}"}])
    assert fake.post(webhook, added, fake.token()) == 200
    replies = fake.replies_to("a:welkom")
    assert "in Teams ben je niet anoniem" in replies[0]["text"] and WEBCHAT_URL in replies[0]["text"]
    assert "chatbot en geen mens" in texts(replies)
    # the topics as card actions that Teams can click: the payload comes back as the message text
    actions = card_actions(replies)
    gift = next(a for a in actions if a["text"] == "/dilemma_geschenk")
    assert gift["type"] == "messageBack" and gift["displayText"] == gift["title"] == "Cadeau of korting"
    # replies carry the token of the (single-tenant) token endpoint, got with our app's secret
    assert {r["authorization"] for r in fake.replies} == {f"Bearer {ACCESS_TOKEN}"}
    assert fake.token_requests[0]["client_id"] == APP_ID and fake.token_requests[0]["client_secret"] == APP_PASSWORD


def test_a_dilemma_gets_a_question_whose_card_action_clicked_gives_the_advice(fake, teams):
    webhook, _ = teams
    assert fake.post(webhook, fake.activity("message", "a:advies", text=DILEMMA), fake.token()) == 200
    asked = fake.replies_to("a:advies")
    assert "in Teams ben je niet anoniem" in asked[0]["text"]  # the first reply of this conversation
    assert "Heb je het al aangenomen?" in texts(asked)
    action = next(a for a in card_actions(asked) if a["title"] == "Nee, nog niet")
    assert action["type"] == "messageBack"
    # Teams sends a clicked messageBack as a message with the action's text and value
    clicked = fake.activity("message", "a:advies", text=action["text"], value=action["value"])
    assert fake.post(webhook, clicked, fake.token()) == 200
    advice = fake.replies_to("a:advies")[len(asked):]
    assert "boven de grens van € 50" in texts(advice)
    assert "niet anoniem" not in texts(advice)  # warned once per conversation


@pytest.mark.parametrize("name, make", BAD_TOKENS, ids=[name for name, _ in BAD_TOKENS])
def test_an_activity_without_the_bot_frameworks_token_gets_401_and_no_reply(fake, teams, name, make):
    webhook, _ = teams
    conversation = f"a:refused {name}"
    assert fake.post(webhook, fake.activity("message", conversation, text=DILEMMA), make(fake)) == 401
    assert fake.replies_to(conversation) == []


def test_a_long_message_in_teams_is_cut_and_the_user_told_and_a_typed_payload_is_plain_text(fake, teams):
    webhook, _ = teams
    long = DILEMMA + ". " + "Echt waar. " * 300
    assert fake.post(webhook, fake.activity("message", "a:lang", user="29:lang", text=long), fake.token()) == 200
    replies = fake.replies_to("a:lang")
    assert "in Teams ben je niet anoniem" in replies[0]["text"]
    assert replies[1]["text"] == text("invoer.te_lang", load_profile())
    assert texts(replies[2:])  # and then the answer to what was read
    # as a payload it would start a gift notice with the giver filled in, asking what was given
    typed = '/melding_doen{"melding_type": "geschenk", "gever": "leverancier zq9"}'
    assert fake.post(webhook, fake.activity("message", "a:getypt", user="29:getypt", text=typed), fake.token()) == 200
    answer = texts(fake.replies_to("a:getypt"))
    assert answer and "Wat heb je gekregen" not in answer and "zq9" not in answer


def test_the_tracker_store_holds_no_teams_user_id(fake, teams):
    webhook, tracker_db = teams
    user = "29:1-a-real-looking-teams-user-id"

    def senders():  # other tests' conversations share this tracker store (the REST ones are UUIDs)
        return {row[0] for row in sqlite3.connect(tracker_db).execute("SELECT DISTINCT sender_id FROM events")}

    before = senders()
    assert fake.post(webhook, fake.activity("message", "a:privacy", user=user, text="hoi"), fake.token()) == 200
    new = senders() - before
    assert new and user not in new and all(len(s) == 32 for s in new)
    assert user.encode() not in tracker_db.read_bytes()
