"""What a cell of the week view tells: the appointments starting in its half hour (marks,
room, tooltip, strike-through when all are cancelled, status colour), the slot it stands
for, the busy shading of the half hours an appointment covers, and what a screen reader says."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from ssa_desktop.services.appointments import AppointmentView
from ssa_desktop.ui import colours
from ssa_desktop.ui.appointments.models import ID_ROLE, SLOT_ROLE, WeekModel, status_brush

MONDAY = date(2026, 11, 23)


def _view(id_, day, start, end, status="planned", room=""):
    return AppointmentView(id=id_, day=day, start=start, end=end, person_id="p", pseudonym="K-17",
                           first_name="Kim", last_name="Sommer", class_label="7b", school_id=None, room=room, note="",
                           status=status, contact_id=None)


def _model(*views):
    model = WeekModel()
    model.set_week(MONDAY, list(views), show_names=False, today=MONDAY)
    return model


def _at(model, slot, column):
    return model.index(model.slots.index(slot), column)


def test_a_starting_cell_a_covered_cell_and_a_free_cell():
    attended = _view("a", MONDAY, "09:40", "10:10", "attended", room="012")
    model = _model(attended)
    start, covered, free = _at(model, "09:30", 0), _at(model, "10:00", 0), _at(model, "10:30", 0)
    assert start.data() == "✓ 09:40–10:10 K-17 (7b) · 012"
    assert start.data(Qt.ToolTipRole) == "09:40–10:10 K-17 (7b): wahrgenommen"
    assert start.data(ID_ROLE) == "a" and covered.data(ID_ROLE) == "a" and free.data(ID_ROLE) is None
    assert start.data(SLOT_ROLE) == (MONDAY, "09:30")
    assert start.data(Qt.AccessibleTextRole) == "Mo 23.11. 09:30: 09:40 bis 10:10 K-17 (7b) wahrgenommen"
    assert covered.data(Qt.AccessibleTextRole) == "Mo 23.11. 10:00: 09:40 bis 10:10 K-17 (7b) wahrgenommen"
    assert free.data(Qt.AccessibleTextRole) == "Mo 23.11. 10:30: frei"
    busy = QColor(colours.current().busy_fill)
    assert start.data(Qt.BackgroundRole).color() == busy and covered.data(Qt.BackgroundRole).color() == busy
    assert free.data(Qt.BackgroundRole) is None
    assert start.data(Qt.ForegroundRole).color() == status_brush(attended).color()
    assert start.data(Qt.FontRole) is None
    assert covered.data() is None and covered.data(Qt.ToolTipRole) is None
    assert covered.data(Qt.ForegroundRole) is None and covered.data(Qt.FontRole) is None
    assert model.data(QModelIndex()) is None and start.data(Qt.WhatsThisRole) is None


def test_cancelled_appointments_are_struck_through_and_two_in_a_slot_keep_the_default_colour():
    model = _model(_view("c", MONDAY, "08:00", "08:30", "cancelled"),
                   _view("d", MONDAY, "08:15", "08:45", "cancelled"),
                   _view("p", MONDAY, "11:00", "11:30"),
                   _view("q", MONDAY, "11:10", "11:20", "missed"))
    both_cancelled, mixed = _at(model, "08:00", 0), _at(model, "11:00", 0)
    assert both_cancelled.data(Qt.FontRole).strikeOut()
    assert mixed.data(Qt.FontRole) is None
    assert mixed.data() == "11:00–11:30 K-17 (7b)\n✗ 11:10–11:20 K-17 (7b)"
    assert mixed.data(Qt.ForegroundRole) is None
    assert mixed.data(ID_ROLE) == "p"


def test_a_saturday_appointment_adds_the_weekend():
    model = _model(_view("s", date(2026, 11, 28), "10:00", "11:00"))
    assert model.columnCount() == 7
    assert _at(model, "10:00", 5).data(Qt.AccessibleTextRole).startswith("Sa 28.11. 10:00: 10:00 bis 11:00")
