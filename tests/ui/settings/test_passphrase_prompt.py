"""Einstellungen → Sicherheit: an action behind the passphrase prompt gets what she typed
and the prompt's field is empty before the work begins."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from ssa_desktop.ui.settings.dialogs import PassphrasePrompt
from tests.conftest import FAST_KDF, PASSPHRASE


def test_the_current_emergency_key_after_the_typed_passphrase(settings_area, ctx, qtbot,
                                                              monkeypatch):
    area = settings_area()
    security = area.page("security")
    security.kdf_params = FAST_KDF
    prompts = []

    def type_passphrase(prompt) -> bool:
        assert isinstance(prompt, PassphrasePrompt)
        prompt.show()
        prompt.passphrase.setText(PASSPHRASE)  # "ü": QTest types ASCII only
        QTest.keyClick(prompt.passphrase, Qt.Key_Return)
        prompts.append(prompt)
        return prompt.result() == QDialog.Accepted

    monkeypatch.setattr(security, "_exec", type_passphrase)
    security.show_key_button.click()
    assert prompts and prompts[0].passphrase.text() == ""  # taken out before the work
    qtbot.waitUntil(lambda: security.key_dialog is not None, timeout=20000)
    assert security.key_dialog.key.text().split() == ctx.session.emergency_key().split()
    security.key_dialog.done(0)
