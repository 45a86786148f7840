"""Restore takes the backup row she selected (issue 64, finding 9): with a row selected,
„Wiederherstellen …“ asks about that backup by name and restores it, no file dialog;
with none selected it lets her choose a file as before."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.services import backups
from ssa_desktop.ui.privacy import backups_panel as panel_module
from ssa_desktop.ui.privacy.backups_panel import BackupsPanel


def test_restore_uses_the_selected_row(ctx, qtbot, open_vault, monkeypatch):
    older = backups.auto_backup(ctx.conn, open_vault.data_key, open_vault.vault.folder,
                                date(2026, 11, 20)).created
    newer = backups.auto_backup(ctx.conn, open_vault.data_key, open_vault.vault.folder,
                                date(2026, 11, 24)).created
    panel = BackupsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    names = [panel.model.index(r, 1).data() for r in range(panel.model.rowCount())]
    assert sorted(names) == sorted([older.name, newer.name])
    chosen, asked = [], []
    monkeypatch.setattr(panel_module, "choose_open_file",
                        lambda *a, **k: chosen.append(a) or str(newer))
    monkeypatch.setattr(panel_module, "ask_yes_no", lambda _p, text, **k: asked.append(text) or True)
    panel.activateWindow()
    panel.table.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(panel.table, Qt.Key_Home)
    while panel.model.index(panel.table.currentIndex().row(), 1).data() != older.name:
        QTest.keyClick(panel.table, Qt.Key_Down)
    panel.restore_button.setFocus()
    with clock.frozen(date(2026, 11, 25)):
        QTest.keyClick(panel.restore_button, Qt.Key_Space)
        qtbot.waitUntil(lambda: panel._job is None, timeout=20000)
    assert chosen == []
    assert len(asked) == 1 and older.name in asked[0]
    assert f"Wiederhergestellt aus {older.name}" in panel.status.text()


def test_after_a_restore_the_focus_is_back_on_the_backups(ctx, qtbot, open_vault, monkeypatch):
    """Issue 64, item 9: the restore disables its button while it runs, and Qt moved the
    focus on to whatever came next (in the main window „Stoppuhr starten“, where a stray
    Enter started the stopwatch). Afterwards the keyboard is on the backup she restored."""
    backups.auto_backup(ctx.conn, open_vault.data_key, open_vault.vault.folder,
                        date(2026, 11, 20))
    panel = BackupsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    qtbot.waitExposed(panel)
    monkeypatch.setattr(panel_module, "ask_yes_no", lambda *a, **k: True)
    panel.activateWindow()
    panel.table.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(panel.table, Qt.Key_Home)
    QTest.keyClick(panel.table, Qt.Key_Space)          # the row selected
    panel.restore_button.setFocus()
    with clock.frozen(date(2026, 11, 25)):
        QTest.keyClick(panel.restore_button, Qt.Key_Space)
        qtbot.waitUntil(lambda: panel._job is None, timeout=20000)
    # the control that gets the keyboard when her window is active again
    assert panel.focusWidget() is panel.table, panel.focusWidget()
    assert panel.table.currentIndex().isValid()
