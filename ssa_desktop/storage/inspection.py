"""What unlock does before SQLite may write: inspect the files, probe a crash-left WAL on
copies, keep a rescue copy of a damaged WAL, and clean up files left by a killed process.

SQLite recovers a WAL when it opens the database and checkpoints it into the database
file when the last connection closes. So a vault with a WAL is first opened as a copy in a
private probe folder; only if the copy is sound is the real file opened. A damaged vault
is refused with both files byte-identical.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from ..domain import clock
from .connection import Connection, check_not_truncated, checkpoint, connect
from .errors import StorageFull, opening_error
from .file_format import scan_wal
from .files import is_held, make_private_dir, make_private_file, remove_quietly, shred

PROBE_PREFIX = ".pruefung-"
RESCUE_PREFIX = "rettungskopie-"
# A temp file younger than this may belong to a process still running (a backup from the
# CLI while the GUI is open); older ones are leftovers of a killed process.
LEFTOVER_AGE_SECONDS = 600


def wal_path(db_path: Path) -> Path:
    return Path(f"{db_path}-wal")


def has_wal(db_path: Path) -> bool:
    wal = wal_path(db_path)
    return wal.exists() and wal.stat().st_size > 0


def rescue_damaged_wal(db_path: Path) -> str | None:
    """If SQLite's recovery would drop committed frames of the WAL, copy the database and
    the WAL into a rescue folder beside them and return a German notice; else None.
    A WAL gone meanwhile was checkpointed by the last other connection (a worker of the
    session just locked): nothing to rescue."""
    try:
        scan = scan_wal(wal_path(db_path))
    except FileNotFoundError:
        return None
    if not scan.loses_data:
        return None
    folder = db_path.parent / f"{RESCUE_PREFIX}{clock.now():%Y%m%d-%H%M%S}"
    make_private_dir(folder)
    for source in (db_path, wal_path(db_path)):
        shutil.copyfile(source, folder / source.name)
        make_private_file(folder / source.name)
    return ("Das Änderungsprotokoll des Tresors (vault.ssadb-wal) war beschädigt, vermutlich "
            "durch einen Absturz oder einen Fehler des Datenträgers. Die letzten Änderungen vor "
            "dem Absturz fehlen möglicherweise. Eine unveränderte Kopie beider Dateien liegt in "
            f"{folder}; bitte bewahren Sie sie auf und wenden Sie sich an den Support.")


def probe_copy(db_path: Path, data_key: bytes | bytearray,
               verify: Callable[[Connection], None]) -> None:
    """Open a copy of the database and its WAL, let SQLite recover and checkpoint the copy,
    and check it; raise CorruptDatabase. The originals are only read. A WAL gone before
    it was copied was checkpointed by the last other connection closing (a worker of the
    session just locked): the database file is whole, nothing to probe."""
    probe = db_path.parent / f"{PROBE_PREFIX}{os.getpid()}-{time.monotonic_ns()}"
    try:
        make_private_dir(probe)
        copy = probe / db_path.name
        try:
            shutil.copyfile(db_path, copy)
            shutil.copyfile(wal_path(db_path), wal_path(copy))
        except FileNotFoundError:
            return  # checkpointed meanwhile (the probe folder goes in ``finally``)
        except OSError as err:
            if err.errno in (errno.ENOSPC, errno.EDQUOT):
                size = (db_path.stat().st_size + wal_path(db_path).stat().st_size) // 2 ** 20 + 1
                raise StorageFull(
                    "Nach einem Absturz prüft SSA Desktop den Tresor zuerst an einer Kopie; "
                    f"dafür fehlen auf dem Datenträger etwa {size} MB. Bitte Platz schaffen "
                    "und erneut öffnen; der Tresor wurde nicht verändert.") from err
            raise
        try:
            conn = connect(copy, data_key)
        except sqlcipher3.DatabaseError as err:
            raise opening_error(err, probe) from None
        try:
            checkpoint(conn)
            check_not_truncated(copy, conn)
            verify(conn)
        except sqlcipher3.DatabaseError as err:
            raise opening_error(err, probe) from None
        finally:
            conn.close()
    finally:
        shutil.rmtree(probe, ignore_errors=True)


_SIDE_FILES = ("-wal", "-shm", "-journal")


def _leftovers(folder: Path, db_name: str) -> list[tuple[Path, str]]:
    """Files a killed re-key, restore, backup or key-file write leaves, with a reason
    (``_leftover_reason``), in the vault's folder and hidden in its backups folder."""
    backups = folder / "backups"
    found: list[tuple[Path, str]] = []
    for path in [*folder.iterdir(), *(backups.glob(".*") if backups.is_dir() else [])]:
        reason = _leftover_reason(path, folder, db_name)
        if reason is not None:
            found.append((path, reason))
    return found


