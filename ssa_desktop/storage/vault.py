"""The vault: a folder holding the SQLCipher 4 database and the key file.

``Vault`` knows the files; ``OpenVault`` is an unlocked vault with its connection and
the data key in memory. Locking closes the connection and overwrites the key bytes.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import sqlcipher3

from .. import __version__
from ..domain import clock
from . import installed_build, migrations, vault_lock, write_gate
from .backup import export_database
from .backup_rotation import BACKUP_SUFFIX, PRE_MIGRATION_PREFIX, backup_folder
from .connection import (
    Connection,
    GuardedConnection,
    apply_pragmas,
    assert_encrypted,
    check_not_truncated,
    checkpoint,
    connect,
)
from .emergency import format_key, parse_key
from .errors import (
    CorruptDatabase,
    FileInUse,
    ForeignKeyFile,
    KeyDoesNotFit,
    KeyFileDamaged,
    KeyFileMissing,
    KeyFileNewer,
    MigrationFailed,
    NewerSchema,
    NotAVault,
    StorageFull,
    VaultError,
    VaultExists,
    VaultFileInUse,
    VaultLocked,
    WrongEmergencyKey,
    is_storage_full,
    opening_error,
)
from .file_format import database_file_problem, key_fits
from .files import (
    fsync_dir,
    make_private_dir,
    make_private_file,
    release,
    remove_quietly,
    replace,
    write_failed,
)
from .folder_rights import restrict_to_owner
from .inspection import clean_leftovers, has_wal, probe_copy, rescue_damaged_wal, rescue_folders
from .keyfile import KdfParams, KeyFile, calibrate
from .keystore import DeviceKeyStore, OpenDeviceFile, revoke_all_devices
from .vault_links import refuse_links, vault_names

_log = logging.getLogger(__name__)

DB_NAME = "vault.ssadb"
KEY_NAME = "vault.key"
PENDING_KEY_NAME = "vault.key.pending"
# Every name of the vault folder that is never opened through a symbolic link.
VAULT_NAMES = vault_names(DB_NAME, (KEY_NAME, PENDING_KEY_NAME))

Progress = Callable[[int, str], None]
Unwrap = Callable[[KeyFile, str], bytearray]
MigrationStep = Callable[[int, int], None]  # (migrations done, migrations due)

# How long a lock waits for background work that holds a worker connection (and the key
# copy that goes with it) to end after it was told to stop. SQL stops within
# ``STOP_CHECK_OPS`` virtual-machine steps; what is finishing a file (its fsync, the
# check of a written backup) is awaited. After it the lock goes ahead: the key is
# overwritten, a late worker's connection is closed when it ends.
LOCK_WAIT_S = 10.0
STOP_CHECK_OPS = 10_000


def _no_progress(percent: int, text: str) -> None:
    pass


def _zero(buf: bytearray | None) -> None:
    if buf is not None:
        for i in range(len(buf)):
            buf[i] = 0


def init_database(path: Path, data_key: bytes | bytearray, journal: str = "WAL"):
    """A new SQLCipher 4 database at ``path`` (mode 0600) under the raw ``data_key``, with
    the connection pragmas (``journal`` mode set before the first write) and the current
    schema: a vault's database, and a package's (``storage/handover_repo.py``, DELETE)."""
    conn = connect(path, data_key)
    try:
        make_private_file(path)
        apply_pragmas(conn, journal)
        migrations.upgrade(conn)
    except BaseException:
        with contextlib.suppress(Exception):
            conn.close()
        raise
    return conn


class Vault:
    """A vault folder (locked). Use ``create`` for a new one, ``unlock`` to open it."""

    def __init__(self, folder: Path | str):
        self.folder = Path(folder)

    @property
    def db_path(self) -> Path:
        return self.folder / DB_NAME

    @property
    def key_path(self) -> Path:
        return self.folder / KEY_NAME

    @property
    def pending_key_path(self) -> Path:
        return self.folder / PENDING_KEY_NAME

    def exists(self) -> bool:
        return self.db_path.exists()

    def refuse_links(self) -> None:
        """``LinkInVault`` when a file of the vault is a symbolic link (``vault_links``)."""
        if self.folder.is_dir():
            refuse_links(self.folder, VAULT_NAMES)

    # -- creation ---------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path | str, passphrase: str, *,
               params: KdfParams | None = None) -> tuple[OpenVault, str]:
        """Create a vault; return it unlocked together with its emergency key (shown once)."""
        vault = cls(folder)
        vault.refuse_links()
        if vault.db_path.exists() or vault.key_path.exists():
            raise VaultExists()
        fresh = not vault.folder.exists() or not any(vault.folder.iterdir())
        make_private_dir(vault.folder)
        if fresh:  # Windows: an owner-only ACL (POSIX: 0700 above); never on a folder that
            restrict_to_owner(vault.folder)  # already holds other files (her profile …)
        hold = vault_lock.acquire(vault.folder)  # one writer per vault
        data_key = bytearray(os.urandom(32))
        import uuid  # a new vault only: the GUI's unlock never loads it (keyfile)

        vault_uuid = str(uuid.uuid4())
        old_umask = os.umask(0o077)
        try:
            conn = init_database(vault.db_path, data_key)
            conn.execute("INSERT INTO meta(key, value) VALUES ('vault_uuid', ?), ('created', ?),"
                         " ('created_with', ?)",
                         (vault_uuid, clock.now().isoformat(timespec="seconds"), __version__))
            _record_writer(conn)
            KeyFile.wrap(data_key, passphrase, vault_uuid, params or calibrate()).save(vault.key_path)
            fsync_dir(vault.folder)
        except BaseException as err:
            with contextlib.suppress(Exception):
                conn.close()
            for path in (vault.db_path, vault.key_path, Path(f"{vault.db_path}-wal"),
                         Path(f"{vault.db_path}-shm")):
                remove_quietly(path)
            hold.release()
            if not isinstance(err, StorageFull) and is_storage_full(err):
                raise StorageFull() from err
            raise
        finally:
            os.umask(old_umask)
        opened = OpenVault(vault, conn, data_key, vault_uuid)
        opened._hold = hold
        return opened, format_key(data_key)

    @classmethod
    def restore_into(cls, folder: Path | str, backup: Path, emergency_key: str, passphrase: str,
                     *, params: KdfParams | None = None) -> OpenVault:
        """Bring a vault back into ``folder`` (new or empty) from ``backup`` when its own
        folder is gone (a deleted temporary profile, a lost FSLogix container): the backup
        opens with the emergency key (its data key); the key file is wrapped afresh under
        ``passphrase``. The database is written as a temp file, fsynced and checked before
        ``os.replace``; nothing is left behind on a refusal. Returned unlocked."""
        from .backup import _table_counts as counts_of
        from .backup import check_backup_content, check_backup_file, verify_database

        vault = cls(folder)
        vault.refuse_links()
        if vault.db_path.exists() or vault.key_path.exists():
            raise VaultExists()
        backup = Path(backup)
        if not backup.is_file():
            raise VaultError(f"Die Sicherungsdatei {backup} wurde nicht gefunden.")
        check_backup_file(backup)
        data_key = parse_key(emergency_key)
        if not key_fits(backup, data_key):
            _zero(data_key)
            raise WrongEmergencyKey(f"Der Notfallschlüssel passt nicht zu der Sicherung "
                                    f"{backup.name} (oder die Datei ist beschädigt). Es wurde "
                                    "kein Tresor angelegt.")
        fresh = not vault.folder.exists() or not any(vault.folder.iterdir())
        make_private_dir(vault.folder)
        if fresh:
            restrict_to_owner(vault.folder)
        hold = vault_lock.acquire(vault.folder)
        try:
            try:
                source = connect(backup, data_key)
            except sqlcipher3.DatabaseError:
                raise CorruptDatabase(f"Die Sicherung {backup.name} ist beschädigt.") from None
            try:
                row = source.execute("SELECT value FROM meta WHERE key = 'vault_uuid'").fetchone()
            except sqlcipher3.DatabaseError:
                row = None
            try:
                vault_uuid = row[0] if row else ""
                check_backup_content(source, backup, vault_uuid)
                counts = counts_of(source)
                export_database(source, data_key, vault.db_path, verify=False)
            finally:
                source.close()
            try:
                verify_database(vault.db_path, data_key, expect_counts=counts)
            except BaseException:
                remove_quietly(vault.db_path)
                raise
            _documents_beside(backup, vault.folder)
            KeyFile.wrap(data_key, passphrase, vault_uuid, params or calibrate()).save(vault.key_path)
            fsync_dir(vault.folder)
        except BaseException:
            _zero(data_key)
            if not vault.key_path.exists():  # no half vault: the next try starts afresh
                remove_quietly(vault.db_path)
            hold.release()
            raise
        hold.release()
        try:
            return vault.unlock(passphrase)
        finally:
            _zero(data_key)

    # -- unlocking --------------------------------------------------------------------
    def _require_db(self) -> None:
        installed_build.refuse_if_changed()
        self.refuse_links()
        if not self.db_path.exists():
            raise NotAVault()

    def unlock(self, passphrase: str, *, defer_integrity: bool = False,
               unwrap: Unwrap | None = None, on_migration_step: MigrationStep | None = None,
               read_only: bool = False, newer_ok: bool = False) -> OpenVault:
        """Open with the passphrase. A key that opened nothing is overwritten before
        the error propagates (also for the pending key of an interrupted re-key).
        ``defer_integrity``: see ``_open`` (the GUI's unlock). ``unwrap`` derives and
        unwraps the data key (default ``KeyFile.unwrap``, in this process; the GUI:
        ``unwrap_child.unwrap``, in a child process, so that it never loads Argon2 and
        ``cryptography``). Only the rare upgrade of a version-1 key file re-wraps here,
        when the unlock migrated the database anyway. ``on_migration_step(done, total)``
        is told before each migration the unlock applies (the GUI's progress line).
        ``read_only`` (``check``, ``info``) and ``newer_ok`` (``restore``): see ``_open``."""
        self._require_db()
        unwrap = unwrap or KeyFile.unwrap
        keyfile = KeyFile.load(self.key_path)
        data_key = unwrap(keyfile, passphrase)
        try:
            opened = self._open(data_key, defer_integrity=defer_integrity,
                                on_migration_step=on_migration_step, read_only=read_only,
                                newer_ok=newer_ok)
        except CorruptDatabase as err:
            _zero(data_key)
            # An interrupted re-key leaves the new wrapped key beside the old one.
            if self.pending_key_path.exists():
                pending = KeyFile.from_json(self.pending_key_path.read_bytes())
                new_key = unwrap(pending, passphrase)
                try:
                    opened = self._open(new_key, on_migration_step=on_migration_step)
                except BaseException:
                    _zero(new_key)
                    raise
                replace(self.pending_key_path, self.key_path)
                remove_quietly(self.folder / (DB_NAME + ".rekey"))
                fsync_dir(self.folder)
                return opened
            if isinstance(err, KeyDoesNotFit):
                raise ForeignKeyFile(keyfile.vault_uuid) from None
            raise
        except BaseException:
            _zero(data_key)
            raise
        # The old key still opens the database: a re-key stopped before the swap; its
        # staged copy and pending key file are leftovers of nothing.
        self._discard_stopped_rekey(opened)
        if keyfile.needs_upgrade and opened.migrated:
            # A version-1 key file authenticated only the vault UUID: re-wrap it with all
            # parameters authenticated and freshly calibrated (docs/architecture.md) -
            # but only when this unlock migrated the database: an older build that reads
            # only version 1 opens an unmigrated vault still.
            with contextlib.suppress(VaultError):  # read-only medium: try again next time
                KeyFile.wrap(opened.data_key, passphrase, keyfile.vault_uuid,
                             calibrate()).save(self.key_path)
        return opened

    def unlock_with_emergency_key(self, text: str, *,
                                  on_migration_step: MigrationStep | None = None,
                                  read_only: bool = False, newer_ok: bool = False
                                  ) -> OpenVault:
        self._require_db()
        data_key = parse_key(text)
        try:
            return self._discard_stopped_rekey(
                self._open(data_key, on_migration_step=on_migration_step,
                           read_only=read_only, newer_ok=newer_ok))
        except CorruptDatabase:
            _zero(data_key)
            raise WrongEmergencyKey() from None
        except BaseException:
            _zero(data_key)
            raise

    def unlock_remembered(self, store: DeviceKeyStore, *, defer_integrity: bool = False,
                          open_file: OpenDeviceFile | None = None,
                          in_child: bool = False, unlock_child=None,
                          on_migration_step: MigrationStep | None = None
                          ) -> OpenVault | None:
        """Open with the key remembered on this device, or return None. An entry of an
        older version (the data key itself in the keychain) is replaced by a device key
        (in this process). ``open_file`` decrypts the device's wrapped key file (default
        in this process). ``in_child`` (the GUI): the keychain is asked and the file
        opened in one child process (``unwrap_child.recall_in_child``); ``unlock_child``
        (an ``unwrap_child.UnlockChild``) keeps that child for her passphrase.
        ``on_migration_step``: as for ``unlock``."""
        installed_build.refuse_if_changed()
        self.refuse_links()
        if not self.exists() or (not in_child and not store.available()):
            return None
        try:
            vault_uuid = KeyFile.load(self.key_path).vault_uuid
        except (KeyFileMissing, KeyFileDamaged, KeyFileNewer):
            return None  # her passphrase unlock says why
        if in_child:
            from .unwrap_child import recall_in_child

            recalled = recall_in_child(store, vault_uuid, self.folder, unlock_child)
        else:
            recalled = store.recall(vault_uuid, self.folder, open_file=open_file)
        if recalled is None:
            return None
        data_key = recalled.data_key
        try:
            opened = self._discard_stopped_rekey(
                self._open(data_key, defer_integrity=defer_integrity,
                           on_migration_step=on_migration_step))
        except CorruptDatabase:
            _zero(data_key)
            store.forget(vault_uuid, self.folder)
            return None
        except BaseException:
            _zero(data_key)
            raise
        if recalled.legacy:
            with contextlib.suppress(Exception):  # a convenience: retried next time
                store.remember(vault_uuid, opened.data_key, self.folder)
        return opened

    def _open_newer(self, conn: Connection, data_key: bytearray,
                    notices: list[str]) -> OpenVault:
        """A vault of a newer schema for ``restore`` (``_open``'s ``newer_ok``): its pages
        checked, nothing of its schema relied on beyond ``meta``, nothing written into it
        (not migrated, not stamped; the restore backs it up, then replaces it)."""
        _page_check(conn)
        apply_pragmas(conn)
        row = conn.execute("SELECT value FROM meta WHERE key = 'vault_uuid'").fetchone()
        opened = OpenVault(self, conn, data_key, row[0] if row else "")
        opened.notices = notices
        opened.newer = True
        return opened

    def _discard_stopped_rekey(self, opened: OpenVault) -> OpenVault:
        """The current key opened the database, so a re-key's staged copy and pending key
        file are leftovers of a re-key stopped before the swap: remove them and say so."""
        stale = [p for p in (self.pending_key_path, self.folder / (DB_NAME + ".rekey"))
                 if p.exists()]
        for leftover in stale:
            remove_quietly(leftover)
        if stale:
            opened.notices.append("Beim Öffnen entfernt (Reste eines abgebrochenen "
                                  "Schlüsselwechsels; der bisherige Schlüssel gilt weiter): "
                                  + ", ".join(p.name for p in stale) + ".")
        return opened

    def _open(self, data_key: bytearray, *, defer_integrity: bool = False,
              on_migration_step: MigrationStep | None = None,
              read_only: bool = False, newer_ok: bool = False) -> OpenVault:
        """Inspect the files without SQLite, probe a crash-left WAL on copies, then open.
        Every refusal leaves the database and its WAL byte-identical.

        ``defer_integrity`` (the GUI's unlock): header, key, truncation and
        schema version are checked before the first read as always, but the HMAC of every
        page (``PRAGMA cipher_integrity_check``, most of the unlock time on a large vault)
        is left to ``OpenVault.verify_integrity`` on a worker thread while the main window
        is built. Until it has passed the session is read-only (``PRAGMA query_only``) and
        every write waits for it (``wait_writable``); pages read meanwhile are
        authenticated by SQLCipher on every read anyway. Not deferred when a crash-left
        WAL had to be probed or a migration is due: both write, so the full check comes
        first.

        ``read_only`` (``check``, ``info``): checked as always, then opened with
        ``PRAGMA query_only``: no migration, no backup, no writer stamp (the dead temp
        files of killed operations go as at every open: they are not the vault);
        ``OpenVault.migration_due`` says whether an unlock would migrate.

        ``newer_ok`` (``restore``, the way back): a vault of a newer schema is opened
        unwritten after its page check instead of refused (``OpenVault.newer``): enough
        to back it up and swap in a backup of a schema this program knows.

        First of all the vault's lock is taken (``vault_lock``): a vault open in
        another process is refused before any file is looked at; the session lets go of
        it when locked."""
        hold = vault_lock.acquire(self.folder)
        try:
            self.refuse_links()  # again, now that no other writer can change the folder
            opened = self._open_held(data_key, defer_integrity=defer_integrity,
                                     on_migration_step=on_migration_step,
                                     read_only=read_only, newer_ok=newer_ok)
        except BaseException:
            hold.release()
            raise
        opened._hold = hold
        return opened

    def _open_held(self, data_key: bytearray, *, defer_integrity: bool,
                   on_migration_step: MigrationStep | None = None,
                   read_only: bool = False, newer_ok: bool = False) -> OpenVault:
        problem = database_file_problem(self.db_path)
        if problem:
            raise CorruptDatabase(problem)
        if not key_fits(self.db_path, data_key):
            raise KeyDoesNotFit()
        notices = []
        probed = has_wal(self.db_path)
        if probed:
            rescued = rescue_damaged_wal(self.db_path)
            probe_copy(self.db_path, data_key, _verify_before_writing)
            if rescued:
                notices.append(rescued)
        try:
            conn = connect(self.db_path, data_key)
        except sqlcipher3.DatabaseError as err:
            raise opening_error(err, self.folder) from None
        deferred, applied, due = False, [], False
        newer = newer_ok and migrations.newer_than_known(conn) is not None
        try:
            assert_encrypted(self.db_path, conn)
            check_not_truncated(self.db_path, conn)
            if newer:
                return self._open_newer(conn, data_key, notices)
            version = _schema_version(conn)
            migrations.verify(conn)  # ledger or (before it) schema: refused unwritten
            due = migrations.migration_due(conn)
            deferred = (defer_integrity and not probed and not due and not read_only)
            if not deferred:
                _verify_before_writing(conn)
            apply_pragmas(conn)
            if deferred or read_only:
                conn.execute("PRAGMA query_only = ON")
            else:
                applied = _migrate(conn, self.folder, data_key, version, notices,
                                   on_step=on_migration_step)
                _record_writer(conn)
            row = conn.execute("SELECT value FROM meta WHERE key = 'vault_uuid'").fetchone()
        except sqlcipher3.DatabaseError as err:
            conn.close()
            raise opening_error(err, self.folder) from None
        except BaseException:
            conn.close()
            raise
        notices += clean_leftovers(self.folder, DB_NAME)  # dead temp files, not the vault
        opened = OpenVault(self, conn, data_key, row[0] if row else "",
                           integrity_pending=deferred)
        opened.notices = notices
        opened.migrated = bool(applied)
        opened.migration_due = due and read_only
        return opened


def _page_check(conn: Connection) -> None:
    if conn.execute("PRAGMA cipher_integrity_check").fetchone() is not None:
        raise CorruptDatabase()


def _migrate(conn: Connection, folder: Path, data_key: bytearray, version: int,
             notices: list[str], *, on_step: Callable[[int, int], None] | None = None
             ) -> list[int]:
    """Apply the pending migrations; before the first one the vault's state is written as
    a backup of its own format into ``backups/`` (``vor-umstellung-…``: listed, restored
    and removed after the R12 period like every backup). A backup that cannot be written
    stops the unlock before the migration. The schema of a vault from before the ledger
    is first completed where its number promises more (``migrations.completion``; a
    notice in ``notices`` says what was done). Returns the versions applied."""
    completion = migrations.completion_plan(conn)
    target: Path | None = None
    if 0 < version < migrations.latest_version() or completion.needed:
        _check_space(conn, folder, version)
        target = (backup_folder(folder) / f"{PRE_MIGRATION_PREFIX}{clock.today().isoformat()}"
                  f"-schema{version}{BACKUP_SUFFIX}")
        export_database(conn, data_key, target)
        _log.info("backup before migrating from schema %s: %s", version, target)
    try:
        applied = migrations.upgrade(conn, on_step=on_step)
    except sqlcipher3.DatabaseError:
        # one transaction (migrations.upgrade): the vault is at ``version`` as before
        raise MigrationFailed(version, target.name if target else "") from None
    if completion.needed:
        notices.append(completion.notice())
    return applied


def _check_space(conn: Connection, folder: Path, version: int) -> None:
    """Before the pre-migration backup: refuse (``StorageFull``, nothing written) when the
    disk holds less free space than the migration needs (``migrations.space_needed``)."""
    size = sum(p.stat().st_size for p in (folder / DB_NAME, folder / f"{DB_NAME}-wal")
               if p.exists())
    need = migrations.space_needed(conn, size)
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return  # not knowable here: the migration's own errors still say the truth
    if free < need:
        raise StorageFull(
            "Auf dem Datenträger ist nicht genug Platz für die Umstellung auf diese Version: "
            f"nötig sind etwa {_mb(need)} frei, frei sind {_mb(free)}. Es wurde nichts "
            f"geschrieben; der Tresor ist unverändert auf Stand {version}.")


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")


def _record_writer(conn: Connection) -> None:
    """The vault records the version that last opened it for writing (``info`` shows it);
    written only when it differs, so an unlock by the same version changes no page."""
    conn.execute("INSERT INTO meta(key, value) VALUES ('last_written_with', ?)"
                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"
                 " WHERE value <> excluded.value", (__version__,))


def _schema_version(conn: Connection) -> int:
    """The schema version; a newer one than this code knows is refused before any read."""
    newer = migrations.newer_than_known(conn)
    if newer:
        raise NewerSchema(*newer)
    return conn.execute("PRAGMA user_version").fetchone()[0]


def _verify_before_writing(conn: Connection) -> None:
    """Every page's HMAC and the schema version, before anything is written: a damaged
    file is refused untouched instead of failing later in the middle of someone's work."""
    _page_check(conn)
    newer = migrations.newer_than_known(conn)
    if newer:
        raise NewerSchema(*newer)


class OpenVault:
    """An unlocked vault: the connection and the data key, until ``lock``."""

    def __init__(self, vault: Vault, conn: Connection, data_key: bytearray,
                 vault_uuid: str, *, integrity_pending: bool = False):
        self.vault = vault
        # The deferred full page check (``Vault._open(defer_integrity=True)``): ``_checked``
        # is set when it has ended, ``_damaged`` when it failed; writes wait for it.
        self._checked = threading.Event()
        self._damaged = False
        self._read_only = integrity_pending
        # who runs the check: the GUI's quiet lane, or the first write that cannot wait
        self._check_claimed = not integrity_pending
        self._claim = threading.Lock()
        if not integrity_pending:
            self._checked.set()
        else:
            write_gate.hold(conn, self.wait_writable)  # every transaction on it waits
        self._conn: Connection | None = conn
        self._key: bytearray | None = data_key
        self.uuid = vault_uuid
        # German sentences the user must read after unlocking (a rescued WAL, leftovers
        # removed); the GUI shows them, the CLI prints them, ``check`` repeats them.
        self.notices: list[str] = []
        # True when this unlock migrated the database to the current schema.
        self.migrated = False
        # True when opened read-only (``check``, ``info``) and an unlock would migrate.
        self.migration_due = False
        # True when a vault of a newer schema was opened read-only for a restore.
        self.newer = False
        # True while ``rekey`` works on the connection (from a worker thread): everyone
        # else gets VaultLocked from ``conn`` instead of racing the swap.
        self._rekeying = False
        # The hold of the vault's lock (``vault_lock``): let go when the session locks.
        self._hold: vault_lock.VaultLockHold | None = None
        # Worker connections (``new_connection``) still open, by thread; a swap of the
        # files (``exclusive``) waits until there are none and holds new ones back.
        self._workers = threading.Condition()
        self._open_workers: dict[int, int] = {}
        self._exclusive = False
        self._exclusive_owner: int | None = None   # the thread, which may nest its steps
        self._exclusive_depth = 0
        self._on_exclusive_wait: Callable[[], None] | None = None  # test hook
        # Set by ``lock``: the worker connections' SQL stops at its next check (their
        # progress handler), new ones are refused, and the lock waits for them to close.
        self.stopping = threading.Event()
        self._on_worker_step: Callable[[], None] | None = None  # test hook (worker SQL)
        self._on_page_check: Callable[[], None] | None = None   # test hook (page check)

    # -- access -----------------------------------------------------------------------
    @property
    def conn(self) -> Connection:
        if self._conn is None or self._rekeying:
            raise VaultLocked()
        return self._conn

    @property
    def is_open(self) -> bool:
        """Unlocked (also while a re-key briefly swaps the connection)."""
        return self._conn is not None or (self._rekeying and self._key is not None)

    @property
    def rekeying(self) -> bool:
        """A re-key is under way: background upkeep that writes stops for it."""
        return self._rekeying

    @property
    def data_key(self) -> bytearray:
        if self._key is None:
            raise VaultLocked()
        return self._key

    def emergency_key(self) -> str:
        return format_key(self.data_key)

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    def new_connection(self, *, for_writing: bool = False,
                       stop: Callable[[], bool] | None = None) -> Connection:
        """A second connection for work off the GUI thread (same key, same pragmas).
        While the deferred page check runs it is read-only; ``for_writing`` waits for the
        check first (and raises ``CorruptDatabase`` when it failed). ``stop``: its
        statements also stop once it returns True (a load nobody waits for any more)."""
        if for_writing:
            self._await_check()
        thread = self._enter_worker()
        try:
            return self._new_connection(stop)
        except BaseException:
            self._worker_closed(thread)
            raise

    def _enter_worker(self) -> int:
        """Count a worker connection about to open (waiting while a swap is under way);
        refused once a lock has begun."""
        with self._workers:
            while self._exclusive and not self.stopping.is_set():
                self._workers.wait()
            if self.stopping.is_set():
                raise VaultLocked()
            thread = threading.get_ident()
            self._open_workers[thread] = self._open_workers.get(thread, 0) + 1
        return thread

    def _worker_closed(self, thread: int) -> None:
        with self._workers:
            left = self._open_workers.get(thread, 0) - 1
            if left > 0:
                self._open_workers[thread] = left
            else:
                self._open_workers.pop(thread, None)
            self._workers.notify_all()

    def _new_connection(self, stop: Callable[[], bool] | None = None) -> Connection:
        # its own copy of the key: a lock meanwhile (another thread) overwrites the
        # session's in place; a connection opened for a vault locked meanwhile is refused
        key = bytearray(self.data_key)
        try:
            try:
                conn = connect(self.vault.db_path, key, factory=_worker_factory(self))
            except sqlcipher3.DatabaseError:
                if self._key is None:
                    raise VaultLocked() from None
                raise
        finally:
            _zero(key)
        if self._key is None:
            conn.close()
            raise VaultLocked()
        apply_pragmas(conn)
        conn.set_progress_handler(self._worker_step if stop is None
                                  else lambda: self._worker_step() or int(stop()),
                                  STOP_CHECK_OPS)
        if not self._checked.is_set():
            conn.execute("PRAGMA query_only = ON")
        return conn

    def _worker_step(self) -> int:
        """A worker connection's progress handler: non-zero stops the running statement
        (``OperationalError: interrupted``) once a lock has begun."""
        if self._on_worker_step is not None:
            self._on_worker_step()
        return 1 if self.stopping.is_set() else 0

    def stop_workers(self, timeout: float = LOCK_WAIT_S) -> bool:
        """Tell every worker connection to stop and wait until they are closed (those of
        the calling thread excepted); True when none is left. New ones are refused."""
        self.stopping.set()
        me = threading.get_ident()
        with self._workers:
            self._workers.notify_all()  # a worker waiting for a swap gives up
            return self._workers.wait_for(
                lambda: not any(t != me for t in self._open_workers), timeout)

    @property
    def open_workers(self) -> int:
        """How many worker connections are open (all threads)."""
        with self._workers:
            return sum(self._open_workers.values())

    @contextlib.contextmanager
    def exclusive(self):
        """Before the files are swapped (restore, re-key, passphrase change, successor
        handover): hold new worker connections back and wait until every open
        one is closed, so that no background task (the operation runner, the upkeep
        lanes) writes to a file about to be replaced. A worker connection of the calling
        thread itself would wait for ever: refused instead. The thread that holds it may
        enter it again (the successor handover holds it over its re-key, passphrase
        change and backups, each exclusive itself)."""
        me = threading.get_ident()
        with self._workers:
            if self._exclusive and self._exclusive_owner == me:
                self._exclusive_depth += 1   # a step of a larger exclusive one (handover)
            else:
                if self._exclusive or self._open_workers.get(me):
                    raise VaultLocked("Der Tresor wird gerade umgestellt. Bitte warten Sie, "
                                      "bis der laufende Vorgang beendet ist.")
                self._exclusive, self._exclusive_owner, self._exclusive_depth = True, me, 1
                try:
                    while self._open_workers:
                        if self._on_exclusive_wait is not None:
                            self._on_exclusive_wait()
                        self._workers.wait()
                except BaseException:
                    self._exclusive, self._exclusive_owner, self._exclusive_depth = (
                        False, None, 0)
                    self._workers.notify_all()
                    raise
        try:
            yield
        finally:
            with self._workers:
                self._exclusive_depth -= 1
                if self._exclusive_depth == 0:
                    self._exclusive, self._exclusive_owner = False, None
                    self._workers.notify_all()

    # -- the deferred page check ------------------------------------------------------
    @property
    def integrity_pending(self) -> bool:
        return not self._checked.is_set()

    def verify_integrity(self) -> None:
        """Check every page's HMAC on a connection of its own (a worker thread); raises
        ``CorruptDatabase`` when a page fails. Writes are held until this has ended.
        Run once: a second call (the check already under way or done) waits for it."""
        if not self._claim_check():
            self._await_check()
            return
        try:
            thread = self._enter_worker()  # a worker connection too: a swap waits for it
            try:
                conn = connect(self.vault.db_path, self.data_key, factory=_worker_factory(self))
            except BaseException:
                self._worker_closed(thread)
                raise
            try:
                if self._on_page_check is not None:
                    self._on_page_check()
                if self.stopping.is_set():
                    raise VaultLocked()
                conn.set_progress_handler(self._worker_step, STOP_CHECK_OPS)
                damaged = conn.execute("PRAGMA cipher_integrity_check").fetchone() is not None
            finally:
                conn.close()
        except sqlcipher3.DatabaseError:
            damaged = not self.stopping.is_set()  # stopped by a lock: not checked
            if not damaged:
                self._not_checked()
        except BaseException:
            if self.stopping.is_set():
                self._not_checked()
            self._checked.set()  # nothing proved: the session stays read-only
            self._damaged = True
            raise
        self._damaged = damaged
        self._checked.set()
        if damaged:
            raise CorruptDatabase()

    def _claim_check(self) -> bool:
        with self._claim:
            claimed, self._check_claimed = self._check_claimed, True
        return not claimed

    def _not_checked(self) -> None:
        """A lock stopped the page check: the file is not called damaged (it was not
        checked); writes stay refused (``VaultLocked``) on this closed session."""
        self._checked.set()
        raise VaultLocked()

    def _await_check(self) -> None:
        self._checked.wait()
        if self.stopping.is_set():
            raise VaultLocked()
        if self._damaged:
            raise CorruptDatabase()

    def wait_writable(self) -> None:
        """Block until the deferred page check has passed, then allow writes on the
        session's connection (call on the thread that uses it). Raises
        ``CorruptDatabase`` when the check failed: nothing is ever written then. A write
        that comes before anything started the check runs it here."""
        if not self._checked.is_set():
            self.verify_integrity()
        self._await_check()
        if self._read_only and self._conn is not None:
            self._conn.execute("PRAGMA query_only = OFF")
            self._read_only = False
            write_gate.release(self._conn)
            _record_writer(self._conn)

    # -- locking ----------------------------------------------------------------------
    def lock(self) -> None:
        """Stop the background work on worker connections and wait for it
        (``stop_workers``), checkpoint the WAL into the database, close, and overwrite
        the key in memory."""
        if self._key is not None and not self.stop_workers():
            _log.warning("lock: a background task did not end within %.0f s", LOCK_WAIT_S)
        if self._conn is not None:
            write_gate.release(self._conn)
            if not self._damaged:  # a damaged file is left exactly as it was
                with contextlib.suppress(Exception):
                    checkpoint(self._conn)
            self._conn.close()
            self._conn = None
        _zero(self._key)
        self._key = None
        hold, self._hold = self._hold, None
        if hold is not None:
            hold.release()

    def __enter__(self) -> OpenVault:
        return self

    def __exit__(self, *exc) -> None:
        self.lock()

    # -- passphrase and device --------------------------------------------------------
    def set_passphrase(self, passphrase: str, params: KdfParams | None = None) -> int:
        """Re-wrap the data key under a new passphrase; the database is not rewritten.
        Without ``params`` the key derivation is calibrated afresh on this device.
        Runs with no worker connection open (``exclusive``).
        Every remembered device is revoked (its wrapped key file removed): whoever copied
        a keychain entry before the change opens nothing with it. Returns how
        many devices were revoked."""
        with self.exclusive():
            KeyFile.wrap(self.data_key, passphrase, self.uuid, params or calibrate()).save(
                self.vault.key_path)
            return revoke_all_devices(self.vault.folder)

    def remember_on_device(self, store: DeviceKeyStore) -> bool:
        return store.remember(self.uuid, self.data_key, self.vault.folder)

    def forget_device(self, store: DeviceKeyStore) -> None:
        store.forget(self.uuid, self.vault.folder)

    # -- checks -----------------------------------------------------------------------
    def check(self, *, pages: bool = True) -> list[str]:
        """Run cipher_integrity_check, quick_check and the foreign-key check; list problems.
        ``pages=False`` leaves out the HMAC check of every page (already done since the
        unlock: at the open or by the deferred check)."""
        return check_connection(self.conn, pages=pages)

    def file_problems(self) -> list[str]:
        """Rescue copies of a damaged WAL still in the vault folder (for ``check``)."""
        return [f"Rettungskopie {folder}: beim Öffnen war das Änderungsprotokoll beschädigt; "
                "Änderungen vor einem Absturz fehlen möglicherweise. Nach Klärung mit dem "
                "Support den Ordner löschen." for folder in rescue_folders(self.vault.folder)]

    def swap_database(self, staged: Path) -> None:
        """Replace the database file with ``staged`` (same key, already verified: see
        ``backup.prepare_restore``) and reopen; every worker connection is closed first
        (``exclusive``)."""
        with self.exclusive():
            self._swap_database(staged)

    def _swap_database(self, staged: Path) -> None:
        vault = self.vault
        self._swap_in(staged, self.data_key)
        release(staged)
        fsync_dir(vault.folder)
        self._conn = connect(vault.db_path, self.data_key)
        apply_pragmas(self._conn)
        migrations.upgrade(self._conn)

    def _swap_in(self, staged: Path, key: bytearray) -> None:
        """Close the session's connection and put ``staged`` in the database file's place.
        When the file cannot be replaced (Windows: another program — a backup or sync tool,
        a scanner — holds it past the retries) the unchanged database is opened again with
        ``key``, ``staged`` is removed and ``VaultFileInUse`` raised: nothing changed, the
        session stays open."""
        vault = self.vault
        conn = self._conn  # not ``conn``: that refuses while a re-key runs
        if conn is None:
            raise VaultLocked()
        checkpoint(conn)
        conn.close()
        self._conn = None
        try:
            for suffix in ("-wal", "-shm"):
                remove_quietly(Path(f"{vault.db_path}{suffix}"))
            replace(staged, vault.db_path)
        except (OSError, FileInUse) as err:
            release(staged)
            with contextlib.suppress(OSError, FileInUse):
                remove_quietly(staged)
            try:
                self._conn = connect(vault.db_path, key)
                apply_pragmas(self._conn)
            except Exception as reopen:  # the other program keeps SQLite out too
                self._conn = None
                raise VaultFileInUse(vault.db_path) from reopen
            failure = err if isinstance(err, FileInUse) else write_failed(vault.db_path, err)
            if isinstance(failure, FileInUse):  # the database, its -wal or -shm held
                raise VaultFileInUse(vault.db_path) from err
            raise failure from err  # her rights, not a program

    # -- new emergency key ------------------------------------------------------------
    def rekey(self, passphrase: str, *, backup_dir: Path | None = None,
              progress: Progress = _no_progress, store: DeviceKeyStore | None = None,
              params: KdfParams | None = None) -> str:
        """Re-encrypt the whole database under a new data key; return the new emergency key.

        Steps: verify the passphrase; back up; export into a new file under the new key;
        verify it; save the new wrapped key as *pending*; swap the database file; promote
        the pending key file. A crash between the swap and the promotion is repaired at
        the next unlock (see ``Vault.unlock``).
        """
        from .backup import export_database, verify_database

        if self._conn is None or self._rekeying:
            raise VaultLocked()
        self._rekeying = True
        try:
            with self.exclusive():  # no worker connection outlives the old file
                return self._rekey(passphrase, backup_dir, progress, store, params,
                                   export_database, verify_database)
        finally:
            self._rekeying = False

    def _rekey(self, passphrase, backup_dir, progress, store, params,
               export_database, verify_database) -> str:
        vault = self.vault
        conn = self._conn
        if conn is None:
            raise VaultLocked()
        keyfile = KeyFile.load(vault.key_path)
        _zero(keyfile.unwrap(passphrase))  # proves the passphrase before anything changes
        progress(5, "Sicherung wird erstellt …")
        if backup_dir is not None:
            stamp = clock.now().strftime("%Y%m%d-%H%M%S")
            export_database(conn, self.data_key, backup_dir / f"vor-neuem-schluessel-{stamp}.ssabak")
        progress(35, "Datenbank wird neu verschlüsselt …")
        new_key = bytearray(os.urandom(32))
        try:
            staged = vault.folder / (DB_NAME + ".rekey")
            export_database(conn, new_key, staged, verify=False)
            progress(70, "Neue Datei wird geprüft …")
            verify_database(staged, new_key, expect_counts=_table_counts(conn))
            # recalibrated, never the stored parameters (whoever could write the key file
            # could have lowered them)
            KeyFile.wrap(new_key, passphrase, self.uuid, params or calibrate()).save(
                vault.pending_key_path)
        except BaseException:
            _zero(new_key)
            raise
        progress(85, "Tresor wird umgestellt …")
        try:
            self._swap_in(staged, self.data_key)
        except BaseException:  # not swapped: the old key file and database stay as they were
            _zero(new_key)
            with contextlib.suppress(OSError, FileInUse):
                remove_quietly(vault.pending_key_path)
            raise
        # swapped: the database is under the new key, and so is the session from here on
        _zero(self._key)
        self._key = new_key
        self._conn = connect(vault.db_path, new_key)
        apply_pragmas(self._conn)
        try:
            replace(vault.pending_key_path, vault.key_path)
            fsync_dir(vault.folder)
        except (OSError, FileInUse) as err:
            # another program holds the key file: the new one waits beside it and the next
            # passphrase unlock puts it in place (as after a crash between the two steps);
            # the device is not told the new key, so that its remembered unlock cannot
            # open the vault and drop the waiting key file as a leftover
            _log.warning("Neue Schlüsseldatei noch nicht an ihrem Platz (%s); sie wird beim "
                         "nächsten Entsperren mit der Passphrase übernommen",
                         type(err).__name__)
            progress(100, "Fertig.")
            return format_key(new_key)
        if store is not None and store.is_remembered(self.uuid):
            store.remember(self.uuid, new_key, vault.folder)
        progress(100, "Fertig.")
        return format_key(new_key)


def _worker_factory(owner: OpenVault):
    """A connection class that tells ``owner`` when it is closed (``exclusive``)."""
    thread = threading.get_ident()

    class WorkerConnection(GuardedConnection):
        _told = False

        @property
        def stopped(self) -> bool:
            """A lock has told this connection's work to stop."""
            return owner.stopping.is_set()

        def close(self) -> None:
            try:
                super().close()
            finally:
                if not self._told:
                    self._told = True
                    owner._worker_closed(thread)

        def __del__(self) -> None:  # dropped without ``close``: a swap must not wait for it
            with contextlib.suppress(Exception):
                self.close()

    return WorkerConnection


def _documents_beside(backup: Path, folder: Path) -> int:
    """The document files lying beside ``backup`` (the second backup location keeps them
    in ``dokumente/`` next to its ``backups/``) copied into the new vault ``folder``."""
    from . import documents_repo as docs

    for source in (backup.parent / docs.FOLDER, backup.parent.parent / docs.FOLDER):
        if source.is_dir():
            return docs.copy_files_in(source, folder / docs.FOLDER)
    return 0


def check_connection(conn: Connection, *, pages: bool = True) -> list[str]:
    """The problems ``OpenVault.check`` reports, on any connection to the vault (a worker
    thread's own connection, so that the check never touches the GUI thread's)."""
    problems = [f"Verschlüsselung: {row[0]}"
                for row in conn.execute("PRAGMA cipher_integrity_check")] if pages else []
    try:
        problems += [f"Struktur: {row[0]}" for row in conn.execute("PRAGMA quick_check")
                     if row[0] != "ok"]
        problems += [f"Verknüpfung: Tabelle {row[0]}"
                     for row in conn.execute("PRAGMA foreign_key_check")]
    except sqlcipher3.DatabaseError:
        if getattr(conn, "stopped", False):  # a lock stopped the check: not checked
            raise VaultLocked() from None
        problems.append("Struktur: Die Datenbank ist beschädigt und lässt sich nicht "
                        "vollständig lesen.")
    return problems


def _table_counts(conn: Connection) -> dict[str, int]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'fts_%'")]
    return {name: conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in names}  # noqa: S608
