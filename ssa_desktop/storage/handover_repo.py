"""Package files of handing over (Vertretungspaket, its return, a school's handover package).

A package is one SQLCipher 4 database file under its own random 256-bit key, created by
the same code as a vault database (``vault.init_database``) and then switched to a
rollback journal so that it stays one file. Its ``meta`` table says what it is
(``package_kind``, ``package_id``, period, recipient). Here: creating, opening, writing
and erasing package files, their ``meta`` and the package registries in a vault's
``meta``. What a Vertretungspaket and its return carry is ``storage/handover_deputy_repo.py``,
what a school package carries and its manifest ``storage/handover_school_repo.py``. The
rules are in ``domain/handover.py``, the use cases in ``services/handover*.py``.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

import sqlcipher3

from .. import __version__
from ..domain import strict_json
from ..domain.digests import sha256
from ..domain.handover import newer_sentence, plain_version
from ..domain.writing import Writing
from .claims import claimed
from .connection import Connection, GuardedConnection, quiet_cipher_log
from .emergency import sqlcipher_raw_key
from .errors import VaultError
from .file_format import PAGE_SIZE, database_file_problem, key_fits
from .files import fsync_dir, hold, is_held, release, remove, remove_quietly, replace, shred

# the registries and the names of unfinished files: also read without this module, by the
# unlock's upkeep (``package_registry``)
from .package_registry import (
    FOLDERS_KEY,
    PARTIAL_SUFFIX,
    RECEIPT_PARTIAL_SUFFIX,
    RECEIPT_SUFFIX,
    RECEIVED_PREFIX,
    REGISTRY_PREFIX,
    SIDE_FILES,
    SUFFIX,
    partials_in,
    remembered_folders,
)
from .package_registry import (
    registry as registry,  # the registries' reader, also as handover_repo.registry
)
from .vault import init_database

FOLDERS_KEPT = 5


class PackageError(VaultError):
    """A package cannot be opened or used; ``str()`` is a German sentence."""


DAMAGED = ("Die Paketdatei ist beschädigt oder passt nicht zu SSA Desktop (ihre Tabellen oder "
           "Angaben fehlen oder sind verändert); nichts wurde verändert.")


@contextlib.contextmanager
def damaged_as_package_error():
    """Inside: a database error of a package file (a dropped table, a missing column, a
    crafted schema) or its unreadable meta becomes the German ``PackageError``."""
    try:
        yield
    except (sqlcipher3.DatabaseError, KeyError, ValueError) as err:
        if isinstance(err, PackageError):
            raise
        raise PackageError(DAMAGED) from None


def new_key() -> bytearray:
    return bytearray(os.urandom(32))


def _ids(values: Iterable[str]) -> str:
    return json.dumps(sorted(set(values)))


IN_IDS = "IN (SELECT value FROM json_each(?))"


# -- creating and opening package files ---------------------------------------------------
def create(path: Path, key: bytes | bytearray, meta: dict[str, str]):
    """A new package database at ``path`` (must not exist) with ``meta``; foreign keys
    are off (a package carries a part of a vault, its references may point outside)."""
    conn = init_database(path, key, journal="DELETE")   # rollback journal from the first page
    conn.execute("PRAGMA foreign_keys = OFF")
    meta = {**meta, WRITTEN_WITH: __version__}
    conn.executemany("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", sorted(meta.items()))
    return conn


def finish(conn: Connection, tmp: Path, target: Path) -> None:
    """Close the package at ``tmp`` and move it into place atomically."""
    conn.execute("VACUUM")
    conn.close()
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    replace(tmp, target)  # retried while a scanner holds the fresh file (Windows)
    release(tmp)
    fsync_dir(target.parent)


def temp_beside(target: Path) -> Path:
    """The partial file of ``target``: ``.<name>.ssapaket.partial`` in the same folder,
    new, owner-only, and held (``files.hold``) while it is written, so that a cleaning
    of the folder by another process leaves it alone. FileExistsError when it exists."""
    tmp = target.parent / f".{target.name.removesuffix(SUFFIX)}{PARTIAL_SUFFIX}"
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    hold(tmp)
    return tmp


def write_receipt(target: Path, data: bytes) -> None:
    """Write a receipt through its partial file ``.<name>.ssaquittung.partial`` beside
    ``target``, held while it is written (``clean_partials`` leaves it alone) and renamed
    into place when complete. FileExistsError when another write of it is under way."""
    with claimed(target, what=Writing.RECEIPT):   # one writer per file (storage/claims.py)
        tmp = target.parent / f".{target.name.removesuffix(RECEIPT_SUFFIX)}{RECEIPT_PARTIAL_SUFFIX}"
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            hold(tmp)
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            replace(tmp, target)
            release(tmp)
            fsync_dir(target.parent)
        except BaseException:
            discard_partial(tmp)
            raise


def discard_partial(tmp: Path) -> None:
    """Remove a partial file that will not become a package (and its journal)."""
    release(tmp)
    remove_quietly(tmp)
    for side in SIDE_FILES:
        remove_quietly(Path(f"{tmp}{side}"))


def _shred_partial(path: Path, removed: list[str]) -> None:
    """A partial and its ``-journal``/``-wal``/``-shm``, each that is a file and no link,
    overwritten and removed (their names added to ``removed``)."""
    for victim in (*(Path(f"{path}{side}") for side in SIDE_FILES), path):
        if victim.is_file() and not victim.is_symlink():
            shred(victim)
            removed.append(victim.name)


def _synced(folder: Path, removed: list[str]) -> list[str]:
    """``removed``; where it names anything, the folder's entry is synced first."""
    if removed:
        with contextlib.suppress(OSError):
            fsync_dir(Path(folder))
    return removed


