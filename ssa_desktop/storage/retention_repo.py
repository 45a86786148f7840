"""SQL of the retention engine and the deletion service (docs/retention.md).

Reads the facts the engine needs (dates and flags, never names or text), counts what a
deletion takes, deletes records with everything that belongs to them, and keeps the
holds, restrictions, decisions, the deletion log and the tombstones.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..domain import retention as rt
from ..domain import tokens
from ..domain.entities import new_id
from . import time_totals_repo, timeshare_repo
from .connection import PAGE_SIZE, SOFT_HEAP_LIMIT, Connection

# Appended to a person id column: the person is not restricted.
NOT_RESTRICTED = "NOT IN (SELECT record_id FROM retention_restriction)"

@lru_cache(maxsize=4096)
def _day(text: str) -> date:
    return date.fromisoformat(text)


def _d(text: str | None) -> date | None:
    """The day of an ISO text; equal days are one object (bounded cache): the facts of ten
    years hold 10,000 days of a few hundred values."""
    return _day(text[:10]) if text else None


def _day_of(text: str) -> date:
    """The day of a NOT NULL (or filtered non-empty) ISO column."""
    return _day(text[:10])


# -- facts ------------------------------------------------------------------------------
def facts(conn: Connection) -> rt.VaultFacts:
    """The engine's facts: every record kind's facts query (``KIND_STORES``) into the
    list its declaration names, with holds, restrictions, decisions and marks."""
    lists: dict[str, list] = {}
    try:
        for name, kind in rt.KINDS.items():
            query = KIND_STORES[name].facts
            if query is not None:
                lists.setdefault(kind.source, []).extend(query(conn))
    finally:
        _day.cache_clear()   # the facts keep their days; the cache is for one read
    return rt.VaultFacts(**lists, holds=holds(conn), restrictions=restrictions(conn),
                         decisions=latest_decisions(conn), marks_9b=marked(conn, rt.MARK_9B))


def person_facts(conn: Connection) -> list[rt.PersonFacts]:
    closures: dict[str, list[date | None]] = {}
    for person_id, closed, status in conn.execute(
            "SELECT person_id, closed, status FROM case_file"):
        # a closed case without its date counts as open: nothing goes before it is known
        closures.setdefault(person_id, []).append(
            _d(closed) if status == "closed" else None)
    # a parent or third party in a contact of someone else's case: their counselling
    # ends with that case (R9: with the case or after its closure)
    in_cases: dict[str, list[date | None]] = {}
    for person_id, closed, status in conn.execute(
            "SELECT DISTINCT k.person_id, f.closed, f.status FROM contact k"
            " JOIN case_file f ON f.id = k.case_id WHERE f.person_id != k.person_id"):
        in_cases.setdefault(person_id, []).append(_d(closed) if status == "closed" else None)
    last_contact = dict(conn.execute(
        "SELECT person_id, max(day) FROM contact WHERE person_id IS NOT NULL GROUP BY person_id"))
    last_appointment = dict(conn.execute(
        "SELECT person_id, max(day) FROM appointment WHERE person_id IS NOT NULL"
        " AND status != 'cancelled' GROUP BY person_id"))
    cp: dict[str, tuple[bool, bool]] = {}
    for person_id, with_office, status in conn.execute(
            "SELECT person_id, youth_office_involved, status FROM cp_procedure"):
        was = cp.get(person_id, (False, False))
        cp[person_id] = (was[0] or bool(with_office), was[1] or status != "closed")
    persons = []
    for (pid, kind, created, leaving, change, birth_year, guardian) in conn.execute(
            "SELECT id, kind, created, leaving_date, school_change_date, birth_year,"
            " guardian_contact != '' FROM person"):
        youth_office, open_cp = cp.get(pid, (False, False))
        cases = closures.get(pid, []) + ([] if kind == "pupil" else in_cases.get(pid, []))
        persons.append(rt.PersonFacts(
            pid, kind, _d(created) or date.min, _d(leaving), _d(change), birth_year,
            tuple(cases), _d(last_contact.get(pid)), youth_office, open_cp,
            bool(guardian), _d(last_appointment.get(pid))))
    return persons


def note_facts(conn: Connection) -> list[rt.NoteFacts]:
    return [rt.NoteFacts(i, _d(c) or date.min, _d(x) or date.min, p) for i, c, x, p in
            conn.execute("SELECT id, created, expires, person_id FROM working_note")]


def group_facts(conn: Connection) -> list[rt.GroupFacts]:
    return [rt.GroupFacts(i, y, bool(r), bool(n)) for i, y, r, n in conn.execute(
        "SELECT id, school_year, reported, name_list != '' FROM group_activity")]


def time_month_facts(conn: Connection) -> list[rt.TimeMonthFacts]:
    return [rt.TimeMonthFacts(date.fromisoformat(m + "-01"), n) for m, n in conn.execute(
        "SELECT m, count(*) FROM (SELECT substr(day, 1, 7) AS m FROM time_entry"
        " UNION ALL SELECT substr(last_day, 1, 7) FROM absence) GROUP BY 1")]


def disclosure_facts(conn: Connection) -> list[rt.DisclosureFacts]:
    return [rt.DisclosureFacts(i, _day_of(d)) for i, d in conn.execute(
        "SELECT id, person_deleted FROM disclosure WHERE person_id IS NULL"
        " AND person_deleted IS NOT NULL")]


# -- R13: free texts outside persons' files ---------------------------------------
# Tables whose "note" column R13 empties after the school year of their day.
ACTIVITY_NOTE_TABLES = {"network_activity": "day", "open_offer_session": "day",
                        "group_session": "day", "absence": "last_day"}
REPORT_KEY_MARK = "/"


def _year_end(day: date | None) -> date | None:
    from ..domain.schoolyear import SchoolYear

    return _day(SchoolYear.of(day).end.isoformat()) if day else None


# The facts queries of R13's kinds: every non-empty free text, with the day its period
# starts from.
def activity_note_facts(conn: Connection) -> list[rt.FreeTextFacts]:
    out = []
    for table, day_column in ACTIVITY_NOTE_TABLES.items():
        for record_id, day in conn.execute(
                f'SELECT id, "{day_column}" FROM "{table}" WHERE note != \'\''):  # noqa: S608
            end = _year_end(_d(day))
            if end:
                out.append(rt.FreeTextFacts("activity_note", record_id, end))
    return out


def partner_contact_facts(conn: Connection) -> list[rt.FreeTextFacts]:
    return [rt.FreeTextFacts("partner_contact", record_id, _day_of(last)) for record_id, last in
            conn.execute(
                "SELECT p.id, max(n.day) FROM partner p JOIN network_activity n"
                " ON n.partner_id = p.id WHERE p.contact_person != '' OR p.phone != ''"
                " OR p.email != '' OR p.note != '' GROUP BY p.id")]


def report_text_facts(conn: Connection) -> list[rt.FreeTextFacts]:
    return [rt.FreeTextFacts("report_text", report_text_id(school_id, year, section),
                             rt.school_year_end(year)) for school_id, year, section in
            conn.execute("SELECT school_id, school_year, section FROM annual_report_text"
                         " WHERE text != ''")]


def agreement_notes_facts(conn: Connection) -> list[rt.FreeTextFacts]:
    return [rt.FreeTextFacts("agreement_notes", record_id, _day_of(valid_to))
            for record_id, valid_to in conn.execute(
                "SELECT id, valid_to FROM cooperation_agreement WHERE notes != ''"
                " AND valid_to IS NOT NULL AND valid_to != ''")]


def report_text_id(school_id: str, year: int, section: str) -> str:
    return REPORT_KEY_MARK.join((school_id, str(year), section))


def clear_activity_note(conn: Connection, record_id: str) -> int:
    return sum(max(conn.execute(f'UPDATE "{t}" SET note = \'\' WHERE id = ? AND note != \'\'',  # noqa: S608
                                (record_id,)).rowcount, 0) for t in ACTIVITY_NOTE_TABLES)


def clear_partner_contact(conn: Connection, partner_id: str) -> int:
    return conn.execute("UPDATE partner SET contact_person = '', phone = '', email = '', note = ''"
                        " WHERE id = ?", (partner_id,)).rowcount


def clear_agreement_notes(conn: Connection, agreement_id: str) -> int:
    return conn.execute("UPDATE cooperation_agreement SET notes = '' WHERE id = ?",
                        (agreement_id,)).rowcount


def delete_report_text(conn: Connection, record_id: str) -> int:
    school_id, year, section = record_id.split(REPORT_KEY_MARK, 2)
    return conn.execute("DELETE FROM annual_report_text WHERE school_id = ? AND school_year = ?"
                        " AND section = ?", (school_id, int(year), section)).rowcount


# -- holds, restrictions, decisions, marks ---------------------------------------------------
def holds(conn: Connection) -> list[rt.Hold]:
    return [rt.Hold(i, r, reason, _day_of(s), _day_of(v), k) for i, k, r, reason, s, v in conn.execute(
        "SELECT id, record_kind, record_id, reason, since, review FROM retention_hold"
        " WHERE lifted IS NULL ORDER BY since, id")]


def insert_hold(conn: Connection, hold: rt.Hold) -> None:
    conn.execute("INSERT INTO retention_hold (id, record_kind, record_id, reason, since, review)"
                 " VALUES (?, ?, ?, ?, ?, ?)", (hold.id, hold.record_kind, hold.record_id,
                                                hold.reason, hold.since.isoformat(),
                                                hold.review.isoformat()))


def lift_hold(conn: Connection, hold_id: str, day: date) -> None:
    conn.execute("UPDATE retention_hold SET lifted = ? WHERE id = ?", (day.isoformat(), hold_id))


def restrictions(conn: Connection) -> list[rt.Restriction]:
    return [rt.Restriction(r, reason, _day_of(s), k) for r, k, reason, s in conn.execute(
        "SELECT record_id, record_kind, reason, since FROM retention_restriction"
        " ORDER BY since, record_id")]


def restriction_of(conn: Connection, record_id: str) -> rt.Restriction | None:
    row = conn.execute("SELECT record_id, record_kind, reason, since FROM retention_restriction"
                       " WHERE record_id = ?", (record_id,)).fetchone()
    return rt.Restriction(row[0], row[2], _day_of(row[3]), row[1]) if row else None


def restricted_ids(conn: Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT record_id FROM retention_restriction")}


def insert_restriction(conn: Connection, r: rt.Restriction) -> None:
    conn.execute("INSERT OR REPLACE INTO retention_restriction (record_id, record_kind, reason,"
                 " since) VALUES (?, ?, ?, ?)", (r.record_id, r.record_kind, r.reason,
                                                 r.since.isoformat()))


def delete_restriction(conn: Connection, record_id: str, reason: str | None = None) -> None:
    """Lift the restriction of ``record_id`` (only one with ``reason`` when given)."""
    if reason is None:
        conn.execute("DELETE FROM retention_restriction WHERE record_id = ?", (record_id,))
    else:
        conn.execute("DELETE FROM retention_restriction WHERE record_id = ? AND reason = ?",
                     (record_id, reason))


def latest_decisions(conn: Connection) -> list[rt.Decision]:
    latest: dict[str, rt.Decision] = {}
    for r, dec, decided, review in conn.execute(
            "SELECT record_id, decision, decided, review FROM retention_decision"
            " ORDER BY decided, rowid"):
        latest[r] = rt.Decision(r, dec, _day_of(decided), _day_of(review))
    return list(latest.values())


def insert_decision(conn: Connection, record_kind: str, d: rt.Decision) -> None:
    conn.execute("INSERT INTO retention_decision (id, record_kind, record_id, decision, decided,"
                 " review) VALUES (?, ?, ?, ?, ?, ?)",
                 (new_id(), record_kind, d.record_id, d.decision, d.decided.isoformat(),
                  d.review.isoformat()))


def move_cp_decisions(conn: Connection) -> None:
    """Migration "i20_r5_one_store": every closed procedure's retention decision
    (``cp_procedure.retention_decision``) becomes a row of ``retention_decision`` for its
    person, decided on the procedure's latest step 9 (closure or yearly review), asked
    again after the configured R5 period; then the old column is dropped."""
    option = rt.rule_table()["R5"].period("review_months").option
    row = conn.execute("SELECT value FROM setting WHERE key = ?", (option.name,)).fetchone()
    months = option.decode(row[0] if row else None)
    for person_id, decision, decided in conn.execute(
            "SELECT p.person_id, p.retention_decision, coalesce((SELECT max(s.day) FROM cp_step s"
            " WHERE s.procedure_id = p.id AND s.step = '9'), p.closed) FROM cp_procedure p"
            " WHERE p.retention_decision != '' AND p.status = 'closed'"
            " ORDER BY 3, p.rowid").fetchall():
        day = _d(decided)
        if day is not None and decision in rt.DECISIONS:
            insert_decision(conn, rt.PERSON, rt.Decision(person_id, decision, day,
                                                        rt.add_months(day, months)))
    conn.execute("ALTER TABLE cp_procedure DROP COLUMN retention_decision")


def marked(conn: Connection, mark: str) -> frozenset[str]:
    return frozenset(r[0] for r in conn.execute(
        "SELECT record_id FROM retention_mark WHERE mark = ?", (mark,)))


def set_mark(conn: Connection, record_id: str, mark: str, on: bool) -> None:
    if on:
        conn.execute("INSERT OR IGNORE INTO retention_mark (record_id, mark) VALUES (?, ?)",
                     (record_id, mark))
    else:
        conn.execute("DELETE FROM retention_mark WHERE record_id = ? AND mark = ?",
                     (record_id, mark))


# -- what a deletion takes ------------------------------------------------------------------
# What a deletion takes and what stays is counted per part, keyed by a code (the rows of a
# table in the plural, ``STATISTICS`` or ``RECORD``); the service puts them into words.
STATISTICS = "statistics"   # the person's anonymous statistics records (they stay, R7)
RECORD = "record"           # the record itself, or the fields a clearing erases

# Per table: (person id, count) of the rows that belong to the persons in the temp table
# ``ids`` (one query per table however many persons go).
PERSON_PARTS = {
    "persons": "SELECT id, 1 FROM person WHERE id IN temp.rids",
    "cases": "SELECT person_id, count(*) FROM case_file WHERE person_id IN temp.rids GROUP BY 1",
    "contacts": "SELECT coalesce(f.person_id, k.person_id), count(*) FROM contact k"
                " LEFT JOIN case_file f ON f.id = k.case_id"
                " WHERE k.person_id IN temp.rids OR f.person_id IN temp.rids GROUP BY 1",
    "annotations": "SELECT coalesce(p.id, f.person_id, coalesce(g.person_id, k.person_id)),"
                   " count(*) FROM annotation a"
                   " LEFT JOIN person p ON p.id = a.target_id"
                   " LEFT JOIN case_file f ON f.id = a.target_id"
                   " LEFT JOIN contact k ON k.id = a.target_id"
                   " LEFT JOIN case_file g ON g.id = k.case_id"
                   " WHERE coalesce(p.id, f.person_id, coalesce(g.person_id, k.person_id))"
                   " IN temp.rids GROUP BY 1",
    "working_notes": "SELECT coalesce(f.person_id, w.person_id), count(*) FROM working_note w"
                      " LEFT JOIN case_file f ON f.id = w.case_id"
                      " WHERE w.person_id IN temp.rids OR f.person_id IN temp.rids GROUP BY 1",
    "appointments": "SELECT person_id, count(*) FROM appointment WHERE person_id IN temp.rids"
               " GROUP BY 1",
    "drafts": "SELECT CASE WHEN d.ref IN temp.rids THEN d.ref WHEN a.person_id IN temp.rids"
                " THEN a.person_id ELSE j.pid END, count(*) FROM draft d"
                " LEFT JOIN appointment a ON a.id = d.ref"
                " LEFT JOIN (SELECT id AS did, CASE WHEN json_valid(payload) THEN"
                " json_extract(payload, '$.person_id') END AS pid FROM draft) j ON j.did = d.id"
                " WHERE d.ref IN temp.rids OR a.person_id IN temp.rids OR j.pid IN temp.rids"
                " GROUP BY 1",
    "consents": "SELECT person_id, count(*) FROM consent WHERE person_id IN temp.rids"
                      " GROUP BY 1",
    "cp_procedures": "SELECT person_id, count(*) FROM cp_procedure"
                           " WHERE person_id IN temp.rids GROUP BY 1",
    "cp_steps": "SELECT x.person_id, count(*) FROM cp_step s"
                          " JOIN cp_procedure x ON x.id = s.procedure_id"
                          " WHERE x.person_id IN temp.rids GROUP BY 1",
}
KEPT_PARTS = {
    "disclosures": "SELECT person_id, count(*) FROM disclosure WHERE person_id IN temp.rids"
                  " GROUP BY 1",
}


def _grouped(conn: Connection, parts: dict[str, str], ids: list[str]) -> dict[str, dict[str, int]]:
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS rids (id TEXT PRIMARY KEY)")
    conn.execute("DELETE FROM temp.rids")
    conn.executemany("INSERT OR IGNORE INTO temp.rids (id) VALUES (?)",
                     [(i,) for i in ids])
    result = {i: dict.fromkeys(parts, 0) for i in ids}
    for label, sql in parts.items():
        for person_id, n in conn.execute(sql):
            if person_id in result:
                result[person_id][label] = n
    conn.execute("DELETE FROM temp.rids")
    return result


def persons_counts(conn: Connection, person_ids: list[str]) -> dict[str, dict[str, int]]:
    """What a deletion takes of each person: part -> rows, per person id."""
    return _grouped(conn, PERSON_PARTS, person_ids)


def person_counts(conn: Connection, person_id: str) -> dict[str, int]:
    return persons_counts(conn, [person_id])[person_id]


def person_kept(conn: Connection, person_id: str) -> dict[str, int]:
    return _grouped(conn, KEPT_PARTS, [person_id])[person_id]


def time_month_count(conn: Connection, month: str) -> int:
    """Time entries of the month and absences ending in it (R8: the worker's own
    working-time records)."""
    return conn.execute("SELECT (SELECT count(*) FROM time_entry WHERE substr(day, 1, 7) = ?)"
                        " + (SELECT count(*) FROM absence WHERE substr(last_day, 1, 7) = ?)",
                        (month, month)).fetchone()[0]


def group_counts(conn: Connection, group_id: str) -> dict[str, int]:
    return {"groups": conn.execute("SELECT count(*) FROM group_activity WHERE id = ?",
                                           (group_id,)).fetchone()[0],
            "group_sessions": conn.execute(
                "SELECT count(*) FROM group_session WHERE group_id = ?", (group_id,)).fetchone()[0]}


# -- deleting ---------------------------------------------------------------------------
def delete_person(conn: Connection, person_id: str, today: date) -> list[int]:
    """Delete the person with everything of theirs (FK cascades and the owner triggers
    take cases, contacts, notes, annotations, drafts, appointments, consents, § 8a);
    the disclosure log stays without the link (R10). Returns the FTS rowids gone."""
    conn.execute("UPDATE disclosure SET person_deleted = ? WHERE person_id = ?",
                 (today.isoformat(), person_id))
    # a contact in someone else's case (a talk with the mother in the pupil's case)
    # belongs to that case documentation (R2): it stays, without the link
    # (asked per contact of hers, not by a list of every other case: that list cost 0.4 ms
    # per person in the 10-year vault)
    conn.execute("UPDATE contact SET person_id = NULL WHERE person_id = ?1 AND"
                 " (SELECT f.person_id FROM case_file f WHERE f.id = contact.case_id) != ?1",
                 (person_id,))
    rowids = [r[0] for r in conn.execute(
        "SELECT rowid FROM contact WHERE person_id = ?1 OR case_id IN"
        " (SELECT id FROM case_file WHERE person_id = ?1)", (person_id,))]
    conn.execute("DELETE FROM person WHERE id = ?", (person_id,))
    _forget_record(conn, person_id, today)
    return rowids


def _forget_record(conn: Connection, record_id: str, today: date) -> None:
    conn.execute("DELETE FROM retention_restriction WHERE record_id = ?", (record_id,))
    conn.execute("DELETE FROM retention_mark WHERE record_id = ?", (record_id,))
    conn.execute("DELETE FROM retention_decision WHERE record_id = ?", (record_id,))
    conn.execute("UPDATE retention_hold SET lifted = coalesce(lifted, ?) WHERE record_id = ?",
                 (today.isoformat(), record_id))


PERSON_FTS = ("fts_person", "fts_contact")


# The triggers that remove a deleted person's or contact's words from the indexes one by
# one; a bulk run drops them and rebuilds the indexes once instead (the per-row
# removal cost 3 ms per person in the 10-year vault, the rebuild replaces it anyway).
PERSON_FTS_DELETE_TRIGGERS = ("person_ad", "contact_ad")


def begin_bulk_fts(conn: Connection) -> list[str]:
    """For a run of person deletions: FTS5 secure-delete rewrites a token's whole doclist
    per deleted row (seconds per person in a large vault). Switch it off for this
    transaction and drop the per-row delete triggers; ``end_bulk_fts`` rebuilds both
    indexes from their content, so no segment keeps a deleted token, creates the
    triggers again and switches secure-delete on again (same transaction)."""
    for table in PERSON_FTS:
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 0)")  # noqa: S608
    marks = ", ".join("?" * len(PERSON_FTS_DELETE_TRIGGERS))
    triggers = [r[0] for r in conn.execute(
        f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})"  # noqa: S608
        " ORDER BY name", PERSON_FTS_DELETE_TRIGGERS)]
    for name in PERSON_FTS_DELETE_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    return triggers


def end_bulk_fts(conn: Connection, triggers: list[str]) -> None:
    """The end of a bulk run: the triggers ``begin_bulk_fts`` dropped (its result) back,
    both indexes rebuilt, secure-delete on."""
    for sql in triggers:
        conn.execute(sql)
    for table in PERSON_FTS:
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")  # noqa: S608
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)")  # noqa: S608


def person_rowid(conn: Connection, person_id: str) -> int | None:
    row = conn.execute("SELECT rowid FROM person WHERE id = ?", (person_id,)).fetchone()
    return row[0] if row else None


def clear_guardian_contact(conn: Connection, person_id: str) -> int:
    return conn.execute("UPDATE person SET guardian_contact = '' WHERE id = ?"
                        " AND guardian_contact != ''", (person_id,)).rowcount


def delete_working_note(conn: Connection, note_id: str) -> int:
    return conn.execute("DELETE FROM working_note WHERE id = ?", (note_id,)).rowcount


def delete_group(conn: Connection, group_id: str) -> int:
    return conn.execute("DELETE FROM group_activity WHERE id = ?", (group_id,)).rowcount


def clear_name_list(conn: Connection, group_id: str) -> int:
    return conn.execute("UPDATE group_activity SET name_list = '' WHERE id = ?"
                        " AND name_list != ''", (group_id,)).rowcount


def delete_time_month(conn: Connection, month: str) -> int:
    absences = conn.execute("DELETE FROM absence WHERE substr(last_day, 1, 7) = ?",
                            (month,)).rowcount
    return absences + conn.execute("DELETE FROM time_entry WHERE substr(day, 1, 7) = ?",
                                   (month,)).rowcount


def delete_disclosure(conn: Connection, disclosure_id: str) -> int:
    return conn.execute("DELETE FROM disclosure WHERE id = ?", (disclosure_id,)).rowcount


def fts_entries(conn: Connection, person_rowids: list[int], contact_rowids: list[int]) -> int:
    """FTS index entries still present for these rowids (0 after a correct deletion)."""
    left = 0
    for table, rowids in (("fts_person_docsize", person_rowids),
                          ("fts_contact_docsize", contact_rowids)):
        for start in range(0, len(rowids), 500):
            chunk = rowids[start:start + 500]
            marks = ",".join("?" for _ in chunk)
            left += conn.execute(f"SELECT count(*) FROM {table} WHERE id IN ({marks})",  # noqa: S608
                                 chunk).fetchone()[0]
    return left


# -- deletion log and tombstones -----------------------------------------------------------
@dataclass(frozen=True)
class LogEntry:
    id: str
    record_id: str
    category: str
    rule: str
    trigger_day: str | None
    due: str | None
    executed: str
    method: str
    counts: dict[str, int]
    verification: str
    backup_expiry: str | None


def insert_log(conn: Connection, entry: LogEntry) -> None:
    conn.execute("INSERT INTO deletion_log (id, record_id, category, rule, trigger_day, due,"
                 " executed, method, counts, verification, backup_expiry)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 (entry.id, entry.record_id, entry.category, entry.rule, entry.trigger_day,
                  entry.due, entry.executed, entry.method,
                  json.dumps(entry.counts, ensure_ascii=False, sort_keys=True),
                  entry.verification, entry.backup_expiry))


def set_verification(conn: Connection, entry_ids: list[str], text: str) -> None:
    conn.executemany("UPDATE deletion_log SET verification = ? WHERE id = ?",
                     [(text, i) for i in entry_ids])


def log_entries(conn: Connection) -> list[LogEntry]:
    return [LogEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], json.loads(r[8] or "{}"),
                     r[9], r[10]) for r in conn.execute(
        "SELECT id, record_id, category, rule, trigger_day, due, executed, method, counts,"
        " verification, backup_expiry FROM deletion_log ORDER BY executed, rowid")]


def prune_log(conn: Connection, before: date) -> int:
    return conn.execute("DELETE FROM deletion_log WHERE executed < ?",
                        (before.isoformat(),)).rowcount


# A field erased without deleting its record (parents' contact data R9, a group's name
# list R4) leaves the tombstone "<record id>#<column>".
FIELD_MARK = "#"


def field_tombstone(record_id: str, column: str) -> str:
    return f"{record_id}{FIELD_MARK}{column}"


def insert_tombstone(conn: Connection, record_id: str, category: str, day: date) -> None:
    conn.execute("INSERT OR IGNORE INTO tombstone (record_id, category, deleted) VALUES (?, ?, ?)",
                 (record_id, category, day.isoformat()))


# Tables the generic re-apply never touches: the anonymous statistics survive every
# deletion (R7); the tombstones, the logs and the vault's bookkeeping.
_NEVER_REAPPLIED = frozenset({"statistics_record", "tombstone", "deletion_log", "meta",
                              "setting"})


def _tables_with_id(conn: Connection) -> list[str]:
    names = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'fts_%' ORDER BY name")]
    return [n for n in names if n not in _NEVER_REAPPLIED
            and "id" in {r[1] for r in conn.execute(f'PRAGMA table_info("{n}")')}]


def _erase_field(conn: Connection, tables: list[str], record_id: str, column: str) -> int:
    """Empty ``column`` of the record (text columns with default '' only)."""
    erased = 0
    for name in tables:
        columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')
                   if r[2].upper() == "TEXT" and r[3] and r[4] == "''"}
        if column in columns:
            erased += max(conn.execute(
                f'UPDATE "{name}" SET "{column}" = \'\' WHERE id = ? AND "{column}" != \'\'',  # noqa: S608
                (record_id,)).rowcount, 0)
    return erased


# Tombstone kinds of sessions removed by hand (entered by mistake): their time entry and
# statistics record went with them (``source_kind``/``record_type`` = the kind), so a
# restore removes those again too. The engine never writes these kinds (R4 deletes a
# group as "group" and R13 clears a session's note as "<id>#note"): the statistics of
# a group deleted by its rule stay (R7).
SESSION_KINDS = ("group_session", "open_offer")


# Tables without an ``id`` column whose rows can be deleted alone (a school handover's
# unchanged agreement target while its agreement stays): the tombstone names the row by
# its key, spelled as the handover's manifest spells it (``Table.key_sql``).
KEYED_TOMBSTONES = (timeshare_repo.AGREEMENT_TARGETS,)


def apply_tombstones(conn: Connection) -> int:
    """Delete again, inside the caller's transaction, every record listed in
    ``tombstone`` that is still present (after a restore); the number of records and
    fields removed. A kind whose store declares ``reapply`` re-applies its own (persons
    with everything of theirs, FTS rebuilt once; months of working time by month; report
    texts by their key), erased fields ``<id>#<column>`` are emptied, and any other id
    is deleted from whichever table holds it (FK cascades and the owner triggers take
    its children)."""
    stones = tombstones(conn)
    by_kind: dict[str, list[tuple[str, date]]] = {}
    for record_id, kind, day in stones:
        if FIELD_MARK not in record_id:
            by_kind.setdefault(kind, []).append((record_id, date.fromisoformat(day[:10])))
    removed = 0
    for name, store in KIND_STORES.items():
        if store.reapply is not None and by_kind.get(name):
            removed += store.reapply(conn, by_kind[name])
    tables = _tables_with_id(conn)
    for record_id, _kind, _day in stones:
        if FIELD_MARK in record_id:
            removed += _erase_field(conn, tables, *record_id.split(FIELD_MARK, 1))
    for name in tables:
        removed += max(conn.execute(
            f'DELETE FROM "{name}" WHERE id IN (SELECT record_id FROM tombstone)').rowcount, 0)  # noqa: S608
    for table in KEYED_TOMBSTONES:
        removed += max(conn.execute(f'DELETE FROM "{table.name}" WHERE {table.key_sql}'  # noqa: S608
                                    ' IN (SELECT record_id FROM tombstone)').rowcount, 0)
    for kind in SESSION_KINDS:
        removed_ids = "(SELECT record_id FROM tombstone WHERE category = ?1)"
        conn.execute("DELETE FROM time_entry WHERE source_kind = ?1"  # noqa: S608
                     f" AND source_id IN {removed_ids}", (kind,))
        conn.execute("DELETE FROM statistics_record WHERE record_type = ?1"  # noqa: S608
                     f" AND source_id IN {removed_ids}", (kind,))
    for sql in ("DELETE FROM annotation WHERE target_id IN (SELECT record_id FROM tombstone)",
                "DELETE FROM draft WHERE ref IN (SELECT record_id FROM tombstone)"):
        conn.execute(sql)
    return removed


def tombstones(conn: Connection, since: date | None = None) -> list[tuple[str, str, str]]:
    if since is None:
        return list(conn.execute("SELECT record_id, category, deleted FROM tombstone"
                                 " ORDER BY deleted, record_id"))
    return list(conn.execute("SELECT record_id, category, deleted FROM tombstone"
                             " WHERE deleted >= ? ORDER BY deleted, record_id",
                             (since.isoformat(),)))


def log_setting_change(conn: Connection, name: str, old: str, new: str, when: str) -> None:
    conn.execute("INSERT INTO retention_setting_log (id, name, old, new, changed)"
                 " VALUES (?, ?, ?, ?, ?)", (new_id(), name, old, new, when))


def setting_changes(conn: Connection) -> list[tuple[str, str, str, str]]:
    return list(conn.execute("SELECT name, old, new, changed FROM retention_setting_log"
                             " ORDER BY changed, rowid"))


# -- after the deletion -------------------------------------------------------------------
def compact(conn: Connection) -> str:
    """Give freed pages back and empty the WAL (secure_delete already zeroed them):
    incremental vacuum where the vault uses it, else VACUUM; then a TRUNCATE checkpoint.
    Returns a short verification text."""
    mode = conn.execute("PRAGMA auto_vacuum").fetchone()[0]
    if mode == 2:
        conn.execute("PRAGMA incremental_vacuum").fetchall()
    else:
        conn.execute("VACUUM")
    busy, log, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    freelist = conn.execute("PRAGMA freelist_count").fetchone()[0]
    if busy or log:
        return f"WAL nicht geleert ({log} Seiten); freie Seiten {freelist}"
    return f"WAL geleert; freie Seiten {freelist}"


def name_of(conn: Connection, person_id: str) -> tuple[str, str]:
    """Pseudonym and name, only for --show-names and the Datenschutz list."""
    row = conn.execute("SELECT pseudonym, trim(first_name || ' ' || last_name) FROM person"
                       " WHERE id = ?", (person_id,)).fetchone()
    return (row[0], row[1]) if row else ("", "")


def group_title(conn: Connection, group_id: str) -> str:
    row = conn.execute("SELECT title FROM group_activity WHERE id = ?", (group_id,)).fetchone()
    return row[0] if row else ""


# -- connection housekeeping of a deletion run ---------------------------------------------
def cache_size(conn: Connection) -> int:
    return int(conn.execute("PRAGMA cache_size").fetchone()[0])


def set_cache_size(conn: Connection, pages_or_kib: int) -> None:
    """A deletion run's large cache (128 MiB) is not held to the process's bound on
    SQLite's memory (``connection.SOFT_HEAP_LIMIT``) while it runs; back at a usual size,
    the bound applies again (the bound cost the deletion of 1,000 persons 18 % CPU)."""
    kib = -int(pages_or_kib) if pages_or_kib < 0 else int(pages_or_kib) * PAGE_SIZE // 1024
    conn.execute(f"PRAGMA cache_size = {int(pages_or_kib)}")
    bound = 0 if kib * 1024 > SOFT_HEAP_LIMIT else SOFT_HEAP_LIMIT
    conn.execute(f"PRAGMA soft_heap_limit = {bound}")


def secure_delete_on(conn: Connection) -> bool:
    return conn.execute("PRAGMA secure_delete").fetchone()[0] == 1


PAGES_PENDING_KEY = "retention.pages_pending"


def pages_pending(conn: Connection) -> str:
    """The day of a deletion whose zeroed pages still wait in the WAL ("" when none)."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (PAGES_PENDING_KEY,)).fetchone()
    return row[0] if row else ""


