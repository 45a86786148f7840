"""Every aggregate read per Schulart (docs/statistics.md, "Nach Schulart"): the fixture's
post serves a Gemeinschaftsschule (school-1) and a Realschule (school-2), so the post's
form gets two columns; each column is that school's figures, counted by hand in
test_engine_fixture.py."""

from __future__ import annotations

import csv
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pypdf import PdfReader

from ssa_desktop.domain import kvjs
from ssa_desktop.domain import kvjs_template as tpl
from ssa_desktop.services import statistics as stats

from . import fixture
from .test_engine_fixture import EXPECTED_POST, EXPECTED_SCHOOL_1, EXPECTED_SCHOOL_2, POST, SCHOOL_1
from .test_engine_properties import SCHOOLS, records, times


@pytest.fixture
def world(conn):
    return fixture.build(conn)


def test_a_post_with_two_school_types_reads_per_type(conn, world):
    by_type = stats.compute_by_school_type(conn, fixture.YEAR, POST)
    assert by_type == {"GMS": EXPECTED_SCHOOL_1, "RS": EXPECTED_SCHOOL_2}
    assert stats.compute_by_school_type(conn, fixture.YEAR, SCHOOL_1) == {"GMS": EXPECTED_SCHOOL_1}


def test_the_post_form_has_a_column_per_school_type(conn, world):
    rep = stats.report(conn, fixture.YEAR, POST, previous_years=0)
    rows = {r.field_id: r for r in rep.rows}
    # columns in the order of the Schulart catalogue (GS, WRS, RS, GMS, …)
    assert (rows["kontakte"].value, rows["kontakte"].columns) == (8, (("RS", 2), ("GMS", 6)))
    assert rows["paragraf_8a_ergebnis.found"].columns == (("RS", 0), ("GMS", 1))
    assert rows["gruppen_zweck.UEB"].columns == (("RS", 1), ("GMS", 0))
    assert rows["faelle_abgeschlossen"].columns == (("RS", 1), ("GMS", 2))
    assert rows["themen"].columns == (("RS", None), ("GMS", None))  # no sum of topics
    school = stats.report(conn, fixture.YEAR, SCHOOL_1, previous_years=0)
    assert all(r.columns == () for r in school.rows)  # one school: one type, no columns


def test_exports_read_back_the_columns(conn, world, tmp_path):
    written = stats.export_all(conn, fixture.YEAR, POST, tmp_path)
    files = {p.suffix[1:]: p for p in written}
    doc = json.loads(files["json"].read_text("utf-8"))
    assert doc["school_types"] == [{"code": "RS", "label": "Realschule"},
                                   {"code": "GMS", "label": "Gemeinschaftsschule"}]
    assert doc["by_school_type"]["RS"] == EXPECTED_SCHOOL_2
    contacts = next(f for f in doc["fields"] if f["id"] == "kontakte")
    assert contacts["columns"] == {"RS": 2, "GMS": 6}
    rows = list(csv.reader(files["csv"].read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert ["Abschnitt", "Feld", "Wert", "Realschule", "Gemeinschaftsschule"] in rows
    assert [r for r in rows if r[1:2] == ["Beratungskontakte"]][0][2:] == ["8", "2", "6"]
    sheet = load_workbook(files["xlsx"]).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert ["Beratungskontakte", 8, 2, 6] in [v[:4] for v in values]
    assert ["", "Gesamt", "Realschule", "Gemeinschaftsschule"] in [
        ["" if x is None else x for x in v[:4]] for v in values]
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(files["pdf"]).pages).split())
    assert "Gemeinschaftsschule" in text and "Realschule" in text
    assert "Beratungskontakte 8 2 6" in text


def test_the_template_option_is_checked():
    with pytest.raises(tpl.TemplateError, match="„by_school_type“ muss true oder false sein"):
        tpl.parse('id = "x"\nversion = "1"\ntitle = "T"\n[[sections]]\ntitle = "A"\n'
                  'by_school_type = "ja"\n[[sections.fields]]\nid = "k"\nlabel = "K"\n'
                  'aggregate = "efh_contacts"\n')


TYPES = ("GS", "GMS", "RS")


@settings(max_examples=60, deadline=None)
@given(records, times, st.lists(st.sampled_from(TYPES), min_size=3, max_size=3))
def test_the_per_type_columns_add_up_to_the_scope(recs, entries, types):
    """For every additive figure (new tables included) the columns sum to the total."""
    school_type = dict(zip(SCHOOLS, types, strict=True))
    total = kvjs.compute(recs, entries, pupils=0, post_percent=0)
    parts = [kvjs.compute([r for r in recs if school_type[r.school_id] == t],
                          [e for e in entries if school_type[e.school_id] == t],
                          pupils=0, post_percent=0) for t in set(types)]
    summed = kvjs.add(parts)
    for spec in kvjs.AGGREGATES:
        if spec.additive:
            assert summed[spec.name] == total[spec.name], spec.name
    assert EXPECTED_POST["efh_contacts"] == EXPECTED_SCHOOL_1["efh_contacts"] + \
        EXPECTED_SCHOOL_2["efh_contacts"]
