"""Issue 65 (mutation over every rule module): the rules of ``storage/migrations/ledger.py``
on small in-memory databases, without a vault — each finding of ``ledger_problems`` and
when it is said, ``verify``, ``adopt`` recording up to ``user_version`` and not twice,
what ``schema_of`` sees, and ``schema_drift``'s findings in their order. A real vault
proves the same at the unlock (tests/storage/test_migration_ledger.py); these run in a
second, so a mutant of the ledger costs one."""

from __future__ import annotations

import sqlite3

import pytest
import sqlcipher3

from ssa_desktop.storage import migrations
from ssa_desktop.storage.connection import GuardedConnection
from ssa_desktop.storage.errors import SchemaMismatch
from ssa_desktop.storage.migrations import ledger

SHIPPED = [ledger.Shipped(n, f"m{n}", f"c{n}") for n in range(1, 5)]


def _db(rows, user_version: int) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.execute(ledger.LEDGER_DDL)
    conn.executemany(f"INSERT INTO {ledger.LEDGER_TABLE} VALUES (?, ?, ?)", rows)   # noqa: S608
    conn.execute(f"PRAGMA user_version = {user_version}")
    return conn


def _rows(shipped):
    return [(s.version, s.name, s.checksum) for s in shipped]


def test_a_shipped_migration_is_a_value_that_cannot_be_changed():
    import dataclasses

    with pytest.raises(dataclasses.FrozenInstanceError):
        SHIPPED[0].checksum = "c2"  # type: ignore[misc]
    assert {SHIPPED[0], ledger.Shipped(1, "m1", "c1")} == {SHIPPED[0]}


