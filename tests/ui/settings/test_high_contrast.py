"""Einstellungen → Darstellung → "Hoher Kontrast": a typed device setting (default off,
an older settings file without it reads off) that switches the palette at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui import colours, theme
from ssa_desktop.ui.settings.area import SettingsArea
from ssa_desktop.ui.settings.device_options import HIGH_CONTRAST
from ssa_desktop.ui.settings_store import HIGH_CONTRAST_KEY, SettingsStore
from tests.support.memory_keyring import MemoryKeyring


def test_setting_default_round_trip_and_older_files(tmp_path, qapp):
    assert HIGH_CONTRAST.type is bool and HIGH_CONTRAST.default is False
    path = tmp_path / "s.ini"
    path.write_text("[ui]\nlanguage=de\n[security]\nidle_minutes=7\n", encoding="utf-8")
    older = SettingsStore(path)           # written before the option existed
    assert older.high_contrast is False and older.idle_minutes == 7
    older.high_contrast = True
    older.sync()
    assert SettingsStore(path).high_contrast is True
    assert f"{HIGH_CONTRAST_KEY.split('/')[1]}=true" in path.read_text(encoding="utf-8")
    path.write_text("[ui]\nhigh_contrast=vielleicht\n", encoding="utf-8")
    assert SettingsStore(path).high_contrast is False


@pytest.fixture
def area(ctx, qtbot, tmp_path, qapp, monkeypatch):
    monkeypatch.setattr(theme, "system_high_contrast", lambda: False)
    store = SettingsStore(tmp_path / "settings.ini")
    theme.install(qapp, high_contrast=store.high_contrast)
    widget = SettingsArea(ctx, settings=store, keystore=DeviceKeyStore(MemoryKeyring()))
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    yield widget, store
    theme.uninstall(qapp)


def test_the_option_switches_the_palette_by_keyboard(area, qapp, qtbot):
    widget, store = area
    titles = [widget.tabs.tabText(i) for i in range(widget.tabs.count())]
    widget.tabs.setCurrentIndex(titles.index("Darstellung"))
    page = widget.page("display")
    box = page.high_contrast
    assert box.accessibleName() == "Hoher Kontrast" and not box.isChecked()
    assert qapp.palette().color(QPalette.Highlight).name() == colours.LIGHT.highlight
    QTest.keyClick(widget, Qt.Key_K, Qt.AltModifier)
    qtbot.waitUntil(box.hasFocus)
    QTest.keyClick(box, Qt.Key_Space)
    assert box.isChecked() and store.high_contrast is True
    assert SettingsStore(store.file_path).high_contrast is True
    assert qapp.palette().color(QPalette.Highlight).name() == colours.HIGH_CONTRAST.highlight
    assert colours.current() is colours.HIGH_CONTRAST
    QTest.keyClick(box, Qt.Key_Space)
    assert store.high_contrast is False and colours.current() is colours.LIGHT
