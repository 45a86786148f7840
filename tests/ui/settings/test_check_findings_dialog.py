"""Einstellungen → Sicherheit: „Tresor prüfen“ said its findings in one elided line (the
whole text only in its tool tip and description), so a long list could not be read. Now
„Befunde anzeigen …“ (Alt und das unterstrichene Z; English „Show fin&dings …“) opens
them in a dialog of their own: every finding and the advice (``vault_admin.check_advice``)
in read-only text her keyboard and screen reader are in, closed with Esc or „Schließen“.
The page's other widgets stay where they were at 200 %. Real keys, real vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPlainTextEdit

from ssa_desktop.services import tombstones, vault_admin
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.ui.settings.area import SettingsArea
from ssa_desktop.ui.settings_store import SettingsStore
from tests.support.memory_keyring import MemoryKeyring

ALT = Qt.KeyboardModifier.AltModifier
FINDINGS = 25


@pytest.fixture
def page(ctx, qtbot, tmp_path, open_vault):
    with transaction(open_vault.conn):   # 25 deleted time entries an older build let back
        for n in range(FINDINGS):
            open_vault.conn.execute(
                "INSERT INTO time_entry (id, day, category, minutes) VALUES (?, ?, 'VNZ', 30)",
                (f"t-{n:02d}", f"2026-02-{n + 1:02d}"))
        tombstones.deleted(open_vault.conn, "time_month", "2026-02", date(2031, 9, 1))
    area = SettingsArea(ctx, settings=SettingsStore(tmp_path / "settings.ini"),
                        keystore=DeviceKeyStore(MemoryKeyring()))
    qtbot.addWidget(area)
    area.resize(640, 360)                      # 1280×720 at 200 %
    area.show()
    security = area.page("security")
    area.tabs.setCurrentIndex(next(i for i in range(area.tabs.count())
                                   if area.tabs.widget(i) is security
                                   or area.tabs.widget(i).isAncestorOf(security)))
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    security.check_button.setFocus()
    return security


def _places(page) -> list:
    widgets = (page.check_button, page.backup_button, page.findings_button,
               page.second_place, page.second_choose, page.second_none)
    return [w.mapTo(page, w.rect().topLeft()) for w in widgets]


def _key(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def test_the_findings_open_whole_in_a_dialog_of_their_own(page, qtbot):
    assert not page.findings_button.isEnabled()       # nothing checked yet: nothing to show
    before = _places(page)
    _key(Qt.Key.Key_T, ALT)                                   # &Tresor prüfen
    qtbot.waitUntil(lambda: page.findings_button.isEnabled(), timeout=10000)
    assert _places(page) == before                    # the findings moved no widget
    _key(Qt.Key.Key_Z, ALT)                                   # Befunde an&zeigen …
    qtbot.waitUntil(lambda: page.findings_dialog is not None
                    and page.findings_dialog.isActiveWindow())
    dialog = page.findings_dialog
    text = QApplication.focusWidget()
    assert isinstance(text, QPlainTextEdit) and text.isReadOnly()
    assert text.accessibleName()
    whole = text.toPlainText()
    for n in range(FINDINGS):                                 # every one, not the first five
        assert f"time_entry t-{n:02d}" in whole
    problems = [line[2:] for line in whole.splitlines() if line.startswith("• ")]
    assert len(problems) == FINDINGS
    for advice in vault_admin.check_advice(problems):
        assert advice in whole
    assert "25 Probleme" in dialog.summary.text()
    _key(Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)   # she reads on with the keys
    assert text.textCursor().atEnd()
    _key(Qt.Key.Key_Escape)                                   # Esc closes it
    qtbot.waitUntil(lambda: page.findings_dialog is None)
    assert page.findings_button.isEnabled()           # and opens it again


def test_schliessen_closes_it(page, qtbot):
    _key(Qt.Key.Key_T, ALT)
    qtbot.waitUntil(lambda: page.findings_button.isEnabled(), timeout=10000)
    _key(Qt.Key.Key_Z, ALT)
    qtbot.waitUntil(lambda: page.findings_dialog is not None
                    and page.findings_dialog.isActiveWindow())
    _key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.findings_dialog.close_button
    _key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.findings_dialog is None)


def test_no_findings_leave_nothing_to_show(ctx, qtbot, tmp_path, open_vault):
    area = SettingsArea(ctx, settings=SettingsStore(tmp_path / "settings.ini"),
                        keystore=DeviceKeyStore(MemoryKeyring()))
    qtbot.addWidget(area)
    security = area.page("security")
    security.check_button.click()
    qtbot.waitUntil(lambda: security.check_button.isEnabled(), timeout=10000)
    assert security.security_status.text() == "Tresor geprüft: keine Probleme"
    assert not security.findings_button.isEnabled()
