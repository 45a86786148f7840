"""Queries of the interchange file (JSON export/import of a whole vault)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import cache
from typing import Any

import sqlcipher3

from . import migrations
from .connection import Connection, GuardedConnection
from .mapper import Table
from .statistics_derive import statistics_sources as statistics_sources
from .statistics_derive import time_entry_sources as time_entry_sources
from .statistics_derive import tombstoned as tombstoned

DatabaseError = sqlcipher3.DatabaseError


def schema_references(table_names) -> dict[str, dict[str, str]]:
    """{table: {column: parent table}} read from the schema's own foreign keys (built in
    a throw-away in-memory database at the current schema)."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None, factory=GuardedConnection)
    try:
        migrations.upgrade(conn)
        result: dict[str, dict[str, str]] = {}
        for name in table_names:
            for row in conn.execute(f"PRAGMA foreign_key_list({name})"):
                # (id, seq, table, from, to, on_update, on_delete, match)
                result.setdefault(name, {})[row[3]] = row[2]
        return result
    finally:
        conn.close()


def rows_by_key(conn: Connection, table: Table) -> Iterator:
    """Every row of ``table`` in the order of its key (a stable export)."""
    return iter(table.select(conn, order=", ".join(f'"{k}"' for k in table.key)))


def settings_and_meta(conn: Connection) -> tuple[dict[str, str], dict[str, str]]:
    settings = dict(conn.execute("SELECT key, value FROM setting ORDER BY key").fetchall())
    meta = dict(conn.execute("SELECT key, value FROM meta ORDER BY key").fetchall())
    return settings, meta


def schema_version(conn: Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def set_meta(conn: Connection, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) "
                 "DO UPDATE SET value = excluded.value", (key, value))


def first_broken_reference(conn: Connection) -> str | None:
    """The table of the first row that points to a missing row (None: all links hold)."""
    row = conn.execute("PRAGMA foreign_key_check").fetchone()
    return row[0] if row else None


# -- merging into a vault that has data ---------------------------------------------------
def ids(conn: Connection, table_name: str) -> set:
    """Every ``id`` of ``table_name`` (a table with an ``id`` column)."""
    return {r[0] for r in conn.execute(f'SELECT id FROM "{table_name}"')}  # noqa: S608


def pseudonyms(conn: Connection) -> dict[str, str]:
    """{pseudonym: person id} of the vault."""
    return dict(conn.execute("SELECT pseudonym, id FROM person").fetchall())


def uncounted(conn: Connection, table: str, record_type: str) -> list[str]:
    """Ids of the activities of ``table`` that have no statistics record of
    ``record_type`` here (counted elsewhere: a predecessor's years)."""
    return [r[0] for r in conn.execute(
        f'SELECT a.id FROM "{table}" a WHERE NOT EXISTS (SELECT 1 FROM statistics_record r'  # noqa: S608
        " WHERE r.source_id = a.id AND r.record_type = ?) ORDER BY a.id", (record_type,))]


def all_settings(conn: Connection) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM setting ORDER BY key").fetchall())


# -- tables without a domain dataclass (retention, Auskunft, Jahresbericht …) ---------------
# Not part of the format's tables: the vault's bookkeeping (meta and settings travel as
# sections of their own; the migration ledger stays with its vault) and the full-text
# index (rebuilt by the schema's triggers). Documents travel only when she asks, in a
# section of their own without their keys, their bytes in an archive beside the file
# (services/interchange_archive.py, docs/interchange.md "Dokumente"). Her
# letter templates (files, not records) travel by their own file (``letter template-export``).
# A group membership stays too: the format carries the group's counts, not who took part.
# The overwrite journal (``file_intents``) names paths of this machine: it stays as well.
NOT_TABLES = frozenset({"meta", "setting", "migration_ledger", "document", "letter_template",
                        "group_member", "file_intent"})
_SQL_TYPES = {"TEXT": "str", "INTEGER": "int", "REAL": "float"}


def _is_index(name: str) -> bool:
    return name.startswith(("fts_", "sqlite_"))


@cache
def schema_columns() -> dict[str, tuple[tuple, ...]]:
    """{table: ((name, type, notnull, default, pk), …)} of the current schema."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None, factory=GuardedConnection)
    try:
        migrations.upgrade(conn)
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        return {n: tuple(tuple(r[1:6]) for r in conn.execute(f'PRAGMA table_info("{n}")'))
                for n in names if not _is_index(n) and n not in NOT_TABLES}
    finally:
        conn.close()


def _default(sql_default: str | None, kind: str) -> Any:
    if sql_default is None:
        return dataclasses.MISSING
    text = sql_default.strip()
    if text.startswith("'") and text.endswith("'"):
        return text[1:-1].replace("''", "'")
    try:
        return int(text) if kind == "int" else float(text) if kind == "float" else text
    except ValueError:
        return dataclasses.MISSING


def generic_table(name: str) -> Table:
    """A ``Table`` for a table that has no domain dataclass: one field per column, typed
    by its SQL type (text values as stored, e.g. dates as "JJJJ-MM-TT"); a column that
    may be NULL is optional, a column with a default may be left out."""
    columns = schema_columns()[name]
    fields, key = [], []
    for column, sql_type, notnull, default, pk in columns:
        kind = _SQL_TYPES.get(sql_type.upper(), "str")
        optional = not notnull and not pk
        annotation = f"{kind} | None" if optional else kind
        value = _default(default, kind)
        if value is dataclasses.MISSING and optional:
            value = None
        spec = dataclasses.field() if value is dataclasses.MISSING else dataclasses.field(
            default=value)
        fields.append((column, annotation, spec))
        if pk:
            key.append((pk, column))
    # a dataclass wants the fields without a default first
    required = [f for f in fields if f[2].default is dataclasses.MISSING]
    rest = [f for f in fields if f[2].default is not dataclasses.MISSING]
    cls = dataclasses.make_dataclass(f"Row_{name}", required + rest)
    key_columns = tuple(c for _, c in sorted(key)) or tuple(c[0] for c in columns)
    return Table(name, cls, key=key_columns)


def generic_tables(known: set[str]) -> list[Table]:
    """Every table of the schema beyond ``known`` (the mapped ones), parents first."""
    names = [n for n in schema_columns() if n not in known]
    refs = schema_references(tuple(names))
    ordered: list[str] = []
    while names:
        ready = [n for n in names if all(p in known or p in ordered or p == n
                                         for p in refs.get(n, {}).values())] or names[:1]
        ordered += ready
        names = [n for n in names if n not in ready]
    return [generic_table(n) for n in ordered]


def all_ids(conn: Connection, table_names) -> set[str]:
    """Every ``id`` in the given tables (those with an ``id`` column)."""
    result: set[str] = set()
    for name in table_names:
        result |= {r[0] for r in conn.execute(f'SELECT id FROM "{name}"')}  # noqa: S608
    return result
