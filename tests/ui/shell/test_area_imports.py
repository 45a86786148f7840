"""What the main window loads with every area shown, before she starts an action.

A child process unlocks a demo vault the GUI's way, builds the main window, shows every
area (as the benchmark's peak child does) and waits until every load and the unlock's
upkeep have ended. The file exports of the Statistik and the Zeitanteile (KVJS json/csv,
the merge of several schools' files, the time-share csv/json) are not loaded then: they
come when she writes or merges a file; the figures on screen are rendered by
``formatting.fmt_figure``.
"""

from __future__ import annotations

from tests.ui.shell.demo_child import run_demo_child

CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from ssa_desktop.app import make_application
from ssa_desktop.services.session import Vault, unlock
from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.background import wait_for_all
from ssa_desktop.ui.context import AppContext
from ssa_desktop.ui.shell.main_window import MainWindow


def wait(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def until_idle():
    idle = 0
    while idle < 5:
        wait(100)
        idle = idle + 1 if wait_for_all(0) else 0


app = make_application([])
session = unlock(Vault(Path(sys.argv[1])), sys.argv[2], defer_integrity=True, in_child=True)
ctx = AppContext(session.vault.folder)
window = MainWindow(ctx, None)
window.resize(1366, 768)
window.show()
ctx.set_session(session)
until_idle()
shown = []
for spec in AREAS:
    window.show_area(spec.key)
    until_idle()
    shown.append(window.current_area_key())
print(json.dumps({"shown": shown, "areas": [spec.key for spec in AREAS],
                  "modules": sorted(sys.modules)}))
ctx.lock()
"""

ACTION_ONLY = ("ssa_desktop.exports.kvjs_document", "ssa_desktop.exports.kvjs_csv",
               "ssa_desktop.exports.kvjs_merge", "ssa_desktop.exports.timeshare",
               "ssa_desktop.exports.cells")


def test_every_area_shown_loads_no_file_export(tmp_path):
    seen = run_demo_child(tmp_path, CHILD)
    assert seen["shown"] == seen["areas"]                          # every area was shown
    assert "ssa_desktop.ui.statistics.area" in seen["modules"]
    assert "ssa_desktop.ui.time.area" in seen["modules"]
    assert [m for m in ACTION_ONLY if m in seen["modules"]] == []
