"""Kurzkontakte as she opens it, for the tests here: from her main window, shown."""

from __future__ import annotations

import pytest
from keyring.backends import fail

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF


@pytest.fixture
def short_contacts(ctx, qtbot, tmp_path):
    """Opens Kurzkontakte once the test has entered its short contacts: from the main
    window on ``ctx`` (shown, device settings in ``tmp_path``, no keychain), the dialog
    exposed."""
    def opened():
        win = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                         store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
        qtbot.addWidget(win)
        win.show()
        dialog = win.open_short_contacts()
        qtbot.waitExposed(dialog)
        return dialog
    return opened
