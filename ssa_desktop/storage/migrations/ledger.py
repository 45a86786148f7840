"""The migration ledger and the declared schema.

Every migration applied to a vault is recorded in ``migration_ledger`` by number, name
and the sha256 of its file. At every open the ledger is compared with the migrations
shipped with this program before anything is written; a vault from before the ledger
(known only by ``PRAGMA user_version``) is adopted only when its schema holds every
table, column, index and trigger that the migrations up to its number declare.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import sqlcipher3

from ...domain.digests import sha256  # no OpenSSL in the GUI (domain/digests.py)
from ..connection import Connection, GuardedConnection
from ..errors import SchemaMismatch

LEDGER_TABLE = "migration_ledger"
LEDGER_DDL = (f"CREATE TABLE IF NOT EXISTS {LEDGER_TABLE} (version INTEGER PRIMARY KEY, "
              "name TEXT NOT NULL, checksum TEXT NOT NULL)")


@dataclass(frozen=True)
class Shipped:
    version: int
    name: str
    checksum: str


def checksum(data: bytes) -> str:
    return sha256(data).hexdigest()


def has_ledger(conn: Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (LEDGER_TABLE,)).fetchone() is not None


def ledger_problems(conn: Connection, shipped: list[Shipped]) -> list[str]:
    """German findings where the vault's ledger differs from the shipped migrations
    (empty: it is a prefix of them and agrees with ``user_version``)."""
    rows = conn.execute(f"SELECT version, name, checksum FROM {LEDGER_TABLE} "  # noqa: S608
                        "ORDER BY version").fetchall()
    by_name = {m.name: m for m in shipped}
    problems = []
    for position, (version, name, digest) in enumerate(rows, start=1):
        known = by_name.get(name)
        if known is None:
            problems.append(f"Umstellung {version} „{name}“ ist diesem Programm unbekannt")
        elif known.version != version or version != position:
            # out of order, or a gap before it (one line: every later one is off too)
            problems.append(f"Umstellung „{name}“ steht an Stelle {position}, "
                            f"ausgeliefert an Stelle {known.version}")
            break
        elif known.checksum != digest:
            problems.append(f"Umstellung {version} „{name}“ wurde nach der Auslieferung verändert")
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if not problems and len(rows) != version:
        problems.append(f"Schemastand {version}, aber {len(rows)} Umstellungen verzeichnet")
    return problems


def verify(conn: Connection, shipped: list[Shipped]) -> None:
    """Refuse (``SchemaMismatch``, nothing written) a vault whose ledger is unknown, out
    of order or changed, or whose schema (from before the ledger, or with a ledger and a
    migration due) cannot be completed to what its number promises without losing a row
    (``completion``)."""
    from . import completion_plan
    problems = ledger_problems(conn, shipped) if has_ledger(conn) else []
    if not problems:
        problems = completion_plan(conn).refusals
    if problems:
        raise SchemaMismatch(problems)


def record(conn: Connection, migration: Shipped) -> None:
    conn.execute(f"INSERT INTO {LEDGER_TABLE} (version, name, checksum) "  # noqa: S608
                 "VALUES (?, ?, ?)", (migration.version, migration.name, migration.checksum))


def adopt(conn: Connection, shipped: list[Shipped]) -> None:
    """Create the ledger (in the caller's transaction) and record the migrations up to
    ``user_version`` (checked by ``verify`` before)."""
    if has_ledger(conn):
        return
    conn.execute(LEDGER_DDL)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for migration in shipped[:version]:
        record(conn, migration)


# -- the declared schema ------------------------------------------------------------------
Schema = dict[tuple[str, str], frozenset[str]]
_KIND = {"table": "Tabelle", "index": "Index", "trigger": "Trigger", "view": "Sicht"}


def schema_of(conn: Connection) -> Schema:
    """Tables (with their columns), indexes, triggers and views, by (type, name)."""
    found: Schema = {}
    for kind, name in conn.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "AND name != ?", (LEDGER_TABLE,)):
        columns: frozenset[str] = frozenset()
        if kind == "table":
            columns = frozenset(r[1] for r in conn.execute(f'PRAGMA table_info("{name}")'))
        found[(kind, name)] = columns
    return found


@functools.lru_cache(maxsize=4)
def declared_schema(version: int) -> Schema:
    """The schema the shipped migrations up to ``version`` build on an empty database."""
    from . import upgrade
    conn = sqlcipher3.connect(":memory:", isolation_level=None, factory=GuardedConnection)
    try:
        upgrade(conn, up_to=version)
        return schema_of(conn)
    finally:
        conn.close()


def schema_drift(conn: Connection, version: int) -> list[str]:
    """Every difference between the vault's schema and the one declared for ``version``:
    what is missing, which columns are missing, and what is there undeclared."""
    expected = declared_schema(version)
    actual = schema_of(conn)
    order = sorted(expected, key=lambda key: (list(_KIND).index(key[0])
                                              if key[0] in _KIND else len(_KIND), key[1]))
    problems = [f"Schema: {_KIND.get(kind, kind)} {name} fehlt"
                for kind, name in order if (kind, name) not in actual]
    problems += [f"Schema: Spalte {name}.{column} fehlt" for kind, name in order
                 if (kind, name) in actual
                 for column in sorted(expected[(kind, name)] - actual[(kind, name)])]
    problems += [f"Schema: {_KIND.get(kind, kind)} {name} ist nicht vorgesehen"
                 for kind, name in sorted(set(actual) - set(expected))]
    return problems
