"""Documents: their rows in the vault and their content files (docs/documents.md).

A document's bytes lie in ``dokumente/<id>.ssadoc`` beside the vault's database: a
one-row SQLCipher 4 file under the document's own random 256-bit key, which is kept only
in the document's row (``content_key``). SQLCipher encrypts every page before it reaches
the disk, and the file is written as a partial file and moved into place, so no plaintext
and no half-written document ever lies on disk. Deleting the row deletes the key: the file
and every copy of it (an old backup holds the row, never the file) can no longer be read;
the file itself is removed after the row (``sweep``).
"""

from __future__ import annotations

import contextlib
import json
import time
from pathlib import Path

import sqlcipher3

from ..domain import entities as e
from ..domain import strict_json
from ..domain.writing import Writing
from .claims import claimed
from .connection import Connection, GuardedConnection, quiet_cipher_log
from .emergency import sqlcipher_raw_key
from .errors import VaultError
from .files import create_fresh, ensure_folder, fsync_dir, fsync_file, remove_quietly, replace
from .mapper import Table

DOCUMENTS = Table("document", e.Document)
FOLDER = "dokumente"
SUFFIX = ".ssadoc"
PARTIAL = ".partial"


class DocumentUnreadable(VaultError):
    default_message = ("Das Dokument lässt sich nicht lesen: seine Datei fehlt oder ist "
                       "beschädigt. Bitte „Tresor prüfen“ ausführen.")


def folder(conn: Connection) -> Path | None:
    """The vault's document folder (beside its database file); None in memory."""
    for _seq, name, path in conn.execute("PRAGMA database_list"):
        if name == "main" and path:
            return Path(path).parent / FOLDER
    return None


def content_path(conn: Connection, doc_id: str) -> Path:
    where = folder(conn)
    if where is None:
        raise VaultError("Dokumente gibt es nur in einem Tresor auf dem Datenträger.")
    return where / f"{doc_id}{SUFFIX}"


def write_content(conn: Connection, doc_id: str, key: bytes, data: bytes) -> Path:
    """Write ``data`` encrypted under ``key`` to the document's file, atomically."""
    target = content_path(conn, doc_id)
    with claimed(target, what=Writing.DOCUMENT):   # one writer per file (storage/claims.py)
        ensure_folder(target.parent)
        tmp = create_fresh(target.parent, f".{doc_id}.", PARTIAL)
        try:
            store = sqlcipher3.connect(str(tmp), isolation_level=None, check_same_thread=False,
                                       factory=GuardedConnection)
            try:
                quiet_cipher_log(store)
                store.set_key(sqlcipher_raw_key(key))
                store.execute("PRAGMA journal_mode = OFF")   # one write into a new file
                store.execute("PRAGMA temp_store = MEMORY")
                store.execute("CREATE TABLE content (data BLOB NOT NULL)")
                store.execute("INSERT INTO content (data) VALUES (?)", (data,))
            finally:
                store.close()
            fsync_file(tmp)
            replace(tmp, target)
            fsync_dir(target.parent)
        except BaseException:
            with contextlib.suppress(OSError):
                remove_quietly(tmp)
            raise
    return target


def read_content(conn: Connection, doc: e.Document) -> bytes:
    """The document's bytes, decrypted in memory; ``DocumentUnreadable`` when its file is
    missing, cut off or not under its key."""
    path = content_path(conn, doc.id)
    if not path.is_file():
        raise DocumentUnreadable()
    try:
        store = sqlcipher3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None,
                                   check_same_thread=False, factory=GuardedConnection)
    except sqlcipher3.Error:
        raise DocumentUnreadable() from None
    try:
        quiet_cipher_log(store)
        store.set_key(sqlcipher_raw_key(bytes.fromhex(doc.content_key)))
        row = store.execute("SELECT data FROM content").fetchone()
    except (sqlcipher3.Error, ValueError):
        raise DocumentUnreadable() from None
    finally:
        store.close()
    if row is None:
        raise DocumentUnreadable()
    return bytes(row[0])


def remove_content(conn: Connection, doc_id: str) -> None:
    with contextlib.suppress(FileNotFoundError):
        remove_quietly(content_path(conn, doc_id))


_ORDER = "day DESC, added DESC, id"


def for_person(conn: Connection, person_id: str) -> list[e.Document]:
    """Every document of the person, whatever record of hers it belongs to."""
    return DOCUMENTS.select(conn, "person_id = ?", (person_id,), _ORDER)


_OWNER_COLUMNS = {"case": "case_id", "consent": "consent_id", "procedure": "procedure_id"}


def for_record(conn: Connection, kind: str, record_id: str) -> list[e.Document]:
    """The documents of a case, a consent or a § 8a procedure."""
    column = _OWNER_COLUMNS[kind]
    return DOCUMENTS.select(conn, f"{column} = ?", (record_id,), _ORDER)


