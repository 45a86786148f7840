"""The queries of a school's handover package: which rows of one school it carries
(``copy_school_package``, ``school_row_ids``), the retention state that goes along, and
the manifest in the issuing vault (row hashes, what the receipt deletes and what stays).
The package file itself is ``storage/handover_repo.py``; the use cases are
``services/handover_school.py`` and ``services/handover_confirm.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import product

from ..domain import appointment_times, strict_json, tables
from ..domain.digests import sha256
from . import goals_repo
from . import repositories as repo
from .connection import Connection
from .handover_repo import IN_IDS, _ids
from .mapper import Table
from .retention_state_repo import RETENTION_STATE
from .timeshare_repo import AGREEMENT_TARGETS


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


# The contacts a school package carries (params: its cases, the persons left out, its
# persons): those in its cases, and those of its persons outside any case. A contact of
# its pupil recorded in another school's case belongs to that case and stays with it; a
# contact naming a person left out (due for deletion) stays with her, also inside a case
# that travels.
SCHOOL_CONTACTS = (f"(case_id {IN_IDS} AND (person_id IS NULL OR person_id NOT {IN_IDS}))"
                   f" OR (case_id IS NULL AND person_id {IN_IDS})")


def copy_school_package(src, dst, school_id: str, fresh_token,
                        leave_out: Iterable[str] = ()) -> dict[str, int]:
    """Copy everything of one school: the school, its persons with cases, contacts,
    corrections, appointments, consents, disclosures and § 8a procedures; its groups with
    their sessions, open offers, cooperation agreements with goals, and the appointments
    at the school without a person. Working notes, time entries and the anonymous
    statistics stay with the worker, and so do the persons ``leave_out`` names with all of
    theirs. The package gets no full-text index."""
    drop_search_index(dst)
    staying = set(leave_out)
    persons_ids = _ids(p for p in school_person_ids(src, school_id) if p not in staying)

    def copy(table: Table, where: str, *params, fresh=None) -> list[str]:
        return _copy_stored(src, dst, table, where, params, fresh)

    copied = {
        "Schulen": copy(repo.SCHOOLS, "id = ?", school_id),
        "Personen": copy(repo.PERSONS, f"id {IN_IDS}", persons_ids,
                         fresh=("stat_token", fresh_token)),
    }
    cases = copy(repo.CASES, f"person_id {IN_IDS}", persons_ids)
    copied["Fälle"] = cases
    contacts = copy(repo.CONTACTS, SCHOOL_CONTACTS, _ids(cases), _ids(staying), persons_ids)
    copied["Kontakte"] = contacts
    goals = copy(goals_repo.CASE_GOALS, f"case_id {IN_IDS}", _ids(cases))
    copied["Ziele mit Skala"] = goals
    # a rating from a contact the package leaves out (another person's) stays behind and
    # goes with its goal at the receipt
    copied["Einschätzungen der Ziele"] = copy(
        goals_repo.GOAL_RATINGS, f"goal_id {IN_IDS} AND (contact_id IS NULL OR contact_id {IN_IDS})",
        _ids(goals), _ids(contacts))
    # a correction hangs on a contact, a case or the person (a consent's corrected day)
    copied["Korrekturvermerke"] = copy(repo.ANNOTATIONS, f"target_id {IN_IDS}",
                                       _ids(strict_json.loads(persons_ids) + contacts + cases))
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
        src, dst, strict_json.loads(persons_ids) + groups)
    return counts


# The retention state (``RETENTION_STATE``) travels with a handed-over record: a
# restriction (Art. 18 DSGVO), a hold, a § 8a decision, a § 9b mark stay with the data at
# the successor.
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


def existing_persons(conn: Connection, person_ids: Iterable[str]) -> list[str]:
    """Those of ``person_ids`` this vault still has."""
    return [r[0] for r in conn.execute(f"SELECT id FROM person WHERE id {IN_IDS} ORDER BY id",  # noqa: S608
                                       (_ids(person_ids),))]


def count(conn: Connection, table: Table) -> int:
    return table.count(conn)


def statistics_count(conn: Connection, school_id: str) -> int:
    return conn.execute("SELECT count(*) FROM statistics_record WHERE school_id = ?",
                        (school_id,)).fetchone()[0]


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


def _hashed(table: Table) -> list[str]:
    return [c for c in table.columns if c not in UNHASHED]


def _hashed_rows(conn: Connection, table: Table, ids: Iterable[str] | None):
    names = ", ".join(f'"{c}"' for c in _hashed(table))
    rid = _row_id(table)
    sql = f"SELECT {rid}, {names} FROM {table.name}"  # noqa: S608 - names from the mapper
    return conn.execute(sql) if ids is None else conn.execute(
        f"{sql} WHERE {rid} {IN_IDS}", (_ids(ids),))


def _digest(values) -> str:
    return sha256(repr(tuple(values)).encode("utf-8")).hexdigest()


def row_hashes(conn: Connection, table: Table, ids: Iterable[str] | None = None) -> dict[str, str]:
    """Row id → SHA-256 of the row's stored values (all columns but ``UNHASHED``, in the
    schema's order) of every row of ``table``, or of the rows ``ids`` still there. The
    same in a package and in the vault it came from (same schema, same stored values)."""
    return {r[0]: _digest(r[1:]) for r in _hashed_rows(conn, table, ids)}


def earlier_hashes(conn: Connection, table: Table, ids: Iterable[str]) -> dict[str, set[str]]:
    """Row id → the SHA-256 the rows ``ids`` had in a manifest written before migration
    0030 if only that update changed them since: with each time in a spelling it rewrote
    into today's (``appointment_times.earlier_spellings``: „9:00“ for 09:00). Empty for a
    table without times."""
    fields = appointment_times.TIME_FIELDS.get(table.name, ())
    at = [_hashed(table).index(f) for f in fields]
    found: dict[str, set[str]] = {}
    ids = list(ids)
    for rid, *values in (_hashed_rows(conn, table, ids) if at and ids else ()):
        spellings = [appointment_times.earlier_spellings(values[i]) if isinstance(values[i], str)
                     else (values[i],) for i in at]
        found[rid] = {_digest(_with(values, at, spelt)) for spelt in product(*spellings)}
    return found


def _with(values: list, at: list[int], replaced: tuple) -> list:
    out = list(values)
    for i, value in zip(at, replaced, strict=True):
        out[i] = value
    return out


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
    pkg.execute("DROP TABLE IF EXISTS fts_contact_pending")   # the index's notes go too


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
    return {rid: sha256("\n".join(sorted(found)).encode("utf-8")).hexdigest()
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


def unlink_lost_contacts(pkg) -> list[str]:
    """In a package: an appointment linked to a contact the package does not carry (of a
    person left out) loses the link. Returns the ids of those appointments."""
    lost = [r[0] for r in pkg.execute(
        "SELECT id FROM appointment WHERE contact_id IS NOT NULL"
        " AND contact_id NOT IN (SELECT id FROM contact)")]
    pkg.execute(f"UPDATE appointment SET contact_id = NULL WHERE id {IN_IDS}",  # noqa: S608
                (_ids(lost),))
    return lost


def contacts_in_cases(conn: Connection, person_ids: Iterable[str],
                      case_ids: Iterable[str]) -> list[str]:
    """The contacts naming one of ``person_ids`` inside one of ``case_ids``."""
    return [r[0] for r in conn.execute(
        f"SELECT id FROM contact WHERE person_id {IN_IDS} AND case_id {IN_IDS}",  # noqa: S608
        (_ids(person_ids), _ids(case_ids)))]


def contacts_in_cases_of(conn: Connection, person_ids: Iterable[str],
                         owner_ids: Iterable[str]) -> list[str]:
    """The contacts naming one of ``person_ids`` inside a case of one of ``owner_ids``."""
    return [r[0] for r in conn.execute(
        f"SELECT id FROM contact WHERE person_id {IN_IDS} AND case_id IN"  # noqa: S608
        f" (SELECT id FROM case_file WHERE person_id {IN_IDS})",
        (_ids(person_ids), _ids(owner_ids)))]


def detach_from_persons(conn: Connection, contact_ids: Iterable[str],
                        person_ids: Iterable[str]) -> None:
    """The contacts ``contact_ids`` no longer name a person of ``person_ids`` (she goes,
    the contact stays in its case)."""
    conn.execute(f"UPDATE contact SET person_id = NULL WHERE id {IN_IDS}"  # noqa: S608
                 f" AND person_id {IN_IDS}", (_ids(contact_ids), _ids(person_ids)))


def detach_from_cases(conn: Connection, contact_ids: Iterable[str],
                      case_ids: Iterable[str]) -> None:
    """The contacts ``contact_ids`` lose their link to a case of ``case_ids`` (the case
    goes, the contact stays with its person)."""
    conn.execute(f"UPDATE contact SET case_id = NULL WHERE id {IN_IDS}"  # noqa: S608
                 f" AND case_id {IN_IDS}", (_ids(contact_ids), _ids(case_ids)))


def delete_rows(conn: Connection, tbl: str, ids: Iterable[str]) -> list[str]:
    """Delete the rows ``ids`` of ``tbl`` (a ``MANIFEST_TABLES`` name) that are still
    there; returns the ids deleted (secure_delete and FTS5 secure-delete are on)."""
    table, rid = MANIFEST_BY_NAME[tbl], _row_id(MANIFEST_BY_NAME[tbl])
    there = [r[0] for r in conn.execute(f"SELECT {rid} FROM {table.name}"  # noqa: S608
                                        f" WHERE {rid} {IN_IDS}", (_ids(ids),))]
    conn.execute(f"DELETE FROM {table.name} WHERE {rid} {IN_IDS}", (_ids(there),))  # noqa: S608
    return there


def school_row_ids(conn: Connection, school_id: str,
                   leave_out: Iterable[str] = ()) -> dict[str, list[str]]:
    """Table → ids of what a school package of ``school_id`` would carry now (the
    selection of ``copy_school_package``, without the school row and disclosures), the
    persons ``leave_out`` names and all of theirs left out."""
    staying = set(leave_out)
    persons = _ids(p for p in school_person_ids(conn, school_id) if p not in staying)

    def ids(sql: str, *params) -> list[str]:
        return [r[0] for r in conn.execute(sql, params)]

    def of(table: str, column: str, values: str) -> list[str]:
        return ids(f'SELECT id FROM "{table}" WHERE "{column}"'  # noqa: S608 - fixed names
                   " IN (SELECT value FROM json_each(?))", values)

    cases = of("case_file", "person_id", persons)
    contacts = ids(f"SELECT id FROM contact WHERE {SCHOOL_CONTACTS}",  # noqa: S608 - fixed
                   _ids(cases), _ids(staying), persons)
    procedures = of("cp_procedure", "person_id", persons)
    goals = of("case_goal", "case_id", _ids(cases))
    groups = ids("SELECT id FROM group_activity WHERE school_id = ?", school_id)
    agreements = ids("SELECT id FROM cooperation_agreement WHERE school_id = ?", school_id)
    return {
        "person": strict_json.loads(persons),
        "case_file": cases,
        "contact": contacts,
        "case_goal": goals,
        "goal_rating": ids("SELECT id FROM goal_rating WHERE goal_id IN (SELECT value FROM"
                           " json_each(?)) AND (contact_id IS NULL OR contact_id IN"
                           " (SELECT value FROM json_each(?)))", _ids(goals), _ids(contacts)),
        "annotation": of("annotation", "target_id",
                         _ids(strict_json.loads(persons) + cases + contacts)),
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
