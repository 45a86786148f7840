"""Session 28, tester FA: a shot of the Fälle tab at 1280×720, taken right after Alt+F and
Tab, showed „abgeschlossen“ and „…Weitervermittlung…“ cut with the right of the table
empty. Checked on the demo: that is the tab before ``fit_columns`` ran (every column at Qt's
100 px); its fit comes with the next turn of the event loop, before she can read it. Once
the loop has turned, every header is whole and the columns fill the table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import persons
from tests.support.main_windows import demo_main_window, make_active


def test_the_cases_headers_are_whole_after_alt_f_and_tab(qtbot, tmp_path):
    window = demo_main_window(qtbot, tmp_path, (1280, 720))
    make_active(qtbot, window)
    area = window.show_area("persons")
    conn = window.ctx.conn
    person = next(p for p in persons.list_persons(conn, persons.PersonFilter())
                  if persons.cases(conn, p.id))
    area.open_record(person.id)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    QApplication.processEvents()   # one turn of the loop: the fit it scheduled has run
    table = area.page.cases.table
    header = table.horizontalHeader()
    widths = [header.sectionSize(c) for c in range(header.count())]
    assert all(w >= header.sectionSizeHint(c) for c, w in enumerate(widths)), widths
    assert sum(widths) == table.viewport().width()
