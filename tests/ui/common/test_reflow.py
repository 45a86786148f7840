"""Rows that reflow instead of scrolling sideways (issue 64.7): a catalogue's check boxes
wrap onto a second line, a form beside its preview goes below it, where the width ends;
where there is room they stay side by side."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from ssa_desktop.domain.catalogues import DISCLOSURE_CATEGORIES
from ssa_desktop.ui.common.fit_scroll import FitScroll, scrolling
from ssa_desktop.ui.common.forms import CodeChecks
from ssa_desktop.ui.common.layouts import BesideOrBelow


def _in_scroll(qtbot, widget: QWidget, width: int) -> FitScroll:
    layout = QVBoxLayout()
    layout.addWidget(widget)
    scroll = scrolling(layout)
    qtbot.addWidget(scroll)
    scroll.resize(width, 400)
    scroll.show()
    QApplication.processEvents()
    return scroll


def _tops(widgets) -> set[int]:
    return {w.mapTo(w.window(), w.rect().topLeft()).y() for w in widgets}


def test_check_boxes_wrap_where_the_width_ends(qtbot):
    checks = CodeChecks(DISCLOSURE_CATEGORIES)
    wide = sum(box.sizeHint().width() + 6 for box in checks.boxes.values()) + 40
    scroll = _in_scroll(qtbot, checks, wide)
    assert len(_tops(checks.boxes.values())) == 1          # one line where they fit
    scroll.resize(420, 400)
    QApplication.processEvents()
    assert scroll.horizontalScrollBar().maximum() == 0     # not sideways
    assert len(_tops(checks.boxes.values())) > 1          # wrapped
    last = list(checks.boxes.values())[-1]
    assert last.geometry().bottom() <= checks.height()    # the last line in its height


def test_panes_side_by_side_or_one_below_the_other(qtbot):
    form, preview = QPushButton("Formular"), QPushButton("Vorschau")
    form.setMinimumWidth(400)
    preview.setMinimumWidth(300)
    panes = BesideOrBelow((form, 0), (preview, 1))
    scroll = _in_scroll(qtbot, panes, 800)
    assert len(_tops([form, preview])) == 1
    assert panes.sizeHint().width() >= 700                 # it asks for both beside
    scroll.resize(500, 400)
    QApplication.processEvents()
    assert scroll.horizontalScrollBar().maximum() == 0
    assert preview.geometry().top() >= form.geometry().bottom()
    scroll.resize(800, 400)
    QApplication.processEvents()
    assert len(_tops([form, preview])) == 1
