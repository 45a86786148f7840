"""Neuer Termin from the Termine area with her keys (session 26, helper P3): Enter on a
free slot, a room typed, Esc – „Weiter bearbeiten“ (Enter) leaves her in the field she
was typing in; Esc again and „Verwerfen“ (Alt+V) closes the dialog, and the keyboard is
back on the slot she opened it from."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from ssa_desktop.services import appointments as svc
from ssa_desktop.ui.appointments.area import AppointmentsArea
from ssa_desktop.ui.appointments.dialog import AppointmentDialog
from tests.conftest import TODAY
from tests.support.questions import press_once_active
from tests.support.shown import show_active
from tests.ui.journey.harness import in_modal_dialog

pytestmark = pytest.mark.usefixtures("frozen_clock")
ALT = Qt.KeyboardModifier.AltModifier


def test_after_weiter_bearbeiten_and_verwerfen_the_focus_is_where_she_was(qtbot, ctx):
    area = show_active(qtbot, AppointmentsArea(ctx), size=(1280, 720))
    view = area.current_view()
    view.setFocus()
    slot = view.currentIndex()
    assert slot.isValid()
    failures: list = []
    seen: dict = {}

    def steps(dialog):
        assert isinstance(dialog, AppointmentDialog)
        dialog.room.setFocus()
        QTest.keyClicks(dialog.room, "Raum 12")
        asked: list[str] = []
        press_once_active(QMessageBox, Qt.Key.Key_Return, asked, lambda box: box.text())
        QTest.keyClick(dialog.room, Qt.Key.Key_Escape)        # „Weiter bearbeiten“
        seen.update(asked=list(asked), stayed=dialog.isVisible(),
                    focus_in_room=dialog.focusWidget() is dialog.room)
        press_once_active(QMessageBox, Qt.Key.Key_V, asked, lambda box: box.text(), ALT)
        QTest.keyClick(dialog.room, Qt.Key.Key_Escape)        # „Verwerfen“

    in_modal_dialog(steps, failures)
    QTest.keyClick(view, Qt.Key.Key_Return)                   # Neuer Termin on the slot
    assert failures == []
    assert seen == {"asked": ["Der Termin ist noch nicht gespeichert."], "stayed": True,
                    "focus_in_room": True}
    assert svc.appointments_on(ctx.conn, TODAY) == []
    assert area.focusWidget() is view and view.currentIndex() == slot
