"""An update replaced the program's files while the unlock window was open (an MSI run by
Intune, an /ALLUSERS setup): her passphrase, typed and entered, meets the German request to
restart, in the window, and nothing is opened (the window's side of
tests/storage/test_installed_build.py)."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from ssa_desktop.storage import installed_build
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.vault.unlock import UnlockDialog
from tests.conftest import FAST_KDF

PASSPHRASE = "Regenschirm-Amsel-fliegt-nach-Lindau-93"   # QTest cannot type „ü“


@pytest.fixture
def installed(monkeypatch, tmp_path):
    """The build id taken at the start (``launch.run``), of a program file of its own: only
    the files remembered at the start are compared (the unlock's child process must
    still start from the real interpreter)."""
    exe = tmp_path / "Programme" / "ssa-desktop.exe"
    exe.parent.mkdir()
    exe.write_bytes(b"MZ release 0.3.0")
    monkeypatch.setattr(installed_build, "_started", installed_build.build_id([exe]))
    return exe


def test_an_update_while_the_unlock_window_is_open_asks_for_a_restart(qtbot, tmp_path,
                                                                      installed):
    session, _key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    session.lock()
    dialog = UnlockDialog(Vault(tmp_path / "tresor"), store=DeviceKeyStore(fail.Keyring()),
                          kdf_params=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    installed.write_bytes(b"MZ release 0.4.0 with more")   # the MSI replaced it meanwhile
    qtbot.keyClicks(dialog.passphrase.edit, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=60000)
    text = dialog.error_label.text()
    assert text.startswith("SSA Desktop wurde auf diesem Gerät aktualisiert")
    assert "neu" in text and "Traceback" not in text
    assert dialog.session is None and dialog.isVisible()
