"""Zielwerte by keyboard: Tab goes from the agreement through every value of the table,
row by row, and only then to „Werte der Mustervereinbarung“ and „Zielwerte speichern“
(the buttons came before the values: she tabbed past „speichern“ to reach them); both
buttons have an Alt letter, and Alt+P saves what she typed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import entities as e
from ssa_desktop.services import agreements, timeshare
from ssa_desktop.ui.time.area import TimeArea
from tests.support.main_windows import active_main_window

COLUMNS = ("Soll", "Untergrenze", "Obergrenze", "Spielraum", "auswerten")


def targets_shown(ctx, qtbot, tmp_path):
    """A cooperation agreement of school-1 since 1.8.2025; her main window on Arbeitszeit,
    its report loaded, and Alt+E on its tabs: „Zielwerte“. Returns the agreement, the
    window and the area."""
    agreement = agreements.save_agreement(ctx.conn, e.CooperationAgreement("school-1",
                                                                           date(2025, 8, 1)))
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    window.show_area("time")
    area = window.findChild(TimeArea)
    qtbot.waitUntil(lambda: area.report is not None, timeout=10_000)
    QTest.keyClick(area.tabs, Qt.Key_E, Qt.AltModifier)            # „Zi&elwerte“
    return agreement, window, area


def test_tab_reaches_the_values_before_the_buttons(ctx, qtbot, tmp_path, post, frozen):
    agreement, _window, area = targets_shown(ctx, qtbot, tmp_path)
    view = area.targets
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_V, Qt.AltModifier)   # „&Vereinbarung“
    assert QApplication.focusWidget() is view.agreement
    heard = []
    for _ in range(1 + 6 * len(COLUMNS) + 2):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        heard.append(QApplication.focusWidget().accessibleName()
                     or QApplication.focusWidget().text())
    labels = [t.label for t in timeshare.model_targets()]
    assert heard == (["Zielwerte der Vereinbarung"]
                     + [f"{label}: {column}" for label in labels for column in COLUMNS]
                     + ["Werte der &Mustervereinbarung", "Zielwerte s&peichern"])
    low = view.table.cellWidget(0, 2)
    low.setFocus()
    QTest.keyClick(low, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(low, "58")
    QTest.keyClick(low, Qt.Key_P, Qt.AltModifier)                   # „Zielwerte s&peichern“
    qtbot.waitUntil(lambda: view.message.text() == "Zielwerte gespeichert.")  # animated click
    assert timeshare.agreement_targets(ctx.conn, agreement.id)[0].low == 58
