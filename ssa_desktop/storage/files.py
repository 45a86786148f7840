"""File helpers: owner-only modes and atomic writes (temp file, fsync, os.replace).

The one file layer (docs/architecture.md "Files on Windows"): replaces and
deletes go through ``replace``/``remove``/``remove_quietly`` (the few that do not yet are
listed there). On Windows a file
another program holds open cannot be replaced or deleted (``PermissionError`` with
``winerror`` 5, 32 or 33); a scanner does that to a fresh file for a moment. These errors
are retried with growing waits (``RETRY_WAITS``, 2 s in all); a file still held then is a
``FileInUse`` naming it. A ``PermissionError`` without ``winerror`` (Linux, a real
permission problem) is not retried.
"""

from __future__ import annotations

import contextlib
import contextvars
import errno
import functools
import os
import shutil
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from ..domain.os_reasons import os_reason
from ..domain.writing import Writing
from . import claims
from .errors import FileInUse, StorageFull, VaultError, WriteFailed

DIR_MODE = 0o700
FILE_MODE = 0o600


def make_private_dir(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    with contextlib.suppress(OSError):
        os.chmod(path, DIR_MODE)


def ensure_folder(path: Path) -> list[Path]:
    """Create the missing folders of ``path`` owner-only (0700). A folder that exists is
    left exactly as it is: a shared folder, a USB stick's root or /tmp is not ours. The
    folders this call made, the outermost first."""
    missing = []
    current = Path(path)
    while not current.exists():
        missing.append(current)
        current = current.parent
    made = []
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=DIR_MODE)
            made.append(folder)
            os.chmod(folder, DIR_MODE)
    return made


# -- Windows sharing: retry, then name the held file -------------------------------------------
ERROR_ACCESS_DENIED = 5        # MoveFileEx onto a destination another program holds open
ERROR_SHARING_VIOLATION = 32   # the file is open without FILE_SHARE_DELETE (or a scanner)
ERROR_LOCK_VIOLATION = 33
_SHARING = (ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION)

# The waits between attempts, growing, 2.0 s in all: long enough for a scanner to let go of
# a fresh file, short enough that she is not left waiting when Excel holds it.
RETRY_WAITS = (0.05, 0.1, 0.2, 0.4, 0.5, 0.75)
_sleep = time.sleep  # the waits; tests record them instead (tests/support/windows_sharing.py)


_DELETE = 0x00010000           # the access right a replace or delete needs on the file
_SHARE_ALL = 0x7               # FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE
_OPEN_EXISTING = 3
_BACKUP_SEMANTICS = 0x02000000  # lets a folder be opened too
_OPEN_REPARSE_POINT = 0x00200000  # the link or OneDrive placeholder itself, as MoveFileEx


@functools.cache
def _kernel32():
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined, unused-ignore]
    kernel32.CreateFileW.argtypes = (wintypes.LPCWSTR, wintypes.DWORD, wintypes.DWORD,
                                     wintypes.LPVOID, wintypes.DWORD, wintypes.DWORD,
                                     wintypes.HANDLE)
    kernel32.CreateFileW.restype = wintypes.HANDLE
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    return kernel32


def _delete_refusal(path: Path) -> int | None:
    """Windows only: what opening ``path`` for deletion answers, as a replace onto it or a
    delete of it must: 0 when it opens, ``ERROR_SHARING_VIOLATION`` when a program holds it
    without sharing deletion (Excel, Acrobat, a scanner), ``ERROR_ACCESS_DENIED`` when the
    rights of the file and its folder forbid it (an ACL set by IT). ``MoveFileEx`` answers
    "access denied" for both; this tells them apart. None elsewhere."""
    if sys.platform != "win32":
        return None
    import ctypes
    from ctypes import wintypes

    kernel32 = _kernel32()
    handle = kernel32.CreateFileW(str(path), _DELETE, _SHARE_ALL, None, _OPEN_EXISTING,
                                  _BACKUP_SEMANTICS | _OPEN_REPARSE_POINT, None)
    if handle is None or handle == wintypes.HANDLE(-1).value:
        return ctypes.get_last_error()
    kernel32.CloseHandle(handle)
    return 0


