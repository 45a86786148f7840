"""Issue 16 items 4 and 6: "Als wahrgenommen markieren" starts from the appointment and its
person only (never from an unrelated earlier contact), and only once the appointment has
begun. Real key events in the real dialog; the statistics record is read back."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Appointment, Contact, Person
from ssa_desktop.services import activities
from ssa_desktop.services import appointments as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.appointments.area import AppointmentsArea

DAY = date(2026, 11, 23)


def _area(qtbot, ctx):
    area = AppointmentsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    area.go_to(DAY)
    return area


def _appointment(conn, person, start="11:30", end="12:15"):
    return svc.save_appointment(conn, Appointment(day=DAY, start=start, end=end,
                                                  person_id=person.id, room="012"))


def _teacher_contact_before(conn, pupil):
    """The unrelated previous contact whose fields must not carry over."""
    activities.record_contact(conn, Contact(
        day=date(2026, 11, 20), kind="BL", duration_min=20, person_id=pupil.id,
        participants=("teacher",), access_route="teacher", referral="youth_office"))


def _run_with_keys(qtbot, seen):
    """Stand-in for exec(): look at the dialog, then save it with a real Enter key."""
    def run(dialog):
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        dialog.picker.setFocus()
        assert QApplication.focusWidget() is dialog.picker
        seen.update(kind=dialog.kind_combo.code(), participants=dialog.participants.codes(),
                    access=dialog.access_combo.code(), access_text=dialog.access_combo.currentText(),
                    referral=dialog.referral_combo.code(), minutes=dialog.duration.minutes(),
                    time=dialog.time_edit.time().toString("HH:mm"))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)  # leave the person field
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        return dialog.result()
    return run


def _record_of(conn, contact_id):
    [stat] = repo.STATISTICS.select(conn, "source_id = ?", (contact_id,))
    return stat


def test_pupil_appointment_after_a_teacher_contact_counts_a_pupil_contact(qtbot, ctx, pupil):
    clock.set_clock(clock.fixed(datetime(2026, 11, 23, 12, 30)))
    _teacher_contact_before(ctx.conn, pupil)
    appt = _appointment(ctx.conn, pupil)
    area = _area(qtbot, ctx)
    area.select(appt.id)
    seen: dict = {}
    area._exec = _run_with_keys(qtbot, seen)
    qtbot.mouseClick(area.attended_button, Qt.LeftButton)
    # what the dialog shows: the appointment's values, nothing from the teacher contact
    assert seen["kind"] == "EB" and seen["participants"] == ("pupil",)
    assert (seen["access"], seen["access_text"], seen["referral"]) == ("", "—", "")
    assert (seen["time"], seen["minutes"]) == ("11:30", 45)
    assert seen["error"] == ""
    view = svc.appointment(ctx.conn, appt.id)
    assert view.status == "attended"
    stat = _record_of(ctx.conn, view.contact_id)
    assert (stat.contact_kind, stat.participants, stat.access_route, stat.referral) == (
        "EB", ("pupil",), "", "")
    assert (stat.duration_min, stat.gender, stat.grade, stat.person_kind) == (45, "w", 7, "pupil")


def test_appointment_with_a_parent_starts_as_a_parents_talk(qtbot, ctx, pupil):
    clock.set_clock(clock.fixed(datetime(2026, 11, 23, 12, 30)))
    parent = repo.PERSONS.insert(ctx.conn, Person("E-3", kind="guardian", school_id="school-1"))
    _teacher_contact_before(ctx.conn, pupil)
    appt = _appointment(ctx.conn, parent)
    area = _area(qtbot, ctx)
    area.select(appt.id)
    seen: dict = {}
    area._exec = _run_with_keys(qtbot, seen)
    qtbot.mouseClick(area.attended_button, Qt.LeftButton)
    assert (seen["kind"], seen["participants"], seen["access"]) == ("EG", ("parent",), "")
    stat = _record_of(ctx.conn, svc.appointment(ctx.conn, appt.id).contact_id)
    assert (stat.contact_kind, stat.participants, stat.access_route) == ("EG", ("parent",), "")


def test_plain_quick_entry_never_carries_the_access_route(qtbot, ctx, pupil):
    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog

    _teacher_contact_before(ctx.conn, pupil)
    dialog = QuickEntryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.picker.set_person(pupil.id)  # her last contact: Art, Dauer, Beteiligte
    assert dialog.kind_combo.code() == "BL"
    assert dialog.participants.codes() == ("teacher",)
    assert dialog.access_combo.code() == ""  # Zugang: only when she chooses it


def test_nothing_ticked_is_refused_not_counted_as_a_pupil(qtbot, ctx, pupil):
    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog

    dialog = QuickEntryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.picker.set_person(pupil.id)
    dialog.participants.set_codes(())
    dialog.save()
    assert "beteiligt" in dialog.error.text()
    assert repo.CONTACTS.count(ctx.conn) == 0


def test_attended_before_the_start_is_refused_at_the_boundary(qtbot, ctx, pupil):
    appt = _appointment(ctx.conn, pupil, start="11:30", end="12:00")
    area = _area(qtbot, ctx)
    opened = []
    area._exec = lambda dialog: opened.append(dialog) or 0
    clock.set_clock(clock.fixed(datetime(2026, 11, 23, 7, 0)))
    area.select(appt.id)
    qtbot.mouseClick(area.attended_button, Qt.LeftButton)
    assert opened == [] and "beginnt erst am 23.11.2026 um 11:30 Uhr" in area.message.text()
    clock.set_clock(clock.fixed(datetime(2026, 11, 23, 11, 29, 59)))  # one second before
    qtbot.mouseClick(area.attended_button, Qt.LeftButton)
    assert opened == []
    clock.set_clock(clock.fixed(datetime(2026, 11, 23, 11, 30)))  # the start itself
    qtbot.mouseClick(area.attended_button, Qt.LeftButton)
    assert len(opened) == 1
    assert svc.appointment(ctx.conn, appt.id).status == "planned"


def test_service_refuses_documenting_before_the_start(conn, pupil):
    import pytest

    appt = _appointment(conn, pupil, start="11:30", end="12:00")
    contact = Contact(day=DAY, kind="EB", duration_min=30, person_id=pupil.id, time="11:30")
    with clock.frozen(datetime(2026, 11, 23, 11, 29)), pytest.raises(ValueError, match="ab seinem Beginn"):
        svc.document_appointment(conn, appt.id, contact)
    assert repo.CONTACTS.count(conn) == 0
    with clock.frozen(datetime(2026, 11, 23, 11, 30)):
        svc.document_appointment(conn, appt.id, contact)
    assert svc.appointment(conn, appt.id).status == "attended"
