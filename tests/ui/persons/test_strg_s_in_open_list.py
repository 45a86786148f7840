"""Strg+S pressed while a drop-down list of the person form is open (Art, Geschlecht,
Schule) saves what the fields show, as Strg+Enter from an open list does: the list closes
without picking, nothing typed is lost."""

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


@pytest.mark.parametrize("field", ["kind", "gender", "school"])
def test_strg_s_in_an_open_list_saves_what_the_fields_show(area, conn, qtbot, field):
    area.refresh()
    area.list.new_button.click()
    form = area.page.form
    form.pseudonym.setFocus()
    qtbot.keyClicks(form.pseudonym, "S-1")
    combo = getattr(form, field)
    shown = combo.currentText()
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key_Down, Qt.AltModifier)
    assert QApplication.activePopupWidget() is not None  # its list is open
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_S, Qt.ControlModifier)
    assert QApplication.activePopupWidget() is None
    saved = [p for p in repo.PERSONS.all(conn) if p.pseudonym == "S-1"]
    assert saved, form.error.text()
    assert combo.currentText() == shown  # closed without picking
    assert not form.dirty
