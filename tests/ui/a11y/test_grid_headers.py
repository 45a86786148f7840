"""A figure in a table says nothing alone: a screen reader on any cell that shows a figure
(„3“, „1,50“, „12 %“) hears its row's and its column's header with it, in every table of
every area as in the Wochenraster (tests/ui/time/test_grid_cells_carry_headers.py). The
row's header is the vertical header where the table shows one, else the row's first
column. Read through Qt's accessibility interface, as Orca gets it: a cell's name and
description; a control in a cell (Zielwerte's spin boxes) by its own name."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QTableView,
    QTabWidget,
    QTreeView,
)

from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.common.models import ROW_HEADER_COLUMN
from tests.support.main_windows import demo_main_window
from tests.ui.a11y.test_audit import DIALOGS
from tests.ui.a11y.test_every_dialog import BUILDERS, _build
from tests.ui.shell.test_fits_small_screen import _settle

R = QAccessible.Role
FIGURE = re.compile(r"[−-]?\d[\d.,]*( ?(Std\.|Min\.|%|h))?")
DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(\d{2,4})?")
ROWS = 3   # the first rows of each table


def is_figure(text: str) -> bool:
    return bool(FIGURE.fullmatch(text)) and not DATE.fullmatch(text)


def _row_header(view: QAbstractItemView, row: int) -> str:
    model = view.model()
    vertical = getattr(view, "verticalHeader", lambda: None)()
    if vertical is not None and vertical.isVisibleTo(view.window()):
        return str(model.headerData(row, Qt.Orientation.Vertical) or "")
    naming = model.property(ROW_HEADER_COLUMN) or 0
    return str(model.index(row, naming).data() or "").strip()


def _said(view: QAbstractItemView) -> dict[tuple[int, int], str]:
    """(row, column) → what a reader gets of the cell: its name and its description."""
    iface = QAccessible.queryAccessibleInterface(view)
    assert iface is not None
    said = {}
    for index in range(iface.childCount()):
        child = iface.child(index)
        cell = child.tableCellInterface() if child.role() in (R.Cell, R.TreeItem) else None
        if cell is not None and cell.rowIndex() < ROWS:
            said[(cell.rowIndex(), cell.columnIndex())] = (
                f"{child.text(QAccessible.Name)} | {child.text(QAccessible.Description)}")
    return said


def problems(view: QAbstractItemView) -> list[str]:
    model = view.model()
    said = _said(view)
    found = []
    for row in range(min(ROWS, model.rowCount())):
        header = _row_header(view, row)
        for column in range(1, model.columnCount()):
            if view.isColumnHidden(column) if isinstance(view, QTableView) else False:
                continue
            index = model.index(row, column)
            widget = view.indexWidget(index)
            if widget is not None:
                heard = widget.accessibleName()
            elif is_figure(str(index.data() or "")):
                heard = said.get((row, column), "")
            else:
                continue
            top = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            if header not in heard or top not in heard:
                found.append(f"{header!r} × {top!r}: {heard!r}")
    return found


def _views(window) -> list[QAbstractItemView]:
    return [v for v in window.findChildren(QAbstractItemView)
            if isinstance(v, (QTableView, QTreeView)) and v.isVisibleTo(window)
            and v.model() is not None and v.model().rowCount() > 0]


def test_every_figure_in_a_table_is_read_with_its_row_and_column(qapp, qtbot, tmp_path):
    window = demo_main_window(qtbot, tmp_path, (1366, 768))
    try:
        found: dict[str, list[str]] = {}
        walked = set()
        for spec in AREAS:
            area = window.show_area(spec.key)
            if spec.key == "groups":   # a group chosen: its sessions are listed
                area.list_view.selectRow(0)
            tabs = getattr(area, "tabs", None)
            pages = range(tabs.count()) if tabs is not None and hasattr(tabs, "count") else [0]
            for page in pages:
                if tabs is not None and hasattr(tabs, "setCurrentIndex"):
                    tabs.setCurrentIndex(page)
                _settle()
                for view in _views(window):
                    name = view.accessibleName()
                    walked.add(name)
                    if wrong := problems(view):
                        found[f"{spec.key}/{name}"] = wrong[:3]
        # the grids the issue named are among those walked
        assert {"Sitzungen der Gruppe", "Zielwerte der Vereinbarung", "Zielwerte mit Ampel",
                "Anteile nach Aufgabenbereich und Kategorie", "Zeitanteile je Schule",
                "Formularvorschau", "Summen je Monat",
                "Wochenraster indirekte Arbeit in Minuten"} <= walked
        assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())
    finally:
        window.ctx.lock()
        QApplication.processEvents()


def _dialog_tables(window) -> dict[str, list[str]]:
    """Every table with rows in ``window`` (each tab shown in turn) → its problems."""
    found: dict[str, list[str]] = {}
    tab_widgets = [t for t in window.findChildren(QTabWidget) if t.isVisibleTo(window)]
    for tabs in tab_widgets or [None]:
        for page in range(tabs.count()) if tabs is not None else [0]:
            if tabs is not None:
                tabs.setCurrentIndex(page)
            QApplication.processEvents()
            for view in _views(window):
                WALKED_IN_DIALOGS.add(view.accessibleName())
                if wrong := problems(view):
                    found[view.accessibleName()] = wrong[:3]
    return found


WALKED_IN_DIALOGS: set[str] = set()


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_every_figure_in_a_dialogs_table_is_read_with_its_row_and_column(
        ctx, qtbot, pupil, tmp_path, name):
    """The same rule in every dialog of the UI's registry (test_every_dialog.BUILDERS)."""
    dialog = _build(ctx, qtbot, pupil, tmp_path, name)
    assert _dialog_tables(dialog) == {}


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_figure_in_an_audited_dialogs_table_is_read_with_its_row_and_column(
        ctx, qtbot, pupil, vault_dir, name):
    """… and in the dialogs test_audit.DIALOGS builds."""
    dialog = DIALOGS[name](ctx, pupil, vault_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert _dialog_tables(dialog) == {}


def test_every_figure_in_the_deputy_windows_tables_is_read_with_its_row_and_column(
        ctx, qtbot, tmp_path):

    from ssa_desktop.domain import clock
    from ssa_desktop.ui.handover.deputy_window import DeputyWindow
    from tests.ui.handover.deputy_fixture import WORKDAY, rated_goal_package

    package = rated_goal_package(tmp_path)
    with clock.frozen(WORKDAY):
        window = DeputyWindow(ctx, package.path, package.key_text)
        qtbot.addWidget(window)
        window.show()
        assert _dialog_tables(window) == {}
