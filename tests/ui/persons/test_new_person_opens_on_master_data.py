"""A person just created opens on Stammdaten, where Alt+C (S&chule) reaches her school
(issue 64, item 9: „a person opens on Verlauf where Alt+C does not work“). Real key events
on the persons area."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.ui.persons.area import PersonsArea
from tests.support.shown import show_active

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def area(ctx, qtbot):
    win = show_active(qtbot, PersonsArea(ctx), (1280, 720))
    win.refresh()
    return win


def _alt_c_reaches_the_school(qtbot, area) -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_C, Qt.AltModifier)
    qtbot.waitUntil(lambda: area.page.form.school.hasFocus(), timeout=1000)


@pytest.mark.parametrize("save", ["ctrl_enter_in_pseudonym", "ctrl_enter_in_note", "button"])
def test_a_new_person_stays_on_master_data_where_alt_c_works(area, ctx, qtbot, save):
    area.list.new_button.click()
    form = area.page.form
    qtbot.waitUntil(form.pseudonym.hasFocus)
    QTest.keyClicks(form.pseudonym, "N-1")
    if save == "ctrl_enter_in_pseudonym":
        QTest.keyClick(form.pseudonym, Qt.Key_Return, Qt.ControlModifier)
    elif save == "ctrl_enter_in_note":
        form.note.setFocus()
        QTest.keyClicks(form.note, "erstes Treffen")
        QTest.keyClick(form.note, Qt.Key_Return, Qt.ControlModifier)
    else:
        QTest.mouseClick(form.save_button, Qt.LeftButton)
    assert form.person is not None and form.person.pseudonym == "N-1"
    assert area.page.tabs.currentIndex() == area.page.TAB_MASTER
    _alt_c_reaches_the_school(qtbot, area)


def test_a_person_without_contacts_opens_from_the_list_on_master_data(area, ctx, qtbot,
                                                                       pupil):
    area.refresh()
    area.list.table.setFocus()
    area.list.table.selectRow(0)
    QTest.keyClick(area.list.table, Qt.Key_Return)
    assert area.showing_page()
    assert area.page.tabs.currentIndex() == area.page.TAB_MASTER
    _alt_c_reaches_the_school(qtbot, area)


def test_alt_c_on_the_verlauf_of_a_person_with_contacts_reaches_her_school(area, ctx, qtbot,
                                                                          pupil):
    """A pupil with a contact (the three saved at the wrong school came from quick entry,
    each with one) opens on Verlauf, where Alt+C did nothing. It now brings Stammdaten up
    with the keyboard on „Schule“."""
    from datetime import date

    from ssa_desktop.domain.entities import Contact
    from ssa_desktop.services import activities

    activities.record_contact(ctx.conn, Contact(day=date(2026, 11, 2), kind="EB",
                                                duration_min=30, person_id=pupil.id))
    area.refresh()
    area.list.table.setFocus()
    area.list.table.selectRow(0)
    QTest.keyClick(area.list.table, Qt.Key_Return)
    assert area.page.tabs.currentIndex() == area.page.TAB_TIMELINE
    _alt_c_reaches_the_school(qtbot, area)
    assert area.page.tabs.currentIndex() == area.page.TAB_MASTER


def test_alt_c_on_the_child_protection_tab_keeps_its_own_meaning(area, ctx, qtbot, pupil):
    """§ 8a has its own Alt+C („Schritt spei&chern“): there the school's key stays off."""
    area.open_record(pupil.id)
    area.page.tabs.setCurrentIndex(area.page.TAB_CP)
    assert not area.page.school_key.isEnabled()
    area.page.tabs.setCurrentIndex(area.page.TAB_CASES)
    assert area.page.school_key.isEnabled()
