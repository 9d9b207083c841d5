"""The chat page's proxy to Rasa's REST channel, against a stand-in REST channel on loopback."""
import json
import threading
import uuid
from http.server import ThreadingHTTPServer

import pytest

from bot.web import create_app
from bot.web.chat import BAD_REQUEST, UNREACHABLE
from tests.loopback import JsonHandler


REFUSALS = {"weiger": ({"fout": "Dit bericht kan ik niet lezen."}, 400), "kapot": ({"error": "x"}, 500)}


class RestChannel(JsonHandler):
    received = []

    def do_POST(self):
        body = json.loads(self.body())
        RestChannel.received.append((self.path, body))
        if body["message"] in REFUSALS:
            return self.reply(*REFUSALS[body["message"]])
        reply = [{"recipient_id": body["sender"], "text": "Hoi!", "buttons": [{"title": "Cadeau", "payload": "/dilemma_geschenk"}]},
                 {"recipient_id": body["sender"], "custom": {"secret": 1}}]
        self.reply(reply)


@pytest.fixture(scope="module")
def rasa():
    server = ThreadingHTTPServer(("127.0.0.1", 0), RestChannel)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture
def client(rasa):
    app = create_app()
    app.config["RASA_URL"] = rasa
    RestChannel.received.clear()
    return app.test_client()


def test_a_message_goes_to_the_rest_channel_and_only_text_and_buttons_come_back(client):
    sender = str(uuid.uuid4())
    answer = client.post("/api/bericht", json={"sender": sender, "message": " hoi ", "metadata": {"x": 1}})
    assert answer.status_code == 200
    assert answer.get_json() == [{"text": "Hoi!", "buttons": [{"title": "Cadeau", "payload": "/dilemma_geschenk"}]}]
    assert RestChannel.received == [("/webhooks/rest/webhook", {"sender": sender, "message": "hoi"})]


@pytest.mark.parametrize("body", [
    {"sender": "alice", "message": "hoi"},                       # a guessable id
    {"sender": str(uuid.uuid4()).upper(), "message": "hoi"},
    {"sender": str(uuid.uuid1()), "message": "hoi"},             # not random (time and host)
    {"sender": str(uuid.uuid4()), "message": "   "},
    {"sender": str(uuid.uuid4()), "message": ["hoi"]},
    {"sender": str(uuid.uuid4())},
    ["hoi"],
])
def test_bad_input_gets_a_dutch_answer_and_reaches_nobody(client, body):
    answer = client.post("/api/bericht", json=body)
    assert answer.status_code == 400 and answer.get_json() == {"fout": BAD_REQUEST}
    assert RestChannel.received == []


def test_the_rest_channels_refusal_reaches_the_page_in_dutch_and_its_failure_as_unreachable(client):
    sender = str(uuid.uuid4())
    answer = client.post("/api/bericht", json={"sender": sender, "message": "weiger"})
    assert answer.status_code == 400 and answer.get_json() == {"fout": "Dit bericht kan ik niet lezen."}
    answer = client.post("/api/bericht", json={"sender": sender, "message": "kapot"})
    assert answer.status_code == 502 and answer.get_json() == {"fout": UNREACHABLE}


def test_a_form_post_from_another_site_is_refused(client):
    answer = client.post("/api/bericht", data={"sender": str(uuid.uuid4()), "message": "hoi"})
    assert answer.status_code == 400 and RestChannel.received == []


def test_an_unreachable_assistant_gets_a_dutch_answer():
    app = create_app()
    app.config["RASA_URL"] = "http://127.0.0.1:9"  # discard port: nothing listens
    answer = app.test_client().post("/api/bericht", json={"sender": str(uuid.uuid4()), "message": "hoi"})
    assert answer.status_code == 502 and answer.get_json() == {"fout": UNREACHABLE}


def test_the_page_loads_only_its_own_files():
    client = create_app().test_client()
    page = client.get("/")
    assert "default-src 'self'" in page.headers["Content-Security-Policy"]
    html = page.get_data(as_text=True)
    assert "http" not in html.replace('name="viewport"', "")  # no address elsewhere
    for asset in ("/static/chat/chat.js", "/static/chat/chat.css", "/embed.js"):
        assert client.get(asset).status_code == 200
