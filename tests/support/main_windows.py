"""The real main window on a test's open vault, shown and active as on her desktop (Qt gives
application shortcuts such as Strg+L and Strg+Q only to an app with an active window)."""

from __future__ import annotations

from pathlib import Path

from keyring.backends import fail

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF


def active_main_window(ctx, qtbot, folder: Path) -> MainWindow:
    window = MainWindow(ctx, SettingsStore(folder / "s.ini"),
                        store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window
