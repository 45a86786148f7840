"""After a lock the unlock window takes the keyboard: the passphrase she types goes into
its field (hidden), not into whatever had the focus before (the unlock window sets the
focus when it is built; it has no show handler of its own any more)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.conftest import PASSPHRASE
from tests.support.main_windows import shown_main_window

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return shown_main_window(ctx, qtbot, tmp_path)


def test_the_passphrase_typed_after_a_lock_goes_into_the_unlock_field(window, ctx, qtbot,
                                                                     open_vault):
    window.show_area("persons")
    ctx.lock()
    qtbot.waitUntil(lambda: window.unlock_dialog is not None
                    and window.unlock_dialog.isVisible(), timeout=30_000)
    dialog = window.unlock_dialog
    qtbot.waitExposed(dialog, timeout=30_000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=30_000)
    assert QApplication.focusWidget() is dialog.passphrase.edit
    QTest.keyClicks(QApplication.focusWidget(), "falsch falsch falsch")  # keys: ASCII
    assert dialog.passphrase.text() == "falsch falsch falsch"
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=30_000)
    assert QApplication.focusWidget() is dialog.passphrase.edit   # she retypes at once
    dialog.passphrase.edit.setText(PASSPHRASE)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: ctx.is_unlocked, timeout=30_000)
