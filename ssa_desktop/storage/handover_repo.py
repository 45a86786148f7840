"""Package files of handing over (Vertretungspaket, its return, a school's handover package).

A package is one SQLCipher 4 database file under its own random 256-bit key, created by
the same code as a vault database (``vault.init_database``) and then switched to a
rollback journal so that it stays one file. Its ``meta`` table says what it is
(``package_kind``, ``package_id``, period, recipient). Every query of the packages lives
here; the rules are in ``domain/handover.py``, the use cases in ``services/handover.py``.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

import sqlcipher3

from ..domain import tables
from . import repositories as repo
from .connection import Connection, quiet_cipher_log
from .emergency import sqlcipher_raw_key
from .errors import VaultError
from .file_format import PAGE_SIZE, database_file_problem, key_fits
from .files import fsync_dir, hold, is_held, release, remove, remove_quietly, replace, shred
from .mapper import Table
from .timeshare_repo import AGREEMENT_TARGETS
from .vault import init_database

SUFFIX = ".ssapaket"
RECEIPT_SUFFIX = ".ssaquittung"
REGISTRY_PREFIX = "package."       # meta keys of packages this vault issued
RECEIVED_PREFIX = "received."      # meta keys of packages this vault's user received
# A package being written: ".<name>.ssapaket.partial" beside its target (and, while its
# transaction is open, "<that>-journal"); a killed create leaves them (clean_partials).
PARTIAL_SUFFIX = SUFFIX + ".partial"
FOLDERS_KEY = "package_folders"    # meta key: the folders packages were last written to
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
    return bytearray(secrets.token_bytes(32))


def _ids(values: Iterable[str]) -> str:
    return json.dumps(sorted(set(values)))


IN_IDS = "IN (SELECT value FROM json_each(?))"


# -- creating and opening package files ---------------------------------------------------
def create(path: Path, key: bytes | bytearray, meta: dict[str, str]):
    """A new package database at ``path`` (must not exist) with ``meta``; foreign keys
    are off (a package carries a part of a vault, its references may point outside)."""
    conn = init_database(path, key)
    conn.execute("PRAGMA journal_mode = DELETE").fetchone()
    conn.execute("PRAGMA foreign_keys = OFF")
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


def discard_partial(tmp: Path) -> None:
    """Remove a partial file that will not become a package (and its journal)."""
    release(tmp)
    remove_quietly(tmp)
    remove_quietly(Path(f"{tmp}-journal"))


def clean_partials(folder: Path) -> list[str]:
    """Remove what killed package writes left in ``folder``: every ``.*.ssapaket.partial``
    no process holds (where that cannot be told: older than LEFTOVER_AGE_SECONDS) and
    its ``-journal``, overwritten with zeros first. Returns the names removed."""
    import time

    from .inspection import LEFTOVER_AGE_SECONDS

    removed: list[str] = []
    try:
        partials = sorted(Path(folder).glob(f".*{PARTIAL_SUFFIX}"))
        journals = sorted(Path(folder).glob(f".*{PARTIAL_SUFFIX}-journal"))
    except OSError:
        return removed
    now = time.time()
    for path in partials:
        with contextlib.suppress(OSError):
            held = is_held(path)
            if held or (held is None and now - path.lstat().st_mtime < LEFTOVER_AGE_SECONDS):
                continue
            for victim in (Path(f"{path}-journal"), path):
                if victim.is_file() and not victim.is_symlink():
                    shred(victim)
                    removed.append(victim.name)
    for journal in journals:   # a journal whose partial is gone
        owner = Path(str(journal).removesuffix("-journal"))
        with contextlib.suppress(OSError):
            if journal.exists() and not owner.exists() and not journal.is_symlink():
                shred(journal)
                removed.append(journal.name)
    if removed:
        with contextlib.suppress(OSError):
            fsync_dir(Path(folder))
    return removed


def remember_folder(conn: Connection, folder: Path) -> None:
    """Note ``folder`` among the last folders packages were written to (for the cleaning
    at the next unlock); the newest first, at most FOLDERS_KEPT."""
    resolved = str(Path(folder).resolve())
    kept = [f for f in remembered_folders(conn) if f != resolved]
    set_meta(conn, FOLDERS_KEY, json.dumps([resolved, *kept][:FOLDERS_KEPT]))


def remembered_folders(conn: Connection) -> list[str]:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (FOLDERS_KEY,)).fetchone()
    try:
        folders = json.loads(row[0]) if row else []
    except ValueError:
        return []
    return [f for f in folders if isinstance(f, str)] if isinstance(folders, list) else []


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
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        quiet_cipher_log(conn)
        conn.set_key(sqlcipher_raw_key(key))
        if conn.execute("PRAGMA cipher_integrity_check").fetchone() is not None:
            raise PackageError("Die Paketdatei ist beschädigt (Prüfsummen stimmen nicht); "
                               "nichts wurde verändert.")
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        if path.stat().st_size < pages * PAGE_SIZE:
            raise PackageError("Die Paketdatei ist unvollständig (abgeschnitten); nichts wurde "
                               "verändert. Bitte die Datei noch einmal übertragen lassen.")
        kind = conn.execute("SELECT value FROM meta WHERE key = 'package_kind'").fetchone()
        if kind is None:
            raise PackageError("Die Datei ist ein Tresor, aber kein Paket; sie wird hier nicht "
                               "geöffnet.")
        _check_version(conn, writable)
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
        raise PackageError("Das Paket wurde mit einer neueren Version von SSA Desktop "
                           "geschrieben; bitte SSA Desktop aktualisieren. Nichts wurde "
                           "verändert.")
    if version < latest:
        if not writable:
            raise PackageError("Die Datei wurde mit einer älteren Version von SSA Desktop "
                               "geschrieben und wird hier nicht gelesen. Bitte sie mit der "
                               "aktuellen Version neu schreiben lassen (ein Vertretungspaket "
                               "wird angepasst, sobald die Vertretung darin arbeitet). Nichts "
                               "wurde verändert.")
        migrations.upgrade(conn)


def meta(conn: Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM meta").fetchall())


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, value))


def file_hash(path: Path) -> str:
    digest = hashlib.sha256()
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
            fh.write(secrets.token_bytes(chunk))
            left -= chunk
        fh.flush()
        os.fsync(fh.fileno())
    remove(path)  # the file layer: a scanner is waited out, a held file named (FileInUse)
    remove_quietly(Path(f"{path}-journal"))
    with contextlib.suppress(OSError):
        fsync_dir(path.parent)
    return size


# -- registries in a vault's meta table -------------------------------------------------------
def registry(conn: Connection, prefix: str) -> dict[str, dict]:
    rows = conn.execute("SELECT key, value FROM meta WHERE key LIKE ? ORDER BY key",
                        (prefix + "%",)).fetchall()
    return {k[len(prefix):]: json.loads(v) for k, v in rows}


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
                value = json.dumps(public_entry(json.loads(value)), sort_keys=True,
                                   ensure_ascii=False)
            except (ValueError, AttributeError):
                continue
        public[name] = value
    return public


def register(conn: Connection, prefix: str, package_id: str, entry: dict) -> None:
    set_meta(conn, prefix + package_id, json.dumps(entry, sort_keys=True, ensure_ascii=False))


# -- the facts the selection of a Vertretungspaket needs ------------------------------------------
def deputy_needs(conn: Connection, first: date, last: date) -> list[tuple[str, str, str, bool, bool, bool]]:
    """(person id, pseudonym, school, open case, planned appointment in [first, last],
    open § 8a) of every person with at least one of the three; restricted persons
    (Widerspruch) never."""
    rows = conn.execute(
        "SELECT p.id, p.pseudonym, coalesce(s.name, ''),"
        " EXISTS(SELECT 1 FROM case_file f WHERE f.person_id = p.id AND f.status = 'open'),"
        " EXISTS(SELECT 1 FROM appointment a WHERE a.person_id = p.id AND a.status = 'planned'"
        "        AND a.day BETWEEN ?1 AND ?2),"
        " EXISTS(SELECT 1 FROM cp_procedure x WHERE x.person_id = p.id AND x.status = 'open')"
        " FROM person p LEFT JOIN school s ON s.id = p.school_id"
        " WHERE p.id NOT IN (SELECT record_id FROM retention_restriction)",
        (first.isoformat(), last.isoformat())).fetchall()
    return [(r[0], r[1], r[2], bool(r[3]), bool(r[4]), bool(r[5])) for r in rows
            if r[3] or r[4] or r[5]]


def persons_with_deputy_consent(conn: Connection) -> dict[str, list]:
    """Person id → her consents "Weitergabe an die Vertretung" (one query for all)."""
    found: dict[str, list] = {}
    for consent in repo.CONSENTS.select(conn, "deputy = 1", order="person_id, valid_from"):
        found.setdefault(consent.person_id, []).append(consent)
    return found


# -- copying rows into a package ------------------------------------------------------------------
def _copy(src, dst, table: Table, where: str, params: tuple, change=None) -> list:
    rows = table.select(src, where, params)
    if change is not None:
        rows = [change(r) for r in rows]
    table.insert_many(dst, rows)
    return rows


def copy_deputy_package(src, dst, person_ids: list[str], first: date, last: date,
                        fresh_token, extras: dict[str, set[str]] | None = None
                        ) -> dict[str, int]:
    """Copy what a deputy needs to act for ``person_ids`` and nothing else
    (docs/handover.md, table "What goes along"): of each person pseudonym, kind, name,
    class, school and guardian contact; her open cases with title and topics; her planned
    appointments in the period with room; her open § 8a procedures with their latest
    step and the latest deadline (step texts and actors left out); her deputy consents
    as proof (validity, party, recipient; their free texts left out).
    The free texts (person note, case notes and goals, appointment notes) go along only
    for the persons ``extras`` ticks them for. Which appointment notes were held back is
    recorded in the package's meta (``withheld``), so that a return is not mistaken for
    a deletion of them."""
    ids = _ids(person_ids)
    extras = extras or {}
    counts: dict[str, int] = {}

    def ticked(pid: str | None, name: str) -> bool:
        return name in extras.get(pid or "", ())

    def person(p):
        p.stat_token = fresh_token()
        p.gender, p.birth_year, p.grade = "u", None, None
        p.leaving_date, p.school_change_date, p.created = None, None, ""
        if not ticked(p.id, "person_note"):
            p.note = ""
        return p

    persons = _copy(src, dst, repo.PERSONS, f"id {IN_IDS}", (ids,), person)

    def case(c):
        c.access_route, c.referral = "", ""
        if not ticked(c.person_id, "case_notes"):
            c.note = ""
        if not ticked(c.person_id, "case_goals"):
            c.goals = ""
        return c

    cases = _copy(src, dst, repo.CASES, f"person_id {IN_IDS} AND status = 'open'", (ids,), case)
    case_ids = {c.id for c in cases}
    withheld: list[str] = []

    def appointment(a):
        a.contact_id = None
        if a.note and not ticked(a.person_id, "appointment_notes"):
            a.note = ""
            withheld.append(a.id)
        return a

    appointments = _copy(src, dst, repo.APPOINTMENTS,
                         f"person_id {IN_IDS} AND status = 'planned' AND day BETWEEN ? AND ?",
                         (ids, first.isoformat(), last.isoformat()), appointment)

    def procedure(x):
        if x.case_id not in case_ids:
            x.case_id = None
        return x

    procedures = _copy(src, dst, repo.CP_PROCEDURES, f"person_id {IN_IDS} AND status = 'open'",
                       (ids,), procedure)

    def step(s):
        s.text, s.actor = "", ""
        return s

    steps = _copy(src, dst, repo.CP_STEPS, f"id {IN_IDS}",
                  (_ids(deputy_step_ids(src, [x.id for x in procedures])),), step)
    def consent(c):   # the proof only: validity, party, recipient, the deputy flag
        c.scope, c.purpose, c.entrusted_by = "", "", ""
        return c

    consents = _copy(src, dst, repo.CONSENTS, f"person_id {IN_IDS} AND deputy = 1", (ids,),
                     consent)
    school_ids = {p.school_id for p in persons} | {c.school_id for c in cases} | {
        a.school_id for a in appointments}
    schools = _copy(src, dst, repo.SCHOOLS, f"id {IN_IDS}", (_ids(s for s in school_ids if s),))
    set_meta(dst, "withheld", json.dumps({"appointment": {"note": sorted(withheld)}}))
    for name, rows in (("Schulen", schools), ("Personen", persons), ("offene Fälle", cases),
                       ("Termine", appointments), ("§ 8a-Verfahren", procedures),
                       ("§ 8a-Fristen", steps), ("Einwilligungen", consents)):
        counts[name] = len(rows)
    return counts


def deputy_step_ids(conn: Connection, procedure_ids: list[str]) -> set[str]:
    """Per procedure its latest step (the next one follows from it) and the latest step
    that set a deadline – the same two the § 8a overview reads (child_protection_repo)."""
    order = "ORDER BY s.day DESC, CAST(s.step AS INTEGER) DESC, s.rowid DESC LIMIT 1"
    rows = conn.execute(
        f"SELECT (SELECT s.id FROM cp_step s WHERE s.procedure_id = p.value {order}),"  # noqa: S608
        f" (SELECT s.id FROM cp_step s WHERE s.procedure_id = p.value AND s.due IS NOT NULL"
        f"  {order}) FROM json_each(?) p", (_ids(procedure_ids),)).fetchall()
    return {i for row in rows for i in row if i}


def school_person_ids(conn: Connection, school_id: str) -> list[str]:
    return [r[0] for r in conn.execute("SELECT id FROM person WHERE school_id = ? ORDER BY id",
                                       (school_id,))]


def _copy_stored(src, dst, table: Table, where: str, params: tuple,
                 fresh: tuple[str, Callable[[], object]] | None = None) -> list[str]:
    """Copy the rows of ``table`` matching ``where`` as stored (no objects in between, so
    the package holds the very values the vault holds); ``fresh`` (column, maker) gives
    each row a new value in that column. Returns the ids copied."""
    columns = table.columns
    names = ", ".join(f'"{c}"' for c in columns)
    rows = src.execute(f"SELECT {names} FROM {table.name} WHERE {where}",  # noqa: S608
                       params).fetchall()
    if fresh is not None:
        at = columns.index(fresh[0])
        rows = [(*r[:at], fresh[1](), *r[at + 1:]) for r in rows]
    marks = ", ".join("?" for _ in columns)
    dst.executemany(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)  # noqa: S608
    key = [columns.index(k) for k in table.key]
    return ["/".join(str(r[k]) for k in key) for r in rows]   # as ``_row_id`` spells them


# The contacts a school package carries (params: its cases, its persons): those in its
# cases, and those of its persons outside any case. A contact of its pupil recorded in
# another school's case belongs to that case and stays with it.
SCHOOL_CONTACTS = f"case_id {IN_IDS} OR (case_id IS NULL AND person_id {IN_IDS})"


def copy_school_package(src, dst, school_id: str, fresh_token) -> dict[str, int]:
    """Copy everything of one school: the school, its persons with cases, contacts,
    corrections, appointments, consents, disclosures and § 8a procedures; its groups with
    their sessions, open offers, cooperation agreements with goals, and the appointments
    at the school without a person. Working notes, time entries and the anonymous
    statistics stay with the worker. The package gets no full-text index."""
    drop_search_index(dst)
    persons_ids = _ids(school_person_ids(src, school_id))

    def copy(table: Table, where: str, *params, fresh=None) -> list[str]:
        return _copy_stored(src, dst, table, where, params, fresh)

    copied = {
        "Schulen": copy(repo.SCHOOLS, "id = ?", school_id),
        "Personen": copy(repo.PERSONS, f"id {IN_IDS}", persons_ids,
                         fresh=("stat_token", fresh_token)),
    }
    cases = copy(repo.CASES, f"person_id {IN_IDS}", persons_ids)
    copied["Fälle"] = cases
    contacts = copy(repo.CONTACTS, SCHOOL_CONTACTS, _ids(cases), persons_ids)
    copied["Kontakte"] = contacts
    copied["Korrekturvermerke"] = copy(repo.ANNOTATIONS, f"target_id {IN_IDS}",
                                       _ids(contacts + cases))
    copied["Termine"] = copy(repo.APPOINTMENTS,
                             f"person_id {IN_IDS} OR (person_id IS NULL AND school_id = ?)",
                             persons_ids, school_id)
    copied["Einwilligungen"] = copy(repo.CONSENTS, f"person_id {IN_IDS}", persons_ids)
    copied["Übermittlungen"] = copy(repo.DISCLOSURES, f"person_id {IN_IDS}", persons_ids)
    procedures = copy(repo.CP_PROCEDURES, f"person_id {IN_IDS}", persons_ids)
    copied["§ 8a-Verfahren"] = procedures
    copied["§ 8a-Schritte"] = copy(repo.CP_STEPS, f"procedure_id {IN_IDS}", _ids(procedures))
    groups = copy(repo.GROUPS, "school_id = ?", school_id)
    copied["Gruppen und Projekte"] = groups
    copied["Gruppentermine"] = copy(repo.GROUP_SESSIONS, f"group_id {IN_IDS}", _ids(groups))
    copied["Offene Angebote"] = copy(repo.OPEN_OFFERS, "school_id = ?", school_id)
    agreements = copy(repo.AGREEMENTS, "school_id = ?", school_id)
    copied["Kooperationsvereinbarungen"] = agreements
    copied["Ziele der Vereinbarungen"] = copy(repo.AGREEMENT_GOALS, f"agreement_id {IN_IDS}",
                                              _ids(agreements))
    copied["Zielwerte der Vereinbarungen"] = copy(AGREEMENT_TARGETS, f"agreement_id {IN_IDS}",
                                                  _ids(agreements))
    counts = {name: len(ids) for name, ids in copied.items()}
    counts["Einschränkungen, Sperren, Entscheidungen"] = copy_retention_state(
        src, dst, json.loads(persons_ids) + groups)
    return counts


# The retention state that travels with a handed-over record: a restriction (Art. 18
# DSGVO), a hold, a § 8a decision, a § 9b mark stay with the data at the successor.
RETENTION_STATE = ("retention_restriction", "retention_hold", "retention_decision",
                   "retention_mark")


def copy_retention_state(src, dst, record_ids: list[str]) -> int:
    """Copy the retention rows of ``record_ids`` column by column (same schema)."""
    ids, copied = _ids(record_ids), 0
    for table in RETENTION_STATE:
        columns = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
        names = ", ".join(f'"{c}"' for c in columns)
        rows = src.execute(f"SELECT {names} FROM {table} WHERE record_id {IN_IDS}",  # noqa: S608
                           (ids,)).fetchall()
        marks = ", ".join("?" for _ in columns)
        dst.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)  # noqa: S608
        copied += len(rows)
    return copied


def copy_rows(src, dst, table: Table, ids: list[str]) -> int:
    return len(_copy(src, dst, table, f"id {IN_IDS}", (_ids(ids),)))


def count(conn: Connection, table: Table) -> int:
    return table.count(conn)


def statistics_count(conn: Connection, school_id: str) -> int:
    return conn.execute("SELECT count(*) FROM statistics_record WHERE school_id = ?",
                        (school_id,)).fetchone()[0]


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


def has_open_8a(conn: Connection, person_id: str) -> bool:
    return conn.execute("SELECT EXISTS(SELECT 1 FROM cp_procedure WHERE person_id = ?"
                        " AND status = 'open')", (person_id,)).fetchone()[0] == 1


def package_persons(pkg) -> list:
    return repo.PERSONS.all(pkg, order="pseudonym, id")


def package_cases(pkg) -> list:
    return repo.CASES.all(pkg, order="opened, id")


def package_appointments(pkg) -> list:
    return repo.APPOINTMENTS.all(pkg, order="day, start, id")


def package_school_names(pkg) -> dict[str, str]:
    """School id → name of the schools a package carries."""
    return dict(pkg.execute("SELECT id, name FROM school"))


def package_contacts(pkg) -> list:
    return repo.CONTACTS.all(pkg, order="day, time, created, id")


def package_counts(conn: Connection) -> dict[str, int]:
    return {t.name: t.count(conn) for t in repo.ALL_TABLES}


# -- what a Vertretungspaket carried, what a return may carry ---------------------
def package_contents(pkg) -> dict[str, list[str]]:
    """Ids of the persons, cases, appointments and § 8a procedures in a package."""
    return {name: [r[0] for r in pkg.execute(f"SELECT id FROM {name} ORDER BY id")]  # noqa: S608
            for name in ("person", "case_file", "appointment", "cp_procedure")}


def filled_tables(conn: Connection) -> dict[str, int]:
    """Rows per table of a package file (its own tables; meta and the search index's
    shadow tables left out)."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'fts_%' AND name != 'meta' ORDER BY name")]
    counts = {n: conn.execute(f'SELECT count(*) FROM {quoted(n)}').fetchone()[0]  # noqa: S608
              for n in names}
    return {n: k for n, k in counts.items() if k}


