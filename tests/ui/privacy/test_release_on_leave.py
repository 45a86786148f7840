"""The Datenschutz area gives up its snapshot when she leaves it and loads again when she
comes back (about 3 MB on ten years: the assessments, names and the lists' rows). What
the vault holds at her return is what she sees; a load that ends after she left is not
kept."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.ui.privacy.area import PrivacyArea
from tests.ui.privacy.shared import shown_area

TODAY = date(2026, 9, 1)


def _left_pupils(conn, first: int, n: int) -> None:
    """Pupils who left long ago: each one item due."""
    with transaction(conn):
        for i in range(first, first + n):
            repo.PERSONS.insert(conn, Person(f"P-{i:04d}", school_id="school-1",
                                             birth_year=2005, leaving_date=date(2018, 7, 31)))


def test_leaving_drops_the_snapshot_and_the_return_shows_what_the_vault_holds(ctx, qtbot):
    with clock.frozen(TODAY):
        _left_pupils(ctx.conn, 0, 5)
        area = shown_area(ctx, qtbot)
        due = area.due_model.rowCount()
        assert due >= 5 and area.assessments
        area.hide()  # she opens another area
        assert area.assessments == [] and area.values is None
        assert area.due_model.rowCount() == 0 and area.all_model.rowCount() == 0
        _left_pupils(ctx.conn, 5, 3)  # written elsewhere while she was away
        loads = area.loaded
        area.show()
        qtbot.waitUntil(lambda: area.loaded > loads, timeout=20000)
        assert area.due_model.rowCount() == due + 3


def test_a_load_that_ends_after_she_left_is_not_kept(ctx, qtbot):
    with clock.frozen(TODAY):
        _left_pupils(ctx.conn, 0, 5)
        area = PrivacyArea(ctx)
        qtbot.addWidget(area)
        area.show()  # the load starts
        assert area.loading
        area.hide()
        qtbot.waitUntil(lambda: not area.loading, timeout=20000)
        assert area.assessments == [] and area.due_model.rowCount() == 0


def test_an_area_never_shown_keeps_what_it_loaded(ctx, qtbot):
    """Only leaving releases: an area filled without being shown keeps its rows."""
    with clock.frozen(TODAY):
        _left_pupils(ctx.conn, 0, 5)
        area = PrivacyArea(ctx)
        qtbot.addWidget(area)
        area.refresh()
        qtbot.waitUntil(lambda: area.loaded >= 1, timeout=20000)
        assert area.due_model.rowCount() >= 5