def _forbidden(err: OSError, *paths: Path | str) -> bool:
    """True when ``err`` is Windows' "access denied" and the rights of one of ``paths``
    (a file that exists: read-only, or refused when opened for deletion), not a program
    holding it, are the reason: nothing to wait out, nothing she can close. A folder where
    she may write but not change (create, not rename or delete: "Schreiben" without
    "Ändern") refuses the rename of the temp file so."""
    if getattr(err, "winerror", None) != ERROR_ACCESS_DENIED:
        return False
    for path in map(Path, paths):
        if path.exists() and (not os.access(path, os.W_OK)
                              or _delete_refusal(path) == ERROR_ACCESS_DENIED):
            return True
    return False


def _named(err: OSError) -> list[str]:
    """The files ``err`` names (a refused ``os.replace`` names both, source first)."""
    return [os.fspath(name) for name in (err.filename, err.filename2) if name]


def _transient(err: OSError, paths: tuple) -> bool:
    return (isinstance(err, PermissionError) and getattr(err, "winerror", None) in _SHARING
            and not _forbidden(err, *paths))


def _held(err: OSError, path: Path) -> bool:
    """True when ``err`` means another program holds ``path`` open (not a missing right):
    a sharing or lock violation (also of the temp file beside it: a scanner), or "access
    denied" about ``path`` that exists and that neither its rights nor those of the other
    file named forbid changing (Windows reports a held destination of a replace so). An
    "access denied" about another file only (the temp file a folder refused) is not."""
    code = getattr(err, "winerror", None)
    if code in (ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION):
        return True
    if code != ERROR_ACCESS_DENIED:
        return False
    named = _named(err)
    mine = os.path.normcase(os.path.abspath(path))
    if named and all(os.path.normcase(os.path.abspath(n)) != mine for n in named):
        return False
    return Path(path).exists() and not _forbidden(err, path, *named)


def _retrying(operation, *paths) -> None:
    """``operation(*paths)``, retried while one of the files is held for a moment."""
    for wait in (*RETRY_WAITS, None):
        try:
            operation(*paths)
            return
        except OSError as err:
            if wait is None or not _transient(err, paths):
                raise
        _sleep(wait)


def replace(src: Path, dst: Path) -> None:
    """``os.replace(src, dst)``, retried while a scanner holds either file; FileInUse
    (naming ``dst``) when a program still holds one after the retries; the
    ``PermissionError`` itself when the rights of either file forbid it."""
    try:
        _retrying(os.replace, src, dst)
    except PermissionError as err:
        # both files asked once: not her rights, so a program holds the one that exists
        if (getattr(err, "winerror", None) in _SHARING and not _forbidden(err, src, dst)
                and (Path(dst).exists() or Path(src).exists())):
            raise FileInUse(Path(dst)) from err
        raise


def remove(path: Path) -> None:
    """Delete ``path`` (gone already: nothing to do), retried while a scanner holds it;
    FileInUse when a program still holds it after the retries."""
    try:
        _retrying(os.unlink, path)
    except FileNotFoundError:
        return
    except PermissionError as err:
        if _held(err, Path(path)):
            raise FileInUse(Path(path)) from err
        raise


# Windows without long paths (its default) answers a path this long or longer with "path
# not found" (ENOENT; codes 3 or 206), also the temp file beside a target just short enough
MAX_PATH = 260


def too_long(err: OSError, target: Path) -> bool:
    """True when ``err`` is "not found" for a path of ``MAX_PATH`` characters or more (the
    files ``err`` names, else ``target``) in a folder that is there: the path is too long."""
    longest = max(len(os.path.abspath(name)) for name in _named(err) or [os.fspath(target)])
    return err.errno == errno.ENOENT and longest >= MAX_PATH and Path(target).parent.is_dir()


def read_only_file(err: BaseException, target: Path) -> bool:
    """True when ``err`` refused the write because the file at ``target`` is write-protected
    (Windows' read-only attribute: ``os.replace`` onto it answers "access denied",
    ``winerror`` 5), not the folder. Elsewhere a rename ignores the file's own mode, so
    only Windows' answer counts."""
    return (getattr(err, "winerror", None) == ERROR_ACCESS_DENIED
            and Path(target).is_file() and not os.access(target, os.W_OK))


