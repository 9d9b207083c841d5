"""The chat page driven in Debian's chromium by Playwright, for the browser tests and the benchmark.

Never `playwright install`: ./manage installs Debian's chromium and this uses it by path.
"""
from __future__ import annotations

from typing import List

from playwright.sync_api import Browser, Page, Playwright

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync"]
BOT = ".bericht.bot"
# the reply is shown: more bot messages than before, and the typing indicator gone
REPLIED = "n => document.querySelectorAll('.bericht.bot').length > n && document.getElementById('typt').hidden"


def launch(playwright: Playwright) -> Browser:
    return playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)


def bot_texts(page: Page) -> List[str]:
    return page.locator(f"{BOT} .tekst").all_inner_texts()


def wait_for_reply(page: Page, before: int, timeout_ms: float = 60_000) -> List[str]:
    """The bot messages that came after the first `before`, once they are shown."""
    page.wait_for_function(REPLIED, arg=before, timeout=timeout_ms)
    return bot_texts(page)[before:]


def say(page: Page, text: str) -> List[str]:
    """Type `text`, send it with Enter; the bot's reply."""
    before = page.locator(BOT).count()
    page.fill("#tekst", text)
    page.press("#tekst", "Enter")
    return wait_for_reply(page, before)


def click(page: Page, title: str) -> List[str]:
    """Press the button `title` of the bot's latest turn; the bot's reply."""
    before = page.locator(BOT).count()
    page.locator(".knoppen button:not([disabled])", has_text=title).first.click()
    return wait_for_reply(page, before)
