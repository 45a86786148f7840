"""Einstellungen → Sicherheit → „Tresor prüfen“ on a vault an older build let 25 deleted
time entries back into: the first 5 findings are listed, the rest counted, pointing to
„Befunde anzeigen …“ for all (a vault the reviewer's merge refilled had 2,156)."""

from __future__ import annotations

import os
from datetime import date

import pytest

from ssa_desktop.services import tombstones
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.ui.settings.area import SettingsArea
from ssa_desktop.ui.settings_store import SettingsStore
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture
def area(ctx, qtbot, tmp_path):
    widget = SettingsArea(ctx, settings=SettingsStore(tmp_path / "settings.ini"),
                          keystore=DeviceKeyStore(MemoryKeyring()))
    qtbot.addWidget(widget)
    widget.resize(1280, 720)
    widget.show()
    return widget


def test_the_check_lists_five_findings_and_counts_the_rest(area, qtbot, open_vault, tmp_path):
    with transaction(open_vault.conn):
        for n in range(25):
            open_vault.conn.execute(
                "INSERT INTO time_entry (id, day, category, minutes) VALUES (?, ?, 'VNZ', 30)",
                (f"t-{n:02d}", f"2026-02-{n + 1:02d}"))
        tombstones.deleted(open_vault.conn, "time_month", "2026-02", date(2031, 9, 1))
    area.tabs.setCurrentIndex(next(i for i in range(area.tabs.count())
                                   if area.page("security") is area.tabs.widget(i)
                                   or area.tabs.widget(i).isAncestorOf(area.page("security"))))
    page = area.page("security")
    page.check_button.click()
    qtbot.waitUntil(lambda: page.check_button.isEnabled(), timeout=10000)
    text = page.security_status.text()
    assert text.startswith("Tresor geprüft: 25 Probleme gefunden.")
    assert text.count("\n• ") == 5 and "• time_entry t-04: gelöscht" in text
    assert "t-05" not in text
    assert "… und 20 weitere; alle zeigt „Befunde anzeigen …“." in text
    if os.environ.get("SSA_SCREENSHOTS"):   # look at it: 1280×720 and (QT_SCALE_FACTOR=2) 200 %
        scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
        area.resize(int(1280 / scale), int(720 / scale))
        area.grab().save(str(tmp_path.parent / f"check-{scale:g}.png"))
