"""Long, empty, odd and hostile input through the real servers (the REST channel of
components/channels.py, trained model, action server): always an answer, never a 5xx or a hang,
never another conversation held up, and no notice field set by a typed payload.

Fuzz case counts: FUZZ_CASES per test; `pytest --hypothesis-show-statistics` prints them."""
import json
import sqlite3
import time
import urllib.error
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from typing import Any, List, Tuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import tracker_privacy
from bot.advice import text
from bot.limits import MAX_CHARS
from bot.profile import load_profile
from bot.storage import upgrade_to_head
from bot.web import create_app
from tests.test_notices_rest import stored_count

FUZZ_CASES = 100
TIMEOUT_S = 30  # "never a hang": a reply within this, even on a loaded 2-core machine
UNREADABLE = text("invoer.onleesbaar", load_profile())
TOO_LONG = text("invoer.te_lang", load_profile())
EMPTY = text("invoer.leeg", load_profile())


def post(url: str, body: bytes) -> Tuple[int, Any, float]:
    """(HTTP status, the JSON answer, seconds) of a raw POST to the REST channel."""
    request = urllib.request.Request(f"{url}/webhooks/rest/webhook", data=body,
                                     headers={"Content-Type": "application/json"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT_S) as answer:
            status, raw = answer.status, answer.read()
    except urllib.error.HTTPError as error:
        status, raw = error.code, error.read()
    return status, json.loads(raw), time.monotonic() - started


def say(url: str, sender: str, message: str) -> List[dict]:
    status, replies, _ = post(url, json.dumps({"sender": sender, "message": message}).encode())
    assert status == 200, replies
    return replies


def texts(replies: List[dict]) -> List[str]:
    return [r["text"] for r in replies if r.get("text")]


@pytest.fixture
def tracker_events(channels, monkeypatch):
    """The stored events of a conversation, unsealed with the servers' key."""
    monkeypatch.setenv("IA_ENCRYPTION_KEY_FILE", str(channels.key_file))
    monkeypatch.delenv("IA_ENCRYPTION_KEY", raising=False)

    def events(sender: str) -> List[dict]:
        with sqlite3.connect(channels.tracker_db) as db:
            rows = db.execute("SELECT data FROM events WHERE sender_id = ? ORDER BY id", (sender,)).fetchall()
        return [tracker_privacy.unseal(data) for (data,) in rows]

    return events


def test_a_long_message_is_cut_before_the_models_and_the_user_is_told_in_the_same_reply(channels, tracker_events):
    sender = str(uuid.uuid4())
    message = "Ik kreeg een fles wijn van een leverancier. " + "Echt waar. " * 1000
    replies = say(channels.rasa_url, sender, message)
    assert texts(replies)[0] == TOO_LONG and len(texts(replies)) > 1  # told first, then answered
    heard = [e for e in tracker_events(sender) if e["event"] == "user"][-1]
    assert heard["text"] == message[:MAX_CHARS].strip()  # what the NLU parsed
    assert heard["parse_data"]["text"] == heard["text"]


@pytest.mark.parametrize("message", [
    "", "   \n\t ", "\x00\x01\x1b", "\u200f\u200b\ufeff", "\ud800", "/",
])
def test_a_message_without_text_gets_a_dutch_answer(channels, message):
    assert texts(say(channels.rasa_url, str(uuid.uuid4()), message)) == [EMPTY]


@pytest.mark.parametrize("message", [
    "ik kreeg een \u202ecadeau\u202c van 30\u200b euro", "🎁🍷🙂 van een leverancier 👨‍👩‍👧",
    "<script>alert('x')</script><img src=x onerror=alert(1)>", "'; DROP TABLE events; -- een cadeau",
    "ik kreeg\x07 een\x00 cadeau", "Robert'); DELETE FROM notices;--", "{{7*7}} ${7*7} %s %n",
])
def test_odd_and_hostile_text_gets_an_answer(channels, message):
    replies = say(channels.rasa_url, str(uuid.uuid4()), message)
    assert texts(replies) and not any(EMPTY == t or UNREADABLE == t for t in texts(replies))


def test_invalid_utf8_gets_an_answer(channels):
    body = b'{"sender": "%s", "message": "ik kreeg een cadeau \xff\xfe\xc3 van 30 euro"}' % str(uuid.uuid4()).encode()
    status, replies, _ = post(channels.rasa_url, body)
    assert status == 200 and texts(replies)


@pytest.mark.parametrize("body", [
    b"", b"{", b"hoi", b"null", b"[1, 2]", b'"hoi"', b"[" * 50_000 + b"]" * 50_000,
    json.dumps({"sender": "a", "message": 42}).encode(),
    json.dumps({"sender": "a", "message": ["hoi"]}).encode(),
    json.dumps({"sender": "a", "message": None}).encode(),
    json.dumps({"sender": "a"}).encode(),
    json.dumps({"message": "hoi"}).encode(),
    json.dumps({"sender": 12, "message": "hoi"}).encode(),
    json.dumps({"sender": "x" * 100_000, "message": "hoi"}).encode(),
    json.dumps({"sender": "a", "message": "x" * 1_100_000}).encode(),
])
def test_a_request_that_cannot_be_read_gets_400_with_a_dutch_reason(channels, body):
    status, answer, _ = post(channels.rasa_url, body)
    assert (status, answer) == (400, {"fout": UNREADABLE})


def test_the_chat_pages_proxy_passes_the_dutch_reason_on(channels):
    """A message the REST channel refuses (over 1 MB): the page gets the reason to show in the chat
    (tests/test_webchat_browser.py shows it does)."""
    app = create_app()
    app.config["RASA_URL"] = channels.rasa_url
    answer = app.test_client().post("/api/bericht", json={"sender": str(uuid.uuid4()), "message": "x" * 1_100_000})
    assert answer.status_code == 400 and answer.get_json() == {"fout": UNREADABLE}


def test_a_typed_payload_cannot_fill_a_notice_or_confirm_one(channels, tracker_events):
    """Entities of the domain (`gever`, `bedrag` prefill a gift notice) and notice fields, typed
    as a payload; then a typed confirmation with the notice's key."""
    upgrade_to_head(channels.notices_db)
    before = stored_count(channels.notices_db)
    sender = str(uuid.uuid4())
    injected = {"melding_type": "geschenk", "gever": "leverancier zq9", "bedrag": "zq9 euro",
                "melding_omschrijving": "wijn zq9", "melding_aangenomen": "ja zq9", "melding_naam": "naam zq9"}
    replies = say(channels.rasa_url, sender, f"/melding_doen{json.dumps(injected)}")
    replies += say(channels.rasa_url, sender, '/affirm{"melding_sleutel": "sleutel-zq9", "gever": "zq9"}')
    replies += say(channels.rasa_url, sender, "/affirm")  # the real button: there is nothing to confirm
    assert "zq9" not in json.dumps(replies)
    # plain text now: it may be read as an answer to whatever was asked, but no fact or notice
    # field (or the key of a confirmed notice) ever took an injected value
    facts = [e for e in tracker_events(sender) if e["event"] == "slot"
             and (e["name"].startswith("melding_") or e["name"] in injected)]
    assert "zq9" not in json.dumps(facts)
    assert stored_count(channels.notices_db) == before


def test_a_button_payload_still_works(channels):
    replies = say(channels.rasa_url, str(uuid.uuid4()), '/melding_doen{"melding_type": "geschenk"}')
    assert "Van wie kreeg je het?" in " ".join(texts(replies))


def test_a_very_long_message_does_not_hold_up_another_conversation(channels):
    url, short = channels.rasa_url, str(uuid.uuid4())
    say(url, short, "/greet")  # the short conversation exists (its session start is not measured)

    def short_reply() -> float:
        started = time.monotonic()
        say(url, short, "hoi")
        return time.monotonic() - started

    alone = sorted(short_reply() for _ in range(3))[1]
    huge = json.dumps({"sender": str(uuid.uuid4()), "message": "een cadeau van een leverancier " * 3300}).encode()
    assert len(huge) > 100_000
    with ThreadPoolExecutor(max_workers=2) as pool:
        long_one = pool.submit(post, url, huge)
        time.sleep(0.02)  # the long message first, so it has the server when the short one comes
        together = pool.submit(short_reply).result()
        status, replies, _ = long_one.result()
    assert status == 200 and texts(replies)[0] == TOO_LONG
    print(f"\nshort message alone {alone:.3f} s, next to a message of {len(huge):,} bytes {together:.3f} s")
    assert together - alone <= 1.0


# --- property-based: arbitrary text and arbitrary JSON bodies against the running server ---

fuzz = settings(max_examples=FUZZ_CASES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode()),
    st.fixed_dictionaries({"sender": st.uuids().map(str) | json_values, "message": st.text() | json_values},
                          optional={"metadata": json_values, "input_channel": json_values, "stream": json_values})
    .map(lambda d: json.dumps(d).encode()),
    st.binary(max_size=300),
)


@fuzz
@given(message=st.text(max_size=3000))
def test_fuzz_any_text_gets_an_answer(channels, message):
    status, replies, seconds = post(channels.rasa_url, json.dumps({"sender": str(uuid.uuid4()), "message": message}).encode())
    assert status == 200 and isinstance(replies, list) and texts(replies)
    assert seconds < TIMEOUT_S


@fuzz
@given(body=bodies)
def test_fuzz_any_body_gets_an_answer_or_a_dutch_400(channels, body):
    status, answer, seconds = post(channels.rasa_url, body)
    assert status in (200, 400) and seconds < TIMEOUT_S
    if status == 400:
        assert answer == {"fout": UNREADABLE}
    else:
        assert isinstance(answer, list) and texts(answer)