def set_pages_pending(conn: Connection, day: str | None) -> None:
    """Remember (``day``) or forget (None) that a deletion's checkpoint is still owed."""
    if day is None:
        conn.execute("DELETE FROM meta WHERE key = ?", (PAGES_PENDING_KEY,))
    else:
        conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                     " SET value = excluded.value", (PAGES_PENDING_KEY, day))


def checkpoint(conn: Connection) -> bool:
    """Move every WAL frame into the database and truncate the WAL (no frame keeps text).
    False when it could not: another connection holds a read snapshot (SQLite then
    reports busy, or copies fewer frames than the WAL holds)."""
    busy, log, done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy and log == done


def statistics_rows_of_person(conn: Connection, person_id: str) -> int:
    """The anonymous statistics records that stem from this person (they stay, R7): the
    per-year tokens are derived from the person's secret, as the records were written."""
    row = conn.execute("SELECT stat_token FROM person WHERE id = ?", (person_id,)).fetchone()
    if not row or not row[0]:
        return 0
    years = [r[0] for r in conn.execute("SELECT DISTINCT school_year FROM statistics_record")]
    wanted = [tokens.person_token(row[0], year) for year in years]
    if not wanted:
        return 0
    marks = ", ".join("?" * len(wanted))
    return conn.execute(f"SELECT count(*) FROM statistics_record WHERE person_token IN ({marks})",  # noqa: S608
                        wanted).fetchone()[0]


