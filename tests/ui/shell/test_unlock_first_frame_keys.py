"""The unlock window on the real start path (``run_gui``, the accessibility factory held
until the first frame, the start frozen out of the collector's sight), used as she and a
screen-reader user use it: at exposure the focus is in the passphrase field, typed keys
land there, a wrong passphrase's message is an announced AlertMessage named by its words,
the exposure watch has stopped; nothing frozen at the start is a secret or a connection."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]

CHILD = r"""
import gc, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QDialog

seen = {"announced": []}

from ssa_desktop.ui import main_thread_gc

def freeze_and_look():
    # what the freeze takes: every object the collector tracks now
    kinds = {}
    for o in gc.get_objects():
        module = type(o).__module__ or ""
        if module == "ssa_desktop.storage.vault_lock":
            continue  # the one-writer claim: held to the end, released by its guard
        if isinstance(o, bytearray) or module.startswith(("sqlcipher3", "ssa_desktop.storage",
                                                            "ssa_desktop.services.session")):
            kinds[type(o).__qualname__] = kinds.get(type(o).__qualname__, 0) + 1
    seen["frozen_suspects"] = kinds
    seen["storage_loaded"] = "sqlcipher3" in sys.modules
    frozen()

frozen, main_thread_gc.freeze_start = main_thread_gc.freeze_start, freeze_and_look

from ssa_desktop.ui.common import announce as announce_module

told = announce_module.announce

def spy(widget, text):
    if text:
        seen["announced"].append(text)
    told(widget, text)

announce_module.announce = spy


def exec_with_keys(self):
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtGui import QAccessible
    from PySide6.QtTest import QTest

    app = QApplication.instance()
    QAccessible.setActive(True)  # a screen reader is running
    self.show()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        app.processEvents()
        handle = self.windowHandle()
        if self.isVisible() and handle is not None and handle.isExposed():
            break
    focus = app.focusWidget()
    seen["focus_at_exposure"] = focus is self.passphrase or (
        focus is not None and self.passphrase.isAncestorOf(focus))
    while time.monotonic() < deadline and not announce_module._factory_state["installed"]:
        app.processEvents()  # the factory follows right after the first frame
    watch = self.findChild(QTimer, "ssa_exposure_watch")
    seen["watch_active"] = watch is not None and watch.isActive()
    QTest.keyClicks(app.focusWidget(), "falsch falsch falsch")
    seen["typed"] = self.passphrase.text()
    QTest.keyClick(app.focusWidget(), Qt.Key_Return)
    while time.monotonic() < deadline and not self.error_label.isVisible():
        app.processEvents()
    iface = QAccessible.queryAccessibleInterface(self.error_label)
    seen["error_role"] = iface.role().name
    seen["error_name"] = iface.text(QAccessible.Name)
    focus = app.focusWidget()
    seen["focus_after_error"] = focus is self.passphrase or (
        focus is not None and self.passphrase.isAncestorOf(focus))
    return QDialog.Rejected

QDialog.exec = exec_with_keys
from ssa_desktop.app import run_gui
seen["code"] = run_gui(Path(sys.argv[1]))
import json
print(json.dumps(seen))
"""


def test_a_wrong_passphrase_typed_at_exposure_is_announced_and_nothing_secret_is_frozen(
        tmp_path):
    from ssa_desktop.storage.vault import Vault

    folder = tmp_path / "tresor"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / ".config"))
    out = subprocess.run([sys.executable, "-c", CHILD, str(folder)], env=env,
                         cwd=str(ROOT), capture_output=True, text=True, timeout=180,
                         check=True).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["frozen_suspects"] == {} and not seen["storage_loaded"]
    assert seen["focus_at_exposure"], "the passphrase field has the focus when she sees it"
    assert not seen["watch_active"], "no timer left polling after the first frame"
    assert seen["typed"] == "falsch falsch falsch"
    assert seen["error_role"] == "AlertMessage"
    assert seen["error_name"].startswith("Die Passphrase ist falsch")
    assert any(text.startswith("Die Passphrase ist falsch") for text in seen["announced"])
    assert seen["focus_after_error"]
