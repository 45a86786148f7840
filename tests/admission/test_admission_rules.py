"""The admission rule (``domain/admission``, docs/datenschutz.md „Was hereinkommt“) asked
directly, without a vault: the name a tombstone gives a row under each shape of stone,
which tombstones keep a row out (its kind, the latest day a BEFORE stone names, at the
boundary) and which deletable tables no tombstone can name."""

from __future__ import annotations

from ssa_desktop.domain import admission
from ssa_desktop.domain.tables import BEFORE, MONTH, Declared, Stone

BY_ID = Stone()
BY_DAY = Stone(("day",), ("time_month",), MONTH)
BY_EXECUTED = Stone(("executed",), ("deletion_log",), BEFORE)
DRAFT = Stone(("school_id", "day"), ("draft",))


def _table(*stones: Stone, rule: str = "R13") -> Declared:
    return Declared("t", personal=("text",), plain=("id", "day"), rule=rule, stones=stones)


def test_a_stone_names_a_row_by_its_columns_joined_or_its_month():
    assert admission.stone_name(BY_ID, {"id": "p-1"}) == "p-1"
    assert admission.stone_name(DRAFT, {"school_id": "s-1", "day": "2026-03-12"}) == \
        "s-1/2026-03-12"
    assert admission.stone_name(Stone(("n", "b")), {"n": 0, "b": False}) == "0/False"
    assert admission.stone_name(BY_DAY, {"day": "2026-03-12"}) == "2026-03"
    assert admission.stone_name(BY_EXECUTED, {"executed": "2026-03-12"}) == "2026-03-12"


def test_a_row_with_an_empty_column_of_its_stone_has_no_name():
    for row in ({"school_id": "s-1", "day": ""}, {"school_id": "s-1"},
                {"school_id": None, "day": "2026-03-12"}):
        assert admission.stone_name(DRAFT, row) is None


def test_a_tombstone_keeps_out_the_row_it_names_among_its_kinds():
    graves = admission.Graves([("p-1", "person"), ("s-1/2026-03-12", "draft"),
                               ("2026-03", "time_month")])
    assert graves.kinds == {"p-1": "person", "s-1/2026-03-12": "draft", "2026-03": "time_month"}
    assert graves.buried(_table(BY_ID), {"id": "p-1"}) == "p-1"          # any kind
    assert graves.buried(_table(BY_ID), {"id": "p-2"}) is None
    assert graves.buried(_table(DRAFT), {"school_id": "s-1", "day": "2026-03-12"}) == \
        "s-1/2026-03-12"
    assert graves.buried(_table(Stone(("id",), ("case",))), {"id": "p-1"}) is None  # not its kind
    assert graves.buried(_table(BY_DAY), {"day": "2026-03-31"}) == "2026-03"
    assert graves.buried(_table(BY_DAY), {"day": "2026-04-01"}) is None
    assert graves.buried(_table(), {"id": "p-1"}) is None


def test_every_stone_of_a_table_is_asked_in_turn():
    graves = admission.Graves([("p-1", "person"), ("2026-03-01", "deletion_log")])
    table = _table(DRAFT, BY_EXECUTED, BY_ID)
    # the first stone has no name for it, the second does not reach it: the third does
    assert graves.buried(table, {"id": "p-1", "executed": "2026-03-01"}) == "p-1"
    assert graves.buried(table, {"id": "p-2", "executed": "2026-03-01"}) is None


def test_a_before_stone_keeps_out_every_row_before_the_latest_day_of_its_kinds():
    graves = admission.Graves([("2026-01-05", "deletion_log"), ("2026-03-01", "deletion_log"),
                               ("2026-02-01", "deletion_log"), ("2027-01-01", "person")])
    assert graves.horizons == {"deletion_log": "2026-03-01", "person": "2027-01-01"}
    table = _table(BY_EXECUTED)
    assert graves.buried(table, {"executed": "2026-02-28"}) == "2026-03-01"
    assert graves.buried(table, {"executed": "2026-03-01"}) is None      # the day itself stays
    assert graves.buried(table, {"executed": ""}) is None


def test_a_before_stone_without_a_tombstone_of_its_kinds_keeps_nothing_out():
    graves = admission.Graves([("2027-01-01", "person")])
    assert graves.buried(_table(BY_EXECUTED), {"executed": "2000-01-01"}) is None
    no_kinds = Stone(("executed",), (), BEFORE)
    assert admission.Graves([]).buried(_table(no_kinds), {"executed": "2000-01-01"}) is None


def test_deletable_tables_no_tombstone_names_are_the_undeclared():
    tables = [Declared("a", personal=(), plain=("id",), rule="R13"),
              Declared("b", personal=(), plain=("id",), rule="R13", stones=(BY_ID,)),
              Declared("c", personal=(), plain=("id",), rule="", how="nie gelöscht"),
              Declared("d", personal=(), plain=("id",), rule="R2")]
    assert admission.undeclared(tables) == ["a", "d"]
