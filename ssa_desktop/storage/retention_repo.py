"""SQL of the retention engine and the deletion service (docs/retention.md): the facts
the engine needs (dates and flags, never names or text) and each record kind's storage
parts (``KIND_STORES``: facts query, counts, delete or clear, tombstone re-apply), with
what holds a record back (holds, restrictions, decisions, marks). Beside it:
``retention_delete_repo`` (what a deletion takes, the deleting, the housekeeping of a
deletion run) and ``retention_log_repo`` (the deletion log and the tombstones).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from operator import attrgetter
from typing import Any

from ..domain import retention as rt
from ..domain.entities import new_id
from . import time_totals_repo
from .connection import Connection, scan_cache
from .retention_delete_repo import (
    GROUP_FTS,
    GROUP_FTS_DELETE_TRIGGERS,
    RECORD,
    STATISTICS,
    begin_bulk_fts,
    clear_guardian_contact,
    clear_name_list,
    delete_disclosure,
    delete_group,
    delete_person,
    delete_time_month,
    delete_working_note,
    end_bulk_fts,
    fts_entries,
    group_counts,
    person_counts,
    person_kept,
    person_rowid,
    persons_counts,
    statistics_rows_of_person,
    time_month_count,
)

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
@dataclass(frozen=True)
class Page:
    """A keyset page of one record kind's facts: the records whose key (their id; a
    month's "YYYY-MM") sorts after ``after``, in key order, at most ``size`` of them
    (-1: all, SQLite's ``LIMIT -1``)."""
    after: str = ""
    size: int = -1


ALL = Page()


def _circumstances(conn: Connection) -> rt.VaultFacts:
    """What holds records back (holds, restrictions, decisions, marks), no record's facts:
    read whole for every page; they are the exceptions she made, a few rows, not one
    per record."""
    return rt.VaultFacts(holds=holds(conn), restrictions=restrictions(conn),
                         decisions=latest_decisions(conn), marks_9b=marked(conn, rt.MARK_9B))


def facts(conn: Connection) -> rt.VaultFacts:
    """The engine's facts: every record kind's facts query (``KIND_STORES``) into the
    list its declaration names, with holds, restrictions, decisions and marks."""
    lists: dict[str, Any] = {}
    try:
        for name, kind in rt.KINDS.items():
            query = KIND_STORES[name].facts
            if query is not None:
                lists.setdefault(kind.source, []).extend(query(conn, ALL))
    finally:
        _day.cache_clear()   # the facts keep their days; the cache is for one read
    return replace(_circumstances(conn), **lists)


def person_kind_facts(conn: Connection) -> rt.VaultFacts:
    """``facts`` of the persons only (every person with everything of hers the engine
    reads, as a page of ``facts_pages``): for questions about persons alone."""
    try:
        rows = person_facts(conn, ALL)
    finally:
        _day.cache_clear()
    source: dict[str, Any] = {rt.KINDS[rt.PERSON].source: rows}
    return replace(_circumstances(conn), **source)


def facts_pages(conn: Connection, size: int) -> Iterator[rt.VaultFacts]:
    """The engine's facts page by page: each record kind's facts query keyset-paged
    (``Page``), at most ``size`` records of one kind in a page, each page with every
    circumstance (``_circumstances``). A person's page holds everything of hers the
    engine reads, also from other persons' records (her contacts in their cases)."""
    if size < 1:
        raise ValueError("page size must be at least 1")
    circumstances = _circumstances(conn)
    try:
        with scan_cache(conn):
            for name, kind in rt.KINDS.items():
                store = KIND_STORES[name]
                if store.facts is None:
                    continue
                page = Page("", size)
                while True:
                    rows = store.facts(conn, page)
                    _day.cache_clear()   # shared within a page; across pages it would grow
                    if rows:
                        source: dict[str, Any] = {kind.source: rows}
                        yield replace(circumstances, **source)
                    if len(rows) < size:
                        break
                    page = Page(store.key(rows[-1]), size)
    finally:
        _day.cache_clear()


def person_facts(conn: Connection, page: Page = ALL) -> list[rt.PersonFacts]:
    """The persons of ``page`` with their cases, contacts, appointments and § 8a
    procedures: those read for the page's id span only (``first <= person_id <= last``).
    The page's persons are one statement, read first: a person deleted or added by another
    connection meanwhile changes neither the page's size nor where the next page starts."""
    rows = conn.execute(
        "SELECT id, kind, created, leaving_date, school_change_date, birth_year,"
        " (guardian_contact != '' OR guardian_address != '') FROM person WHERE id > ? ORDER BY id LIMIT ?",
        (page.after, page.size)).fetchall()
    if not rows:
        return []
    span = (rows[0][0], rows[-1][0])
    closures: dict[str, list[date | None]] = {}
    for person_id, closed, status in conn.execute(
            "SELECT person_id, closed, status FROM case_file"
            " WHERE person_id BETWEEN ? AND ?", span):
        # a closed case without its date counts as open: nothing goes before it is known
        closures.setdefault(person_id, []).append(
            _d(closed) if status == "closed" else None)
    # a parent or third party in a contact of someone else's case: their counselling
    # ends with that case (R9: with the case or after its closure)
    in_cases: dict[str, list[date | None]] = {}
    for person_id, closed, status in conn.execute(
            "SELECT DISTINCT k.person_id, f.closed, f.status FROM contact k"
            " JOIN case_file f ON f.id = k.case_id WHERE f.person_id != k.person_id"
            " AND k.person_id BETWEEN ? AND ?", span):
        in_cases.setdefault(person_id, []).append(_d(closed) if status == "closed" else None)
    last_contact = dict(conn.execute(
        "SELECT person_id, max(day) FROM contact WHERE person_id BETWEEN ? AND ?"
        " GROUP BY person_id", span))
    last_appointment = dict(conn.execute(
        "SELECT person_id, max(day) FROM appointment WHERE person_id BETWEEN ? AND ?"
        " AND status != 'cancelled' GROUP BY person_id", span))
    cp: dict[str, tuple[bool, bool]] = {}
    for person_id, with_office, status in conn.execute(
            "SELECT person_id, youth_office_involved, status FROM cp_procedure"
            " WHERE person_id BETWEEN ? AND ?", span):
        was = cp.get(person_id, (False, False))
        cp[person_id] = (was[0] or bool(with_office), was[1] or status != "closed")
    persons = []
    for (pid, kind, created, leaving, change, birth_year, guardian) in rows:
        youth_office, open_cp = cp.get(pid, (False, False))
        cases = closures.get(pid, []) + ([] if kind == "pupil" else in_cases.get(pid, []))
        persons.append(rt.PersonFacts(
            pid, kind, _d(created) or date.min, _d(leaving), _d(change), birth_year,
            tuple(cases), _d(last_contact.get(pid)), youth_office, open_cp,
            bool(guardian), _d(last_appointment.get(pid))))
    return persons


def note_facts(conn: Connection, page: Page = ALL) -> list[rt.NoteFacts]:
    return [rt.NoteFacts(i, _d(c) or date.min, _d(x) or date.min, p) for i, c, x, p in
            conn.execute("SELECT id, created, expires, person_id FROM working_note"
                         " WHERE id > ? ORDER BY id LIMIT ?", (page.after, page.size))]


def group_facts(conn: Connection, page: Page = ALL) -> list[rt.GroupFacts]:
    return [rt.GroupFacts(i, y, bool(r), bool(n)) for i, y, r, n in conn.execute(
        "SELECT id, school_year, reported, name_list != '' FROM group_activity"
        " WHERE id > ? ORDER BY id LIMIT ?", (page.after, page.size))]


def time_month_facts(conn: Connection, page: Page = ALL) -> list[rt.TimeMonthFacts]:
    """The months after ``page.after`` with time entries or absences ending in them, and
    how many. The time entries are counted as their day index passes, month after month,
    until the page is full: a GROUP BY over every entry of ten years (46,000) sorted them
    all in SQLite's memory first (1.4 MB at every deletion check)."""
    limit = page.size if page.size >= 0 else None   # -1: every month
    counts: dict[str, int] = {}
    for (month,) in conn.execute(
            "SELECT substr(day, 1, 7) FROM time_entry WHERE day > ?1"
            " AND substr(day, 1, 7) > ?1 ORDER BY day", (page.after,)):
        if month not in counts and len(counts) == limit:
            break   # a month beyond the page: every month of the page is counted
        counts[month] = counts.get(month, 0) + 1
    for (month,) in conn.execute("SELECT substr(last_day, 1, 7) FROM absence"
                                 " WHERE substr(last_day, 1, 7) > ?", (page.after,)):
        counts[month] = counts.get(month, 0) + 1
    return [rt.TimeMonthFacts(date.fromisoformat(m + "-01"), counts[m])
            for m in sorted(counts)[:limit]]


def time_month_key(m: rt.TimeMonthFacts) -> str:
    """The month as ``time_month_facts`` compares it: the stored ISO day's first seven
    characters (``strftime("%Y")`` writes the year 999 as "999", which sorts after 2026)."""
    return m.month.isoformat()[:7]


def disclosure_facts(conn: Connection, page: Page = ALL) -> list[rt.DisclosureFacts]:
    return [rt.DisclosureFacts(i, _day_of(d)) for i, d in conn.execute(
        "SELECT id, person_deleted FROM disclosure WHERE person_id IS NULL"
        " AND person_deleted IS NOT NULL AND id > ? ORDER BY id LIMIT ?",
        (page.after, page.size))]


# -- R13: free texts outside persons' files ---------------------------------------
# Tables whose "note" column R13 empties after the school year of their day.
ACTIVITY_NOTE_TABLES = {"network_activity": "day", "open_offer_session": "day",
                        "group_session": "day", "absence": "last_day"}
REPORT_KEY_MARK = "/"


def _year_end(day: date) -> date:
    from ..domain.schoolyear import SchoolYear

    return _day(SchoolYear.of(day).end.isoformat())


# The facts queries of R13's kinds: every non-empty free text, with the day its period
# starts from. Activity notes: the tables' own pages merged by id (ids are unique across
# the tables), each table read only up to the page's size.
_ACTIVITY_NOTES = " UNION ALL ".join(
    f'SELECT * FROM (SELECT id, "{day}" FROM "{table}" WHERE note != \'\' AND "{day}" != \'\''  # noqa: S608
    f" AND id > ?1 ORDER BY id LIMIT ?2)" for table, day in ACTIVITY_NOTE_TABLES.items())


def activity_note_facts(conn: Connection, page: Page = ALL) -> list[rt.FreeTextFacts]:
    return [rt.FreeTextFacts("activity_note", record_id, _year_end(_day_of(day)))
            for record_id, day in conn.execute(
                f"{_ACTIVITY_NOTES} ORDER BY 1 LIMIT ?2", (page.after, page.size))]  # noqa: S608


def partner_contact_facts(conn: Connection, page: Page = ALL) -> list[rt.FreeTextFacts]:
    return [rt.FreeTextFacts("partner_contact", record_id, _day_of(last)) for record_id, last in
            conn.execute(
                "SELECT p.id, max(n.day) FROM partner p JOIN network_activity n"
                " ON n.partner_id = p.id WHERE (p.contact_person != '' OR p.phone != ''"
                " OR p.email != '' OR p.note != '') AND p.id > ? GROUP BY p.id"
                " ORDER BY p.id LIMIT ?", (page.after, page.size))]


def report_text_facts(conn: Connection, page: Page = ALL) -> list[rt.FreeTextFacts]:
    """Keyed by ``report_text_id`` (school, year and section joined by
    ``REPORT_KEY_MARK``)."""
    return [rt.FreeTextFacts("report_text", report_text_id(school_id, year, section),
                             rt.school_year_end(year)) for school_id, year, section in
            conn.execute("SELECT school_id, school_year, section FROM (SELECT school_id,"
                         " school_year, section, school_id || ?1 || school_year || ?1"
                         " || section AS k FROM annual_report_text WHERE text != '')"
                         " WHERE k > ?2 ORDER BY k LIMIT ?3",
                         (REPORT_KEY_MARK, page.after, page.size))]


def agreement_notes_facts(conn: Connection, page: Page = ALL) -> list[rt.FreeTextFacts]:
    return [rt.FreeTextFacts("agreement_notes", record_id, _day_of(valid_to))
            for record_id, valid_to in conn.execute(
                "SELECT id, valid_to FROM cooperation_agreement WHERE notes != ''"
                " AND valid_to IS NOT NULL AND valid_to != '' AND id > ? ORDER BY id LIMIT ?",
                (page.after, page.size))]


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
    facts: Callable[[Connection, Page], list] | None = None  # one page of its facts, in key
                                                        # order; None: assessed with another kind
    counts: Callable[[Connection, str], dict[str, int]] | None = None  # what goes (else the
                                                        # record itself, once)
    kept: Callable[[Connection, str], dict[str, int]] | None = None    # what stays, and why
    delete_many: Callable[[Connection, list[str], DeleteRun, Callable[[], None]], Counted] | None = None
    counts_many: Callable[[Connection, list[str]], dict[str, dict[str, int]]] | None = None
    reapply: Callable[[Connection, list[tuple[str, date]]], int] | None = None
    key: Callable[[Any], str] = attrgetter("id")   # a fact's key: ``Page.after``


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


def _delete_groups(conn: Connection, ids: list[str], run: DeleteRun, step: Callable[[], None]) -> Counted:
    """Groups with their sessions, counted before and after each; FTS secure-delete off
    for the run and the group index rebuilt once (``begin_bulk_fts``)."""
    out: Counted = {}
    triggers = begin_bulk_fts(conn, GROUP_FTS, GROUP_FTS_DELETE_TRIGGERS)
    for group_id in ids:
        step()
        before = group_counts(conn, group_id)
        delete_group(conn, group_id)
        out[group_id] = before, sum(group_counts(conn, group_id).values())
    end_bulk_fts(conn, triggers, GROUP_FTS)
    return out


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
                       lambda conn, _gid: {STATISTICS: 0}, _delete_groups),
    "name_list": KindStore(_one_arg(clear_name_list)),
    "time_month": KindStore(_delete_time_month, time_month_facts,
                            lambda conn, month: {"time_entries": time_month_count(conn, month)},
                            reapply=lambda conn, stones: sum(
                                1 if delete_time_month(conn, m) else 0 for m, _ in stones),
                            key=time_month_key),
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
