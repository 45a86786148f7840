"""Auto-lock on the lid closed, the display off, sleep and the session locked (issue 29).

The events are injected where the platform delivers them: logind's signals on a real
private D-Bus bus (a dbus-daemon started for the test, a fake ``org.freedesktop.login1``
on it), Windows' messages as crafted ``MSG``/``POWERBROADCAST_SETTING`` bytes through the
same native-event adapter Qt calls on Windows. The main window locks as at Strg+L or the
idle lock: the vault closed, the key overwritten, the unlock dialog shown, the form she was
typing in kept as a draft."""

from __future__ import annotations

import contextlib
import ctypes
import shutil
import subprocess
import uuid

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from ssa_desktop.services import notes
from ssa_desktop.services import power_events as pe
from ssa_desktop.services.power_events import PowerEvent
from ssa_desktop.storage.keystore import DeviceKeyStore
from ssa_desktop.ui.common.autolock import AutoLock, _WindowsFilter
from ssa_desktop.ui.settings_store import SettingsStore
from tests.conftest import PASSPHRASE
from tests.support.main_windows import active_main_window
from tests.support.requirements import require

SESSION_PATH = "/org/freedesktop/login1/session/_3"


def _lid_msg(value: int):
    """A WM_POWERBROADCAST / PBT_POWERSETTINGCHANGE message for the lid (0 closed, 1 open),
    as bytes at real addresses (what Qt's filter gets on Windows)."""
    raw = (pe.GUID_LIDSWITCH_STATE_CHANGE + (4).to_bytes(4, "little")
           + value.to_bytes(4, "little"))
    setting = ctypes.create_string_buffer(raw, len(raw))
    msg = pe.MSG(message=pe.WM_POWERBROADCAST, wParam=pe.PBT_POWERSETTINGCHANGE,
                 lParam=ctypes.addressof(setting))
    return msg, setting


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    return active_main_window(ctx, qtbot, tmp_path)


def test_the_lid_closed_on_windows_locks_the_window_and_keeps_the_draft(window, ctx, qtbot):
    area = window.show_area("persons")
    area.new_person()
    form = area.page.form
    qtbot.keyClicks(form.pseudonym, "L-9")
    session = ctx.session
    key = session.data_key          # the session's own bytearray, overwritten at the lock
    lock = AutoLock(ctx, idle_ms=3_600_000, watch_platform=False)
    adapter = _WindowsFilter(lock.on_power_event)
    try:
        opened, _opened_setting = _lid_msg(1)        # the state sent at registration
        assert adapter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(opened)) == (
            False, 0)
        assert ctx.is_unlocked
        msg, _setting = _lid_msg(0)                     # she closes the lid
        assert adapter.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(msg)) == (False, 0)
        assert not ctx.is_unlocked
        assert not session.is_open and key == bytearray(len(key))    # the key overwritten
        assert form.pseudonym.text() == ""
        qtbot.waitUntil(lambda: window.unlock_dialog is not None
                        and window.unlock_dialog.isVisible())
        again = session.vault.unlock(PASSPHRASE)
        try:
            [draft] = notes.pending_drafts(again.conn, "person")
            assert notes.draft_data(draft)["pseudonym"] == "L-9"
        finally:
            again.lock()
    finally:
        lock.stop()


def test_with_the_setting_off_the_lid_and_display_do_not_lock(ctx, tmp_path):
    settings = SettingsStore(tmp_path / "s.ini")
    assert settings.lock_on_power_events is True        # on by default
    settings.lock_on_power_events = False
    settings.sync()
    assert SettingsStore(tmp_path / "s.ini").lock_on_power_events is False
    lock = AutoLock(ctx, idle_ms=3_600_000, watch_platform=False,
                    lock_on_power_events=SettingsStore(tmp_path / "s.ini").lock_on_power_events)
    try:
        lock.on_power_event(PowerEvent.LID_CLOSED)
        lock.on_power_event(PowerEvent.DISPLAY_OFF)
        assert ctx.is_unlocked
        lock.on_power_event(PowerEvent.SUSPEND)          # sleep still locks
        assert not ctx.is_unlocked
    finally:
        lock.stop()


