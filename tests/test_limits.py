"""What a channel makes of a user's text (bot/limits.py) and which typed payloads pass (bot/payloads.py)."""
import asyncio
import json
import unicodedata
from unittest import mock

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from rasa.core.nlg import TemplatedNaturalLanguageGenerator, interpolator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker

from bot.advice import text
from bot.limits import MAX_CHARS, BadRequest, prepare, read_rest_body
from bot.notices import form
from bot.payloads import as_received, sent_payload
from bot.profile import load_profile
from tests.test_actions import ROOT


def body(**fields) -> bytes:
    return json.dumps(fields).encode()


def test_a_long_message_is_cut_at_the_documented_limit_and_the_user_is_told_so():
    prepared = prepare("a" * (MAX_CHARS - 1) + "bcdef")
    assert prepared.cut and prepared.text == "a" * (MAX_CHARS - 1) + "b"
    assert not prepare("a" * MAX_CHARS).cut
    assert f"eerste {MAX_CHARS:,} tekens".replace(",", ".") in text("invoer.te_lang", load_profile())  # 2.000
    assert f"The limit is {MAX_CHARS:,} characters" in (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("said, seen", [
    ("  hoi  ", "hoi"),
    ("ik\u200b kreeg\u202e een\u200f cadeau\ufeff", "ik kreeg een cadeau"),  # zero-width, right-to-left
    ("hoi\x00\x07\x1b[31m", "hoi[31m"),  # control characters
    ("regel 1\nregel 2\ttab", "regel 1\nregel 2\ttab"),
    ("\ud800cadeau", "cadeau"),  # a lone surrogate cannot be stored
    ("cafe\u0301", "café"),
    ("🎁 <script>alert(1)</script> '; DROP TABLE x; --", "🎁 <script>alert(1)</script> '; DROP TABLE x; --"),
    ("\u200b \x00 ", ""),
])
def test_text_is_cleaned_of_what_only_steers_or_hides_it(said, seen):
    assert prepare(said).text == seen


@pytest.mark.parametrize("typed", [
    "/greet", "/dilemma_geschenk", "/affirm", '/inform{"relatie": "familie"}', '/inform{"eigen_rol":"geen"}',
    '/melding_doen{"melding_type": "vermoeden_misstand"}', '/melding_aanpassen{"melding_veld": "melding_datum"}',
])
def test_payloads_that_buttons_send_pass(typed):
    assert as_received(typed) == "/" + typed[1:].replace('":"', '": "')


@pytest.mark.parametrize("typed, plain", [
    ('/melding_doen{"melding_type": "geschenk", "melding_omschrijving": "niets"}',
     'melding_doen{"melding_type": "geschenk", "melding_omschrijving": "niets"}'),
    ('/affirm{"melding_sleutel": "abc"}', 'affirm{"melding_sleutel": "abc"}'),
    ('/inform{"relatie": "iemand anders"}', 'inform{"relatie": "iemand anders"}'),
    ('/inform{"melding_anoniem": true}', 'inform{"melding_anoniem": true}'),
    ("/affirm@1.0", "affirm@1.0"),
    ("/faq/waarden", "faq/waarden"),
    ("/onbekend_intent", "onbekend_intent"),
    ("// /greet", "greet"),
])
def test_other_payloads_become_plain_text(typed, plain):
    assert as_received(typed) == plain


def test_every_button_of_the_domain_and_the_notice_forms_passes():
    domain = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))
    sent = [sent_payload(b) for variations in domain["responses"].values() for v in variations for b in v.get("buttons") or []]
    sent += [payload for fields in form.FORMS.values() for f in fields for _, payload in f.buttons]
    assert sent and all(as_received(p) == p for p in sent)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_what_the_models_see_is_short_clean_and_a_payload_only_as_buttons_send_it(said):
    seen = prepare(said).text
    assert len(seen) <= MAX_CHARS and seen == seen.strip()
    assert not any(unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in seen if c not in "\n\t")
    assert not seen.startswith("/") or as_received(seen) == seen


@pytest.mark.parametrize("raw", [
    b"", b"{", b"null", b"42", b'"hoi"', b"[]", b"[" * 100_000,
    body(message="hoi"), body(sender="", message="hoi"), body(sender=" ", message="hoi"),
    body(sender="x" * 129, message="hoi"), body(sender=7, message="hoi"), body(sender="a\nb", message="hoi"),
    body(sender="a"), body(sender="a", message=None), body(sender="a", message=42), body(sender="a", message=["hoi"]),
    body(sender="a", message="x" * 1_000_001),
])
def test_a_body_that_cannot_be_read_is_refused(raw):
    with pytest.raises(BadRequest):
        read_rest_body(raw)


def test_a_readable_body_keeps_only_sender_and_cleaned_text():
    read = read_rest_body(b'{"sender": "abc", "message": "h\xffi\\u200b!", "input_channel": "teams", "metadata": {"x": 1}}')
    assert read.sender == "abc" and read.message.text == "h\ufffdi!" and not read.message.cut


def test_rasa_sends_the_domain_buttons_with_their_payloads_and_logs_no_error(monkeypatch):
    logged = mock.Mock()
    monkeypatch.setattr(interpolator, "structlogger", logged)
    domain = Domain.load(str(ROOT / "domain.yml"))
    nlg, tracker = TemplatedNaturalLanguageGenerator(domain.responses), DialogueStateTracker("u", domain.slots)
    for name, variations in domain.responses.items():
        expected = [sent_payload(b) for b in variations[0].get("buttons") or []]
        if any("{" in p for p in expected):
            response = asyncio.run(nlg.generate(name, tracker, "rest"))
            assert [b["payload"] for b in response["buttons"]] == expected
    assert not logged.exception.called
