"""Step 5: 1 August – the Schuljahreswechsel assistant opens by itself at the unlock, she
applies it school by school with Alt+B; then the new year's first week, working time
included."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.journey import week


def rows_of(dialog) -> list[tuple[str, str, str]]:
    """The assistant's list as shown: pseudonym, new class, whereabouts."""
    model = dialog.model
    return [(model.index(r, 0).data(), model.index(r, 3).data(), model.index(r, 4).data())
            for r in range(model.rowCount())]


def apply_every_school(window, qtbot) -> tuple[list[str], list[list[tuple]], str]:
    """The assistant the unlock opened: each school's heading and list read, Alt+B, until
    the last school is done. The headings and the lists; the result box's text."""
    qtbot.waitUntil(lambda: window._school_year is not None
                    and window._school_year.isVisible(), timeout=60_000)
    dialog = window._school_year
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    headings, lists = [], []
    for _ in range(len(dialog.school_ids)):
        headings.append(dialog.heading.text())
        lists.append(rows_of(dialog))
        QTest.keyClick(dialog, Qt.Key_B, Qt.AltModifier)
        qtbot.waitUntil(lambda h=headings[-1]: not shiboken6.isValid(dialog)
                        or not dialog.isVisible() or dialog.heading.text() != h,
                        timeout=60_000)
    # closed (and given up); what was applied stays in a box until she has read it
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)
             and w.isVisible() and w.windowTitle() == "Schuljahreswechsel übernommen"]
    text = box.text()
    QTest.keyClick(box, Qt.Key_Return)
    return headings, lists, text


def grid_and_soll(window, qtbot):
    """Arbeitszeit: the Wochenraster's schools and rows, its message; the Auswertung."""
    area = week.area_key(window, qtbot, 7, "time")
    qtbot.waitUntil(lambda: area.report is not None, timeout=60_000)
    QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)
    grid = area.grid
    schools = [grid.school.itemText(i) for i in range(grid.school.count())]
    return area, schools, grid.model.rowCount(), grid.message.text()