def quoted(name: str) -> str:
    """An SQL identifier (a table name read from a crafted file) in double quotes."""
    return '"' + name.replace('"', '""') + '"'


def case_persons(conn: Connection, case_ids: Iterable[str]) -> dict[str, str]:
    """case id → person id of those cases this vault has."""
    return dict(conn.execute(f"SELECT id, person_id FROM case_file WHERE id {IN_IDS}",  # noqa: S608
                             (_ids(case_ids),)).fetchall())


def person_facts(conn: Connection, person_ids: Iterable[str]) -> dict[str, tuple[str, str | None]]:
    """person id → (pseudonym, school id) of those persons this vault has."""
    return {r[0]: (r[1], r[2]) for r in conn.execute(
        f"SELECT id, pseudonym, school_id FROM person WHERE id {IN_IDS}",  # noqa: S608
        (_ids(person_ids),))}


def existing_persons(conn: Connection, table: Table, ids: Iterable[str]) -> dict[str, str | None]:
    """id → person id of those rows of ``table`` (contact, appointment) this vault has."""
    return dict(conn.execute(
        f"SELECT id, person_id FROM {table.name} WHERE id {IN_IDS}",  # noqa: S608
        (_ids(ids),)).fetchall())


def disclosed_persons(conn: Connection, recipient: str, day: str) -> list[str]:
    """Persons whose data went to ``recipient`` on ``day`` (the disclosure log): what an
    older registry entry without ``contents`` carried."""
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT person_id FROM disclosure WHERE recipient = ? AND day = ?",
        (recipient, day))]


