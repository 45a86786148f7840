"""Issue 16.8: with a suggestion list open, Alt+N closes it and moves to "Notiz": no "N"
in Raum ("Beratungsraum 1.12N") and the note keeps its first letter (real key events on
the list, which has the keyboard while it is open)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import Appointment
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.appointments.dialog import AppointmentDialog


def test_alt_letter_on_an_open_room_list(qtbot, ctx):
    repo.APPOINTMENTS.insert(ctx.conn, Appointment(date(2026, 11, 20), "09:00", "09:30",
                                                   room="Beratungsraum 1.12"))
    dialog = AppointmentDialog(ctx, day=date(2026, 11, 25), start="10:00")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.room.setFocus()
    qtbot.keyClicks(dialog.room, "Beratungsraum 1.12")
    popup = dialog.room.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key_N, Qt.AltModifier)   # "&Notiz (intern)"
    assert not popup.isVisible()
    assert QApplication.focusWidget() is dialog.note
    qtbot.keyClicks(QApplication.focusWidget(), "Mutter anrufen")
    assert dialog.room.text() == "Beratungsraum 1.12"
    assert dialog.note.text() == "Mutter anrufen"
    dialog.room.clear()
    dialog.note.clear()
    dialog._initial = dialog._snapshot()  # nothing to ask about at teardown
