"""Completing the schema of a vault from before the ledger.

Such a vault is known only by ``PRAGMA user_version``; migrations renumbered after a
release can leave it with objects of another numbering. Where the schema declared for
its number can be reached without losing a row it is completed (in the adoption's
transaction, after the pre-migration backup): missing tables, indexes, triggers and
views are created from their declared SQL, missing columns by the shipped
``ADD COLUMN`` statement that declares them, the rows of known older tables
(restrictions, tombstones) are carried into today's tables, and empty undeclared
objects go. Anything else (a table with rows this program does not know, a column only
a table rebuild declares, a search index) refuses the vault before anything is written.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import sqlcipher3

from ...domain import retention as rt
from ..connection import Connection, GuardedConnection

# Older tables whose rows today live elsewhere: the carrying SQL (INSERT OR IGNORE: a row
# already there stays as it is, so a restriction is never lifted) and what she is told.
CARRIED = {
    # Art. 18 / Widerspruch restrictions of the privacy tables of 22.11.2026 (schema 6).
    "person_restriction": (
        "INSERT OR IGNORE INTO retention_restriction (record_id, record_kind, reason, since)"  # noqa: S608
        f" SELECT person_id, '{rt.PERSON}', CASE WHEN reason = 'widerspruch' THEN"
        f" '{rt.OBJECTION}' WHEN reason IN ({', '.join(repr(k) for k in rt.RESTRICTION_REASONS)})"
        " THEN reason ELSE 'request' END, since FROM person_restriction",
        "Einschränkung (Art. 18 DSGVO)"),
    # Tombstones of deleted records in their table of the same day.
    "deletion_tombstone": (
        "INSERT OR IGNORE INTO tombstone (record_id, category, deleted)"
        " SELECT record_id, category, deleted_on FROM deletion_tombstone",
        "Löschvermerk"),
}
_KIND = {"table": "Tabelle", "index": "Index", "trigger": "Trigger", "view": "Sicht"}
_ORDER = ("table", "index", "trigger", "view")
_ADD_COLUMN = re.compile(r"^\s*ALTER\s+TABLE\s+\"?(\w+)\"?\s+ADD\s+(?:COLUMN\s+)?\"?(\w+)",
                         re.IGNORECASE)


@dataclass
class Plan:
    """What completing the schema takes: SQL in order, German lines of what it does,
    and German reasons why it cannot be done (then nothing is done)."""

    statements: list[str] = field(default_factory=list)
    done: list[str] = field(default_factory=list)
    refusals: list[str] = field(default_factory=list)

    @property
    def needed(self) -> bool:
        return bool(self.statements)

    def notice(self) -> str:
        return ("Der Aufbau des Tresors wurde vor der Umstellung vervollständigt (eine "
                "Sicherung des vorherigen Stands liegt bei den Sicherungen): "
                + "; ".join(self.done) + ".")


@functools.lru_cache(maxsize=4)
def _declared_master(version: int) -> dict[tuple[str, str], tuple[str, str | None]]:
    """(type, name) -> (table it belongs to, its SQL) as the migrations up to ``version``
    build them on an empty database."""
    from . import upgrade
    conn = sqlcipher3.connect(":memory:", isolation_level=None, factory=GuardedConnection)
    try:
        upgrade(conn, up_to=version)
        return {(kind, name): (table, sql) for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite_%' AND name != 'migration_ledger'")}
    finally:
        conn.close()


def _add_column_statements(version: int) -> dict[tuple[str, str], str]:
    """(table, column) -> the shipped statement that adds it, up to ``version``."""
    from . import WRITTEN_BY, available
    found: dict[tuple[str, str], str] = {}
    for number, name, sql in available():
        if number > version:
            break
        statements = _statements(sql)
        if name == "i28_written_by":
            statements = [WRITTEN_BY.format(table=t) for t in ("contact", "appointment")]
        for statement in statements:
            match = _ADD_COLUMN.match(statement)
            if match:
                found[(match.group(1), match.group(2))] = statement
    return found


def _statements(sql: str) -> list[str]:
    from . import _split
    return _split(sql)


def plan(conn: Connection, version: int) -> Plan:
    """How the schema of this vault reaches the one declared for ``version``."""
    from .ledger import declared_schema, schema_of
    expected, actual = declared_schema(version), schema_of(conn)
    result = Plan()
    _plan_missing(result, version, expected, actual)
    _plan_columns(result, version, expected, actual)
    _plan_undeclared(conn, result, version, expected, actual)
    return result


def _virtual_tables(master: dict[tuple[str, str], tuple[str, str | None]]) -> set[str]:
    return {name for (kind, name), (_t, sql) in master.items()
            if kind == "table" and (sql or "").upper().startswith("CREATE VIRTUAL")}


def _plan_missing(result: Plan, version: int, expected, actual) -> None:
    master = _declared_master(version)
    virtual = _virtual_tables(master)
    for kind in _ORDER:
        for key in sorted(k for k in expected if k[0] == kind and k not in actual):
            name = key[1]
            if name in virtual or any(name.startswith(f"{v}_") for v in virtual):
                result.refusals.append(f"Suchindex {name} fehlt")
                continue
            result.statements.append(master[key][1] or "")
            result.done.append(f"{_KIND[kind]} {name} ergänzt")


def _plan_columns(result: Plan, version: int, expected, actual) -> None:
    statements = _add_column_statements(version)
    for (kind, table), columns in sorted(expected.items()):
        if (kind, table) not in actual:
            continue
        for column in sorted(columns - actual[(kind, table)]):
            statement = statements.get((table, column))
            if statement is None:
                result.refusals.append(f"Spalte {table}.{column} fehlt und kann nicht "
                                       "ergänzt werden")
            else:
                result.statements.append(statement)
                result.done.append(f"Spalte {table}.{column} ergänzt")


_VIRTUAL = re.compile(r"^\s*CREATE\s+VIRTUAL\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?\"?(\w+)",
                      re.IGNORECASE)


def _declared_later(conn: Connection, name: str, version: int) -> bool:
    """A table a later migration creates exactly as the vault has it (the vault took
    that migration under another number): kept, and that migration skips it. A
    full-text index a later migration creates (``IF NOT EXISTS``) is kept with its
    shadow tables (``<index>_data`` …)."""
    from . import available, created_object, same_sql
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                       (name,)).fetchone()
    later = [statement for number, _name, sql in available() if number > version
             for statement in _statements(sql)]
    virtual = {found.group(1) for found in map(_VIRTUAL.match, later) if found}
    if name in virtual or any(name.startswith(f"{index}_") for index in virtual):
        return True
    return any(created_object(statement) == ("table", name) and same_sql(row[0], statement)
               for statement in later)


def _plan_undeclared(conn: Connection, result: Plan, version: int, expected,
                     actual) -> None:
    for kind, name in sorted(set(actual) - set(expected), key=_in_order):
        if kind != "table":
            result.statements.append(f'DROP {kind.upper()} IF EXISTS "{name}"')
            result.done.append(f"{_KIND.get(kind, kind)} {name} entfernt")
            continue
        rows = conn.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]  # noqa: S608
        if _declared_later(conn, name, version):
            result.done.append(f"Tabelle {name} bleibt für eine spätere Umstellung")
        elif name in CARRIED and rows:
            carry, what = CARRIED[name]
            result.statements += [carry, f'DROP TABLE "{name}"']
            result.done.append(f"{rows} × {what} aus {name} übernommen")
        elif rows:
            result.refusals.append(f"Tabelle {name} ist nicht vorgesehen und enthält "
                                   f"{rows} Zeilen, die dieses Programm nicht zuordnen kann")
        else:
            result.statements.append(f'DROP TABLE "{name}"')
            result.done.append(f"leere Tabelle {name} entfernt")


def _in_order(key: tuple[str, str]) -> tuple[int, str]:
    return (_ORDER.index(key[0]) if key[0] in _ORDER else len(_ORDER), key[1])


def apply(conn: Connection, completion: Plan) -> None:
    """Run the plan (inside the caller's transaction; refused plans never get here)."""
    for statement in completion.statements:
        conn.execute(statement)