def open_case_ids(conn: Connection, person_ids: Iterable[str]) -> list[str]:
    return [r[0] for r in conn.execute(
        f"SELECT id FROM case_file WHERE person_id {IN_IDS} AND status = 'open'",  # noqa: S608
        (_ids(person_ids),))]


def person_appointment_ids(conn: Connection, person_ids: Iterable[str]) -> list[str]:
    return [r[0] for r in conn.execute(
        f"SELECT id FROM appointment WHERE person_id {IN_IDS}",  # noqa: S608
        (_ids(person_ids),))]


# -- what a school package carries: the manifest in the issuing vault ----------------
_MAPPED: dict[str, Table] = {t.name: t for t in repo.ALL_TABLES}
# The tables whose rows a school package carries and its receipt deletes (declared
# with ``handover`` in domain/tables.py). The school row stays (the counted years),
# the disclosure log stays (R10).
MANIFEST_TABLES: tuple[Table, ...] = tuple(
    _MAPPED[t.name] for t in tables.school_package())
MANIFEST_BY_NAME = {t.name: t for t in MANIFEST_TABLES}

# (child table, column, parent table): a row that stays keeps the row it points to (a
# person stays for her new contact, a case for a changed one). Working notes, drafts and
# privacy requests never keep a person: they go with her, as at every deletion; a
# network activity of the worker linked to a goal of the agreement loses the link.
KEEPS: tuple[tuple[str, str, str], ...] = tables.package_keeps()

