"""The queries of a Vertretungspaket: which persons a deputy needs, what of them the
package carries (``copy_deputy_package``), what a package and its return hold, and what
of that the vault still has (the return's merge). The package file itself is
``storage/handover_repo.py``; the use cases are ``services/handover_deputy*.py`` and
``services/handover_return.py``.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from datetime import date
from typing import Any

from ..domain import tables
from . import documents_repo, goals_repo
from . import repositories as repo
from .connection import Connection
from .handover_repo import IN_IDS, _ids, set_meta
from .mapper import Table, to_db


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


def pseudonyms(conn: Connection, person_ids: Iterable[str]) -> list[tuple[str, str]]:
    """(id, pseudonym) of those of ``person_ids`` this vault has."""
    return [(r[0], r[1]) for r in conn.execute(
        f"SELECT id, pseudonym FROM person WHERE id {IN_IDS}",  # noqa: S608
        (_ids(person_ids),))]


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


def _blanks(table: Table) -> dict[str, Any]:
    """Column → the stored value of a column that stays home: its field's default (a
    field without one is a required one and always declared to travel)."""
    blanks: dict[str, Any] = {}
    for f, (name, kind) in zip(dataclasses.fields(table.cls), table.fields, strict=True):
        blanks[name] = "" if f.default is dataclasses.MISSING else to_db(kind, f.default)
    return blanks


def _owner(row) -> str:
    """The person a copied row belongs to (a person row is its own)."""
    return str(getattr(row, "person_id", None) or getattr(row, "id", ""))


def _copy_allowed(src, dst, table: Table, where: str, params: tuple, change=None,
                  extras: dict[str, set[str]] | None = None) -> list:
    """Copy the rows of ``table`` matching ``where`` into a Vertretungspaket with only the
    columns its declaration lets travel (``Declared.deputy``, and ``deputy_ticked`` for
    the persons ``extras`` ticks that extra for); every other column gets its blank.
    Returns the rows as selected (after ``change``)."""
    declared = tables.TABLES[table.name]
    allowed, ticked = set(declared.deputy), dict(declared.deputy_ticked)
    blanks = _blanks(table)
    rows = table.select(src, where, params)
    if change is not None:
        rows = [change(r) for r in rows]

    def stored(row) -> list:
        mine = (extras or {}).get(_owner(row), set())
        return [to_db(kind, getattr(row, name))
                if name in allowed or ticked.get(name) in mine else blanks[name]
                for name, kind in table.fields]

    dst.executemany(table.sql_insert, [stored(r) for r in rows])
    return rows


def copy_deputy_package(src, dst, person_ids: list[str], first: date, last: date,
                        fresh_token, extras: dict[str, set[str]] | None = None
                        ) -> dict[str, int]:
    """Copy what a deputy needs to act for ``person_ids`` and nothing else
    (docs/handover.md, table "What goes along"): of each person, her open cases, her
    planned appointments in the period, her open § 8a procedures with their latest step
    and the step with the latest deadline, her deputy consents as proof, and the schools
    they refer to – each row with only the columns its table declaration lets travel to
    a deputy (``domain/tables.py``, ``deputy``: an allowlist, so a field added later
    stays home until declared). The free texts of ``deputy_ticked`` (person note, case
    notes and goals, appointment notes) go along only for the persons ``extras`` ticks
    them for. Which appointment notes were held back is recorded in the package's meta
    (``withheld``), so that a return is not mistaken for a deletion of them."""
    ids = _ids(person_ids)
    extras = extras or {}

    def copy(table: Table, where: str, params: tuple, change=None) -> list:
        return _copy_allowed(src, dst, table, where, params, change, extras)

    def person(p):
        p.stat_token = fresh_token()
        return p

    persons = copy(repo.PERSONS, f"id {IN_IDS}", (ids,), person)
    cases = copy(repo.CASES, f"person_id {IN_IDS} AND status = 'open'", (ids,))
    case_ids = {c.id for c in cases}
    appointments = copy(repo.APPOINTMENTS,
                        f"person_id {IN_IDS} AND status = 'planned' AND day BETWEEN ? AND ?",
                        (ids, first.isoformat(), last.isoformat()))
    withheld = sorted(a.id for a in appointments
                      if a.note and "appointment_notes" not in extras.get(a.person_id or "", ()))

    def procedure(x):
        if x.case_id not in case_ids:
            x.case_id = None
        return x

    procedures = copy(repo.CP_PROCEDURES, f"person_id {IN_IDS} AND status = 'open'", (ids,),
                      procedure)
    steps = copy(repo.CP_STEPS, f"id {IN_IDS}",
                 (_ids(deputy_step_ids(src, [x.id for x in procedures])),))
    consents = copy(repo.CONSENTS, f"person_id {IN_IDS} AND deputy = 1", (ids,))
    # the goals with a scale of the open cases and their ratings, for the deputy to rate
    # free texts, so only for the persons "Ziele der Fälle" is ticked for
    rated = [c.id for c in cases if "case_goals" in extras.get(c.person_id, ())]
    goals = copy(goals_repo.CASE_GOALS, f"case_id {IN_IDS}", (_ids(rated),))
    ratings = copy(goals_repo.GOAL_RATINGS, f"goal_id {IN_IDS}",
                   (_ids(x.id for x in goals),))
    school_ids = {p.school_id for p in persons} | {c.school_id for c in cases} | {
        a.school_id for a in appointments}
    schools = copy(repo.SCHOOLS, f"id {IN_IDS}", (_ids(s for s in school_ids if s),))
    set_meta(dst, "withheld", json.dumps({"appointment": {"note": withheld}}))
    return {name: len(rows) for name, rows in (
        ("Schulen", schools), ("Personen", persons), ("offene Fälle", cases),
        ("Termine", appointments), ("§ 8a-Verfahren", procedures), ("§ 8a-Fristen", steps),
        ("Einwilligungen", consents), ("Ziele mit Skala", goals),
        ("Einschätzungen der Ziele", ratings))}


def copy_document_row(src, dst, doc_id: str) -> None:
    """One ticked document's row into a Vertretungspaket, with only the columns the
    declaration lets travel (``tables.py``: no vault key, no file name, no link to a case,
    consent or procedure); its bytes go separately (``services/package_documents``)."""
    _copy_allowed(src, dst, documents_repo.DOCUMENTS, "id = ?", (doc_id,))


def deputy_step_ids(conn: Connection, procedure_ids: list[str]) -> set[str]:
    """Per procedure its latest step (the next one follows from it) and the latest step
    that set a deadline – the same two the § 8a overview reads (child_protection_repo)."""
    order = "ORDER BY s.day DESC, CAST(s.step AS INTEGER) DESC, s.rowid DESC LIMIT 1"
    rows = conn.execute(
        f"SELECT (SELECT s.id FROM cp_step s WHERE s.procedure_id = p.value {order}),"  # noqa: S608
        f" (SELECT s.id FROM cp_step s WHERE s.procedure_id = p.value AND s.due IS NOT NULL"
        f"  {order}) FROM json_each(?) p", (_ids(procedure_ids),)).fetchall()
    return {i for row in rows for i in row if i}


def copy_rows(src, dst, table: Table, ids: list[str]) -> int:
    return len(_copy(src, dst, table, f"id {IN_IDS}", (_ids(ids),)))


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
            for name in ("person", "case_file", "appointment", "cp_procedure", "case_goal")}


def filled_tables(conn: Connection) -> dict[str, int]:
    """Rows per table of a package file (its own tables; meta and the search index's
    shadow tables left out)."""
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'fts_%' AND name NOT IN ('meta', 'migration_ledger') ORDER BY name")]
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
    """id → person id of those rows of ``table`` (contact, appointment, goal rating: the
    person of its goal's case) this vault has."""
    if table.name == "goal_rating":
        return dict(conn.execute(
            "SELECT r.id, c.person_id FROM goal_rating r JOIN case_goal g ON g.id = r.goal_id"  # noqa: S608
            f" JOIN case_file c ON c.id = g.case_id WHERE r.id {IN_IDS}",
            (_ids(ids),)).fetchall())
    return dict(conn.execute(
        f"SELECT id, person_id FROM {table.name} WHERE id {IN_IDS}",  # noqa: S608
        (_ids(ids),)).fetchall())


def goal_persons(conn: Connection, goal_ids: Iterable[str]) -> dict[str, str]:
    """goal id → the person of its case, for the goals of ``goal_ids`` this vault has."""
    return dict(conn.execute(
        "SELECT g.id, c.person_id FROM case_goal g JOIN case_file c ON c.id = g.case_id"  # noqa: S608
        f" WHERE g.id {IN_IDS}", (_ids(goal_ids),)).fetchall())


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


def contacts_on_days(conn: Connection, person_ids: Iterable[str], first: str, last: str) -> list:
    """The contacts this vault holds of these persons between two days (ISO, inclusive):
    what a return's contacts are added to (24 hours a day, no copies)."""
    return repo.CONTACTS.select(conn, f"person_id {IN_IDS} AND day BETWEEN ? AND ?",
                                (_ids(person_ids), first, last))
