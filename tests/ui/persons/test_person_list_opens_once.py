"""Personen & Fälle: a double click on a person opens her once. The list opened her on
``doubleClicked`` and on ``activated``, which the double click sends too: her page was
built twice. Enter opens her as before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.ui.persons.person_list import PersonListView


def test_a_double_click_opens_a_person_once_and_enter_opens_her(qtbot, ctx, pupil):
    view = PersonListView(ctx)
    qtbot.addWidget(view)
    opened: list = []
    view.open_person.connect(opened.append)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.reload()
    qtbot.waitUntil(lambda: view.table.model().rowCount() == 1)
    table = view.table
    table.selectRow(0)
    cell = table.visualRect(table.model().index(0, 0)).center()
    QTest.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened == [pupil.id]
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert opened == [pupil.id, pupil.id]
