"""A dialog with two passphrase fields has two show toggles a reader can tell apart:
one „Passphrase anzeigen" per dialog, the repeat's toggle named by the repeat. The
toggle is reached with Tab from its field, as she meets it."""

from __future__ import annotations

from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.vault.unlock import EmergencyUnlockDialog
from ssa_desktop.ui.vault.wizard import PassphrasePage
from tests.conftest import FAST_KDF, PASSPHRASE


def _toggle_after(qtbot, field) -> str:
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key_Tab)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QToolButton), focused
    return focused.accessibleName()


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def test_the_wizard_page_names_its_two_toggles_apart(qtbot):
    page = _shown(qtbot, PassphrasePage(DeviceKeyStore(fail.Keyring())))
    assert [_toggle_after(qtbot, page.first), _toggle_after(qtbot, page.second)] == [
        "Passphrase anzeigen", "Wiederholung anzeigen"]


def test_the_emergency_dialog_names_its_two_toggles_apart(qtbot, tmp_path):
    Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)[0].lock()
    dialog = _shown(qtbot, EmergencyUnlockDialog(Vault(tmp_path / "tresor"),
                                                 kdf_params=FAST_KDF))
    assert [_toggle_after(qtbot, dialog.new1), _toggle_after(qtbot, dialog.new2)] == [
        "Neue Passphrase anzeigen", "Wiederholung anzeigen"]
