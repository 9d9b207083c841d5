"""The advisers' trend figures, every count already suppressed for display.

    report(source, start, end, threshold=None) -> TrendReport
        source: an SQLAlchemy Engine or Session, a database URL, or None ($IA_DATABASE_URL).
        The period is widened to whole months (start's first day to end's last day), so
        every filter is a union of the months that the tables show as columns.
        threshold: the profile's `trend_drempel` when None.
    to_csv(report) -> str
        Every table of the report in long form (tabel, rij, kolom, aantal), as shown.

A TrendReport holds Tables (rows x columns, with row totals, column totals and a total):
    themes       theme x month: conversations in which the theme came up (one conversation
                 can count for two themes; the totals are sums of the cells)
    funnel       furthest escalation step reached x month (row "geen" = no advice given)
    perspective  own dilemma / someone else's conduct x month (row "geen" = no theme)
    channels     channel x month (the intranet chat and Teams always; others when used)
    notices      notice type x status, of the notices filed in the period (notices table)
funnel, perspective and channels each partition all conversations of the period: their
month totals and totals are the same numbers and are suppressed alike.
`report.conversations` is the number of conversations of the period.

Every count is a Cell: `value` (int, None when suppressed) and `text` as shown:
    "12"  the count
    "<5"  a count below the threshold (primary suppression; also for totals)
    "x"   a count withheld because, with the shown numbers, it would give away a count
          below the threshold (secondary suppression, the Dutch statistical sign "geheim")
No suppressed count can be computed exactly from the shown ones of a table or of the linked
tables (checked with linear algebra: see `suppress`). `difference(a, b)` gives a shown
difference of two cells under the same rule. Labels (Dutch) are in ROW_LABELS and
COLUMN_LABELS of each table. Known limit: two reports over periods that differ by whole
months can be subtracted from each other; the months themselves are always suppressed.
"""
from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Dict, List, Optional, Sequence, Set, Tuple, Union

import numpy as np
from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.notices.kinds import LOCAL_TZ, NOTICE_TYPES, STATUSES
from bot.profile import load_profile
from bot.storage import ensure_schema, get_engine
from bot.storage.models import Notice, TrendFact
from bot.themes import THEMES
from bot.trends import DEPTHS, PERSPECTIVES, UNKNOWN_CHANNEL

HIDDEN = "x"
NONE = "geen"
TOTAL = "totaal"
MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
DEPTH_LABELS = {
    "advies": "alleen advies",
    "gesprek": "gesprek met de betrokkene",
    "leidinggevende_of_vertrouwenspersoon": "leidinggevende of vertrouwenspersoon",
    "officiele_route": "officiële route (melding)",
    NONE: "geen advies",
}
PERSPECTIVE_LABELS = {"eigen": "eigen dilemma", "ander": "gedrag van een ander", NONE: "geen thema"}
CHANNEL_LABELS = {"rest": "intranetchat", "teams": "Teams", UNKNOWN_CHANNEL: "onbekend"}
THEME_LABELS = {
    "dilemma_geschenk": "cadeau of korting",
    "dilemma_uitnodiging": "uitnodiging",
    "dilemma_nevenwerkzaamheden": "nevenwerk",
    "dilemma_belangenverstrengeling": "familie of vrienden in een zaak",
    "dilemma_vertrouwelijke_informatie": "vertrouwelijke informatie",
    "dilemma_gemeentelijke_voorzieningen": "spullen en regelingen van de gemeente",
    "dilemma_ongewenst_gedrag": "ongewenst gedrag",
    "dilemma_vermoeden_misstand": "iets wat niet klopt (gedrag van een ander)",
}
TABLE_TITLES = {
    "themes": "Gesprekken per thema per maand",
    "funnel": "Hoe ver de escalatie ging",
    "perspective": "Eigen dilemma of gedrag van een ander",
    "channels": "Gesprekken per kanaal",
    "notices": "Meldingen per soort en status",
}


@dataclass(frozen=True)
class Cell:
    value: Optional[int]  # None when suppressed
    text: str

    @property
    def suppressed(self) -> bool:
        return self.value is None


@dataclass(frozen=True)
class Table:
    key: str
    title: str
    rows: Tuple[str, ...]
    columns: Tuple[str, ...]
    row_labels: Dict[str, str]
    column_labels: Dict[str, str]
    cells: Dict[Tuple[str, str], Cell]
    row_totals: Dict[str, Cell]
    column_totals: Dict[str, Cell]
    total: Cell

    def cell(self, row: str, column: str) -> Cell:
        return self.cells[(row, column)]


@dataclass(frozen=True)
class TrendReport:
    start: date
    end: date
    threshold: int
    months: Tuple[str, ...]  # "2026-01", ...
    themes: Table
    funnel: Table
    perspective: Table
    channels: Table
    notices: Table

    @property
    def tables(self) -> Tuple[Table, ...]:
        return (self.themes, self.funnel, self.perspective, self.channels, self.notices)

    @property
    def conversations(self) -> Cell:
        return self.channels.total


