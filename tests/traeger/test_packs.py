"""Issue 60, finding 6: which of two rule packs was „newest“ was decided by the digits
inside their SHA-256, and a file of the other pack showed as „ältere Fassung“. A pack
carries no order the kit could know: both files are delivered, and each names its pack
by title when the year's files differ in it."""

from __future__ import annotations

import json

from ssa_desktop.exports import kvjs_document
from ssa_desktop.services import traeger

from .files import school_file

PACK_A = {"id": "9" * 64, "title": "Regelpaket 2025/26"}
PACK_B = {"id": "a" * 64, "title": "Regelpaket 2025/26 (Korrektur Landkreis)"}


def _packed(path, pack):
    doc = json.loads(path.read_text("utf-8"))
    doc["rule_pack"] = pack
    path.write_text(json.dumps(kvjs_document.seal(doc)), "utf-8")


def test_files_of_two_packs_are_both_delivered_and_name_their_pack(tmp_path):
    _packed(school_file(tmp_path, "gms.json", "GMS-1"), PACK_A)
    _packed(school_file(tmp_path, "rs.json", "RS-2"), PACK_B)
    rows = {r.school: r for r in traeger.deliveries(tmp_path, "2025/26").rows}
    assert [rows[s].school_file for s in ("GMS-1", "RS-2")] == ["geliefert", "geliefert"]
    assert "„gms.json“: Regelpaket „Regelpaket 2025/26“ (999999999999)" in rows["GMS-1"].notes
    assert "„rs.json“: Regelpaket „Regelpaket 2025/26 (Korrektur Landkreis)“ (aaaaaaaaaaaa)" \
        in rows["RS-2"].notes


def test_one_pack_for_all_files_is_not_mentioned(tmp_path):
    _packed(school_file(tmp_path, "gms.json", "GMS-1"), PACK_A)
    _packed(school_file(tmp_path, "rs.json", "RS-2"), PACK_A)
    assert not any("Regelpaket" in n for r in traeger.deliveries(tmp_path, "2025/26").rows
                   for n in r.notes)


def test_the_workbook_names_the_pack_of_each_file_when_they_differ(capsys, tmp_path):
    import openpyxl

    from .files import run

    f = tmp_path / "lieferungen"
    _packed(school_file(f, "gms.json", "GMS-1"), PACK_A)
    _packed(school_file(f, "rs.json", "RS-2"), PACK_B)
    out = tmp_path / "mappen"
    code, _, err = run(capsys, "traeger", "workbook", f, "--year", "2025/26", "--out", out)
    assert code == 0, err
    sheet = openpyxl.load_workbook(out / "Traeger_ohne Landkreis_2025-26.xlsx")["Übersicht"]
    notes = [r[1] for r in sheet.iter_rows(values_only=True) if r and r[0] == "Hinweis"]
    assert "„gms.json“: Regelpaket „Regelpaket 2025/26“ (999999999999)" in notes
    assert "„rs.json“: Regelpaket „Regelpaket 2025/26 (Korrektur Landkreis)“ (aaaaaaaaaaaa)" \
        in notes
