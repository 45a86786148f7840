"""Power and session events that lock the vault: the lid closed, the display off, the
device about to sleep, the user's session locked.

Platform-neutral: the native sources are thin adapters (``ui.common.autolock``) that hand
what they receive to a decoder here and lock when ``should_lock`` says so.

- Windows: Qt's native event filter gets a pointer to a ``MSG`` (``WindowsPowerDecoder``:
  a power setting locks on a change, not on the state sent at registration). ``WM_POWERBROADCAST``
  with ``PBT_APMSUSPEND`` (sleep), or with ``PBT_POWERSETTINGCHANGE`` and a
  ``POWERBROADCAST_SETTING`` in ``lParam`` for the settings registered with
  ``RegisterPowerSettingNotification`` (``WATCHED_SETTINGS``: the console display off,
  the monitor off, the lid closed; Modern Standby laptops send these, often no suspend);
  ``WM_WTSSESSION_CHANGE`` with ``WTS_SESSION_LOCK`` (Win+L), registered with
  ``WTSRegisterSessionNotification``.
- Linux: logind's ``Manager.PrepareForSleep(true)`` and ``Session.Lock``, its
  ``Manager.LidClosed`` turning true (``PropertiesChanged``, systemd 256 and newer), the
  screensaver's ``ActiveChanged(true)`` (D-Bus signals).

The decoders read only fixed-size structures at the address Qt gives and never raise.
"""

from __future__ import annotations

import ctypes
import enum
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x0004
PBT_POWERSETTINGCHANGE = 0x8013
WM_WTSSESSION_CHANGE = 0x02B1
# Logoff, shutdown, and Restart Manager closing the program for an update (lParam
# ENDSESSION_CLOSEAPP): Qt answers it and asks for ``commitDataRequest``
WM_QUERYENDSESSION = 0x0011
WTS_SESSION_LOCK = 0x7
WINDOWS_EVENT_TYPES = (b"windows_generic_MSG", b"windows_dispatcher_MSG")


class PowerEvent(enum.Enum):
    SUSPEND = "suspend"
    LID_CLOSED = "lid_closed"
    DISPLAY_OFF = "display_off"
    SESSION_LOCK = "session_lock"
    SESSION_END = "session_end"   # Windows asks the program to end (logoff, update)




def _swap_fields(b: bytes) -> bytes:
    """A GUID's first three fields byte-reversed (text order ⇄ Windows' little-endian
    layout; the swap is its own inverse)."""
    return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]


def guid(text: str) -> bytes:
    """A GUID's 16 bytes as Windows lays them out (``uuid.UUID(text).bytes_le``): the GUI
    watching the lid loads neither ``uuid`` nor the ``platform`` it imports on Linux."""
    return _swap_fields(bytes.fromhex(text.replace("-", "")))


def guid_text(value: bytes) -> str:
    """The GUID's usual text (``str(uuid.UUID(bytes_le=value))``) for the log."""
    raw = _swap_fields(value).hex()
    return f"{raw[:8]}-{raw[8:12]}-{raw[12:16]}-{raw[16:20]}-{raw[20:]}"


GUID_CONSOLE_DISPLAY_STATE = guid("6fe69556-704a-47a0-8f24-c28d936fda47")  # 0 off, 1 on, 2 dimmed
GUID_MONITOR_POWER_ON = guid("02731015-4510-4526-99e6-e5a17ebd1aea")       # 0 off, 1 on
GUID_LIDSWITCH_STATE_CHANGE = guid("ba3e0f4d-b817-4094-a2d1-d56379e6a0f3")  # 0 closed, 1 open
# setting (its GUID's bytes) → (the DWORD value that locks, the event)
WATCHED_SETTINGS: dict[bytes, tuple[int, PowerEvent]] = {
    GUID_CONSOLE_DISPLAY_STATE: (0, PowerEvent.DISPLAY_OFF),
    GUID_MONITOR_POWER_ON: (0, PowerEvent.DISPLAY_OFF),
    GUID_LIDSWITCH_STATE_CHANGE: (0, PowerEvent.LID_CLOSED),
}

# Events that lock even with the setting off: they locked before the setting existed.
_ALWAYS = frozenset({PowerEvent.SESSION_LOCK, PowerEvent.SUSPEND, PowerEvent.SESSION_END})


def should_lock(event: PowerEvent | None, *, enabled: bool) -> bool:
    """Whether ``event`` locks; ``enabled`` is the device setting "lock when the lid is
    closed or the display goes off"."""
    if event is None:
        return False
    return enabled or event in _ALWAYS


# -- Windows ---------------------------------------------------------------------------------
class MSG(ctypes.Structure):
    """``MSG`` (winuser.h) with fixed-size fields: the same layout on every 64-bit system."""

    _fields_ = [("hwnd", ctypes.c_void_p), ("message", ctypes.c_uint32),
                ("wParam", ctypes.c_size_t), ("lParam", ctypes.c_ssize_t),
                ("time", ctypes.c_uint32), ("pt_x", ctypes.c_int32), ("pt_y", ctypes.c_int32)]


class GUID(ctypes.Structure):
    _fields_ = [("raw", ctypes.c_ubyte * 16)]

    @classmethod
    def of(cls, value: bytes) -> GUID:
        return cls((ctypes.c_ubyte * 16)(*value))


