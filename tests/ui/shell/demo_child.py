"""A GUI child process on a one-year demo vault, for what a fresh process loads and holds."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from ssa_desktop.demo import create_demo_vault
from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]


def run_demo_child(tmp_path: Path, code: str) -> dict:
    """Run ``code`` (argv: the vault folder, its passphrase) offscreen in a fresh Python on
    a new one-year demo vault; its last line of output, read as JSON."""
    folder = tmp_path / "tresor"
    create_demo_vault(folder, PASSPHRASE, years=1, params=FAST_KDF).lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / ".config"))
    out = subprocess.run([sys.executable, "-c", code, str(folder), PASSPHRASE], env=env,
                         cwd=str(ROOT), capture_output=True, text=True, timeout=180,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


# The GUI's way from the unlock to the main window, idle: the Übersicht (and with
# ``every_area`` each area in turn) shown, every load and the unlock's upkeep ended; the
# line it prints says what was shown and which modules are loaded.
_MAIN_WINDOW_CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from ssa_desktop.app import make_application
from ssa_desktop.services.session import Vault, unlock
from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.background import wait_for_all
from ssa_desktop.ui.context import AppContext
from ssa_desktop.ui.shell.main_window import MainWindow

EVERY_AREA = False


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
first = window.current_area_key()
shown = []
for spec in AREAS if EVERY_AREA else ():
    window.show_area(spec.key)
    until_idle()
    shown.append(window.current_area_key())
print(json.dumps({"area": first, "shown": shown, "areas": [spec.key for spec in AREAS],
                  "modules": sorted(sys.modules)}))
ctx.lock()
"""


def run_main_window_child(tmp_path: Path, *, every_area: bool = False) -> dict:
    """What the main window on a demo vault showed and loaded once idle (see above)."""
    code = _MAIN_WINDOW_CHILD.replace("EVERY_AREA = False", f"EVERY_AREA = {every_area}")
    return run_demo_child(tmp_path, code)
