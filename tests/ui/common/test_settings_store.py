"""Typed device settings over QSettings (INI)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QSettings

from ssa_desktop.ui.settings_store import DEFAULT_IDLE_MINUTES, SettingsStore


def test_defaults(tmp_path, qapp):
    store = SettingsStore(tmp_path / "s.ini")
    assert store.vault_folder is None
    assert store.idle_minutes == DEFAULT_IDLE_MINUTES == 5
    assert store.language == "de"
    assert store.window_geometry is None


def test_round_trip_and_clamping(tmp_path, qapp):
    path = tmp_path / "s.ini"
    store = SettingsStore(path)
    store.vault_folder = tmp_path / "tresor"
    store.idle_minutes = 0
    store.language = "en"
    store.window_geometry = QByteArray(b"\x01\x02geo")
    store.sync()
    again = SettingsStore(path)
    assert again.vault_folder == tmp_path / "tresor"
    assert again.idle_minutes == 1  # clamped to at least a minute
    assert again.language == "en"
    assert bytes(again.window_geometry) == b"\x01\x02geo"
    again.idle_minutes = 500
    assert again.idle_minutes == 60
    with pytest.raises(ValueError):
        again.language = "fr"


def test_default_location_is_user_config_ini(qapp, _isolated_home):
    # Qt reads XDG_CONFIG_HOME once per process: point the user scope at this test's home
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(_isolated_home / ".config"))
    store = SettingsStore()
    store.idle_minutes = 7
    store.sync()
    assert store.file_path.suffix == ".ini"
    assert str(store.file_path).startswith(str(_isolated_home))
    assert "idle_minutes=7" in Path(store.file_path).read_text()
    assert store.file_path.name == "SSA Desktop.ini"


def test_garbage_values_fall_back(tmp_path, qapp):
    path = tmp_path / "s.ini"
    path.write_text("[security]\nidle_minutes=bald\n[ui]\nlanguage=xx\n")
    store = SettingsStore(path)
    assert store.idle_minutes == 5
    assert store.language == "de"
