"""Rows that wrap onto a second line at 200 % (WCAG 1.4.10 Reflow: the area does not
scroll sideways) keep Tab in the reading order, with real key events: Termine's navigation,
Offene Angebote's entry, Arbeitszeit's filter row and the Wochenraster's week row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from tests.support.main_windows import demo_main_window, make_active
from tests.ui.a11y.tabwalk import visual_breaks
from tests.ui.shell.test_fits_small_screen import _settle

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _rows(win):
    """Each view's wrapping row: the area's key, how to show it, its controls in reading
    order, and the two that lie on different lines at 200 %."""
    def appointments():
        area = win.show_area("appointments")
        # Tag and Woche are one exclusive group: one Tab stop, the checked one (Alt+W)
        return [area.today_button, area.prev_button, area.next_button, area.date_field,
                area.day_button], area.today_button, area.day_button

    def open_offers():
        area = win.show_area("open_offers")
        return [area.title_edit, area.day_field, area.duration, area.visitors], \
            area.title_edit, area.duration

    def time():
        area = win.show_area("time")
        return [area.year, area.kind, area.period, area.school, area.export_button], \
            area.year, area.school

    def week_grid():
        area = win.show_area("time")
        area.tabs.setCurrentIndex(1)
        _settle()
        grid = area.tabs.currentWidget()
        return [grid.school, grid.day, grid.previous, grid.following], grid.school, \
            grid.previous

    return {"appointments": appointments, "open_offers": open_offers, "time": time,
            "week_grid": week_grid}


def _owner(focus: QWidget | None, controls: list[QWidget]) -> QWidget | None:
    """The control of ``controls`` that holds ``focus`` (a date field's line edit)."""
    return next((c for c in controls if focus is c or (focus and c.isAncestorOf(focus))),
                focus)


def _y(widget: QWidget) -> int:
    return widget.mapTo(widget.window(), QPoint(0, 0)).y()


def test_a_row_wrapped_at_200_percent_tabs_in_reading_order(qapp, qtbot, tmp_path):
    win = demo_main_window(qtbot, tmp_path, (960, 508))
    make_active(qtbot, win)
    found = {}
    for name, show in _rows(win).items():
        controls, first_line, second_line = show()
        _settle()
        assert _y(second_line) > _y(first_line), f"{name}: the row did not wrap"
        controls = [c for c in controls if c.isEnabled()]  # „Welcher Zeitraum“ for a year
        controls[0].setFocus(Qt.FocusReason.TabFocusReason)
        reached = [controls[0]]
        for _ in controls[1:]:
            QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            reached.append(_owner(QApplication.focusWidget(), controls))
        if reached != controls or visual_breaks([*reached, reached[0]], win):
            found[name] = [c.accessibleName() or type(c).__name__ for c in reached]
    win.ctx.lock()
    assert found == {}
