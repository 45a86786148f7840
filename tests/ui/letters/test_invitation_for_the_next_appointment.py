"""Session 26, tester W: Strg+B on a pupil with a year of appointments proposed the
„Einladung zum Gespräch“ for her OLDEST appointment (the list runs by day, the first was
taken): the letter invited the parents to a day long past. It proposes her next
appointment from today on (the newest when none is coming); her choice in „Bezug“ stays."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments


def _past(conn, person_id, day):
    return appointments.save_appointment(conn, Appointment(
        day, "09:00", "09:30", person_id=person_id, school_id="school-1", room="012")).id


def test_the_invitation_proposes_her_next_appointment(open_letter, conn, records, qtbot):
    _past(conn, records["person"], date(2026, 10, 1))
    dialog = open_letter()
    assert dialog.kind_box.currentData() == "invitation"
    assert dialog.source_box.currentData() == records["appointment"]   # 02.12.2026
    assert "02.12.2026" in dialog.source_box.currentText()
    # Terminbestätigung by her keys: the same next appointment
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.kind_box.setFocus()
    while dialog.kind_box.currentData() != "appointment" and \
            dialog.kind_box.currentIndex() < dialog.kind_box.count() - 1:
        QTest.keyClick(dialog.kind_box, Qt.Key.Key_Down)   # … „Terminbestätigung“
    assert dialog.kind_box.currentData() == "appointment"
    assert dialog.source_box.currentData() == records["appointment"]


def test_without_a_coming_appointment_the_newest_is_proposed(open_letter, conn, records):
    appointments.delete_appointment(conn, records["appointment"])
    _past(conn, records["person"], date(2026, 9, 1))
    newest = _past(conn, records["person"], date(2026, 11, 3))
    dialog = open_letter()
    assert dialog.source_box.currentData() == newest


def test_a_cancelled_appointment_is_not_proposed(open_letter, conn, records):
    """Reviewer R: a coming appointment she had cancelled („abgesagt“) was proposed — the
    parents were to be invited to a talk that will not take place; her next one that was
    not cancelled is."""
    cancelled = appointments.save_appointment(conn, Appointment(
        date(2026, 12, 1), "09:00", "09:30", person_id=records["person"],
        school_id="school-1", room="012")).id
    appointments.set_status(conn, cancelled, "cancelled")
    dialog = open_letter()
    assert dialog.kind_box.currentData() == "invitation"
    assert dialog.source_box.currentData() == records["appointment"]   # 02.12.2026
