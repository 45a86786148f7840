"""„Tabellen geben ihre Spaltenüberschriften und Zellen an Screenreader weiter“
(docs/barrierefreiheit.md): in every table of every area over a demo vault, a screen
reader gets from Qt's accessibility interface each shown cell of the first row with the
text it shows and the column header it stands under."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QTableView

from ssa_desktop.ui.areas import AREAS
from tests.support.main_windows import demo_main_window
from tests.ui.shell.test_fits_small_screen import _settle

R = QAccessible.Role


def _first_row(view: QTableView) -> dict[int, tuple[str, list[str]]]:
    """column → (name of the cell, names of its column headers), as a reader gets them."""
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None and iface.role() == R.Table
    found = {}
    for index in range(iface.childCount()):
        child = iface.child(index)
        cell = child.tableCellInterface() if child.role() == R.Cell else None
        if cell is not None and cell.rowIndex() == 0:
            found[cell.columnIndex()] = (child.text(QAccessible.Name),
                                         [h.text(QAccessible.Name)
                                          for h in cell.columnHeaderCells()])
    return found


def _shown(view: QTableView, column: int) -> tuple[str, str]:
    model = view.model()
    index = model.index(0, column)
    text = model.data(index, Qt.AccessibleTextRole) or model.data(index, Qt.DisplayRole)
    header = model.headerData(column, Qt.Horizontal, Qt.DisplayRole)
    return str(text or ""), str(header or "")


def _problems(view: QTableView) -> list[str]:
    read = _first_row(view)
    problems = []
    for column in range(view.model().columnCount()):
        if view.isColumnHidden(column):
            continue
        text, header = _shown(view, column)
        got = read.get(column)
        if got is None or got[0] != text or (header and got[1] != [header]):
            problems.append(f"{column}: shown {text!r} under {header!r}, read {got!r}")
    return problems


def _tables(window) -> list[QTableView]:
    return [v for v in window.findChildren(QTableView)
            if v.isVisibleTo(window) and v.model() is not None and v.model().rowCount() > 0
            and v.horizontalHeader().isVisibleTo(window)]


def test_every_table_gives_its_cells_and_headers_to_a_screen_reader(qapp, qtbot, tmp_path):
    window = demo_main_window(qtbot, tmp_path, (1366, 768))
    try:
        problems: dict[str, list[str]] = {}
        checked = 0
        for spec in AREAS:
            area = window.show_area(spec.key)
            tabs = getattr(area, "tabs", None)
            pages = range(tabs.count()) if tabs is not None and hasattr(tabs, "count") else [0]
            for page in pages:
                if tabs is not None and hasattr(tabs, "setCurrentIndex"):
                    tabs.setCurrentIndex(page)
                _settle()
                for view in _tables(window):
                    checked += 1
                    if found := _problems(view):
                        problems[f"{spec.key}/{page}/{view.objectName() or view.accessibleName()}"] = found
        assert checked >= 10
        assert problems == {}
    finally:
        window.ctx.lock()
        QApplication.processEvents()
