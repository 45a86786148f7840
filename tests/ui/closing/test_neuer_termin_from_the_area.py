"""Finding 4 of the year without a stumble: „Neuer Termin“ closed on Esc and discarded what
she had typed. The dialog walk of test_nothing_lost_to_one_key builds the dialog with a
person and types into its first empty plain field; here it opens as she opens it – the
Termine area's button, a modal dialog – and she types only the person, the field the walk
passes over (a combo's editor). Esc asks; Esc on the question keeps dialog and text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.ui.appointments.area import AppointmentsArea
from ssa_desktop.ui.appointments.dialog import AppointmentDialog
from tests.support import questions
from tests.ui.journey.harness import in_modal_dialog

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_esc_in_neuer_termin_asks_and_keeps_the_person_typed(ctx, pupil, qtbot):
    area = AppointmentsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1280, 720)
    area.show()
    qtbot.waitExposed(area)
    failures: list = []
    seen: dict = {}

    def steps(dialog):
        assert isinstance(dialog, AppointmentDialog)
        field = dialog.person.lineEdit()
        field.setFocus()
        QTest.keyClicks(field, "K-17")
        asked: list[str] = []
        questions.answer(asked, questions.esc)
        QTest.keyClick(field, Qt.Key_Escape)
        QApplication.processEvents()
        seen.update(asked=asked, visible=dialog.isVisible(), text=dialog.person.currentText())
        closing: list[str] = []
        questions.answer(closing, questions.clicking("Verwerfen"))
        dialog.reject()                      # she discards on purpose: it closes

    in_modal_dialog(steps, failures)
    QTest.mouseClick(area.new_button, Qt.LeftButton)
    assert failures == []
    assert seen["asked"] and "nicht gespeichert" in seen["asked"][0], seen
    assert seen["visible"] and seen["text"].startswith("K-17"), seen
