"""Issue 59/5: an empty field was silent on the first Tab (Themen, Raum, Notiz, the
wizard's Wiederholen). Cause: a Qt line edit moves its caret for the first time while it
takes the focus (its last caret position is −1 until then), so Qt's accessibility bridge
sends ``text-caret-moved`` before the focus event; Orca takes the focus from the caret
event silently and then ignores the focus event of an object it is already on. The
theme's style moves every line edit's caret once when it is polished (before it can have
the focus), so the focus event comes first.

In-process, the caret event is seen as Qt sends it: ``cursorPositionChanged`` while the
edit has no selection (with a selection Qt sends a selection event instead). The same
order on the real bus: ``test_real_bus.py::test_an_empty_field_is_focused_before_its_caret_moves``."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui import theme
from tests.conftest import FAST_KDF
from tests.ui.a11y.tabwalk import focusable


@pytest.fixture
def themed(qapp):
    theme.install(qapp, high_contrast=False)  # as the app does after its first frame
    yield qapp
    theme.uninstall(qapp)


def _caret_moves_on_arrival(window: QWidget, start: QWidget) -> list[str]:
    """Tab once round ``window`` from ``start`` with real keys: the empty fields whose
    caret moved (as a reader is told) while the Tab that brought the focus was handled."""
    moved: list[str] = []
    for edit in window.findChildren(QLineEdit):
        edit.cursorPositionChanged.connect(
            lambda _old, _new, e=edit: moved.append(e.accessibleName()
                                                    or e.parentWidget().accessibleName())
            if not e.hasSelectedText() and not e.text() else None)
    start.setFocus(Qt.FocusReason.TabFocusReason)
    moved.clear()
    for _ in range(len(focusable(window)) + 2):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is start:
            break
    return moved


def _shown(qtbot, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_appointment_room_and_note_hear_the_focus_first(themed, qtbot, ctx):
    from ssa_desktop.ui.appointments.dialog import AppointmentDialog

    dialog = _shown(qtbot, AppointmentDialog(ctx))
    assert _caret_moves_on_arrival(dialog, dialog.person) == []


def test_quick_entry_topics_hear_the_focus_first(themed, qtbot, ctx, frozen_clock):
    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog

    dialog = _shown(qtbot, QuickEntryDialog(ctx))
    assert _caret_moves_on_arrival(dialog, dialog.picker) == []


def test_the_wizards_repeat_field_hears_the_focus_first(themed, qtbot, tmp_path):
    from ssa_desktop.ui.vault.wizard import FirstRunWizard

    wizard = _shown(qtbot, FirstRunWizard(
        tmp_path / "tresor", store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF,
        location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]}))
    page = next(wizard.page(i) for i in wizard.pageIds()
                if hasattr(wizard.page(i), "second"))
    while wizard.currentPage() is not page:
        wizard.next()
    QTest.keyClicks(page.first.edit, "Wald-Fluss-Berg-Stern-7")
    assert _caret_moves_on_arrival(wizard, page.first.edit) == []


def test_the_check_can_fail(qtbot):
    """Without the theme's style, Qt's own order: the caret moves as the focus arrives."""
    window = QWidget()
    first, empty = QLineEdit(window), QLineEdit(window)
    first.setAccessibleName("Erstes")
    empty.setAccessibleName("Raum")
    empty.move(0, 40)
    _shown(qtbot, window)
    assert "Raum" in _caret_moves_on_arrival(window, first)
