"""SQL of a deletion (docs/retention.md): what a deletion takes (counted by part), the
deleting of each record kind with everything that belongs to it, and the housekeeping of
a deletion run (FTS, compaction, cache size, the pages still to be settled)."""

from __future__ import annotations

from datetime import date

from ..domain import tokens
from . import search_pending
from .connection import Connection, lift_heap_bound

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
    "documents": "SELECT person_id, count(*) FROM document WHERE person_id IN temp.rids"
                 " GROUP BY 1",
    "group_members": "SELECT person_id, count(*) FROM group_member WHERE person_id IN temp.rids"
                     " GROUP BY 1",
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
                "SELECT count(*) FROM group_session WHERE group_id = ?", (group_id,)).fetchone()[0],
            "group_members": conn.execute(
                "SELECT count(*) FROM group_member WHERE group_id = ?", (group_id,)).fetchone()[0]}


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


# Likewise for a run of group deletions: the group index and its delete trigger.
GROUP_FTS = ("fts_group",)
GROUP_FTS_DELETE_TRIGGERS = ("group_ad",)


def begin_bulk_fts(conn: Connection, tables: tuple[str, ...] = PERSON_FTS,
                   delete_triggers: tuple[str, ...] = PERSON_FTS_DELETE_TRIGGERS) -> list[str]:
    """For a run of person deletions: FTS5 secure-delete rewrites a token's whole doclist
    per deleted row (seconds per person in a large vault). Switch it off for this
    transaction and drop the per-row delete triggers; ``end_bulk_fts`` rebuilds both
    indexes from their content, so no segment keeps a deleted token, creates the
    triggers again and switches secure-delete on again (same transaction)."""
    for table in tables:
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 0)")  # noqa: S608
    marks = ", ".join("?" * len(delete_triggers))
    triggers = [r[0] for r in conn.execute(
        f"SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})"  # noqa: S608
        " ORDER BY name", delete_triggers)]
    for name in delete_triggers:
        conn.execute(f"DROP TRIGGER IF EXISTS {name}")
    return triggers


def end_bulk_fts(conn: Connection, triggers: list[str],
                 tables: tuple[str, ...] = PERSON_FTS) -> None:
    """The end of a bulk run: the triggers ``begin_bulk_fts`` dropped (its result) back,
    both indexes rebuilt, secure-delete on."""
    for sql in triggers:
        conn.execute(sql)
    for table in tables:
        conn.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")  # noqa: S608
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('secure-delete', 1)")  # noqa: S608
    if "fts_contact" in tables:   # every contact is in the rebuilt index
        search_pending.forget_noted(conn)


def person_rowid(conn: Connection, person_id: str) -> int | None:
    row = conn.execute("SELECT rowid FROM person WHERE id = ?", (person_id,)).fetchone()
    return row[0] if row else None


def clear_guardian_contact(conn: Connection, person_id: str) -> int:
    """Empty the guardians' contact and postal address of a person (R9): both are data of
    third parties."""
    return conn.execute("UPDATE person SET guardian_contact = '', guardian_address = ''"
                        " WHERE id = ? AND (guardian_contact != '' OR guardian_address != '')",
                        (person_id,)).rowcount


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


def set_cache_size(conn: Connection, pages_or_kib: int, *, lift_bound: bool) -> None:
    """A deletion run's large cache (128 MiB, ``lift_bound``) is not held to the process's
    bound on SQLite's memory (``connection.SOFT_HEAP_LIMIT``) while it runs (the bound
    cost the deletion of 1,000 persons 18 % CPU); given back its own cache, the bound
    applies again, whatever that cache's size (a vault's own is larger than the bound).
    Other connections opened meanwhile keep the bound lifted (``lift_heap_bound``)."""
    if lift_bound:
        conn.execute(f"PRAGMA cache_size = {int(pages_or_kib)}")
        lift_heap_bound(conn, True)
        return
    try:
        conn.execute(f"PRAGMA cache_size = {int(pages_or_kib)}")
    finally:   # also on a connection closed meanwhile
        lift_heap_bound(conn, False)


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
