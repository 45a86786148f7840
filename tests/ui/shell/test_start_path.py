"""The unlock window comes first (issue 21): on the real ``run_gui`` path, at the moment
the unlock window is exposed, only Qt, the standard library and an allow-list of our own
light modules are imported — no storage layer, SQLCipher, Argon2, keychain, holidays,
reportlab or HTTP client. The keychain is asked after the window shows; a vault
remembered on this device then opens without the window being used.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import FAST_KDF, PASSPHRASE

ROOT = Path(__file__).resolve().parents[3]

# Our modules the unlock window may need before the passphrase is typed.
ALLOWED_OWN = {
    "ssa_desktop", "ssa_desktop.app", "ssa_desktop.launch", "ssa_desktop.diagnostics",
    "ssa_desktop.paths", "ssa_desktop.hardening",
    "ssa_desktop.services", "ssa_desktop.storage",
    "ssa_desktop.ui", "ssa_desktop.ui.i18n",
    "ssa_desktop.ui.main_thread_gc", "ssa_desktop.ui.none_guard",
    "ssa_desktop.ui.settings_store", "ssa_desktop.ui.vault", "ssa_desktop.ui.vault.unlock",
    "ssa_desktop.ui.vault.passphrase_widgets",
    # the palette; the focus frame (ui.focus_frame) comes after the first frame
    "ssa_desktop.ui.theme", "ssa_desktop.ui.colours", "ssa_desktop.ui.first_frame",
    # the accessibility helpers (names, announcements, the secret field): Qt only
    "ssa_desktop.ui.common", "ssa_desktop.ui.common.announce", "ssa_desktop.ui.common.labels",
    "ssa_desktop.ui.common.secret_field",
    # the shared widget builders the unlock window uses (Qt only, a few lines each)
    "ssa_desktop.ui.common.fonts", "ssa_desktop.ui.common.tab_chain",
    "ssa_desktop.ui.common.layout_items",
    "ssa_desktop.ui.vault.passphrase_rows",
    # one window per vault (issue 29): the lock is claimed before the unlock window shows;
    # the error classes (storage.errors, domain.errors) come only with a refusal
    "ssa_desktop.services.one_writer", "ssa_desktop.storage.vault_lock",
    # the build id taken at the start (an update while she works: restart)
    "ssa_desktop.storage.installed_build",
    "ssa_desktop.ui.single_instance",
}
# Third-party top-level packages allowed then: Qt and what Python's site machinery loads.
ALLOWED_THIRD_PARTY = {"PySide6", "shiboken6", "shibokensupport", "signature_bootstrap",
                       "__feature__", "_distutils_hack"}
# Standard-library modules that would mean an HTTP client or mail parser came along.
FORBIDDEN_STDLIB = {"http", "http.client", "urllib.request", "email", "ssl", "sqlite3"}
# Qt modules the first frame does without (the one-window listener, a file-system
# watcher, starts once the window has been painted; it needs no QtNetwork at all).
FORBIDDEN_QT = {"PySide6.QtNetwork"}
# Standard-library packages the first frame does without (issue 29, cold start): the lock
# file is written without ``json``, a label's text is read without ``html`` (entities are
# rare), the None guard uses ``_ctypes`` alone. Each cost 1-1.5 ms of CPU before the frame.
FORBIDDEN_BEFORE_FRAME = {"json", "html", "ctypes",
                          # the start's decision is a NamedTuple: ``dataclasses`` (with
                          # ``copy``) and the class it generates cost 2-4 ms of CPU
                          "dataclasses", "copy",
                          # a label's decorative symbols are looked up only beyond Latin-1
                          "unicodedata"}
# PySide builds a class (and every enum in it) the first time Python touches it: the style
# (handed to Python by ``setStyle`` or ``findChild``: eleven enums, 4 ms), the combo, spin
# and text boxes the unlock window does not have, QByteArray (issue 29, cold start).
FORBIDDEN_QT_CLASSES_BEFORE_FRAME = {"QStyle", "QComboBox", "QAbstractSpinBox", "QTextEdit",
                                     "QAbstractScrollArea",  # the unlock window scrolls not
                                     "QPlainTextEdit", "QByteArray",
                                     # built while PySide finds the Python type of each
                                     # event a Python event filter is handed: the unlock
                                     # window reports its first paint itself
                                     "QScrollEvent", "QPlatformSurfaceEvent",
                                     "QInputMethodEvent",
                                     # the accessibility factory comes right after the
                                     # first frame (test_the_unlock_windows_accessible_
                                     # tree_is_complete_when_it_is_exposed below)
                                     "QAccessible", "QAccessibleWidget",
                                     # no Python event handler or filter runs before the
                                     # first frame (the window watches its exposure)
                                     "QEvent", "QShowEvent", "QPaintEvent",
                                     # the Qt namespace with all its enums: 20 ms of CPU
                                     # (ui.common.tab_chain imported it for pages built
                                     # later, which come long after the first frame)
                                     "Qt",
                                     # the window icon (its class with the 151 members of
                                     # ThemeIcon, the icon engines: 3-4 ms of CPU) comes
                                     # right after the first frame (``seen["icon"]``)
                                     "QIcon", "QIconEngine"}

CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QDialog

seen = {}

def exec_until_exposed(self):
    app = QApplication.instance()
    self.show()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        handle = self.windowHandle()
        if self.isVisible() and handle is not None and handle.isExposed():
            break
    seen["modules"] = sorted(sys.modules)
    import PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets
    seen["qt_classes"] = sorted(name for module in (PySide6.QtCore, PySide6.QtGui, PySide6.QtWidgets)
                                for name in vars(module) if name.startswith("Q"))
    seen["window"] = type(self).__name__
    import gc
    seen["frozen"] = gc.get_freeze_count()
    seen["window_collectable"] = any(o is self for o in gc.get_objects())
    while time.monotonic() < deadline and type(app.style()).__name__ != "FocusStyle":
        app.processEvents()  # the focus frame follows right after the first frame
    seen["style"] = type(app.style()).__name__
    # the program's icon is set before the focus frame, both right after the first frame
    seen["icon"] = [size.width() for size in app.windowIcon().availableSizes()]
    return QDialog.Rejected

QDialog.exec = exec_until_exposed
from ssa_desktop.app import run_gui
code = run_gui(Path(sys.argv[1]))
seen["code"] = code
import json
print(json.dumps(seen))
"""


