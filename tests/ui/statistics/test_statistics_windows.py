"""Statistik area under Windows file sharing (issue 29.7): last year's xlsx open in Excel;
the status line names the file in German, the other files and the old xlsx are intact."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock

from .test_statistics_area import _area


def test_export_onto_an_xlsx_open_in_excel_says_so(ctx, qtbot, tmp_path, windows_sharing):
    area = _area(ctx, qtbot)
    folder = tmp_path / "kvjs"
    folder.mkdir()
    held = folder / "KVJS_GMS-1_2025-26.xlsx"
    held.write_bytes(b"letztes Jahr")
    windows_sharing.hold(held)
    with clock.frozen(date(2026, 10, 5)):
        area.write_exports(folder)
        qtbot.waitUntil(lambda: "anderen Programm" in area.status.text(), timeout=10000)
    text = area.status.text()
    assert f"Die Datei {held} ist in einem anderen Programm geöffnet (z. B. Excel oder Acrobat)" \
        in text and "Bitte dort schließen und erneut versuchen" in text
    assert "Keine Berechtigung" not in text
    assert held.read_bytes() == b"letztes Jahr"
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]
