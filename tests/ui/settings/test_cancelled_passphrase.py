"""Einstellungen → Sicherheit: a passphrase typed into a prompt and then cancelled with
Esc stays in no field — not in the closed prompt, not after the vault is locked — and the
prompt itself is gone after use (real key events)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit

from ssa_desktop.ui.settings.dialogs import ChangePassphraseDialog, PassphrasePrompt

SECRET = "Mein geheimer Satz 2026"


@pytest.mark.parametrize("button", ["rekey_button", "show_key_button", "passphrase_button",
                                    "post_handover_button"])
def test_a_cancelled_passphrase_stays_in_no_field(settings_area, ctx, qtbot, monkeypatch, button):
    area = settings_area(front="security")
    page = area.page("security")
    qtbot.waitUntil(getattr(page, button).isVisible)
    asked = []

    def type_then_escape(dialog) -> bool:
        dialog.show()
        asked.append(dialog)
        for field in dialog.findChildren(QLineEdit):
            qtbot.keyClicks(field, SECRET)
        QTest.keyClick(dialog.focusWidget() or dialog, Qt.Key_Escape)
        return dialog.result() == QDialog.Accepted

    monkeypatch.setattr(page, "_exec", type_then_escape)
    qtbot.mouseClick(getattr(page, button), Qt.LeftButton)
    assert len(asked) == 1 and asked[0].result() == QDialog.Rejected
    ctx.lock()
    left = [f.accessibleName() for f in page.findChildren(QLineEdit) if f.text() == SECRET]
    assert left == []
    qtbot.waitUntil(lambda: not page.findChildren(PassphrasePrompt)  # deleted after use
                    and not page.findChildren(ChangePassphraseDialog), timeout=10000)