# Children before parents: deleting a row never cascades into a row that stays.
DELETE_ORDER = tables.package_delete_order()


# Columns left out of a row's hash: a person gets a fresh statistics token in the package.
UNHASHED = ("stat_token",)


def _row_id(table: Table) -> str:
    """The SQL of a manifest row's id (``Table.key_sql``)."""
    return table.key_sql


def row_hashes(conn: Connection, table: Table, ids: Iterable[str] | None = None) -> dict[str, str]:
    """Row id → SHA-256 of the row's stored values (all columns but ``UNHASHED``, in the
    schema's order) of every row of ``table``, or of the rows ``ids`` still there. The
    same in a package and in the vault it came from (same schema, same stored values)."""
    columns = [c for c in table.columns if c not in UNHASHED]
    names = ", ".join(f'"{c}"' for c in columns)
    rid = _row_id(table)
    sql = f"SELECT {rid}, {names} FROM {table.name}"  # noqa: S608 - names from the mapper
    rows = conn.execute(sql) if ids is None else conn.execute(
        f"{sql} WHERE {rid} {IN_IDS}", (_ids(ids),))
    return {r[0]: hashlib.sha256(repr(tuple(r[1:])).encode("utf-8")).hexdigest() for r in rows}


def drop_search_index(pkg) -> None:
    """A school package is read whole by the successor's merge and never searched: its
    full-text indexes and their triggers go before the rows are copied (building them
    cost most of the package's time, and the package then holds no index of words)."""
    for (name,) in pkg.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"
                               " AND sql LIKE '%fts_%'").fetchall():
        pkg.execute(f'DROP TRIGGER "{name}"')
    for (name,) in pkg.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                               " AND sql LIKE 'CREATE VIRTUAL TABLE%'").fetchall():
        pkg.execute(f'DROP TABLE "{name}"')


