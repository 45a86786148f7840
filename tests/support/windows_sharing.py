"""Windows file sharing, emulated on Linux (issue 29, docs/testing.md "Windows file sharing").

On Windows a file that another program holds open (Excel its xlsx, Acrobat its PDF, SQLite
its database) cannot be replaced, renamed or deleted: the program opened it without
``FILE_SHARE_DELETE``. An antivirus scanner does the same to a fresh file for a moment.
Linux allows all of it, so the project's file layer would never meet these errors here.

``WindowsSharing`` patches the ``os`` functions the file layer uses (``os.replace``,
``os.rename``, ``os.unlink``, ``os.remove``; ``Path.replace``/``Path.unlink`` call them) and
answers as Windows does, driven by a registry of paths:

- ``hold(path)``: another program has ``path`` open until ``close(path)``. Replacing onto it
  raises ``PermissionError`` with ``winerror`` 5 (``ERROR_ACCESS_DENIED``, what
  ``MoveFileEx`` reports for a held destination); replacing, renaming or deleting it
  raises ``winerror`` 32 (``ERROR_SHARING_VIOLATION``).
- ``scan(path_or_glob, times=n)``: a scanner holds matching files for the next ``n``
  operations that touch them (as source or destination), then lets go (``winerror`` 32).
- ``deny(path_or_glob)``: the files' rights (an ACL, or a folder where she may write but
  not change) forbid deleting or replacing them: replacing onto one, renaming or deleting
  it raises ``winerror`` 5, as a held destination does.
- ``refuse_new_files(folder)``: the folder takes no new file (Controlled Folder Access, an
  ACL without write rights): ``os.open`` creating a file there raises ``winerror`` 5.
- ``os.rename`` onto an existing file raises ``FileExistsError`` (``winerror`` 183), as on
  Windows.
- ``os.open`` creating a file whose name holds a character Windows forbids (``<>:"|?*``)
  raises ``OSError`` ``EINVAL``, as Python's ``open`` does there; one whose path has 260
  characters or more (``MAX_PATH``; long paths are off unless IT turns them on) raises
  ``FileNotFoundError``, as Windows answers it ("path not found").

The file layer tells a held file from a forbidden one by opening it for deletion
(``storage.files._delete_refusal``, ``CreateFileW`` on Windows); the fixture answers that
question from the registry: 32 for a held or scanned file, 5 for a denied one, 0 otherwise.

What it does not simulate: handles of this process (Windows refuses to delete a file the
same process still has open; here only registered paths are held), share modes of reads
and writes (a held file can still be read and written here), SQLite's own locking, ACLs
beyond ``deny`` and ``refuse_new_files``.
The waits between the file layer's retries are recorded in ``waits`` instead of slept
(the fixture replaces ``storage.files._sleep``), so no test waits on timing.
"""

from __future__ import annotations

import errno
import fnmatch
import os
from pathlib import Path

ERROR_ACCESS_DENIED = 5
ERROR_SHARING_VIOLATION = 32
ERROR_ALREADY_EXISTS = 183
MAX_PATH = 260


def _key(path) -> str:
    return os.path.abspath(os.fspath(path))


def windows_error(path, winerror: int, path2=None) -> PermissionError:
    """A ``PermissionError`` as Python raises it on Windows (``winerror`` set; a refused
    ``os.replace``/``os.rename`` names both files, source first, as Python does)."""
    text = ("Der Prozess kann nicht auf die Datei zugreifen, da sie von einem anderen Prozess "
            "verwendet wird" if winerror == ERROR_SHARING_VIOLATION else "Zugriff verweigert")
    if path2 is None:
        err = PermissionError(errno.EACCES, text, os.fspath(path))
    else:
        err = PermissionError(errno.EACCES, text, os.fspath(path), None, os.fspath(path2))
    err.winerror = winerror
    return err


