"""Unlock dialog on a real vault: wrong passphrase, success, remember, emergency key."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from ssa_desktop.domain.entities import School
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.vault.unlock import UnlockDialog
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.memory_keyring import MemoryKeyring

NEW_PASSPHRASE = "Regenschirm-Amsel-fliegt-nach-Lindau-93"


@pytest.fixture
def vault(tmp_path):
    session, key = Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)
    repo.SCHOOLS.insert(session.conn, School("Realschule Nord", school_type="RS"))
    session.lock()
    v = Vault(tmp_path / "tresor")
    v.emergency_key_text = key
    return v


def make(qtbot, vault, **kw):
    kw.setdefault("store", DeviceKeyStore(fail.Keyring()))
    dialog = UnlockDialog(vault, kdf_params=FAST_KDF, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_wrong_passphrase_keeps_text_and_shows_german_message(qtbot, vault):
    dialog = make(qtbot, vault)
    assert dialog.passphrase.edit.hasFocus() or dialog.focusWidget() is dialog.passphrase.edit
    qtbot.keyClicks(dialog.passphrase.edit, "Lindenbluete-Kastanie-48")
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=60000)
    assert "Passphrase ist falsch" in dialog.error_label.text()
    assert dialog.passphrase.text() == "Lindenbluete-Kastanie-48"  # never lost
    assert dialog.passphrase.edit.selectedText() == "Lindenbluete-Kastanie-48"
    assert dialog.session is None and dialog.isVisible()
    # correct it in place: typing replaces the selection (QTest cannot type "ü")
    dialog.passphrase.edit.insert(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=60000) as blocker:
        qtbot.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    session = blocker.args[0]
    try:
        assert [s.name for s in repo.SCHOOLS.all(session.conn)] == ["Realschule Nord"]
        assert dialog.passphrase.text() == ""  # wiped after success
        assert dialog.result() == UnlockDialog.Accepted
    finally:
        session.lock()


def test_busy_state_while_deriving(qtbot, vault):
    dialog = make(qtbot, vault)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    assert dialog.busy.isVisible() and not dialog.unlock_button.isEnabled()
    assert not dialog.passphrase.isEnabled()
    qtbot.waitUntil(lambda: dialog.session is not None, timeout=60000)
    dialog.session.lock()


def test_remember_hidden_without_keyring(qtbot, vault):
    dialog = make(qtbot, vault, store=DeviceKeyStore(fail.Keyring()))
    assert dialog.remember.isHidden()


def test_remember_visible_and_used_with_a_keyring(qtbot, vault):
    store = DeviceKeyStore(MemoryKeyring())
    dialog = make(qtbot, vault, store=store)
    assert dialog.remember.isVisible()
    dialog.remember.setChecked(True)
    dialog.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=60000) as blocker:
        dialog.unlock_button.click()
    blocker.args[0].lock()
    again = vault.unlock_remembered(store)
    assert again is not None
    again.lock()


def test_demo_passphrase_line(qtbot, vault):
    dialog = make(qtbot, vault, demo_passphrase="demo-demo-demo")
    assert dialog.demo_label.isVisible()
    assert "demo-demo-demo" in dialog.demo_label.text()
    plain = make(qtbot, vault)
    assert plain.demo_label.isHidden()


def test_missing_key_file_offers_emergency_key_and_sets_new_passphrase(qtbot, vault):
    vault.key_path.unlink()
    dialog = make(qtbot, vault)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=60000)
    assert "Schlüsseldatei" in dialog.error_label.text()
    assert dialog.emergency_button.hasFocus() or dialog.emergency_button.isDefault()
    assert dialog.passphrase.text() == PASSPHRASE

    dialog.emergency_button.click()
    emergency = dialog._emergency_dialog
    assert emergency.isVisible()
    emergency.key_edit.setText("00000000 " * 8)
    emergency.new1.setText(NEW_PASSPHRASE)
    emergency.new2.setText(NEW_PASSPHRASE + "x")
    assert not emergency.ok_button.isEnabled()
    assert "stimmen nicht" in emergency.match_label.text()
    emergency.new2.setText(NEW_PASSPHRASE)
    assert emergency.ok_button.isEnabled()
    emergency.submit()
    qtbot.waitUntil(lambda: emergency.error_label.isVisible(), timeout=60000)
    assert "passt nicht" in emergency.error_label.text()
    assert emergency.new1.text() == NEW_PASSPHRASE  # kept

    emergency.key_edit.setText(vault.emergency_key_text.lower())
    with qtbot.waitSignal(dialog.unlocked, timeout=60000) as blocker:
        emergency.submit()
    blocker.args[0].lock()
    assert vault.key_path.exists()
    session = Vault(vault.folder).unlock(NEW_PASSPHRASE)
    assert [s.name for s in repo.SCHOOLS.all(session.conn)] == ["Realschule Nord"]
    session.lock()


def test_weak_new_passphrase_refused_in_emergency_dialog(qtbot, vault):
    dialog = make(qtbot, vault)
    dialog.open_with_emergency_key()
    emergency = dialog._emergency_dialog
    qtbot.addWidget(emergency)   # closed after the test
    emergency.key_edit.setText(vault.emergency_key_text)
    emergency.new1.setText("passwort1")
    emergency.new2.setText("passwort1")
    assert not emergency.ok_button.isEnabled()
    assert emergency.meter.score <= 1


def test_damaged_database_message(qtbot, vault):
    data = bytearray(vault.db_path.read_bytes())
    data[5000:5100] = b"\x00" * 100
    vault.db_path.write_bytes(bytes(data))
    dialog = make(qtbot, vault)
    dialog.passphrase.setText(PASSPHRASE)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=60000)
    assert "beschädigt" in dialog.error_label.text()
    assert dialog.passphrase.text() == PASSPHRASE


def test_cancelling_the_emergency_key_gives_the_keyboard_back_to_the_passphrase(qtbot, vault):
    from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

    dialog = make(qtbot, vault)
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.emergency_button.setFocus()
    qtbot.keyClick(dialog.emergency_button, Qt.Key_Space)  # opens the emergency dialog
    emergency = dialog._emergency_dialog
    qtbot.waitUntil(emergency.isVisible)
    qtbot.keyClick(emergency.key_edit, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not emergency.isVisible())
    secret = "Meine geheime Passphrase"
    qtbot.keyClicks(QApplication.focusWidget(), secret)
    assert dialog.passphrase.text() == secret
    assert not emergency.isVisible()
    for window in QApplication.topLevelWidgets():  # nowhere in clear text
        for edit in window.findChildren(QLineEdit):
            assert secret not in edit.text() or edit.echoMode() != QLineEdit.Normal
        for edit in window.findChildren(QPlainTextEdit):
            assert "geheime" not in edit.toPlainText()


def test_a_child_that_does_not_answer_gives_a_german_message_and_writes_nothing(
        qtbot, vault, monkeypatch):
    from ssa_desktop.storage import unwrap_child

    monkeypatch.setattr(unwrap_child, "child_command", lambda: ["sh", "-c", "exit 3"])
    before = {p.name: p.read_bytes() for p in vault.folder.iterdir() if p.is_file()}
    dialog = make(qtbot, vault)
    dialog.passphrase.edit.insert(PASSPHRASE)
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    text = dialog.error_label.text()
    assert "Hilfsprozess" in text and "nichts verändert" in text
    assert "Traceback" not in text and PASSPHRASE not in text
    assert dialog.session is None and dialog.isVisible()
    assert dialog.passphrase.text() == PASSPHRASE  # she can try again at once
    assert {p.name: p.read_bytes() for p in vault.folder.iterdir() if p.is_file()} == before
