"""One window per vault: the GUI holds the vault's lock from its start to its
end, and a second start on the same vault brings the running window to the front.

No network code: a second start that finds the vault's lock taken by a window leaves a
request file beside the lock (``vault.window-request``, a fixed word in it, created
exclusively; ``storage.window_request``). The running window watches the vault folder
(``QFileSystemWatcher``: the operating system's change notification, no timer), removes
the request and comes to the front; the second start sees it gone and ends quietly. It
claims the lock before its first window and starts watching once that window has been
painted (``listen_when_painted``), answering then a request made meanwhile; one older
than a few seconds is a killed start's and is removed unanswered. When nobody takes the
request within ``_WAIT_MS`` (the holder is a command-line command, or a window that does
not respond) the second start removes it and says in German where the vault is open.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..services import one_writer

if TYPE_CHECKING:
    from PySide6.QtCore import QFileSystemWatcher

PLATFORM = sys.platform  # tests simulate Windows through this, never through sys.platform
ASFW_ANY = -1  # AllowSetForegroundWindow: any process may take the foreground once
ASFW_ANY_DWORD = ASFW_ANY & 0xFFFFFFFF  # the same as the DWORD the function takes
_WAIT_MS = 3000  # how long a second start waits for the running window to answer
_LOOK_EVERY_S = 0.05  # how often the (short-lived) second start looks for the answer


class OpenElsewhere(Exception):
    """The vault is open in another process. ``brought_forward``: the running window was
    asked to come to the front and confirmed; else ``str()`` is the German message."""

    def __init__(self, message: str, *, brought_forward: bool):
        super().__init__(message)
        self.brought_forward = brought_forward


class WindowGuard(QObject):
    """This process's hold of the vault and, once ``listen`` ran, its local server;
    ``bring_forward`` is emitted when a second start asks for the window. ``release`` at
    the end."""

    bring_forward = Signal()

    def __init__(self, folder: Path, hold: one_writer.VaultLockHold | None):
        super().__init__()
        self._folder = folder
        self._hold = hold
        self._watcher: QFileSystemWatcher | None = None
        self._released = False

    def listen(self) -> None:
        """Answer second starts from now on, first a request made while the window came
        up (once; after ``release`` nothing)."""
        if self._watcher is not None or self._released:
            return
        from PySide6.QtCore import QFileSystemWatcher

        self._watcher = watcher = QFileSystemWatcher(self)
        watcher.directoryChanged.connect(self._answer)
        self._answer()

    def _watch(self) -> None:
        """Watch the vault folder; while it is still to be made (first run) its parent,
        until the new vault appears in it."""
        watcher = self._watcher
        if watcher is None:  # not listening (yet)
            return
        watched = watcher.directories()
        folder, parent = str(self._folder), str(self._folder.parent)
        if folder in watched:
            return
        if self._folder.is_dir():
            watcher.addPath(folder)
            if parent in watched:
                watcher.removePath(parent)
        elif parent not in watched and self._folder.parent.is_dir():
            watcher.addPath(parent)

    def adopt(self, folder: Path | str) -> None:
        """The first run made its vault in ``folder`` (perhaps not the one proposed):
        hold it from now to the end, also while the session is locked, and answer
        second starts there."""
        if self._released:
            return
        folder = Path(folder)
        if self._hold is None:  # shared with the new session's own hold in this process
            self._hold = one_writer.claim_vault(folder)
        if folder == self._folder:
            return
        self._folder = folder
        if self._watcher is not None:
            if self._watcher.directories():
                self._watcher.removePaths(self._watcher.directories())
            self._answer()

    def listen_when_painted(self, window) -> None:
        """``listen`` right after ``window``'s first frame (the unlock window or the
        wizard): the first frame does not wait for the watcher."""
        from .first_frame import after_first_frame

        after_first_frame(window, self.listen)

    def _answer(self, _changed: str = "") -> None:
        if self._released or self._watcher is None:
            return
        self._watch()
        if one_writer.take_window_request(self._folder):
            self.bring_forward.emit()

    def release(self) -> None:
        """Stop answering and let go of the vault (once; more calls do nothing)."""
        self._released = True
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            with contextlib.suppress(RuntimeError):  # already gone with the application
                watcher.removePaths(watcher.directories())
        hold, self._hold = self._hold, None
        if hold is not None:
            hold.release()


def claim_window(folder: Path | str, *,
                 session_of: Callable[[int], int | None] | None = None) -> WindowGuard:
    """Act on the start's decision (``one_writer.decide_start``): hold the vault for this
    window (not yet listening: ``listen``), or raise ``OpenElsewhere`` after asking the
    running window to come forward, or with the reason of the refusal. A window in another
    Windows session (a second sign-in, Remote Desktop) cannot come forward where she is: the
    decision says so. ``session_of(pid)`` is Windows' ``ProcessIdToSessionId`` (tests give
    their own)."""
    folder = Path(folder)
    decision = one_writer.decide_start(
        folder, in_another_session=lambda pid: _in_another_session(
            pid, session_of or windows_session_of))
    if decision.action == one_writer.HAND_OVER:
        if ask_running_window(folder, pid=decision.pid):
            raise OpenElsewhere("", brought_forward=True)
        raise OpenElsewhere(decision.reason, brought_forward=False)
    if decision.action == one_writer.REFUSE:
        raise OpenElsewhere(decision.reason, brought_forward=False)
    return WindowGuard(folder, decision.hold)


def ask_running_window(folder: Path, *, wait_ms: int = _WAIT_MS,
                       on_attempt: Callable[[], None] | None = None,
                       pid: int | None = None) -> bool:
    """Ask the window holding ``folder`` to come forward (a request file); True when it
    took the request within ``wait_ms`` (a window still painting its first frame takes it
    once it listens).
    ``on_attempt`` is called each time the request is found still waiting; ``pid`` is the
    running window's process (its lock file's word), which alone may take the foreground
    (Windows; any process when it is not known). Only this
    start's own request, gone, is an answer: another start's pending one may vanish
    unanswered (withdrawn, or removed as stale), so then this start asks for itself."""
    grant_foreground(pid)
    deadline = time.monotonic() + wait_ms / 1000
    made = False
    while True:
        if not one_writer.window_request_pending(folder):
            if made:
                return True
            try:
                made = one_writer.post_window_request(folder)
            except OSError:
                return False  # the folder takes no file: nobody can be asked
            if made:
                continue  # look at once whether it waits
        elif on_attempt is not None:
            on_attempt()
        if time.monotonic() >= deadline:
            if made:
                one_writer.withdraw_window_request(folder)
            return False
        time.sleep(_LOOK_EVERY_S)


def _user32():
    import ctypes

    if sys.platform == "win32":
        return ctypes.windll.user32
    raise OSError("ctypes.windll: Windows only")


def grant_foreground(pid: int | None = None) -> None:
    """Windows: let the running window's process ``pid`` (any process when None) take the
    foreground when it answers. Windows lets only the process she just started do that;
    without this the running window's ``activateWindow`` only flashes its task-bar button.
    Elsewhere nothing."""
    if not PLATFORM.startswith("win"):
        return
    with contextlib.suppress(Exception):  # a convenience: the request is made anyway
        from ctypes import wintypes

        allow = _user32().AllowSetForegroundWindow
        with contextlib.suppress(AttributeError, TypeError):
            allow.argtypes = (wintypes.DWORD,)  # a process number up to 2**32 - 1
        allow(ASFW_ANY_DWORD if pid is None else pid)


def _in_another_session(pid: int | None, session_of: Callable[[int], int | None]) -> bool:
    """Windows: the holder ``pid`` runs in another session than this process."""
    if pid is None or not PLATFORM.startswith("win"):
        return False
    theirs, ours = session_of(pid), session_of(os.getpid())
    return theirs is not None and ours is not None and theirs != ours


def windows_session_of(pid: int) -> int | None:
    """The Windows session of process ``pid`` (``ProcessIdToSessionId``); None where it
    cannot be told (elsewhere, a process gone)."""
    if sys.platform != "win32":
        return None
    with contextlib.suppress(Exception):
        import ctypes
        from ctypes import wintypes

        session = wintypes.DWORD()
        if ctypes.windll.kernel32.ProcessIdToSessionId(wintypes.DWORD(pid),
                                                       ctypes.byref(session)):
            return int(session.value)
    return None


def raise_window(window) -> None:
    """Bring ``window`` (the main window or the unlock window) to the front."""
    if window is None:
        return
    from PySide6.QtCore import Qt  # not at import: the namespace costs the first frame 11 ms

    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