def _leftover_reason(path: Path, folder: Path, db_name: str) -> str | None:
    """Why ``path`` is left over (None: it is not): a staged restore, a side file of a
    staged restore or of a re-key whose copy is gone, or a hidden file
    (``_hidden_reason``)."""
    # (``vault.ssadb.rekey`` and ``vault.key.pending`` are the unlock's own business:
    # ``Vault._discard_stopped_rekey``; their SQLite side files are not)
    name = path.name
    if name == f"{db_name}.restore":
        return "abgebrochene Wiederherstellung"
    if name in {f"{staged}{suffix}" for staged in (f"{db_name}.restore", f"{db_name}.rekey")
                for suffix in _SIDE_FILES}:
        owner = folder / name.rsplit("-", 1)[0]
        if not owner.exists() or name.startswith(f"{db_name}.restore"):
            return "Nebendatei einer abgebrochenen Wiederherstellung oder Umstellung"
        return None
    return _hidden_reason(name) if name.startswith(".") else None


def _hidden_reason(name: str) -> str | None:
    """A hidden file a backup, a conversion, the key file's write or an opening's probe
    (``PROBE_PREFIX``) leaves when killed."""
    if name.endswith(".partial"):
        return "abgebrochene Sicherung oder Umstellung"
    if any(name.endswith(f".partial{s}") for s in _SIDE_FILES):
        return "Nebendatei einer abgebrochenen Sicherung"
    if name.startswith(".vault.key") and name.endswith(".tmp"):
        return "abgebrochenes Schreiben der Schlüsseldatei"
    if name.startswith(PROBE_PREFIX):
        return "abgebrochene Prüfung beim Öffnen"
    return None


def _staged_restore(path: Path, db_name: str) -> Path | None:
    """The restore's staged copy ``path`` belongs to (itself or its side file)."""
    name = path.name
    base = f"{db_name}.restore"
    if name == base or (name.startswith(base) and name[len(base):] in _SIDE_FILES):
        return path.parent / base
    return None


def _young(path: Path, now: float) -> bool:
    return now - path.lstat().st_mtime < LEFTOVER_AGE_SECONDS


def clean_leftovers(folder: Path, db_name: str) -> list[str]:
    """Remove leftovers; return German notices saying what was removed and what was found
    but kept. A restore's staged copy (and its side files) goes at once, whatever its age,
    when no process holds it (``files.is_held``), overwritten with zeros first: it may
    hold data deleted since the backup. Everything else goes once older than
    LEFTOVER_AGE_SECONDS (younger may belong to a running process)."""
    now = time.time()
    removed, kept = [], []
    for path, reason in _leftovers(folder, db_name):
        with contextlib.suppress(OSError):
            staged = _staged_restore(path, db_name)
            held = is_held(staged) if staged is not None and staged.exists() else (
                False if staged is not None else None)
            if held or (held is None and _young(path, now)):
                kept.append(f"{path.name} ({reason})")
                continue
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            elif staged is not None:
                shred(path)
            else:
                remove_quietly(path)
            removed.append(f"{path.name} ({reason})")
    notices = []
    if removed:
        notices.append("Beim Öffnen entfernt (Reste eines abgebrochenen Vorgangs): "
                       + ", ".join(removed) + ".")
    if kept:
        notices.append("Gefunden, aber noch nicht entfernt (jünger als 10 Minuten oder noch "
                       "in Arbeit): " + ", ".join(kept) + ".")
    return notices


def clean_stale_partials(folder: Path) -> None:
    """Before a backup into ``folder``: remove our own temp files there that a killed
    backup left (``.<name>.ssabak.partial``, older than LEFTOVER_AGE_SECONDS)."""
    now = time.time()
    with contextlib.suppress(OSError):
        for path in folder.glob(".*.ssabak.partial"):
            with contextlib.suppress(OSError):
                if now - path.lstat().st_mtime >= LEFTOVER_AGE_SECONDS and path.is_file():
                    remove_quietly(path)


def rescue_folders(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob(f"{RESCUE_PREFIX}*") if p.is_dir())
