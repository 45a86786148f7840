"""Issue 60, finding 2, in the Träger kit: a school handed over in the middle of the year
delivers two partial-year files (predecessor and successor). The delivery table counts
them as one delivery, the workbook adds them up to the year; a part no file covers is
named, overlapping periods are never added (docs/traeger.md, "Teiljahre")."""

from __future__ import annotations

import csv

import openpyxl

from .files import run, school_file

YEAR = "2025/26"
BEFORE = ("2025-08-01", "2026-01-31")   # 184 days
AFTER = ("2026-02-01", "2026-07-31")    # 181 days of the year's 365


def _halves(folder, *, after=True, after_period=AFTER):
    school_file(folder, "gms-vorher.json", "GMS-1", period=BEFORE, efh_contacts=40,
                post_percent=100.0, fte=1.0, posts_per_1000_pupils=2.5)
    if after:
        school_file(folder, "gms-nachher.json", "GMS-1", period=after_period, efh_contacts=60)
    school_file(folder, "rs.json", "RS-2", efh_contacts=2)


def _summary(out):
    book = openpyxl.load_workbook(out / "Traeger_ohne Landkreis_2025-26.xlsx")
    rows = [row for row in book["Übersicht"].iter_rows(values_only=True) if row and row[0]]
    return {r[0]: list(r[1:]) for r in rows}, [r[1] for r in rows if r[0] == "Hinweis"]


def test_two_halves_are_one_delivery_and_add_up_in_the_workbook(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    _halves(folder)
    code, out, _ = run(capsys, "traeger", "deliveries", folder, "--year", YEAR)
    assert code == 0 and "doppelt" not in out and "Teiljahr fehlt" not in out
    assert ("Schule GMS-1: Teiljahre zusammengezählt: „gms-vorher.json“ (01.08.2025–31.01.2026), "
            "„gms-nachher.json“ (01.02.2026–31.07.2026)") in out
    books = tmp_path / "mappen"
    assert run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", books)[0] == 0
    summary, _ = _summary(books)
    assert summary["Beratungskontakte"][:3] == [102, 100, 2]      # 40 + 60, and RS-2
    assert summary["Schüler:innen der Schule(n)"][:3] == [800, 400, 400]  # its pupils once
    # the post share by days: (1.0 × 184 + 0.5 × 181) / 365 = 0.7521 FTE
    assert summary["Vollzeitäquivalente"][1] == 0.7521
    assert summary["Stellenumfang in Prozent"][1] == 75.21


def test_a_missing_half_is_named_and_overlapping_halves_are_not_added(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    _halves(folder, after=False)
    code, out, _ = run(capsys, "traeger", "deliveries", folder, "--year", YEAR)
    assert code == 0 and "Teiljahr fehlt" in out
    assert "Schule GMS-1: für 01.02.2026–31.07.2026 fehlt eine Datei (Teiljahr)" in out
    other = tmp_path / "andere"
    _halves(other, after_period=("2026-01-31", "2026-07-31"))   # one day in both
    code, out, _ = run(capsys, "traeger", "deliveries", other, "--year", YEAR)
    assert code == 0 and "doppelt" in out
    assert ("die Zeiträume von „gms-vorher.json“ (01.08.2025–31.01.2026) und "
            "„gms-nachher.json“ (31.01.2026–31.07.2026) überschneiden sich") in out
    books = tmp_path / "mappen"
    assert run(capsys, "traeger", "workbook", other, "--year", YEAR, "--out", books)[0] == 0
    summary, notes = _summary(books)
    assert summary["Beratungskontakte"][:2] == [2, 2]   # GMS-1 left out, by name
    assert any("überschneiden sich" in n for n in notes)


def test_the_long_table_carries_each_halfs_period(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    _halves(folder)
    out = tmp_path / "lang.csv"
    assert run(capsys, "traeger", "tidy", folder, "--year", YEAR, "--out", out)[0] == 0
    with out.open(encoding="utf-8", newline="") as f:
        periods = {(r["file"], r["period_from"], r["period_to"]) for r in csv.DictReader(f)}
    assert periods == {("gms-vorher.json", *BEFORE), ("gms-nachher.json", *AFTER),
                       ("rs.json", "2025-08-01", "2026-07-31")}