def owner_person(conn: Connection, kind: str, record_id: str) -> str | None:
    """The person a case, consent or § 8a procedure belongs to (None: no such record)."""
    table = {"case": "case_file", "consent": "consent", "procedure": "cp_procedure"}[kind]
    row = conn.execute(f"SELECT person_id FROM {table} WHERE id = ?",  # noqa: S608
                       (record_id,)).fetchone()
    return row[0] if row else None


def person_exists(conn: Connection, person_id: str) -> bool:
    return conn.execute("SELECT 1 FROM person WHERE id = ?", (person_id,)).fetchone() is not None


def all_ids(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT id FROM document")}


STALE_AFTER_S = 600   # a file without a row this old is no write under way


def sweep(conn: Connection, *, at_once: bool = False, now: float | None = None) -> int:
    """Remove the content files whose row is gone (their keys went with it): at once when a
    tombstone says the document was deleted (or ``at_once``: after a restore, with no write
    under way), else (a write stopped before its commit) once older than ``STALE_AFTER_S``,
    so that a write under way on another thread keeps its file; the number removed."""
    where = folder(conn)
    if where is None or not where.is_dir():
        return 0
    kept = all_ids(conn)
    deleted = {r[0] for r in conn.execute(
        "SELECT record_id FROM tombstone WHERE category = 'document'")}
    limit = (time.time() if now is None else now) - STALE_AFTER_S
    removed = 0
    for path in where.iterdir():
        partial = path.name.endswith(PARTIAL)
        doc_id = path.name.split(".")[1 if partial else 0]
        with contextlib.suppress(OSError):
            old = path.lstat().st_mtime < limit
            gone = doc_id not in kept and (at_once or doc_id in deleted)
            if (partial and old) or (not partial and (gone or (doc_id not in kept and old))):
                remove_quietly(path)
                removed += 1
    return removed


def _copy_file(source: Path, target: Path) -> None:
    """Copy one content file as it is (encrypted): temp file, fsync, ``os.replace``."""
    import shutil

    from .files import atomic_target

    with atomic_target(target, PARTIAL, what=Writing.BACKUP) as tmp:
        shutil.copyfile(source, tmp)


SALT_BYTES = 16   # a SQLCipher file begins with its salt: random, new with each encryption


def _same_file(source: Path, copy: Path) -> bool:
    """Whether ``copy`` is still ``source`` as it is now: same size and same salt. The
    post's handover encrypts each file again under its name (``rekey_files``): same size,
    another salt. Reads 16 bytes of each, never the whole file."""
    try:
        if source.stat().st_size != copy.stat().st_size:
            return False
        with source.open("rb") as mine, copy.open("rb") as theirs:
            return mine.read(SALT_BYTES) == theirs.read(SALT_BYTES)
    except OSError:
        return False


def mirror_files(conn: Connection, target: Path) -> tuple[int, int]:
    """Bring ``target`` (``dokumente/`` in the second backup location) in step with the
    vault's documents: copy each document's file that is missing there or not the same
    file any more (``_same_file``: re-encrypted), encrypted as it is; remove the files there
    whose row is gone (a deleted document's file does not linger; its key went with the
    row). A file missing in the vault never removes its copy. Each day only new or
    re-encrypted files are written there, never the whole store. (copied, removed)."""
    where = folder(conn)
    if where is None:
        return 0, 0
    kept = all_ids(conn)
    ensure_folder(target)
    there = {p.name for p in target.iterdir()}
    copied = removed = 0
    for doc_id in sorted(kept):
        name = f"{doc_id}{SUFFIX}"
        fresh = name not in there or not _same_file(where / name, target / name)
        if fresh and (where / name).is_file():
            _copy_file(where / name, target / name)
            copied += 1
    for name in there:
        if name.endswith(SUFFIX) and name[: -len(SUFFIX)] not in kept:
            remove_quietly(target / name)
            removed += 1
    if removed:
        fsync_dir(target)
    return copied, removed


def copy_files_in(source: Path, target: Path) -> int:
    """Copy the content files in ``source`` that ``target`` lacks (by name, as they are):
    for a restore into a new folder from the second backup location. The number copied."""
    if not source.is_dir():
        return 0
    copied = 0
    for path in sorted(source.iterdir()):
        if path.name.endswith(SUFFIX) and path.is_file() and not (target / path.name).exists():
            _copy_file(path, target / path.name)
            copied += 1
    return copied


def every(conn: Connection) -> list[e.Document]:
    return DOCUMENTS.all(conn, _ORDER)


def search_rows(conn: Connection, before: int | None = None) -> list[tuple]:
    """What Strg+K looks through besides the read-out texts (``text_matches``): rowid, id,
    person, pseudonym, title, kind and day of every document below ``before`` (all when
    None), the last added first; a restricted person's documents never."""
    return conn.execute(
        "SELECT d.rowid, d.id, d.person_id, p.pseudonym, d.title, d.kind, d.day"
        " FROM document d JOIN person p ON p.id = d.person_id"
        " WHERE d.rowid < ? AND d.person_id NOT IN (SELECT record_id FROM retention_restriction)"
        " ORDER BY d.rowid DESC", (2**63 - 1 if before is None else before,)).fetchall()


def set_key(conn: Connection, doc_id: str, key_hex: str) -> None:
    """The document's file is now under ``key_hex`` (its re-encryption, ``rekey_files``)."""
    conn.execute("UPDATE document SET content_key = ? WHERE id = ?", (key_hex, doc_id))


# The new keys of a re-encryption under way (JSON {id: key}): committed before any file
# changes, so a run cut off loses no document (its file opens under the old or this key).
REKEY_PENDING = "documents.rekey_pending"


def pending_keys(conn: Connection) -> dict[str, str]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (REKEY_PENDING,)).fetchone()
    return strict_json.loads(row[0]) if row and row[0] else {}