def save_manifest(conn: Connection, package_id: str, items: Iterable[tuple[str, str, str]]) -> None:
    """(table, row id, row hash) of every row the package carries."""
    conn.executemany("INSERT INTO handover_item (package_id, tbl, row_id, row_hash)"
                     " VALUES (?, ?, ?, ?)", ((package_id, *item) for item in items))


def manifest(conn: Connection, package_id: str) -> dict[str, dict[str, str]]:
    """Table → {row id: row hash} of what the package carries."""
    out: dict[str, dict[str, str]] = {}
    for tbl, row_id, row_hash in conn.execute(
            "SELECT tbl, row_id, row_hash FROM handover_item WHERE package_id = ? AND tbl <> ?",
            (package_id, STATE_ITEM)):
        out.setdefault(tbl, {})[row_id] = row_hash
    return out


# The manifest's record of the retention state a package carried: per handed-over person
# or group with such state, a hash of its rows (``retention_state_hashes``). It is no
# table of rows (the receipt's row digest leaves it out) and deletes nothing.
STATE_ITEM = "retention_state"


def retention_state_hashes(conn: Connection, record_ids: Iterable[str]) -> dict[str, str]:
    """Record id → SHA-256 of its restriction, holds, decisions and marks (the state
    ``copy_retention_state`` puts into a package), for the records that have any."""
    ids, rows = _ids(record_ids), dict[str, list[str]]()
    for table in RETENTION_STATE:
        for row in conn.execute(f"SELECT record_id, * FROM {table}"  # noqa: S608 - fixed names
                                f" WHERE record_id {IN_IDS}", (ids,)):
            rows.setdefault(row[0], []).append(repr((table, *row[1:])))
    return {rid: hashlib.sha256("\n".join(sorted(found)).encode("utf-8")).hexdigest()
            for rid, found in rows.items()}