class WindowsSharing:
    def __init__(self):
        self.held: set[str] = set()
        self.scans: dict[str, int] = {}
        self.denied: set[str] = set()
        self.refusing: set[str] = set()
        self.waits: list[float] = []
        self.refused: list[tuple[str, str, int]] = []  # (operation, path, winerror)
        self._real = {name: getattr(os, name) for name in ("replace", "rename", "unlink", "remove",
                                                              "open")}

    # -- the registry ----------------------------------------------------------------------
    def hold(self, path) -> Path:
        """Another program opens ``path`` (until ``close``)."""
        self.held.add(_key(path))
        return Path(path)

    def close(self, path) -> None:
        self.held.discard(_key(path))

    def deny(self, pattern) -> Path:
        """The rights of the files matching ``pattern`` (a path or a glob) forbid deleting,
        renaming or replacing them (they stay readable and writable): an ACL, or a folder
        where she may write but not change ("Schreiben" without "Ändern")."""
        self.denied.add(_key(pattern))
        return Path(pattern)

    def _denied(self, path: str) -> bool:
        return any(path == pattern or fnmatch.fnmatchcase(path, pattern)
                   for pattern in self.denied)

    def refuse_new_files(self, folder) -> Path:
        """``folder`` takes no new file (Controlled Folder Access, an ACL)."""
        self.refusing.add(_key(folder))
        return Path(folder)

    def scan(self, pattern, times: int = 1) -> None:
        """A scanner holds files matching ``pattern`` (a path or a glob) for the next
        ``times`` operations that touch one of them."""
        self.scans[_key(pattern)] = times

    # -- the checks ------------------------------------------------------------------------
    def _scanned(self, path: str) -> bool:
        for pattern, left in self.scans.items():
            if left > 0 and (path == pattern or fnmatch.fnmatchcase(path, pattern)):
                self.scans[pattern] = left - 1
                return True
        return False

    def _refuse(self, op: str, path, winerror: int, moved=None) -> PermissionError:
        """The error for ``op`` on ``path`` (recorded); a move's names both its files."""
        self.refused.append((op, os.fspath(path), winerror))
        if moved is None:
            return windows_error(path, winerror)
        return windows_error(moved[0], winerror, moved[1])

    def _check_move(self, op: str, src, dst) -> None:
        s, d = _key(src), _key(dst)
        both = (src, dst)
        if s in self.held or self._scanned(s):
            raise self._refuse(op, src, ERROR_SHARING_VIOLATION, both)
        if self._denied(s):
            raise self._refuse(op, src, ERROR_ACCESS_DENIED, both)
        if (d in self.held or self._denied(d)) and os.path.exists(d):
            raise self._refuse(op, dst, ERROR_ACCESS_DENIED, both)
        if os.path.exists(d) and self._scanned(d):  # a new name is nothing to hold
            raise self._refuse(op, dst, ERROR_SHARING_VIOLATION, both)

    # -- the patched functions -------------------------------------------------------------
    def replace(self, src, dst, **kwargs):
        if not kwargs:
            self._check_move("replace", src, dst)
        return self._real["replace"](src, dst, **kwargs)

    def rename(self, src, dst, **kwargs):
        if not kwargs:
            if os.path.exists(dst):
                err = FileExistsError(errno.EEXIST, "Die Datei ist bereits vorhanden",
                                      os.fspath(dst))
                err.winerror = ERROR_ALREADY_EXISTS
                raise err
            self._check_move("rename", src, dst)
        return self._real["rename"](src, dst, **kwargs)

    def unlink(self, path, **kwargs):
        if not kwargs:
            p = _key(path)
            if os.path.exists(p) and (p in self.held or self._scanned(p)):
                raise self._refuse("unlink", path, ERROR_SHARING_VIOLATION)
            if os.path.exists(p) and self._denied(p):
                raise self._refuse("unlink", path, ERROR_ACCESS_DENIED)
        return self._real["unlink"](path, **kwargs)

    def open(self, path, flags, *args, **kwargs):
        if flags & os.O_CREAT and set(os.path.basename(os.fspath(path))) & set('<>:"|?*'):
            raise OSError(errno.EINVAL, "Invalid argument", os.fspath(path))
        if flags & os.O_CREAT and len(_key(path)) >= MAX_PATH:
            raise FileNotFoundError(errno.ENOENT, "No such file or directory", os.fspath(path))
        if flags & os.O_CREAT and os.path.dirname(_key(path)) in self.refusing \
                and not os.path.exists(path):
            raise self._refuse("open", path, ERROR_ACCESS_DENIED)
        return self._real["open"](path, flags, *args, **kwargs)

    def delete_refusal(self, path) -> int:
        """What opening ``path`` for deletion answers (``files._delete_refusal``), without
        counting as one of a scanner's operations."""
        p = _key(path)
        if p in self.held or any(left > 0 and (p == pattern or fnmatch.fnmatchcase(p, pattern))
                                 for pattern, left in self.scans.items()):
            return ERROR_SHARING_VIOLATION
        return ERROR_ACCESS_DENIED if self._denied(p) else 0

    def install(self, monkeypatch) -> WindowsSharing:
        from ssa_desktop.storage import files

        monkeypatch.setattr(os, "replace", self.replace)
        monkeypatch.setattr(os, "rename", self.rename)
        monkeypatch.setattr(os, "unlink", self.unlink)
        monkeypatch.setattr(os, "remove", self.unlink)
        monkeypatch.setattr(os, "open", self.open)
        monkeypatch.setattr(files, "_delete_refusal", self.delete_refusal)
        monkeypatch.setattr(files, "_sleep", self.waits.append)
        return self
