"""Every table of the reports she hands on fits its page: no word wider than its column
(reportlab splits it without a hyphen: „Übermittlungsproto|koll“), no plain text wider than
its cell (it runs over the neighbour: the goal table's headers, the time shares' IND row),
no table wider than the text. Written from a three-year demo vault, as she would print
them: the annual report of each school, the time shares, the deletion periods, the KVJS
Erhebungsbogen, Eingabehilfe and Verwendungsnachweis, a goal's trend with its notes (they
ran off the page in one line), an Auskunft."""
from __future__ import annotations

from datetime import date

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table

from ssa_desktop.demo import create_demo_vault
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.reports.blocks import TEXT_WIDTH
from ssa_desktop.services import annual_report, processing_record, timeshare
from ssa_desktop.storage import repositories as repo
from tests.conftest import FAST_KDF, PASSPHRASE

TODAY = date(2026, 7, 20)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo") / "tresor"
    session = create_demo_vault(folder, PASSPHRASE, years=3, params=FAST_KDF, today=TODAY)
    yield session
    session.lock()


def _parts(cell):
    return list(cell) if isinstance(cell, (list, tuple)) else [cell]


def too_wide(table: Table) -> list[str]:
    """The texts of a wrapped table that do not fit, each with its reason."""
    wrong = []
    if sum(table._colWidths) > TEXT_WIDTH + 0.5:
        wrong.append(f"table {sum(table._colWidths):.0f} pt > {TEXT_WIDTH:.0f} pt")
    for r, row in enumerate(table._cellvalues):
        for c, cell in enumerate(row):
            span = (getattr(table, "_spanRanges", None) or {}).get((c, r), (c, r, c, r))
            if span is None:   # covered by a spanning cell
                continue
            style = table._cellStyles[r][c]
            room = (sum(table._colWidths[span[0]:span[2] + 1])
                    - style.leftPadding - style.rightPadding)
            for part in _parts(cell):
                if isinstance(part, Paragraph):
                    wrong += [f"word „{w}“" for w in part.text.replace("§\u00a0", "§_").split()
                              if "<" not in w and stringWidth(
                                  w, part.style.fontName, part.style.fontSize) > room + 0.5]
                elif isinstance(part, str) and part:
                    if stringWidth(part, style.fontname, style.fontsize) > room + 0.5:
                        wrong.append(f"text „{part}“")
    return wrong


@pytest.fixture
def tables(monkeypatch):
    """Every table reportlab lays out while the test writes its PDFs."""
    seen: list[Table] = []
    wrap = Table.wrap

    def recording(self, avail_width, avail_height):
        size = wrap(self, avail_width, avail_height)
        seen.append(self)
        return size

    monkeypatch.setattr(Table, "wrap", recording)
    return seen


def _problems(seen: list[Table]) -> list[str]:
    return sorted({p for t in seen for p in too_wide(t)})


def test_annual_reports_fit(demo, tables, tmp_path):
    year = SchoolYear(2025)
    for school in repo.list_schools(demo.conn):
        annual_report.write_report(demo.conn, school.id, year, tmp_path / f"{school.id}.pdf",
                                   names_policy="replace")
    assert tables and _problems(tables) == []


def test_time_shares_fit(demo, tables, tmp_path):
    year = timeshare.parse_year("2025/26")
    for school in [None, *repo.list_schools(demo.conn)]:
        report = timeshare.compute(demo.conn, year, school.id if school else None, None)
        timeshare.export_report(report, "pdf", tmp_path / f"{school.id if school else 'all'}.pdf")
    assert tables and _problems(tables) == []


def test_deletion_periods_fit(demo, tables, tmp_path):
    processing_record.write_processing_record(demo.conn, tmp_path / "lf.pdf", today=TODAY)
    assert tables and _problems(tables) == []


def test_kvjs_statistics_fit(demo, tables, tmp_path):
    from ssa_desktop.services import staff, statistics

    conn = demo.conn
    scopes = [statistics.Scope("school", s.id) for s in repo.list_schools(conn)]
    scopes += [statistics.Scope("post", p.id) for p in repo.POSTS.select(conn)]
    for n, scope in enumerate(scopes):
        rep = statistics.report(conn, 2025, scope)
        statistics.write_export(rep, "pdf", tmp_path / f"kvjs{n}.pdf")
        statistics.write_entry_aid(rep, tmp_path / f"aid{n}.pdf")
    staff.write_verwendungsnachweis(conn, 2025, tmp_path / "vn.pdf")
    assert tables and _problems(tables) == []


def test_goal_trends_fit(demo, tables, tmp_path):
    from ssa_desktop.services import goals

    ids = [row[0] for row in demo.conn.execute("SELECT id FROM case_goal LIMIT 5")]
    for goal_id in ids:
        goals.write_trend(demo.conn, goal_id, tmp_path / f"{goal_id}.pdf", topics=True,
                          notes=True)
    assert ids and tables and _problems(tables) == []


def test_auskunft_fits(demo, tables, tmp_path):
    from ssa_desktop.services import privacy

    conn = demo.conn
    person_id = conn.execute("SELECT person_id FROM case_file GROUP BY person_id "
                             "ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    request = privacy.open_request(conn, person_id, TODAY)
    privacy.write_auskunft(conn, request.id, privacy.collect(conn, person_id),
                           tmp_path / "auskunft.pdf", today=TODAY)
    assert tables and _problems(tables) == []