def write_failed(target: Path, err: OSError) -> VaultError:
    """The German error for a failed write to ``target`` (never naming a temp file)."""
    if _held(err, Path(target)):
        return FileInUse(Path(target))
    if err.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return StorageFull()
    if read_only_file(err, Path(target)):
        return WriteFailed(f"Die Datei {target} ist schreibgeschützt; es wurde nichts verändert.")
    if isinstance(err, PermissionError):
        return WriteFailed(f"Keine Berechtigung, {target} zu schreiben; es wurde nichts verändert.")
    if err.errno == errno.EROFS:
        return WriteFailed(f"Der Datenträger für {target} ist schreibgeschützt; es wurde nichts "
                          "verändert.")
    if too_long(err, Path(target)):
        return WriteFailed(f"{target} konnte nicht geschrieben werden (der Pfad ist zu lang); "
                           "es wurde nichts verändert.")
    return WriteFailed(f"{target} konnte nicht geschrieben werden ({os_reason(err)}); "
                      "es wurde nichts verändert.")


def create_private_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 from the start (no window with wider modes)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


def make_private_file(path: Path) -> None:
    with contextlib.suppress(OSError):
        os.chmod(path, FILE_MODE)


def fsync_dir(path: Path) -> None:
    """Make a rename durable (no-op where directories cannot be opened, e.g. Windows)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# New names are tried this often when one is taken (``tempfile``'s own bound since 3.13).
FRESH_NAME_TRIES = 20


def _random_part() -> str:
    return os.urandom(8).hex()   # not ``secrets``: its hmac loads OpenSSL into the GUI


def create_fresh(folder: Path, prefix: str, suffix: str = "", *,
                 directory: bool = False) -> Path:
    """A new empty owner-only file (or folder) with a random name in ``folder``.

    Instead of ``tempfile``: on Windows, Python before 3.13 reads a refused create
    (``PermissionError`` in a folder that ``os.access`` calls writable: Controlled Folder
    Access, an ACL without write rights) as a name taken and tries 2,147,483,647 names,
    hours (CPython gh-66305). Here a refusal is raised at once; only a name really taken
    gets another try, ``FRESH_NAME_TRIES`` in all."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) \
        | getattr(os, "O_NOFOLLOW", 0)
    for _ in range(FRESH_NAME_TRIES):
        path = Path(folder) / f"{prefix}{_random_part()}{suffix}"
        try:
            if directory:
                os.mkdir(path, DIR_MODE)
            else:
                os.close(os.open(path, flags, FILE_MODE))
        except FileExistsError:
            continue
        return path
    raise FileExistsError(errno.EEXIST, "no free name for a temporary file", str(folder))


def temp_path_beside(target: Path, suffix: str = ".tmp") -> Path:
    """A fresh, owner-only, empty temp file next to ``target`` (same file system)."""
    path = create_fresh(target.parent, f".{target.name}.", suffix)
    make_private_file(path)
    return path


@contextlib.contextmanager
def atomic_target(target: Path, suffix: str = ".tmp", *,
                  what: Writing = Writing.EXPORT) -> Iterator[Path]:
    """Yield an owner-only temp path beside ``target``; when the block succeeds, fsync it and
    ``os.replace`` it into place, so readers see the old or the new file, never half.
    On failure the temp file is removed; a full disk raises StorageFull. ``target`` is
    claimed for the block by ``what`` writes it (``claims.claimed``: one writer per file;
    ``FileBeingWritten`` before anything is written while another block writes it)."""
    target = Path(target)
    with claims.claimed(target, what=what):
        tmp = fresh_beside(target, suffix)
        with _or_discarded(tmp, target):
            yield tmp
        put_in_place(tmp, target)


@contextlib.contextmanager
def _or_discarded(tmp: Path, target: Path) -> Iterator[None]:
    """A failing block removes ``tmp``; an OSError becomes the German error for ``target``
    (asked before the temp file is gone: it may be the one named)."""
    try:
        yield
    except OSError as err:
        failure = write_failed(target, err)
        discard(tmp)
        raise failure from err
    except BaseException:
        discard(tmp)
        raise


