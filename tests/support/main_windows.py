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


def demo_main_window(qtbot, folder: Path, size: tuple[int, int]) -> MainWindow:
    """The main window, shown at ``size``, over a new vault filled with one year of demo
    data: labels that are empty without data (status lines, counts) show their text."""
    from ssa_desktop import demo
    from ssa_desktop.storage.vault import Vault
    from ssa_desktop.ui.context import AppContext
    from tests.conftest import PASSPHRASE

    session, _ = Vault.create(folder / "demo", PASSPHRASE, params=FAST_KDF)
    demo.fill_demo(session.conn, years=1)
    context = AppContext(session.vault.folder)
    context.set_session(session)
    window = MainWindow(context, SettingsStore(folder / "s.ini"),
                        store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    return window
