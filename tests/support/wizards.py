"""The first-run wizard as she starts it for a new vault, and its first pages gone through."""

from __future__ import annotations

from pathlib import Path

from keyring.backends import fail
from PySide6.QtWidgets import QWizard

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.vault.wizard import PAGE_CREATE, PAGE_PASSPHRASE, FirstRunWizard
from tests.conftest import FAST_KDF


def first_run_wizard(qtbot, folder: Path) -> FirstRunWizard:
    """The wizard for a new vault in ``folder`` (no keychain, the fast key derivation, a
    local Linux disk), handed to ``qtbot``, shown."""
    wizard = FirstRunWizard(folder, store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF,
                            location_kwargs={"platform": "linux", "mounts": [("/", "ext4")]})
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def create_the_vault(qtbot, wizard: FirstRunWizard, passphrase: str) -> None:
    """From the welcome page: „Weiter“ twice, ``passphrase`` typed in both fields,
    „Tresor anlegen“; back once the vault is created."""
    wizard.button(QWizard.WizardButton.NextButton).click()
    wizard.button(QWizard.WizardButton.NextButton).click()
    assert wizard.currentId() == PAGE_PASSPHRASE
    qtbot.keyClicks(wizard.passphrase_page.first.edit, passphrase)
    qtbot.keyClicks(wizard.passphrase_page.second.edit, passphrase)
    wizard.button(QWizard.WizardButton.CommitButton).click()
    assert wizard.currentId() == PAGE_CREATE
    qtbot.waitUntil(wizard.create_page.isComplete, timeout=10_000)
