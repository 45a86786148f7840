"""The assistant's list on the day it opens by itself: every pupil's proposal shown as
the plan has it (six texts per row, the new class editable only where she may change it),
and the list holds no objects per cell beyond the plan it shows (it opens at the first
unlock after 1 August, while the Übersicht and the upkeep load beside it)."""

from __future__ import annotations

import gc
import tracemalloc
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from ssa_desktop.domain import clock
from ssa_desktop.domain import school_year_change as syc
from ssa_desktop.domain.entities import Person
from ssa_desktop.domain.schoolyear import SchoolYear
from ssa_desktop.formatting import fmt_date
from ssa_desktop.services import school_year_change as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.ui.school_year.dialog import COLUMNS, FIRST_SIZE, LABEL_COLUMN, SchoolYearDialog

TODAY = date(2026, 8, 3)
CREATED = "2026-03-01 10:00:00"
ENDING = SchoolYear(2025)


def expected(row: syc.Row) -> tuple[list[str], bool]:
    """The six texts of a row and whether its new class is editable, as the list has
    always shown them (German source texts: the tests run untranslated)."""
    status = syc.STATUS_LABELS[row.status]
    if row.day is not None:
        status += " " + fmt_date(row.day)
    return ([row.pseudonym, row.class_label or "–",
             "–" if row.new_grade is None else str(row.new_grade), row.new_label, status,
             row.reason], row.status in (syc.STAY, syc.UNKNOWN))


def shown(dialog: SchoolYearDialog) -> list[tuple[list[str], bool]]:
    model = dialog.model
    out = []
    for r in range(model.rowCount()):
        texts = [model.index(r, c).data() for c in range(model.columnCount())]
        for c in range(model.columnCount()):      # the edit role shows the same text
            assert model.index(r, c).data(Qt.EditRole) == texts[c]
        flags = model.index(r, LABEL_COLUMN).flags()
        fixed = [model.index(r, c).flags() & Qt.ItemIsEditable
                 for c in range(model.columnCount()) if c != LABEL_COLUMN]
        assert not any(fixed)
        assert all(model.index(r, c).flags() & Qt.ItemIsSelectable
                   and model.index(r, c).flags() & Qt.ItemIsEnabled
                   for c in range(model.columnCount()))
        out.append((texts, bool(flags & Qt.ItemIsEditable)))
    return out


def _pupils(conn, count: int) -> None:
    with transaction(conn):
        for i in range(count):
            grade = None if i % 17 == 0 else 1 + i % 10
            repo.PERSONS.insert(conn, Person(
                f"P-{i:03d}", grade=grade, class_label="" if grade is None else
                f"{grade}{'abc'[i % 3]}", school_id="school-1", created=CREATED))


def test_the_list_shows_the_plan(ctx, qtbot):
    _pupils(ctx.conn, 40)
    with clock.frozen(TODAY):
        dialog = SchoolYearDialog(ctx, today=TODAY)
        qtbot.addWidget(dialog)
        assert [dialog.model.headerData(c, Qt.Horizontal) for c in range(len(COLUMNS))] \
            == list(COLUMNS)
        assert shown(dialog) == [expected(row) for row in dialog.plan.rows]
        by_pseudonym = {texts[0]: (texts, editable) for texts, editable in shown(dialog)}
        unknown = "keine Aktivität im Schuljahr 2025/26: Verbleib bitte angeben"
        assert by_pseudonym["P-009"] == (["P-009", "10a", "10", "10a",
                                          "abgegangen am 31.07.2026",
                                          "in der letzten Klassenstufe (10): Abgang am "
                                          "31.07.2026 vorgeschlagen"], False)
        assert by_pseudonym["P-001"] == (["P-001", "2b", "3", "3b", "nicht bekannt",
                                          unknown], True)
        assert by_pseudonym["P-000"] == (["P-000", "–", "–", "", "nicht bekannt", unknown],
                                         True)
        # a whereabouts chosen: the row shows it at once, the rest unchanged
        dialog.table.setCurrentIndex(dialog.model.index(3, 0))
        dialog.status.setCurrentIndex(dialog.status.findData(syc.CHANGED))
        dialog._status_chosen()
        assert dialog.plan.rows[3].status == syc.CHANGED
        assert shown(dialog) == [expected(row) for row in dialog.plan.rows]


facts = st.builds(
    syc.PupilFacts, id=st.uuids().map(str),
    pseudonym=st.text("ABCXYZäö-12", min_size=1, max_size=8),
    grade=st.none() | st.integers(1, 13),
    class_label=st.sampled_from(["", "5a", "07b", "Klasse 9", "10", "VK", "12/1"]),
    active=st.booleans())


