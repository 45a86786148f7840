"""Gruppen & Projekte after issue 31 item 5, with real key events: "Gespeichert." goes on
the next edit, the list shows what was saved, 0 participants are asked about (Nein is the
default) and unsaved edits are asked about before leaving the area or the group."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from ssa_desktop.domain.entities import GroupActivity
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.services import groups as svc
from ssa_desktop.ui.groups.area import GroupsArea
from tests.conftest import TODAY
from tests.support import questions
from tests.support.main_windows import active_main_window

pytestmark = pytest.mark.usefixtures("frozen_clock")
YEAR = SchoolYear.of(TODAY)


def _area(qtbot, ctx) -> GroupsArea:
    area = GroupsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    return area


def _focus_and_type(widget, text: str) -> None:
    widget.setFocus(Qt.TabFocusReason)
    QTest.keyClick(widget, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(widget, text)


def _press_in_question(key, seen: list) -> None:
    """Press ``key`` on the question that opens next (it runs its own event loop)."""
    questions.press_once_active(QMessageBox, key, seen, QMessageBox.text)


def _click_in_question(text: str, seen: list) -> None:
    questions.answer(seen, questions.clicking(text))


def _new_group(area, title="Pausenhof", m=0, w=0, classes="") -> None:
    QTest.mouseClick(area.new_button, Qt.LeftButton)
    QTest.keyClicks(area.title_edit, title)
    if classes:
        _focus_and_type(area.classes_edit, classes)
    if m:
        _focus_and_type(area.m_spin, str(m))
    if w:
        _focus_and_type(area.w_spin, str(w))


def test_saved_label_goes_on_the_next_edit(qtbot, ctx):
    area = _area(qtbot, ctx)
    _new_group(area, m=3)
    QTest.keyClick(area.title_edit, Qt.Key_Return)
    assert area.form_error.text() == "Gespeichert."
    _focus_and_type(area.note_edit, "x")
    assert area.form_error.text() == ""


def test_the_list_shows_class_and_participants_right_after_saving(qtbot, ctx):
    area = _area(qtbot, ctx)
    _new_group(area, m=12, w=11, classes="5a")
    area.title_edit.setFocus()
    QTest.keyClick(area.title_edit, Qt.Key_Return)
    [row] = area.list_model.rows
    assert (area.list_model.index(0, 2).data(), area.list_model.index(0, 4).data()) == (
        "5a", "23")
    # edited and saved again: the list follows at once
    _focus_and_type(area.classes_edit, "5b")
    _focus_and_type(area.d_spin, "1")
    QTest.keyClick(area.d_spin, Qt.Key_Return)
    assert (area.list_model.index(0, 2).data(), area.list_model.index(0, 4).data()) == (
        "5b", "24")
    assert area.list_view.currentIndex().row() == 0


def test_zero_participants_are_asked_about_and_enter_keeps_the_form(qtbot, ctx):
    area = _area(qtbot, ctx)
    _new_group(area)
    seen: list[str] = []
    _press_in_question(Qt.Key_Return, seen)   # Enter on the question: its default
    QTest.keyClick(area.title_edit, Qt.Key_Return)
    assert seen == ["Die Gruppe hat keine Teilnehmenden. Trotzdem speichern?"]
    assert svc.list_groups(ctx.conn) == []     # the safe default: not saved
    assert area.title_edit.text() == "Pausenhof"
    area.activateWindow()  # the desktop gives the window back its focus
    qtbot.waitUntil(area.isActiveWindow)
    assert QApplication.focusWidget() in (area.m_spin, area.m_spin.findChild(QLineEdit))
    _click_in_question("Trotzdem speichern", seen)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert [r.title for r in svc.list_groups(ctx.conn)] == ["Pausenhof"]


def test_switching_to_another_group_with_unsaved_edits_asks(qtbot, ctx):
    for title in ("Jungengruppe", "Klassenrat 6b"):
        svc.save_group(ctx.conn, GroupActivity(title, YEAR.start_year, school_id="school-1",
                                               participants_m=5))
    area = _area(qtbot, ctx)
    area.list_view.setFocus()
    QTest.keyClick(area.list_view, Qt.Key_Home)
    first = area.group.id
    _focus_and_type(area.classes_edit, "6b")
    seen: list[str] = []
    _click_in_question("Weiter bearbeiten", seen)
    area.list_view.setFocus()
    QTest.keyClick(area.list_view, Qt.Key_Down)
    assert seen and "nicht gespeichert" in seen[0]
    assert area.group.id == first and area.classes_edit.text() == "6b"
    assert area.list_view.currentIndex().data(Qt.UserRole) == first
    _click_in_question("Verwerfen", seen)
    QTest.keyClick(area.list_view, Qt.Key_Down)
    assert area.group.id != first and area.classes_edit.text() == ""
    assert svc.get_group(ctx.conn, first).classes == ""


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return active_main_window(ctx, qtbot, tmp_path)


def _groups_in(window) -> GroupsArea:
    from ssa_desktop.ui.areas import AREAS

    index = next(i for i, spec in enumerate(AREAS) if spec.key == "groups")
    QTest.keyClick(window, Qt.Key_1 + index, Qt.ControlModifier)
    return window.areas["groups"]


def test_strg_1_with_unsaved_edits_asks_and_can_stay(qtbot, ctx, window):
    area = _groups_in(window)
    _new_group(area, m=4)
    seen: list[str] = []
    _click_in_question("Weiter bearbeiten", seen)
    QTest.keyClick(window.focusWidget(), Qt.Key_1, Qt.ControlModifier)
    assert seen and "nicht gespeichert" in seen[0]
    assert window.current_area_key() == "groups" and area.isVisible()
    assert area.title_edit.text() == "Pausenhof"
    window.activateWindow()  # the desktop gives the window back its focus
    qtbot.waitUntil(window.isActiveWindow)
    _click_in_question("Speichern", seen)
    QTest.keyClick(window.focusWidget(), Qt.Key_1, Qt.ControlModifier)
    assert window.current_area_key() == "overview"
    assert [r.title for r in svc.list_groups(ctx.conn)] == ["Pausenhof"]


def test_the_sidebar_with_unsaved_edits_asks_and_discard_leaves(qtbot, ctx, window):
    area = _groups_in(window)
    _new_group(area, m=4)
    seen: list[str] = []
    _click_in_question("Verwerfen", seen)
    window.sidebar.setCurrentRow(0)
    assert seen and window.current_area_key() == "overview"
    assert svc.list_groups(ctx.conn) == []
    assert not area.form_draft.unsaved()


def test_leaving_without_edits_does_not_ask(qtbot, ctx, window):
    area = _groups_in(window)
    assert area.isVisible()
    QTest.keyClick(window.focusWidget(), Qt.Key_1, Qt.ControlModifier)
    assert window.current_area_key() == "overview"


# -- Personen & Fälle: leaving a person's master data with unsaved edits asks too -----------
def _person_page(window, pupil):
    from ssa_desktop.ui.areas import AREAS

    index = next(i for i, spec in enumerate(AREAS) if spec.key == "persons")
    QTest.keyClick(window, Qt.Key_1 + index, Qt.ControlModifier)
    area = window.areas["persons"]
    area.open_record(pupil.id)
    area.page.tabs.setCurrentIndex(area.page.TAB_MASTER)
    form = area.page.form
    _focus_and_type(form.class_label, "8c")
    assert form.dirty
    return area, form


def test_strg_1_from_unsaved_master_data_asks(qtbot, ctx, window, pupil):
    from ssa_desktop.services import persons as psvc

    area, form = _person_page(window, pupil)
    seen: list[str] = []
    _click_in_question("Weiter bearbeiten", seen)
    QTest.keyClick(window.focusWidget(), Qt.Key_1, Qt.ControlModifier)
    assert seen and "nicht gespeichert" in seen[0]
    assert window.current_area_key() == "persons" and form.class_label.text() == "8c"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _click_in_question("Verwerfen", seen)
    QTest.keyClick(window.focusWidget(), Qt.Key_1, Qt.ControlModifier)
    assert window.current_area_key() == "overview"
    assert psvc.get_person(ctx.conn, pupil.id).class_label == "7b"
    assert not form.dirty
