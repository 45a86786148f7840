"""SQL of a record's retention state – its restriction (Art. 18 DSGVO), holds, § 8a
decisions and § 9b marks – as a whole: read from one vault and laid over a restored copy
(``services.retention.deletion_guard``), so that what she decided about a record since the
backup holds after the restore, as its deletions do (docs/datenschutz.md, "Sicherungen")."""

from __future__ import annotations

from collections.abc import Iterable

from .connection import Connection

# The retention state of a record (a handed-over one travels with it too,
# ``handover_school_repo.copy_retention_state``).
RETENTION_STATE = ("retention_restriction", "retention_hold", "retention_decision",
                   "retention_mark")
_NO_RECORD = frozenset({"tombstone", "deletion_log", *RETENTION_STATE})

State = dict[str, tuple[list[str], list[tuple]]]   # table -> (columns, rows)


def read_state(conn: Connection) -> State:
    """Every row of the four tables (a few per record that has any)."""
    state: State = {}
    for table in RETENTION_STATE:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
        names = ", ".join(f'"{c}"' for c in columns)
        state[table] = (columns, list(conn.execute(f'SELECT {names} FROM "{table}"')))  # noqa: S608
    return state


def record_ids(state: State) -> set[str]:
    return {row[columns.index("record_id")] for columns, rows in state.values() for row in rows}


def rows_among(conn: Connection, ids: Iterable[str]) -> set[str]:
    """Those of ``ids`` that name a row of some table of ``conn`` by its id (a field's
    ``<id>#<column>`` by its row's)."""
    base = {i: i.split("#", 1)[0] for i in ids}
    if not base:
        return set()
    wanted, found = sorted(set(base.values())), set[str]()
    marks = ", ".join("?" * len(wanted))
    for (name,) in list(conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'fts_%'")):
        if name in _NO_RECORD or "id" not in {
                r[1] for r in conn.execute(f'PRAGMA table_info("{name}")')}:
            continue
        found.update(i for (i,) in conn.execute(
            f'SELECT id FROM "{name}" WHERE id IN ({marks})', wanted))  # noqa: S608
    return {i for i, b in base.items() if b in found}


def lay_over(conn: Connection, current: State, decided: set[str], missing: set[str]) -> int:
    """Inside the caller's transaction: the state of every record of ``decided`` becomes
    ``current``'s (a restriction or hold lifted since is gone, one placed since is there),
    except that a record of ``missing`` (not in this copy) gets none. The state of any
    other record stays. Returns how many rows changed."""
    changed = 0
    for table, (columns, rows) in current.items():
        at = columns.index("record_id")
        ids = sorted(decided)
        marks = ", ".join("?" * len(ids))
        if ids:
            changed += max(conn.execute(f'DELETE FROM "{table}" WHERE record_id IN ({marks})',  # noqa: S608
                                        ids).rowcount, 0)
        names = ", ".join(f'"{c}"' for c in columns)
        carried = [r for r in rows if r[at] in decided and r[at] not in missing]
        conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES '  # noqa: S608
                         f'({", ".join("?" * len(columns))})', carried)
        changed += len(carried)
    return changed