def _third_party(name: str) -> bool:
    top = name.split(".")[0]
    return not (top in sys.stdlib_module_names or top.startswith("__editable__")
                or top in ("__main__", "__mp_main__", "ssa_desktop"))


def test_the_unlock_window_imports_only_qt_and_its_own_light_modules(tmp_path):
    from ssa_desktop.storage.vault import Vault

    folder = tmp_path / "tresor"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / ".config"))
    out = subprocess.run([sys.executable, "-c", CHILD, str(folder)], env=env, cwd=str(ROOT),
                         capture_output=True, text=True, timeout=120, check=True).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["window"] == "UnlockDialog" and seen["code"] == 0
    assert seen["style"] == "FocusStyle"
    assert seen["icon"] == [256]  # the program's icon, set once the window has its frame
    # the start's objects (modules, classes, PySide's enums) are out of the collector's
    # sight (main_thread_gc.freeze_start); the window's own stay collectable
    assert seen["frozen"] > 10_000 and seen["window_collectable"]
    modules = set(seen["modules"])
    own = {m for m in modules if m == "ssa_desktop" or m.startswith("ssa_desktop.")}
    assert own - ALLOWED_OWN == set()
    third = {m.split(".")[0] for m in modules if _third_party(m)}
    assert third - ALLOWED_THIRD_PARTY == set()
    assert modules & FORBIDDEN_STDLIB == set()
    assert modules & FORBIDDEN_QT == set()
    assert modules & FORBIDDEN_BEFORE_FRAME == set()
    assert set(seen["qt_classes"]) & FORBIDDEN_QT_CLASSES_BEFORE_FRAME == set()
    assert "QLineEdit" in seen["qt_classes"]  # the test can see a class that was built


# A screen reader that asks for every interface of the unlock window before its first
# frame (before the accessibility factory is installed), then reads it when exposed and
# once the factory is there.
A11Y_CHILD = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QDialog, QWidget

seen = {}

def exec_with_a_reader(self):
    from PySide6.QtGui import QAccessible
    from ssa_desktop.ui.common import announce

    app = QApplication.instance()
    seen["held"] = not announce._factory_state["installed"]
    QAccessible.setActive(True)  # a screen reader is running
    for widget in [self, *self.findChildren(QWidget)]:
        QAccessible.queryAccessibleInterface(widget)  # Qt's plain interfaces, cached
    self.show()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        handle = self.windowHandle()
        if self.isVisible() and handle is not None and handle.isExposed():
            break
    from tests.ui.a11y.audit import audit

    seen["audit_exposed"] = audit(self)
    seen["names_exposed"] = sorted(
        QAccessible.queryAccessibleInterface(w).text(QAccessible.Name)
        for w in self.findChildren(QWidget) if w.isVisibleTo(self) and w.focusPolicy())
    while time.monotonic() < deadline and not announce._factory_state["installed"]:
        app.processEvents()  # the factory follows right after the first frame
    self.show_error("Die Passphrase ist falsch.")
    iface = QAccessible.queryAccessibleInterface(self.error_label)
    seen["error_role"] = iface.role().name
    seen["error_name"] = iface.text(QAccessible.Name)
    seen["audit_after"] = audit(self)
    return QDialog.Rejected

