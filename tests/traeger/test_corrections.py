"""A corrected re-export of the same day wins: each export carries its creation time to
the second (older files the date only), the newer file of a school is used and the older
named; two files of one school that are equally new with different figures are a tie,
reported and not decided by the file name (docs/traeger.md)."""

from __future__ import annotations

from datetime import datetime

import openpyxl

from ssa_desktop.domain import clock
from ssa_desktop.exports import kvjs_document, kvjs_merge

from .files import DATA, run, school_file

YEAR = "2025/26"


def _summary(out):
    book = openpyxl.load_workbook(out / "Traeger_ohne Landkreis_2025-26.xlsx")
    rows = [row for row in book["Übersicht"].iter_rows(values_only=True) if row and row[0]]
    return book.sheetnames, {r[0]: list(r[1:]) for r in rows}, [r[1] for r in rows
                                                                  if r[0] == "Hinweis"]


def test_an_export_carries_its_creation_time(tmp_path):
    with clock.frozen(datetime(2026, 11, 2, 10, 15, 30)):
        doc = kvjs_merge.merge([DATA / "format-3" / "KVJS_GMS-1_2025-26.json",
                                DATA / "format-3" / "KVJS_RS-2_2025-26.json"])
    assert doc["created"] == "2026-11-02T10:15:30"
    assert ("Stand", "02.11.2026, 10:15 Uhr") in kvjs_document.header_lines(doc)
    old = kvjs_merge.read_export(DATA / "format-3" / "KVJS_GMS-1_2025-26.json")
    assert ("Stand", "01.10.2026") in kvjs_document.header_lines(old)  # date only: read on


def test_the_correction_of_the_same_day_wins(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    school_file(folder, "gms.json", "GMS-1", efh_contacts=100, created="2026-11-02T09:00:00")
    school_file(folder, "gms (korrigiert).json", "GMS-1", efh_contacts=120,
                created="2026-11-02T11:30:00")
    school_file(folder, "rs.json", "RS-2", efh_contacts=2)
    out = tmp_path / "mappen"
    assert run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", out)[0] == 0
    sheets, summary, notes = _summary(out)
    assert summary["Beratungskontakte"][:3] == [122, 120, 2]
    assert any("„gms (korrigiert).json“" in n and "ersetzt" in n and "„gms.json“" in n
               for n in notes)


def test_a_tie_is_reported_not_decided_by_the_file_name(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    school_file(folder, "gms.json", "GMS-1", efh_contacts=100, created="2026-11-02")
    school_file(folder, "gms (1).json", "GMS-1", efh_contacts=120,
                created="2026-11-02T11:30:00")  # a date without time: the same day is a tie
    school_file(folder, "rs.json", "RS-2", efh_contacts=2)
    out = tmp_path / "mappen"
    assert run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", out)[0] == 0
    sheets, summary, notes = _summary(out)
    assert sheets == ["Übersicht", "RS-2"]
    assert summary["Beratungskontakte"][:2] == [2, 2]  # GMS-1 left out, by name
    assert any("„gms (1).json“" in n and "„gms.json“" in n and "gleich neu" in n
               and "GMS-1" in n for n in notes)


def test_a_copy_with_the_same_figures_counts_once(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    school_file(folder, "gms.json", "GMS-1", efh_contacts=100, created="2026-11-02")
    school_file(folder, "gms (1).json", "GMS-1", efh_contacts=100, created="2026-11-02")
    out = tmp_path / "mappen"
    assert run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", out)[0] == 0
    sheets, summary, notes = _summary(out)
    assert summary["Beratungskontakte"][:2] == [100, 100]
    assert any("dieselben Zahlen" in n for n in notes)


def test_the_delivery_table_takes_the_correction_and_names_the_original(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    school_file(folder, "gms.json", "GMS-1", efh_contacts=100, created="2026-11-02T09:00:00")
    school_file(folder, "gms (korrigiert).json", "GMS-1", efh_contacts=120,
                created="2026-11-02T11:30:00")
    code, out, _ = run(capsys, "traeger", "deliveries", folder, "--year", YEAR)
    assert code == 0
    assert "doppelt" not in out and "geliefert" in out
    assert "„gms (korrigiert).json“ (Stand 2026-11-02T11:30:00) ersetzt die ältere " \
           "„gms.json“" in out


def test_the_year_as_the_file_names_write_it(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    school_file(folder, "KVJS_GMS-1_2025-26.json", "GMS-1")
    code, out, err = run(capsys, "traeger", "deliveries", folder, "--year", "2025-26")
    assert code == 0 and "Lieferungen im Schuljahr 2025/26" in out and not err


def test_a_file_whose_name_says_another_year_is_refused_by_name(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    school_file(folder, "KVJS_GMS-1_2025-26.json", "GMS-1", "2024/25")
    school_file(folder, "KVJS_RS-2_2025-26.json", "RS-2")
    code, out, err = run(capsys, "traeger", "deliveries", folder, "--year", YEAR)
    assert code == 0
    assert "„KVJS_GMS-1_2025-26.json“ nennt im Namen das Schuljahr 2025/26, enthält aber " \
           "2024/25" in out + err
