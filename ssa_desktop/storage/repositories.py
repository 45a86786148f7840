"""Repositories: one Table per entity, and the hand-written queries the services need."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..domain import entities as e
from . import timeshare_repo
from .mapper import Table

SCHOOLS = Table("school", e.School)
SCHOOL_PUPILS = Table("school_pupils", e.SchoolPupils, key=("school_id", "school_year"))
POSTS = Table("post", e.Post)
POST_SHARES = Table("post_share", e.PostShare, key=("post_id", "school_id", "school_year"))
PERSONS = Table("person", e.Person)
CASES = Table("case_file", e.Case)
CONTACTS = Table("contact", e.Contact)
ANNOTATIONS = Table("annotation", e.Annotation)
WORKING_NOTES = Table("working_note", e.WorkingNote)
SHORT_CONTACTS = Table("short_contact", e.ShortContact)
AGREEMENTS = Table("cooperation_agreement", e.CooperationAgreement)
AGREEMENT_GOALS = Table("agreement_goal", e.AgreementGoal)
GROUPS = Table("group_activity", e.GroupActivity)
GROUP_SESSIONS = Table("group_session", e.GroupSession)
OPEN_OFFERS = Table("open_offer_session", e.OpenOfferSession)
PARTNERS = Table("partner", e.Partner)
NETWORK_ACTIVITIES = Table("network_activity", e.NetworkActivity)
TIME_ENTRIES = Table("time_entry", e.TimeEntry)
APPOINTMENTS = Table("appointment", e.Appointment)
CONSENTS = Table("consent", e.Consent)
DISCLOSURES = Table("disclosure", e.Disclosure)
CP_PROCEDURES = Table("cp_procedure", e.ChildProtectionProcedure)
CP_STEPS = Table("cp_step", e.ChildProtectionStep)
STATISTICS = Table("statistics_record", e.StatisticsRecord)
DRAFTS = Table("draft", e.Draft)

# Every table in dependency order (parents first): used by interchange, counts and demo.
ALL_TABLES: list[Table] = [
    SCHOOLS, SCHOOL_PUPILS, POSTS, POST_SHARES, PERSONS, CASES, CONTACTS, ANNOTATIONS,
    WORKING_NOTES, SHORT_CONTACTS, AGREEMENTS, AGREEMENT_GOALS, GROUPS, GROUP_SESSIONS,
    OPEN_OFFERS, PARTNERS, NETWORK_ACTIVITIES, TIME_ENTRIES, APPOINTMENTS, CONSENTS,
    DISCLOSURES, CP_PROCEDURES, CP_STEPS, STATISTICS, DRAFTS,
]
ALL_TABLES += timeshare_repo.TABLES  # absences, school holidays, targets, stopwatch sessions


# -- settings and meta -------------------------------------------------------------------
def get_meta(conn, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def get_setting(conn, key: str, default: str = "") -> str:
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_setting(conn, key: str, value: str) -> None:
    conn.execute("INSERT INTO setting(key, value) VALUES (?, ?) "
                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value", (key, value))


def delete_setting(conn, key: str) -> None:
    conn.execute("DELETE FROM setting WHERE key = ?", (key,))


def all_settings(conn) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM setting ORDER BY key").fetchall())


# -- persons -----------------------------------------------------------------------------
@dataclass(frozen=True)
class PersonRow:
    """A line of the person list: what the list shows, nothing more."""

    id: str
    pseudonym: str
    name: str
    kind: str
    grade: int | None
    class_label: str
    school_id: str | None
    open_cases: int
    last_contact: str | None
    left: bool


def person_rows(conn, *, school_id: str | None = None, kind: str | None = None,
                grade: int | None = None, status: str | None = None, text: str = "",
                today: date | None = None) -> list[PersonRow]:
    """Persons for the list, pupils first. ``status``: 'open' (has an open case),
    'active' (not left), 'left'."""
    today = today or date.today()
    where, params = [], []
    if school_id:
        where.append("p.school_id = ?")
        params.append(school_id)
    if kind:
        where.append("p.kind = ?")
        params.append(kind)
    if grade is not None:
        where.append("p.grade = ?")
        params.append(grade)
    if text:
        where.append("(p.pseudonym LIKE ? OR p.first_name LIKE ? OR p.last_name LIKE ?"
                     " OR (p.first_name || ' ' || p.last_name) LIKE ?)")
        like = f"%{text}%"
        params += [like, like, like, like]
    if status == "left":
        where.append("p.leaving_date IS NOT NULL AND p.leaving_date <= ?")
        params.append(today.isoformat())
    elif status == "active":
        where.append("(p.leaving_date IS NULL OR p.leaving_date > ?)")
        params.append(today.isoformat())
    having = "HAVING open_cases > 0" if status == "open" else ""
    sql = f"""
        SELECT p.id, p.pseudonym, trim(p.first_name || ' ' || p.last_name), p.kind, p.grade,
               p.class_label, p.school_id,
               (SELECT count(*) FROM case_file c WHERE c.person_id = p.id AND c.status != 'closed')
                   AS open_cases,
               (SELECT max(day) FROM contact k WHERE k.person_id = p.id) AS last_contact,
               p.leaving_date IS NOT NULL AND p.leaving_date <= ? AS left_school
        FROM person p
        {"WHERE " + " AND ".join(where) if where else ""}
        GROUP BY p.id {having}
        ORDER BY CASE p.kind WHEN 'pupil' THEN 0 WHEN 'guardian' THEN 1 WHEN 'teacher' THEN 2
                 ELSE 3 END, p.pseudonym COLLATE NOCASE
    """  # noqa: S608 - only fixed fragments are interpolated; values are bound
    rows = conn.execute(sql, [today.isoformat(), *params]).fetchall()
    return [PersonRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9]))
            for r in rows]


def contacts_for_person(conn, person_id: str) -> list[e.Contact]:
    return CONTACTS.select(conn, "person_id = ?", (person_id,), order="day DESC, time DESC")


def cases_for_person(conn, person_id: str) -> list[e.Case]:
    return CASES.select(conn, "person_id = ?", (person_id,), order="opened DESC")


def last_contact(conn) -> e.Contact | None:
    rows = CONTACTS.select(conn, order="created DESC, rowid DESC LIMIT 1")
    return rows[0] if rows else None


# -- search ------------------------------------------------------------------------------
@dataclass(frozen=True)
class SearchHit:
    kind: str  # person | contact | group | partner
    id: str
    title: str
    snippet: str  # with [[ and ]] around matches
    person_id: str | None = None


def fts_query(text: str) -> str:
    """Turn what the user typed into a safe FTS5 query: every word as a prefix term."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join(f'"{w}"*' for w in words)