QDialog.exec = exec_with_a_reader
from ssa_desktop.app import run_gui
seen["code"] = run_gui(Path(sys.argv[1]))
import json
print(json.dumps(seen))
"""


def test_the_unlock_windows_accessible_tree_is_complete_when_it_is_exposed(tmp_path):
    """The accessibility factory (message lines as AlertMessage) is installed after the
    first frame; a reader gets every name and label from Qt's own interfaces when the
    window is exposed, and the error line it asked for before is an AlertMessage named by
    its words once a message shows."""
    from ssa_desktop.storage.vault import Vault

    folder = tmp_path / "tresor"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / ".config"))
    out = subprocess.run([sys.executable, "-c", A11Y_CHILD, str(folder)], env=env,
                         cwd=str(ROOT), capture_output=True, text=True, timeout=120,
                         check=True).stdout
    seen = json.loads(out.strip().splitlines()[-1])
    assert seen["code"] == 0 and seen["held"]
    assert seen["audit_exposed"] == {} and seen["audit_after"] == {}
    assert {"Passphrase", "Passphrase anzeigen", "Entsperren", "Abbrechen",
            "Mit Notfallschlüssel öffnen", "Datenpanne melden"} <= set(seen["names_exposed"])
    assert seen["error_role"] == "AlertMessage"
    assert seen["error_name"] == "Die Passphrase ist falsch."


def test_the_allow_list_catches_a_heavy_import(tmp_path, monkeypatch):
    """The test above can fail: with the session service imported by the unlock module
    (as before issue 21) the storage layer and SQLCipher show up. (Not ``cryptography``
    any more: the session service never imports it, the unlock unwraps in a child.)"""
    from ssa_desktop.storage.vault import Vault

    folder = tmp_path / "tresor"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / ".config"))
    heavy = "import ssa_desktop.services.session\n" + CHILD
    out = subprocess.run([sys.executable, "-c", heavy, str(folder)], env=env, cwd=str(ROOT),
                         capture_output=True, text=True, timeout=120, check=True).stdout
    modules = set(json.loads(out.strip().splitlines()[-1])["modules"])
    own = {m for m in modules if m.startswith("ssa_desktop.")}
    assert "ssa_desktop.storage.vault" in own - ALLOWED_OWN
    third = {m.split(".")[0] for m in modules if _third_party(m)}
    assert "sqlcipher3" in third
    assert third & {"cryptography", "argon2"} == set()


def test_a_vault_remembered_on_this_device_opens_after_the_window_shows(qtbot, tmp_path,
                                                                        monkeypatch):
    """The remembered unlock asks the keychain in its child (a file keyring the child
    reads too) only once the window shows."""
    from ssa_desktop.storage.keystore import DeviceKeyStore
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.ui.vault.unlock import UnlockDialog

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.support.file_keyring.FileKeyring")
    monkeypatch.setenv("SSA_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    monkeypatch.chdir(ROOT)
    opened, _ = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    assert opened.remember_on_device(DeviceKeyStore())
    opened.lock()
    dialog = UnlockDialog(tmp_path / "tresor", try_remembered=True)
    qtbot.addWidget(dialog)
    assert dialog.store is None and dialog.session is None  # nothing asked before it shows
    with qtbot.waitSignal(dialog.unlocked, timeout=60_000) as blocker:
        dialog.show()
    assert dialog.result() == UnlockDialog.Accepted and dialog.store is not None
    blocker.args[0].lock()


def test_without_a_remembered_key_the_window_waits_for_the_passphrase(qtbot, tmp_path,
                                                                     monkeypatch):
    from ssa_desktop.services import session as session_svc
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.ui.vault.unlock import UnlockDialog
    from tests.support.memory_keyring import MemoryKeyring

    store = session_svc.DeviceKeyStore(MemoryKeyring())
    Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)[0].lock()
    monkeypatch.setattr(session_svc, "DeviceKeyStore", lambda: store)
    dialog = UnlockDialog(tmp_path / "tresor", try_remembered=True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.store is store, timeout=10000)
    assert dialog.isVisible() and dialog.session is None
    assert dialog.remember.isVisible()  # a keychain exists: she may ask to be remembered


# -- the program's real entry (issue 29, cold start) ---------------------------------------
# What she starts: the frozen build's ``packaging/entry.py`` (the console script and
# ``python -m ssa_desktop`` call the same ``launch.run``). Without a command it opens the
# window without the command line: no command module imported, no parser built (argparse
# itself comes with PySide6's signature loader).
ENTRY_CHILD = r"""
import argparse, runpy, sys, time
from PySide6.QtWidgets import QApplication, QDialog

