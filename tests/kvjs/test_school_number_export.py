"""The export carries each school's official Schulnummer (format 6, "" where she entered
none), under the digest, as the published schema says; the kit and kvjs-merge identify
the school by it (tests/traeger/test_school_number.py: crafted files)."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import openpyxl

from ssa_desktop.exports import kvjs_document, kvjs_merge
from ssa_desktop.services import setup
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo

from . import fixture
from .test_engine_fixture import POST, SCHOOL_1

SCHEMA = (Path(__file__).resolve().parents[2] / "docs" / "schemas"
          / f"kvjs-export.v{kvjs_document.FORMAT_VERSION}.schema.json")


def test_the_export_carries_the_schulnummer_of_each_school(conn, tmp_path):
    fixture.build(conn)
    school = repo.SCHOOLS.get(conn, "school-1")
    school.school_number = "04123456"
    setup.save_school(conn, school)
    docs = {}
    for scope in (SCHOOL_1, POST):
        path = stats.write_export(stats.report(conn, fixture.YEAR, scope, previous_years=0),
                                  "json", tmp_path / f"{scope.id}.json")
        docs[scope.kind] = kvjs_merge.read_export(path)   # sealed: the digest covers it
        raw = json.loads(path.read_text("utf-8"))
        assert list(jsonschema.Draft202012Validator(
            json.loads(SCHEMA.read_text("utf-8"))).iter_errors(raw)) == []
    assert docs["school"]["format_version"] == 6
    assert docs["school"]["scope"]["school_number"] == "04123456"
    assert [(s["code"], s["school_number"]) for s in docs["post"]["scope"]["schools"]] \
        == [("GMS-1", "04123456"), ("RS-2", "")]
    # the printed forms name it in their head (xlsx read back; csv, pdf from the same lines)
    for scope, line in ((SCHOOL_1, ("Schulnummer", "04123456")),
                        (POST, ("Schulnummer", "GMS-1: 04123456"))):
        path = stats.write_export(stats.report(conn, fixture.YEAR, scope, previous_years=0),
                                  "xlsx", tmp_path / f"{scope.id}.xlsx")
        rows = [r[:2] for r in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
        assert line in rows
        assert [r for r in rows if r[0] == "Schulnummer"] == [line]   # RS-2 has none
