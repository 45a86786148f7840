"""Power and session events → lock (issue 29, auto-lock on lid close and display off).

The Windows decoding runs here on crafted bytes: an ``MSG`` and a
``POWERBROADCAST_SETTING`` built with ctypes in the test, at real addresses, exactly as
Qt's native event filter hands them over on Windows (the event type is the platform
parameter: Windows' two, and X11's, which is never read as a MSG). The logind decoding gets the signal's interface, member
and arguments as QtDBus delivers them."""

from __future__ import annotations

import ctypes
import uuid

import pytest

from ssa_desktop.services import power_events as pe
from ssa_desktop.services.power_events import PowerEvent

DISPLAY = uuid.UUID("6fe69556-704a-47a0-8f24-c28d936fda47")   # GUID_CONSOLE_DISPLAY_STATE
LID = uuid.UUID("ba3e0f4d-b817-4094-a2d1-d56379e6a0f3")       # GUID_LIDSWITCH_STATE_CHANGE
MONITOR = uuid.UUID("02731015-4510-4526-99e6-e5a17ebd1aea")   # GUID_MONITOR_POWER_ON


class WinMsg(ctypes.Structure):
    """Windows' MSG on x64, written out here independently of the product's."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint32),
                ("wParam", ctypes.c_uint64), ("lParam", ctypes.c_int64),
                ("time", ctypes.c_uint32), ("pt_x", ctypes.c_int32), ("pt_y", ctypes.c_int32),
                ("lPrivate", ctypes.c_uint32)]


def _setting(guid: uuid.UUID, value: int) -> ctypes.Array:
    """A POWERBROADCAST_SETTING: the GUID as Windows lays it out, DataLength, a DWORD."""
    raw = guid.bytes_le + (4).to_bytes(4, "little") + value.to_bytes(4, "little")
    return ctypes.create_string_buffer(raw, len(raw))


def _decode(message: int, wparam: int, setting=None, event_type=b"windows_generic_MSG"):
    keep = []
    lparam = 0
    if setting is not None:
        keep.append(setting)
        lparam = ctypes.addressof(setting)
    msg = WinMsg(hwnd=None, message=message, wParam=wparam, lParam=lparam)
    return pe.decode_native(event_type, ctypes.addressof(msg))


@pytest.mark.parametrize("event_type", [b"windows_generic_MSG", b"windows_dispatcher_MSG"])
@pytest.mark.parametrize(("guid", "value", "expected"), [
    (DISPLAY, 0, PowerEvent.DISPLAY_OFF),
    (DISPLAY, 1, None),                 # on (Windows sends the state at registration)
    (DISPLAY, 2, None),                 # dimmed: not yet off
    (MONITOR, 0, PowerEvent.DISPLAY_OFF),
    (MONITOR, 1, None),
    (LID, 0, PowerEvent.LID_CLOSED),
    (LID, 1, None),                     # opened
    (uuid.UUID("245d8541-3943-4422-b025-13a784f679b7"), 0, None),  # another setting
])
def test_power_setting_changes_decode(event_type, guid, value, expected):
    assert _decode(pe.WM_POWERBROADCAST, pe.PBT_POWERSETTINGCHANGE,
                   _setting(guid, value), event_type) is expected


def test_other_platforms_messages_are_not_read():
    # on X11/Wayland Qt hands over xcb events: never read as a Windows MSG
    assert _decode(pe.WM_POWERBROADCAST, pe.PBT_APMSUSPEND, event_type=b"xcb_generic_event_t") is None


def test_suspend_session_lock_and_others():
    assert _decode(pe.WM_POWERBROADCAST, pe.PBT_APMSUSPEND) is PowerEvent.SUSPEND
    assert _decode(pe.WM_WTSSESSION_CHANGE, pe.WTS_SESSION_LOCK) is PowerEvent.SESSION_LOCK
    assert _decode(pe.WM_WTSSESSION_CHANGE, 0x8) is None          # unlock
    assert _decode(pe.WM_POWERBROADCAST, 0x12) is None            # resume automatic
    assert _decode(0x0100, 0x41) is None                          # WM_KEYDOWN
    # a power setting change without its structure (a null lParam) is ignored, not a crash
    assert _decode(pe.WM_POWERBROADCAST, pe.PBT_POWERSETTINGCHANGE) is None


def test_a_setting_with_a_short_data_length_is_ignored():
    raw = LID.bytes_le + (0).to_bytes(4, "little") + b"\0\0\0\0"
    buf = ctypes.create_string_buffer(raw, len(raw))
    assert _decode(pe.WM_POWERBROADCAST, pe.PBT_POWERSETTINGCHANGE, buf) is None


def test_the_watched_guids_are_windows_own():
    assert set(pe.WATCHED_SETTINGS) == {DISPLAY.bytes_le, LID.bytes_le, MONITOR.bytes_le}


@pytest.mark.parametrize(("interface", "member", "args", "expected"), [
    ("org.freedesktop.login1.Manager", "PrepareForSleep", [True], PowerEvent.SUSPEND),
    ("org.freedesktop.login1.Manager", "PrepareForSleep", [False], None),   # woke up
    ("org.freedesktop.login1.Session", "Lock", [], PowerEvent.SESSION_LOCK),
    ("org.freedesktop.login1.Session", "Unlock", [], None),
    ("org.freedesktop.ScreenSaver", "ActiveChanged", [True], PowerEvent.SESSION_LOCK),
    ("org.freedesktop.ScreenSaver", "ActiveChanged", [False], None),
    ("org.example.Other", "PrepareForSleep", [True], None),
    ("org.freedesktop.DBus.Properties", "PropertiesChanged",
     ["org.freedesktop.login1.Manager", {"LidClosed": True}, []], PowerEvent.LID_CLOSED),
    ("org.freedesktop.DBus.Properties", "PropertiesChanged",
     ["org.freedesktop.login1.Manager", {"LidClosed": False}, []], None),      # opened
    ("org.freedesktop.DBus.Properties", "PropertiesChanged",
     ["org.freedesktop.login1.Manager", {"IdleHint": True}, []], None),
    ("org.freedesktop.DBus.Properties", "PropertiesChanged",
     ["org.freedesktop.login1.Session", {"LidClosed": True}, []], None),
    ("org.freedesktop.DBus.Properties", "PropertiesChanged",
     ["org.freedesktop.login1.Manager", "LidClosed", []], None),               # garbled
])
def test_logind_signals_decode(interface, member, args, expected):
    assert pe.decode_dbus_signal(interface, member, args) is expected


def test_every_event_locks_when_the_setting_is_on_and_none_when_off():
    for event in PowerEvent:
        assert pe.should_lock(event, enabled=True)
    # off: the session lock and suspend still lock (they did before the setting existed);
    # only the lid and the display are hers to switch off
    assert pe.should_lock(PowerEvent.SESSION_LOCK, enabled=False)
    assert pe.should_lock(PowerEvent.SUSPEND, enabled=False)
    assert not pe.should_lock(PowerEvent.LID_CLOSED, enabled=False)
    assert not pe.should_lock(PowerEvent.DISPLAY_OFF, enabled=False)
    assert not pe.should_lock(None, enabled=True)


def _setting_msg(guid: uuid.UUID, value: int):
    setting = _setting(guid, value)
    msg = WinMsg(hwnd=None, message=pe.WM_POWERBROADCAST, wParam=pe.PBT_POWERSETTINGCHANGE,
                 lParam=ctypes.addressof(setting))
    return msg, setting


def test_the_state_sent_at_registration_does_not_lock_a_change_does():
    decode = pe.WindowsPowerDecoder()

    def feed(guid, value):
        msg, _setting_buffer = _setting_msg(guid, value)
        return decode(b"windows_generic_MSG", ctypes.addressof(msg))

    # docked, lid already closed when the window registers: Windows says so at once
    assert feed(LID, 0) is None
    assert feed(LID, 0) is None                          # no change
    assert feed(LID, 1) is None                          # opened
    assert feed(LID, 0) is PowerEvent.LID_CLOSED         # closed: lock
    assert feed(DISPLAY, 1) is None                      # the display's first state: on
    assert feed(DISPLAY, 2) is None                      # dimmed
    assert feed(DISPLAY, 0) is PowerEvent.DISPLAY_OFF
    msg = WinMsg(hwnd=None, message=pe.WM_POWERBROADCAST, wParam=pe.PBT_APMSUSPEND)
    assert decode(b"windows_generic_MSG", ctypes.addressof(msg)) is PowerEvent.SUSPEND
    assert decode(b"xcb_generic_event_t", ctypes.addressof(msg)) is None


@pytest.mark.parametrize("text", ["6fe69556-704a-47a0-8f24-c28d936fda47",
                                  "ba3e0f4d-b817-4094-a2d1-d56379e6a0f3",
                                  "02731015-4510-4526-99e6-e5a17ebd1aea",
                                  "00112233-4455-6677-8899-aabbccddeeff"])
def test_a_guid_is_laid_out_as_windows_has_it(text):
    assert pe.guid(text) == uuid.UUID(text).bytes_le
    assert pe.guid(text.upper()) == uuid.UUID(text).bytes_le
    assert pe.guid_text(pe.guid(text)) == str(uuid.UUID(text))


def test_a_bus_may_answer_at_its_address_its_socket_or_the_runtime_folder(tmp_path,
                                                                         monkeypatch):
    monkeypatch.setattr(pe, "DBUS_ROOT", tmp_path)
    runtime = tmp_path / "user"
    runtime.mkdir()
    assert not pe.dbus_may_answer({"XDG_RUNTIME_DIR": str(runtime)})
    assert not pe.dbus_may_answer({})
    assert pe.dbus_may_answer({"DBUS_SESSION_BUS_ADDRESS": "unix:path=/x"})
    assert pe.dbus_may_answer({"DBUS_SYSTEM_BUS_ADDRESS": "unix:path=/x"})
    assert pe.dbus_may_answer({"DISPLAY": ":0"})   # X11 may autolaunch a session bus
    (runtime / "bus").touch()
    assert pe.dbus_may_answer({"XDG_RUNTIME_DIR": str(runtime)})
    (tmp_path / "run" / "dbus").mkdir(parents=True)
    (tmp_path / "run" / "dbus" / "system_bus_socket").touch()
    assert pe.dbus_may_answer({})
