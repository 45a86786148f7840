"""Strg+Enter pressed while a drop-down list of the person form is open saves what the
fields show, as from any field (Qt's open list took Return with any modifier as a pick:
nothing was saved and nothing said)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.storage import repositories as repo
from tests.support.open_lists import open_list

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.mark.parametrize("key", [Qt.Key_Return, Qt.Key_Enter])
def test_strg_enter_in_an_open_list_saves_the_new_person(new_person, conn, qtbot, key):
    form = new_person("E-1")
    # where the keys of an open list go: the list of Geschlecht inside the popup frame
    QTest.keyClick(open_list(qtbot, form.gender), key, Qt.ControlModifier)
    assert QApplication.activePopupWidget() is None
    assert any(p.pseudonym == "E-1" for p in repo.PERSONS.all(conn)), form.error.text()
    assert not form.dirty
