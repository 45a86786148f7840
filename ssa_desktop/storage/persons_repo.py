"""Queries of the person list, the person page and the quick entry (explicit SQL).

Name columns are only searched when the caller allows it: typing a real name into the
filter must not reveal who exists while names are hidden.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain import clock
from ..domain.entities import Case
from . import repositories as repo
from .connection import Connection
from .retention_repo import NOT_RESTRICTED

KIND_ORDER = ("CASE p.kind WHEN 'pupil' THEN 0 WHEN 'guardian' THEN 1 "
              "WHEN 'teacher' THEN 2 ELSE 3 END")


@dataclass(frozen=True)
class PersonFilter:
    school_id: str | None = None
    grade: int | None = None
    status: str = ""  # "" (alle) | open | active | left
    kind: str | None = None
    text: str = ""
    search_names: bool = False


@dataclass(frozen=True)
class PersonListRow:
    id: str
    pseudonym: str
    name: str
    kind: str
    grade: int | None
    class_label: str
    school_name: str
    open_cases: int
    last_contact: str | None
    left: bool


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _where(f: PersonFilter, today: date) -> tuple[str, list]:
    # Restricted persons (Art. 18 DSGVO) are shown only in Datenschutz.
    where: list[str] = [f"p.id {NOT_RESTRICTED}"]
    params: list[object] = []
    if f.school_id:
        where.append("p.school_id = ?")
        params.append(f.school_id)
    if f.kind:
        where.append("p.kind = ?")
        params.append(f.kind)
    if f.grade is not None:
        where.append("p.grade = ?")
        params.append(f.grade)
    text = f.text.strip()
    if text:
        like = f"%{_escape_like(text)}%"
        parts = ["p.pseudonym LIKE ? ESCAPE '\\'"]
        params.append(like)
        if f.search_names:
            parts += ["p.first_name LIKE ? ESCAPE '\\'", "p.last_name LIKE ? ESCAPE '\\'",
                      "(p.first_name || ' ' || p.last_name) LIKE ? ESCAPE '\\'"]
            params += [like, like, like]
        where.append("(" + " OR ".join(parts) + ")")
    if f.status == "left":
        where.append("p.leaving_date IS NOT NULL AND p.leaving_date <= ?")
        params.append(today.isoformat())
    elif f.status == "active":
        where.append("(p.leaving_date IS NULL OR p.leaving_date > ?)")
        params.append(today.isoformat())
    elif f.status == "open":
        where.append("EXISTS (SELECT 1 FROM case_file c WHERE c.person_id = p.id"
                     " AND c.status != 'closed')")
    return "WHERE " + " AND ".join(where), params


def list_rows(conn: Connection, f: PersonFilter, *, limit: int = 200, offset: int = 0,
              today: date | None = None) -> list[PersonListRow]:
    """One page of the person list, pupils first, then by pseudonym (``limit=-1``: all).
    The one person-list query: the list, choices and benchmarks all read it."""
    today = today or clock.today()
    where, params = _where(f, today)
    # The page is chosen first (sorting only the persons' own columns); the per-person
    # figures (open cases, last contact) are computed for the rows of that page only.
    sql = f"""
        SELECT p.id, p.pseudonym, trim(p.first_name || ' ' || p.last_name), p.kind, p.grade,
               p.class_label, coalesce(s.name, ''),
               (SELECT count(*) FROM case_file c WHERE c.person_id = p.id
                  AND c.status != 'closed'),
               (SELECT max(day) FROM contact k WHERE k.person_id = p.id),
               p.leaving_date IS NOT NULL AND p.leaving_date <= ?
        FROM (SELECT p.id AS page_id FROM person p {where}
              ORDER BY {KIND_ORDER}, p.pseudonym COLLATE NOCASE
              LIMIT ? OFFSET ?) page
        JOIN person p ON p.id = page.page_id
        LEFT JOIN school s ON s.id = p.school_id
        ORDER BY {KIND_ORDER}, p.pseudonym COLLATE NOCASE
    """  # noqa: S608 - fixed fragments only; values are bound
    rows = conn.execute(sql, [today.isoformat(), *params, limit, offset]).fetchall()
    return [PersonListRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]))
            for r in rows]


def count_rows(conn: Connection, f: PersonFilter, today: date | None = None) -> int:
    where, params = _where(f, today or clock.today())
    sql = f"SELECT count(*) FROM person p {where}"  # noqa: S608
    return conn.execute(sql, params).fetchone()[0]


def grades(conn: Connection) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT grade FROM person WHERE grade IS NOT NULL ORDER BY grade")]


def schools(conn: Connection) -> list[tuple[str, str]]:
    return [(s.id, s.name) for s in repo.list_schools(conn)]


school_name = repo.school_name


def pseudonym_taken(conn: Connection, pseudonym: str, except_id: str | None = None) -> bool:
    row = conn.execute("SELECT 1 FROM person WHERE lower(trim(pseudonym)) = lower(trim(?))"
                       " AND id != ?", (pseudonym, except_id or "")).fetchone()
    return row is not None


def cases_for(conn: Connection, person_id: str) -> list[Case]:
    return repo.CASES.select(conn, "person_id = ?", (person_id,), order="opened DESC, rowid DESC")


def open_cases_for(conn: Connection, person_id: str) -> list[Case]:
    return repo.CASES.select(conn, "person_id = ? AND status != 'closed'", (person_id,),
                             order="opened DESC, rowid DESC")


@dataclass(frozen=True)
class PersonChoice:
    """What the quick entry's person field offers: pseudonym, class, school (and name)."""

    id: str
    pseudonym: str
    class_label: str
    school_name: str
    name: str


CHOICES_SQL = """
    SELECT p.id, p.pseudonym,
           CASE WHEN p.class_label != '' THEN p.class_label
                ELSE coalesce(CAST(p.grade AS TEXT), '') END,
           coalesce(s.name, ''), trim(p.first_name || ' ' || p.last_name)
    FROM person p LEFT JOIN school s ON s.id = p.school_id
    WHERE p.id NOT IN (SELECT record_id FROM retention_restriction)
    ORDER BY CASE p.kind WHEN 'pupil' THEN 0 WHEN 'guardian' THEN 1
             WHEN 'teacher' THEN 2 ELSE 3 END, p.pseudonym COLLATE NOCASE
"""


def choices(conn: Connection) -> list[PersonChoice]:
    sql = CHOICES_SQL
    rows = conn.execute(sql).fetchall()
    return [PersonChoice(*r) for r in rows]


def contacts_for(conn: Connection, person_id: str):
    return repo.CONTACTS.select(conn, "person_id = ?", (person_id,),
                                order="day DESC, time DESC, created DESC")


def every_name(conn: Connection) -> list[tuple[str, str, str]]:
    """(pseudonym, first name, last name) of every person of the vault, restricted ones
    included (their names must not be printed either)."""
    return [tuple(r) for r in conn.execute(
        "SELECT coalesce(pseudonym, ''), coalesce(first_name, ''), coalesce(last_name, '')"
        " FROM person").fetchall()]
