"""Settings from another laptop name a vault folder with no vault here: the start says
„Ihr Tresor liegt auf einem anderen Gerät …" and offers to fetch it here, open another
folder or start a new vault on purpose, instead of the first-run wizard without a word."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from ssa_desktop import app as app_module
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.vault.elsewhere import HERE, NEW, OTHER, VaultElsewhereDialog
from ssa_desktop.ui.vault.wizard import FirstRunWizard
from tests.support.vaults import FAST_KDF, PASSPHRASE


def _holds(folder) -> bool:
    return (folder / "vault.ssadb").exists()


@pytest.fixture
def dialog(qtbot, tmp_path):
    shown = VaultElsewhereDialog(tmp_path / "Laptop A" / "tresor", _holds)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown


def _key(dialog, key) -> None:
    QTest.keyClick(QApplication.focusWidget() or dialog, key)


@pytest.fixture
def first_windows(monkeypatch):
    """Every window the start runs, ended at once (as the user closing it), and deleted
    after the test: the wizard's passphrase fields must not outlive it (a later test in
    the same process counts every live secret field)."""
    shown: list[QDialog] = []

    def refuse(self):
        shown.append(self)
        return QDialog.Rejected

    monkeypatch.setattr(QDialog, "exec", refuse)
    yield shown
    for window in shown:
        if shiboken6.isValid(window):
            shiboken6.delete(window)


def test_a_start_with_settings_naming_a_missing_vault_asks_before_any_wizard(
        qapp, tmp_path, first_windows):
    missing = tmp_path / "Laptop A" / "tresor"
    SettingsStore().vault_folder = missing
    shown = first_windows
    assert app_module.run_gui() == 0
    assert [type(window) for window in shown] == [VaultElsewhereDialog]
    assert shown[0].text.text().startswith(
        f"Ihr Tresor liegt auf einem anderen Gerät: Ihre Einstellungen nennen den "
        f"Tresor-Ordner „{missing}“, aber auf diesem Gerät liegt dort kein Tresor.")
    # why a new vault only on purpose, said so that it cannot be read as "share"
    assert shown[0].text.text().endswith(
        "Legen Sie nur bewusst einen neuen Tresor an: sonst wären Ihre Akten und die "
        "KVJS-Zahlen auf zwei Tresore verteilt.")
    assert not missing.exists()  # nothing made where her settings point


def test_a_first_start_without_settings_still_opens_the_wizard(qapp, first_windows):
    shown = first_windows
    assert app_module.run_gui() == 0
    assert [type(window) for window in shown] == [FirstRunWizard]


def test_fetching_it_here_shows_the_steps_and_checks_again(qtbot, dialog):
    assert dialog.here_button.isDefault()
    _key(dialog, Qt.Key_Return)
    assert dialog.steps.isVisible() and "ganzen Tresor-Ordner" in dialog.steps.text()
    assert dialog.focusWidget() is dialog.check_button
    _key(dialog, Qt.Key_Return)
    assert dialog.message.text() == f"In „{dialog.folder}“ liegt noch kein Tresor."
    assert dialog.isVisible()
    Vault.create(dialog.folder, PASSPHRASE, params=FAST_KDF)[0].lock()  # IT copied it here
    _key(dialog, Qt.Key_Return)
    assert dialog.result() == QDialog.Accepted and dialog.choice == HERE


def test_another_folder_is_opened_only_when_it_holds_the_vault(qtbot, dialog, tmp_path,
                                                                monkeypatch):
    empty, vault = tmp_path / "leer", tmp_path / "D" / "tresor"
    empty.mkdir()
    Vault.create(vault, PASSPHRASE, params=FAST_KDF)[0].lock()
    answers = iter([str(empty), str(vault)])
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: next(answers))
    dialog.other_button.setFocus()
    _key(dialog, Qt.Key_Space)
    assert dialog.message.text() == f"In „{empty}“ liegt kein Tresor."
    _key(dialog, Qt.Key_Space)
    assert dialog.choice == OTHER and dialog.folder == vault


def test_a_new_vault_only_on_purpose_and_escape_ends_the_start(qtbot, dialog):
    dialog.new_button.setFocus()
    _key(dialog, Qt.Key_Space)
    assert dialog.choice == NEW and dialog.result() == QDialog.Accepted
    dialog.choice = None
    dialog.show()
    qtbot.waitExposed(dialog)
    _key(dialog, Qt.Key_Escape)
    assert dialog.result() == QDialog.Rejected and dialog.choice is None
