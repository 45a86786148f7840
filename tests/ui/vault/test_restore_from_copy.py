"""Her vault folder is gone (a temporary or cleaned profile) but the second backup location
holds a copy: the start offers to bring the vault back from it into a folder she chooses,
by keyboard, through the command line's use case (``vault_admin.restore_into_new_folder``);
a wrong or damaged copy is refused in German and leaves nothing half-written. A real
SQLCipher vault, its real daily backup copied by ``auto_backup``, real key events."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog

from ssa_desktop import app as app_module
from ssa_desktop.services import backups
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.vault.elsewhere import RESTORED, VaultElsewhereDialog
from ssa_desktop.ui.vault.restore_copy import RestoreCopyDialog
from tests.conftest import FAST_KDF
from tests.services.test_interchange import populate_sample

DAY = date(2026, 11, 23)
NEW_PASSPHRASE = "Lindenbluete-Kastanie-Abendrot-48"


@pytest.fixture
def gone(open_vault, tmp_path):
    """A filled vault whose daily backup went to a USB stick, then its folder deleted:
    (stick, emergency key, table counts)."""
    populate_sample(open_vault.conn)
    stick = tmp_path / "USB-Stick"
    run = backups.auto_backup(open_vault.conn, open_vault.data_key, open_vault.vault.folder,
                              DAY, second=backups.second_place(stick, open_vault.uuid))
    assert run.copied is not None
    key, counts = open_vault.emergency_key(), repo.table_counts(open_vault.conn)
    open_vault.lock()
    shutil.rmtree(open_vault.vault.folder)
    return stick, key, counts


@pytest.fixture
def start(qtbot, gone, tmp_path):
    """The start window as ``_where_to_start`` builds it for a fresh profile."""
    stick, key, counts = gone
    copy = backups.copies_in_second_place(stick)[0]
    shown = VaultElsewhereDialog(tmp_path / "Profil" / "Tresor", lambda f: False, copy=copy,
                                 named=False, kdf_params=FAST_KDF)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    shown.activateWindow()
    return shown, key, counts


def _type(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def _open_restore(qtbot, dialog) -> RestoreCopyDialog:
    assert dialog.restore_button.isDefault() and dialog.focusWidget() is dialog.restore_button
    qtbot.keyClick(dialog.restore_button, Qt.Key_Return)
    restore = dialog.restore_dialog
    qtbot.waitUntil(restore.isVisible)
    restore.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is restore.key_edit.edit)
    return restore


def _fill(qtbot, restore, key: str) -> None:
    """Emergency key, Tab past its „anzeigen“, new passphrase, Tab, repeated: by keyboard
    only (as in the emergency-key dialog of the unlock window)."""
    _type(qtbot, key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is restore.key_edit.toggle
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    assert QApplication.focusWidget() is restore.new1.edit
    _type(qtbot, NEW_PASSPHRASE)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Tab)
    _type(qtbot, NEW_PASSPHRASE)
    assert restore.new1.text() == restore.new2.text() == NEW_PASSPHRASE


def test_a_fresh_profile_with_a_copy_in_the_second_location_is_offered_the_copy(
        qapp, gone, monkeypatch):
    stick, _key, _counts = gone
    SettingsStore().second_backup_folder = stick   # no vault folder named: a fresh profile
    shown: list[QDialog] = []

    def refuse(self):
        shown.append(self)
        return QDialog.Rejected

    monkeypatch.setattr(QDialog, "exec", refuse)
    try:
        assert app_module.run_gui() == 0
        assert [type(window) for window in shown] == [VaultElsewhereDialog]
        window = shown[0]
        assert window.restore_button.isVisibleTo(window) and window.restore_button.isDefault()
        assert "Im zweiten Sicherungsort liegt eine Sicherung vom 23.11.2026" in window.text.text()
    finally:
        for window in shown:
            if shiboken6.isValid(window):
                shiboken6.delete(window)


def test_after_the_copy_is_brought_back_the_start_opens_its_unlock_window(
        qapp, gone, tmp_path, monkeypatch):
    """The start acts on RESTORED: the unlock window of the folder she chose follows (the
    restore itself runs through the same service, here as the dialog would call it)."""
    from ssa_desktop.services import vault_admin
    from ssa_desktop.ui.vault.unlock import UnlockDialog

    stick, key, _counts = gone
    SettingsStore().second_backup_folder = stick
    chosen = tmp_path / "D" / "Tresor"
    shown: list[QDialog] = []

    def answer(self):
        shown.append(self)
        if isinstance(self, VaultElsewhereDialog):
            vault_admin.restore_into_new_folder(self.copy.path, chosen, key, NEW_PASSPHRASE,
                                                params=FAST_KDF).lock()
            self.choice, self.folder = RESTORED, chosen
            return QDialog.Accepted
        return QDialog.Rejected

    monkeypatch.setattr(QDialog, "exec", answer)
    try:
        assert app_module.run_gui() == 0
        assert [type(window) for window in shown] == [VaultElsewhereDialog, UnlockDialog]
        assert shown[1].vault.folder == chosen
    finally:
        for window in shown:
            if shiboken6.isValid(window):
                shiboken6.delete(window)


def test_the_vault_comes_back_from_the_copy_into_the_folder_she_chooses(
        qtbot, start, tmp_path, monkeypatch):
    dialog, key, counts = start
    chosen = tmp_path / "D" / "Tresor"
    chosen.mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a: str(chosen))
    restore = _open_restore(qtbot, dialog)
    # Shift+Tab from the key back to „Anderer Ordner …“, Space chooses the folder
    qtbot.keyClick(restore.key_edit.edit, Qt.Key_Backtab)
    assert QApplication.focusWidget() is restore.folder_button
    qtbot.keyClick(restore.folder_button, Qt.Key_Space)
    assert restore.folder_edit.text() == str(chosen)
    qtbot.keyClick(restore.folder_button, Qt.Key_Tab)
    _fill(qtbot, restore, key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.choice is not None, timeout=60000)
    assert dialog.choice == RESTORED and dialog.folder == chosen
    assert dialog.result() == QDialog.Accepted
    session = Vault(chosen).unlock(NEW_PASSPHRASE)   # the unlock window opens it next
    try:
        assert repo.table_counts(session.conn) == counts and counts["person"] > 0
    finally:
        session.lock()
    assert not list(chosen.glob("*.partial"))


def test_a_damaged_copy_is_refused_in_german_and_nothing_is_written(qtbot, start, gone):
    dialog, key, _counts = start
    copy = dialog.copy.path
    data = bytearray(copy.read_bytes())
    data[5000:5100] = bytes(100)   # a damaged page after the first
    copy.write_bytes(bytes(data))
    restore = _open_restore(qtbot, dialog)
    _fill(qtbot, restore, key)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(restore.error_label.isVisible, timeout=60000)
    assert "beschädigt" in restore.error_label.text()
    assert "Traceback" not in restore.error_label.text()
    assert dialog.choice is None and restore.isVisible()
    target = dialog.folder
    assert not (target / "vault.ssadb").exists() and not (target / "vault.key").exists()
    assert not target.exists() or not list(target.glob("*.partial"))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Escape)   # back to the start window
    qtbot.waitUntil(lambda: not restore.isVisible())


def test_a_wrong_emergency_key_is_said_and_no_vault_is_made(qtbot, start):
    dialog, key, _counts = start
    groups = key.split()
    groups[0] = "00000000" if groups[0] != "00000000" else "11111111"
    restore = _open_restore(qtbot, dialog)
    _fill(qtbot, restore, " ".join(groups))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Return)
    qtbot.waitUntil(restore.error_label.isVisible, timeout=60000)
    assert "Der Notfallschlüssel passt nicht zu der Sicherung" in restore.error_label.text()
    assert "Es wurde kein Tresor angelegt." in restore.error_label.text()
    assert QApplication.focusWidget() is restore.key_edit.edit   # she corrects it at once
    assert not (dialog.folder / "vault.ssadb").exists()
    assert dialog.choice is None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Escape)
    qtbot.waitUntil(lambda: not restore.isVisible())
