"""An update while she works (simulated Windows): Windows asking the program to end
(WM_QUERYENDSESSION: logoff, or Restart Manager closing it for an installer) locks it as at
Strg+L, so the form she was typing in is a draft in the vault before the process goes; the
window and the unlock child hold the mutexes the installer waits for."""

from __future__ import annotations

import ctypes

import pytest

from ssa_desktop import app_mutex
from ssa_desktop.services import notes
from ssa_desktop.services import power_events as pe
from ssa_desktop.ui.common.autolock import AutoLock, _WindowsFilter
from tests.conftest import PASSPHRASE
from tests.support.main_windows import active_main_window

ENDSESSION_CLOSEAPP = 0x1


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return active_main_window(ctx, qtbot, tmp_path)


def test_restart_manager_asking_to_close_keeps_the_draft(window, ctx, qtbot):
    area = window.show_area("persons")
    area.new_person()
    form = area.page.form
    qtbot.keyClicks(form.pseudonym, "U-7")
    session = ctx.session
    lock = AutoLock(ctx, idle_ms=3_600_000, watch_platform=False,
                    lock_on_power_events=False)  # her lid setting off: ending locks anyway
    adapter = _WindowsFilter(lock.on_power_event)
    try:
        msg = pe.MSG(message=pe.WM_QUERYENDSESSION, wParam=0, lParam=ENDSESSION_CLOSEAPP)
        assert adapter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (
            False, 0)   # Qt answers Windows itself
        assert not ctx.is_unlocked and not session.is_open
        again = session.vault.unlock(PASSPHRASE)
        try:
            [draft] = notes.pending_drafts(again.conn, "person")
            assert notes.draft_data(draft)["pseudonym"] == "U-7"
        finally:
            again.lock()
    finally:
        lock.stop()


class RecordedMutexes:
    def __init__(self, refuse_global: bool = False):
        self.calls: list[str] = []
        self.refuse_global = refuse_global

    def create_mutex(self, name: str) -> int:
        self.calls.append(name)
        if self.refuse_global and name.startswith("Global\\"):
            raise OSError(5, "Zugriff verweigert")
        return 100 + len(self.calls)


def test_the_window_and_the_child_hold_the_installers_mutexes(monkeypatch):
    monkeypatch.setattr(app_mutex, "_held", [])
    recorded = RecordedMutexes()
    assert app_mutex.hold_app_mutexes(platform="win32", api=recorded) == 2
    assert recorded.calls == ["SSADesktop.Running", "Global\\SSADesktop.Running"]
    monkeypatch.setattr(app_mutex, "_held", [])
    standard_user = RecordedMutexes(refuse_global=True)
    assert app_mutex.hold_app_mutexes(platform="win32", api=standard_user) == 1
    assert app_mutex.hold_app_mutexes(platform="linux", api=RecordedMutexes()) == 0
