"""Opening a person from the list with Enter puts the keyboard on a named control a
reader can say (the contacts of Verlauf; a person without contacts opens on Stammdaten,
on Pseudonym), not on the tab's unnamed container; Alt+S
then shows Stammdaten and the focus is there, not left on Verlauf."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import Contact
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.persons.area import PersonsArea

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def area(ctx, qtbot, pupil):
    widget = PersonsArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def _open_with_enter(area, qtbot):
    area.refresh()
    area.list.table.setFocus()
    area.list.table.selectRow(0)
    qtbot.keyClick(area.list.table, Qt.Key_Return)
    assert area.showing_page()
    return QApplication.focusWidget()


@pytest.mark.parametrize("contacts", [0, 1])
def test_enter_on_a_person_focuses_the_named_contact_list(area, qtbot, conn, pupil, contacts):
    for _ in range(contacts):
        repo.CONTACTS.insert(conn, Contact(date(2026, 3, 2), "EB", 30, person_id=pupil.id,
                                           school_id=pupil.school_id))
    focused = _open_with_enter(area, qtbot)
    if not contacts:  # nothing on Verlauf yet: her Stammdaten, on the named Pseudonym
        assert focused is area.page.form.pseudonym
        assert "Pseudonym" in focused.accessibleName()
        return
    assert focused is area.page.timeline.table
    assert focused.accessibleName() == "Verlauf der Kontakte"


def test_alt_s_shows_stammdaten_and_takes_the_focus_there(area, qtbot):
    focused = _open_with_enter(area, qtbot)
    qtbot.keyClick(focused, Qt.Key_S, Qt.AltModifier)
    tabs = area.page.tabs
    assert tabs.tabText(tabs.currentIndex()) == "&Stammdaten"
    now = QApplication.focusWidget()
    assert now is not None and now.isVisible() and now.accessibleName(), now
    assert now is tabs.tabBar() or tabs.currentWidget().isAncestorOf(now), now
