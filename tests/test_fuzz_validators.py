"""Property-based tests (hypothesis) of every kind of form field's validation, through the
validation actions as the action server runs them: whatever the user typed, the action does not
fail (no apology of `never_raises`) and either keeps a valid value or asks again in Dutch.

Case counts: FUZZ_CASES per test; `pytest --hypothesis-show-statistics` prints them."""
import re
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from actions import forms as fa
from actions import notices as na
from actions.common import ERROR_MESSAGE
from bot.amounts import percentage_said
from bot.notices import form, messages
from tests.test_actions import run, slot_events, texts, tracker
from tests.test_notice_actions import validate

FUZZ_CASES = 200
fuzz = settings(max_examples=FUZZ_CASES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Answers near the valid ones, so the fuzz also reaches the paths that accept.
NEAR = ["ja", "nee", "Ja hoor", "nee, nog niet", "50", "€ 12,50", "vijftig euro", "-3", "1e9", "0", "gisteren",
        "15 maart", "31 februari", "vorige maand", "rond kerst", "3 uur", "MLD-2026-7KQ3XP", "onbekend",
        "piet@example.nl", "06-12345678", "<script>alert(1)</script>", "'; DROP TABLE meldingen; --", "\u202e",
        "\u200b", "🙂", "\x00", " "]
answers = st.one_of(
    st.text(),
    st.sampled_from(NEAR),
    st.builds(lambda a, b, c: a + b + c, st.sampled_from(NEAR), st.text(max_size=20), st.sampled_from(NEAR)),
)
ASKED_AGAIN = {messages.ASK_AGAIN, messages.REQUIRED, messages.STUCK_OPTIONAL, messages.STUCK_REQUIRED,
               messages.EARLIER_BUTTON,  # "/0" looks like a button's payload
               messages.REFERENCE_IN_ANSWER,  # random text that holds a notice number
               messages.OWN_QUESTION}  # "WAT?" is a question of the user's own


def _one_field_per_kind():
    """A field of each kind, required and optional where both exist, the button fields, and the
    name and contact of a named notice (e-mail, phone)."""
    chosen = {}
    for notice_type, fields in form.FORMS.items():
        for f in fields:
            chosen.setdefault((f.kind, f.optional, f.entity is not None), (notice_type, f))
    chosen[("naam",)] = ("vermoeden_misstand", form.NAME)
    chosen[("contact",)] = ("contactverzoek_vertrouwenspersoon", form.field("contactverzoek_vertrouwenspersoon", "melding_contact"))
    return sorted(chosen.values(), key=lambda pair: pair[1].slot + pair[0])


NOTICE_FIELDS = _one_field_per_kind()


def _valid(f: form.Field, value) -> bool:
    if value == form.UNKNOWN:
        return f.optional
    if f.kind == form.YES_NO:
        return isinstance(value, bool)
    if f.kind == form.AMOUNT:  # "50" or "ruim 50", or a percentage kept as said ("25 procent korting")
        if percentage_said(value):
            return form.show_value(f, value) == " ".join(value.split())
        more, _, number = value.rpartition(" ")
        return more in ("", "ruim") and Decimal(number) >= 0
    if f.kind == form.HOURS:  # hours, or another unit kept in words ("2 avonden per week")
        return float(value) >= 0 if re.fullmatch(r"\d+(?:\.\d+)?", value) else len(value.strip()) >= 2
    if f.kind in (form.PAST_DATE, form.ANY_DATE):
        try:
            date.fromisoformat(value)
            return True
        except ValueError:
            return ", gezegd op " in value  # a vague date, in the user's words
    return isinstance(value, str) and len(value.strip()) >= 2


@pytest.mark.parametrize("notice_type, f", NOTICE_FIELDS, ids=[f"{t}:{f.slot}" for t, f in NOTICE_FIELDS])
@fuzz
@given(answer=answers, failures=st.integers(0, 3))
def test_a_notice_field_keeps_a_valid_value_or_asks_again(notice_type, f, answer, failures):
    said, events = validate(notice_type, f.slot, answer, {na.FAILURES_SLOT: failures})
    assert ERROR_MESSAGE not in texts(said)
    kept = slot_events(events)[f.slot]
    if kept is None:
        assert said and {m["text"] for m in said} <= ASKED_AGAIN
    else:
        assert said == [] and _valid(f, kept), kept


def _answer(action, slot, value):
    """(the messages, the value kept) when a fact form's `slot` is answered with `value`; the
    action never failed."""
    loop = action.name().removeprefix("validate_")
    events = [{"event": "action", "name": "action_listen"}, {"event": "user", "text": "…"},
              {"event": "slot", "name": slot, "value": value}]
    said, events = run(action, tracker(slots={slot: value, "requested_slot": slot}, events=events, active_loop=loop))
    assert ERROR_MESSAGE not in texts(said)
    return said, slot_events(events)[slot]


YES_NO_SLOTS = [(fa.ValidateGeschenkForm, "al_aangenomen"), (fa.ValidateUitnodigingForm, "reis_betaald"),
                (fa.ValidateOngewenstForm, "veilig_gesprek"), (fa.ValidateOngewenstForm, "leidinggevende_betrokken")]


@pytest.mark.parametrize("validation, slot", YES_NO_SLOTS, ids=[s for _, s in YES_NO_SLOTS])
@fuzz
@given(answer=answers)
def test_a_yes_no_fact_is_a_yes_a_no_or_asked_again(validation, slot, answer):
    said, kept = _answer(validation(), slot, answer)
    assert kept in (True, False, fa.UNKNOWN, None)
    assert (kept is None) == bool(said)
    if said:
        assert said[0]["text"] in (fa.YES_NO_AGAIN, fa.STUCK, fa.STUCK_REQUIRED)


@fuzz
@given(answer=answers)
def test_the_gifts_value_is_an_amount_or_asked_again(answer):
    said, kept = _answer(fa.ValidateGeschenkForm(), "bedrag", answer)
    if kept is None:
        assert said[0].get("response") == "utter_bedrag_onbegrepen" or said[0]["text"] == fa.STUCK
    else:
        assert said == [] and kept == answer


@fuzz
@given(answer=answers)
def test_a_reference_number_is_read_or_asked_again(answer):
    said, kept = _answer(na.ValidateStatusForm(), "status_referentie", answer)
    assert (kept is None and texts(said) == messages.STATUS_BAD_INPUT) or (said == [] and kept.startswith("MLD-"))


@fuzz
@given(answer=answers)
def test_a_receipt_code_is_kept_as_text_or_the_user_is_told_why_not(answer):
    said, kept = _answer(na.ValidateStatusForm(), "status_code", answer)
    told = (messages.STATUS_NOT_A_CODE, messages.STATUS_NO_CODE, messages.STATUS_LOST_CODE)
    assert (said == [] and isinstance(kept, str) and kept != na.NO_CODE_GIVEN) or (
        texts(said) in told and kept in (None, na.NO_CODE_GIVEN))
