"""TurningSplitter: side by side where both panes' minimum widths fit, one below the other
where not, and back; never wider than its widest pane (WCAG 1.4.10 Reflow at 200 %)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from ssa_desktop.ui.common.splitters import TurningSplitter


def _pane(width: int, height: int) -> QWidget:
    pane = QWidget()
    pane.setMinimumSize(width, height)
    return pane


def test_turns_below_where_side_by_side_would_scroll_sideways(qtbot):
    splitter = TurningSplitter()
    splitter.addWidget(_pane(400, 100))
    splitter.addWidget(_pane(300, 120))
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(splitter)
    qtbot.addWidget(scroll)
    scroll.resize(900, 600)
    scroll.show()
    QApplication.processEvents()
    assert splitter.orientation() == Qt.Orientation.Horizontal
    scroll.resize(500, 600)  # 400 + 300 do not fit beside each other
    QApplication.processEvents()
    assert splitter.orientation() == Qt.Orientation.Vertical
    assert splitter.minimumSizeHint().width() == 400
    assert splitter.minimumSizeHint().height() >= 220  # both panes at least their height
    assert not scroll.horizontalScrollBar().isVisible()
    scroll.resize(900, 600)
    QApplication.processEvents()
    assert splitter.orientation() == Qt.Orientation.Horizontal
