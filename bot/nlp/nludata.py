"""Read Rasa NLU files (YAML, format 3.1) as plain examples, without importing Rasa.

Both example forms are read: a block of "- text" lines, and a list of `text:` entries with
per-example `metadata`. Held-out sets use that metadata for `ook_goed`: other intents that
also lead to the right help (a colleague's misconduct recognised as its theme, a how-to
question answered by the FAQ). Retrieval intents count as their base intent (`faq/x` is `faq`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Tuple

import yaml

ANNOTATION = re.compile(r"\[([^\]]*)\](?:\([^)]*\)|\{[^}]*\})")


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    also_right: Tuple[str, ...] = ()
    theme: str = ""  # for someone else's conduct: the theme it is about

    @property
    def accepted(self) -> Tuple[str, ...]:
        return (self.intent,) + self.also_right


def plain(example: str) -> str:
    """The text of an example without entity markup."""
    return ANNOTATION.sub(r"\1", example).strip()


def _entries(examples) -> Iterable[Tuple[str, Dict]]:
    if isinstance(examples, str):
        for line in examples.splitlines():
            if line.strip().startswith("- "):
                yield line.strip()[2:], {}
    else:
        for entry in examples or []:
            yield str(entry.get("text", "")), entry.get("metadata") or {}


def read(path: Path) -> List[Example]:
    found = []
    for block in yaml.safe_load(path.read_text(encoding="utf-8")).get("nlu", []):
        if "intent" not in block:
            continue
        intent = block["intent"].split("/")[0]
        for text, metadata in _entries(block.get("examples")):
            also = metadata.get("ook_goed") or []
            found.append(Example(plain(text), intent,
                                 tuple(a.split("/")[0] for a in ([also] if isinstance(also, str) else also)),
                                 metadata.get("thema", "")))
    return [e for e in found if e.text]


def read_all(paths: Iterable[Path]) -> List[Example]:
    return [example for path in sorted(paths) for example in read(path)]
