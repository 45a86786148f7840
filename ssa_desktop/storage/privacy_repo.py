"""SQL of the data-protection functions: deletion tombstones, Auskunft requests and
person restrictions, the per-person collection for an Auskunft and the content-free
counts for the data-breach assistant."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from ..domain import entities as e
from . import repositories as repo

# Tables a tombstone never touches: the anonymous statistics survive every deletion
# (R7), the tombstones themselves and the vault's bookkeeping.
_NEVER_REAPPLIED = frozenset({"statistics_record", "deletion_tombstone", "meta", "setting"})


# -- tombstones ----------------------------------------------------------------------------
@dataclass(frozen=True)
class Tombstone:
    record_id: str
    category: str
    deleted_on: str  # ISO date


def add_tombstones(conn, tombstones: list[Tombstone]) -> None:
    conn.executemany(
        "INSERT OR IGNORE INTO deletion_tombstone(record_id, category, deleted_on) VALUES (?, ?, ?)",
        [(t.record_id, t.category, t.deleted_on) for t in tombstones])


def all_tombstones(conn) -> list[Tombstone]:
    return [Tombstone(*row) for row in conn.execute(
        "SELECT record_id, category, deleted_on FROM deletion_tombstone ORDER BY record_id")]


def _tables_with_id(conn) -> list[str]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'fts_%' ORDER BY name")]
    found = []
    for name in names:
        if name in _NEVER_REAPPLIED:
            continue
        columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}
        if "id" in columns:
            found.append(name)
    return found


# A field erased without deleting its record (a group's name list after reporting, a
# parent's contact data) leaves the tombstone "<record id>#<column>": re-applied as
# "column = ''" on the record, so the erasure survives a restore too.
FIELD_MARK = "#"


def _erase_fields(conn, tables: list[str]) -> int:
    erased = 0
    rows = conn.execute("SELECT record_id FROM deletion_tombstone WHERE instr(record_id, ?) > 0",
                        (FIELD_MARK,)).fetchall()
    text_columns = {name: {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')
                           if r[2].upper() == "TEXT" and r[3] and r[4] == "''"}
                    for name in tables}
    for (tomb,) in rows:
        record_id, column = tomb.split(FIELD_MARK, 1)
        for name, columns in text_columns.items():
            if column in columns:
                cur = conn.execute(f'UPDATE "{name}" SET "{column}" = \'\' WHERE id = ? AND "{column}" != \'\'',  # noqa: S608
                                   (record_id,))
                erased += max(cur.rowcount, 0)
    return erased


def apply_tombstones(conn) -> int:
    """Delete every record whose id is listed in ``deletion_tombstone`` (in any table that
    has an ``id`` column, so a new record kind is covered without code), plus the
    annotations and drafts pointing at such records; erase the fields listed as
    ``<id>#<column>`` (text columns with default '' only). Foreign keys cascade to children;
    the FTS triggers remove index entries. Returns the number of rows deleted."""
    tables = _tables_with_id(conn)
    deleted = _erase_fields(conn, tables)
    for name in tables:
        cur = conn.execute(
            f'DELETE FROM "{name}" WHERE id IN (SELECT record_id FROM deletion_tombstone)')  # noqa: S608
        deleted += max(cur.rowcount, 0)
    for sql in ("DELETE FROM annotation WHERE target_id IN (SELECT record_id FROM deletion_tombstone)",
                "DELETE FROM draft WHERE ref IN (SELECT record_id FROM deletion_tombstone)"):
        deleted += max(conn.execute(sql).rowcount, 0)
    return deleted


# -- restriction of a person (Widerspruch pending) -----------------------------------------
def set_person_restriction(conn, person_id: str, reason: str, since: date) -> None:
    conn.execute("INSERT INTO person_restriction(person_id, reason, since) VALUES (?, ?, ?)"
                 " ON CONFLICT(person_id) DO UPDATE SET reason = excluded.reason",
                 (person_id, reason, since.isoformat()))


def lift_person_restriction(conn, person_id: str) -> None:
    conn.execute("DELETE FROM person_restriction WHERE person_id = ?", (person_id,))


def person_restriction(conn, person_id: str) -> tuple[str, date] | None:
    row = conn.execute("SELECT reason, since FROM person_restriction WHERE person_id = ?",
                       (person_id,)).fetchone()
    return (row[0], date.fromisoformat(row[1])) if row else None


# -- requests (Auskunft, Widerspruch) -------------------------------------------------------
@dataclass
class PrivacyRequest:
    id: str
    person_id: str
    kind: str
    received: date
    due: date
    status: str = "open"
    completed: date | None = None
    decisions: dict | None = None


def _request(row) -> PrivacyRequest:
    return PrivacyRequest(row[0], row[1], row[2], date.fromisoformat(row[3]),
                          date.fromisoformat(row[4]), row[5],
                          date.fromisoformat(row[6]) if row[6] else None,
                          json.loads(row[7] or "{}"))


_REQUEST_COLUMNS = "id, person_id, kind, received, due, status, completed, decisions"


def insert_request(conn, r: PrivacyRequest) -> None:
    conn.execute(f"INSERT INTO privacy_request({_REQUEST_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",  # noqa: S608
                 (r.id, r.person_id, r.kind, r.received.isoformat(), r.due.isoformat(), r.status,
                  r.completed.isoformat() if r.completed else None,
                  json.dumps(r.decisions or {}, ensure_ascii=False, sort_keys=True)))


def update_request(conn, r: PrivacyRequest) -> None:
    conn.execute("UPDATE privacy_request SET status = ?, completed = ?, decisions = ? WHERE id = ?",
                 (r.status, r.completed.isoformat() if r.completed else None,
                  json.dumps(r.decisions or {}, ensure_ascii=False, sort_keys=True), r.id))


def get_request(conn, request_id: str) -> PrivacyRequest | None:
    row = conn.execute(f"SELECT {_REQUEST_COLUMNS} FROM privacy_request WHERE id = ?",  # noqa: S608
                       (request_id,)).fetchone()
    return _request(row) if row else None


def open_requests(conn, person_id: str | None = None) -> list[PrivacyRequest]:
    sql = f"SELECT {_REQUEST_COLUMNS} FROM privacy_request WHERE status = 'open'"  # noqa: S608
    params: tuple = ()
    if person_id is not None:
        sql += " AND person_id = ?"
        params = (person_id,)
    return [_request(r) for r in conn.execute(sql + " ORDER BY due, id", params)]


# -- what the vault holds about one person (Auskunft) ---------------------------------------
@dataclass
class PersonHoldings:
    person: e.Person
    cases: list[e.Case]
    contacts: list[e.Contact]
    annotations: list[e.Annotation]
    working_notes: list[e.WorkingNote]
    appointments: list[e.Appointment]
    consents: list[e.Consent]
    disclosures: list[e.Disclosure]
    procedures: list[e.ChildProtectionProcedure]
    steps: list[e.ChildProtectionStep]
    groups: list[e.GroupActivity]     # groups whose name list mentions the person


def person_holdings(conn, person_id: str) -> PersonHoldings | None:
    person = repo.PERSONS.get(conn, person_id)
    if person is None:
        return None
    cases = repo.CASES.select(conn, "person_id = ?", (person_id,), "opened, id")
    case_ids = [c.id for c in cases]
    marks = ",".join("?" * len(case_ids))
    contact_where = "person_id = ?" + (f" OR case_id IN ({marks})" if case_ids else "")
    contacts = repo.CONTACTS.select(conn, contact_where, (person_id, *case_ids), "day, time, id")
    procedures = repo.CP_PROCEDURES.select(conn, "person_id = ?", (person_id,), "opened, id")
    proc_ids = [p.id for p in procedures]
    steps = (repo.CP_STEPS.select(conn, f"procedure_id IN ({','.join('?' * len(proc_ids))})",
                                  proc_ids, "day, step, id") if proc_ids else [])
    targets = [person_id, *case_ids, *(c.id for c in contacts)]
    annotations = repo.ANNOTATIONS.select(
        conn, f"target_id IN ({','.join('?' * len(targets))})", targets, "created, id")
    notes = repo.WORKING_NOTES.select(
        conn, "person_id = ?" + (f" OR case_id IN ({marks})" if case_ids else ""),
        (person_id, *case_ids), "created, id")
    return PersonHoldings(
        person=person, cases=cases, contacts=contacts, annotations=annotations,
        working_notes=notes,
        appointments=repo.APPOINTMENTS.select(conn, "person_id = ?", (person_id,), "day, start, id"),
        consents=repo.CONSENTS.select(conn, "person_id = ?", (person_id,), "valid_from, id"),
        disclosures=repo.DISCLOSURES.select(conn, "person_id = ?", (person_id,), "day, id"),
        procedures=procedures, steps=steps,
        groups=_groups_listing(conn, person))


def _groups_listing(conn, person: e.Person) -> list[e.GroupActivity]:
    """Groups whose participant name list names the person (pseudonym or full name)."""
    needles = [n for n in (person.pseudonym, person.display_name) if n.strip()]
    if not needles:
        return []
    where = " OR ".join("instr(lower(name_list), lower(?)) > 0" for _ in needles)
    return repo.GROUPS.select(conn, f"name_list != '' AND ({where})", needles, "school_year, title, id")


# -- content-free counts (data-breach assistant) --------------------------------------------
def breach_counts(conn) -> dict[str, int]:
    """How many persons by kind and how many records by category the vault holds. Counts
    only: nothing here identifies anyone."""
    counts: dict[str, int] = {}
    for kind, n in conn.execute("SELECT kind, count(*) FROM person GROUP BY kind ORDER BY kind"):
        counts[f"persons.{kind}"] = n
    for key, sql in (
        ("persons_with_case", "SELECT count(DISTINCT person_id) FROM case_file"),
        ("persons_with_cp", "SELECT count(DISTINCT person_id) FROM cp_procedure"),
        ("cases", "SELECT count(*) FROM case_file"),
        ("contacts", "SELECT count(*) FROM contact"),
        ("working_notes", "SELECT count(*) FROM working_note"),
        ("appointments", "SELECT count(*) FROM appointment"),
        ("consents", "SELECT count(*) FROM consent"),
        ("disclosures", "SELECT count(*) FROM disclosure"),
        ("cp_procedures", "SELECT count(*) FROM cp_procedure"),
        ("groups_with_names", "SELECT count(*) FROM group_activity WHERE name_list != ''"),
        ("partners", "SELECT count(*) FROM partner"),
        ("schools", "SELECT count(*) FROM school"),
    ):
        counts[key] = conn.execute(sql).fetchone()[0]
    return counts
