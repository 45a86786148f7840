"""Start the real app (run_gui) on a vault, unlock by keyboard, use it briefly, press Ctrl+Q.

argv: folder passphrase [visit]  — "visit": open every area and quick entry first."""
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop import app as appmod

folder, passphrase = Path(sys.argv[1]), sys.argv[2]
visit = len(sys.argv) > 3
state = {"visited": False}


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
            if visit and not state["visited"]:
                state["visited"] = True
                for n in range(1, 10):
                    QTest.keyClick(app.focusWidget() or w, Qt.Key_0 + n, Qt.ControlModifier)
                    QTest.qWait(5)
                QTest.keyClick(app.focusWidget() or w, Qt.Key_N, Qt.ControlModifier)
                QTest.qWait(20)
                QTest.keyClick(app.focusWidget() or w, Qt.Key_Escape)
                break
            QTest.keyClick(app.focusWidget() or w, Qt.Key_Q, Qt.ControlModifier)
            return
    QTimer.singleShot(20, step)


appmod.make_application()
QTimer.singleShot(20, step)
sys.exit(appmod.run_gui(folder))