def clean_partials(folder: Path) -> list[str]:
    """Remove what killed package, return and receipt writes left in ``folder``: every
    ``.*.ssapaket.partial`` and ``.*.ssaquittung.partial`` no process holds (where that
    cannot be told: older than LEFTOVER_AGE_SECONDS) and its ``-journal``/``-wal``/``-shm``
    (also those whose partial is gone), overwritten with zeros first. Returns the names
    removed."""
    import time

    from .inspection import LEFTOVER_AGE_SECONDS

    removed: list[str] = []
    try:
        partials, orphans = partials_in(Path(folder))
    except OSError:
        return removed
    now = time.time()
    for path in partials:
        with contextlib.suppress(OSError):
            held = is_held(path)
            if held or (held is None and now - path.lstat().st_mtime < LEFTOVER_AGE_SECONDS):
                continue
            _shred_partial(path, removed)
    for orphan in orphans:   # a side file whose partial is gone
        owner = Path(str(orphan).rsplit("-", 1)[0])
        with contextlib.suppress(OSError):
            if orphan.exists() and not owner.exists() and not orphan.is_symlink():
                shred(orphan)
                removed.append(orphan.name)
    return _synced(folder, removed)


def shred_partials_of(folder: Path, package_id: str) -> list[str]:
    """At a package's expiry: what killed writes of its returns (or of the package) left
    in ``folder`` – ``.<name>.ssapaket.partial`` whose name carries the package's id, and
    its ``-journal``/``-wal``/``-shm`` – overwritten and removed whatever their age,
    unless a process holds the partial. Returns the names removed."""
    removed: list[str] = []
    mark = f"-{package_id[:8]}"
    try:
        partials, sides = partials_in(Path(folder))
    except OSError:
        return removed
    for path in partials:
        with contextlib.suppress(OSError):
            stem = path.name.removesuffix(PARTIAL_SUFFIX)
            if len(package_id) < 8 or not (stem.endswith(mark) or f"{mark}-" in stem) \
                    or is_held(path):
                continue
            _shred_partial(path, removed)
    for side in sides:   # a journal whose partial is gone
        owner = Path(str(side).rsplit("-", 1)[0])
        with contextlib.suppress(OSError):
            if len(package_id) >= 8 and mark in owner.name and side.exists() \
                    and not owner.exists() and not side.is_symlink():
                shred(side)
                removed.append(side.name)
    return _synced(folder, removed)


def remember_folder(conn: Connection, folder: Path) -> None:
    """Note ``folder`` among the last folders packages, returns and receipts were written
    to (for the cleaning at the next unlock); the newest first, at most FOLDERS_KEPT."""
    resolved = str(Path(folder).resolve())
    kept = [f for f in remembered_folders(conn) if f != resolved]
    set_meta(conn, FOLDERS_KEY, json.dumps([resolved, *kept][:FOLDERS_KEPT]))


def open_package(path: Path, key: bytes | bytearray, *, writable: bool = False):
    """Open a package; refuse with a German sentence when it is not one or damaged."""
    path = Path(path)
    if not path.is_file():
        raise PackageError(f"Die Paketdatei {path.name} gibt es nicht.")
    problem = database_file_problem(path)
    if problem:
        raise PackageError("Die Paketdatei ist beschädigt oder unvollständig (abgeschnitten) "
                           "und wird nicht geöffnet; nichts wurde verändert. Bitte die Datei "
                           "noch einmal übertragen lassen." if "Tresordatei" in problem
                           and "verschlüsselt" not in problem else
                           "Die Datei ist kein verschlüsseltes Paket von SSA Desktop.")
    if not key_fits(path, key):
        raise PackageError("Der Paketschlüssel passt nicht zu dieser Datei (oder die Datei ist "
                           "kein Paket von SSA Desktop). Nichts wurde verändert.")
    uri = f"file:{path}?mode={'rw' if writable else 'ro'}"
    conn = None
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False,
                                  factory=GuardedConnection)
        quiet_cipher_log(conn)
        conn.set_key(sqlcipher_raw_key(key))
        if conn.execute("PRAGMA cipher_integrity_check").fetchone() is not None:
            raise PackageError("Die Paketdatei ist beschädigt (Prüfsummen stimmen nicht); "
                               "nichts wurde verändert.")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        if path.stat().st_size < pages * PAGE_SIZE:
            raise PackageError("Die Paketdatei ist unvollständig (abgeschnitten); nichts wurde "
                               "verändert. Bitte die Datei noch einmal übertragen lassen.")
        _check_version(conn, writable)   # the format version first: a newer one is no damage
        kind = conn.execute("SELECT value FROM meta WHERE key = 'package_kind'").fetchone()
        if kind is None:
            raise PackageError("Die Datei ist ein Tresor, aber kein Paket; sie wird hier nicht "
                               "geöffnet.")
        if writable:
            conn.execute("PRAGMA foreign_keys = OFF")
            conn.execute("PRAGMA secure_delete = ON")
        return conn
    except PackageError:
        if conn is not None:
            conn.close()
        raise
    except sqlcipher3.DatabaseError:
        if conn is not None:
            conn.close()
        raise PackageError("Die Paketdatei ist beschädigt und wird nicht geöffnet; nichts wurde "
                           "verändert.") from None