def test_the_setting_is_a_check_box_in_einstellungen(ctx, qtbot, tmp_path):
    from ssa_desktop.ui.settings.area import SettingsArea
    from ssa_desktop.ui.settings.pages.security import SecurityPage

    settings = SettingsStore(tmp_path / "s.ini")
    lock = AutoLock(ctx, idle_ms=3_600_000, watch_platform=False)
    ctx.autolock = lock
    try:
        area = SettingsArea(ctx, settings=settings, keystore=DeviceKeyStore(fail.Keyring()))
        qtbot.addWidget(area)
        page = area.page("security")
        assert isinstance(page, SecurityPage)
        box = page.power_lock
        assert box.isChecked() and box.accessibleName().startswith("Sperren, wenn der Deckel")
        assert box.accessibleName() == (
            "Sperren, wenn der Deckel geschlossen oder der Bildschirm ausgeschaltet wird")
        area.show()
        box.setFocus()
        qtbot.keyClick(box, Qt.Key_Space)                # her keyboard, not a mouse click
        assert settings.lock_on_power_events is False and lock.lock_on_power_events is False
        assert SettingsStore(tmp_path / "s.ini").lock_on_power_events is False
    finally:
        ctx.autolock = None
        lock.stop()


# -- logind on a real (private) D-Bus bus -----------------------------------------------------
@pytest.fixture
def private_bus(tmp_path):
    """A dbus-daemon of its own (never the machine's buses); its address."""
    daemon = shutil.which("dbus-daemon")
    require(daemon is not None, "dbus-daemon is not installed")  # CI installs it: fails there
    config = tmp_path / "bus.conf"
    config.write_text(
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
        "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        f"<busconfig><type>session</type><listen>unix:dir={tmp_path}</listen>"
        "<auth>EXTERNAL</auth><policy context=\"default\"><allow send_destination=\"*\" "
        "eavesdrop=\"true\"/><allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
    proc = subprocess.Popen([daemon, f"--config-file={config}", "--nofork", "--print-address=1"],
                            stdout=subprocess.PIPE, text=True)
    try:
        address = proc.stdout.readline().strip()
        assert address, "dbus-daemon printed no address"
        yield address
    finally:
        proc.kill()
        proc.wait()


def _subscribed(bus) -> None:
    """Return once the daemon holds every match rule ``bus`` asked for. Qt's ``connect``
    sends ``AddMatch`` without waiting for the answer, and dbus-daemon keeps the order of
    one connection's messages only: on a busy machine it read the fake logind's reply to
    ``Inhibit`` and its signal in one go, before the watch's last ``AddMatch``, and routed
    the signal to nobody. The answer to a call sent after the rules (``GetId``) comes only
    once they are in place."""
    from PySide6.QtDBus import QDBusMessage

    call = QDBusMessage.createMethodCall("org.freedesktop.DBus", "/org/freedesktop/DBus",
                                         "org.freedesktop.DBus", "GetId")
    assert bus.call(call).type() == QDBusMessage.MessageType.ReplyMessage


@contextlib.contextmanager
def _watching_logind(ctx, bus_address, seen: list | None = None, extra: int = 0):
    """A watch connection and a fake logind (``org.freedesktop.login1`` owned) on the
    private bus, an AutoLock watching logind through it (``seen`` records each power event
    it decides on) once the bus holds its match rules; ``extra`` names of further
    connections for the test to connect under. Yields (lock, logind connection, the extra connections'
    names); disconnects all."""
    from PySide6.QtDBus import QDBusConnection

    names = [f"ssa-{role}-{uuid.uuid4().hex}"
             for role in ("watch", "login1", *(f"extra{n}" for n in range(extra)))]
    watch = QDBusConnection.connectToBus(bus_address, names[0])
    login1 = QDBusConnection.connectToBus(bus_address, names[1])
    assert watch.isConnected() and login1.isConnected()
    assert login1.registerService(pe.LOGIN1)           # the fake logind owns the name
    lock = AutoLock(ctx, idle_ms=3_600_000, watch_platform=False)
    if seen is not None:
        decide = lock.on_power_event
        lock.on_power_event = lambda event: (seen.append(event), decide(event))
    try:
        lock.watch_logind(watch, session_path=SESSION_PATH)
        _subscribed(watch)
        yield lock, login1, names[2:]
    finally:
        lock.stop()
        for name in names:
            QDBusConnection.disconnectFromBus(name)


def test_logind_prepare_for_sleep_and_session_lock_lock(ctx, qtbot, private_bus):
    from PySide6.QtDBus import QDBusMessage

    seen: list[PowerEvent | None] = []
    with _watching_logind(ctx, private_bus, seen) as (lock, login1, _):
        assert lock.platform_sources == ["login1.PrepareForSleep", "login1.LidClosed",
                                         "login1.Session.Lock"]

        def emit(path, interface, member, args):
            signal = QDBusMessage.createSignal(path, f"{pe.LOGIN1}.{interface}", member)
            signal.setArguments(args)
            assert login1.send(signal)

        emit("/org/freedesktop/login1", "Manager", "PrepareForSleep", [False])  # woke up
        qtbot.waitUntil(lambda: len(seen) == 1, timeout=20_000)
        assert seen == [None] and ctx.is_unlocked
        emit("/org/freedesktop/login1", "Manager", "PrepareForSleep", [True])
        qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=20_000)
        assert seen == [None, PowerEvent.SUSPEND]


