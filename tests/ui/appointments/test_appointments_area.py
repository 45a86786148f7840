"""Termine area on a real vault: views, dialog, "wahrgenommen" with the real quick entry."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.appointments.area import AppointmentsArea
from ssa_desktop.ui.appointments.dialog import AppointmentDialog
from ssa_desktop.ui.appointments.models import ID_ROLE
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("frozen_clock")



def _area(qtbot, ctx):
    area = AppointmentsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    return area


def _today_appt(conn, pupil, start="09:40", end="10:10", **kw):
    return svc.save_appointment(conn, Appointment(day=TODAY, start=start, end=end,
                                                  person_id=pupil.id, room="012", **kw))


def _texts(model):
    return [model.index(r, c).data() for r in range(model.rowCount())
            for c in range(model.columnCount())]


def test_day_and_week_view_show_todays_appointments(qtbot, ctx, pupil):
    appt = _today_appt(ctx.conn, pupil)
    area = _area(qtbot, ctx)
    assert "09:40–10:10" in _texts(area.day_model)
    assert "K-17 (7b)" in _texts(area.day_model)
    assert "Kim" not in " ".join(t or "" for t in _texts(area.day_model))  # pseudonym only
    qtbot.mouseClick(area.week_button, Qt.LeftButton)
    assert area.stack.currentWidget() is area.week_view
    week_text = " ".join(t or "" for t in _texts(area.week_model))
    assert "09:40–10:10 K-17 (7b) · 012" in week_text
    assert area.title.text().endswith((date.fromordinal(svc.week_start(TODAY).toordinal() + area.week_model.days - 1)).strftime("%d.%m.%Y"))
    assert area.week_model.index_of(appt.id).column() == TODAY.weekday()
    assert area.week_model.columnCount() == (5 if TODAY.weekday() < 5 else 7)
    ctx.show_names = True
    area.refresh()
    assert "Kim Sommer (7b)" in " ".join(t or "" for t in _texts(area.week_model))


def test_navigation_by_keyboard(qtbot, ctx):
    area = _area(qtbot, ctx)
    area.go_to(date(2026, 11, 20))  # a Friday
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    area.day_view.setFocus()
    qtbot.keyClick(area.day_view, Qt.Key_Right, Qt.AltModifier)
    assert area.day == date(2026, 11, 23)  # the weekend is skipped
    qtbot.keyClick(area.day_view, Qt.Key_Left, Qt.AltModifier)
    assert area.day == date(2026, 11, 20)
    area.set_mode("week")
    qtbot.keyClick(area.week_view, Qt.Key_PageDown)
    assert area.day == date(2026, 11, 27)
    assert "KW 48" in area.title.text()
    qtbot.mouseClick(area.today_button, Qt.LeftButton)
    assert area.day == TODAY


def test_new_appointment_from_free_slot(qtbot, ctx, pupil):
    area = _area(qtbot, ctx)
    row = next(r for r in range(area.day_model.rowCount())
               if area.day_model.index(r, 0).data() == "11:00")
    area.day_view.setCurrentIndex(area.day_model.index(row, 0))

    def fill(dialog):
        assert isinstance(dialog, AppointmentDialog)
        assert dialog.start.time().toString("HH:mm") == "11:00"
        assert dialog.end.time().toString("HH:mm") == "11:30"
        dialog.person.setEditText("K-17")
        dialog.room.setText("Raum 3")
        dialog.note.setText("intern")
        dialog.accept()
        return dialog.result()

    area._exec = fill
    area.new_appointment()
    [view] = svc.appointments_on(ctx.conn, TODAY)
    assert (view.person_id, view.start, view.end, view.room) == (pupil.id, "11:00", "11:30",
                                                                  "Raum 3")
    assert area.selected_id() == view.id


def test_dialog_keeps_text_on_error(qtbot, ctx, pupil):
    dialog = AppointmentDialog(ctx, day=TODAY, start="10:00")
    qtbot.addWidget(dialog)
    dialog.person.setEditText("gibt es nicht")
    dialog.note.setText("wichtiger Text")
    dialog.accept()
    assert dialog.error.isVisibleTo(dialog) and "gibt es bei Person" in dialog.error.text()
    assert dialog.note.text() == "wichtiger Text"
    assert svc.appointments_on(ctx.conn, TODAY) == []
    dialog.end.setTime(dialog.start.time().addSecs(-600))
    dialog.person.setCurrentIndex(1)
    dialog.accept()
    assert "Ende" in dialog.error.text()


def test_attended_opens_prefilled_quick_entry_and_links_contact(qtbot, ctx, pupil):
    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog

    clock.set_clock(clock.fixed(TODAY))  # 12:00: the appointment has begun
    appt = _today_appt(ctx.conn, pupil, start="09:40", end="10:25")
    area = _area(qtbot, ctx)
    area.select(appt.id)
    seen = {}

    def run(dialog):
        assert isinstance(dialog, QuickEntryDialog)
        seen["prefill"] = dict(dialog.prefill)
        seen["time"] = dialog.time_edit.time().toString("HH:mm")
        seen["minutes"] = dialog.duration.minutes()
        dialog.save()
        return dialog.result()

    area._exec = run
    qtbot.mouseClick(area.attended_button, Qt.LeftButton)
    assert seen["prefill"] == {"person_id": pupil.id, "day": TODAY, "time": "09:40",
                               "duration_min": 45, "kind": "EB", "participants": ("pupil",),
                               "appointment_id": appt.id}
    assert (seen["time"], seen["minutes"]) == ("09:40", 45)
    [contact] = repo.contacts_for_person(ctx.conn, pupil.id)
    assert (contact.day, contact.time, contact.duration_min, contact.kind) == (
        TODAY, "09:40", 45, "EB")
    view = svc.appointment(ctx.conn, appt.id)
    assert (view.status, view.contact_id) == ("attended", contact.id)
    assert not area.attended_button.isEnabled()
    assert "✓ wahrgenommen" in _texts(area.day_model)


def test_cancelled_quick_entry_leaves_appointment_planned(qtbot, ctx, pupil):
    appt = _today_appt(ctx.conn, pupil)
    area = _area(qtbot, ctx)
    area.select(appt.id)
    area._exec = lambda dialog: QDialog.Rejected
    area.mark_attended()
    assert svc.appointment(ctx.conn, appt.id).status == "planned"


def test_missed_and_cancelled_buttons(qtbot, ctx, pupil):
    appt = _today_appt(ctx.conn, pupil)
    area = _area(qtbot, ctx)
    area.select(appt.id)
    qtbot.mouseClick(area.missed_button, Qt.LeftButton)
    assert svc.appointment(ctx.conn, appt.id).status == "missed"
    qtbot.mouseClick(area.cancelled_button, Qt.LeftButton)
    assert svc.appointment(ctx.conn, appt.id).status == "cancelled"
    assert svc.slips_for_day(ctx.conn, TODAY) == []


def test_slip_printing_hook(qtbot, ctx, pupil, tmp_path):
    appt = _today_appt(ctx.conn, pupil, note="Ärger zu Hause")
    area = _area(qtbot, ctx)
    area.select(appt.id)
    shown = []

    def fake_exec(dialog):
        shown.append(dialog.all_slips())
        dialog.save_path_chooser = lambda suggested: str(tmp_path / suggested)
        dialog.save_pdf()
        return dialog.result()

    area._exec = fake_exec
    qtbot.mouseClick(area.slip_button, Qt.LeftButton)
    qtbot.mouseClick(area.slips_today_button, Qt.LeftButton)
    assert shown == [[svc.slip_data(ctx.conn, appt.id)]] * 2
    assert "Ärger" not in repr(shown)
    assert "1 Beratungszettel gespeichert" in area.message.text()
    assert len(list(tmp_path.glob("Beratungszettel_*.pdf"))) == 1


def test_lock_clears_everything(qtbot, ctx, pupil):
    _today_appt(ctx.conn, pupil)
    area = _area(qtbot, ctx)
    area.set_mode("week")
    area.set_mode("day")
    assert area.day_model.rowCount() > 0
    ctx.lock()
    assert area.day_model.rowCount() == 0
    assert area.week_model.rowCount() == 0
    assert area.title.text() == "" and area.detail.text() == ""


def test_open_record_jumps_to_day(qtbot, ctx, pupil):
    other = TODAY + timedelta(days=9)
    appt = svc.save_appointment(ctx.conn, Appointment(day=other, start="08:00", end="08:45",
                                                      person_id=pupil.id))
    area = _area(qtbot, ctx)
    area.open_record(appt.id)
    assert area.day == other
    assert area.day_view.currentIndex().data(ID_ROLE) == appt.id


def _dialog(qtbot, ctx, **kw):
    dialog = AppointmentDialog(ctx, day=TODAY, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_person_prefix_and_tab_saves_the_person_the_list_shows(qtbot, ctx, pupil):
    from PySide6.QtWidgets import QApplication

    dialog = _dialog(qtbot, ctx, start="12:00")
    dialog.person.setFocus()
    qtbot.keyClicks(dialog.person, "K-1")
    qtbot.keyClick(QApplication.activePopupWidget() or dialog.person, Qt.Key_Tab)
    dialog.accept()
    [saved] = svc.appointments_on(ctx.conn, TODAY)
    assert saved.person_id == pupil.id and dialog.person.currentData() == pupil.id


def test_overlapping_appointment_is_asked_about(qtbot, ctx, pupil, monkeypatch):
    from ssa_desktop.ui.appointments import dialog as dialog_module

    svc.save_appointment(ctx.conn, Appointment(TODAY, "10:00", "10:30", person_id=pupil.id))
    asked = []
    monkeypatch.setattr(dialog_module, "ask_yes_no",
                        lambda _parent, text, **_kw: asked.append(text) or answer[0])
    answer = [False]
    dialog = _dialog(qtbot, ctx, start="10:15")
    dialog.accept()
    assert "überschneidet sich mit K-17" in asked[0]
    assert len(svc.appointments_on(ctx.conn, TODAY)) == 1 and dialog.isVisible()
    answer[0] = True
    dialog.accept()
    assert len(svc.appointments_on(ctx.conn, TODAY)) == 2
