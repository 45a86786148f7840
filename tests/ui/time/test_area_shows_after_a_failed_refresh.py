"""Arbeitszeit fills what is out of date before it shows (``TimeArea.setVisible``): a
refresh that fails there (a vault error while the years are read) is reported as any
error is, and the area still shows — before, the base class was never called and she was
left on an empty page (reviewer R, session 22)."""

from __future__ import annotations

from keyring.backends import fail

from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.settings_store import SettingsStore
from ssa_desktop.ui.shell.main_window import MainWindow
from ssa_desktop.ui.time.area import TimeArea
from tests.conftest import FAST_KDF


def test_the_area_shows_when_its_refresh_fails(ctx, qtbot, tmp_path, monkeypatch):
    window = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                        store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(window)
    window.show()

    def refresh_fails(self) -> None:
        raise RuntimeError("the vault could not be read")

    monkeypatch.setattr(TimeArea, "_refresh_if_stale", refresh_fails)
    with qtbot.capture_exceptions() as errors:
        area = window.show_area("time")
    assert area.isVisible()
    assert window.findChild(TimeArea) is area
    assert errors, "the failure is reported, not swallowed"
