"""The deputy's Termine tab shows the column Notiz only when an appointment carries one
(docs/handover.md): the package's appointments have none (no note ticked), so the column
is hidden; an appointment she enters with a note brings it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from tests.ui.handover.deputy_fixture import WORKDAY, gone, shown_entry_dialog

NOTE = 5   # Datum, Zeit, Person, Raum, Stand, Notiz


def _alt(letter) -> None:
    widget = QApplication.focusWidget() or QApplication.activeWindow()
    QTest.keyClick(widget, letter, Qt.AltModifier)


def test_the_note_column_shows_only_when_an_appointment_carries_a_note(deputy_window, qtbot):
    window = deputy_window
    assert window.appts.model().headerData(NOTE, Qt.Horizontal) == "Notiz"
    assert window.appts.isColumnHidden(NOTE)
    with clock.frozen(WORKDAY):
        window.persons.setFocus()
        _alt(Qt.Key_M)  # "Ter&min eintragen …"
        dialog = shown_entry_dialog(window, qtbot)
        _alt(Qt.Key_D)
        QTest.keyClicks(QApplication.focusWidget(), "10.12.2026")
        _alt(Qt.Key_N)
        QTest.keyClicks(QApplication.focusWidget(), "Mutter kommt mit")
        _alt(Qt.Key_S)
        qtbot.waitUntil(lambda: gone(dialog))
    assert not window.appts.isColumnHidden(NOTE)
