"""Demo data: a fresh database filled with a year, the same for a seed, never mixed with real data."""
from datetime import date

import pytest
from sqlalchemy import func, select

from bot.demo import NotEmpty, fill
from bot.notices import file_notice
from bot.notices.kinds import NOTICE_TYPES, STATUSES
from bot.storage import session_scope
from bot.storage.models import TrendFact
from bot.trend_report import recoverable, report
from tests.notice_fixtures import notice_env  # noqa: F401

TODAY = date(2026, 12, 4)
YEAR = (date(2025, 12, 1), date(2026, 11, 30))


def url_in(tmp_path, name="demo.db"):
    return f"sqlite:///{tmp_path / name}"


def shown_positions(table):
    cells = {("c", i, j): table.cell(r, c) for i, r in enumerate(table.rows) for j, c in enumerate(table.columns)}
    cells.update({("r", i): table.row_totals[r] for i, r in enumerate(table.rows)})
    cells.update({("k", j): table.column_totals[c] for j, c in enumerate(table.columns)})
    cells[("t",)] = table.total
    return cells


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("IA_ENCRYPTION_KEY_FILE", str(folder / "notice.key"))
        url = url_in(folder)
        yield url, fill(seed=7, today=TODAY, url=url)


def test_a_fresh_database_gets_a_seasonal_year_and_notices_of_every_type_and_status(demo_url):
    url, added = demo_url
    assert 800 <= added["trendfeiten"] <= 1200 and added["meldingen"] == 48
    gifts = report(url, YEAR[0], YEAR[1], threshold=5).themes
    quiet = [gifts.cell("dilemma_geschenk", m).value or 0 for m in ("2026-05", "2026-09")]
    assert gifts.cell("dilemma_geschenk", "2025-12").value > 1.5 * max(quiet)
    notices = report(url, date(2025, 1, 1), TODAY, threshold=2).notices
    assert all(notices.row_totals[t].value for t in NOTICE_TYPES)
    assert all(notices.column_totals[s].value for s in STATUSES)


def test_no_table_of_the_demo_report_reveals_a_small_count_by_subtraction(demo_url):
    url, _ = demo_url
    shown = report(url, YEAR[0], YEAR[1], threshold=5)
    true = report(url, YEAR[0], YEAR[1], threshold=0)  # nothing is below 0: every count shown
    small = 0
    for table, counts in zip(shown.tables, true.tables):
        cells = shown_positions(table)
        small += sum(c.text == "<5" for c in cells.values())
        grid = [[counts.cell(r, c).value for c in table.columns] for r in table.rows]
        assert recoverable(grid, cells) == [], table.key
    assert small > 0  # the year has small cells: the check is not empty


def test_the_same_seed_gives_the_same_year(tmp_path):
    a, b = url_in(tmp_path, "a.db"), url_in(tmp_path, "b.db")
    fill(seed=3, today=TODAY, url=a)
    fill(seed=3, today=TODAY, url=b)

    def weeks(url):
        with session_scope(url) as session:
            return list(session.execute(select(TrendFact.week, TrendFact.themes, TrendFact.depth, TrendFact.outcome)
                                        .order_by(TrendFact.id)))
    assert weeks(a) == weeks(b)


def test_a_database_with_data_is_refused_unless_forced(tmp_path):
    url = url_in(tmp_path)
    file_notice("geschenk", {"omschrijving": "taart"}, idempotency_key="echt", url=url)
    with pytest.raises(NotEmpty):
        fill(today=TODAY, url=url)
    fill(today=TODAY, url=url, force=True)
    with session_scope(url) as session:
        assert session.scalar(select(func.count()).select_from(TrendFact)) > 0