# -- the record kinds' storage parts -------------------------------------------------
@dataclass(frozen=True)
class DeleteRun:
    """What a deletion run hands every kind's delete: the day and, for months of working
    time, the category → task area rules their kept totals are filed under (read only
    when a month goes)."""
    today: date
    task_areas: Callable[[], Mapping[str, str]] = dict


Counted = dict[str, tuple[dict[str, int], int]]   # record id -> (counts by label, rows left)


@dataclass(frozen=True)
class KindStore:
    """The SQL side of one record kind (``rt.KINDS`` declares the pure side under the same
    name): its facts query, what a deletion takes, its delete or clear, and how a
    restored backup re-applies its tombstones when a plain id delete does not."""
    remove: Callable[[Connection, str, DeleteRun], int]     # delete or clear one; rows/fields
    facts: Callable[[Connection], list] | None = None       # None: assessed with another kind
    counts: Callable[[Connection, str], dict[str, int]] | None = None  # what goes (else the
                                                        # record itself, once)
    kept: Callable[[Connection, str], dict[str, int]] | None = None    # what stays, and why
    delete_many: Callable[[Connection, list[str], DeleteRun, Callable[[], None]], Counted] | None = None
    counts_many: Callable[[Connection, list[str]], dict[str, dict[str, int]]] | None = None
    reapply: Callable[[Connection, list[tuple[str, date]]], int] | None = None


