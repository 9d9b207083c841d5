from decimal import Decimal

import pytest

from bot.amounts import count_total, euro_amount, format_euro, items_total, no_value_spans, parse_amount, several_amounts


@pytest.mark.parametrize(
    "text, expected",
    [
        ("75", "75"),
        ("€ 75,-", "75"),
        ("75 euro", "75"),
        ("vijftig euro", "50"),
        ("ongeveer 20 euro", "20"),
        ("zo'n 30 euro", "30"),
        ("€12,50", "12.50"),
        ("€ 49,99", "49.99"),
        ("50,01", "50.01"),
        ("1.250 euro", "1250"),
        ("vijfenzeventig euro", "75"),
        ("rond de honderd euro", "100"),
        ("een tientje", "10"),
        ("een briefje van 50", "50"),
        ("nee, het was 30 euro", "30"),
        ("twee tientjes", "20"),
        ("een tientje of twee", "20"),  # about two tenners: it read € 10
        ("het was 45 euro niet 55", "45"), ("niet 55 maar 45", "45"),  # € 55 (NA-19)
        ("120 euro totaal (60 p.p., 2 personen)", "120"), ("2 personen", None),  # € 2 (NA-17)
    ],
)
def test_written_forms(text, expected):
    assert parse_amount(text) == (Decimal(expected) if expected else None)


@pytest.mark.parametrize("text", ["30 à 40 euro", "tussen de dertig en veertig euro", "30-40 euro"])
def test_a_range_counts_as_its_upper_end(text):
    assert parse_amount(text) == Decimal(40)


@pytest.mark.parametrize("text", [None, "", "geen idee", "een paar euro", "een fles wijn",
                                  "is korting, geen bedrag. 25 procent", "25% korting"])  # it kept € 25
def test_no_amount(text):
    assert parse_amount(text) is None


def test_format_euro():
    assert format_euro(Decimal("50")) == "€ 50"
    assert format_euro(Decimal("12.5")) == "€ 12,50"


@pytest.mark.parametrize("text, total", [
    ("geen idee, maar 6 flessen van een tientje of zo per stuk denk ik", Decimal(60)),  # "Je noemt € 10 per stuk"
    ("6 keer een tientje dus", Decimal(60)),
    ("twee kaartjes à 45 euro", Decimal(90)),
    ("2 kaartjes van 90 euro per stuk", Decimal(180)),
    ("2 kaartjes van 90 euro samen", None),  # the whole already
    ("een fles van 30 euro", None),
    ("ik kreeg 3 flessen wijn van de aannemer", None),  # no price
    # a part and the rest: it was € 60, "Je mag het aannemen" for the champagne (FB-02)
    ("Dat is mij niet precies bekend. De waardebon is van 75 euro, de rest schat ik op circa 60 euro.", Decimal(135)),
    ("de bon is 20 euro en de rest is ongeveer 15", Decimal(35)),
    ("een fles wijn van 25 euro en bonbons van 10", Decimal(35)),  # it was € 10 (HA-01)
])
def test_several_items_priced_each_are_worth_their_total(text, total):
    assert items_total(text) == total
    if total is not None:
        assert parse_amount(text) == total


@pytest.mark.parametrize("text, rule", [
    ("Geldt die grens van 50 euro van cadeaus eigenlijk ook voor een diner?", "grens van 50 euro"),
    ("ik vroeg alleen of de 50 euro grens ook geldt voor etentjes", "50 euro grens"),
    ("geldt de 50-euroregel ook voor een kerstpakket?", "50-euroregel"),
    ("ik kreeg een fles van 50 euro", None), ("het was boven de 50 euro", None),
    ("200 euro each, isnt that above the 50 euro limit?", "50 euro limit"),  # (ED-02)
    ("er stond gister n kerstpakket op mn stoep. was de grens niet 25 euro ofzo", "grens niet 25 euro"),  # (KA-04)
    ("de grens ligt toch bij 50 euro? mijn pakket was 60 euro", "grens ligt toch bij 50 euro"),
    ("ik dacht dat de grens 25 euro was", "grens 25 euro"),  # (LA-01)
    ("oh wacht sorry, het was 45 euro niet 55", "niet 55"),  # a value said not to be it (€ 55, NA-19)
    ("de waarde moet zijn: 120 euro totaal (60 p.p., 2 personen)", "2 personen"),  # a count (€ 2, NA-17)
])
def test_the_rules_amount_a_value_denied_or_a_count_is_no_value(text, rule):
    """"geldt die grens van 50 euro ook voor een diner?" got "Een cadeau van € 50 ... Je mag het aannemen"."""
    assert [text[start:end] for start, end in no_value_spans(text)] == ([rule] if rule else [])


@pytest.mark.parametrize("count_text, price_text, total", [
    ("kwam met een doos wijn langs, 6 flessen. mag ik die houden?", "misschien 10 a 15 euro per fles?", Decimal(90)),
    ("zes flessen wijn", "12,50 per fles", Decimal("75.00")),
    ("een fles wijn", "15 euro per fles", None),  # one item
    ("6 flessen wijn", "samen 60 euro", None),  # the whole already
])
def test_a_count_and_a_price_per_item_in_two_messages_make_the_whole(count_text, price_text, total):
    assert count_total(count_text, price_text) == total


def test_one_amount_or_another_is_several_and_the_highest_counts():
    """"30 of 500" got "Je mag het aannemen" for the 30 the entity found (HE-13)."""
    assert several_amounts("geen idee, 30 of 500, ik heb er geen verstand van") and parse_amount("30 of 500") == Decimal(500)
    assert not several_amounts("een fles van 10 euro, op 12 december")


@pytest.mark.parametrize("text, amount", [("het was 45 euro niet 55", "45"), ("in 2025 kreeg ik een pakket van 40 euro", "40"),
                                          ("geldt de grens van 50 euro ook?", None), ("1.250 euro", "1250"),
                                          ("een bon van 25,- voor 3 personen", "25")])
def test_the_amount_marked_as_euros_is_read_without_the_rule_a_denied_value_or_a_count(text, amount):
    assert euro_amount(text) == (Decimal(amount) if amount else None)
