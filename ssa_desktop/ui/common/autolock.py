"""Auto-lock: lock the vault after idle time, on screen lock and before suspend.

- Idle: an application-wide event filter notes every keyboard/mouse/touch input; a
  single-shot timer checks the time since the last input and calls ``ctx.lock()``.
- Linux: over D-Bus (QtDBus), when a bus is there — logind's ``Session.Lock`` (for this
  process' session) and ``Manager.PrepareForSleep(true)`` on the system bus, and
  ``org.freedesktop.ScreenSaver.ActiveChanged(true)`` on the session bus. Without a bus
  nothing happens (never a crash). While the vault is unlocked a logind delay inhibitor
  (``sleep_inhibitor``) makes the sleep wait for the lock; it is let go right after the
  lock. A sleep during a critical operation cancels it where it may stop
  (``AppContext.lock_before_sleep``); one that may not (a re-key) finishes first, the
  inhibitor held until the lock, logind's ``InhibitDelayMaxSec`` bounding the wait.
- Windows: ``WM_WTSSESSION_CHANGE`` (session lock) and ``WM_POWERBROADCAST``
  (suspend; the lid closed, the display or monitor off) through a native event filter;
  the window must be registered with ``register_window`` for session and power-setting
  notifications.
- The decoding and the decision are ``services.power_events`` (platform-neutral); the
  lid and the display lock only while the device setting ``lock_on_power_events`` is on
  (the default).
- macOS: screen lock and sleep are not yet covered (only the idle timer works).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QAbstractNativeEventFilter, QEvent, QObject, Qt, QTimer, Slot
from PySide6.QtWidgets import QApplication, QWidget

from ...services import power_events
from ...services.power_events import PowerEvent
from ..context import AppContext
from .lifetime import connect_for

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress, QEvent.Type.InputMethod,
})

# Windows
NOTIFY_FOR_THIS_SESSION = 0
DEVICE_NOTIFY_WINDOW_HANDLE = 0
PLATFORM = sys.platform  # tests simulate Windows through this, never through sys.platform
_log = logging.getLogger(__name__)


def _windll():
    """Windows' DLLs (``ctypes.windll``); tests give their own recorder."""
    import ctypes

    if sys.platform == "win32":
        return ctypes.windll
    raise OSError("ctypes.windll: Windows only")


class _WindowsFilter(QAbstractNativeEventFilter):
    """The Windows adapter: every native message to a ``power_events.WindowsPowerDecoder``."""

    def __init__(self, on_event):
        super().__init__()
        self._on_event = on_event
        self._decode = power_events.WindowsPowerDecoder()

    def nativeEventFilter(self, event_type, message):  # noqa: N802 (Qt naming)
        try:
            event = self._decode(bytes(event_type), int(message))
            if event is not None:
                self._on_event(event)
        except Exception:  # a native filter must never raise
            pass
        return False, 0