def _person_kept(conn: Connection, person_id: str) -> dict[str, int]:
    return {STATISTICS: statistics_rows_of_person(conn, person_id),
            **person_kept(conn, person_id)}


def _delete_persons(conn: Connection, ids: list[str], run: DeleteRun, step: Callable[[], None]) -> Counted:
    """Persons with everything of theirs: counted in one grouped query per table before
    and after, FTS secure-delete switched off for the run and the indexes rebuilt."""
    before = persons_counts(conn, ids)
    rowids: dict[str, tuple[int | None, list[int]]] = {}
    triggers = begin_bulk_fts(conn)
    for person_id in ids:
        step()
        rowids[person_id] = (person_rowid(conn, person_id),
                             delete_person(conn, person_id, run.today))
    end_bulk_fts(conn, triggers)
    after = persons_counts(conn, ids)
    return {pid: (before[pid], sum(after[pid].values()) + fts_entries(
                conn, [row] if row is not None else [], contacts))
            for pid, (row, contacts) in rowids.items()}


def _reapply_persons(conn: Connection, stones: list[tuple[str, date]]) -> int:
    present = [(r, d) for r, d in stones if person_rowid(conn, r) is not None]
    if present:
        triggers = begin_bulk_fts(conn)
        for record_id, day in present:
            delete_person(conn, record_id, day)
        end_bulk_fts(conn, triggers)
    return len(present)


