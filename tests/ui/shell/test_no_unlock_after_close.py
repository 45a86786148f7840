"""A window that locks and closes in the same turn of the event loop (she quits while it
locks, the session ends) opens no unlock window after it has gone: the unlock window used
to be queued at the lock and shown for a main window that was no longer there."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from ssa_desktop.ui.vault.unlock import UnlockDialog
from tests.support.main_windows import active_main_window


def test_no_unlock_window_for_a_closed_main_window(ctx, qtbot, tmp_path):
    window = active_main_window(ctx, qtbot, tmp_path)
    ctx.lock()
    window.hide()   # gone before the queued unlock window's turn
    QApplication.sendPostedEvents()
    QApplication.processEvents()
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, UnlockDialog) and w.isVisible()]
    for dialog in shown:
        dialog.close()
    assert shown == []


def test_a_shown_window_still_offers_the_unlock_after_a_lock(ctx, qtbot, tmp_path):
    window = active_main_window(ctx, qtbot, tmp_path)
    ctx.lock()
    qtbot.waitUntil(lambda: window.unlock_dialog is not None
                    and window.unlock_dialog.isVisible())
    window.unlock_dialog.close()
