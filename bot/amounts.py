"""Reading an amount in euros from what an employee types.

Handles `75`, `€ 75,-`, `75 euro`, `€12,50`, `1.250 euro`, `vijftig euro`, `ongeveer 20 euro`,
`een tientje`. Dutch number words go through text2num. A range ("30 à 40 euro",
"tussen de 40 en 60") counts as its upper end: the gift rule must not be met by
picking the friendlier number. For the same reason "ruim 50 euro" is more than 50 (`more_than`).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import List, Optional, Tuple

from text_to_num import alpha2digit

from bot.dates import NUMBERS

_COLLOQUIAL = {
    r"\been tientje of twee\b": "20 euro",  # about two tenners (it read 10)
    r"\been tientje of drie\b": "30 euro",
    r"\btwee tientjes\b": "20 euro",
    r"\bdrie tientjes\b": "30 euro",
    r"\bvijfje": "5 euro",
    r"\btientjes?\b": "10 euro",
    r"\bbriefje van (\d+)": r"\1 euro",
    r"\been euro of (\w+)\b": r"\1 euro",  # "een euro of veertig" (about 40) was not read (BA-04)
    r"\bduizend euro\b": "1000 euro",
}
# 1.250,50 | 1250,50 | 12.50 | 75,- | 75
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:[.,](\d{1,2}|-{1,2}))?(?![\w])")


def _normalised(text: str) -> str:
    lowered = text.lower().replace("€", " € ")
    for pattern, replacement in _COLLOQUIAL.items():
        lowered = re.sub(pattern, replacement, lowered)
    return re.sub(r"\been (\d)", r"\1", alpha2digit(lowered, "nl"))


_PRICE = r"(?:€\s*)?(\d+(?:[.,]\d{1,2})?)(?![\d.,])"
_ITEMS = (r"flessen|flesjes|stuks|kaartjes|kaarten|tickets|dozen|bonnen|cadeaubonnen|pakketten|boxen|exemplaren|"
          r"boeken|taarten|bossen")
# "6 flessen van een tientje", "6 keer een tientje", "2 kaartjes van 90 euro per stuk": a count times a price
_COUNT = rf"(\d+|{'|'.join(word for word in NUMBERS if NUMBERS[word] > 1)})"
_COUNT_TIMES_PRICE = re.compile(
    rf"\b{_COUNT}\s*(?:x|keer)\s*{_PRICE}"
    rf"|\b{_COUNT}\s+(?:\w+\s+)?(?:{_ITEMS})\b[^.?!]{{0,40}}?\b(?:van|à|a|voor)\s+(?:ongeveer\s+|zo'n\s+|rond\s+de\s+)?{_PRICE}"
    rf"(?!\s*(?:euro\s*)?(?:samen|totaal|in totaal|bij elkaar))")


_COUNT_OF_ITEMS = re.compile(rf"\b{_COUNT}\s+(?:\w+\s+)?(?:{_ITEMS})\b")
_PER_ITEM = re.compile(r"\bper (?:fles|flesje|stuk|kaartje|kaart|ticket|doos|bon|pakket|box|exemplaar|boek|taart|bos)\b",
                       re.IGNORECASE)


def count_total(count_text: Optional[str], price_text: Optional[str]) -> Optional[Decimal]:
    """The whole value where one message counts the items ("6 flessen") and another prices one ("15 euro per fles"),
    else None (the value of six bottles was taken as 15 euro: "Je mag het aannemen", AH-01)."""
    found = _COUNT_OF_ITEMS.search(_normalised(count_text or ""))
    price = parse_amount(price_text) if _PER_ITEM.search(price_text or "") else None
    if not found or price is None:
        return None
    count = int(found.group(1)) if found.group(1).isdigit() else NUMBERS[found.group(1)]
    return count * price if count > 1 else None


# one part priced and the rest ("De waardebon is van 75 euro, de rest schat ik op circa 60 euro" was € 60, FB-02)
_PART_AND_REST = re.compile(r"(\d+(?:[.,]\d+)?)\s*(?:euro|,-)?[^.?!\d]{0,60}?[,.;]?\s*(?:en )?de rest\b[^\d.?!]{0,40}?(\d+(?:[.,]\d+)?)",
                            re.IGNORECASE)


# two things priced each ("een fles wijn van 25 euro en bonbons van 10" was € 10, HA-01)
_TWO_PRICED = re.compile(r"\bvan (?:€\s*)?(\d+(?:[.,]\d+)?)\s*(?:euro|,-)?[^\d.?!]{0,40}?\ben\b[^\d.?!]{0,40}?\bvan (?:€\s*)?(\d+(?:[.,]\d+)?)",
                         re.IGNORECASE)


_EITHER = re.compile(r"(?:€\s*)?\d+(?:[.,]\d+)?\s*(?:euro|,-)?\s+of\s+(?:€\s*)?\d+(?:[.,]\d+)?", re.IGNORECASE)


def several_amounts(text: Optional[str]) -> bool:
    """Whether a message names one amount or another ("30 of 500"): the highest counts, not the one the entity found."""
    return bool(_EITHER.search(_normalised(text or "")))


def items_total(text: Optional[str]) -> Optional[Decimal]:
    """The whole value of several items priced each ("6 flessen van een tientje"), of a part and the rest, or of two
    things priced each; else None."""
    parts = _PART_AND_REST.search(_normalised(text or "")) or _TWO_PRICED.search(_normalised(text or ""))
    if parts:
        values = [_to_decimal(*(part.replace(",", ".").split(".") + [""])[:2]) for part in parts.groups()]
        return values[0] + values[1] if None not in values else None
    found = _COUNT_TIMES_PRICE.search(_normalised(text or ""))
    if not found:
        return None
    count, price = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
    count = int(count) if count.isdigit() else NUMBERS[count]
    each = _to_decimal(*(price.replace(",", ".").split(".") + [""])[:2])
    return count * each if each is not None and count > 1 else None


# no amounts: a value said not to be it ("het was 45 euro niet 55" was € 55, NA-19) and a count of people or time ("120 euro
# totaal (60 p.p., 2 personen)" was € 2, NA-17)
_NOT_AN_AMOUNT = re.compile(r"\b(?:niet|geen)\s+(?:€\s*)?\d+(?:[.,]\d+)?(?:\s*euro|,-)?"
                            r"|\b\d+\s*(?:personen|mensen|gasten|dagen|nachten|weken|maanden|jaar|uur|keer)\b", re.IGNORECASE)


# "geldt die grens van 50 euro ook voor een diner?", "de 50-euroregel": the rule's amount, not a gift's value
# (also in English: "200 euro each, isnt that above the 50 euro limit?" was € 50, "Je mag het aannemen", ED-02)
# ("was de grens niet 25 euro ofzo" became a hamper of € 25, "Je mag het aannemen", KA-04)
_LIMIT = re.compile(r"\b(?:grens|limiet|drempel|norm|vuistregel|limit|threshold)\s+(?:(?:van|of|niet|toch|nou|nu|was|is|ligt|lag|"
                    r"op|bij)\s+){0,3}(?:€\s*)?\d+(?:[.,]\d+)?(?:\s*euro|,-)?"
                    r"|(?:€\s*)?\d+(?:[.,]\d+)?[\s-]*(?:euro)?[\s-]*(?:grens|regel|limiet|norm|drempel|limit|threshold|rule)\b",
                    re.IGNORECASE)


_NO_VALUE = re.compile(f"{_LIMIT.pattern}|{_NOT_AN_AMOUNT.pattern}", re.IGNORECASE)


def no_value_spans(text: Optional[str]) -> List[Tuple[int, int]]:
    """The spans of `text` that name the gift rule's amount, a value said not to be it or a count, not a value."""
    return [found.span() for found in _NO_VALUE.finditer(text or "")]


