from datetime import date

import pytest

from bot.dates import approximate, parse_date_nl, several_days

FRIDAY = date(2026, 3, 20)  # a Friday


@pytest.mark.parametrize(
    "text, expected",
    [
        ("vandaag", date(2026, 3, 20)),
        ("gisteren", date(2026, 3, 19)),
        ("Gisteravond na het werk", date(2026, 3, 19)),
        ("eergisteren", date(2026, 3, 18)),
        ("vorige week dinsdag", date(2026, 3, 10)),
        ("afgelopen vrijdagavond", date(2026, 3, 13)),  # it was refused
        ("dinsdag vorige week", date(2026, 3, 10)),
        ("woensdag van vorige week", date(2026, 3, 11)),
        ("vorige week zondag", date(2026, 3, 15)),
        ("afgelopen vrijdag", date(2026, 3, 13)),  # on a Friday: last week's
        ("afgelopen maandag", date(2026, 3, 16)),
        ("vorige woensdag", date(2026, 3, 18)),
        ("deze week maandag", date(2026, 3, 16)),
        ("woensdag", date(2026, 3, 18)),
        ("15 maart", date(2026, 3, 15)),
        ("op 15 mrt.", date(2026, 3, 15)),
        ("1e april", date(2025, 4, 1)),  # this year's would lie ahead
        ("21 maart", date(2025, 3, 21)),
        ("3 december 2025", date(2025, 12, 3)),
        ("15-3-2026", date(2026, 3, 15)),
        ("15/03/26", date(2026, 3, 15)),
        ("2026-03-01", date(2026, 3, 1)),
        ("15-3", date(2026, 3, 15)),
        ("3 weken geleden", date(2026, 2, 27)),
        ("drie weken geleden", date(2026, 2, 27)),
        ("een maand geleden", date(2026, 2, 20)),
        ("2 dagen geleden", date(2026, 3, 18)),
        ("ongeveer een jaar geleden", date(2025, 3, 20)),
    ],
)
def test_past_dates(text, expected):
    assert parse_date_nl(text, FRIDAY) == expected


@pytest.mark.parametrize(
    "text",
    ["", None, "weet ik niet", "vorige week", "een paar dagen geleden", "31-2-2026", "15 euro", "12.50",
     "morgen", "volgende week vrijdag", "15-3-2027", "over 2 weken", "zaterdag deze week"],
)  # fmt: skip
def test_no_date_or_a_future_one_for_a_past_event_gives_none(text):
    assert parse_date_nl(text, FRIDAY) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("morgen", date(2026, 3, 21)),
        ("overmorgen", date(2026, 3, 22)),
        ("volgende week vrijdag", date(2026, 3, 27)),
        ("komende dinsdag", date(2026, 3, 24)),
        ("zaterdag", date(2026, 3, 21)),
        ("over 2 weken", date(2026, 4, 3)),
        ("1 april", date(2026, 4, 1)),
        ("van 10 tot 12 april", date(2026, 4, 10)),  # a range: its first day, not its last
        ("10-12 april", date(2026, 4, 10)),  # not 10 December
        ("2 t/m 4 april", date(2026, 4, 2)),
        ("15-3-2027", date(2027, 3, 15)),
        ("gisteren", date(2026, 3, 19)),
        ("15 maart", date(2026, 3, 15)),  # just past: within the last four months
    ],
)
def test_dates_that_may_lie_ahead(text, expected):
    assert parse_date_nl(text, FRIDAY, allow_future=True) == expected


@pytest.mark.parametrize("text, expected", [("per 1 februari", date(2027, 2, 1)), ("ik begin 15 maart", date(2027, 3, 15)),
                                            ("1 november", date(2026, 11, 1)), ("12 juni", date(2027, 6, 12)),
                                            ("ik ben 1 september begonnen", date(2026, 9, 1)),
                                            # said to lie ahead: not the recent past ("01-09-2026" for a side job to come)
                                            ("misschien per 1 september", date(2027, 9, 1)), ("ik ga 1 november beginnen", date(2027, 11, 1)),
                                            # started: past, whatever the "per" ("01-11-2027", NB-06)
                                            ("per 1 november begonnen", date(2026, 11, 1)), ("sinds 1 maart", date(2026, 3, 1))])
def test_a_day_without_a_year_that_may_lie_ahead_is_the_next_unless_recent(text, expected):
    assert parse_date_nl(text, date(2026, 12, 6), allow_future=True) == expected


@pytest.mark.parametrize("text, ahead, expected", [
    ("zondag de 24e", True, date(2027, 1, 24)),  # it became next Sunday (IA-04)
    ("de 24e", True, date(2026, 12, 24)), ("op de 24ste", False, date(2026, 11, 24)),
    ("vrijdag de 4e", False, date(2026, 12, 4)), ("de 2de keer", False, None),
])
def test_a_day_of_the_month_without_its_month_is_the_nearest_on_the_weekday_named(text, ahead, expected):
    assert parse_date_nl(text, date(2026, 12, 7), allow_future=ahead) == expected


def test_today_defaults_to_the_real_today():
    assert parse_date_nl("vandaag") == date.today()


@pytest.mark.parametrize("text", ["vorige maand", "begin maart", "een paar weken geleden", "rond kerst",
                                  "ergens in de zomervakantie", "eind oktober denk ik", "al sinds 2019"])
def test_a_vague_answer_is_kept_in_the_users_words_with_the_day_it_was_said(text):
    assert approximate(text, FRIDAY) == f"{text}, gezegd op 20-03-2026"


@pytest.mark.parametrize("text", ["weet ik niet", "geen idee", "15-3-2027", "15 december 2027", "dat zeg ik liever niet"])
def test_no_time_named_or_an_exact_date_is_not_an_approximate_answer(text):
    assert approximate(text, FRIDAY) is None


@pytest.mark.parametrize("text, several", [
    ("afgelopen dinsdag of woensdag, weet het niet meer precies", True),  # the Tuesday was kept as if sure
    ("gisteren of eergisteren", True),
    ("ergens tussen 3 en 10 november", True), ("10-12 maart", True),  # the first day was kept as if sure
    ("vorige week dinsdag", False),
    ("4 december, een vrijdag", False),  # one day, said twice
])
def test_an_answer_that_names_more_than_one_day_is_heard(text, several):
    assert several_days(text, date(2026, 12, 7)) is several


@pytest.mark.parametrize("said, goes_on", [("de laatste 3 weekenden, zaterdag", True), ("de afgelopen weken", True),
                                           ("afgelopen zaterdag", False), ("vorige week zaterdag", False),
                                           ("al een week of 3, meestal op donderdag middag", True)])  # (EE-12)
def test_something_that_went_on_several_weekends_is_no_single_day(said, goes_on):
    """"de laatste 3 weekenden, zaterdag" was kept as one Saturday (DC-13)."""
    from bot.dates import period_said
    assert period_said(said) is goes_on


@pytest.mark.parametrize("said, kept", [("2 jaar geleden, in de zomer", True), ("3 maanden geleden", True),
                                        ("twee weken geleden", True), ("3 dagen geleden", False), ("gisteren", False)])
def test_weeks_months_or_years_ago_name_no_day(said, kept):
    """"2 jaar geleden, in de zomer" became 07-12-2024 (EA-09)."""
    from datetime import date
    from bot.notices import form
    value = form.read_answer(form.field("nevenwerkzaamheden", "melding_datum"), said, date(2026, 12, 7))[1]
    assert ("gezegd op" in value) is kept