def fresh_beside(target: Path, suffix: str = ".tmp") -> Path:
    """The temp file ``atomic_target`` writes (its folder made if missing); the German
    error when the folder takes none."""
    try:
        ensure_folder(Path(target).parent)
        return temp_path_beside(Path(target), suffix)
    except OSError as err:
        raise write_failed(Path(target), err) from err


def put_in_place(tmp: Path, target: Path) -> None:
    """The end of ``atomic_target``: fsync the whole ``tmp`` and replace it into place
    (the old file kept aside inside ``undone_on_failure``); on failure ``tmp`` is removed
    and the German error raised, the old file untouched. Only for a ``target`` this block
    has claimed (``claims.claimed``): a writer that skipped the claim fails at once."""
    if not claims.holds(target):
        discard(tmp)
        raise RuntimeError(f"put_in_place: claim {target} first (storage.claims.claimed)")
    with _or_discarded(tmp, target):
        fsync_file(tmp)
        kept_now = _keep_old(target)
        try:
            replace(tmp, target)
        except BaseException:
            if kept_now:   # nothing replaced: nothing to put back, no copy left beside it
                _drop_kept(target)
            raise
        make_private_file(target)
        fsync_dir(target.parent)


def discard(tmp: Path) -> None:
    """Remove a temp file after a failed write; a scanner holding it past the retries must
    not hide the error she needs to see."""
    with contextlib.suppress(OSError):
        remove_quietly(tmp)


# -- an overwrite undone: the old file back when the step it belongs to fails --------------
# The targets written inside ``undone_on_failure``, each with the old file kept aside (None:
# there was none). Per thread (a contextvar): the runner's worker and the GUI do not mix.
_KEPT: contextvars.ContextVar[dict[Path, Path | None] | None] = \
    contextvars.ContextVar("ssa_kept_files", default=None)
# The hidden names chosen (and recorded in the vault, ``storage.file_intents``) before the
# block began, per target: the old file is kept aside under exactly that name.
_NAMED: contextvars.ContextVar[dict[Path, Path | None] | None] = \
    contextvars.ContextVar("ssa_kept_names", default=None)


def kept_name(target: Path) -> Path:
    """A fresh hidden name beside ``target`` for its old file (``.<name>.<hex>.old``)."""
    return target.parent / f".{target.name}.{_random_part()}.old"


@contextlib.contextmanager
def undone_on_failure(names: dict[Path, Path | None] | None = None) -> Iterator[None]:
    """Every file ``atomic_target`` (so ``atomic_write_bytes``) puts into place inside the
    block is undone when the block fails (an error, a cancel, the log's commit refused):
    the file it replaced is back, whole, or there is no file where there was none. The one
    way a file goes out together with a step after it (the Übermittlungsprotokoll's
    commit, a cancel at ``finishing``, the next file of a set).

    How: just before the temp file replaces the target, the old file is kept aside beside
    it under a fresh hidden name, as a hard link (NTFS, ext4: nothing copied, the replace
    only moves the name) or, where the file system has no links (FAT/exFAT USB sticks,
    some network shares), as a copy written and fsynced first. The target is never
    renamed away: readers and a crash always find the old or the new file under its name.
    Undoing is ``replace(kept, target)``: one rename again, retried past a scanner holding
    the new file. When the block succeeded the kept files are removed. An undo refused
    (the new file held past the retries) leaves the old bytes in the hidden file beside
    it and lets the block's own error through. A block inside another is part of it
    (but for the targets it gives up, ``keep_for_good``).
    ``names``: the hidden name per target chosen before (``storage.file_intents``, which
    records them in the vault so that the next unlock undoes what a kill left)."""
    if _KEPT.get() is not None:   # the outer block undoes or keeps, under this one's names
        inner = _NAMED.set({**(_NAMED.get() or {}), **(names or {})})
        try:
            yield
        finally:
            _NAMED.reset(inner)
        return
    kept: dict[Path, Path | None] = {}
    token = _KEPT.set(kept)
    named = _NAMED.set(names)
    try:
        yield
    except BaseException:
        _KEPT.reset(token)
        _NAMED.reset(named)
        for target, old in reversed(kept.items()):
            with contextlib.suppress(OSError, VaultError):
                if old is None:
                    remove(target)
                else:
                    replace(old, target)
        raise
    _KEPT.reset(token)
    _NAMED.reset(named)
    for old in kept.values():
        if old is not None:
            discard(old)