def test_logind_session_lock_locks(ctx, qtbot, private_bus):
    from PySide6.QtDBus import QDBusMessage

    with _watching_logind(ctx, private_bus) as (_lock, login1, _):
        signal = QDBusMessage.createSignal(SESSION_PATH, f"{pe.LOGIN1}.Session", "Lock")
        assert login1.send(signal)
        qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=20_000)


def test_logind_lid_closed_locks_and_its_opening_does_not(ctx, qtbot, private_bus):
    """systemd 256 and newer announce the lid (``Manager.LidClosed``) with
    ``PropertiesChanged``: a closed lid locks even where closing it does not suspend
    (``HandleLidSwitch=ignore``, docked, or a suspend inhibited by another program)."""
    from PySide6.QtDBus import QDBusMessage

    seen: list[PowerEvent | None] = []
    with _watching_logind(ctx, private_bus, seen) as (lock, login1, _):

        def changed(interface, properties):
            signal = QDBusMessage.createSignal("/org/freedesktop/login1",
                                               "org.freedesktop.DBus.Properties",
                                               "PropertiesChanged")
            signal.setArguments([interface, properties, ["Docked"]])   # "as", as logind sends
            assert login1.send(signal)

        assert "login1.LidClosed" in lock.platform_sources
        changed(f"{pe.LOGIN1}.Manager", {"LidClosed": False})             # opened
        changed(f"{pe.LOGIN1}.Manager", {"IdleHint": True})                # another one
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=20_000)
        assert seen == [None, None] and ctx.is_unlocked
        changed(f"{pe.LOGIN1}.Manager", {"LidClosed": True})
        qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=20_000)
        assert seen[-1] == PowerEvent.LID_CLOSED


def test_a_restarted_logind_is_still_heard(ctx, qtbot, private_bus):
    """logind restarted (an update, a crash): a new connection owns the name; the watch
    follows the new owner without being set up again."""
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    with _watching_logind(ctx, private_bus, extra=1) as (_lock, old, [new_name]):
        assert old.unregisterService(pe.LOGIN1)
        new = QDBusConnection.connectToBus(private_bus, new_name)
        assert new.registerService(pe.LOGIN1)
        assert new.baseService() != old.baseService()
        assert new.send(QDBusMessage.createSignal(SESSION_PATH, f"{pe.LOGIN1}.Session", "Lock"))
        qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=20_000)


# -- Windows: the window is registered for what it must hear ---------------------------------
class _Call:
    """A Win32 function as ctypes offers it, recorded (this is Linux)."""

    def __init__(self, answer):
        self.calls, self.answer, self.argtypes, self.restype = [], answer, None, None

    def __call__(self, *args):
        self.calls.append(args)
        return self.answer(len(self.calls)) if callable(self.answer) else self.answer


def _dlls(register_answer=lambda n: 0x1000 + n):
    from types import SimpleNamespace

    return SimpleNamespace(
        wtsapi32=SimpleNamespace(WTSRegisterSessionNotification=_Call(1)),
        user32=SimpleNamespace(RegisterPowerSettingNotification=_Call(register_answer),
                               UnregisterPowerSettingNotification=_Call(1)))


@pytest.fixture
def as_on_windows(monkeypatch):
    from ssa_desktop.ui.common import autolock as module

    dlls = _dlls()
    monkeypatch.setattr(module, "PLATFORM", "win32")
    monkeypatch.setattr(module, "_windll", lambda: dlls)
    return dlls


# Windows' own GUIDs (winnt.h), written out: a typo in the constants would register nothing.
LID = uuid.UUID("BA3E0F4D-B817-4094-A2D1-D56379E6A0F3")
CONSOLE_DISPLAY = uuid.UUID("6FE69556-704A-47A0-8F24-C28D936FDA47")
MONITOR_POWER = uuid.UUID("02731015-4510-4526-99E6-E5A17EBD1AEA")


