"""The intranet chat page in real headless chromium, against the running assistant through the
web app's proxy: the conversation, a reload, keyboard-only use, 320 px, contrast, and no request
that leaves this machine."""
import json
from urllib.parse import urlsplit

import pytest

from bot.web.browser import bot_texts, click, say, wait_for_reply
from tests.servers import web_app

DILEMMA = "ik heb een fles wijn van 80 euro van een leverancier"

# WCAG contrast ratio of an element's text against the first opaque background behind it
CONTRAST = """el => {
  const rgb = s => s.match(/[\\d.]+/g).map(Number);
  const lum = c => { const [r, g, b] = c.slice(0, 3).map(v => { v /= 255;
    return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
  let bg = el;
  while (bg && (rgb(getComputedStyle(bg).backgroundColor)[3] === 0)) bg = bg.parentElement;
  const back = bg ? rgb(getComputedStyle(bg).backgroundColor) : [255, 255, 255];
  const [a, b] = [lum(rgb(getComputedStyle(el).color)), lum(back)].sort((x, y) => y - x);
  return (a + 0.05) / (b + 0.05);
}"""


@pytest.fixture(scope="module")
def site(channels):
    with web_app(channels.rasa_url) as url:
        yield url


@pytest.fixture
def page(browser, site):
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    page = context.new_page()
    page.requested = []
    page.on("request", lambda request: page.requested.append(request.url))
    page.goto(site)
    yield page
    context.close()


def only_local(page) -> None:
    assert page.requested and {urlsplit(url).hostname for url in page.requested} == {"127.0.0.1"}


def test_a_conversation_with_a_button_that_survives_a_reload(page):
    opening = " ".join(wait_for_reply(page, 0))
    assert "chatbot en geen mens" in opening and "30 dagen gewist" in opening  # from the bot itself
    asked = " ".join(say(page, DILEMMA))
    assert "Heb je het al aangenomen?" in asked
    advice = " ".join(click(page, "Nee, nog niet"))
    assert "boven de grens van € 50" in advice
    shown, sender = bot_texts(page), page.evaluate("JSON.parse(sessionStorage.integriteitsassistent).sender")
    page.reload()
    page.wait_for_selector(".bericht.bot")
    assert bot_texts(page) == shown
    assert page.evaluate("JSON.parse(sessionStorage.integriteitsassistent).sender") == sender
    # the same conversation goes on: a correction changes the advice just given
    corrected = " ".join(say(page, "nee sorry, het was 30 euro"))
    assert "mag het aannemen" in corrected and "€ 30" in corrected
    only_local(page)


def test_keyboard_only(page):
    wait_for_reply(page, 0)

    def tab_to(description: str, condition: str) -> None:
        for _ in range(40):
            page.keyboard.press("Tab")
            if page.evaluate(condition):
                # the focus is visible: a 3 px outline
                assert page.evaluate("getComputedStyle(document.activeElement).outlineWidth") == "3px"
                return
        raise AssertionError(f"Tab never reached {description}")

    tab_to("the text field", "document.activeElement.id === 'tekst'")
    before = page.locator(".bericht.bot").count()
    page.keyboard.type(DILEMMA)
    page.keyboard.press("Enter")
    assert "Heb je het al aangenomen?" in " ".join(wait_for_reply(page, before))
    tab_to("the answer 'Nee, nog niet'", "document.activeElement.textContent === 'Nee, nog niet'")
    before = page.locator(".bericht.bot").count()
    page.keyboard.press("Enter")
    assert "boven de grens van € 50" in " ".join(wait_for_reply(page, before))
    # the focus moved on to the next choice, not lost on a pressed (now disabled) button
    assert page.evaluate("document.activeElement.closest('.knoppen') && !document.activeElement.disabled")
    only_local(page)


def test_usable_at_320_px_with_announcements_and_readable_contrast(page):
    page.set_viewport_size({"width": 320, "height": 640})
    wait_for_reply(page, 0)
    say(page, DILEMMA)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320  # nothing to scroll sideways
    for selector in ("#tekst", "button[type=submit]", "#nieuw"):
        box = page.locator(selector).bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 320 and box["y"] + box["height"] <= 640
    assert page.get_attribute("#berichten", "aria-live") == "polite"
    for selector in (".bericht.bot", ".bericht.jij", ".knoppen button:not([disabled])", "button[type=submit]",
                     "#nieuw", ".typt"):
        element = page.locator(selector).first
        if selector == ".typt":
            page.evaluate("document.getElementById('typt').hidden = false")
        assert element.evaluate(CONTRAST) >= 4.5, selector
    only_local(page)


def test_nieuw_gesprek_starts_a_new_conversation(page):
    wait_for_reply(page, 0)
    say(page, DILEMMA)
    sender = page.evaluate("JSON.parse(sessionStorage.integriteitsassistent).sender")
    page.click("#nieuw")
    opening = " ".join(wait_for_reply(page, 0))
    assert "chatbot en geen mens" in opening and page.locator(".bericht.jij").count() == 0
    assert page.evaluate("JSON.parse(sessionStorage.integriteitsassistent).sender") != sender


def test_one_script_tag_embeds_the_chat_in_an_intranet_page(page, site):
    page.set_content(f'<h1>Intranet</h1><script src="{site}/embed.js"></script>')
    launcher = page.get_by_role("button", name="Integriteitsassistent")
    assert launcher.get_attribute("aria-expanded") == "false"
    launcher.click()
    assert launcher.get_attribute("aria-expanded") == "true"
    chat = page.frame_locator("iframe[title='Integriteitsassistent']")
    chat.locator(".bericht.bot .tekst").first.wait_for()
    assert "chatbot en geen mens" in chat.locator(".bericht.bot .tekst").first.inner_text()
    only_local(page)


def test_a_refused_or_failed_message_is_said_in_dutch_in_the_chat(page):
    """The proxy's 400 with its Dutch reason (tests/test_hostile_input.py: the REST channel's
    reason reaches the proxy), a server error that is no JSON, and no connection at all."""
    wait_for_reply(page, 0)
    reason = "Dit bericht kan ik niet lezen. Stuur je vraag opnieuw als gewone tekst."
    general = "Er ging iets mis. Probeer het zo nog eens."
    failures = [
        lambda route: route.fulfill(status=400, content_type="application/json", body=json.dumps({"fout": reason})),
        lambda route: route.fulfill(status=500, content_type="text/html", body="<h1>Internal Server Error</h1>"),
        lambda route: route.abort(),
    ]
    for shown, failure in enumerate(failures, start=1):
        page.route("**/api/bericht", failure)
        page.fill("#tekst", "hoi")
        page.press("#tekst", "Enter")
        page.wait_for_function("n => document.querySelectorAll('.bericht.fout').length === n "
                               "&& document.getElementById('typt').hidden", arg=shown)
        page.unroute("**/api/bericht")
    assert page.locator(".bericht.fout .tekst").all_inner_texts() == [reason, general, general]
