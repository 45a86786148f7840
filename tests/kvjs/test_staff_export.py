"""The staff block ("Kennzahlen zu den Fachkräften", issue 19 item 2) in the KVJS form of
a post: template data (resources/kvjs/kvjs-default.toml, fields with ``staff``), the json
(``staff`` and the form's lines), xlsx, csv and pdf read back, the Eingabehilfe, and
kvjs-merge across format versions. Literal, hand-computed from tests/kvjs/fixture.py:
employed 1 Oct 2025 – 31 Jul 2027 → August and September vacant (10 filled, 2 vacant);
75 % → 0.75 FTE; the post's time entries EFH 340, GRP 585, VNZ 270, OFF 105, IND 720
(IND 240 + FOB 480) minutes, together 2,020."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import PostStaff
from ssa_desktop.exports import kvjs_merge
from ssa_desktop.exports.kvjs_document import FORMAT_VERSION, KNOWN_VERSIONS
from ssa_desktop.services import staff
from ssa_desktop.services import statistics as stats

from . import fixture

SECTION = "Kennzahlen zu den Fachkräften"
EXPECTED_LINES = [  # (label, value in the json, text as typed into the web form)
    ("Qualifikation der Fachkraft", "Soziale Arbeit (B.A.)", "Soziale Arbeit (B.A.)"),
    ("Stellenumfang der Fachkraft (Prozent)", 75.0, "75"),
    ("Vollzeitäquivalente der Fachkraft", 0.75, "0,75"),
    ("Beschäftigt seit", "01.10.2025", "01.10.2025"),
    ("Beschäftigt bis", "31.07.2027", "31.07.2027"),
    ("Befristet", "ja", "ja"),
    ("Anstellungsträger", "freier Träger", "freier Träger"),
    ("Monate besetzt", 10, "10"),
    ("Monate unbesetzt", 2, "2"),
    ("Arbeitszeit der Stelle nach Aufgabenbereich (Minuten)", 2020, "2020"),
    ("Einzelfallhilfe und Beratung", 340, "340"),
    ("Sozialpädagogische Gruppenarbeit, Arbeit mit Schulklassen, Projekte", 585, "585"),
    ("Inner- und außerschulische Vernetzung, Gemeinwesenarbeit", 270, "270"),
    ("Offene Angebote", 105, "105"),
    ("Vor- und Nachbereitung, Dokumentation, Organisation, Fortbildung", 720, "720"),
]
EXPECTED_STAFF = {
    "post": "Stelle Nord", "qualification": "Soziale Arbeit (B.A.)", "percent": 75.0,
    "fte": 0.75, "employed_from": "2025-10-01", "employed_to": "2027-07-31",
    "fixed_term": True, "employer_type": "free", "months_filled": 10, "months_vacant": 2,
    "minutes_by_area": {"EFH": 340, "GRP": 585, "VNZ": 270, "OFF": 105, "IND": 720},
}
DATA = Path(__file__).resolve().parents[1] / "data" / "kvjs"


@pytest.fixture
def post_report(conn):
    fixture.build(conn)
    staff.save_staff(conn, PostStaff("post-1", fixture.YEAR, "Soziale Arbeit (B.A.)", 75.0,
                                     date(2025, 10, 1), date(2027, 7, 31), True, "free"))
    with clock.frozen(date(2026, 10, 5)):
        return stats.report(conn, fixture.YEAR, stats.Scope("post", "post-1"),
                            previous_years=0)


def _staff_fields(doc: dict) -> list[tuple[str, object]]:
    return [(f["label"], f["value"]) for f in doc["fields"] if "staff" in f]


def test_the_json_carries_the_staff_block_and_its_lines(post_report, tmp_path):
    with clock.frozen(date(2026, 10, 5)):
        path = stats.write_export(post_report, "json", tmp_path / "k.json")
    doc = json.loads(path.read_text("utf-8"))
    assert doc["format_version"] == FORMAT_VERSION == 6
    assert doc["staff"] == [EXPECTED_STAFF]
    assert _staff_fields(doc) == [(label, value) for label, value, _ in EXPECTED_LINES]
    assert {f["section"] for f in doc["fields"] if "staff" in f} == {SECTION}
    assert all("aggregate" not in f for f in doc["fields"] if "staff" in f)
    # the current reader takes its own file
    assert kvjs_merge.read_export(path)["staff"] == [EXPECTED_STAFF]


def test_xlsx_csv_and_pdf_show_the_staff_block(post_report, tmp_path):
    with clock.frozen(date(2026, 10, 5)):
        xlsx = stats.write_export(post_report, "xlsx", tmp_path / "k.xlsx")
        csv_path = stats.write_export(post_report, "csv", tmp_path / "k.csv")
        pdf = stats.write_export(post_report, "pdf", tmp_path / "k.pdf")
    sheet = load_workbook(xlsx).active
    rows = [(r[0], r[1]) for r in sheet.iter_rows(values_only=True) if r and r[0]]
    start = rows.index(("Qualifikation der Fachkraft", "Soziale Arbeit (B.A.)"))
    assert rows[start:start + len(EXPECTED_LINES)] == \
        [(label, value) for label, value, _ in EXPECTED_LINES]
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        lines = [row for row in csv.reader(handle, delimiter=";") if len(row) >= 3]
    got = [(row[1].strip(), row[2]) for row in lines if row[0] == SECTION]
    for label, _value, text in EXPECTED_LINES:
        assert (label, text) in got, label
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(pdf).pages).split())
    for needle in ("Qualifikation der Fachkraft Soziale Arbeit (B.A.)",
                   "Vollzeitäquivalente der Fachkraft 0,75", "Beschäftigt seit 01.10.2025",
                   "Monate besetzt 10", "Monate unbesetzt 2", "Anstellungsträger freier Träger"):
        assert needle in text, needle


def test_the_entry_aid_lists_them_in_template_order(post_report, tmp_path):
    lines = stats.entry_lines(post_report)
    labels = [line.label for line in lines]
    start = labels.index("Qualifikation der Fachkraft")
    assert [(line.label, line.text) for line in lines[start:start + len(EXPECTED_LINES)]] == \
        [(label, text) for label, _value, text in EXPECTED_LINES]
    assert labels.index("Arbeitszeit nach Aufgabenbereich (Minuten)") < start
    assert labels.index("Beratene Personen insgesamt") > start
    with clock.frozen(date(2026, 10, 5)):
        path = stats.write_entry_aid(post_report, tmp_path / "e.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Monate besetzt 10" in text and "Beschäftigt seit 01.10.2025" in text


def test_a_school_has_no_staff_block(conn):
    fixture.build(conn)
    with clock.frozen(date(2026, 10, 5)):
        rep = stats.report(conn, fixture.YEAR, stats.Scope("school", "school-1"),
                           previous_years=0)
    doc = stats.export_document(rep)
    assert "staff" not in doc and not _staff_fields(doc)


def test_previous_format_and_current_post_exports_merge(post_report, tmp_path):
    assert KNOWN_VERSIONS == (1, 2, 3, 4, 5, 6)
    with clock.frozen(date(2026, 10, 5)):
        post = stats.write_export(post_report, "json", tmp_path / "KVJS_Stelle-Nord.json")
        school = json.loads((DATA / "format-2" / "KVJS_GMS-1_2025-26.json").read_text("utf-8"))
        school["scope"].update(code="GS-3", name="Grundschule Talweg")  # not the post's
        (tmp_path / "KVJS_GS-3.json").write_text(json.dumps(school), "utf-8")
        doc = stats.merge([tmp_path / "KVJS_GS-3.json", post], tmp_path / "summe.json")
    assert "notes" not in doc  # format 2 has every aggregate; the staff block is no aggregate
    assert doc["staff"] == [EXPECTED_STAFF]
    assert _staff_fields(doc) == []  # per post: listed under "staff", never summed
    again = kvjs_merge.read_export(tmp_path / "summe.json")
    assert again["staff"] == [EXPECTED_STAFF]


def test_current_fixtures_are_kept_for_the_next_release():
    for name in ("KVJS_GMS-1_2025-26.json", "KVJS_RS-2_2025-26.json",
                 "KVJS_Stelle-Nord_2025-26.json"):
        doc = json.loads((DATA / "format-3" / name).read_text("utf-8"))
        assert doc["format_version"] == 3
    post = json.loads((DATA / "format-3" / "KVJS_Stelle-Nord_2025-26.json").read_text("utf-8"))
    assert post["staff"] == [EXPECTED_STAFF]


def test_the_statistics_area_and_its_entry_aid_show_the_block(ctx, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from ssa_desktop.ui.common import clipboard
    from ssa_desktop.ui.statistics.area import ROLE_FIELD, StatisticsArea

    fixture.build(ctx.conn)
    staff.save_staff(ctx.conn, PostStaff("post-1", fixture.YEAR, "Soziale Arbeit (B.A.)", 75.0,
                                         date(2025, 10, 1), date(2027, 7, 31), True, "free"))
    area = StatisticsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1366, 768)
    with clock.frozen(date(2026, 10, 5)):
        area.show()
        qtbot.waitUntil(lambda: area.report is not None, timeout=10000)
        area.report = None
        area.scope_box.setCurrentIndex(area.scope_box.findText("Stelle: Stelle Nord"))
        area.compute()
        qtbot.waitUntil(lambda: area.report is not None, timeout=10000)
    items = [area.form.topLevelItem(i) for i in range(area.form.topLevelItemCount())]
    shown = {item.text(0).strip(): item for item in items}
    assert shown["Vollzeitäquivalente der Fachkraft"].text(1) == "0,75"
    assert shown["Beschäftigt seit"].text(1) == "01.10.2025"
    assert shown["Monate besetzt"].data(0, ROLE_FIELD) is None  # no drill-down
    aid = area.entry_aid
    area.tabs.setCurrentWidget(aid)
    lines = aid.values()
    index = next(i for i, line in enumerate(lines) if line.label == "Qualifikation der Fachkraft")
    assert [(line.label, line.text) for line in lines[index:index + len(EXPECTED_LINES)]] == \
        [(label, text) for label, _value, text in EXPECTED_LINES]
    QTest.mouseClick(aid.buttons[index], Qt.LeftButton)
    assert QGuiApplication.clipboard().text() == "Soziale Arbeit (B.A.)"
    assert aid.ticks[index].text() == "✓"
    QTest.keyClick(aid.buttons[index + 1], Qt.Key_Space)
    assert QGuiApplication.clipboard().text() == "75"
    clipboard.clear_sensitive()


@pytest.mark.parametrize(("field", "message"), [
    ('staff = "salary"\nscopes = ["post"]', "unbekannte Fachkräfte-Angabe „salary“"),
    ('staff = "fte"', "je Stelle"),
    ('staff = "fte"\naggregate = "fte"\nscopes = ["post"]', "kein „aggregate“"),
])
def test_a_template_staff_field_is_checked(field, message):
    from ssa_desktop.domain import kvjs_template as tpl

    text = ('id = "t"\nversion = "1"\ntitle = "T"\n[[sections]]\ntitle = "F"\n'
            f'[[sections.fields]]\nid = "a"\nlabel = "A"\n{field}\n')
    with pytest.raises(tpl.TemplateError, match=message):
        tpl.parse(text)


def test_no_pdf_cell_runs_into_the_next_column(post_report):
    """A long qualification, task-area label or school type's name wraps inside its
    column (a paragraph); no plain text cell is wider than its column. Before, the
    staff block's qualification and the Schulart heads were drawn over their neighbours."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import KeepTogether, Table

    from ssa_desktop.exports.kvjs_pdf import form_story
    from ssa_desktop.reports.style import FONT_BOLD

    doc = stats.export_document(post_report)
    tables = []
    for flowable in form_story(doc):
        parts = flowable._content if isinstance(flowable, KeepTogether) else [flowable]
        tables += [p for p in parts if isinstance(p, Table)]
    assert tables
    too_wide = [cell for table in tables for row in table._cellvalues
                for cell, width in zip(row, table._colWidths, strict=True)
                if isinstance(cell, str) and stringWidth(cell, FONT_BOLD, 9.5) > width - 12]
    assert too_wide == []
