"""Issue 16.1 in the real dialogs and forms: every date field takes every German form with
real key events, nothing lands in the next field, and what is saved is what was typed."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt, QTime
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from ssa_desktop.domain import clock
from ssa_desktop.services import appointments as appointments_svc
from ssa_desktop.services import groups as groups_svc
from ssa_desktop.services import persons as persons_svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.common.forms import DateField

TODAY = date(2026, 11, 23)
FORMS = (
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year}",
    lambda d: f"{d.day}.{d.month}.{d.year}",
    lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
    lambda d: f"{d.day:02d}{d.month:02d}{d.year % 100:02d}",
)
DAYS = st.dates(date(2000, 1, 1), date(2050, 12, 31))


@pytest.fixture
def frozen(monkeypatch):
    """The clock on TODAY; teardown closes the forms without asking about typed dates."""
    from PySide6.QtWidgets import QMessageBox

    from ssa_desktop.ui.appointments import dialog as appointment_dialog
    from ssa_desktop.ui.common import unsaved

    clock.set_clock(clock.fixed(TODAY))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Discard)
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.Discard)
    # the forms' one question (Speichern / Verwerfen / Weiter bearbeiten): „Verwerfen“
    monkeypatch.setattr(appointment_dialog, "ask_unsaved", lambda *a: unsaved.DISCARD)


def _show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _type_date(qtbot, field: DateField, text: str) -> None:
    field.window().activateWindow()
    field.setFocus(Qt.TabFocusReason)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key_Tab)


def _texts(root: QWidget, but: QWidget) -> dict:
    """Every other text field (date fields aside: "Letzter Tag" follows "Erster Tag")."""
    return {id(w): w.text() for w in root.findChildren(QLineEdit)
            if not isinstance(w, DateField) and w.parent() is not but}


def _widgets(ctx, pupil):
    from ssa_desktop.ui.appointments.area import AppointmentsArea
    from ssa_desktop.ui.appointments.dialog import AppointmentDialog
    from ssa_desktop.ui.child_protection.panel import ChildProtectionPanel
    from ssa_desktop.ui.consents.panel import ConsentDialog, ConsentsPanel
    from ssa_desktop.ui.groups.area import GroupsArea
    from ssa_desktop.ui.network.area import ActivitiesTab, AgreementTab
    from ssa_desktop.ui.open_offers.area import OpenOffersArea
    from ssa_desktop.ui.persons.case_dialog import CaseDialog
    from ssa_desktop.ui.persons.person_form import PersonForm
    from ssa_desktop.ui.privacy.area import HoldDialog
    from ssa_desktop.ui.privacy.auskunft_dialog import NewRequestDialog
    from ssa_desktop.ui.privacy.breach_dialog import BreachDialog
    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog
    from ssa_desktop.ui.quick_entry.short_contacts import ShortContactsDialog
    from ssa_desktop.ui.time.absences import AbsencesView
    from ssa_desktop.ui.time.grid import WeekGridView

    form = PersonForm(ctx)
    form.load(pupil)
    form.leaving.check.setChecked(True)
    form.school_change.check.setChecked(True)
    return [AppointmentDialog(ctx, day=TODAY), CaseDialog(ctx, pupil.id), form,
            QuickEntryDialog(ctx), ShortContactsDialog(ctx), GroupsArea(ctx),
            ConsentDialog(ctx, pupil.id), ConsentsPanel(ctx, pupil.id),
            ChildProtectionPanel(ctx, pupil.id), AbsencesView(ctx), NewRequestDialog(ctx),
            ActivitiesTab(ctx), AgreementTab(ctx), OpenOffersArea(ctx),
            # issue 16.1 follow-up: the Termine date picker, the Datenschutz review date,
            # the weekly grid's day and the breach assistant's "Festgestellt am"
            AppointmentsArea(ctx), HoldDialog(), WeekGridView(ctx),
            BreachDialog(ctx.session.vault.folder)]


def test_random_dates_in_every_form_land_in_every_date_field(qtbot, ctx, pupil, frozen):
    widgets = [_show(qtbot, w) for w in _widgets(ctx, pupil)]
    fields = [(w, f) for w in widgets for f in w.findChildren(DateField)
              if f.isVisibleTo(w) and f.isEnabled()]
    assert len(fields) >= 19, [type(w).__name__ for w, _f in fields]
    shown = {type(w).__name__ for w, _f in fields}
    assert {"AppointmentsArea", "HoldDialog", "WeekGridView", "BreachDialog"} <= shown

    @settings(max_examples=12, deadline=None)
    @given(st.lists(st.tuples(DAYS, st.sampled_from(FORMS)), min_size=len(fields),
                    max_size=len(fields)))
    def typed_everywhere(chosen):
        for (root, field), (day, form) in zip(fields, chosen, strict=True):
            before = _texts(root, field)
            _type_date(qtbot, field, form(day))
            assert (field.value(), field.is_refused()) == (day, False), (
                type(root).__name__, field.accessibleName(), form(day))
            assert _texts(root, field) == before, field.accessibleName()

    typed_everywhere()
    for widget in widgets:  # nothing typed is left to ask about at teardown
        if hasattr(widget, "dirty"):
            widget.dirty = False
        if hasattr(widget, "form_draft"):  # the Einwilligung, the Fall: typed input thrown away
            widget.form_draft.drop()


@settings(max_examples=10, deadline=None)
@given(day=st.dates(date(2026, 1, 1), date(2027, 12, 31)), form=st.sampled_from(FORMS))
def test_typed_appointment_date_is_saved(qtbot, ctx, frozen, monkeypatch, day, form):
    from ssa_desktop.ui.appointments import dialog as module

    monkeypatch.setattr(module, "ask_yes_no", lambda *a, **k: True)  # "in the past?" yes
    dialog = _show(qtbot, module.AppointmentDialog(ctx, day=TODAY, start="10:00"))
    _type_date(qtbot, dialog.day, form(day))
    assert QApplication.focusWidget() is dialog.start
    assert dialog.start.time().toString("HH:mm") == "10:00"  # "10.2026" never lands here
    dialog.accept()
    saved = appointments_svc.get_appointment(ctx.conn, dialog.appointment.id)
    assert (saved.day, saved.start) == (day, "10:00")
    appointments_svc.delete_appointment(ctx.conn, saved.id)


def test_case_with_an_impossible_date_is_not_saved(qtbot, ctx, pupil, frozen):
    from ssa_desktop.ui.persons.case_dialog import CaseDialog

    dialog = _show(qtbot, CaseDialog(ctx, pupil.id))
    qtbot.keyClicks(dialog.title, "Konflikt Klasse")
    status = dialog.status.currentText()
    _type_date(qtbot, dialog.opened, "31.02.2026")
    assert dialog.status.currentText() == status  # "02.2026" no longer lands in Status
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "31. Februar 2026 gibt es nicht" in dialog.error.text()
    assert persons_svc.cases(ctx.conn, pupil.id) == []
    _type_date(qtbot, dialog.opened, "1.9.26")
    dialog.accept()
    [case] = persons_svc.cases(ctx.conn, pupil.id)
    assert case.opened == date(2026, 9, 1)


def test_person_form_saves_typed_leaving_date(qtbot, ctx, pupil, frozen):
    from ssa_desktop.ui.persons.person_form import PersonForm

    form = _show(qtbot, PersonForm(ctx))
    form.load(pupil)
    qtbot.mouseClick(form.leaving.check, Qt.LeftButton)
    _type_date(qtbot, form.leaving.field, "31.7.27")
    assert form.save() is not None
    assert repo.PERSONS.get(ctx.conn, pupil.id).leaving_date == date(2027, 7, 31)


def test_group_sessions_take_each_typed_date_and_warn_on_the_same_day(qtbot, ctx, frozen,
                                                                      monkeypatch):
    from ssa_desktop.domain.entities import GroupActivity
    from ssa_desktop.domain.schoolyear import SchoolYear
    from ssa_desktop.ui.groups import area as module

    year = SchoolYear.of(TODAY)
    group = repo.GROUPS.insert(ctx.conn, GroupActivity(
        title="Soziales Lernen 5a", kind="class", school_id="school-1",
        school_year=year.start_year, participants_w=20))
    asked = []
    monkeypatch.setattr(module, "ask_yes_no", lambda _p, text, **k: asked.append(text) or False)
    area = _show(qtbot, module.GroupsArea(ctx))
    area.show_group(groups_svc.get_group(ctx.conn, group.id))
    for typed in ("15.9.2026", "22.09.26", "290926"):
        _type_date(qtbot, area.session_day, typed)
        qtbot.mouseClick(area.add_session_button, Qt.LeftButton)
        assert area.session_day.hasFocus()  # ready for the next date
    days = [s.day for s in groups_svc.sessions(ctx.conn, group.id)]
    assert days == [date(2026, 9, 15), date(2026, 9, 22), date(2026, 9, 29)]
    _type_date(qtbot, area.session_day, "22.09.2026")
    qtbot.mouseClick(area.add_session_button, Qt.LeftButton)
    assert asked == ["Am 22.09.2026 ist schon eine Sitzung dieser Gruppe eingetragen. Eine "
                     "zweite Sitzung am selben Tag eintragen?"]
    assert len(groups_svc.sessions(ctx.conn, group.id)) == 3  # she said no


@settings(max_examples=10, deadline=None)
@given(day=st.dates(date(2026, 1, 1), TODAY), form=st.sampled_from(FORMS))
def test_breach_discovery_date_typed_is_the_one_in_the_report(qtbot, ctx, frozen, day, form):
    from ssa_desktop.ui.privacy.breach_dialog import BreachDialog

    clock.set_clock(clock.fixed(datetime(2026, 11, 23, 12, 0)))
    dialog = _show(qtbot, BreachDialog(ctx.session.vault.folder))
    dialog.discovered.time.setTime(QTime(7, 0))
    _type_date(qtbot, dialog.discovered.day, form(day))
    assert dialog.current_draft().discovered == datetime(day.year, day.month, day.day, 7, 0)
    assert dialog.save_button.isEnabled()
    assert "noch" in dialog.deadline_label.text() or "überschritten" in dialog.deadline_label.text()


def test_breach_refuses_a_future_and_an_impossible_discovery_date(qtbot, ctx, frozen):
    from ssa_desktop.ui.privacy.breach_dialog import BreachDialog

    clock.set_clock(clock.fixed(datetime(2026, 11, 23, 12, 0)))
    dialog = _show(qtbot, BreachDialog(ctx.session.vault.folder))
    _type_date(qtbot, dialog.discovered.day, "1.12.26")
    assert not dialog.save_button.isEnabled() and dialog.status.text()  # the future: refused
    _type_date(qtbot, dialog.discovered.day, "31.02.2026")
    assert dialog.discovered.day.is_refused() and "31. Februar 2026 gibt es nicht" in \
        dialog.status.text()
    assert not dialog.save_button.isEnabled()
    _type_date(qtbot, dialog.discovered.day, "21.11.2026")
    assert dialog.save_button.isEnabled()
    assert dialog.current_draft().discovered.date() == date(2026, 11, 21)


def test_hold_review_date_typed_is_the_one_returned(qtbot, ctx, frozen):
    from ssa_desktop.ui.privacy.area import HoldDialog

    dialog = _show(qtbot, HoldDialog())
    _type_date(qtbot, dialog.review, "1.9.27")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.review.value() == date(2027, 9, 1)  # what the hold is saved with


def test_a_refused_breach_date_stays_refused_when_she_changes_the_time(qtbot, ctx, frozen):
    """„31.02.2026“ refused, then the time stepped by a key: the refusal and the disabled
    save stay (before, the time's change cleared them and saving took the last valid day,
    not the one on screen)."""
    from ssa_desktop.ui.privacy.breach_dialog import BreachDialog

    clock.set_clock(clock.fixed(datetime(2026, 11, 23, 12, 0)))
    dialog = _show(qtbot, BreachDialog(ctx.session.vault.folder))
    _type_date(qtbot, dialog.discovered.day, "31.02.2026")
    assert not dialog.save_button.isEnabled()
    dialog.discovered.time.setFocus()
    before = dialog.discovered.time.time()
    QTest.keyClick(dialog.discovered.time, Qt.Key.Key_Down)
    assert dialog.discovered.time.time() != before           # the time did change
    assert dialog.discovered.day.is_refused()
    assert "31. Februar 2026 gibt es nicht" in dialog.status.text()
    assert not dialog.save_button.isEnabled()