def keep_for_good(targets: list[Path]) -> None:
    """Inside an outer ``undone_on_failure``: ``targets`` (an inner block's, its own step
    committed with them) are no longer undone with the outer block; their kept files go."""
    kept = _KEPT.get()
    for target in targets:
        if kept is not None and target in kept:
            old = kept.pop(target)
            if old is not None:
                discard(old)


def _keep_old(target: Path) -> bool:
    """Inside ``undone_on_failure``: keep the file at ``target`` aside (once per target);
    True when this call did."""
    kept = _KEPT.get()
    if kept is None or target in kept:
        return False
    old = None
    if target.is_file():
        old = (_NAMED.get() or {}).get(target) or kept_name(target)
        try:
            os.link(target, old)
        except OSError:   # no links here (FAT): a copy, whole on disk before the replace
            _copy_aside(target, old)
    kept[target] = old
    return True


def _copy_aside(target: Path, old: Path) -> None:
    """The old file copied to ``old``, fsynced under a temp name and only then renamed:
    a file under that name is always whole (the next unlock may put it back)."""
    copy = create_fresh(target.parent, f".{target.name}.", ".old.tmp")  # owner-only
    try:
        shutil.copyfile(target, copy)
        fsync_file(copy)
        os.replace(copy, old)
    except BaseException:
        discard(copy)
        raise


def _drop_kept(target: Path) -> None:
    """Forget what ``_keep_old`` kept for ``target`` just now, and remove it."""
    kept = _KEPT.get()
    old = kept.pop(target, None) if kept is not None else None
    if old is not None:
        discard(old)


def atomic_write_bytes(target: Path, data: bytes, *,
                       what: Writing = Writing.EXPORT) -> None:
    """Write ``data`` to ``target`` atomically (see ``atomic_target``)."""
    with atomic_target(target, what=what) as tmp:
        tmp.write_bytes(data)


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as fh:
        os.fsync(fh.fileno())


def remove_quietly(path: Path) -> None:
    release(path)
    with contextlib.suppress(FileNotFoundError):
        _retrying(os.unlink, path)


# -- staged files held by a running process ----------------------------------------
# A restore's staged copy is held with a shared ``flock`` from the moment it exists until it
# replaces the database or is removed. Whoever opens the vault meanwhile (another process,
# or this one) sees that it is held and leaves it alone; an unheld one is a leftover of a
# killed process and is removed at once, whatever its age. Where ``flock`` does not exist
# (Windows) ``is_held`` answers None and the age rule applies.
_HELD: dict[str, int] = {}


def hold(path: Path) -> None:
    if sys.platform == "win32":  # pragma: no cover - no flock on Windows
        return
    import fcntl

    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH)
    except OSError:
        os.close(fd)
        return
    release(path)
    _HELD[str(path)] = fd


def release(path: Path) -> None:
    fd = _HELD.pop(str(path), None)
    if fd is not None:
        with contextlib.suppress(OSError):
            os.close(fd)


def is_held(path: Path) -> bool | None:
    """True while a process holds ``path`` (``hold``), False when none does, None when
    this system cannot tell."""
    if sys.platform == "win32":  # pragma: no cover - no flock on Windows
        return None
    import fcntl

    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return None
    finally:
        os.close(fd)  # closing drops our lock
    return False


def shred(path: Path) -> None:
    """Overwrite a file with zeros (fsync) and remove it: an encrypted copy that held
    deleted data does not linger where a recovery tool finds it on a file system that
    writes in place."""
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as fh:
            chunk = b"\0" * (1 << 20)
            left = size
            while left > 0:
                left -= fh.write(chunk[:min(left, len(chunk))])
            os.fsync(fh.fileno())
    except OSError:
        pass
    remove_quietly(path)
