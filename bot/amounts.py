"""Reading an amount in euros from what an employee types.

Handles `75`, `€ 75,-`, `75 euro`, `€12,50`, `1.250 euro`, `vijftig euro`, `ongeveer 20 euro`,
`een tientje`. Dutch number words go through text2num. A range ("30 à 40 euro",
"tussen de 40 en 60") counts as its upper end: the gift rule must not be met by
picking the friendlier number. For the same reason "ruim 50 euro" is more than 50 (`more_than`).
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import Optional

from text_to_num import alpha2digit

_COLLOQUIAL = {
    r"\btwee tientjes\b": "20 euro",
    r"\bdrie tientjes\b": "30 euro",
    r"\bvijfje": "5 euro",
    r"\btientjes?\b": "10 euro",
    r"\bbriefje van (\d+)": r"\1 euro",
    r"\bduizend euro\b": "1000 euro",
}
# 1.250,50 | 1250,50 | 12.50 | 75,- | 75
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:\.\d{3})+|\d+)(?:[.,](\d{1,2}|-{1,2}))?(?![\w])")


def parse_amount(text: Optional[str]) -> Optional[Decimal]:
    """The amount in euros in `text`, or None when it names no amount."""
    if not text:
        return None
    lowered = text.lower().replace("€", " € ")
    for pattern, replacement in _COLLOQUIAL.items():
        lowered = re.sub(pattern, replacement, lowered)
    lowered = re.sub(r"\been (\d)", r"\1", alpha2digit(lowered, "nl"))
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
