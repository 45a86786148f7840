"""Termine with her keys (session 25, helper w1): she deleted the 10:00 appointment with
Entf in the day's list. The list then had no current row at all – the detail line said
„Kein Termin gewählt“, the next ↓ started again at 07:30 and the buttons for a chosen
appointment were greyed. Now the row where it stood (its time slot, free again) stays
current, in the day and in the week, so she goes on from where she was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments as svc
from ssa_desktop.ui.appointments.area import AppointmentsArea
from ssa_desktop.ui.appointments.models import ID_ROLE
from tests.conftest import TODAY
from tests.support.main_windows import make_active
from tests.support.questions import when_open

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _area(qtbot, ctx, pupil):
    ids = [svc.save_appointment(ctx.conn, Appointment(day=TODAY, start=start, end=end,
                                                      person_id=pupil.id)).id
           for start, end in (("09:00", "09:30"), ("10:00", "10:45"), ("11:30", "12:00"))]
    area = AppointmentsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    make_active(qtbot, area)
    return area, ids


def _delete_with_her_keys(area) -> None:
    view = area.current_view()
    view.setFocus()
    when_open(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    QTest.keyClick(view, Qt.Key.Key_Delete)


def test_after_deleting_in_the_day_the_freed_slot_stays_current(qtbot, ctx, pupil):
    area, ids = _area(qtbot, ctx, pupil)
    area.select(ids[1])
    row = area.day_view.currentIndex().row()
    _delete_with_her_keys(area)
    assert svc.appointment(ctx.conn, ids[1]) is None
    assert area.message.text() == "Termin gelöscht."
    current = area.day_view.currentIndex()
    assert current.row() == row and current.data() == "10:00"     # her place, now free
    QTest.keyClick(area.day_view, Qt.Key.Key_Down)
    assert area.day_view.currentIndex().row() == row + 1          # she goes on from there


def test_after_deleting_in_the_week_the_same_cell_stays_current(qtbot, ctx, pupil):
    area, ids = _area(qtbot, ctx, pupil)
    area.set_mode("week")
    area.select(ids[0])
    cell = area.week_view.currentIndex()
    _delete_with_her_keys(area)
    assert svc.appointment(ctx.conn, ids[0]) is None
    current = area.week_view.currentIndex()
    assert current.isValid() and (current.row(), current.column()) == (cell.row(),
                                                                       cell.column())
    assert current.data(ID_ROLE) != ids[0]