def retention_state_changed(conn: Connection, package_id: str, record_ids: Iterable[str]) -> set[str]:
    """The records of ``record_ids`` whose retention state is not what the package carried
    (a hold, restriction, decision or mark placed, changed or lifted since), and the
    persons with an open privacy request (a package never carries one)."""
    record_ids = list(record_ids)
    carried = {rid: h for rid, h in conn.execute(
        "SELECT row_id, row_hash FROM handover_item WHERE package_id = ? AND tbl = ?",
        (package_id, STATE_ITEM))}
    now = retention_state_hashes(conn, record_ids)
    changed = {rid for rid in record_ids if now.get(rid) != carried.get(rid)}
    changed.update(r[0] for r in conn.execute(
        f"SELECT person_id FROM privacy_request WHERE status = 'open' AND person_id {IN_IDS}",  # noqa: S608
        (_ids(record_ids),)))
    return changed


def drop_manifest(conn: Connection, package_id: str) -> None:
    conn.execute("DELETE FROM handover_item WHERE package_id = ?", (package_id,))


def references(conn: Connection, child: str, column: str, parent_ids: Iterable[str]) -> list[tuple[str, str]]:
    """(child id, parent id) of every row of ``child`` whose ``column`` is in ``parent_ids``."""
    rid = _row_id(MANIFEST_BY_NAME[child])
    return list(conn.execute(f'SELECT {rid}, "{column}" FROM "{child}"'  # noqa: S608 - names are KEEPS'
                             f' WHERE "{column}" {IN_IDS}', (_ids(parent_ids),)))


