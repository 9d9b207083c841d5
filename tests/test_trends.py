"""Trend facts: recording (bot/trends.py, the actions) and the suppressed report (bot/trend_report.py)."""
from __future__ import annotations

import asyncio
import csv
import io
from datetime import date

import pytest
from sqlalchemy import select, text

from actions.advice import ActionAdvies, ActionNieuwThema
from rasa_sdk.executor import CollectingDispatcher

from bot import trends
from bot.advice import Facts
from bot.notices import file_notice
from bot.storage import get_engine, session_scope
from bot.storage.models import TrendFact
from bot.trend_report import HIDDEN, Cell, difference, recoverable, report, suppress, to_csv
from tests.notice_fixtures import db_url, notice_env, pg_session_url  # noqa: F401
from tests.test_actions import DOMAIN, tracker

TOKEN = "0123456789abcdef0123456789abcdef"


def fact(url, token=TOKEN) -> TrendFact:
    with session_scope(url) as session:
        return session.scalars(select(TrendFact).where(TrendFact.token == token)).one()


def columns_of(url):
    with get_engine(url).connect() as connection:
        return [dict(row._mapping) for row in connection.execute(text("SELECT * FROM trend_facts"))]


# --- recording --------------------------------------------------------------------------


def test_facts_add_up_in_one_row_per_conversation(db_url):
    trends.record(TOKEN, channel="rest", **trends.facts_of_theme("dilemma_geschenk"), today=date(2026, 12, 4), url=db_url)
    trends.record(TOKEN, depth=trends.ADVICE, url=db_url)
    trends.record(TOKEN, notice_type="geschenk", depth=trends.notice_depth("geschenk"), url=db_url)
    trends.record(TOKEN, outcome="bedankt", channel="teams", url=db_url)
    row = fact(db_url)
    assert row.week == date(2026, 11, 30)  # the Monday; no day, no time
    assert (row.channel, row.themes, row.perspective) == ("rest", "dilemma_geschenk", "eigen")
    assert (trends.DEPTHS[row.depth], row.notice_types, row.outcome) == ("officiele_route", "geschenk", "bedankt")
    assert len(columns_of(db_url)) == 1


def test_depth_only_rises_and_someone_elses_conduct_stays_so(db_url):
    trends.record(TOKEN, depth=trends.ADVISER, **trends.facts_of_theme("dilemma_vermoeden_misstand", "dilemma_geschenk"),
                  url=db_url)
    trends.record(TOKEN, depth=trends.ADVICE, **trends.facts_of_theme("dilemma_uitnodiging"), url=db_url)
    row = fact(db_url)
    assert trends.DEPTHS[row.depth] == trends.ADVISER and row.perspective == "ander"
    assert row.themes.split() == ["dilemma_geschenk", "dilemma_uitnodiging", "dilemma_vermoeden_misstand"]


def test_unknown_values_and_free_text_are_never_stored(db_url):
    trends.record(TOKEN, channel="Mijn naam is Jan <script>", themes=["ik kreeg een fles wijn"], perspective="jan",
                  depth="heel diep", notice_type="klacht over Piet", outcome="boos", url=db_url)
    row = fact(db_url)
    assert (row.channel, row.themes, row.perspective, row.depth, row.notice_types, row.outcome) == (
        trends.UNKNOWN_CHANNEL, "", None, None, "", None)


def test_without_a_token_nothing_is_recorded_and_a_failure_never_raises(db_url):
    trends.record(None, outcome="bedankt", url=db_url)
    assert columns_of(db_url) == []
    trends.record(TOKEN, outcome="bedankt", url="sqlite:////nonexistent/folder/x.db")  # logged, not raised


@pytest.mark.parametrize("theme, facts, depth", [
    ("dilemma_geschenk", Facts(), trends.ADVICE),
    ("dilemma_ongewenst_gedrag", Facts(gedragsvorm="pesten", veilig_gesprek=True), trends.TALK),
    ("dilemma_ongewenst_gedrag", Facts(gedragsvorm="seksuele_intimidatie", veilig_gesprek=True), trends.ADVISER),
    ("dilemma_vermoeden_misstand", Facts(misstand_soort="misstand"), trends.ADVISER),
    ("dilemma_vermoeden_misstand", Facts(misstand_soort="gedrag", veilig_gesprek=True), trends.TALK),
])
def test_the_depth_of_an_advice_follows_the_escalation_path(theme, facts, depth):
    assert trends.advice_depth(theme, facts) == depth