class AutoLock(QObject):
    """Locks ``ctx`` after ``idle_ms`` without input and on platform lock/suspend.

    ``monotonic`` is the time source in seconds (``time.monotonic``); tests give their own
    and fire the timer by hand (``check``) instead of waiting for real time to pass."""

    def __init__(self, ctx: AppContext, *, idle_minutes: float = 5, idle_ms: int | None = None,
                 app: QApplication | None = None, watch_platform: bool = True,
                 monotonic: Callable[[], float] = time.monotonic,
                 lock_on_power_events: bool = True):
        super().__init__(ctx)
        self.ctx = ctx
        self.lock_on_power_events = bool(lock_on_power_events)
        self._power_handles: list[int] = []
        self.app = app or cast(QApplication, QApplication.instance())
        self.idle_ms = int(idle_ms if idle_ms is not None else idle_minutes * 60_000)
        self._monotonic = monotonic
        self._last_input = monotonic()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check)
        self.platform_sources: list[str] = []  # what is watched, for diagnostics/tests
        self._native_filter = None
        self.inhibitor = None   # sleep_inhibitor.SleepInhibitor once logind is watched
        self.app.installEventFilter(self)
        # Windows asks the program to end (logoff, an update's Restart Manager: Qt's
        # answer to WM_QUERYENDSESSION), or a desktop session manager does: lock now, so
        # every open form's draft is written into the vault before the process goes
        # (the context's child: a context deleted before the application takes it along)
        connect_for(self, self.app.commitDataRequest, self.on_session_end)
        connect_for(self, ctx.unlocked, self._arm)
        connect_for(self._timer, ctx.locked, self._timer.stop)
        if watch_platform:
            self._watch_platform()
        if ctx.is_unlocked:
            self._arm()

    # -- idle ---------------------------------------------------------------------------
    def set_idle_ms(self, idle_ms: int) -> None:
        self.idle_ms = int(idle_ms)
        if self.ctx.is_unlocked:
            self._arm()

    def set_idle_minutes(self, minutes: float) -> None:
        self.set_idle_ms(int(minutes * 60_000))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() in INPUT_EVENTS:
            self._last_input = self._monotonic()
        return False

    def _arm(self) -> None:
        self._last_input = self._monotonic()
        self._timer.start(max(50, self.idle_ms))

    def check(self) -> None:
        """What the timer does when it fires: lock if idle long enough, else wait on."""
        if not self.ctx.is_unlocked:
            return
        idle = (self._monotonic() - self._last_input) * 1000
        if idle >= self.idle_ms - 5:
            self.lock_now()
        else:
            self._timer.start(max(20, int(self.idle_ms - idle)))

    @Slot()
    def lock_now(self) -> None:
        if self.ctx.is_unlocked:
            self.ctx.lock()

    # -- platform signals ---------------------------------------------------------------
    def on_power_event(self, event: PowerEvent | None) -> None:
        """What every native source calls with what it decoded."""
        if power_events.should_lock(event, enabled=self.lock_on_power_events):
            if event == PowerEvent.SUSPEND:
                if self.ctx.is_unlocked:
                    self.ctx.lock_before_sleep()
            else:
                self.lock_now()

    @Slot(object)
    def on_session_end(self, _manager=None) -> None:
        self.on_power_event(PowerEvent.SESSION_END)

    def set_lock_on_power_events(self, on: bool) -> None:
        self.lock_on_power_events = bool(on)

    @Slot(bool)
    def on_sleep_or_screensaver(self, active: bool) -> None:
        self.on_power_event(PowerEvent.SESSION_LOCK if active else None)

    @Slot(bool)
    def on_prepare_for_sleep(self, sleeping: bool) -> None:
        self.on_power_event(power_events.decode_dbus_signal(
            f"{power_events.LOGIN1}.Manager", "PrepareForSleep", [sleeping]))
        if self.inhibitor is None:
            return
        if not self.ctx.is_unlocked:
            self.inhibitor.release()   # locked, key overwritten: the sleep may go on
        elif not sleeping:
            self.inhibitor.take()      # woke up unlocked (a sleep that was cancelled)

    @Slot()
    def _after_lock(self) -> None:
        """Queued after ``locked``: runs once ``ctx.lock()`` has overwritten the key."""
        if self.inhibitor is not None and not self.ctx.is_unlocked:
            self.inhibitor.release()

    @Slot()
    def _after_unlock(self) -> None:
        if self.inhibitor is not None and self.ctx.is_unlocked:
            self.inhibitor.take()

    @Slot(str, "QVariantMap", "QStringList")
    def on_login1_properties(self, interface: str, changed, invalidated) -> None:
        """logind's properties changed: the lid closed (systemd 256 and newer)."""
        self.on_power_event(power_events.decode_dbus_signal(
            power_events.PROPERTIES, "PropertiesChanged",
            [interface, dict(changed or {}), list(invalidated or [])]))

    @Slot()
    def on_session_lock(self) -> None:
        self.on_power_event(power_events.decode_dbus_signal(
            f"{power_events.LOGIN1}.Session", "Lock", []))

    def _watch_platform(self) -> None:
        if PLATFORM.startswith("linux"):
            if power_events.dbus_may_answer(os.environ):   # else no bus to listen to
                with contextlib.suppress(Exception):
                    self._watch_dbus()
        elif PLATFORM.startswith("win"):
            with contextlib.suppress(Exception):
                self._native_filter = _WindowsFilter(self.on_power_event)
                self.app.installNativeEventFilter(self._native_filter)
                self.platform_sources.append("windows")
        # macOS: not yet covered (NSWorkspace notifications would need pyobjc).

    def _watch_dbus(self) -> None:
        from PySide6.QtCore import SLOT
        from PySide6.QtDBus import QDBusConnection

        system = QDBusConnection.systemBus()
        if system.isConnected():
            self.watch_logind(system)
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path in (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                                  ("org.freedesktop.ScreenSaver", "/ScreenSaver")):
                # the stubs want the slot as bytes; PySide takes SLOT()'s str
                if session.connect(service, path, "org.freedesktop.ScreenSaver",  # type: ignore[call-overload]
                                   "ActiveChanged", self, SLOT("on_sleep_or_screensaver(bool)")):
                    self.platform_sources.append(f"ScreenSaver{path}")

    def watch_logind(self, bus, session_path: str | None = None) -> None:
        """The logind adapter on ``bus`` (the system bus; a test's private bus):
        ``Manager.PrepareForSleep``, ``Manager.LidClosed`` (``PropertiesChanged``) and
        ``Session.Lock`` of this process' session
        (``session_path``, else asked with ``GetSessionByPID``)."""
        from PySide6.QtCore import SLOT
        from PySide6.QtDBus import QDBusInterface

        from .sleep_inhibitor import SleepInhibitor

        login1 = power_events.LOGIN1
        if bus.connect(login1, "/org/freedesktop/login1", f"{login1}.Manager",
                       "PrepareForSleep", self, SLOT("on_prepare_for_sleep(bool)")):
            self.platform_sources.append("login1.PrepareForSleep")
            if self.inhibitor is None:
                self.inhibitor = SleepInhibitor(bus, self)
                connect_for(self, self.ctx.unlocked, self._after_unlock)
                connect_for(self, self.ctx.locked, self._after_lock, Qt.ConnectionType.QueuedConnection)
                if self.ctx.is_unlocked:
                    self.inhibitor.take()
        if bus.connect(login1, "/org/freedesktop/login1", power_events.PROPERTIES,
                       "PropertiesChanged", self,
                       SLOT("on_login1_properties(QString,QVariantMap,QStringList)")):
            self.platform_sources.append("login1.LidClosed")
        if session_path is None:
            manager = QDBusInterface(login1, "/org/freedesktop/login1", f"{login1}.Manager", bus)
            reply = manager.call("GetSessionByPID", os.getpid()) if manager.isValid() else None
            args = reply.arguments() if reply is not None else []
            if args:
                path = args[0]
                session_path = path.path() if hasattr(path, "path") else str(path)
        if session_path and bus.connect(login1, session_path, f"{login1}.Session", "Lock",
                                        self, SLOT("on_session_lock()")):
            self.platform_sources.append("login1.Session.Lock")

    def register_window(self, widget: QWidget) -> None:
        """Windows: ask for session-change and power-setting messages (the lid, the
        display, the monitor) for this top-level window."""
        if not PLATFORM.startswith("win"):
            return
        import ctypes

        try:
            hwnd = int(widget.winId())
            dlls = _windll()
            if dlls.wtsapi32.WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION):
                self.platform_sources.append("windows.session")
            else:  # Win+L then locks through the idle timer only
                _log.warning("Sitzungsbenachrichtigung nicht registriert")
            register = dlls.user32.RegisterPowerSettingNotification
            register.argtypes = [ctypes.c_void_p, ctypes.POINTER(power_events.GUID),
                                 ctypes.c_uint32]
            register.restype = ctypes.c_void_p
            for setting in power_events.WATCHED_SETTINGS:
                handle = register(hwnd, ctypes.byref(power_events.GUID.of(setting)),
                                  DEVICE_NOTIFY_WINDOW_HANDLE)
                if handle:
                    self._power_handles.append(handle)
                    self.platform_sources.append(
                        f"windows.{power_events.guid_text(setting)}")
                else:  # the idle timer still locks; IT sees why the lid does not
                    _log.warning("Energiebenachrichtigung %s nicht registriert",
                                 power_events.guid_text(setting))
        except Exception as err:  # never a crash for a convenience the idle timer backs up
            _log.warning("Windows-Benachrichtigungen für die automatische Sperre nicht "
                         "registriert (%s)", type(err).__name__)

    def stop(self) -> None:
        self._timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self.app.commitDataRequest.disconnect(self.on_session_end)
        if self.inhibitor is not None:
            self.inhibitor.release()
        self.app.removeEventFilter(self)
        if self._native_filter is not None:
            self.app.removeNativeEventFilter(self._native_filter)
        if self._power_handles:
            with contextlib.suppress(Exception):
                import ctypes

                unregister = _windll().user32.UnregisterPowerSettingNotification
                unregister.argtypes = [ctypes.c_void_p]
                for handle in self._power_handles:
                    unregister(handle)
            self._power_handles.clear()
