"""A refusal of several lines (a failed migration names its stand and its backup) is shown
whole in the unlock window at 200 %: the window grows to the wrapped message, not only to
its first lines (it was clipped at top and bottom). Qt's scale factor is read when the
application starts, so the window is built in a child process at QT_SCALE_FACTOR=2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([]); app.setStyle("Fusion")
from keyring.backends import fail
from pathlib import Path
from ssa_desktop.storage.errors import MigrationFailed
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.vault.unlock import UnlockDialog
dialog = UnlockDialog(Vault(Path(sys.argv[1])), store=DeviceKeyStore(fail.Keyring()))
dialog.show(); app.processEvents()
dialog.show_error(str(MigrationFailed(9, "vor-umstellung-2026-11-25-schema9.ssabak")))
for _ in range(5):
    app.processEvents()
label = dialog.error_label
print(json.dumps([label.height(), label.heightForWidth(label.width())]))
"""


def test_a_long_refusal_is_shown_whole_at_200_percent(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR="2",
               PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "tresor")], env=env,
                          capture_output=True, text=True, timeout=120, cwd=ROOT,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    height, needed = json.loads(done.stdout.splitlines()[-1])
    assert height >= needed
