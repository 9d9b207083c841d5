"""A terminal chat with the assistant over its REST channel.

Buttons are shown numbered; typing the number sends the button's payload.
Usage: python -m bot.chat http://127.0.0.1:5005
"""
from __future__ import annotations

import json
import sys
import urllib.error
import urllib.request
import uuid
from typing import Dict, List


def send(server: str, sender: str, text: str, timeout: float = 60) -> List[Dict]:
    """POST one message to the REST channel; returns the bot's messages."""
    request = urllib.request.Request(
        f"{server.rstrip('/')}/webhooks/rest/webhook",
        data=json.dumps({"sender": sender, "message": text}).encode("utf-8"),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read().decode("utf-8"))


def show(messages: List[Dict]) -> List[Dict]:
    buttons: List[Dict] = []
    for message in messages:
        if message.get("text"):
            print(f"\nBot: {message['text']}")
        for button in message.get("buttons", []):
            buttons.append(button)
            print(f"  [{len(buttons)}] {button['title']}")
    return buttons


def main(server: str) -> None:
    sender = uuid.uuid4().hex
    buttons: List[Dict] = []
    print("Typ je vraag. Stoppen: /stop of Ctrl-D.")
    while True:
        try:
            text = input("\nJij: ").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return
        if text == "/stop":
            return
        if not text:
            continue
        if text.isdigit() and 1 <= int(text) <= len(buttons):
            text = buttons[int(text) - 1]["payload"]
        try:
            buttons = show(send(server, sender, text))
        except (urllib.error.URLError, TimeoutError) as error:
            print(f"\nDe assistent is niet bereikbaar ({error}). Probeer het opnieuw.")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5005")
