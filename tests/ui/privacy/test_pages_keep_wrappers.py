"""Building a Datenschutz page on its first showing leaves every Python wrapper of a
widget still alive valid. Red before (``tab_chain._rehomed``): the walk back from the
placeholder made the handover table's viewport (on another page) a Python child of a
widget it asked, and deleting the placeholder made the viewport „already deleted“ while
Qt kept it."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from ssa_desktop.domain import clock
from tests.ui.privacy.shared import shown_area


def _address(widget: QWidget) -> int:
    return shiboken6.getCppPointer(widget)[0]


def test_building_each_page_leaves_the_wrappers_of_living_widgets_valid(ctx, qtbot):
    with clock.frozen(date(2026, 9, 1)):
        area = shown_area(ctx, qtbot)
        window = area.window()
        lost = []
        for index in range(1, area.tabs.count()):
            held = [(w, _address(w)) for w in shiboken6.getAllValidWrappers()
                    if isinstance(w, QWidget) and shiboken6.isValid(w)]
            area.tabs.setCurrentIndex(index)   # built now, its placeholder deleted
            QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            alive = {_address(w): w.objectName() for w in window.findChildren(QWidget)}
            lost += [(area.tabs.tabText(index), alive[address])
                     for w, address in held if not shiboken6.isValid(w) and address in alive]
        assert lost == []
