"""A logind "delay" inhibitor: the machine does not go to sleep before the vault is locked.

logind announces a suspend or hibernation with ``PrepareForSleep(true)`` but does not wait
for anyone unless asked: without an inhibitor the machine may sleep (or write the
hibernation image) before the lock has overwritten the key. So while the vault is
unlocked SSA Desktop holds ``Manager.Inhibit("sleep", "SSA Desktop", "Tresor sperren",
"delay")``, a file descriptor; logind delays the sleep until it is closed, at most
``InhibitDelayMaxSec`` (5 s by default). ``AutoLock`` takes it at unlock, and closes it
right after the lock (the lock that ``PrepareForSleep(true)`` triggers, Strg+L, idle).

Through QtDBus like the rest of ``autolock``; the call is asynchronous (the reply comes
through the event loop, never a blocking wait on the GUI thread). Without a bus, or when
logind refuses, nothing is held and nothing fails: the lock on ``PrepareForSleep`` still
happens, only without the guarantee.
"""

from __future__ import annotations

import contextlib
import os

from PySide6.QtCore import QObject

LOGIN1 = "org.freedesktop.login1"
WHAT, WHO, WHY, MODE = "sleep", "SSA Desktop", "Tresor sperren", "delay"


class SleepInhibitor(QObject):
    """Takes and lets go of a logind delay inhibitor on ``bus`` (the system bus; a
    test's private bus)."""

    def __init__(self, bus, parent: QObject | None = None):
        super().__init__(parent)
        self._bus = bus
        self._fd: int | None = None
        self._watcher: QObject | None = None        # the Inhibit call under way
        self._wanted = False        # take() since the last release()

    @property
    def held(self) -> bool:
        return self._fd is not None

    def take(self) -> None:
        """Ask logind for the inhibitor (once; the answer comes later)."""
        self._wanted = True
        if self._fd is not None or self._watcher is not None:
            return
        from PySide6.QtDBus import QDBusMessage, QDBusPendingCallWatcher

        with contextlib.suppress(Exception):
            call = QDBusMessage.createMethodCall(LOGIN1, "/org/freedesktop/login1",
                                                 f"{LOGIN1}.Manager", "Inhibit")
            call.setArguments([WHAT, WHO, WHY, MODE])
            watcher = QDBusPendingCallWatcher(self._bus.asyncCall(call), self)
            watcher.finished.connect(self._answered)
            self._watcher = watcher

    def _answered(self, watcher) -> None:
        self._watcher = None
        fd = None
        with contextlib.suppress(Exception):
            reply = watcher.reply()
            args = reply.arguments() if reply.type() == reply.MessageType.ReplyMessage else []
            if args and hasattr(args[0], "fileDescriptor") and args[0].isValid():
                fd = os.dup(args[0].fileDescriptor())  # ours; Qt's copies go with the reply
            del reply, args
        watcher.deleteLater()
        if fd is None:
            return
        if self._wanted and self._fd is None:
            self._fd = fd
        else:                        # locked meanwhile (or a second answer): let go at once
            os.close(fd)

    def release(self) -> None:
        """Let logind go on with a sleep it delayed (right after the lock)."""
        self._wanted = False
        fd, self._fd = self._fd, None
        if fd is not None:
            with contextlib.suppress(OSError):
                os.close(fd)