def test_on_windows_the_window_asks_for_the_lid_the_display_and_the_session(
        ctx, qtbot, as_on_windows):
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)
    lock = AutoLock(ctx, idle_ms=3_600_000, watch_platform=False)
    try:
        lock.register_window(widget)
        hwnd = int(widget.winId())
        assert as_on_windows.wtsapi32.WTSRegisterSessionNotification.calls == [(hwnd, 0)]
        calls = as_on_windows.user32.RegisterPowerSettingNotification.calls
        assert [(c[0], c[2]) for c in calls] == [(hwnd, 0)] * 3  # DEVICE_NOTIFY_WINDOW_HANDLE
        asked = {uuid.UUID(bytes_le=bytes(c[1]._obj.raw)) for c in calls}
        assert asked == {LID, CONSOLE_DISPLAY, MONITOR_POWER}
        assert lock.platform_sources == ["windows.session"] + [
            f"windows.{pe.guid_text(setting)}" for setting in pe.WATCHED_SETTINGS]
    finally:
        lock.stop()
    unregistered = as_on_windows.user32.UnregisterPowerSettingNotification.calls
    assert unregistered == [(0x1001,), (0x1002,), (0x1003,)]  # every handle given back


def test_a_refused_registration_is_logged_and_nothing_breaks(ctx, qtbot, as_on_windows,
                                                              caplog):
    """Windows refuses the lid (no lid, a policy): the others still count, and the log says
    which one is missing (the idle lock stays); a missing DLL is logged, never a crash."""
    from PySide6.QtWidgets import QWidget

    from ssa_desktop.ui.common import autolock as module

    widget = QWidget()
    qtbot.addWidget(widget)
    as_on_windows.user32.RegisterPowerSettingNotification.answer = (
        lambda n: 0 if n == 3 else 0x1000 + n)
    as_on_windows.wtsapi32.WTSRegisterSessionNotification.answer = 0  # Win+L not heard
    lock = AutoLock(ctx, idle_ms=3_600_000, watch_platform=False)
    with caplog.at_level("WARNING", logger=module.__name__):
        lock.register_window(widget)
    lock.stop()
    assert len(lock.platform_sources) == 2 and f"windows.{LID}" not in lock.platform_sources
    assert "windows.session" not in lock.platform_sources
    assert [r.getMessage() for r in caplog.records] == [
        "Sitzungsbenachrichtigung nicht registriert",
        f"Energiebenachrichtigung {LID} nicht registriert"]
    caplog.clear()
    del as_on_windows.wtsapi32.WTSRegisterSessionNotification
    again = AutoLock(ctx, idle_ms=3_600_000, watch_platform=False)
    with caplog.at_level("WARNING", logger=module.__name__):
        again.register_window(widget)
    again.stop()
    assert again.platform_sources == []
    assert "nicht registriert (AttributeError)" in caplog.records[0].getMessage()


WATCH_CHILD = r"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ssa_desktop.services import power_events
power_events.DBUS_ROOT = Path(sys.argv[1])   # no system bus socket there
from ssa_desktop.ui.common.autolock import AutoLock
from ssa_desktop.ui.context import AppContext
lock = AutoLock(AppContext(Path(sys.argv[1])), idle_ms=3_600_000)
print("PySide6.QtDBus" in sys.modules)
lock.stop()
"""


def test_without_a_bus_the_lid_watch_loads_no_dbus_module(tmp_path, private_bus):
    """Where no D-Bus bus can answer (no address, socket or runtime bus), the Linux watch
    does not load Qt's D-Bus module (≈ 1.2 MB at the GUI's peak) to find nothing; with
    a bus it does."""
    import os
    import sys
    from pathlib import Path

    env = {k: v for k, v in os.environ.items()
           if not k.startswith("DBUS_") and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(XDG_RUNTIME_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    root = Path(__file__).resolve().parents[3]

    def loads_dbus(extra: dict[str, str]) -> str:
        return subprocess.run([sys.executable, "-c", WATCH_CHILD, str(tmp_path)],
                              capture_output=True, text=True, check=True, timeout=120,
                              cwd=str(root), env={**env, **extra}).stdout.split()[-1]

    assert loads_dbus({}) == "False"
    assert loads_dbus({"DBUS_SESSION_BUS_ADDRESS": private_bus}) == "True"
