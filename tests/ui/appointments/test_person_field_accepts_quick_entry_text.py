"""Issue 31 item 7: every person field accepts what quick entry accepts — „Neuer Termin“
took `k17` as „gibt es bei Person … nicht“ and cleared the field. One resolver
(domain/person_match.py) for quick entry, the appointment dialog and the Auskunft picker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import Person
from ssa_desktop.services import appointments as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.appointments.dialog import AppointmentDialog
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _dialog(qtbot, ctx):
    dialog = AppointmentDialog(ctx, day=TODAY, start="12:00")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


@pytest.mark.parametrize("typed", ["k17", "K17", "k-17", "K 17", "K-17"])
def test_neuer_termin_accepts_the_pseudonym_as_quick_entry_does(qtbot, ctx, pupil, typed):
    repo.PERSONS.insert(ctx.conn, Person("K-170", grade=5, class_label="5a",
                                         school_id="school-1"))
    dialog = _dialog(qtbot, ctx)
    dialog.person.setFocus()
    qtbot.keyClicks(dialog.person, typed)
    qtbot.keyClick(QApplication.activePopupWidget() or dialog.person, Qt.Key_Tab)
    assert not dialog.person.is_refused(), dialog.person.toolTip()
    assert dialog.person.currentText().startswith("K-17 ")
    dialog.accept()
    [saved] = svc.appointments_on(ctx.conn, TODAY)
    assert saved.person_id == pupil.id


def test_the_one_resolver():
    from ssa_desktop.domain.person_match import match_person

    entries = [("K-17", "K-17 · 7b · GMS"), ("K-170", "K-170 · 5a · GMS"),
               ("L-2", "L-2 · 7b · GMS")]
    assert match_person("k17", entries) == [0]
    assert match_person("K-170", entries) == [1]
    assert match_person("l2", entries) == [2]
    assert match_person("7b", entries) == [0, 2]        # several: the caller refuses
    assert match_person("Z-9", entries) == []
    assert match_person("", entries) == []
