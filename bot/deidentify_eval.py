"""Measuring `bot.deidentify` on sentences with the personal data marked inline.

A set is a text file, one sentence a line, the data marked as `<NAAM>Jan de Vries</NAAM>`;
lines starting with # are comments. Per kind: recall (marked spans that a found span of the
same kind overlaps) and precision (found spans that overlap a marked span of the same kind).
Overlap, not exact bounds: "mevrouw [NAAM]" and "[NAAM]" for "mevrouw De Vries" both hide
the name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Tuple

from bot.deidentify import TAGS, Span, find_pii

MARK = re.compile(r"<([A-Z]+)>(.*?)</\1>")
SETS_DIR = Path(__file__).resolve().parent.parent / "tests" / "deidentify"


def read_marked(path: Path) -> List[Tuple[str, List[Span]]]:
    """(plain sentence, marked spans) per line of a set."""
    sentences = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        plain, spans, last = "", [], 0
        for match in MARK.finditer(line):
            if match.group(1) not in TAGS:
                raise ValueError(f"unknown kind {match.group(1)} in {path.name}: {line}")
            plain += line[last:match.start()]
            spans.append(Span(len(plain), len(plain) + len(match.group(2)), match.group(1)))
            plain += match.group(2)
            last = match.end()
        sentences.append((plain + line[last:], spans))
    return sentences


def _overlaps(a: Span, b: Span) -> bool:
    return a.kind == b.kind and a.start < b.end and b.start < a.end


@dataclass
class Counts:
    marked: int = 0
    found: int = 0
    misses: List[str] = field(default_factory=list)
    false: List[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return 1 - len(self.misses) / self.marked if self.marked else 1.0

    @property
    def precision(self) -> float:
        return 1 - len(self.false) / self.found if self.found else 1.0


def _unmatched(spans: List[Span], others: List[Span]) -> List[Span]:
    return [s for s in spans if not any(_overlaps(s, o) for o in others)]


def evaluate(sentences: List[Tuple[str, List[Span]]]) -> Dict[str, Counts]:
    counts = {kind: Counts() for kind in TAGS}
    for text, marked in sentences:
        found = find_pii(text)
        for span in marked:
            counts[span.kind].marked += 1
        for span in found:
            counts[span.kind].found += 1
        for span in _unmatched(marked, found):
            counts[span.kind].misses.append(f"{text[span.start:span.end]!r} in: {text}")
        for span in _unmatched(found, marked):
            counts[span.kind].false.append(f"{text[span.start:span.end]!r} in: {text}")
    return counts


def report(path: Path, show_errors: bool = True) -> Dict[str, Counts]:
    sentences = read_marked(path)
    counts = evaluate(sentences)
    print(f"\nDe-identification on {path.relative_to(SETS_DIR.parent.parent)} ({len(sentences)} sentences)")
    print(f"{'kind':18} {'recall':>7} {'prec':>7} {'marked':>7} {'found':>6}")
    for kind, c in counts.items():
        print(f"{kind:18} {c.recall:7.3f} {c.precision:7.3f} {c.marked:7d} {c.found:6d}")
    if show_errors:
        for kind, c in counts.items():
            for miss in c.misses:
                print(f"  missed {kind}: {miss}")
            for false in c.false:
                print(f"  wrongly {kind}: {false}")
    return counts


def main() -> None:
    for path in sorted(SETS_DIR.glob("set*.txt")):
        report(path)


if __name__ == "__main__":
    main()
