"""The unlock window's first frame carries no style sheet: each one brings Qt's style-sheet
machinery into the frame she waits for (docs/performance.md, cold start). The message
boxes get theirs when they first show something."""

from __future__ import annotations

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.vault import Vault
from ssa_desktop.ui.vault.unlock import ERROR_STYLE, INFO_STYLE, UnlockDialog
from tests.conftest import FAST_KDF, PASSPHRASE


@pytest.fixture
def vault(tmp_path):
    Vault.create(tmp_path / "tresor", PASSPHRASE, params=FAST_KDF)[0].lock()
    return Vault(tmp_path / "tresor")


def make(qtbot, vault, **kw):
    dialog = UnlockDialog(vault, store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def styled(dialog) -> list[str]:
    return [type(w).__name__ for w in [dialog, *dialog.findChildren(QWidget)] if w.styleSheet()]


def test_the_first_frame_has_no_style_sheet(qtbot, vault):
    assert styled(make(qtbot, vault)) == []


def test_the_error_box_has_its_frame_when_it_shows_a_message(qtbot, vault):
    dialog = make(qtbot, vault)
    qtbot.keyClicks(dialog.passphrase.edit, "Lindenbluete-Kastanie-48")
    qtbot.keyClick(dialog.passphrase.edit, Qt.Key_Return)
    qtbot.waitUntil(lambda: dialog.error_label.isVisible(), timeout=10000)
    assert dialog.error_label.styleSheet() == ERROR_STYLE
    assert "Passphrase ist falsch" in dialog.error_label.text()


def test_the_demo_box_has_its_frame(qtbot, vault):
    dialog = make(qtbot, vault, demo_passphrase="demo-demo-demo")
    assert dialog.demo_label.isVisible() and dialog.demo_label.styleSheet() == INFO_STYLE
