"""Enter on a suggestion of an open list picks it and never saves the form; Esc on an open
list closes the list and never discards the form (issue 31 item 5: Enter on a "Zweck"
suggestion saved the half-filled group). Real key events, where the keyboard is: on the
open list while it is shown."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from ssa_desktop.domain.entities import Appointment, OpenOfferSession
from ssa_desktop.services import groups as groups_svc
from ssa_desktop.services import open_offers as offers_svc
from ssa_desktop.storage import repositories as repo
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _target() -> QWidget:
    """Where a real key press goes: the focus widget inside an open popup (a combo box's
    list), the popup itself (a completer's list, whose focus stays in the field), else
    the focus widget."""
    popup, focus = QApplication.activePopupWidget(), QApplication.focusWidget()
    if popup is not None and (focus is None or not popup.isAncestorOf(focus)):
        return popup
    return focus


def _show(qtbot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _open_list(qtbot, field: QWidget, typed: str) -> QWidget:
    """Type into ``field`` until its suggestion list is open; the list."""
    field.setFocus(Qt.TabFocusReason)
    QTest.keyClick(_target(), Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(_target(), typed)
    popup = field.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    return popup


# -- Gruppen & Projekte ---------------------------------------------------------------------
def _groups(qtbot, ctx):
    from ssa_desktop.ui.groups.area import GroupsArea

    area = _show(qtbot, GroupsArea(ctx))
    QTest.mouseClick(area.new_button, Qt.LeftButton)
    QTest.keyClicks(_target(), "Pausenhof")
    return area


def test_enter_on_a_zweck_suggestion_picks_it_and_saves_nothing(qtbot, ctx):
    area = _groups(qtbot, ctx)
    popup = _open_list(qtbot, area.purposes_edit.edit, "Sucht")
    QTest.keyClick(_target(), Qt.Key_Down)
    QTest.keyClick(_target(), Qt.Key_Return)
    assert groups_svc.list_groups(ctx.conn) == []          # nothing saved
    assert area.purposes_edit.codes() == ("PRV",)          # the suggestion is picked
    assert not popup.isVisible() and area.form_error.text() == ""


def test_enter_on_an_art_suggestion_picks_it_and_saves_nothing(qtbot, ctx):
    area = _groups(qtbot, ctx)
    popup = _open_list(qtbot, area.kind_combo, "projekt")
    QTest.keyClick(_target(), Qt.Key_Down)
    QTest.keyClick(_target(), Qt.Key_Return)
    assert groups_svc.list_groups(ctx.conn) == []
    assert not popup.isVisible()
    assert area.kind_combo.currentText() == "Klassenprojekt"
    assert area.kind_combo.code() == "class" and not area.kind_combo.is_refused()


def test_enter_on_an_open_school_list_picks_and_saves_nothing(qtbot, ctx):
    from ssa_desktop.domain.entities import School

    repo.SCHOOLS.insert(ctx.conn, School("Realschule Süd", "RS", "RS-SUED"))
    area = _groups(qtbot, ctx)
    area.refresh()
    area.school_combo.setFocus(Qt.TabFocusReason)
    QTest.keyClick(area.school_combo, Qt.Key_Down, Qt.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    QTest.keyClick(_target(), Qt.Key_Down)
    QTest.keyClick(_target(), Qt.Key_Return)
    assert groups_svc.list_groups(ctx.conn) == []
    assert area.school_combo.currentIndex() == 1


def test_escape_on_a_zweck_list_closes_it_and_keeps_the_form(qtbot, ctx):
    area = _groups(qtbot, ctx)
    popup = _open_list(qtbot, area.purposes_edit.edit, "Sucht")
    QTest.keyClick(_target(), Qt.Key_Escape)
    assert not popup.isVisible()
    assert area.title_edit.text() == "Pausenhof"           # not discarded
    assert area.form_box.isEnabled()


# -- Offene Angebote ------------------------------------------------------------------------
def test_enter_on_an_offer_title_suggestion_picks_it_and_saves_nothing(qtbot, ctx):
    from ssa_desktop.ui.open_offers.area import OpenOffersArea

    for title, minutes in (("Pausenangebot", 40), ("Pausenraum", 20)):
        offers_svc.record(ctx.conn, OpenOfferSession(title, TODAY, minutes, visitors=9,
                                                     school_id="school-1"))
    area = _show(qtbot, OpenOffersArea(ctx))
    area.visitors.setValue(12)
    popup = _open_list(qtbot, area.title_edit, "Pause")
    QTest.keyClick(_target(), Qt.Key_Down)
    QTest.keyClick(_target(), Qt.Key_Return)
    assert len(offers_svc.sessions(ctx.conn)) == 2         # nothing saved
    assert not popup.isVisible() and area.title_edit.text() == "Pausenangebot"
    assert area.visitors.value() == 12
    assert area.duration.minutes() == 40                   # the picked offer's duration


# -- Termine --------------------------------------------------------------------------------
def test_enter_on_a_room_suggestion_picks_it_and_saves_nothing(qtbot, ctx):
    from ssa_desktop.ui.appointments.dialog import AppointmentDialog

    for room in ("Beratungsraum 1.12", "Beratungsraum 2.01"):
        repo.APPOINTMENTS.insert(ctx.conn, Appointment(date(2026, 11, 20), "09:00", "09:30",
                                                       room=room))
    dialog = _show(qtbot, AppointmentDialog(ctx, day=TODAY, start="10:00"))
    popup = _open_list(qtbot, dialog.room, "Beratungs")
    QTest.keyClick(_target(), Qt.Key_Down)
    QTest.keyClick(_target(), Qt.Key_Return)
    assert dialog.isVisible() and repo.APPOINTMENTS.count(ctx.conn) == 2
    assert not popup.isVisible() and dialog.room.text() == "Beratungsraum 1.12"
    dialog.room.clear()
    dialog._initial = dialog._snapshot()  # nothing to ask about at teardown


# -- Kontakt erfassen -----------------------------------------------------------------------
def test_enter_on_an_art_suggestion_in_quick_entry_saves_nothing(qtbot, ctx, pupil):
    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog

    dialog = _show(qtbot, QuickEntryDialog(ctx))
    QTest.keyClicks(_target(), "K-17")
    QTest.keyClick(_target(), Qt.Key_Tab)
    popup = _open_list(qtbot, dialog.kind_combo, "gespr")
    QTest.keyClick(_target(), Qt.Key_Down)
    QTest.keyClick(_target(), Qt.Key_Return)
    assert dialog.isVisible() and repo.CONTACTS.count(ctx.conn) == 0
    assert not popup.isVisible()
    assert dialog.kind_combo.currentText() == "Elterngespräch"
    assert not dialog.kind_combo.is_refused() and dialog.error.text() == ""
    dialog.note.clear()
    dialog.topics.set_codes(())


# -- Fall, Person -----------------------------------------------------------------------------
def test_enter_on_a_case_status_suggestion_saves_nothing(qtbot, ctx, pupil):
    from ssa_desktop.services import persons as psvc
    from ssa_desktop.ui.persons.case_dialog import CaseDialog

    dialog = _show(qtbot, CaseDialog(ctx, pupil.id))
    dialog.title.setText("Streit in der Pause")
    popup = _open_list(qtbot, dialog.access, "Schul")
    QTest.keyClick(_target(), Qt.Key_Down)
    QTest.keyClick(_target(), Qt.Key_Return)
    assert dialog.isVisible() and psvc.cases(ctx.conn, pupil.id) == []
    assert not popup.isVisible() and dialog.access.currentText() == "Schulleitung"
    dialog.title.clear()
    dialog.form_draft.drop()


def test_enter_on_a_person_kind_suggestion_saves_nothing(qtbot, ctx, pupil):
    from ssa_desktop.services import persons as psvc
    from ssa_desktop.ui.persons.area import PersonsArea

    area = _show(qtbot, PersonsArea(ctx))
    area.open_record(pupil.id)
    area.page.tabs.setCurrentIndex(area.page.TAB_MASTER)
    form = area.page.form
    form.kind.setFocus(Qt.TabFocusReason)  # a list field: Alt+Down opens its list
    QTest.keyClick(form.kind, Qt.Key_Down, Qt.AltModifier)
    popup = form.kind.view()
    qtbot.waitUntil(popup.isVisible)
    QTest.keyClick(_target(), Qt.Key_Down)  # from the entry shown: Schüler:in → Elternteil
    QTest.keyClick(_target(), Qt.Key_Return)
    assert psvc.get_person(ctx.conn, pupil.id).kind == "pupil"  # nothing saved
    assert not popup.isVisible() and form.error.text() == ""
    assert form.kind.currentText() == "Elternteil / Erziehungsberechtigte:r"


# -- Vernetzung -------------------------------------------------------------------------------
def test_enter_on_a_network_kind_suggestion_saves_nothing(qtbot, ctx):
    from ssa_desktop.ui.network.area import NetworkArea

    area = _show(qtbot, NetworkArea(ctx))
    area.tabs.setCurrentWidget(area.activities)
    tab = area.activities
    popup = _open_list(qtbot, tab.kind, "gespr")
    QTest.keyClick(_target(), Qt.Key_Down)
    QTest.keyClick(_target(), Qt.Key_Return)
    assert repo.NETWORK_ACTIVITIES.all(ctx.conn) == []
    assert not popup.isVisible() and tab.kind.currentText() == "Kooperationsgespräch"
    assert tab.error.text() == ""