def _check_version(conn: Connection, writable: bool) -> None:
    """A package of a newer app is refused; one of an older app is brought up to this
    schema by the vault's migrations when opened to work in (the deputy's window), and
    refused in German when only read."""
    from . import migrations

    version = conn.execute("PRAGMA user_version").fetchone()[0]
    latest = migrations.latest_version()
    if version > latest:
        raise PackageError(newer_sentence("Das Paket", _written_with(conn),
                                          "nichts wurde verändert"))
    if version < latest:
        if not writable:
            raise PackageError("Die Datei wurde mit einer älteren Version von SSA Desktop "
                               "geschrieben und wird hier nicht gelesen. Bitte sie mit der "
                               "aktuellen Version neu schreiben lassen (ein Vertretungspaket "
                               "wird angepasst, sobald die Vertretung darin arbeitet). Nichts "
                               "wurde verändert.")
        migrations.upgrade(conn)


WRITTEN_WITH = "written_with"   # meta key: the program version that wrote the package
def _written_with(conn: Connection) -> str:
    """The version a newer package names, if its meta table can still be read so."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = ?", (WRITTEN_WITH,)).fetchone()
    except sqlcipher3.DatabaseError:
        return ""
    return plain_version(row[0]) if row else ""


def meta(conn: Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM meta").fetchall())


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


def file_hash(path: Path) -> str:
    digest = sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def erase_file(path: Path) -> int:
    """Overwrite ``path`` with random bytes, sync, remove it (and a journal beside it).
    Returns the bytes overwritten; the file is gone afterwards."""
    path = Path(path)
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        left = size
        while left > 0:
            chunk = min(left, 1 << 20)
            fh.write(os.urandom(chunk))
            left -= chunk
        fh.flush()
        os.fsync(fh.fileno())
    remove(path)  # the file layer: a scanner is waited out, a held file named (FileInUse)
    remove_quietly(Path(f"{path}-journal"))
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)
    return size


# -- registries in a vault's meta table -------------------------------------------------------
def unregister(conn: Connection, prefix: str, package_id: str) -> None:
    conn.execute("DELETE FROM meta WHERE key = ?", (prefix + package_id,))


def is_secret_field(name: str) -> bool:
    """A registry field that opens a package or proves its receipt (``key``, ``…_key``,
    ``…secret``): never shown, never exported."""
    return name == "key" or name.endswith("_key") or name.endswith("secret")


def public_entry(entry: dict) -> dict:
    """A registry entry without its secrets."""
    return {k: v for k, v in entry.items() if not is_secret_field(k)}


def public_meta(meta: dict[str, str]) -> dict[str, str]:
    """A vault's ``meta`` with the secrets taken out of every package registry entry (for
    the plaintext JSON export, which carries everything of a vault except its keys)."""
    public = {}
    for name, value in meta.items():
        if name.startswith((REGISTRY_PREFIX, RECEIVED_PREFIX)):
            try:
                value = json.dumps(public_entry(strict_json.loads(value)), sort_keys=True,
                                   ensure_ascii=False)
            except (ValueError, AttributeError):
                continue
        public[name] = value
    return public


def register(conn: Connection, prefix: str, package_id: str, entry: dict) -> None:
    set_meta(conn, prefix + package_id, json.dumps(entry, sort_keys=True, ensure_ascii=False))


# -- a merge into a vault ---------------------------------------------------------------
def last_rowids(conn: Connection) -> tuple[int, int]:
    """The highest rowid of statistics records and of time entries (before a merge)."""
    return (conn.execute("SELECT coalesce(max(rowid), 0) FROM statistics_record").fetchone()[0],
            conn.execute("SELECT coalesce(max(rowid), 0) FROM time_entry").fetchone()[0])


def drop_derived(conn: Connection, after: tuple[int, int], *, statistics: bool) -> tuple[int, int]:
    """Remove the time entries (and with ``statistics`` the statistics records) a merge
    derived after ``after`` (``last_rowids`` before it): the work they stand for was
    someone else's (the deputy's time, the predecessor's counted years)."""
    stats = conn.execute("DELETE FROM statistics_record WHERE rowid > ?",
                         (after[0],)).rowcount if statistics else 0
    times = conn.execute("DELETE FROM time_entry WHERE rowid > ?", (after[1],)).rowcount
    return stats, times
