"""Queries of the interchange file (JSON export/import of a whole vault)."""

from __future__ import annotations

from collections.abc import Iterator

import sqlcipher3

from . import migrations
from .mapper import Table

DatabaseError = sqlcipher3.DatabaseError


def schema_references(table_names) -> dict[str, dict[str, str]]:
    """{table: {column: parent table}} read from the schema's own foreign keys (built in
    a throw-away in-memory database at the current schema)."""
    conn = sqlcipher3.connect(":memory:", isolation_level=None)
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


def rows_by_key(conn, table: Table) -> Iterator:
    """Every row of ``table`` in the order of its key (a stable export)."""
    return iter(table.select(conn, order=", ".join(f'"{k}"' for k in table.key)))


def settings_and_meta(conn) -> tuple[dict[str, str], dict[str, str]]:
    settings = dict(conn.execute("SELECT key, value FROM setting ORDER BY key").fetchall())
    meta = dict(conn.execute("SELECT key, value FROM meta ORDER BY key").fetchall())
    return settings, meta


def schema_version(conn) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def set_meta(conn, key: str, value: str) -> None:
    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) "
                 "DO UPDATE SET value = excluded.value", (key, value))


def first_broken_reference(conn) -> str | None:
    """The table of the first row that points to a missing row (None: all links hold)."""
    row = conn.execute("PRAGMA foreign_key_check").fetchone()
    return row[0] if row else None


# -- merging into a vault that has data ---------------------------------------------------
def ids(conn, table_name: str) -> set:
    """Every ``id`` of ``table_name`` (a table with an ``id`` column)."""
    return {r[0] for r in conn.execute(f'SELECT id FROM "{table_name}"')}  # noqa: S608


def pseudonyms(conn) -> dict[str, str]:
    """{pseudonym: person id} of the vault."""
    return dict(conn.execute("SELECT pseudonym, id FROM person").fetchall())


def statistics_sources(conn) -> set[tuple[str, str]]:
    """(record_type, source_id) of every statistics record that names its activity."""
    return set(conn.execute("SELECT record_type, source_id FROM statistics_record"
                            " WHERE source_id IS NOT NULL").fetchall())


def time_entry_sources(conn) -> set[tuple[str, str]]:
    return set(conn.execute("SELECT source_kind, source_id FROM time_entry"
                            " WHERE source_id IS NOT NULL").fetchall())


def tombstoned(conn) -> set[str]:
    """Ids (and ``<id>#<column>`` fields) deleted in this vault."""
    return {r[0] for r in conn.execute("SELECT record_id FROM tombstone")}


def all_settings(conn) -> dict[str, str]:
    return dict(conn.execute("SELECT key, value FROM setting ORDER BY key").fetchall())