Source = Union[Engine, Session, str, None]


def report(source: Source, start: date, end: date, threshold: Optional[int] = None) -> TrendReport:
    """The suppressed trend tables of the months from `start` to `end` (both included)."""
    threshold = threshold if threshold is not None else load_profile().trend_drempel
    start, end = start.replace(day=1), _month_end(end)
    months = _months(start, end)
    facts, notices = _read(source, start, end)

    def count(key_of) -> Dict[Tuple[str, str], int]:
        counts: Counter = Counter()
        for fact in facts:
            for row in key_of(fact):
                counts[(row, fact.week.strftime("%Y-%m"))] += 1
        return counts

    theme_counts = count(lambda f: f.themes.split())
    depth_counts = count(lambda f: [DEPTHS[f.depth] if f.depth is not None else NONE])
    perspective_counts = count(lambda f: [f.perspective or NONE])
    channel_counts = count(lambda f: [f.channel or UNKNOWN_CHANNEL])
    channels = tuple(sorted({"rest", "teams"} | {row for row, _ in channel_counts},
                            key=lambda c: (c not in CHANNEL_LABELS, c)))
    month_labels = {m: f"{MONTHS_NL[int(m[5:]) - 1]} {m[:4]}" for m in months}

    linked = suppress_linked([
        _grid(DEPTHS + (NONE,), months, depth_counts),
        _grid(PERSPECTIVES + (NONE,), months, perspective_counts),
        _grid(channels, months, channel_counts),
    ], threshold)
    themes_grid = _grid(THEMES, months, theme_counts)
    statuses = tuple(STATUSES)
    notices_grid = _grid(tuple(NOTICE_TYPES), statuses,
                         Counter((n.notice_type, n.status) for n in notices))
    return TrendReport(
        start, end, threshold, months,
        themes=_table("themes", THEMES, months, THEME_LABELS, month_labels, themes_grid,
                      suppress(themes_grid, threshold)),
        funnel=_table("funnel", DEPTHS + (NONE,), months, DEPTH_LABELS, month_labels, *linked[0]),
        perspective=_table("perspective", PERSPECTIVES + (NONE,), months, PERSPECTIVE_LABELS, month_labels,
                           *linked[1]),
        channels=_table("channels", channels, months, {c: CHANNEL_LABELS.get(c, c) for c in channels},
                        month_labels, *linked[2]),
        notices=_table("notices", tuple(NOTICE_TYPES), statuses, dict(NOTICE_TYPES), dict(STATUSES), notices_grid,
                       suppress(notices_grid, threshold)),
    )