def set_pending_keys(conn: Connection, keys: dict[str, str]) -> None:
    if keys:
        conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)",
                     (REKEY_PENDING, json.dumps(keys)))
    else:
        conn.execute("DELETE FROM meta WHERE key = ?", (REKEY_PENDING,))


# -- documents in a school package (services/package_documents.py) --------------------------
PACKAGE_TABLE = "document_file"


def create_package_table(pkg: Connection) -> None:
    """The table of a package's document bytes (kept when there: a package written before
    it, opened by the deputy, gets it with her first document)."""
    pkg.execute(f"CREATE TABLE IF NOT EXISTS {PACKAGE_TABLE} (id TEXT PRIMARY KEY,"
                " data BLOB NOT NULL)")


def package_person_ids(pkg: Connection) -> set[str]:
    return {row[0] for row in pkg.execute("SELECT id FROM person")}


def put_package_file(pkg: Connection, doc_id: str, data: bytes) -> None:
    pkg.execute(f"INSERT INTO {PACKAGE_TABLE} (id, data) VALUES (?, ?)", (doc_id, data))  # noqa: S608


def package_file_ids(pkg: Connection) -> list[str]:
    """The ids of the package's documents; none in a package without the table."""
    if not pkg.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (PACKAGE_TABLE,)).fetchone():
        return []
    return [row[0] for row in pkg.execute(f"SELECT id FROM {PACKAGE_TABLE} ORDER BY id")]  # noqa: S608


def package_file(pkg: Connection, doc_id: str) -> bytes | None:
    """One document's bytes from the package (one at a time: memory holds one)."""
    row = pkg.execute(f"SELECT CAST(data AS BLOB) FROM {PACKAGE_TABLE} WHERE id = ?",  # noqa: S608
                      (doc_id,)).fetchone()
    return None if row is None else bytes(row[0])


def package_file_size(pkg: Connection, doc_id: str) -> int | None:
    """How many bytes a package holds for one document, without reading them (None: none)."""
    if not pkg.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (PACKAGE_TABLE,)).fetchone():
        return None
    # length() of a blob column reads its size, not its bytes; other types as bytes
    row = pkg.execute("SELECT CASE typeof(data) WHEN 'blob' THEN length(data)"  # noqa: S608
                      f" ELSE length(CAST(data AS BLOB)) END FROM {PACKAGE_TABLE} WHERE id = ?",
                      (doc_id,)).fetchone()
    return None if row is None else int(row[0])


def deputy_added_ids(pkg: Connection) -> list[str]:
    """The documents the deputy added in her Vertretungspaket (marked as hers; the ticked
    ones that went into it carry no mark: ``written_by`` is not declared to travel)."""
    return [row[0] for row in pkg.execute(
        "SELECT id FROM document WHERE written_by != '' ORDER BY added, id")]


def tombstoned_ids(conn: Connection) -> set[str]:
    return {row[0] for row in conn.execute(
        "SELECT record_id FROM tombstone WHERE category = 'document'")}


# -- text she asked to be read out (fts_document, migration document_text) -------------------

def set_text(conn: Connection, doc_id: str, text: str) -> None:
    """The document's text in the full-text index (replacing an earlier reading)."""
    conn.execute("DELETE FROM fts_document WHERE document_id = ?", (doc_id,))
    conn.execute("INSERT INTO fts_document (document_id, text) VALUES (?, ?)", (doc_id, text))


def has_text(conn: Connection, doc_id: str) -> bool:
    return conn.execute("SELECT 1 FROM fts_document WHERE document_id = ?",
                        (doc_id,)).fetchone() is not None


def text_matches(conn: Connection, query: str) -> set[str]:
    """The ids of documents whose read-out text matches the FTS5 ``query``."""
    return {row[0] for row in conn.execute(
        "SELECT document_id FROM fts_document WHERE fts_document MATCH ?", (query,))}
