"""The intranet chat page at `/`, the script that embeds it, and its same-origin proxy to Rasa.

The page (templates/chat/, static/chat/) talks only to this app: POST /api/bericht with
{"sender": <random UUID made in the browser>, "message": <text or button payload>} is forwarded
to Rasa's REST channel at $RASA_URL (default http://127.0.0.1:$RASA_PORT), so the browser never
needs Rasa's port and no CORS is opened. The REST channel keeps no state of its own: the sender
id alone ties the messages of a conversation together, and the page keeps it in sessionStorage.
Only the text and buttons of the bot's messages go back to the page.
"""
from __future__ import annotations

import json
import os
import re
import urllib.error

from flask import Blueprint, Response, current_app, jsonify, render_template, request, send_from_directory

from bot.chat import send

blueprint = Blueprint("chat", __name__)
STATIC = os.path.join(os.path.dirname(__file__), "static", "chat")
# crypto.randomUUID() in the browser: a version-4 UUID, 122 random bits
SENDER = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
BAD_REQUEST = "Dit bericht kan ik niet lezen. Laad de pagina opnieuw en probeer het nog eens."
UNREACHABLE = "De assistent is even niet bereikbaar. Probeer het zo nog eens."
# the page loads nothing from elsewhere; another site may frame it (the embed script does)
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
}


def rasa_url() -> str:
    return (current_app.config.get("RASA_URL") or os.environ.get("RASA_URL")
            or f"http://127.0.0.1:{os.environ.get('RASA_PORT', '5005')}")


@blueprint.after_request
def security_headers(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    return response


@blueprint.get("/")
def page():
    return render_template("chat/index.html")


@blueprint.get("/embed.js")
def embed():
    return send_from_directory(STATIC, "embed.js", mimetype="text/javascript", max_age=300)


@blueprint.post("/api/bericht")
def message():
    data = request.get_json(silent=True)
    if not isinstance(data, dict):
        return jsonify(fout=BAD_REQUEST), 400
    sender, text = data.get("sender"), data.get("message")
    if not (isinstance(sender, str) and SENDER.fullmatch(sender) and isinstance(text, str) and text.strip()):
        return jsonify(fout=BAD_REQUEST), 400
    try:
        replies = send(rasa_url(), sender, text.strip())
    except urllib.error.HTTPError as error:  # the REST channel refused the message: its Dutch reason
        if error.code == 400:
            return jsonify(fout=_reason(error)), 400
        current_app.logger.warning("the Rasa server answered HTTP %s", error.code)
        return jsonify(fout=UNREACHABLE), 502
    except (urllib.error.URLError, TimeoutError, ValueError):
        current_app.logger.warning("the Rasa server did not answer at %s", rasa_url())
        return jsonify(fout=UNREACHABLE), 502
    return jsonify([
        {"text": reply.get("text", ""),
         "buttons": [{"title": b.get("title", ""), "payload": b.get("payload", "")} for b in reply.get("buttons", [])]}
        for reply in replies if reply.get("text") or reply.get("buttons")
    ])


def _reason(error: urllib.error.HTTPError) -> str:
    try:
        reason = json.loads(error.read().decode("utf-8"))["fout"]
    except (ValueError, KeyError, TypeError):
        return BAD_REQUEST
    return reason if isinstance(reason, str) else BAD_REQUEST
