"""The deputy's window and its dialogs by keyboard: unique Alt+letters on every tab,
every control with an accessible name, every field with a bound label, Tab goes round
without a trap; nothing cut at 1280×720 logical."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QTabBar,
    QWidget,
)

from ssa_desktop.domain import clock
from ssa_desktop.ui.handover.panel import HandoverPanel
from tests.ui.common.mnemonics import clashes
from tests.ui.handover.deputy_fixture import WORKDAY
from tests.ui.shell.test_fits_small_screen import cut_texts


@pytest.fixture
def window(deputy_window):
    """The shared deputy's window (conftest)."""
    return deputy_window


def _focusable(root: QWidget) -> list[QWidget]:
    """The controls Tab can reach (the inner line edit of a selector or spin box is
    part of it and named by it)."""
    found = []
    for w in root.findChildren(QWidget):
        if not (w.isVisibleTo(root) and w.isEnabled() and w.focusPolicy() & Qt.TabFocus):
            continue
        if isinstance(w.parent(), (QComboBox, QAbstractSpinBox)) or isinstance(w, QTabBar):
            continue
        found.append(w)
    return found


def _unnamed(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()}" for w in _focusable(root)
            if not w.accessibleName()]


def _unlabelled(root: QWidget, fields: list[QWidget]) -> list[str]:
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy()}
    return [f.accessibleName() for f in fields if f not in buddies]


def _tab_round(qtbot, dialog, start: QWidget, must: list[QWidget]) -> None:
    """Tab from ``start`` reaches every widget of ``must`` and comes back (no trap)."""
    start.setFocus(Qt.TabFocusReason)
    seen = []
    for _ in range(60):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is start:
            break
    assert seen[-1] is start, str([(type(w).__name__, w.accessibleName()) for w in seen])
    assert all(w in seen for w in must), [w.accessibleName() for w in must if w not in seen]


def test_window_mnemonics_names_and_nothing_cut(window):
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        assert clashes(window) == {}, window.tabs.tabText(index)
        assert _unnamed(window) == []
        assert cut_texts(window) == []


def test_contact_dialog_by_keyboard(window, qtbot):
    with clock.frozen(WORKDAY):
        dialog = window.add_contact()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert clashes(dialog) == {}
        assert _unnamed(dialog) == []
        fields = [dialog.person, dialog.case, dialog.kind, dialog.day, dialog.time,
                  dialog.duration.spin, dialog.participants.boxes["pupil"], dialog.topics.edit,
                  dialog.place, dialog.note]
        # the group's label labels the group (a reader names the first box by its text)
        labelled = [dialog.participants if f is dialog.participants.boxes["pupil"] else f
                    for f in fields]
        assert _unlabelled(dialog, labelled) == []
        _tab_round(qtbot, dialog, dialog.person, [*fields, dialog.save_button,
                                                  dialog.cancel_button])
        assert all(isinstance(b, QAbstractButton) or b.accessibleName() for b in fields)
        dialog.reject()


def test_appointment_dialog_by_keyboard(window, qtbot):
    with clock.frozen(WORKDAY):
        dialog = window.add_appointment()
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        assert clashes(dialog) == {}
        assert _unnamed(dialog) == []
        fields = [dialog.person, dialog.day, dialog.start, dialog.end, dialog.room, dialog.note]
        assert _unlabelled(dialog, fields) == []
        _tab_round(qtbot, dialog, dialog.person, [*fields, dialog.save_button])
        dialog.reject()


def test_open_dialog_by_keyboard(ctx, qtbot):
    panel = HandoverPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    dialog = panel.choose_package()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert clashes(dialog) == {}
    assert _unnamed(dialog) == []
    assert _unlabelled(dialog, [dialog.file, dialog.key]) == []
    _tab_round(qtbot, dialog, dialog.file, [dialog.browse_button, dialog.key,
                                            dialog.show_key, dialog.open_button])
    dialog.reject()