def _delete_time_month(conn: Connection, month: str, run: DeleteRun) -> int:
    # the month's anonymous totals stay, so no counted figure changes
    time_totals_repo.keep_month(conn, month, run.task_areas(), run.today)
    return delete_time_month(conn, month)


def _one_arg(fn: Callable[[Connection, str], int]) -> Callable[[Connection, str, DeleteRun], int]:
    return lambda conn, record_id, _run: fn(conn, record_id)


KIND_STORES: dict[str, KindStore] = {
    rt.PERSON: KindStore(lambda conn, pid, run: len(delete_person(conn, pid, run.today)),
                         person_facts, person_counts, _person_kept, _delete_persons,
                         persons_counts, _reapply_persons),
    "guardian_contact": KindStore(_one_arg(clear_guardian_contact)),
    "working_note": KindStore(_one_arg(delete_working_note), note_facts),
    "group": KindStore(_one_arg(delete_group), group_facts, group_counts,
                       lambda conn, _gid: {STATISTICS: 0}),
    "name_list": KindStore(_one_arg(clear_name_list)),
    "time_month": KindStore(_delete_time_month, time_month_facts,
                            lambda conn, month: {"time_entries": time_month_count(conn, month)},
                            reapply=lambda conn, stones: sum(
                                1 if delete_time_month(conn, m) else 0 for m, _ in stones)),
    "disclosure": KindStore(_one_arg(delete_disclosure), disclosure_facts),
    "activity_note": KindStore(_one_arg(clear_activity_note), activity_note_facts),
    "partner_contact": KindStore(_one_arg(clear_partner_contact), partner_contact_facts),
    "report_text": KindStore(_one_arg(delete_report_text), report_text_facts,
                             reapply=lambda conn, stones: sum(
                                 delete_report_text(conn, r) for r, _ in stones)),
    "agreement_notes": KindStore(_one_arg(clear_agreement_notes), agreement_notes_facts),
}


def delete_records(conn: Connection, kind: str, ids: list[str], run: DeleteRun,
                   step: Callable[[], None]) -> Counted:
    """Delete or clear the records ``ids`` of ``kind`` inside the caller's transaction:
    per record what went (by part) and how many rows are left (0 after a correct
    deletion)."""
    store = KIND_STORES[kind]
    if store.delete_many is not None:
        return store.delete_many(conn, ids, run, step)
    out: Counted = {}
    for record_id in ids:
        step()
        if store.counts is not None:
            before = store.counts(conn, record_id)
            store.remove(conn, record_id, run)
            out[record_id] = before, sum(store.counts(conn, record_id).values())
        else:
            out[record_id] = {RECORD: store.remove(conn, record_id, run)}, 0
    return out