def to_csv(trends: TrendReport) -> str:
    """The report as shown, one line per count: tabel, rij, kolom, aantal."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["tabel", "rij", "kolom", "aantal"])
    for table in trends.tables:
        for row in table.rows:
            for column in table.columns:
                writer.writerow([table.title, table.row_labels[row], table.column_labels[column],
                                 table.cell(row, column).text])
            writer.writerow([table.title, table.row_labels[row], TOTAL, table.row_totals[row].text])
        for column in table.columns:
            writer.writerow([table.title, TOTAL, table.column_labels[column], table.column_totals[column].text])
        writer.writerow([table.title, TOTAL, TOTAL, table.total.text])
    return out.getvalue()


def difference(a: Cell, b: Cell, threshold: int) -> Cell:
    """a - b as shown: withheld when either is, "<N" when its size is below the threshold."""
    if a.suppressed or b.suppressed:
        return Cell(None, HIDDEN)
    diff = a.value - b.value
    return Cell(diff, str(diff)) if abs(diff) >= threshold else Cell(None, f"<{threshold}")


# --- suppression -----------------------------------------------------------------------------
# A grid is a list of rows of counts. Its positions: ("c", i, j) a cell, ("r", i) a row total,
# ("k", j) a column total, ("t",) the total. The shown result maps every position to a Cell.

Position = Tuple
Grid = List[List[int]]


def suppress(grid: Grid, threshold: int, forced: Set[Position] = frozenset()) -> Dict[Position, Cell]:
    """Primary suppression of every count below `threshold` (totals too), then secondary
    suppression until no suppressed count follows exactly from the shown ones: while some do,
    the smallest shown count of a sum that one of them is part of is withheld as well (cells
    before totals). `forced` positions are withheld in any case (shared with a linked table)."""
    values = _values(grid)
    small = {p for p, v in values.items() if v < threshold}
    hidden = set(small) | set(forced)
    relations = _relations(len(grid), len(grid[0]) if grid else 0)
    while True:
        exposed = {p for p in hidden if _determined(p, hidden, relations)}
        if not exposed:
            break
        candidates = [p for rel in relations if exposed & set(rel) for p in rel if p not in hidden] or [
            p for p in values if p not in hidden]
        if not candidates:
            break
        hidden.add(min(candidates, key=lambda p: (p[0] != "c", values[p], p)))
    return {p: Cell(None, f"<{threshold}") if p in small else Cell(None, HIDDEN) if p in hidden
            else Cell(v, str(v)) for p, v in values.items()}


def suppress_linked(grids: Sequence[Grid], threshold: int) -> List[Tuple[Grid, Dict[Position, Cell]]]:
    """Suppress grids with the same column totals and total (partitions of one population):
    a total withheld in one is withheld in all, until that holds for every grid."""
    shared: Set[Position] = set()
    while True:
        shown = [suppress(grid, threshold, shared) for grid in grids]
        now = {p for cells in shown for p, cell in cells.items() if p[0] in "kt" and cell.suppressed}
        if now <= shared:
            return [(grid, cells) for grid, cells in zip(grids, shown)]
        shared |= now


def recoverable(grid: Grid, shown: Dict[Position, Cell]) -> List[Position]:
    """The suppressed positions whose count follows exactly from the shown ones (should be none)."""
    hidden = {p for p, cell in shown.items() if cell.suppressed}
    relations = _relations(len(grid), len(grid[0]) if grid else 0)
    return [p for p in sorted(hidden) if _determined(p, hidden, relations)]


def _values(grid: Grid) -> Dict[Position, int]:
    rows, columns = len(grid), len(grid[0]) if grid else 0
    values: Dict[Position, int] = {("c", i, j): grid[i][j] for i in range(rows) for j in range(columns)}
    values.update({("r", i): sum(grid[i]) for i in range(rows)})
    values.update({("k", j): sum(grid[i][j] for i in range(rows)) for j in range(columns)})
    values[("t",)] = sum(map(sum, grid))
    return values


def _relations(rows: int, columns: int) -> List[List[Position]]:
    """Each relation: its first member equals the sum of the others."""
    relations = [[("r", i)] + [("c", i, j) for j in range(columns)] for i in range(rows)]
    relations += [[("k", j)] + [("c", i, j) for i in range(rows)] for j in range(columns)]
    relations.append([("t",)] + [("r", i) for i in range(rows)])
    relations.append([("t",)] + [("k", j) for j in range(columns)])
    return relations


def _determined(position: Position, hidden: Set[Position], relations: List[List[Position]]) -> bool:
    """Whether the hidden `position` has one value in every solution of the relations given the
    shown counts: its unit vector lies in the row space of the relations on the hidden counts."""
    unknowns = sorted(hidden)
    index = {p: k for k, p in enumerate(unknowns)}
    matrix = np.zeros((len(relations), len(unknowns)))
    for r, relation in enumerate(relations):
        for k, p in enumerate(relation):
            if p in index:
                matrix[r, index[p]] = -1.0 if k == 0 else 1.0
    unit = np.zeros((1, len(unknowns)))
    unit[0, index[position]] = 1.0
    return np.linalg.matrix_rank(np.vstack([matrix, unit])) == np.linalg.matrix_rank(matrix)


# --- reading ---------------------------------------------------------------------------------

def _read(source: Source, start: date, end: date):
    if isinstance(source, Session):
        return _query(source, start, end)
    engine = source if isinstance(source, Engine) else get_engine(source)
    ensure_schema(engine.url.render_as_string(hide_password=False))
    with Session(engine, future=True) as session:
        return _query(session, start, end)


def _query(session: Session, start: date, end: date):
    facts = list(session.scalars(select(TrendFact).where(TrendFact.week >= start, TrendFact.week <= end)))
    notices = [n for n in session.scalars(select(Notice)) if start <= n.filed_at.astimezone(LOCAL_TZ).date() <= end]
    return facts, notices


def _grid(rows: Sequence[str], columns: Sequence[str], counts) -> Grid:
    return [[counts.get((row, column), 0) for column in columns] for row in rows]


def _table(key, rows, columns, row_labels, column_labels, grid, shown) -> Table:
    return Table(
        key, TABLE_TITLES[key], tuple(rows), tuple(columns), dict(row_labels), dict(column_labels),
        cells={(row, column): shown[("c", i, j)] for i, row in enumerate(rows) for j, column in enumerate(columns)},
        row_totals={row: shown[("r", i)] for i, row in enumerate(rows)},
        column_totals={column: shown[("k", j)] for j, column in enumerate(columns)},
        total=shown[("t",)],
    )


def _months(start: date, end: date) -> Tuple[str, ...]:
    months, day = [], start
    while day <= end:
        months.append(day.strftime("%Y-%m"))
        day = _month_end(day) + timedelta(days=1)
    return tuple(months)


def _month_end(day: date) -> date:
    following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return following - timedelta(days=1)
