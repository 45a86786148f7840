"""Auto-lock on the lid closed, the display off, sleep and the session locked (issue 29).

The events are injected where the platform delivers them: logind's signals on a real
private D-Bus bus (a dbus-daemon started for the test, a fake ``org.freedesktop.login1``
on it), Windows' messages as crafted ``MSG``/``POWERBROADCAST_SETTING`` bytes through the
same native-event adapter Qt calls on Windows. The main window locks as at Strg+L or the
idle lock: the vault closed, the key overwritten, the unlock dialog shown, the form she was
typing in kept as a draft."""

from __future__ import annotations

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
from ssa_desktop.ui.shell.main_window import MainWindow
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.support.requirements import require

SESSION_PATH = "/org/freedesktop/login1/session/_3"


def _lid_msg(value: int):
    """A WM_POWERBROADCAST / PBT_POWERSETTINGCHANGE message for the lid (0 closed, 1 open),
    as bytes at real addresses (what Qt's filter gets on Windows)."""
    raw = (pe.GUID_LIDSWITCH_STATE_CHANGE.bytes_le + (4).to_bytes(4, "little")
           + value.to_bytes(4, "little"))
    setting = ctypes.create_string_buffer(raw, len(raw))
    msg = pe.MSG(message=pe.WM_POWERBROADCAST, wParam=pe.PBT_POWERSETTINGCHANGE,
                 lParam=ctypes.addressof(setting))
    return msg, setting


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    win = MainWindow(ctx, SettingsStore(tmp_path / "s.ini"),
                     store=DeviceKeyStore(fail.Keyring()), kdf_params=FAST_KDF)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


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


def test_logind_prepare_for_sleep_and_session_lock_lock(ctx, qtbot, private_bus):
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    names = [f"ssa-watch-{uuid.uuid4().hex}", f"ssa-login1-{uuid.uuid4().hex}"]
    watch = QDBusConnection.connectToBus(private_bus, names[0])
    login1 = QDBusConnection.connectToBus(private_bus, names[1])
    assert watch.isConnected() and login1.isConnected()
    assert login1.registerService(pe.LOGIN1)           # the fake logind owns the name
    lock = AutoLock(ctx, idle_ms=3_600_000, watch_platform=False)
    seen: list[PowerEvent | None] = []
    decide = lock.on_power_event
    lock.on_power_event = lambda event: (seen.append(event), decide(event))
    try:
        lock.watch_logind(watch, session_path=SESSION_PATH)
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
    finally:
        lock.stop()
        for name in names:
            QDBusConnection.disconnectFromBus(name)


def test_logind_session_lock_locks(ctx, qtbot, private_bus):
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    names = [f"ssa-watch-{uuid.uuid4().hex}", f"ssa-login1-{uuid.uuid4().hex}"]
    watch = QDBusConnection.connectToBus(private_bus, names[0])
    login1 = QDBusConnection.connectToBus(private_bus, names[1])
    assert login1.registerService(pe.LOGIN1)
    lock = AutoLock(ctx, idle_ms=3_600_000, watch_platform=False)
    try:
        lock.watch_logind(watch, session_path=SESSION_PATH)
        signal = QDBusMessage.createSignal(SESSION_PATH, f"{pe.LOGIN1}.Session", "Lock")
        assert login1.send(signal)
        qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=20_000)
    finally:
        lock.stop()
        for name in names:
            QDBusConnection.disconnectFromBus(name)


def test_logind_lid_closed_locks_and_its_opening_does_not(ctx, qtbot, private_bus):
    """systemd 256 and newer announce the lid (``Manager.LidClosed``) with
    ``PropertiesChanged``: a closed lid locks even where closing it does not suspend
    (``HandleLidSwitch=ignore``, docked, or a suspend inhibited by another program)."""
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    names = [f"ssa-watch-{uuid.uuid4().hex}", f"ssa-login1-{uuid.uuid4().hex}"]
    watch = QDBusConnection.connectToBus(private_bus, names[0])
    login1 = QDBusConnection.connectToBus(private_bus, names[1])
    assert login1.registerService(pe.LOGIN1)
    lock = AutoLock(ctx, idle_ms=3_600_000, watch_platform=False)
    seen: list[PowerEvent | None] = []
    decide = lock.on_power_event
    lock.on_power_event = lambda event: (seen.append(event), decide(event))

    def changed(interface, properties):
        signal = QDBusMessage.createSignal("/org/freedesktop/login1",
                                           "org.freedesktop.DBus.Properties",
                                           "PropertiesChanged")
        signal.setArguments([interface, properties, ["Docked"]])   # "as", as logind sends
        assert login1.send(signal)

    try:
        lock.watch_logind(watch, session_path=SESSION_PATH)
        assert "login1.LidClosed" in lock.platform_sources
        changed(f"{pe.LOGIN1}.Manager", {"LidClosed": False})             # opened
        changed(f"{pe.LOGIN1}.Manager", {"IdleHint": True})                # another one
        qtbot.waitUntil(lambda: len(seen) == 2, timeout=20_000)
        assert seen == [None, None] and ctx.is_unlocked
        changed(f"{pe.LOGIN1}.Manager", {"LidClosed": True})
        qtbot.waitUntil(lambda: not ctx.is_unlocked, timeout=20_000)
        assert seen[-1] == PowerEvent.LID_CLOSED
    finally:
        lock.stop()
        for name in names:
            QDBusConnection.disconnectFromBus(name)
