"""SQL of the deletion log and the tombstones (docs/retention.md): the log's entries
and their pruning, the tombstones of deleted records and erased fields and their
re-application after a restore, and the log of retention setting changes."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from ..domain import strict_json
from ..domain.entities import new_id
from . import admission_repo, timeshare_repo
from .connection import Connection
from .retention_repo import KIND_STORES


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
    return [LogEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], strict_json.loads(r[8] or "{}"),
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


def tables_with_id(conn: Connection) -> list[str]:
    """The tables a tombstone deletes from (``apply_tombstones``): every one with an ``id``."""
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
SESSION_KINDS = ("group_session", "open_offer", "network")   # network: an activity


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
    its children); last, every row a table's declaration says a tombstone names
    (``admission_repo.delete_buried``)."""
    stones = tombstones(conn)
    by_kind: dict[str, list[tuple[str, date]]] = {}
    for record_id, kind, day in stones:
        if FIELD_MARK not in record_id:
            by_kind.setdefault(kind, []).append((record_id, date.fromisoformat(day[:10])))
    removed = 0
    for name, store in KIND_STORES.items():
        if store.reapply is not None and by_kind.get(name):
            removed += store.reapply(conn, by_kind[name])
    tables = tables_with_id(conn)
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
    # what else the tables declare a tombstone names (``domain.tables.Stone``): a pruned
    # deletion log's earlier entries, a month's absences, …
    return removed + admission_repo.delete_buried(conn)


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
