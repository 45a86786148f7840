"""One scroll area per place: no area, tab or person tab puts a scroll area inside
another, at 1280×720 and at 200 % on it (640×360 logical). Nested, at 200 % she got two
scroll bars, Qt scrolled only the inner one to the focus, and a screen reader met a
scroll pane inside a scroll pane (Gruppen, Arbeitszeit, Statistik, Datenschutz,
Einstellungen, the person's Stammdaten, Arbeitszeit's Auswertung). The window's own
scroll (``AreaScroll``) scrolls the area whole."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget

from ssa_desktop.ui.areas import AREAS
from tests.support.main_windows import demo_main_window
from tests.ui.shell.test_fits_small_screen import _person_with_everything, _settle

SIZES = {"1280x720": (1280, 720), "1280x720@200": (640, 360)}


def nested(window: QWidget) -> list[str]:
    """The shown scroll areas that lie inside another scroll area."""
    found = []
    for scroll in window.findChildren(QScrollArea):
        if not scroll.isVisibleTo(window):
            continue
        parent = scroll.parentWidget()
        while parent is not None and parent is not window:
            if isinstance(parent, QScrollArea):
                found.append(f"{type(scroll).__name__} „{scroll.accessibleName()}“ in "
                             f"{type(parent).__name__}")
                break
            parent = parent.parentWidget()
    return found


def _pages(area):
    tabs = getattr(area, "tabs", None)
    if tabs is None or not hasattr(tabs, "setCurrentIndex"):
        yield ""
        return
    for page in range(tabs.count()):
        tabs.setCurrentIndex(page)
        yield tabs.tabText(page)


@pytest.mark.parametrize("size", list(SIZES))
def test_no_scroll_area_inside_another(qapp, qtbot, tmp_path, size):
    window = demo_main_window(qtbot, tmp_path, SIZES[size])
    try:
        found = {}
        for spec in AREAS:
            area = window.show_area(spec.key)
            if spec.key == "groups":
                area.list_view.selectRow(0)
            for page in _pages(area):
                _settle()
                if inner := nested(window):
                    found[f"{spec.key}/{page}"] = inner
        persons = window.show_area("persons")
        persons.open_record(_person_with_everything(window.ctx.conn))
        for page in _pages(persons.page):
            _settle()
            if inner := nested(window):
                found[f"person/{page}"] = inner
        assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())
    finally:
        window.ctx.lock()
        QApplication.processEvents()