seen = {}
parsers = []
build = argparse.ArgumentParser.__init__

def counted(self, *args, **kwargs):
    parsers.append(type(self).__name__)
    build(self, *args, **kwargs)

argparse.ArgumentParser.__init__ = counted

def exec_until_exposed(self):
    app = QApplication.instance()
    self.show()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        app.processEvents()
        handle = self.windowHandle()
        if self.isVisible() and handle is not None and handle.isExposed():
            break
    seen["modules"] = sorted(sys.modules)
    seen["parsers"] = len(parsers)
    seen["window"] = type(self).__name__
    return QDialog.Rejected

QDialog.exec = exec_until_exposed
entry = sys.argv[1]
sys.argv = [entry, *sys.argv[2:]]
try:
    runpy.run_path(entry, run_name="__main__")
except SystemExit as exc:
    seen["code"] = exc.code
import json
print(json.dumps(seen))
"""
ENTRY = ROOT / "packaging" / "entry.py"


def _start_through_the_entry(tmp_path, *arguments: str) -> dict:
    from ssa_desktop.storage.vault import Vault

    folder = tmp_path / "tresor"
    Vault.create(folder, PASSPHRASE, params=FAST_KDF)[0].lock()
    config = tmp_path / ".config" / "SSA Desktop"
    config.mkdir(parents=True)
    # the vault she opened last time, as the window remembers it (ui.settings_store)
    (config / "SSA Desktop.ini").write_text(f"[vault]\nfolder={folder}\n", "utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT),
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / ".config"))
    arguments = tuple(a.replace("{tresor}", str(folder)) for a in arguments)
    out = subprocess.run([sys.executable, "-c", ENTRY_CHILD, str(ENTRY), *arguments],
                         env=env, cwd=str(ROOT), capture_output=True, text=True,
                         timeout=120, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def _command_line(seen: dict) -> set[str]:
    """The command line's modules imported, and its parsers built, before the window."""
    return {m for m in seen["modules"] if m == "ssa_desktop.cli"
            or m.startswith("ssa_desktop.cli_commands")} | (
        {f"{seen['parsers']} parsers"} if seen["parsers"] else set())


def test_the_entry_without_arguments_opens_the_window_without_the_command_line(tmp_path):
    seen = _start_through_the_entry(tmp_path)
    assert seen["window"] == "UnlockDialog" and seen["code"] == 0
    modules = set(seen["modules"])
    assert _command_line(seen) == set()
    assert "ssa_desktop.hardening" in modules  # the hardened path all the same
    own = {m for m in modules if m == "ssa_desktop" or m.startswith("ssa_desktop.")}
    assert own - ALLOWED_OWN == set()
    # and the allow-list names nothing the first frame no longer needs: a cut shrinks it
    assert ALLOWED_OWN - own == set()
    # the hardening calls prctl through ``_ctypes``, not the ``ctypes`` package
    assert modules & (FORBIDDEN_STDLIB | FORBIDDEN_QT | FORBIDDEN_BEFORE_FRAME) == set()


def test_the_entry_with_a_vault_folder_opens_the_window_without_the_command_line(tmp_path):
    seen = _start_through_the_entry(tmp_path, "--vault", "{tresor}")
    assert seen["window"] == "UnlockDialog" and seen["code"] == 0
    assert _command_line(seen) == set()


def test_the_entry_with_a_command_still_reads_the_command_line(tmp_path):
    # the guards above can fail: an abbreviated option (argparse's) goes through the
    # command line, which starts the same window
    seen = _start_through_the_entry(tmp_path, "--vau", "{tresor}")
    assert seen["window"] == "UnlockDialog" and seen["code"] == 0
    found = _command_line(seen)
    assert {"ssa_desktop.cli", "ssa_desktop.cli_commands.vault"} <= found
    assert seen["parsers"] > 20  # the program's, and one for each command
