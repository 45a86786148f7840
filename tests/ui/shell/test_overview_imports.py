"""What the main window and the Übersicht load before she opens an area or an action.

A child process unlocks a demo vault the GUI's way, builds the main window, shows the
Übersicht and waits until its loads and the unlock's upkeep have ended. The code only an
action needs is not loaded then: the Schnellerfassung (opened with Strg+N or from a draft
line) and the stopwatch's stop dialog (opened when she stops it) come when she opens them.
"""

from __future__ import annotations

from tests.ui.shell.demo_child import run_demo_child

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from ssa_desktop.app import make_application
from ssa_desktop.services.session import Vault, unlock
from ssa_desktop.ui.background import wait_for_all
from ssa_desktop.ui.context import AppContext
from ssa_desktop.ui.shell.main_window import MainWindow


def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


app = make_application([])
session = unlock(Vault(Path(sys.argv[1])), sys.argv[2], defer_integrity=True, in_child=True)
ctx = AppContext(session.vault.folder)
window = MainWindow(ctx, None)
window.resize(1366, 768)
window.show()
ctx.set_session(session)
idle = 0
while idle < 5:
    wait(100)
    idle = idle + 1 if wait_for_all(0) else 0
shown = window.current_area_key()
print(json.dumps({"area": shown, "modules": sorted(sys.modules)}))
ctx.lock()
"""

ACTION_ONLY = ("ssa_desktop.ui.quick_entry.dialog", "ssa_desktop.ui.notes.note_editor",
               "ssa_desktop.ui.quick_entry.person_picker",
               # the stop dialog with its fields (spin box, category and school choice)
               "ssa_desktop.ui.time.stop_dialog", "ssa_desktop.ui.common.spins",
               "ssa_desktop.ui.time.combo")


def test_the_overview_loads_no_code_only_an_action_needs(tmp_path):
    seen = run_demo_child(tmp_path, CHILD)
    assert seen["area"] == "overview"
    assert "ssa_desktop.ui.overview.area" in seen["modules"]        # the Übersicht was built
    assert "ssa_desktop.ui.time.stopwatch" in seen["modules"]       # its button is there
    assert [m for m in ACTION_ONLY if m in seen["modules"]] == []
