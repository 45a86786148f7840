"""The admission rule is declared once, with the tables (``domain/tables.Stone``): every
table a deletion removes rows from says how a tombstone names them, and a new deletable
table is refused until it does – then the incoming rows (import, package, return), the
restore and ``check`` keep its deleted rows out without a line of their own."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from ssa_desktop.domain import admission, tables
from ssa_desktop.domain.tables import MONTH, TABLES, Declared, Stone
from ssa_desktop.services import admission as admission_service
from ssa_desktop.services import tombstones
from ssa_desktop.storage import retention_log_repo
from ssa_desktop.storage.transactions import transaction

# a table a developer adds: session notes per school and day, deleted by R13
NEW = Declared("session_note", personal=("text",), plain=("school_id", "day"), rule="R13",
               how="Notiz nach Schuljahresende + Frist")
STONE = Stone(("school_id", "day"), ("draft",))


def test_every_deletable_table_declares_how_a_tombstone_names_its_rows():
    assert admission.undeclared(TABLES.values()) == []
    assert admission.undeclared([*TABLES.values(), NEW]) == ["session_note"]
    assert admission.undeclared([*TABLES.values(), dataclasses.replace(NEW, stones=(STONE,))]) == []


def test_a_row_of_the_new_table_stays_out_on_every_way_in(conn, monkeypatch):
    declared = dataclasses.replace(NEW, stones=(STONE,))
    monkeypatch.setitem(TABLES, declared.name, declared)
    row = {"school_id": "school-1", "day": "2026-03-12", "text": "Streit in der 7b"}
    with transaction(conn):
        conn.execute("CREATE TABLE session_note (school_id TEXT, day TEXT, text TEXT)")
        conn.execute("INSERT INTO session_note VALUES (?, ?, ?)", tuple(row.values()))
    # the vault holds the row and no tombstone names it: admitted, no finding
    assert admission_service.graves(conn).buried(declared, row) is None
    assert admission_service.vault_breaches(conn) == []
    with transaction(conn):
        tombstones.deleted(conn, "draft", "school-1/2026-03-12", date(2031, 9, 1))
    # an import, a package or a return: kept out
    assert admission_service.graves(conn).buried(declared, row) == "school-1/2026-03-12"
    # check: named
    assert admission_service.vault_breaches(conn) == [
        "session_note school-1/2026-03-12: gelöscht (Grabstein „school-1/2026-03-12“), "
        "wieder vorhanden – eine Wiederherstellung löscht es wieder"]
    # a restore: deleted again
    with transaction(conn):
        assert retention_log_repo.apply_tombstones(conn) >= 1
    assert conn.execute("SELECT count(*) FROM session_note").fetchone()[0] == 0
    assert admission_service.vault_breaches(conn) == []


@pytest.mark.parametrize(("stone", "row", "expected"), [
    (Stone(), {"id": "a"}, "a"),
    (Stone(), {"id": "b"}, None),
    (Stone(("day",), ("time_month",), MONTH), {"day": "2026-02-03"}, "2026-02"),
    (Stone(("day",), ("time_month",), MONTH), {"day": "2026-03-03"}, None),
    (Stone(("day",), ("report_text",), MONTH), {"day": "2026-02-03"}, None),   # other kind
    (Stone(("executed",), ("deletion_log",), tables.BEFORE), {"executed": "2028-08-31 23:59"},
     "2028-09-01"),
    (Stone(("executed",), ("deletion_log",), tables.BEFORE), {"executed": "2028-09-01 00:00"},
     None),
    (Stone(("school_id", "school_year", "section")),
     {"school_id": "s", "school_year": 2024, "section": "intro"}, "s/2024/intro"),
    (Stone(("source_id",), ("group_session",)), {"source_id": None}, None),
])
def test_graves_at_the_boundary(stone, row, expected):
    graves = admission.Graves([("a", "person"), ("2026-02", "time_month"),
                               ("2027-09-01", "deletion_log"), ("2028-09-01", "deletion_log"),
                               ("s/2024/intro", "report_text")])
    assert graves.buried(dataclasses.replace(NEW, stones=(stone,)), row) == expected
