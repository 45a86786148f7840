"""SQL of the admission rule (``domain/tables.Stone`` and ``Owner``) over the rows of a
vault: the rows a tombstone names that are present (a restore deletes them again,
``check`` lists them) and the rows that name another person's case or contact."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..domain.admission import KEY_MARK
from ..domain.tables import BEFORE, MONTH, TABLES, Declared, Stone
from .connection import Connection


def _name_sql(stone: Stone) -> str:
    joined = f" || '{KEY_MARK}' || ".join(f'x."{c}"' for c in stone.columns)
    return f"substr({joined}, 1, 7)" if stone.shape == MONTH else joined


def _kinds_sql(stone: Stone) -> tuple[str, list[str]]:
    if not stone.kinds:
        return "", []
    return f" AND t.category IN ({', '.join('?' * len(stone.kinds))})", list(stone.kinds)


def _row_sql(table: Declared) -> str:
    """How a finding names the row: its id, else its key columns joined."""
    if "id" in table.columns:
        return 'x."id"'
    stone = table.stones[0]
    return f" || '{KEY_MARK}' || ".join(f'x."{c}"' for c in stone.columns)


def _buried_sql(table: Declared, stone: Stone) -> tuple[str, list[str]]:
    """SELECT row name, tombstone name of the rows of ``table`` that ``stone`` buries."""
    kinds, args = _kinds_sql(stone)
    if stone.shape == BEFORE:
        column = stone.columns[0]
        return (f'SELECT {_row_sql(table)}, h.day FROM "{table.name}" x JOIN (SELECT'  # noqa: S608
                f" max(t.record_id) AS day FROM tombstone t WHERE 1{kinds}) h"
                f' ON x."{column}" < h.day', args)
    return (f'SELECT {_row_sql(table)}, t.record_id FROM "{table.name}" x JOIN tombstone t'  # noqa: S608
            f" ON t.record_id = {_name_sql(stone)}{kinds}", args)


def _existing(conn: Connection) -> set[str]:
    return {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _burials(conn: Connection) -> Iterator[tuple[Declared, list[tuple[object, object]]]]:
    """Per table present and each of its stones, one after the other: the table and the
    (row, tombstone) names of its rows that the stone buries."""
    existing = _existing(conn)
    for table in TABLES.values():
        if table.name not in existing or table.name == "tombstone":
            continue
        for stone in table.stones:
            sql, args = _buried_sql(table, stone)
            yield table, list(conn.execute(sql, args))


def buried_rows(conn: Connection) -> list[tuple[str, str, str]]:
    """(table, row, tombstone) of every row present that a tombstone names."""
    return sorted({(table.name, str(row), str(name))
                   for table, pairs in _burials(conn) for row, name in pairs})


def delete_buried(conn: Connection) -> int:
    """Delete every row a tombstone names (inside the caller's transaction; FK cascades
    take what hangs on them); the number deleted."""
    removed = 0
    for table, pairs in _burials(conn):
        key = _row_sql(table).replace("x.", "")
        removed += sum(max(conn.execute(
            f'DELETE FROM "{table.name}" WHERE {key} = ?', (row,)).rowcount, 0)  # noqa: S608
            for row, _name in pairs)
    return removed


def foreign_owners(conn: Connection, ids: dict[str, set] | None = None
                   ) -> list[tuple[str, str, str, str]]:
    """(table, row id, column, parent id) of every row whose ``Owner`` column names a row
    of another person (``ids``: only these rows of each table). A row without a person (a
    deleted parent's contact that stays in the child's case) names nobody else's."""
    found: list[tuple[str, str, str, str]] = []
    for table in TABLES.values():
        for owner in table.owners:
            around = ", ".join("?" * len(owner.around))
            rows = conn.execute(
                f'SELECT x.id, x."{owner.column}" FROM "{table.name}" x'  # noqa: S608
                f' JOIN "{owner.parent}" p ON p.id = x."{owner.column}"'
                f' LEFT JOIN person r ON r.id = x."{owner.person}"'
                f' WHERE x."{owner.person}" IS NOT NULL'
                f' AND x."{owner.person}" IS NOT p."{owner.person}"'
                f" AND (r.kind IS NULL OR r.kind NOT IN ({around}))", owner.around)
            found += [(table.name, row, owner.column, parent) for row, parent in rows
                      if ids is None or row in ids.get(table.name, ())]
    return found


def contact_minutes(conn: Connection) -> Iterator[dict]:
    """Every contact's id, person, day and minutes (the plausibility of ``check``), read
    one at a time, one person's day after the other."""
    for i, p, d, m in conn.execute("SELECT id, person_id, day, duration_min FROM contact"
                                   " ORDER BY day, person_id, id"):
        yield {"id": i, "person_id": p, "day": d, "duration_min": m}


def no_minutes(conn: Connection, tables: Iterable[str], most: int
               ) -> Iterator[tuple[str, str, int]]:
    """(table, id, minutes) of each row of ``tables`` (each with ``duration_min``) without
    minutes (0 or fewer) or with more than ``most`` (an import before 29.11.2026 took
    them), table after table."""
    existing = _existing(conn)
    for table in tables:
        if table in existing:
            for row, minutes in conn.execute(
                    f'SELECT id, duration_min FROM "{table}"'  # noqa: S608
                    " WHERE duration_min <= 0 OR duration_min > ? ORDER BY id", (most,)):
                yield table, row, minutes


def consent_days_reversed(conn: Connection, column: str) -> Iterator[tuple[str, str, str]]:
    """(id, valid_from, day) of each consent whose ``column`` (``valid_to``,
    ``withdrawn_on``) is given and lies before its begin (the days as stored, ISO)."""
    yield from conn.execute(f'SELECT id, valid_from, "{column}" FROM consent WHERE'  # noqa: S608
                            f' "{column}" IS NOT NULL AND "{column}" < valid_from ORDER BY id')
