"""The compact table of assessments (``domain/retention_rows.py``) gives back exactly
what was added, whatever the ids (the vault's hex ids, months, keys with umlauts, upper
case hex, the empty id) and owners; its lists choose by a row's shared part and join;
``EngineOrder`` gives the engine's order (``Engine.evaluate``: due day, kind, id; equal
ones as they came) for rows in any order."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import retention as rt
from ssa_desktop.domain.retention_rows import AssessmentTable, EngineOrder, Numbers, Rows

IDS = (st.binary(min_size=16, max_size=16).map(bytes.hex)          # the vault's ids
       | st.sampled_from(["2024-02", "", "0", "ABCDEF", "abc", "ab cd", "Ölwechsel/2025/x"])
       | st.text(max_size=12))
DAYS = st.none() | st.dates(date(2015, 1, 1), date(2035, 12, 31))
assessments = st.builds(
    rt.Assessment,
    st.sampled_from(["person", "group", "time_month", "activity_note", "guardian_contact"]),
    IDS, st.sampled_from(["R2", "R4", "R9", ""]), st.sampled_from(["case", "group", ""]),
    st.sampled_from([rt.DUE, rt.ACTIVE, rt.REVIEW, rt.HOLD]), DAYS, DAYS,
    st.sampled_from([None, rt.DELETE, rt.CLEAR]),
    st.sampled_from(["fällig seit 01.08.2025 nach R2", "keine Löschfrist erreicht", ""]),
    st.none() | IDS)


def _table(items: list[rt.Assessment]) -> tuple[AssessmentTable, Rows]:
    table = AssessmentTable()
    return table, Rows(table, [table.add(a) for a in items])


@given(st.lists(assessments, max_size=60))
def test_every_row_reads_back_as_the_assessment_added(items):
    table, rows = _table(items)
    assert list(rows) == items and len(rows) == len(items) == len(table)
    assert [table.record_id(n) for n in range(len(items))] == [a.record_id for a in items]
    assert rows[1:5] == items[1:5]
    if items:
        assert rows[-1] == items[-1]
    # what rows share is kept once, and each owner once
    assert len(table.heads) == len({(a.record_kind, a.rule, a.category, a.state, a.due,
                                     a.trigger_day, a.action, a.reason) for a in items})
    assert len(table._owners) == len({None} | {a.owner_id for a in items})


@given(st.lists(assessments, max_size=60))
def test_lists_choose_by_the_shared_part_and_join(items):
    table, rows = _table(items)
    due = rows.where(lambda a: a.is_due)
    assert list(due) == [a for a in items if a.is_due]
    assert rows.count_where(lambda a: a.is_due) == len(due)
    assert list(due + rows) == [a for a in items if a.is_due] + items
    assert rows.__add__(Rows(AssessmentTable())) is NotImplemented   # another table's rows
    wanted = {a.record_id for a in items[::3]} | {"nicht da"}
    first = {}
    for a in items:
        if a.record_id in wanted:
            first.setdefault(a.record_id, a)
    assert rows.first_of(wanted) == first
    assert rows.first_of(set()) == {}
    keys = {(a.record_kind, a.record_id) for a in items[::2]} | {("person", "nicht da"), None}
    assert rows.positions(keys) == {(a.record_kind, a.record_id): n for n, a in enumerate(items)
                                    if (a.record_kind, a.record_id) in keys}
    assert rows.positions(set()) == {}


@given(st.lists(assessments, max_size=60))
def test_the_engine_order_of_rows_in_any_order(items):
    table = AssessmentTable()
    order = EngineOrder(table)
    for a in items:
        order.add(a, table.add(a))
    assert list(order.rows()) == sorted(
        items, key=lambda a: (a.due or date.max, a.record_kind, a.record_id))


def test_the_engine_order_follows_the_engines_item_not_the_row():
    """A row placed where the engine left it (R14 may move a person's due day later)."""
    table = AssessmentTable()
    order = EngineOrder(table)
    early = rt.Assessment("person", "b", "R2", "case", rt.ACTIVE, date(2030, 1, 1), None,
                          None, "")
    late = rt.Assessment("person", "a", "R2", "case", rt.ACTIVE, date(2031, 1, 1), None,
                         None, "")
    order.add(early, table.add(rt.Assessment("person", "b", "R14", "case", rt.DUE,
                                             date(2032, 1, 1), None, rt.DELETE, "")))
    order.add(late, table.add(late))
    assert [a.record_id for a in order.rows()] == ["b", "a"]


def test_a_hex_id_takes_its_bytes_another_its_utf8():
    table = AssessmentTable()
    for record_id in ("0123456789abcdef0123456789abcdef", "2024-02", "ABCDEF", "äb"):
        table.add(rt.Assessment("person", record_id, "", "", rt.ACTIVE, None, None, None, ""))
    assert len(table._ids) == 16 + 7 + 6 + 3
    assert [table.record_id(n) for n in range(4)] == [
        "0123456789abcdef0123456789abcdef", "2024-02", "ABCDEF", "äb"]


def test_numbers_keep_0_to_2_32_minus_1_and_grow_after_being_read():
    numbers = Numbers([0, 2**32 - 1])
    assert list(numbers) == [0, 2**32 - 1] and numbers[-1] == 2**32 - 1
    numbers.append(7)    # after a read: the view goes, the bytes grow
    numbers.extend(Numbers([8]))
    assert list(numbers) == [0, 2**32 - 1, 7, 8] and len(numbers) == 4
    assert list(numbers + Numbers([9])) == [0, 2**32 - 1, 7, 8, 9]
    with pytest.raises(OverflowError):
        numbers.append(2**32)


def test_a_head_is_the_assessment_without_record_id_and_owner():
    table = AssessmentTable()
    due = rt.Assessment("person", "ab12", "R2", "case", rt.DUE, date(2026, 8, 1),
                        date(2023, 7, 31), rt.DELETE, "fällig", "owner-1")
    assert table.add(due) == 0
    assert table.head(0) == rt.Assessment("person", "", "R2", "case", rt.DUE, date(2026, 8, 1),
                                          date(2023, 7, 31), rt.DELETE, "fällig", None)
    assert table.row(0) == due


def test_numbers_read_after_an_extend_that_followed_a_read():
    numbers = Numbers([1, 2])
    assert numbers[1] == 2
    numbers.extend(Numbers([3]))
    assert numbers[2] == 3 and list(numbers) == [1, 2, 3]
    numbers.append(4)
    assert numbers[3] == 4


def test_a_view_a_reader_still_holds_is_let_go_by_the_next_append_or_extend():
    # ``head_numbers`` hands out the view itself: without its release the bytearray
    # could not grow while a reader held it (BufferError); the reader's view ends instead
    numbers = Numbers([1, 2])
    held = numbers.view()
    numbers.append(3)
    with pytest.raises(ValueError, match="released"):
        held[0]
    held = numbers.view()
    numbers.extend(Numbers([4]))
    with pytest.raises(ValueError, match="released"):
        held[0]
    assert list(numbers) == [1, 2, 3, 4]


def _person(record_id: str) -> rt.Assessment:
    return rt.Assessment("person", record_id, "", "", rt.ACTIVE, None, None, None, "")


def test_a_table_takes_ids_up_to_its_limit_and_refuses_the_next(monkeypatch):
    """The ids' bytes may reach the limit itself (their end offsets share 32 bits with the
    packed flag); one byte beyond is refused by name. The limit lowered to two packed ids
    (16 bytes each) stands for 2**31 - 1 bytes."""
    from ssa_desktop.domain import retention_rows

    monkeypatch.setattr(retention_rows, "_END", 32)
    table = AssessmentTable()
    table.add(_person("ab" * 16))
    table.add(_person("cd" * 16))                      # 32 bytes: the limit itself
    with pytest.raises(OverflowError, match="^too many record ids for one table$"):
        table.add(_person("e"))


def test_an_engine_order_starts_afresh_after_its_rows():
    table = AssessmentTable()
    order = EngineOrder(table)
    order.add(_person("a"), table.add(_person("a")))
    assert [r.record_id for r in order.rows()] == ["a"]
    assert list(order.rows()) == []                    # the pages' runs were let go
    order.add(_person("b"), table.add(_person("b")))
    assert [r.record_id for r in order.rows()] == ["b"]


def test_a_run_in_id_order_is_seen_as_such():
    """A run already in id order (equal neighbours too) is not sorted again; one that is
    not is."""
    from ssa_desktop.domain.retention_rows import _in_id_order

    ids = ["0a", "0a", "1f", "ff"]
    assert _in_id_order(Numbers(range(4)), ids.__getitem__)
    assert not _in_id_order(Numbers([2, 1]), ids.__getitem__)
    assert _in_id_order(Numbers(), ids.__getitem__)
