"""What the Datenschutz area keeps (issue 21 item 3: "lists load what is visible; caches
have bounds"). On ten years of data its lists hold about 14,000 items; the area kept
every item's reason sentence as its own string and the pseudonym and name of every item,
read for all of them when it loaded (7–9 MB). Now equal sentences and days are one object
each, names are read for the rows in view (the first rows with the load, others when
they are scrolled to) and the names and cell texts it remembers have a bound. Every row
is still reachable and shows the same text."""

from __future__ import annotations

import gc
import tracemalloc
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Person
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.transactions import transaction
from ssa_desktop.ui.privacy import area as privacy
from tests.ui.privacy.shared import shown_area

TODAY = date(2026, 9, 1)
PERSONS = 1500


def _persons(conn, n: int) -> list[Person]:
    """Pupils who left long ago: each one item due (R2), with a pseudonym and a name."""
    with transaction(conn):
        return [repo.PERSONS.insert(conn, Person(
            f"P-{i:04d}", first_name=f"Vorname{i:04d}", last_name=f"Nachname{i:04d}",
            school_id="school-1", birth_year=2005, leaving_date=date(2018 + i % 5, 7, 31)))
            for i in range(n)]




def _held() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def test_the_area_keeps_little_per_item_and_every_row_shows_its_name_when_scrolled_to(
        ctx, qtbot):
    people = _persons(ctx.conn, PERSONS)
    with clock.frozen(TODAY):
        tracemalloc.start()
        try:
            before = _held()
            area = shown_area(ctx, qtbot)
            held = _held() - before
        finally:
            tracemalloc.stop()
        rows = area.due_model.rowCount()
        assert rows == PERSONS
        # before: 828 bytes an item (its own reason string and days, every name read at
        # load); now 381 (the item, its id and the area's widgets and first names)
        assert held / rows < 450, f"{held / rows:.0f} bytes per item"

        # every row is reachable from the keyboard, with its pseudonym ...
        by_pseudonym = {p.id: p for p in people}
        view = area.due_view
        view.setFocus()
        QTest.keyClick(view, Qt.Key_End, Qt.ControlModifier)
        last = view.currentIndex().row()
        assert last == rows - 1
        assert area.due_model.text(last, 2) == by_pseudonym[area.due_model.rows[last].record_id].pseudonym
        # ... and, with "Namen anzeigen", the name (read now, for the rows in view)
        ctx.show_names = True
        area.due_model.set_rows(area.due_model.rows)
        person = by_pseudonym[area.due_model.rows[last].record_id]
        assert area.due_model.text(last, 2) == (
            f"{person.pseudonym} ({person.first_name} {person.last_name})")
        QTest.keyClick(view, Qt.Key_Home, Qt.ControlModifier)
        assert view.currentIndex().row() == 0
        first = by_pseudonym[area.due_model.rows[0].record_id]
        assert area.due_model.text(0, 2) == (
            f"{first.pseudonym} ({first.first_name} {first.last_name})")

        # scrolling through everything leaves a bounded number of names and texts behind
        for row in range(rows):
            area.due_model.text(row, 2)
        assert len(area._names) <= privacy.NAMES_KEPT
        assert len(area.due_model._texts) <= privacy.RowsModel.TEXTS_KEPT
