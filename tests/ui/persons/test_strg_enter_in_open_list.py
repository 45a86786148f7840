"""Strg+Enter pressed while a drop-down list of the person form is open saves what the
fields show, as from any field (Qt's open list took Return with any modifier as a pick:
nothing was saved and nothing said)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.persons.area import PersonsArea

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def area(ctx, qtbot):
    widget = PersonsArea(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("key", [Qt.Key_Return, Qt.Key_Enter])
def test_strg_enter_in_an_open_list_saves_the_new_person(area, conn, qtbot, key):
    area.refresh()
    area.list.new_button.click()
    form = area.page.form
    form.pseudonym.setFocus()
    qtbot.keyClicks(form.pseudonym, "E-1")
    form.gender.setFocus()
    QTest.keyClick(form.gender, Qt.Key_Down, Qt.AltModifier)
    assert QApplication.activePopupWidget() is not None  # the list of Geschlecht is open
    # where the keys of an open list go: the list inside the popup frame
    QTest.keyClick(QApplication.focusWidget(), key, Qt.ControlModifier)
    assert QApplication.activePopupWidget() is None
    assert any(p.pseudonym == "E-1" for p in repo.PERSONS.all(conn)), form.error.text()
    assert not form.dirty
