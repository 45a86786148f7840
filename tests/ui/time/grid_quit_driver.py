"""Start the real app (run_gui) on a vault, unlock by keyboard, type into the weekly grid
of Arbeitszeit with no pause between keys for ``rounds`` rounds, press Strg+Q.

argv: folder passphrase rounds. The clock stands on Wednesday 12 November 2025, 10:00.
Prints "edited N" and the reference counts of True and False to stdout before the quit.
"""
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop import app as appmod
from ssa_desktop.domain import clock

folder, passphrase, rounds = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
clock.set_clock(clock.fixed(datetime(2025, 11, 12, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))))
KEYS = {"Enter": Qt.Key_Return, "Tab": Qt.Key_Tab}
state = {"opened": False}


def burst(keys: str) -> None:
    """Every key to the focus widget of its moment; nothing runs between two keys."""
    for token in keys.split():
        for key in ([KEYS[token]] if token in KEYS else list(token)):
            QTest.keyClick(QApplication.focusWidget(), key)


def edit(window) -> None:
    from ssa_desktop.ui.time.area import TimeArea

    area = window.areas.get("time")
    if not isinstance(area, TimeArea) or area.report is None:
        return
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key_W, Qt.AltModifier)
    table, model = area.grid.table, area.grid.model
    table.setFocus()
    for _ in range(rounds):
        table.setCurrentIndex(model.index(0, 0))
        burst("30 Enter 45 Enter 15 Tab 20 Enter")
        QApplication.processEvents()
        table.setCurrentIndex(model.index(0, 0))
        burst("1 Enter 2 Enter 3 Tab 4 Enter")
        QApplication.processEvents()
    print("edited", rounds, sys.getrefcount(True), sys.getrefcount(False), flush=True)
    state["edited"] = True


def step():
    app = QApplication.instance()
    from ssa_desktop.ui.shell.main_window import MainWindow
    from ssa_desktop.ui.vault.unlock import UnlockDialog
    for w in app.topLevelWidgets():
        if isinstance(w, UnlockDialog) and w.isVisible() and not w.passphrase.text():
            w.passphrase.edit.setText(passphrase)
            QTest.keyClick(w.passphrase.edit, Qt.Key_Return)
        if isinstance(w, MainWindow) and w.isVisible():
            if not w.isActiveWindow():
                w.activateWindow()
                break
            if not state["opened"]:
                state["opened"] = True
                print("start", sys.getrefcount(True), sys.getrefcount(False), flush=True)
                QTest.keyClick(app.focusWidget() or w, Qt.Key_7, Qt.ControlModifier)
                break
            if not state.get("edited"):
                edit(w)
                break
            QTest.keyClick(app.focusWidget() or w, Qt.Key_Q, Qt.ControlModifier)
            return
    QTimer.singleShot(20, step)


appmod.make_application()
QTimer.singleShot(20, step)
sys.exit(appmod.run_gui(folder))