_IN_EUROS = re.compile(r"€\s*\d[\d.,]*|(?<![\w.,])\d[\d.,]*\s*(?:euro\b|,-)", re.IGNORECASE)


def euro_amount(text: Optional[str]) -> Optional[Decimal]:
    """The highest amount marked as euros ("45 euro", "€ 45"), leaving out the rule's amount, a value said not to be it
    and counts, else None (the entity model found none in "het was 45 euro niet 55": the advice stayed at € 55, NA-19)."""
    amounts = [parse_amount(found.group(0)) for found in _IN_EUROS.finditer(_NO_VALUE.sub(" ", text or ""))]
    return max((amount for amount in amounts if amount is not None), default=None)


def without_rule_amounts(text: Optional[str]) -> str:
    """`text` with the gift rule's amount left out ("geldt de grens van 50 euro per persoon?" at a notice's summary set
    the gift's value to € 50, ID-15)."""
    return _LIMIT.sub(" ", text or "")


_PERCENT = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|procent)", re.IGNORECASE)
# "een paar tientjes" was € 10 and "paar honderd euro" € 100 in a notice (BA-11, BB-03): kept in words
_VAGUE = re.compile(r"\b(?:een )?(?:paar|aantal|enkele) (?:tientjes|tientje|honderd|duizend|honderden|tientallen)(?: euro)?"
                    r"|\b(?:honderden|tientallen) euro'?s\b", re.IGNORECASE)


def vague_amount(text: Optional[str]) -> Optional[str]:
    """The words of an amount said only roughly ("een paar tientjes"), else None."""
    found = _VAGUE.search(text or "")
    return found.group(0) if found else None


def percentage_said(text: Optional[str]) -> bool:
    """Whether `text` names a percentage ("25 procent korting"): no amount in euros."""
    return bool(_PERCENT.search(_normalised(text or "")))


def parse_amount(text: Optional[str]) -> Optional[Decimal]:
    """The amount in euros in `text`, or None when it names no amount; several items priced each, their total.
    A percentage is no amount ("25 procent" was kept as € 25)."""
    if not text:
        return None
    lowered = _NOT_AN_AMOUNT.sub(" ", _PERCENT.sub(" ", _normalised(text)))
    total = items_total(text)
    if total is not None:
        return total
    amounts = [_to_decimal(whole, cents) for whole, cents in _NUMBER.findall(lowered)]
    amounts = [amount for amount in amounts if amount is not None]
    return max(amounts) if amounts else None


_MORE_THAN = re.compile(r"\b(?:ruim|meer dan|boven(?: de)?|over de|dik|(?:iets|ietsje|net) meer dan)\s+(?:€\s*)?\d",
                        re.IGNORECASE)


def more_than(text: Optional[str]) -> bool:
    """Whether `text` says its amount is more than the number named ("ruim 50 euro", "meer dan 50")."""
    return bool(_MORE_THAN.search(alpha2digit((text or "").lower(), "nl")))


def _to_decimal(whole: str, cents: str) -> Optional[Decimal]:
    whole = whole.replace(".", "")
    if cents and not cents.startswith("-"):
        whole = f"{whole}.{cents.ljust(2, '0')}"
    try:
        return Decimal(whole)
    except InvalidOperation:
        return None


def format_euro(amount: Decimal) -> str:
    """`€ 50` or `€ 12,50`, as written in Dutch."""
    if amount == amount.to_integral_value():
        return f"€ {int(amount)}"
    return f"€ {amount:.2f}".replace(".", ",")
