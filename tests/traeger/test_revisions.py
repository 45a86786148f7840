"""Issue 60, finding 3 (rest): each export carries its revision, the vault's count of
exports of the scope and year; a corrected re-export outranks the original whatever its
file name and even on the same day with a date-only creation time (docs/traeger.md)."""

from __future__ import annotations

import json

import openpyxl

from ssa_desktop.exports import kvjs_document

from .files import run, school_file

YEAR = "2025/26"


def _with_revision(path, revision: int):
    doc = json.loads(path.read_text("utf-8"))
    doc["revision"] = revision
    doc.pop("integrity")
    kvjs_document.write_sealed(doc, path)


def test_the_higher_revision_wins_whatever_the_name_and_the_day(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    # the correction sorts first by name and carries the same date without a time
    _with_revision(school_file(folder, "a-korrektur.json", "GMS-1", efh_contacts=120,
                               created="2026-11-02"), 2)
    _with_revision(school_file(folder, "z-original.json", "GMS-1", efh_contacts=100,
                               created="2026-11-02"), 1)
    school_file(folder, "rs.json", "RS-2", efh_contacts=2)
    code, out, _ = run(capsys, "traeger", "deliveries", folder, "--year", YEAR)
    assert code == 0 and "doppelt" not in out
    assert ("„a-korrektur.json“ (Revision 2, Stand 2026-11-02) ersetzt die ältere "
            "„z-original.json“ (Revision 1, Stand 2026-11-02)") in out
    books = tmp_path / "mappen"
    assert run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", books)[0] == 0
    sheet = openpyxl.load_workbook(books / "Traeger_ohne Landkreis_2025-26.xlsx")["Übersicht"]
    rows = {r[0]: list(r[1:]) for r in sheet.iter_rows(values_only=True) if r and r[0]}
    assert rows["Beratungskontakte"][:3] == [122, 120, 2]


def test_a_revision_that_is_no_count_is_refused_by_name(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    _with_revision(school_file(folder, "gms.json", "GMS-1"), 0)
    code, out, err = run(capsys, "traeger", "deliveries", folder, "--year", YEAR)
    assert "„gms.json“: revision ist keine ganze Zahl von 1 an" in out + err
