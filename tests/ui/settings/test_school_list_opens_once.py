"""Einstellungen → Schulen: a double click on a school (a post) opens its dialog once; the
list opened it on ``doubleClicked`` and on ``activated``, which the double click sends
too, so the dialog came again after she closed it. Enter opens it as before."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem
from PySide6.QtTest import QTest

from ssa_desktop.ui.settings.pages.schools import _table


def test_a_double_click_opens_once_and_enter_opens(qtbot):
    opened: list = []
    view, model = _table("Schulen", lambda: opened.append(1), 0)
    model.setHorizontalHeaderLabels(["Schule"])
    model.appendRow(QStandardItem("Gemeinschaftsschule Am Park"))
    qtbot.addWidget(view)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    view.selectRow(0)
    cell = view.visualRect(model.index(0, 0)).center()
    QTest.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened == [1]
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Return)
    assert opened == [1, 1]
