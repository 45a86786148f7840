"""Einstellungen as she opens it: device settings in a throw-away file, keys in memory."""

from __future__ import annotations

import pytest

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.settings.area import SettingsArea
from ssa_desktop.ui.settings_store import SettingsStore
from tests.support.memory_keyring import MemoryKeyring


@pytest.fixture
def settings_area(ctx, qtbot, tmp_path):
    """``settings_area(front=None, size=None)``: the settings area on ``ctx``, shown (at
    ``size``), the tab of page ``front`` (its key, e.g. "schools") in front."""
    def open_(front: str | None = None, size: tuple[int, int] | None = None) -> SettingsArea:
        area = SettingsArea(ctx, settings=SettingsStore(tmp_path / "settings.ini"),
                            keystore=DeviceKeyStore(MemoryKeyring()))
        qtbot.addWidget(area)
        if size is not None:
            area.resize(*size)
        area.show()
        if front is not None:
            area.tabs.setCurrentIndex(area.tabs.indexOf(area.page(front).parentWidget()))
        return area
    return open_
