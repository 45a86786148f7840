"""Jahresbericht dialog (issue 31 item 11): after "PDF erstellen" and "Texte speichern" the
dialog keeps its size and every button its place (the click meant for "Schließen" once hit
"PDF erstellen …"), and Statistik opens the same dialog as Vernetzung →
Kooperationsvereinbarung. Real key events."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton

from ssa_desktop.ui.reports.annual_report_dialog import AnnualReportDialog


def _places(dialog):
    return {b.text(): b.mapToGlobal(QPoint(0, 0)) for b in
            (dialog.save_button, dialog.pdf_button, dialog.close_button)}


def test_buttons_stay_where_they_are_after_saving(qtbot, ctx, tmp_path, frozen_clock):
    dialog = AnnualReportDialog(ctx, school_id="school-1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    size, places = dialog.size(), _places(dialog)
    # a long folder: the message names the whole path
    folder = tmp_path / ("Auswertungsgespräche_mit_der_Schulleitung_und_dem_Träger_" * 3)
    folder.mkdir()
    dialog.save_path_chooser = lambda suggested: str(folder / suggested)
    dialog.editors["intro"].setFocus()
    QTest.keyClicks(dialog.editors["intro"], "Stelle 50 %.")
    dialog.save_button.setFocus()
    QTest.keyClick(dialog.save_button, Qt.Key_Space)
    assert dialog.status.text() == "Texte gespeichert."
    QApplication.processEvents()
    assert (dialog.size(), _places(dialog)) == (size, places)
    dialog.pdf_button.setFocus()
    QTest.keyClick(dialog.pdf_button, Qt.Key_Space)
    qtbot.waitUntil(lambda: bool(dialog.message), timeout=30000)
    QApplication.processEvents()
    assert dialog.status.text() == ("Jahresbericht gespeichert: "
                                    "Jahresbericht_2025-26_Gemeinschaftsschule_Am_Park.pdf")
    assert dialog.status.toolTip() == str(folder / "Jahresbericht_2025-26_Gemeinschaftsschule_Am_Park.pdf")
    assert dialog.size() == size
    assert _places(dialog) == places
    assert dialog.status.isVisible()


def test_statistik_opens_the_same_dialog(qtbot, ctx, monkeypatch):
    from tests.ui.statistics.test_statistics_area import _area

    opened = []
    monkeypatch.setattr("ssa_desktop.ui.reports.annual_report_dialog.open_annual_report",
                        lambda ctx, parent, school_id, year=None: opened.append((school_id, year)))
    area = _area(ctx, qtbot)
    button = next(b for b in area.findChildren(QPushButton) if b.text() == "&Jahresbericht …")
    assert button.accessibleName() == "Jahresbericht für das Auswertungsgespräch"
    button.setFocus()
    QTest.keyClick(button, Qt.Key_Space)
    # the chosen school (Gemeinschaftsschule Am Park) and school year (2025/26)
    assert opened == [("school-1", 2025)]
