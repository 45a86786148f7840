"""The emergency-key window behind the unlock window: a wrong key's message is a message
line a screen reader hears (AlertMessage, named by its words), as the unlock window's."""

from __future__ import annotations

from PySide6.QtGui import QAccessible

from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.vault.unlock import EmergencyUnlockDialog
from tests.conftest import FAST_KDF, PASSPHRASE

NEW_PASSPHRASE = "Regenschirm-Amsel-fliegt-nach-Lindau-93"


def test_a_wrong_emergency_key_is_announced_by_its_words(qtbot, tmp_path):
    Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)[0].lock()
    dialog = EmergencyUnlockDialog(Vault(tmp_path / "tresor"), kdf_params=FAST_KDF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.key_edit.setText("00000000 " * 8)
    dialog.new1.setText(NEW_PASSPHRASE)
    dialog.new2.setText(NEW_PASSPHRASE)
    dialog.submit()
    qtbot.waitUntil(dialog.error_label.isVisible, timeout=60_000)
    iface = QAccessible.queryAccessibleInterface(dialog.error_label)
    assert iface.role() == QAccessible.Role.AlertMessage
    assert "passt nicht" in iface.text(QAccessible.Text.Name)
