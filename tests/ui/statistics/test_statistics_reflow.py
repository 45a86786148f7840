"""Statistik at 200 % (960×508, the main window): its two rows of choices and buttons wrap
onto more lines instead of scrolling the area sideways (that is test_whole_windows.py's),
and Tab still walks them in reading order, line after line, the buttons of the second row
after those of the first (a guard: the rows keep the order of the one-line rows before)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from tests.support.main_windows import active_main_window
from tests.ui.shell.test_fits_small_screen import _settle

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_the_wrapped_rows_keep_their_tab_order_at_200_percent(ctx, qtbot, tmp_path):
    window = active_main_window(ctx, qtbot, tmp_path)
    window.resize(960, 508)
    area = window.show_area("statistics")
    _settle()
    order = [area.year_box, area.scope_box, area.export_button, area.deliver_button,
             area.template_button, area.merge_button, area.proof_button,
             area.annual_report_button, area.rules_button]
    place = {w: w.mapTo(window, QPoint(0, 0)) for w in order}
    assert place[area.deliver_button].y() > place[area.year_box].y()  # a line of its own
    area.year_box.setFocus(Qt.FocusReason.TabFocusReason)
    walked = [QApplication.focusWidget()]
    for _ in order[1:]:
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    assert walked == order
    # reading order: each next one on a lower line or further right on the same line
    for before, after in zip(order, order[1:], strict=False):
        a, b = place[before], place[after]
        assert b.y() > a.y() + 5 or (abs(b.y() - a.y()) <= 5 and b.x() > a.x()), \
            (before.text() if hasattr(before, "text") else before.accessibleName())
