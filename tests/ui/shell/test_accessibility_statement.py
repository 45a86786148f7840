"""Hilfe → Erklärung zur Barrierefreiheit: reached by keyboard alone (Alt+H, B), read-only,
closed with Esc; the text is the one in docs/, names its parts as BITV 2.0 / L-BGG ask
(conformance status, known limits, feedback contact, enforcement), and the Träger's
contact from the device settings replaces the placeholder. The file ships in the wheel
(tests/release/test_wheel_ships_resources.py checks every file of resources/)."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from ssa_desktop.paths import resource
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.accessibility_statement import (
    CONTACT_PLACEHOLDER,
    STATEMENT,
    StatementDialog,
)
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF

ROOT = Path(__file__).resolve().parents[3]


def test_the_shipped_statement_is_the_one_in_docs():
    shipped = resource(*STATEMENT)
    assert shipped.is_file()
    assert shipped.read_bytes() == (ROOT / "docs" / "barrierefreiheit.md").read_bytes()
    text = shipped.read_text(encoding="utf-8")
    for part in ("# Erklärung zur Barrierefreiheit", "teilweise vereinbar",
                 "## Nicht barrierefreie Inhalte", "## Feedback und Kontakt",
                 "## Durchsetzungsverfahren", "Schlichtungsstelle", "Ombudsperson",
                 "BITV 2.0", "L-BGG", "EN 301 549", CONTACT_PLACEHOLDER):
        assert part in text, part


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    settings = SettingsStore(tmp_path / "s.ini")
    win = MainWindow(ctx, settings, store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_hilfe_opens_the_statement_by_keyboard(window, qtbot):
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key_H, Qt.AltModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu))
    menu = QApplication.activePopupWidget()
    assert window.statement_action in menu.actions()
    QTest.keyClick(menu, Qt.Key_B)
    qtbot.waitUntil(lambda: getattr(window, "_statement_dialog", None) is not None
                    and window._statement_dialog.isVisible())
    dialog = window._statement_dialog
    assert dialog.windowTitle() == "Erklärung zur Barrierefreiheit"
    text = dialog.text.toPlainText()
    assert "teilweise vereinbar" in text and "Durchsetzungsverfahren" in text
    assert CONTACT_PLACEHOLDER not in text
    assert "noch keinen Kontakt eingetragen" in text
    assert dialog.text.isReadOnly()
    qtbot.waitUntil(dialog.text.hasFocus)  # a screen reader starts reading the text
    QTest.keyClick(dialog.text, Qt.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_trager_contact_replaces_the_placeholder(qtbot, tmp_path, qapp):
    settings = SettingsStore(tmp_path / "s.ini")
    assert settings.accessibility_contact == ""
    (tmp_path / "s.ini").write_text(
        "[help]\naccessibility_contact=Kreisjugendamt Musterkreis, barrierefrei@example.org\n",
        encoding="utf-8")
    contact = SettingsStore(tmp_path / "s.ini").accessibility_contact
    dialog = StatementDialog(contact)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "Kreisjugendamt Musterkreis, barrierefrei@example.org" in text
    assert CONTACT_PLACEHOLDER not in text
