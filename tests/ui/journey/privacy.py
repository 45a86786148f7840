"""Step 8: the Datenschutz area – the deletion log shown (its rows) and printed (the PDF
read back)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.exceptions import TimeoutError as WaitTimeout

from tests.ui.journey import week
from tests.ui.journey.harness import in_modal_dialog


def deletion_log(window, qtbot) -> tuple[object, list[list[str]]]:
    """Datenschutz (Strg+9), the page „Löschprotokoll“ chosen in its list with the arrow
    keys: the rows it shows once loaded (an empty list when none came)."""
    area = week.area_key(window, qtbot, 9, "privacy")
    pages = area.tabs.list
    pages.setFocus()
    for direction in (Qt.Key_Up, Qt.Key_Down):
        for _ in range(pages.count()):
            if pages.currentItem().text() == "Löschprotokoll":
                break
            QTest.keyClick(pages, direction)
    assert pages.currentItem().text() == "Löschprotokoll"
    model = area.log_model
    try:
        qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=30_000)
    except WaitTimeout:
        return area, []
    return area, [[str(model.index(r, c).data() or "") for c in range(model.columnCount())]
                  for r in range(model.rowCount())]


def print_log(area, qtbot, path: Path) -> str:
    """„Löschprotokoll drucken (PDF) …“ (Space), the file chosen, the note closed with Enter.
    The note's text."""
    seen: list[str] = []
    failures: list = []

    def close_note(box):
        assert isinstance(box, QMessageBox), box
        seen.append(box.text())
        QTest.keyClick(box, Qt.Key_Return)

    [button] = [b for b in area.findChildren(QPushButton)
                if b.text() == "Löschprotokoll drucken (&PDF) …"]
    in_modal_dialog(close_note, failures)
    button.setFocus()
    QTest.keyClick(button, Qt.Key_Space)
    QApplication.processEvents()
    if failures:
        raise failures[0]
    assert path.exists(), seen
    return seen[0] if seen else ""