@pytest.mark.parametrize("theme, facts, perspective", [
    ("dilemma_ongewenst_gedrag", Facts(zelf_getroffen=True), "eigen"),
    ("dilemma_ongewenst_gedrag", Facts(), "eigen"),
    ("dilemma_ongewenst_gedrag", Facts(zelf_getroffen=False), "ander"),  # seen towards a colleague
    ("dilemma_vermoeden_misstand", Facts(misstand_soort="gedrag"), "ander"),
])
def test_the_perspective_of_an_advice_counts_behaviour_towards_someone_else(theme, facts, perspective):
    assert trends.advice_perspective(theme, facts) == perspective


def test_the_actions_record_theme_and_depth_without_text_or_sender(db_url, profile_file, monkeypatch):
    monkeypatch.setenv("IA_DATABASE_URL", db_url)
    said = "mijn teamleider Jan de Vries gaf de opdracht aan zijn zoon"
    chat = tracker(intent="dilemma_vermoeden_misstand", text=said,
                   slots={"gesprek_token": TOKEN, "thema": "dilemma_vermoeden_misstand", "misstand_soort": "misstand"})
    chat.latest_message["onderwerp"] = "dilemma_belangenverstrengeling"
    for action in (ActionNieuwThema(), ActionAdvies()):
        asyncio.run(action.run(CollectingDispatcher(), chat, DOMAIN))
    row = fact(db_url)
    assert row.themes.split() == ["dilemma_belangenverstrengeling", "dilemma_vermoeden_misstand"]
    assert (row.perspective, trends.DEPTHS[row.depth]) == ("ander", trends.ADVISER)
    stored = " ".join(str(v) for r in columns_of(db_url) for v in r.values())
    assert "Jan" not in stored and "teamleider" not in stored and chat.sender_id not in stored


def test_the_actions_named_in_action_facts_record_their_facts(db_url, monkeypatch):
    monkeypatch.setenv("IA_DATABASE_URL", db_url)
    trends.record_actions(TOKEN, "rest", ["action_listen", "utter_contact_persoon", "utter_graag_gedaan"])
    row = fact(db_url)
    assert (row.outcome, trends.DEPTHS[row.depth], row.channel) == ("bedankt", trends.ADVISER, "rest")


# --- suppression ------------------------------------------------------------------------


def shown(grid, threshold=5):
    return suppress(grid, threshold)


def test_a_small_cell_and_every_small_total_show_as_below_the_threshold():
    cells = shown([[3, 20], [2, 40]])
    assert cells[("c", 0, 0)].text == "<5" and cells[("c", 1, 0)].text == "<5"
    assert cells[("k", 0)].value == 5  # 3 + 2 is not small: shown
    cells = shown([[1, 1], [1, 30]])
    assert cells[("k", 0)].text == "<5" and cells[("r", 0)].text == "<5"


def test_a_lone_small_cell_cannot_be_recovered_by_subtraction_from_its_row_or_column():
    grid = [[3, 500], [40, 60]]
    naive = {p: Cell(None, "<5") if p == ("c", 0, 0) else Cell(v, str(v))
             for p, v in {("c", 0, 0): 3, ("c", 0, 1): 500, ("c", 1, 0): 40, ("c", 1, 1): 60, ("r", 0): 503,
                          ("r", 1): 100, ("k", 0): 43, ("k", 1): 560, ("t",): 603}.items()}
    assert recoverable(grid, naive) == [("c", 0, 0)]  # 503 - 500 = 3: what the check catches
    cells = shown(grid)
    assert recoverable(grid, cells) == []
    assert cells[("c", 0, 1)].text == HIDDEN  # withheld, not a false "<5"
    assert cells[("t",)].value == 603  # totals stay when the cells can carry the suppression


def test_a_one_column_table_withholds_another_row_or_the_total():
    grid = [[2], [150], [90]]
    cells = shown(grid)
    assert recoverable(grid, cells) == [] and cells[("c", 0, 0)].text == "<5"


@pytest.mark.parametrize("seed", range(20))
def test_random_tables_never_reveal_a_suppressed_count(seed):
    import random

    rng = random.Random(seed)
    grid = [[rng.choice([0, 1, 2, 4, 5, 7, 12, 40, 200]) for _ in range(rng.randint(1, 12))]]
    grid += [[rng.choice([0, 1, 2, 4, 5, 7, 12, 40, 200]) for _ in grid[0]] for _ in range(rng.randint(0, 7))]
    cells = shown(grid)
    assert recoverable(grid, cells) == []
    assert all(cell.text == "<5" for p, cell in cells.items() if cell.value is not None and cell.value < 5) is True
    assert all((cell.value or 99) >= 5 for cell in cells.values())


def test_a_difference_is_shown_only_when_both_are_and_it_is_not_small():
    assert difference(Cell(40, "40"), Cell(37, "37"), 5).text == "<5"
    assert difference(Cell(40, "40"), Cell(20, "20"), 5).text == "20"
    assert difference(Cell(40, "40"), Cell(None, "<5"), 5).text == HIDDEN


