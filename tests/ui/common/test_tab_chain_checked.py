"""A ``tab_chain`` pair Qt ignores fails loudly: Qt 6 drops a ``setTabOrder`` pair whose
widgets are not in the same window (a console warning only) or of which one takes no
focus (silently), and Tab then went on in creation order. The suite raises
(tests/conftest.py), the app logs it. Real Tab presses for a chain that holds."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget

from ssa_desktop.ui.common import tab_chain as chain_module
from ssa_desktop.ui.common.tab_chain import TabOrderIgnored, tab_chain


def _field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setAccessibleName(name)
    return field


def test_a_pair_not_yet_in_one_window_fails_the_test(qtbot):
    window, loose = QWidget(), _field("lose")
    qtbot.addWidget(window)
    qtbot.addWidget(loose)
    inside = _field("drin")
    QVBoxLayout(window).addWidget(inside)
    with pytest.raises(TabOrderIgnored, match="not in the same window"):
        tab_chain(inside, loose)


def test_a_pair_with_a_widget_taking_no_focus_fails_the_test(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    first, second = _field("a"), _field("b")
    second.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    layout = QVBoxLayout(window)
    layout.addWidget(second)
    layout.addWidget(first)
    with pytest.raises(TabOrderIgnored, match="takes no focus"):
        tab_chain(first, second)


def test_in_the_app_an_ignored_pair_is_logged_not_raised(qtbot, monkeypatch, caplog):
    monkeypatch.setattr(chain_module, "raise_when_ignored", False)
    window, loose = QWidget(), _field("lose")
    qtbot.addWidget(window)
    qtbot.addWidget(loose)
    inside = _field("drin")
    QVBoxLayout(window).addWidget(inside)
    with caplog.at_level(logging.WARNING, logger=chain_module.__name__):
        tab_chain(inside, loose)
    assert "ignored" in caplog.text


def test_a_chain_in_one_window_holds_for_real_tab_presses(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    fields = [_field(name) for name in ("c", "b", "a")]     # made in the reverse order
    layout = QVBoxLayout(window)
    for field in fields:
        layout.addWidget(field)
    tab_chain(*reversed(fields))
    window.show()
    window.activateWindow()  # key events go to the active window
    qtbot.waitUntil(window.isActiveWindow)
    fields[2].setFocus(Qt.FocusReason.TabFocusReason)
    reached = []
    for _ in range(2):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget().accessibleName())
    assert reached == ["b", "c"]