def delete_rows(conn: Connection, tbl: str, ids: Iterable[str]) -> list[str]:
    """Delete the rows ``ids`` of ``tbl`` (a ``MANIFEST_TABLES`` name) that are still
    there; returns the ids deleted (secure_delete and FTS5 secure-delete are on)."""
    table, rid = MANIFEST_BY_NAME[tbl], _row_id(MANIFEST_BY_NAME[tbl])
    there = [r[0] for r in conn.execute(f"SELECT {rid} FROM {table.name}"  # noqa: S608
                                        f" WHERE {rid} {IN_IDS}", (_ids(ids),))]
    conn.execute(f"DELETE FROM {table.name} WHERE {rid} {IN_IDS}", (_ids(there),))  # noqa: S608
    return there


def school_row_ids(conn: Connection, school_id: str) -> dict[str, list[str]]:
    """Table → ids of what a school package of ``school_id`` would carry now (the
    selection of ``copy_school_package``, without the school row and disclosures)."""
    persons = _ids(school_person_ids(conn, school_id))

    def ids(sql: str, *params) -> list[str]:
        return [r[0] for r in conn.execute(sql, params)]

    def of(table: str, column: str, values: str) -> list[str]:
        return ids(f'SELECT id FROM "{table}" WHERE "{column}"'  # noqa: S608 - fixed names
                   " IN (SELECT value FROM json_each(?))", values)

    cases = of("case_file", "person_id", persons)
    contacts = ids(f"SELECT id FROM contact WHERE {SCHOOL_CONTACTS}",  # noqa: S608 - fixed
                   _ids(cases), persons)
    procedures = of("cp_procedure", "person_id", persons)
    groups = ids("SELECT id FROM group_activity WHERE school_id = ?", school_id)
    agreements = ids("SELECT id FROM cooperation_agreement WHERE school_id = ?", school_id)
    return {
        "person": json.loads(persons),
        "case_file": cases,
        "contact": contacts,
        "annotation": of("annotation", "target_id", _ids(cases + contacts)),
        "appointment": of("appointment", "person_id", persons) + ids(
            "SELECT id FROM appointment WHERE person_id IS NULL AND school_id = ?", school_id),
        "consent": of("consent", "person_id", persons),
        "cp_procedure": procedures,
        "cp_step": of("cp_step", "procedure_id", _ids(procedures)),
        "group_activity": groups,
        "group_session": of("group_session", "group_id", _ids(groups)),
        "open_offer_session": ids("SELECT id FROM open_offer_session WHERE school_id = ?",
                                  school_id),
        "cooperation_agreement": agreements,
        "agreement_goal": of("agreement_goal", "agreement_id", _ids(agreements)),
        "agreement_target": ids(f"SELECT {_row_id(AGREEMENT_TARGETS)} FROM agreement_target"  # noqa: S608
                                f" WHERE agreement_id {IN_IDS}", _ids(agreements)),
    }
