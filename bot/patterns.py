"""A regular expression for any of several word beginnings, as the readers of typed text use it."""
import re
from typing import Pattern


def words(*patterns: str) -> Pattern:
    """Matches where one of `patterns` starts at a word boundary, in any case."""
    return re.compile(r"\b(?:" + "|".join(patterns) + r")", re.IGNORECASE)
