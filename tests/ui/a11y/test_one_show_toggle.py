"""A dialog with two passphrase fields has two show toggles a reader can tell apart:
one „Passphrase anzeigen" per dialog, the repeat's toggle named by the repeat. Tab goes
from the passphrase to its repetition, the toggles come after both fields (issue 64:
Tab from the passphrase landed on „Anzeigen“); Umschalt+Tab goes back the same way."""

from __future__ import annotations

from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QToolButton

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.vault.unlock import EmergencyUnlockDialog
from ssa_desktop.ui.vault.wizard import PassphrasePage
from tests.conftest import FAST_KDF, PASSPHRASE


def _toggles_after(qtbot, first, second) -> list[str]:
    first.edit.setFocus()
    qtbot.keyClick(first.edit, Qt.Key_Tab)
    assert QApplication.focusWidget() is second.edit
    names = []
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        focused = QApplication.focusWidget()
        assert isinstance(focused, QToolButton), focused
        names.append(focused.accessibleName())
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Backtab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Backtab)
    assert QApplication.focusWidget() is second.edit
    return names


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def test_the_wizard_page_names_its_two_toggles_apart(qtbot):
    page = _shown(qtbot, PassphrasePage(DeviceKeyStore(fail.Keyring())))
    assert _toggles_after(qtbot, page.first, page.second) == [
        "Passphrase anzeigen", "Wiederholung anzeigen"]


def test_the_emergency_dialog_names_its_two_toggles_apart(qtbot, tmp_path):
    Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)[0].lock()
    dialog = _shown(qtbot, EmergencyUnlockDialog(Vault(tmp_path / "tresor"),
                                                 kdf_params=FAST_KDF))
    assert _toggles_after(qtbot, dialog.new1, dialog.new2) == [
        "Neue Passphrase anzeigen", "Wiederholung anzeigen"]


def test_passphrase_aendern_goes_through_its_three_fields_first(qtbot):
    from ssa_desktop.ui.settings.dialogs import ChangePassphraseDialog

    dialog = _shown(qtbot, ChangePassphraseDialog())
    dialog.old.edit.setFocus()
    for field in (dialog.new, dialog.repeat):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
        assert QApplication.focusWidget() is field.edit
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.old.toggle
