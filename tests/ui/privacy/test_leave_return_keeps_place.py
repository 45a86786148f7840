"""Datenschutz left and shown again (the snapshot is released when she leaves and loaded
again on return): the entry she had chosen in "Löschung fällig" is chosen again and the
list scrolled as she left it, not back at the top with nothing chosen."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.services import retention as svc
from tests.ui.privacy.shared import shown_area
from tests.ui.privacy.test_release_on_leave import _left_pupils

TODAY = date(2026, 9, 1)


def test_the_chosen_entry_and_the_scroll_position_stay_when_she_comes_back(ctx, qtbot):
    with clock.frozen(TODAY):
        _left_pupils(ctx.conn, 0, 80)
        area = shown_area(ctx, qtbot)
        view = area.due_view
        view.setFocus()
        QTest.keyClick(view, Qt.Key_Down)
        for _ in range(50):   # she reads on down the list with the arrow key
            QTest.keyClick(view, Qt.Key_Down)
        [chosen] = [svc.key(a) for a in area.selected()]
        scrolled = view.verticalScrollBar().value()
        assert scrolled > 0
        area.hide()   # she opens another area …
        loads = area.loaded
        area.show()   # … and comes back
        qtbot.waitUntil(lambda: area.loaded > loads, timeout=60000)
    assert [svc.key(a) for a in area.selected()] == [chosen]
    assert view.verticalScrollBar().value() == scrolled


def test_the_place_stays_when_she_leaves_again_before_the_return_has_loaded(ctx, qtbot):
    """Back and away again quickly: the second leave finds the lists still empty (the
    return's load has not arrived); the place kept at the first leave must not become
    that emptiness."""
    with clock.frozen(TODAY):
        _left_pupils(ctx.conn, 0, 80)
        area = shown_area(ctx, qtbot)
        view = area.due_view
        view.setFocus()
        QTest.keyClick(view, Qt.Key_Down)
        for _ in range(50):
            QTest.keyClick(view, Qt.Key_Down)
        [chosen] = [svc.key(a) for a in area.selected()]
        scrolled = view.verticalScrollBar().value()
        area.hide()   # she opens another area …
        area.show()   # … comes back (the load starts; its result arrives by event) …
        area.hide()   # … and leaves again before it has arrived
        assert area.due_model.rowCount() == 0
        loads = area.loaded
        area.show()
        qtbot.waitUntil(lambda: area.loaded > loads, timeout=60000)
    assert [svc.key(a) for a in area.selected()] == [chosen]
    assert view.verticalScrollBar().value() == scrolled
