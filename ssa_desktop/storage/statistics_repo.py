"""The anonymous statistics layer: the v2 backfill, corrections that follow their source,
the reads of the KVJS engine, and the snapshots of delivered years (explicit SQL).

The engine reads only ``statistics_record``, ``time_entry`` and the master data of
schools and posts (pupil counts, post shares), never cases, persons or groups, so a
counted year does not change when those are deleted (docs/statistics.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from ..domain import kvjs, strict_json, tokens
from ..domain.activities import group_fields
from ..domain.entities import GroupActivity, KvjsDelivery, Person, StatisticsRecord, TimeEntry
from ..domain.schoolyear import SchoolYear
from . import repositories as repo
from . import time_totals_repo
from .connection import Connection


# -- migration "statistics_v2" ---------------------------------------------------------------
def backfill_v2(conn: Connection) -> int:
    """Complete every record migrated from v1 from its source; run once by
    ``migrations.upgrade`` right after the statistics_v2 migration, in its transaction.

    Tokens: the old record kept the person's ``stat_token`` itself, so the per-year token
    is derived from it even when the person is deleted (old and new records of the same
    person and year agree); a record written without one takes its person's, while the
    person exists. Gender, grade and person kind are filled from the person only where
    the old record had none (what was counted at the time stays). Returns the number of
    records touched."""
    rows = conn.execute(
        "SELECT r.id, r.record_type, r.school_year, r.legacy_token, r.source_id,"
        " r.gender, r.grade, r.person_kind,"
        " coalesce(c.case_id, p.case_id), coalesce(pc.stat_token, pp.stat_token),"
        " coalesce(pc.gender, pp.gender), coalesce(pc.grade, pp.grade),"
        " coalesce(pc.kind, pp.kind), g.id, g.school_year"
        " FROM statistics_record r"
        " LEFT JOIN contact c ON r.record_type = 'contact' AND c.id = r.source_id"
        " LEFT JOIN person pc ON pc.id = c.person_id"
        " LEFT JOIN cp_procedure p ON r.record_type = 'cp_8a' AND p.id = r.source_id"
        " LEFT JOIN person pp ON pp.id = p.person_id"
        " LEFT JOIN group_session s ON r.record_type = 'group_session' AND s.id = r.source_id"
        " LEFT JOIN group_activity g ON g.id = s.group_id").fetchall()
    updates = []
    for (rid, rtype, year, legacy, source_id, gender, grade, person_kind, case_id, secret,
         p_gender, p_grade, p_kind, group_id, group_year) in rows:
        secret = legacy or secret or ""
        if p_kind is not None:
            gender = p_gender if gender == "u" else gender
            grade = p_grade if grade is None else grade
            person_kind = person_kind or p_kind
        case = ""
        if rtype == "contact":
            case = tokens.case_token(secret, case_id, year)
        elif rtype == "cp_8a":
            case = tokens.case_token(secret, case_id or source_id, year)
        group = ""
        if rtype == "group_session":
            # a session whose group no longer exists counts as an activity of its own
            group = (tokens.group_token(group_id, group_year) if group_id
                     else tokens.group_token(source_id, year))
        updates.append((tokens.person_token(secret, year), case, group, gender, grade,
                        person_kind, rid))
    conn.executemany("UPDATE statistics_record SET person_token = ?, case_token = ?,"
                     " group_token = ?, gender = ?, grade = ?, person_kind = ? WHERE id = ?",
                     updates)
    conn.execute("ALTER TABLE statistics_record DROP COLUMN legacy_token")
    return len(updates)


# -- corrections that follow their source -------------------------------------------------
def correct_person(conn: Connection, person: Person, school_year: int) -> None:
    """A corrected gender or grade applies to the person's records of ``school_year``
    (the current one); delivered earlier years keep what was counted."""
    token = tokens.person_token(person.stat_token, school_year)
    if token:
        conn.execute("UPDATE statistics_record SET gender = ?, grade = ?"
                     " WHERE person_token = ? AND school_year = ?",
                     (person.gender, person.grade, token, school_year))


def correct_group(conn: Connection, group: GroupActivity) -> None:
    """Keep the records of a group's sessions in line with the group (kind, school,
    participants) after a correction."""
    fields = group_fields(group)
    sets = ", ".join(f"{name} = ?" for name in fields)
    conn.execute(f"UPDATE statistics_record SET {sets}, school_id = ?"  # noqa: S608 - fixed names
                 " WHERE record_type = 'group_session' AND source_id IN"
                 " (SELECT id FROM group_session WHERE group_id = ?)",
                 [*(" ".join(v) if isinstance(v, tuple) else v for v in fields.values()),
                  group.school_id, group.id])


def set_youth_office(conn: Connection, procedure_id: str, involved: bool) -> None:
    conn.execute("UPDATE statistics_record SET youth_office = ?"
                 " WHERE record_type = 'cp_8a' AND source_id = ?", (int(involved), procedure_id))


def set_cp_outcome(conn: Connection, procedure_id: str, outcome: str) -> None:
    conn.execute("UPDATE statistics_record SET cp_outcome = ?"
                 " WHERE record_type = 'cp_8a' AND source_id = ?", (outcome, procedure_id))


def replace_for_source(conn: Connection, record_type: str, source_id: str,
                       record: StatisticsRecord | None) -> None:
    """The one record of a source (a case's closing), replaced; None removes it."""
    delete_for_source(conn, record_type, source_id)
    if record is not None:
        repo.STATISTICS.insert(conn, record)


def for_source(conn: Connection, record_type: str, source_id: str) -> list[StatisticsRecord]:
    """The record(s) an activity produced (a correction recomputes them in place)."""
    return repo.STATISTICS.select(conn, "record_type = ? AND source_id = ?",
                                  (record_type, source_id))


def delete_for_source(conn: Connection, record_type: str, source_id: str) -> None:
    """An activity removed because it was entered by mistake takes its record along."""
    conn.execute("DELETE FROM statistics_record WHERE record_type = ? AND source_id = ?",
                 (record_type, source_id))


def delete_short_contact_records(conn: Connection, sc_id: str) -> None:
    """A Kurzkontakt entered by mistake: it, its statistics record and its time entry."""
    delete_for_source(conn, "short_contact", sc_id)
    conn.execute("DELETE FROM time_entry WHERE source_kind = 'short_contact' AND source_id = ?",
                 (sc_id,))
    conn.execute("DELETE FROM short_contact WHERE id = ?", (sc_id,))


# -- reads of the engine ------------------------------------------------------------------
def iter_records(conn: Connection, school_year: int, school_ids: list[str],
                 without_school: bool = False) -> Iterator[StatisticsRecord]:
    """Records of the schools (and of no school with ``without_school``) in the year, one
    at a time and in no particular order: a reader that counts holds one record, not a
    year's, and SQLite no sorter of the year's rows (0.45 MB for a school on ten years);
    the KVJS count and the plausibility counts do not depend on the order."""
    marks = ", ".join("?" for _ in school_ids) or "NULL"
    return repo.STATISTICS.iterate(
        conn, f"school_year = ? AND (school_id IN ({marks})"  # noqa: S608 - marks only
        " OR (? AND school_id IS NULL))",
        [school_year, *school_ids, int(without_school)])


def iter_time_entries(conn: Connection, school_year: int, school_ids: list[str],
                      without_school: bool = False) -> Iterator[TimeEntry]:
    """Time entries of the schools (and of no school with ``without_school``: the post's
    own work) in the school year, one at a time in no particular order, followed by the
    kept totals of months R8 deleted."""
    year = SchoolYear(school_year)
    marks = ", ".join("?" for _ in school_ids) or "NULL"
    yield from repo.TIME_ENTRIES.iterate(
        conn, f"day >= ? AND day <= ? AND (school_id IN ({marks})"  # noqa: S608 - marks only
        " OR (? AND school_id IS NULL))",
        [year.start.isoformat(), year.end.isoformat(), *school_ids, int(without_school)])
    yield from time_totals_repo.as_entries(conn, year.start, year.end, school_ids,
                                           without_school)


def time_minutes(conn: Connection, school_year: int, school_ids: list[str],
                 without_school: bool = False) -> int:
    """The minutes of ``iter_time_entries`` summed by the database (live entries and the kept
    totals of deleted months): a count that needs only the sum reads no row into Python."""
    year = SchoolYear(school_year)
    marks = ", ".join("?" for _ in school_ids) or "NULL"
    where = f"(school_id IN ({marks}) OR (? AND school_id IS NULL))"   # marks only
    args = [*school_ids, int(without_school)]
    row = conn.execute(
        "SELECT (SELECT coalesce(sum(minutes), 0) FROM time_entry"  # noqa: S608 - marks only
        " WHERE day >= ? AND day <= ? AND " + where + "),"
        " (SELECT coalesce(sum(minutes), 0) FROM time_month_total"
        " WHERE month || '-01' BETWEEN ? AND ? AND " + where + ")",
        [year.start.isoformat(), year.end.isoformat(), *args,
         year.start.isoformat(), year.end.isoformat(), *args]).fetchone()
    return int(row[0]) + int(row[1])


@dataclass(frozen=True)
class MasterData:
    """Schools, posts, pupil counts and post shares of one school year."""

    schools: dict[str, tuple[str, str]]          # id -> (name, code)
    posts: dict[str, tuple[str, float]]          # id -> (label, full-time hours)
    pupils: dict[str, int]                       # school id -> pupils
    shares: list[tuple[str, str, float]]         # (post id, school id, percent)
    school_types: dict[str, str] = field(default_factory=dict)  # school id -> Schulart code
    school_numbers: dict[str, str] = field(default_factory=dict)  # id -> Schulnummer or ""


def master_data(conn: Connection, school_year: int) -> MasterData:
    schools = {r[0]: (r[1], r[2]) for r in conn.execute(
        "SELECT id, name, code FROM school ORDER BY name COLLATE NOCASE, id")}
    posts = {r[0]: (r[1], float(r[2])) for r in conn.execute(
        "SELECT id, label, full_time_hours FROM post ORDER BY label COLLATE NOCASE, id")}
    pupils = dict(conn.execute("SELECT school_id, pupils FROM school_pupils WHERE school_year = ?",
                               (school_year,)).fetchall())
    shares = [(r[0], r[1], float(r[2])) for r in conn.execute(
        "SELECT post_id, school_id, percent FROM post_share WHERE school_year = ?"
        " ORDER BY post_id, school_id", (school_year,))]
    types, numbers = {}, {}
    for school_id, school_type, number in conn.execute(
            "SELECT id, school_type, school_number FROM school"):
        types[school_id], numbers[school_id] = school_type, number
    return MasterData(schools, posts, pupils, shares, types, numbers)


def record_years(conn: Connection) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT DISTINCT school_year FROM statistics_record ORDER BY school_year DESC")]


def draft_count(conn: Connection) -> int:
    return conn.execute("SELECT count(*) FROM draft").fetchone()[0]


# -- delivered years ----------------------------------------------------------------------
@dataclass(frozen=True)
class Delivery:
    school_year: int
    scope: str
    template_id: str
    template_version: str
    delivered_on: date
    aggregates: dict


def save_delivery(conn: Connection, d: Delivery) -> None:
    row = KvjsDelivery(d.school_year, d.scope, d.template_id, d.template_version,
                       d.delivered_on, json.dumps(d.aggregates, sort_keys=True))
    if repo.KVJS_DELIVERIES.get(conn, d.school_year, d.scope):
        repo.KVJS_DELIVERIES.update(conn, row)
    else:
        repo.KVJS_DELIVERIES.insert(conn, row)


def get_delivery(conn: Connection, school_year: int, scope: str) -> Delivery | None:
    row = repo.KVJS_DELIVERIES.get(conn, school_year, scope)
    if row is None:
        return None
    try:
        stored = strict_json.loads(row.aggregates)
    except ValueError:
        stored = {}
    return Delivery(row.school_year, row.scope, row.template_id, row.template_version,
                    row.delivered_on, kvjs.clean(stored))


def delivered_years(conn: Connection) -> set[int]:
    return {r[0] for r in conn.execute("SELECT DISTINCT school_year FROM kvjs_delivery")}


# -- the revision of a KVJS export (docs/statistics.md, "Revision") ------------------------
REVISION_KEY = "kvjs_revision.{0}.{1}"   # meta: school year, scope key -> exports so far


def next_revision(conn: Connection, school_year: int, scope: str) -> int:
    """Count one more export of ``scope`` for ``school_year`` and return its number (1 for
    the first: a vault from before the counter starts there)."""
    key = REVISION_KEY.format(school_year, scope)
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    number = int(row[0]) + 1 if row and str(row[0]).isdigit() else 1
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) "
                 "DO UPDATE SET value = excluded.value", (key, str(number)))
    return number
