"""A value typed into a cell of the Wochenraster and not yet confirmed (the cell's editor
still open) is saved when the vault locks (Strg+L, the auto-lock) or the app quits: the
open editor commits while the key is still there, never after (then the save met a
locked vault, an unexpected error, and the value was lost). Real keys, real vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication

from ssa_desktop.services import worktime
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui import background
from ssa_desktop.ui.common.autolock import AutoLock
from tests.conftest import PASSPHRASE
from tests.support.main_windows import active_main_window

WEDNESDAY = date(2025, 11, 12)   # the frozen day (tests/ui/time/conftest.py)

pytestmark = pytest.mark.usefixtures("frozen", "post")


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return active_main_window(ctx, qtbot, tmp_path)


def _type_into_wednesday(window, qtbot, text: str):
    """Arbeitszeit (Strg+7) → Wochenraster (Alt+W), the first row's Wednesday, typed
    without Enter: the cell's editor is open."""
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key_7, Qt.ControlModifier)
    area = window.show_area("time")
    qtbot.waitUntil(lambda: area.report is not None)
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)
    table, model = area.grid.table, area.grid.model
    table.setFocus()
    table.setCurrentIndex(model.index(0, 2))
    for key in text:  # each key to the focus of its moment: the first opens the editor
        QTest.keyClick(QApplication.focusWidget(), key)
    assert table.state() == QAbstractItemView.EditingState
    return QApplication.focusWidget(), model.grid.categories[0].code


def _reopen(open_vault):
    assert background.wait_for_all()
    return Vault(open_vault.vault.folder).unlock(PASSPHRASE)


def _cells(session) -> dict:
    return worktime.week_grid(session.conn, WEDNESDAY, "school-1").cells


def test_strg_l_saves_the_open_cell(window, ctx, qtbot, open_vault):
    editor, code = _type_into_wednesday(window, qtbot, "45")
    QTest.keyClick(editor, Qt.Key_L, Qt.ControlModifier)           # Strg+L in the cell
    assert not ctx.is_unlocked
    ctx.set_session(_reopen(open_vault))
    assert _cells(ctx.session) == {(WEDNESDAY, code): 45}
    # no error; the note of what the lock saved (issue 64, item 9)
    assert window.show_area("time").grid.message.text().startswith("Beim Sperren gespeichert")


def test_the_auto_lock_saves_the_open_cell(window, ctx, qtbot, open_vault):
    editor, code = _type_into_wednesday(window, qtbot, "20")
    autolock = AutoLock(ctx, idle_ms=60_000, watch_platform=False)
    autolock.lock_now()                                            # what the timer does
    autolock.stop()
    assert not ctx.is_unlocked
    ctx.set_session(_reopen(open_vault))
    assert _cells(ctx.session) == {(WEDNESDAY, code): 20}


def test_strg_q_saves_the_open_cell(window, ctx, qtbot, open_vault):
    editor, code = _type_into_wednesday(window, qtbot, "35")
    QTest.keyClick(editor, Qt.Key_Q, Qt.ControlModifier)           # Strg+Q in the cell
    assert not ctx.is_unlocked and not window.isVisible()
    session = _reopen(open_vault)
    try:
        assert _cells(session) == {(WEDNESDAY, code): 35}
    finally:
        session.lock()


def test_strg_l_mid_typing_says_what_it_saved_and_returns_to_the_cell(window, ctx, qtbot,
                                                                      open_vault):
    """Issue 64, item 9: „4“ typed on the way to „45“, then Strg+L. The 4 minutes are kept
    (nothing lost), but not silently: after unlocking the grid says what the lock saved in
    which cell, and the keyboard is back on that cell (not on the sidebar), so she types
    the right value at once."""
    editor, code = _type_into_wednesday(window, qtbot, "4")
    QTest.keyClick(editor, Qt.Key_L, Qt.ControlModifier)
    assert not ctx.is_unlocked
    ctx.set_session(_reopen(open_vault))
    grid = window.show_area("time").grid
    assert _cells(ctx.session) == {(WEDNESDAY, code): 4}
    message = grid.message.text()
    assert "Sperren" in message and "4 Min." in message and "Mi 12.11." in message, message
    assert QApplication.focusWidget() is grid.table
    assert (grid.table.currentIndex().row(), grid.table.currentIndex().column()) == (0, 2)
    for key in "45":                             # she types on: the cell takes it
        QTest.keyClick(QApplication.focusWidget(), key)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    assert _cells(ctx.session) == {(WEDNESDAY, code): 45}
