"""One window per vault: the GUI holds the vault's lock from its start to its
end, and a second start on the same vault brings the running window to the front.

The running GUI listens on a local socket (``QLocalServer``: a Unix socket or a Windows
named pipe, never the network) named from a hash of the vault folder, so that the name
shows no path. It claims the lock before its first window and starts listening once that
window has been painted (``listen_when_painted``: QtNetwork is not needed for the first
frame). A second start that finds the vault's lock taken by a window asks that socket to
bring its window forward, asking again for a few seconds while the first window is still
coming up, and ends quietly; when nobody answers (the holder is a command-line command,
or a window that does not respond) it says in German where the vault is open.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ..services import one_writer

_REQUEST = b"nach-vorne\n"
_ANSWER = b"ok\n"
_WAIT_MS = 3000  # how long a second start waits for the running window to answer


def server_name(folder: Path | str) -> str:
    """The local socket's name for ``folder``: a hash, no path or user name in it."""
    from ..domain.digests import sha256  # not on the start path (no OpenSSL either)

    real = os.path.normcase(os.path.realpath(folder))
    return "ssa-desktop-" + sha256(real.encode("utf-8")).hexdigest()[:32]


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
        self._server = None
        self._released = False

    def listen(self) -> None:
        """Answer second starts from now on (once; after ``release`` nothing)."""
        if self._server is not None or self._released:
            return
        from PySide6.QtNetwork import QLocalServer

        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.UserAccessOption)
        name = server_name(self._folder)
        QLocalServer.removeServer(name)  # a crashed window's socket: we hold the lock now
        self._server.listen(name)         # without it a second start only gets the message
        self._server.newConnection.connect(self._accept)

    def listen_when_painted(self, window) -> None:
        """``listen`` right after ``window``'s first frame (the unlock window or the
        wizard): the first frame does not wait for QtNetwork."""
        from .first_frame import after_first_frame

        after_first_frame(window, self.listen)

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():  # the request came with the connection
                self._answer(socket)

    def _answer(self, socket) -> None:
        if bytes(socket.readAll().data()).startswith(_REQUEST.strip()):
            self.bring_forward.emit()
            socket.write(_ANSWER)
            socket.flush()
        socket.disconnectFromServer()

    def release(self) -> None:
        """Stop listening and let go of the vault (once; more calls do nothing)."""
        self._released = True
        server, self._server = self._server, None
        if server is not None:
            with contextlib.suppress(RuntimeError):  # already gone with the application
                server.close()
        hold, self._hold = self._hold, None
        if hold is not None:
            hold.release()


def claim_window(folder: Path | str) -> WindowGuard:
    """Hold the vault for this window (not yet listening: ``listen``), or raise
    ``OpenElsewhere`` after asking the running window to come forward."""
    folder = Path(folder)
    one_writer.name_this_program(one_writer.WINDOW_PROGRAM)
    try:  # a folder still to be made (first run): the new vault takes its lock itself
        hold = one_writer.claim_vault(folder) if folder.is_dir() else None
    except one_writer.VaultInUse as err:
        if ask_running_window(folder, keep_asking=err.program in ("", one_writer.WINDOW_PROGRAM)):
            raise OpenElsewhere("", brought_forward=True) from None
        raise OpenElsewhere(_message(err.program), brought_forward=False) from None
    return WindowGuard(folder, hold)


def ask_running_window(folder: Path, *, keep_asking: bool = True, wait_ms: int = _WAIT_MS,
                       on_attempt: Callable[[], None] | None = None) -> bool:
    """Ask the window holding ``folder`` to come forward; True when it confirmed.
    ``keep_asking``: a window that holds the vault but does not listen yet (it is still
    painting its first frame) is asked again until ``wait_ms`` have passed."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = time.monotonic() + wait_ms / 1000
    while True:
        socket = QLocalSocket()
        socket.connectToServer(server_name(folder))
        try:
            if socket.waitForConnected(min(_WAIT_MS, 250)):
                return _request(socket)
        finally:
            socket.abort()
        if on_attempt is not None:
            on_attempt()
        if not keep_asking or time.monotonic() >= deadline:
            return False
        time.sleep(0.05)


def _request(socket) -> bool:
    socket.write(_REQUEST)
    if not socket.waitForBytesWritten(_WAIT_MS):
        return False
    answer = b""
    while len(answer) < len(_ANSWER) and socket.waitForReadyRead(_WAIT_MS):
        answer += bytes(socket.readAll().data())
    return answer.startswith(_ANSWER.strip())


def _message(program: str) -> str:
    if not program or program == one_writer.WINDOW_PROGRAM:
        return ("Dieser Tresor ist bereits in einem anderen Fenster von SSA Desktop geöffnet. "
                "Bitte wechseln Sie zu diesem Fenster (Taskleiste); ein zweites Fenster auf "
                "denselben Tresor wird nicht geöffnet.")
    return (f"Der Tresor ist gerade in einem anderen Programm geöffnet ({program}). Bitte "
            "warten Sie, bis es beendet ist, und starten Sie SSA Desktop dann erneut. Es "
            "wurde nichts verändert.")


def raise_window(window) -> None:
    """Bring ``window`` (the main window or the unlock window) to the front."""
    if window is None:
        return
    from PySide6.QtCore import Qt  # not at import: the namespace costs the first frame 11 ms

    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowMinimized | Qt.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