# --- the report -------------------------------------------------------------------------


def some_facts(url):
    """40 gift conversations in March 2026, 3 of someone else's conduct in April, 1 via Teams."""
    for i in range(40):
        token = f"{i:032x}"
        trends.record(token, channel="rest", **trends.facts_of_theme("dilemma_geschenk"), depth=trends.ADVICE,
                      today=date(2026, 3, 10), url=url)
    for i in range(3):
        token = f"{100 + i:032x}"
        trends.record(token, channel="teams" if i == 0 else "rest", depth=trends.ADVISER, today=date(2026, 4, 7),
                      **trends.facts_of_theme("dilemma_vermoeden_misstand", "dilemma_geschenk"), url=url)


def test_the_report_counts_per_month_and_hides_small_counts_everywhere(db_url):
    some_facts(db_url)
    result = report(db_url, date(2026, 3, 15), date(2026, 4, 2), threshold=5)
    assert result.months == ("2026-03", "2026-04") and result.start == date(2026, 3, 1)
    assert result.conversations.value == 43
    themes = result.themes
    assert themes.row_totals["dilemma_geschenk"].value == 43  # 40 in March, 3 about gifts in April
    assert themes.cell("dilemma_geschenk", "2026-03").text == HIDDEN  # else 43 - 40 gives April's 3
    assert themes.cell("dilemma_vermoeden_misstand", "2026-04").text == "<5"
    assert result.perspective.cell("ander", "2026-04").text == "<5"
    assert result.channels.row_totals["teams"].text == "<5"
    assert result.funnel.column_totals["2026-04"].text == "<5"  # a month total is a count too
    for table in result.tables:
        grid = [[0] * len(table.columns) for _ in table.rows]  # the check needs the true counts
        for i, row in enumerate(table.rows):
            for j, column in enumerate(table.columns):
                grid[i][j] = _true_count(db_url, table.key, row, column)
        cells = {("c", i, j): table.cell(r, c) for i, r in enumerate(table.rows) for j, c in enumerate(table.columns)}
        cells.update({("r", i): table.row_totals[r] for i, r in enumerate(table.rows)})
        cells.update({("k", j): table.column_totals[c] for j, c in enumerate(table.columns)})
        cells[("t",)] = table.total
        assert recoverable(grid, cells) == [], table.key


def _true_count(url, key, row, column):
    with session_scope(url) as session:
        facts = list(session.scalars(select(TrendFact)))
    month = lambda f: f.week.strftime("%Y-%m")  # noqa: E731
    if key == "themes":
        return sum(row in f.themes.split() and month(f) == column for f in facts)
    if key == "funnel":
        return sum((trends.DEPTHS[f.depth] if f.depth is not None else "geen") == row and month(f) == column for f in facts)
    if key == "perspective":
        return sum((f.perspective or "geen") == row and month(f) == column for f in facts)
    if key == "channels":
        return sum(f.channel == row and month(f) == column for f in facts)
    return 0  # notices: none filed here


def test_linked_tables_show_the_same_month_totals(db_url):
    some_facts(db_url)
    result = report(db_url, date(2026, 3, 1), date(2026, 4, 30), threshold=5)
    totals = {t.key: [c.text for c in t.column_totals.values()] + [t.total.text]
              for t in (result.funnel, result.perspective, result.channels)}
    assert totals["funnel"] == totals["perspective"] == totals["channels"]


def test_notices_per_type_and_status_and_the_csv_export(db_url):
    for i in range(6):
        file_notice("geschenk", {"omschrijving": "fles wijn"}, idempotency_key=f"g{i}", url=db_url)
    file_notice("uitnodiging", {"evenement": "diner"}, idempotency_key="u1", url=db_url)
    today = date.today()
    result = report(db_url, today, today, threshold=5)
    assert result.notices.cell("geschenk", "ontvangen").value == 6
    assert result.notices.cell("uitnodiging", "ontvangen").text == "<5"
    rows = list(csv.DictReader(io.StringIO(to_csv(result))))
    assert {"tabel", "rij", "kolom", "aantal"} == set(rows[0])
    small = [r for r in rows if r["tabel"] == "Meldingen per soort en status" and r["rij"] == "uitnodiging"]
    assert {r["aantal"] for r in small} <= {"<5", HIDDEN} and "<5" in {r["aantal"] for r in small}
    assert "fles wijn" not in to_csv(result)


def test_the_threshold_comes_from_the_profile(db_url, profile_file):
    some_facts(db_url)
    profile_file.edit(trend_drempel=50)
    result = report(db_url, date(2026, 3, 1), date(2026, 3, 31))
    assert result.threshold == 50 and result.themes.cell("dilemma_geschenk", "2026-03").text == "<50"