def test_the_checksum_is_the_sha256_of_the_bytes():
    assert ledger.checksum(b"abc") == (
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")


def test_a_ledger_that_is_a_prefix_and_fits_the_number_has_no_finding():
    assert ledger.ledger_problems(_db(_rows(SHIPPED[:3]), 3), SHIPPED) == []
    assert ledger.ledger_problems(_db([], 0), SHIPPED) == []


@pytest.mark.parametrize(("rows", "user_version", "findings"), [
    ([(1, "m1", "c1"), (2, "x", "c2")], 2, ["Umstellung 2 „x“ ist diesem Programm unbekannt"]),
    ([(1, "m1", "c1"), (2, "m2", "zz"), (3, "m3", "yy")], 3,
     ["Umstellung 2 „m2“ wurde nach der Auslieferung verändert",
      "Umstellung 3 „m3“ wurde nach der Auslieferung verändert"]),
    ([(1, "m2", "c2")], 1, ["Umstellung „m2“ steht an Stelle 1, ausgeliefert an Stelle 2"]),
    # numbered as shipped, but a gap before it: its position gives it away
    ([(1, "m1", "c1"), (3, "m3", "c3")], 2,
     ["Umstellung „m3“ steht an Stelle 2, ausgeliefert an Stelle 3"]),
    ([(1, "m1", "c1"), (2, "m2", "c2")], 3, ["Schemastand 3, aber 2 Umstellungen verzeichnet"]),
    ([(1, "m1", "c1")], 0, ["Schemastand 0, aber 1 Umstellungen verzeichnet"]),
    # the count is said only when nothing else is wrong
    ([(1, "m1", "c1"), (2, "x", "c2")], 4, ["Umstellung 2 „x“ ist diesem Programm unbekannt"]),
])
def test_each_ledger_that_does_not_fit_is_named(rows, user_version, findings):
    assert ledger.ledger_problems(_db(rows, user_version), SHIPPED) == findings


def _memory() -> sqlcipher3.Connection:
    return sqlcipher3.connect(":memory:", isolation_level=None, factory=GuardedConnection)


def test_verify_refuses_a_ledger_that_does_not_fit_and_passes_one_that_does():
    conn = _memory()
    migrations.upgrade(conn)
    known = migrations.shipped()
    ledger.verify(conn, known)                       # today's schema: nothing to say
    conn.execute(f"UPDATE {ledger.LEDGER_TABLE} SET checksum = '00' WHERE version = 2")
    with pytest.raises(SchemaMismatch) as refused:
        ledger.verify(conn, known)
    assert refused.value.problems == [
        f"Umstellung 2 „{known[1].name}“ wurde nach der Auslieferung verändert"]
    conn.close()


def test_verify_refuses_a_schema_from_before_the_ledger_that_lacks_its_tables():
    conn = _memory()
    conn.execute("CREATE TABLE meta (key TEXT)")
    conn.execute("PRAGMA user_version = 1")
    assert not ledger.has_ledger(conn)
    with pytest.raises(SchemaMismatch):
        ledger.verify(conn, migrations.shipped())
    conn.close()


def test_adopt_records_the_migrations_up_to_the_number_once():
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA user_version = 3")
    assert not ledger.has_ledger(conn)
    ledger.adopt(conn, SHIPPED)
    assert ledger.has_ledger(conn)
    recorded = conn.execute(f"SELECT * FROM {ledger.LEDGER_TABLE} ORDER BY version").fetchall()  # noqa: S608
    assert recorded == _rows(SHIPPED[:3])
    conn.execute("PRAGMA user_version = 4")
    ledger.adopt(conn, SHIPPED)                      # a ledger there: nothing recorded
    assert conn.execute(f"SELECT count(*) FROM {ledger.LEDGER_TABLE}").fetchone() == (3,)  # noqa: S608
    ledger.record(conn, SHIPPED[3])
    assert conn.execute(f"SELECT * FROM {ledger.LEDGER_TABLE} WHERE version = 4").fetchone() == (  # noqa: S608
        4, "m4", "c4")


def test_schema_of_sees_tables_with_columns_indexes_triggers_and_views_not_the_ledger():
    conn = sqlite3.connect(":memory:")
    conn.execute(ledger.LEDGER_DDL)
    conn.execute("CREATE TABLE t (a, b)")
    conn.execute("CREATE INDEX t_a ON t(a)")
    conn.execute("CREATE TRIGGER t_ai AFTER INSERT ON t BEGIN SELECT 1; END")
    conn.execute("CREATE VIEW v AS SELECT a FROM t")
    conn.execute("CREATE TABLE u (c PRIMARY KEY)")          # its autoindex: sqlite_…
    assert ledger.schema_of(conn) == {
        ("table", "t"): frozenset({"a", "b"}), ("index", "t_a"): frozenset(),
        ("trigger", "t_ai"): frozenset(), ("view", "v"): frozenset(),
        ("table", "u"): frozenset({"c"})}


def test_the_drift_names_what_is_missing_by_kind_then_the_columns_then_what_is_extra():
    conn = _memory()
    migrations.upgrade(conn, up_to=1)
    assert ledger.schema_drift(conn, 1) == []
    assert ledger.declared_schema(1)[("table", "meta")] == frozenset({"key", "value"})
    assert ledger.declared_schema(1) is ledger.declared_schema(1)   # built once per version
    conn.execute("DROP TRIGGER person_ai")
    conn.execute("DROP INDEX person_school")
    conn.execute("DROP TABLE working_note")
    conn.execute("DROP TABLE annotation")
    conn.execute("ALTER TABLE school_pupils DROP COLUMN pupils")
    conn.execute("CREATE TABLE zz (x)")
    conn.execute("CREATE VIEW aa AS SELECT 1")
    assert ledger.schema_drift(conn, 1) == [
        "Schema: Tabelle annotation fehlt", "Schema: Tabelle working_note fehlt",
        "Schema: Index annotation_target fehlt",        # went with its table
        "Schema: Index person_school fehlt", "Schema: Trigger person_ai fehlt",
        "Schema: Spalte school_pupils.pupils fehlt",
        "Schema: Tabelle zz ist nicht vorgesehen", "Schema: Sicht aa ist nicht vorgesehen"]
    conn.close()
