"""Each check of tests/ui/shell/whole.py fails on a crafted widget that is not whole and
passes on its whole twin: a check that cannot fail would let every window pass."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ssa_desktop.ui.common.announce import MessageLabel
from ssa_desktop.ui.common.elided import OneLineMessage
from tests.ui.shell.whole import (
    cut_cells,
    cut_labels,
    message_moves,
    overlaps,
    short_tables,
    sideways,
    tables_out_of_sight,
)

LONG = "16.06.2027 09:30 Rückgabe eingelesen von der Vertretung"


def _window(qtbot, *children: QWidget, width: int = 400, height: int = 300) -> QWidget:
    window = QWidget()
    layout = QVBoxLayout(window)
    for child in children:
        layout.addWidget(child)
    qtbot.addWidget(window)
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    for _ in range(3):  # the views lay out their rows and scroll bars after a turn
        QApplication.processEvents()
    return window


def _table(rows: int, text: str = "Gruppe", width: int = 300) -> QTableWidget:
    table = QTableWidget(rows, 1)
    table.setAccessibleName("Sitzungen")
    for row in range(rows):
        table.setItem(row, 0, QTableWidgetItem(text))
    table.setColumnWidth(0, width)
    return table


@pytest.mark.parametrize("whole", [False, True], ids=["cut", "whole"])
def test_a_table_wider_than_its_place_scrolls_sideways(qtbot, whole):
    table = _table(3, width=100 if whole else 300)
    table.setColumnCount(3)  # a view scrolls by columns: one column never scrolls
    for column in (1, 2):
        table.setColumnWidth(column, 100 if whole else 300)
    window = _window(qtbot, table)
    assert bool(sideways(window)) is not whole


@pytest.mark.parametrize("whole", [False, True], ids=["cut", "whole"])
def test_a_label_narrower_than_its_text_is_cut(qtbot, whole):
    label = QLabel(LONG)
    if not whole:
        label.setFixedWidth(80)
    window = _window(qtbot, label)
    assert bool(cut_labels(window)) is not whole


def test_an_elided_label_is_whole_only_with_its_text_as_tip_and_description(qtbot):
    label = QLabel("16.06.2027 0…")
    label.setFixedWidth(60)
    window = _window(qtbot, label)
    assert cut_labels(window)
    label.setToolTip(label.text())
    label.setAccessibleDescription(label.text())
    assert cut_labels(window) == []


@pytest.mark.parametrize("whole", [False, True], ids=["over", "apart"])
def test_two_buttons_drawn_over_each_other(qtbot, whole):
    window = QWidget()
    qtbot.addWidget(window)
    window.resize(300, 200)
    first, second = QPushButton("Speichern", window), QPushButton("Abbrechen", window)
    first.setGeometry(10, 10, 100, 30)
    second.setGeometry(120 if whole else 60, 10, 100, 30)
    window.show()
    assert bool(overlaps(window)) is not whole


@pytest.mark.parametrize("whole", [False, True], ids=["squeezed", "whole"])
def test_a_table_of_five_rows_showing_one(qtbot, whole):
    table = _table(5)
    table.setFixedHeight(table.horizontalHeader().height() + 6 * table.rowHeight(0) if whole
                         else table.horizontalHeader().height() + table.rowHeight(0) + 4)
    window = _window(qtbot, table, height=500)
    assert bool(short_tables(window)) is not whole


def test_a_cell_cut_is_whole_only_wrapped_or_with_its_text_as_tip(qtbot):
    table = _table(2, LONG, width=90)
    table.setWordWrap(False)
    window = _window(qtbot, table)
    assert len(cut_cells(window)) == 2
    table.item(0, 0).setToolTip(LONG)
    assert len(cut_cells(window)) == 1
    table.setColumnWidth(0, 500)
    assert cut_cells(window) == []


def test_a_cell_cut_by_column_fit_shows_its_whole_text_on_hover(qtbot):
    from ssa_desktop.ui.common.column_fit import fit_columns

    table = _table(2, LONG, width=90)
    table.setColumnCount(2)
    table.setWordWrap(False)
    window = _window(qtbot, table, width=200)
    assert len(cut_cells(window)) == 2  # no tool tip: cut
    fit_columns(table, stretch=1)
    for _ in range(3):
        QApplication.processEvents()
    assert table.columnWidth(0) < 300  # still cut, now with the whole text on hover
    assert cut_cells(window) == []


@pytest.mark.parametrize("line", [MessageLabel, OneLineMessage], ids=["wraps", "one-line"])
def test_a_long_message_moves_the_buttons_below_it(qtbot, line):
    message = line()
    message.setWordWrap(line is MessageLabel)
    buttons = QWidget()
    row = QHBoxLayout(buttons)
    for text in ("Exportieren …", "Drucken …"):
        row.addWidget(QPushButton(text))
    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(message)
    layout.addWidget(buttons)
    layout.addStretch(1)
    qtbot.addWidget(window)
    window.resize(300, 300)
    window.show()
    found = message_moves(window)
    assert bool(found) is (line is MessageLabel)
    assert message.text() == ""  # the message taken back


def test_a_table_on_a_page_not_shown_is_found(qtbot):
    stack = QStackedWidget()
    stack.addWidget(QLabel("Tag"))
    stack.addWidget(_table(3))
    window = _window(qtbot, stack)
    assert [(index, name) for name, _s, index in tables_out_of_sight(window)] \
        == [(1, "QStackedWidget „“")]
    stack.setCurrentIndex(1)
    assert list(tables_out_of_sight(window)) == []


@pytest.mark.parametrize("kind", ["error_label", "error_line"])
def test_a_long_refusal_shown_where_it_was_hidden_is_judged(qtbot, kind):
    """A form's refusal line, hidden until a refusal: the old wrapping label above the
    buttons pushed them down when it appeared; the message line last in its window
    takes room below them."""
    from ssa_desktop.ui.common import forms, message_line

    window = QWidget()
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Name"))
    buttons = QWidget()
    row = QHBoxLayout(buttons)
    for text in ("Speichern", "Abbrechen"):
        row.addWidget(QPushButton(text))
    if kind == "error_label":
        error = MessageLabel()  # the old forms.error_label, as it was
        error.setStyleSheet(forms.ERROR_STYLE)
        error.setWordWrap(True)
        layout.addWidget(error)
        layout.addWidget(buttons)
    else:
        error = message_line.error_line("Fehler")
        layout.addWidget(buttons)
        message_line.add_last(layout, error)
    error.hide()
    qtbot.addWidget(window)
    window.resize(300, window.minimumSizeHint().height())
    window.show()
    qtbot.waitExposed(window)
    found = message_moves(window)
    assert bool(found) is (kind == "error_label"), found
    assert error.isHidden() and error.text() == ""  # the refusal taken back
