"""Strg+S pressed while a drop-down list of the person form is open (Art, Geschlecht,
Schule) saves what the fields show, as Strg+Enter from an open list does: the list closes
without picking, nothing typed is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.storage import repositories as repo
from tests.support.open_lists import open_list

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.mark.parametrize("field", ["kind", "gender", "school"])
def test_strg_s_in_an_open_list_saves_what_the_fields_show(new_person, conn, qtbot, field):
    form = new_person("S-1")
    combo = getattr(form, field)
    shown = combo.currentText()
    QTest.keyClick(open_list(qtbot, combo), Qt.Key_S, Qt.ControlModifier)
    assert QApplication.activePopupWidget() is None
    saved = [p for p in repo.PERSONS.all(conn) if p.pseudonym == "S-1"]
    assert saved, form.error.text()
    assert combo.currentText() == shown  # closed without picking
    assert not form.dirty