def search(conn, text: str, limit: int = 20) -> list[SearchHit]:
    query = fts_query(text)
    if not query:
        return []
    hits: list[SearchHit] = []
    for row in conn.execute(
            "SELECT p.id, p.pseudonym, highlight(fts_person, 1, '[[', ']]') || ' ' ||"
            " highlight(fts_person, 2, '[[', ']]'), highlight(fts_person, 0, '[[', ']]')"
            " FROM fts_person JOIN person p ON p.rowid = fts_person.rowid"
            " WHERE fts_person MATCH ? ORDER BY rank LIMIT ?", (query, limit)):
        hits.append(SearchHit("person", row[0], row[1], (row[3] + " " + row[2]).strip(), row[0]))
    for row in conn.execute(
            "SELECT c.id, c.day, snippet(fts_contact, -1, '[[', ']]', ' … ', 16), c.person_id,"
            " coalesce(p.pseudonym, '')"
            " FROM fts_contact JOIN contact c ON c.rowid = fts_contact.rowid"
            " LEFT JOIN person p ON p.id = c.person_id"
            " WHERE fts_contact MATCH ? ORDER BY rank LIMIT ?", (query, limit)):
        hits.append(SearchHit("contact", row[0], f"{row[4]} · {row[1]}", row[2], row[3]))
    for row in conn.execute(
            "SELECT g.id, g.title, snippet(fts_group, -1, '[[', ']]', ' … ', 12)"
            " FROM fts_group JOIN group_activity g ON g.rowid = fts_group.rowid"
            " WHERE fts_group MATCH ? ORDER BY rank LIMIT ?", (query, limit)):
        hits.append(SearchHit("group", row[0], row[1], row[2]))
    for row in conn.execute(
            "SELECT x.id, x.name, snippet(fts_partner, -1, '[[', ']]', ' … ', 12)"
            " FROM fts_partner JOIN partner x ON x.rowid = fts_partner.rowid"
            " WHERE fts_partner MATCH ? ORDER BY rank LIMIT ?", (query, limit)):
        hits.append(SearchHit("partner", row[0], row[1], row[2]))
    return hits


def table_counts(conn) -> dict[str, int]:
    return {t.name: t.count(conn) for t in ALL_TABLES}