class POWERBROADCAST_SETTING(ctypes.Structure):  # noqa: N801 (Windows' name)
    _fields_ = [("PowerSetting", GUID), ("DataLength", ctypes.c_uint32),
                ("Data", ctypes.c_ubyte * 4)]


def read_power_setting(address: int) -> tuple[bytes, int] | None:
    """The watched setting and its DWORD value in a ``POWERBROADCAST_SETTING`` at
    ``address``; None for another setting or a short one."""
    if not address:
        return None
    setting = POWERBROADCAST_SETTING.from_address(address)
    if setting.DataLength < 4:
        return None
    setting_id = bytes(setting.PowerSetting.raw)
    if setting_id not in WATCHED_SETTINGS:
        return None
    return setting_id, int.from_bytes(bytes(setting.Data), "little")


def decode_power_setting(address: int) -> PowerEvent | None:
    """The event in a ``POWERBROADCAST_SETTING`` at ``address`` (a DWORD setting)."""
    read = read_power_setting(address)
    if read is None:
        return None
    setting_id, value = read
    locking_value, event = WATCHED_SETTINGS[setting_id]
    return event if value == locking_value else None


def decode_windows(message: int, wparam: int, lparam: int) -> PowerEvent | None:
    if message == WM_QUERYENDSESSION:
        return PowerEvent.SESSION_END
    if message == WM_WTSSESSION_CHANGE:
        return PowerEvent.SESSION_LOCK if wparam == WTS_SESSION_LOCK else None
    if message != WM_POWERBROADCAST:
        return None
    if wparam == PBT_APMSUSPEND:
        return PowerEvent.SUSPEND
    if wparam == PBT_POWERSETTINGCHANGE:
        return decode_power_setting(lparam)
    return None


def decode_native(event_type: bytes, message_address: int) -> PowerEvent | None:
    """What Qt's ``QAbstractNativeEventFilter`` receives: the event type and the address
    of the native message. Only Windows' ``MSG`` is read; never raises."""
    try:
        if bytes(event_type) not in WINDOWS_EVENT_TYPES or not message_address:
            return None
        msg = MSG.from_address(int(message_address))
        return decode_windows(msg.message, msg.wParam, msg.lParam)
    except Exception:  # a native filter must never raise
        return None


class WindowsPowerDecoder:
    """``decode_native`` with a memory of each power setting: a setting locks only when it
    changes to its locking value. Windows sends every setting's current state right after
    ``RegisterPowerSettingNotification``: on a docked laptop with the lid already closed
    that first message says "closed" and must not lock the vault she just opened."""

    def __init__(self) -> None:
        self._last: dict[bytes, int] = {}

    def __call__(self, event_type: bytes, message_address: int) -> PowerEvent | None:
        try:
            if bytes(event_type) not in WINDOWS_EVENT_TYPES or not message_address:
                return None
            msg = MSG.from_address(int(message_address))
            if msg.message == WM_POWERBROADCAST and msg.wParam == PBT_POWERSETTINGCHANGE:
                read = read_power_setting(msg.lParam)
                if read is None:
                    return None
                setting_id, value = read
                previous = self._last.get(setting_id)
                self._last[setting_id] = value
                if previous is None or previous == value:
                    return None
        except Exception:  # a native filter must never raise
            return None
        return decode_native(event_type, message_address)


# -- logind and the screensaver (D-Bus) ------------------------------------------------------
LOGIN1 = "org.freedesktop.login1"
DBUS_ROOT = Path("/")   # where the system bus' socket is looked for (a test's own folder)


def dbus_may_answer(environ: Mapping[str, str]) -> bool:
    """Whether a D-Bus bus could answer this process, as libdbus finds one: the system bus
    at its address or its socket, the session bus at its address, ``$XDG_RUNTIME_DIR/bus``
    or X11's autolaunch. Without one the watch would only load Qt's D-Bus module
    (≈ 1.2 MB at the GUI's peak) to find nothing to listen to."""
    if environ.get("DBUS_SYSTEM_BUS_ADDRESS") or environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return True
    if any((DBUS_ROOT / socket).exists() for socket in (
            "run/dbus/system_bus_socket", "var/run/dbus/system_bus_socket")):
        return True
    runtime = environ.get("XDG_RUNTIME_DIR")
    return bool(runtime and (Path(runtime) / "bus").exists()) or bool(environ.get("DISPLAY"))


PROPERTIES = "org.freedesktop.DBus.Properties"


def _lid_closed(args: Sequence[Any]) -> PowerEvent | None:
    """``PropertiesChanged(interface, changed, invalidated)``: logind's Manager.LidClosed
    turned true (announced since systemd 256)."""
    changed = args[1] if len(args) > 1 else None
    if (args[0] == f"{LOGIN1}.Manager" and isinstance(changed, Mapping)
            and changed.get("LidClosed") is True):
        return PowerEvent.LID_CLOSED
    return None


def decode_dbus_signal(interface: str, member: str, args: Sequence[Any]) -> PowerEvent | None:
    if interface == PROPERTIES and member == "PropertiesChanged":
        return _lid_closed(args)
    first = bool(args[0]) if args else False
    if interface == f"{LOGIN1}.Manager" and member == "PrepareForSleep":
        return PowerEvent.SUSPEND if first else None
    if interface == f"{LOGIN1}.Session" and member == "Lock":
        return PowerEvent.SESSION_LOCK
    if interface == "org.freedesktop.ScreenSaver" and member == "ActiveChanged":
        return PowerEvent.SESSION_LOCK if first else None
    return None
