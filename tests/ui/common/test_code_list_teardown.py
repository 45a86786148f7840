"""A topic list's key filter while PySide takes the widget apart: Qt can still hand it an
event after the wrapper's attributes are gone (seen once in the teardown of the date-entry
property test under two workers: ``'CodeListEdit' object has no attribute 'edit'``, an
exception in Qt's event loop). The filter then does nothing and lets the event pass."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from ssa_desktop.domain.catalogues import TOPICS
from ssa_desktop.ui.common.forms import CodeListEdit


def test_a_key_reaching_the_filter_of_a_list_being_taken_apart_is_let_pass(qtbot):
    topics = CodeListEdit(TOPICS, accessible_name="Themen")
    qtbot.addWidget(topics)
    edit = topics.edit
    del topics.edit   # as PySide leaves the wrapper while the C++ widget still filters
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Backspace, Qt.KeyboardModifier.NoModifier)
    try:
        assert topics.eventFilter(edit, key) is False
    finally:
        topics.edit = edit
