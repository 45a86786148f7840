"""Schema migrations: NNNN_name.sql files applied in order, tracked by PRAGMA user_version
and by the migration ledger (``ledger``: name and checksum of every applied one)."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib import resources

import sqlcipher3

from ..connection import Connection
from ..transactions import transaction
from . import completion, ledger

# The shipped migrations as this process first read them (``available``).
_read_at_start: list[tuple[int, str, str]] | None = None


def available() -> list[tuple[int, str, str]]:
    """(version, name, sql) for every migration shipped with the package, in order, as
    read ONCE per process (``launch.run`` reads them at the start): an update that swaps
    the program's files while she works never hands this running code another release's
    migrations (``installed_build`` refuses the unlock and asks her to restart)."""
    global _read_at_start
    if _read_at_start is None:
        _read_at_start = _read_folder()
    return list(_read_at_start)


def _read_folder() -> list[tuple[int, str, str]]:
    found = []
    for entry in resources.files(__name__).iterdir():
        match = re.match(r"^(\d{4})_(\w+)\.sql$", entry.name)
        if match:
            found.append((int(match.group(1)), match.group(2), entry.read_text("utf-8")))
    found.sort()
    for expected, (version, _, _) in enumerate(found, start=1):
        if version != expected:
            raise RuntimeError(f"migration numbering has a gap at {expected}")
    return found


def shipped() -> list[ledger.Shipped]:
    """Every shipped migration with the sha256 of its text (UTF-8, LF line ends: the
    file's bytes as committed), in order."""
    return [ledger.Shipped(version, name, ledger.checksum(sql.encode("utf-8")))
            for version, name, sql in available()]


def verify(conn: Connection) -> None:
    """Refuse a vault whose migration ledger or (before the ledger) schema does not fit
    the shipped migrations: ``SchemaMismatch``, nothing written."""
    ledger.verify(conn, shipped())


def completion_plan(conn: Connection) -> completion.Plan:
    """What the schema of a vault about to be migrated (from before the ledger, or with a
    ledger and an older number) lacks of, or holds beyond, what its number declares, and
    whether that can be completed without losing a row. An empty plan for a new database
    and for a vault with a ledger at today's schema (``check`` names its drift)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if not version or (ledger.has_ledger(conn) and version >= latest_version()):
        return completion.Plan()
    return completion.plan(conn, min(version, latest_version()))


def schema_problems(conn: Connection) -> list[str]:
    """``check``: the ledger against the shipped migrations, and every table, column,
    index and trigger against what the migrations up to the vault's version declare."""
    problems = []
    if not ledger.has_ledger(conn):
        problems.append("Schema: das Verzeichnis der Umstellungen fehlt")
    else:
        problems += [f"Schema: {p}" for p in ledger.ledger_problems(conn, shipped())]
    version = min(conn.execute("PRAGMA user_version").fetchone()[0], latest_version())
    return problems + ledger.schema_drift(conn, version)


def _backfill_statistics_v2(conn: Connection) -> None:
    from .. import statistics_repo
    statistics_repo.backfill_v2(conn)


def _move_cp_decisions(conn: Connection) -> None:
    from .. import retention_repo
    retention_repo.move_cp_decisions(conn)


WRITTEN_BY = "ALTER TABLE {table} ADD COLUMN written_by TEXT NOT NULL DEFAULT ''"


def _add_written_by(conn: Connection) -> None:
    """contact.written_by and appointment.written_by, where missing: SQLite has
    no ADD COLUMN IF NOT EXISTS."""
    for table in ("contact", "appointment"):
        columns = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        if "written_by" not in columns:
            conn.execute(WRITTEN_BY.format(table=table))


# Python steps that must follow a migration's SQL inside its transaction, by migration
# name (numbers are renumbered when branches merge). Each runs exactly once, with it.
AFTER = {"statistics_v2": _backfill_statistics_v2, "i20_r5_one_store": _move_cp_decisions,
         "i28_written_by": _add_written_by}


def _derive_statistics(conn: Connection) -> None:
    from .. import statistics_derive
    statistics_derive.derive_for_every_activity(conn)


# Python steps that run once at the end of a chain that reaches today's schema (they
# write through today's dataclasses) when it applied the named migration: a vault of the
# first builds (statistics v1; no record for a § 8a procedure) gets the records its
# export's import derives, by the same function.
FINAL = {"statistics_v2": _derive_statistics}


# Migrations that only rewrite stored values (idempotent SQL): an imported document from
# an older vault carries those values as they were, so the import runs them again.
DATA_STEPS = ("i20_one_full_time_hours",)


def rerun_data_steps(conn: Connection) -> None:
    """Run the value-rewriting migrations again (inside the caller's transaction)."""
    for _version, name, sql in available():
        if name in DATA_STEPS:
            for statement in _split(sql):
                conn.execute(statement)


def latest_version() -> int:
    return available()[-1][0]


# The disk space a migration takes beside the vault, as a factor of its size (database
# and WAL), measured with tools/measure_migration_space.py (docs/handbuch.md): the
# pre-migration backup (0.95–0.99 ×) and, when the chain rebuilds a table or the search
# index (REBUILDS), the WAL of the one transaction and the grown database (schema
# 12 → 19: 1.88 ×; 2 → 19: 2.17 ×). A migration that only adds tables, columns or
# triggers needs the backup only.
SPACE_BACKUP_ONLY = 1.1
SPACE_REBUILD = 2.3
REBUILDS = ("statistics_v2", "i20_r5_one_store", "i21_search_prefixes")


def space_needed(conn: Connection, size: int) -> int:
    """Bytes a migration of this vault (``size``: database and WAL) needs free."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    rebuilds = any(name in REBUILDS for number, name, _sql in available() if number > version)
    return int(size * (SPACE_REBUILD if rebuilds else SPACE_BACKUP_ONLY))


def migration_due(conn: Connection) -> bool:
    """Whether opening this vault for writing migrates it (or completes its schema)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    return (0 < version < latest_version() or not ledger.has_ledger(conn)
            or completion_plan(conn).needed)


def newer_than_known(conn: Connection) -> tuple[int, str] | None:
    """(schema, version that last wrote it) of a database newer than this program knows,
    else None; only reads (the writer is named when its ``meta`` row can be read)."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version <= latest_version():
        return None
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'last_written_with'").fetchone()
    except sqlcipher3.DatabaseError:
        row = None
    return version, (row[0] if row else "")


def upgrade(conn: Connection, up_to: int | None = None, *,
            on_step: Callable[[int, int], None] | None = None) -> list[int]:
    """Complete a drifted schema (``completion_plan``), adopt a vault from before the
    ledger and apply every pending migration (recorded in the ledger), all in ONE
    transaction: a chain that fails anywhere leaves the vault at its old schema. Return
    the versions applied. ``on_step(done, total)`` is told before each migration (for a
    progress line; it is not asked whether to go on)."""
    verify(conn)
    with transaction(conn):
        return _upgrade(conn, up_to, on_step)


def _upgrade(conn: Connection, up_to: int | None,
             on_step: Callable[[int, int], None] | None) -> list[int]:
    known = shipped()
    completion.apply(conn, completion_plan(conn))
    ledger.adopt(conn, known)
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    pending = [(version, name, sql, migration)
               for (version, name, sql), migration in zip(available(), known, strict=True)
               if version > current and (up_to is None or version <= up_to)]
    applied = []
    for done, (version, name, sql, migration) in enumerate(pending):
        if on_step is not None:
            on_step(done, len(pending))
        ledger.record(conn, migration)
        for statement in _split(sql):
            if not _column_there(conn, statement) and not _object_there(conn, statement):
                conn.execute(statement)
        if name in AFTER:
            AFTER[name](conn)
        conn.execute(f"PRAGMA user_version = {int(version)}")
        applied.append(version)
    if applied and applied[-1] == latest_version():
        for _version, name, _sql, _migration in pending:
            if name in FINAL:
                FINAL[name](conn)
    return applied


_ADD_COLUMN = re.compile(r"^\s*ALTER\s+TABLE\s+\"?(\w+)\"?\s+ADD\s+(?:COLUMN\s+)?\"?(\w+)",
                         re.IGNORECASE)


def _column_there(conn: Connection, statement: str) -> bool:
    """True for an ``ALTER TABLE t ADD COLUMN c`` whose column ``t`` already has: an added
    column is skipped where it exists (SQLite has no ADD COLUMN IF NOT EXISTS), so that a
    migration that adds a field runs again on such a schema without change, like every
    other migration, with no Python step."""
    found = _ADD_COLUMN.match(statement)
    if not found:
        return False
    table, column = found.groups()
    return column in {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}


_CREATE = re.compile(r"^\s*CREATE\s+(?:UNIQUE\s+)?(TABLE|INDEX|TRIGGER|VIEW)\s+"
                     r"(?:IF\s+NOT\s+EXISTS\s+)?\"?(\w+)", re.IGNORECASE)


def created_object(statement: str) -> tuple[str, str] | None:
    """(type, name) a ``CREATE TABLE/INDEX/TRIGGER/VIEW`` statement makes, else None."""
    found = _CREATE.match(statement)
    return (found.group(1).lower(), found.group(2)) if found else None


def same_sql(a: str, b: str) -> bool:
    """Two CREATE statements alike but for white space, a final ``;`` and ``IF NOT
    EXISTS`` (SQLite keeps the text it was given)."""
    def norm(text: str) -> str:
        text = re.sub(r"\s+", " ", text).strip().rstrip(";").strip()
        return re.sub(r"IF NOT EXISTS ", "", text, flags=re.IGNORECASE)
    return norm(a) == norm(b)


def _object_there(conn: Connection, statement: str) -> bool:
    """True for a CREATE statement whose object the schema holds already, exactly as the
    statement makes it: a table a completed older vault kept because a later migration
    declares it so (``completion``) is not created twice."""
    created = created_object(statement)
    if created is None:
        return False
    row = conn.execute("SELECT sql FROM sqlite_master WHERE type = ? AND name = ?",
                       created).fetchone()
    return row is not None and row[0] is not None and same_sql(row[0], statement)


def _split(sql: str) -> list[str]:
    """Split a migration into statements; trigger bodies (BEGIN … END;) stay whole."""
    statements: list[str] = []
    buffer: list[str] = []
    for line in sql.splitlines():
        if line.strip().startswith("--") and not buffer:
            continue
        buffer.append(line)
        text = "\n".join(buffer).strip()
        if text.endswith(";"):
            if sqlcipher3.complete_statement(text):
                statements.append(text)
                buffer = []
    if "\n".join(buffer).strip():
        raise RuntimeError("migration ends inside a statement")
    return statements
