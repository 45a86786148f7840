"""Statistik left and shown again (the figures are released when she leaves and counted
again on return): she finds the form where she left it – the figure she had chosen is
chosen again and the form scrolled as it was, not back at the top."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.ui.statistics.area import StatisticsArea
from tests.kvjs import fixture


def _figure(area, name):
    items = [area.form.topLevelItem(i) for i in range(area.form.topLevelItemCount())]
    return next(i for i in items if i.text(0).strip() == name)


def _area(ctx, qtbot) -> StatisticsArea:
    fixture.build(ctx.conn)
    area = StatisticsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1280, 720)
    return area


def _read_down_the_form(area, qtbot) -> tuple[str, int]:
    """Show the area, choose a figure and read on down with the arrow key; the figure
    chosen then and the form's scroll position."""
    area.show()
    qtbot.waitUntil(lambda: area.report is not None, timeout=60000)
    area.form.setFocus()
    area.form.setCurrentItem(_figure(area, "Kurzkontakte (anonym)"))
    for _ in range(40):
        QTest.keyClick(area.form, Qt.Key_Down)
    return area.form.currentItem().text(0), area.form.verticalScrollBar().value()


def test_the_chosen_figure_and_the_scroll_position_stay_when_she_comes_back(ctx, qtbot):
    area = _area(ctx, qtbot)
    with clock.frozen(date(2026, 10, 5)):
        chosen, scrolled = _read_down_the_form(area, qtbot)
        assert scrolled > 0
        area.hide()   # she opens another area …
        area.show()   # … and comes back
        qtbot.waitUntil(lambda: area.report is not None, timeout=60000)
    assert area.form.currentItem().text(0) == chosen
    assert area.form.verticalScrollBar().value() == scrolled


def test_the_place_stays_when_she_leaves_again_before_the_recount_arrived(ctx, qtbot):
    """Back and away again before the return's count arrived (the form still empty):
    the place kept at the first leave stays for the next return."""
    area = _area(ctx, qtbot)
    with clock.frozen(date(2026, 10, 5)):
        chosen, scrolled = _read_down_the_form(area, qtbot)
        area.hide()
        area.show()   # the recount starts; its result arrives by event …
        area.hide()   # … after she has left again
        assert area.report is None
        area.show()
        qtbot.waitUntil(lambda: area.report is not None and not area._busy, timeout=60000)
    assert area.form.currentItem().text(0) == chosen
    assert area.form.verticalScrollBar().value() == scrolled