def test_any_plan_is_shown_as_it_is(ctx, qtbot):
    _pupils(ctx.conn, 1)
    with clock.frozen(TODAY):
        dialog = SchoolYearDialog(ctx, today=TODAY)
        qtbot.addWidget(dialog)

        @settings(max_examples=40, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])
        @given(st.lists(facts, max_size=25), st.none() | st.integers(4, 13),
               st.lists(st.sampled_from((syc.STAY, syc.LEFT, syc.CHANGED, syc.UNKNOWN)),
                        max_size=5))
        def check(pupils, last, changes):
            dialog.plan.rows = syc.plan(pupils, last, ENDING)
            dialog._fill()
            for i, status in enumerate(changes[:len(dialog.plan.rows)]):
                dialog.table.setCurrentIndex(dialog.model.index(i, 0))
                dialog.status.setCurrentIndex(dialog.status.findData(status))
                dialog._status_chosen()
            assert shown(dialog) == [expected(row) for row in dialog.plan.rows]
            assert dialog.rows() == dialog.plan.rows

        check()


def _held(build) -> int:
    """Python memory still held by what ``build()`` returns (kept alive meanwhile)."""
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = build()
        gc.collect()
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    del kept
    return held


def test_the_list_holds_nothing_per_cell(ctx, qtbot):
    _pupils(ctx.conn, 300)
    with clock.frozen(TODAY):
        warm = SchoolYearDialog(ctx, today=TODAY)    # classes and caches of a first use
        warm.setParent(None)
        del warm
        plan = _held(lambda: svc.plan_for(ctx.conn, "school-1", TODAY))
        dialogs = []

        def build():
            dialog = SchoolYearDialog(ctx, today=TODAY)
            dialogs.append(dialog)
            return dialog

        dialog = _held(build)
        qtbot.addWidget(dialogs[0])
    assert len(dialogs[0].plan.rows) == 300
    # 1,800 cells: an object per cell would be ≈ 200 kB beyond the plan
    assert dialog - plan < 60_000, (dialog, plan)


def test_the_first_size_shows_every_column_whole(ctx, qtbot):
    """Its first size is what the layout needs (its window's image is paid for as long as
    it is open): every column's longest text whole, no scrolling sideways, the list as
    tall as on a 1366×768 screen at 150 % (895×472 free)."""
    _pupils(ctx.conn, 40)      # grade 10 leaves, pupils without activity: the longest notes
    with clock.frozen(TODAY):
        dialog = SchoolYearDialog(ctx, today=TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        table = dialog.table
        assert dialog.height() == FIRST_SIZE[1]         # the test screen is 800×800
        assert table.horizontalScrollBar().maximum() == 0
        chrome = dialog.width() - table.viewport().width()
        assert sum(table.sizeHintForColumn(c) for c in range(len(COLUMNS))) + chrome \
            <= FIRST_SIZE[0]
        assert FIRST_SIZE[0] < 1000 and FIRST_SIZE[1] < 520


def test_later_postpones_the_schools_not_reached_without_their_proposals(ctx, qtbot,
                                                                          monkeypatch):
    from PySide6.QtTest import QTest

    from ssa_desktop.domain.entities import School
    from ssa_desktop.storage import school_year_repo

    repo.SCHOOLS.insert(ctx.conn, School("Realschule Nord", code="RS-2", school_type="RS",
                                         id="school-2"))
    _pupils(ctx.conn, 3)
    repo.PERSONS.insert(ctx.conn, Person("R-1", grade=6, class_label="6a",
                                         school_id="school-2", created=CREATED))
    with clock.frozen(TODAY):
        dialog = SchoolYearDialog(ctx, today=TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert len(dialog.school_ids) == 2

        def refused(*_args, **_kwargs):
            raise AssertionError("a proposal computed for a school not reached")
        monkeypatch.setattr(school_year_repo, "pupils", refused)
        QTest.keyClick(dialog.table, Qt.Key_Escape)
        assert not dialog.isVisible()
        assert sorted(p.school_id for p in svc.pending(ctx.conn)
                      if p.postponed == TODAY) == ["school-1", "school-2"]
        assert svc.due_at_unlock(ctx.conn) == []


def test_opened_with_nothing_pending_lists_every_school_without_their_proposals(
        ctx, qtbot, monkeypatch):
    from ssa_desktop.domain.entities import School
    from ssa_desktop.storage import school_year_repo

    repo.SCHOOLS.insert(ctx.conn, School("Realschule Nord", code="RS-2", school_type="RS",
                                         id="school-2"))
    calls = []
    pupils = school_year_repo.pupils

    def counted(conn, school_id, *args):
        calls.append(school_id)
        return pupils(conn, school_id, *args)
    monkeypatch.setattr(school_year_repo, "pupils", counted)
    with clock.frozen(date(2026, 7, 10)):        # prepared in July: nothing pending yet
        dialog = SchoolYearDialog(ctx, today=date(2026, 7, 10))
        qtbot.addWidget(dialog)
    assert dialog.school_ids == svc.school_ids(ctx.conn)
    assert len(dialog.school_ids) == 2
    assert calls == [dialog.school_ids[0]]       # only the page she is on
