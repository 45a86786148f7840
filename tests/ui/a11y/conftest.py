"""The main window the audits walk (test_audit, test_names_and_secrets); a module with
other needs has its own ``window``."""

from __future__ import annotations

import pytest
from keyring.backends import fail

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF


@pytest.fixture
def window(ctx, qtbot, tmp_path, pupil):
    win = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                     store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    # a critical task an audited page started (Datenschutz → Übergabe sweeps expired
    # packages) defers the close until it ends; the window closes then: wait for that
    # event, or the check for windows left open finds it on a busy machine
    win.close()
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=60000)
