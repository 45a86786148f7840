"""A second start's request to the window that holds the vault: the file
``vault.window-request`` beside ``vault.lock`` in the vault folder.

The second start creates it exclusively (``post``) with a fixed word in it, nothing of
the user; the running window notices it (a file-system watcher on the folder), removes it
(``take``) and comes to the front; the second start sees it gone (``pending``) and ends.
When nobody takes it in time the second start removes its own request (``withdraw``).
A request older than ``STALE_SECONDS`` is a crashed start's: ``take`` removes it without
answering it, so that it never raises the window by surprise. Anything else under the
name (a folder, a link) is not answered; a link is removed, never followed.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from pathlib import Path

from . import files
from .errors import VaultError

REQUEST_NAME = "vault.window-request"
REQUEST_WORD = b"nach-vorne\n"
# A second start waits 3 s for its answer and then removes its request: an older one is
# left by a start that was killed while it waited.
STALE_SECONDS = 10.0


def request_path(folder: Path | str) -> Path:
    return Path(folder) / REQUEST_NAME


def post(folder: Path | str) -> bool:
    """Create the request; True when this call made it, False when one is pending already
    (another second start's). ``OSError`` when the folder takes no file."""
    flags = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
             | getattr(os, "O_NOFOLLOW", 0))
    try:
        fd = os.open(request_path(folder), flags, files.FILE_MODE)
    except FileExistsError:
        return False
    try:
        os.write(fd, REQUEST_WORD)
    finally:
        os.close(fd)
    return True


def pending(folder: Path | str) -> bool:
    """True while a request (or anything else) is there under the request's name."""
    return os.path.lexists(request_path(folder))


def withdraw(folder: Path | str) -> None:
    """Remove this start's own request after nobody took it (quietly: a scanner holding
    it past the retries leaves a request the window will find stale)."""
    with contextlib.suppress(OSError, VaultError):
        files.remove(request_path(folder))


def take(folder: Path | str) -> bool:
    """Remove a pending request; True when it is one to answer: a plain file younger than
    ``STALE_SECONDS``. A folder under the name is left alone, a link removed unanswered;
    a request that cannot be removed is not answered (its asker then says so)."""
    path = request_path(folder)
    try:
        info = os.lstat(path)
    except OSError:
        return False
    if stat.S_ISDIR(info.st_mode):
        return False
    try:
        files.remove(path)
    except (OSError, VaultError):
        return False
    return stat.S_ISREG(info.st_mode) and time.time() - info.st_mtime < STALE_SECONDS
