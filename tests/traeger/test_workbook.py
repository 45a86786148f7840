"""``ssa-desktop traeger workbook``: one xlsx per Landkreis, a sheet per school and a
summary sheet; counts of persons below 3 as "< 3" after merging (docs/traeger.md)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from ssa_desktop.exports import kvjs_document

from .files import run, school_file

YEAR = "2025/26"
PERSONS, CP, CONTACTS = "Beratene Personen", "Verfahren nach § 8a SGB VIII", "Beratungskontakte"


@pytest.fixture
def folder(tmp_path) -> Path:
    f = tmp_path / "lieferungen"
    school_file(f, "gms.json", "GMS-1", efh_persons=4, cp_8a_procedures=1, efh_contacts=6)
    school_file(f, "rs.json", "RS-2", efh_persons=1, cp_8a_procedures=2, efh_contacts=2)
    school_file(f, "gs.json", "GS-3", efh_persons=2, cp_8a_procedures=0, efh_contacts=1)
    school_file(f, "wrs.json", "WRS-4", landkreis="Ortenaukreis", old=True)  # format 1
    school_file(f, "gms-letztes-jahr.json", "GMS-1", "2024/25", efh_persons=1)
    (tmp_path / "landkreise.csv").write_text(
        "Schule;Landkreis\nGMS-1;Breisgau-Hochschwarzwald\nRS-2;Breisgau-Hochschwarzwald\n"
        "GS-3;Emmendingen\n", "utf-8")
    return f


def _sheet(book, title: str) -> dict[str, list]:
    """Label -> the values of its row."""
    return {row[0]: list(row[1:]) for row in book[title].iter_rows(values_only=True)
            if row and row[0]}


def test_a_workbook_per_landkreis_suppressed_after_merging(folder, capsys, tmp_path):
    out = tmp_path / "mappen"
    code, text, _ = run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", out,
                        "--landkreise", tmp_path / "landkreise.csv")
    assert code == 0 and text.count("Mappe geschrieben") == 3
    # the Landkreis of the list, else the file's own; nothing else is left in the folder
    assert sorted(p.name for p in out.iterdir()) == [
        "Traeger_Breisgau-Hochschwarzwald_2025-26.xlsx", "Traeger_Emmendingen_2025-26.xlsx",
        "Traeger_Ortenaukreis_2025-26.xlsx"]
    book = openpyxl.load_workbook(out / "Traeger_Breisgau-Hochschwarzwald_2025-26.xlsx")
    assert book.sheetnames == ["Übersicht", "GMS-1", "RS-2"]
    summary = _sheet(book, "Übersicht")
    assert summary["Kennzahl"][:3] == ["Summe", "GMS-1", "RS-2"]
    # summed first (1 + 2 = 3 procedures, 4 + 1 = 5 persons), then each cell below 3
    # persons shown as "< 3"; contacts count things and are shown as they are
    assert summary[CP][:3] == [3, "< 3", "< 3"]
    assert summary[PERSONS][:3] == [5, 4, "< 3"]
    assert summary[CONTACTS][:3] == [8, 6, 2]
    assert _sheet(book, "RS-2")[PERSONS][:1] == ["< 3"]
    assert _sheet(book, "GMS-1")["Datei"][:1] == ["gms.json"]
    alone = _sheet(openpyxl.load_workbook(out / "Traeger_Emmendingen_2025-26.xlsx"), "Übersicht")
    assert alone[PERSONS][:2] == ["< 3", "< 3"] and alone[CP][:2] == [0, 0]
    # a file of an older release: the figures it lacks are named and left out
    older = _sheet(openpyxl.load_workbook(out / "Traeger_Ortenaukreis_2025-26.xlsx"), "Übersicht")
    assert older["Hinweis"][0].startswith("„wrs.json“ (Formatversion 1) enthält 7 Kennzahl(en)")
    assert not any(label.startswith("Verfahren nach § 8a nach Ergebnis") for label in older)
    assert older[CONTACTS][0] == 6


def test_a_folder_it_cannot_write_to_is_a_german_sentence(folder, capsys, tmp_path):
    blocker = tmp_path / "keinordner"
    blocker.write_text("", "utf-8")
    code, _, err = run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", blocker)
    # the reason in German, no English text of the operating system ("Not a directory")
    assert code == 1 and "konnte nicht geschrieben werden" in err
    assert "ist eine Datei, kein Ordner" in err and "Not a directory" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keinordner", "landkreise.csv",
                                                          "lieferungen"]


def test_a_folder_name_too_long_is_a_german_sentence(folder, capsys, tmp_path):
    target = tmp_path / ("x" * 300)
    code, _, err = run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", target)
    assert code == 1 and "konnte nicht geschrieben werden (der Pfad ist zu lang)" in err
    assert "File name too long" not in err


def test_a_school_name_or_code_cannot_run_in_the_workbook(capsys, tmp_path):
    """Text from a file is text in the workbook: a formula gets its apostrophe, a code
    Excel cannot take as a sheet name is changed (``exports/cells.py``)."""
    import json

    f = tmp_path / "lieferungen"
    path = school_file(f, "boese.json", "GMS-1")
    doc = json.loads(path.read_text("utf-8"))
    doc["scope"].update(code="=1+1/[x]", name='=HYPERLINK("http://x","klick")')
    path.write_text(json.dumps(kvjs_document.seal(doc)), "utf-8")
    code, _, _ = run(capsys, "traeger", "workbook", f, "--year", YEAR, "--out", tmp_path / "m")
    assert code == 0
    book = openpyxl.load_workbook(tmp_path / "m" / "Traeger_ohne Landkreis_2025-26.xlsx")
    assert book.sheetnames == ["Übersicht", "=1+1--X-"]  # a code in its one form: upper case
    cells = [v for sheet in book for row in sheet.iter_rows(values_only=True) for v in row
             if isinstance(v, str)]
    assert not any(v.startswith("=") for v in cells)
    assert "'=1+1/[X]" in cells


def test_two_landkreise_of_one_file_name_keep_both_workbooks(capsys, tmp_path):
    """Landkreis names that differ only in characters a file name cannot hold (or in
    case, which Windows does not tell apart) get a workbook each: the second never
    replaces the first."""
    f = tmp_path / "lieferungen"
    school_file(f, "gms.json", "GMS-1", landkreis="Kreis A/B", efh_persons=4)
    school_file(f, "rs.json", "RS-2", landkreis="Kreis A:B", efh_persons=5)
    school_file(f, "gs.json", "GS-3", landkreis="kreis a-b", efh_persons=6)
    out = tmp_path / "mappen"
    code, text, _ = run(capsys, "traeger", "workbook", f, "--year", YEAR, "--out", out)
    assert code == 0 and text.count("Mappe geschrieben") == 3
    names = sorted(p.name for p in out.iterdir())
    assert names == ["Traeger_Kreis A-B_2025-26 (2).xlsx", "Traeger_Kreis A-B_2025-26.xlsx",
                     "Traeger_kreis a-b_2025-26 (3).xlsx"]
    landkreise = {openpyxl.load_workbook(out / n)["Übersicht"]["B2"].value for n in names}
    assert landkreise == {"Kreis A/B", "Kreis A:B", "kreis a-b"}


def test_a_school_code_excel_reserves_gets_another_sheet_name(capsys, tmp_path):
    """Excel refuses to open a workbook with a sheet named „History“ (in any case): it
    reserves the name for change tracking. Such a code gets „History-2“."""
    import json

    f = tmp_path / "lieferungen"
    path = school_file(f, "a.json", "GMS-1")
    doc = json.loads(path.read_text("utf-8"))
    doc["scope"]["code"] = "history"
    path.write_text(json.dumps(kvjs_document.seal(doc)), "utf-8")
    school_file(f, "b.json", "RS-2")
    code, _, _ = run(capsys, "traeger", "workbook", f, "--year", YEAR, "--out", tmp_path / "m")
    assert code == 0
    book = openpyxl.load_workbook(tmp_path / "m" / "Traeger_ohne Landkreis_2025-26.xlsx")
    assert book.sheetnames == ["Übersicht", "HISTORY-2", "RS-2"]  # codes in upper case
