"""Every area she leaves comes back as she left it: in each, she chooses something by
keyboard — the second row of its first list, or its next tab where it has no list — goes
to another area and comes back with Strg+<digit>: the same row (the same entry, not only
the same number) or the same tab is current. An area taken apart when she leaves it
(``Area.rebuilt_when_left``) that forgets her place in ``place()``/``restore()`` fails
here, whichever area it is (``test_area_places`` and ``test_area_places_forms`` go into
each area's own choices). The same after Strg+L and the unlock in the area: she is back on
her row or tab (ids only; ``test_places_after_the_lock``)."""

from __future__ import annotations

import weakref

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTabWidget

from ssa_desktop.ui import background
from ssa_desktop.ui.common.tab_chain import chain_inside
from tests.ui.shell.test_area_places import (
    KEYS,
    _groups,
    _sessions,
    locked_and_back,
    switch,
    taken_apart,
)
from tests.ui.shell.test_area_places import window as window  # noqa: F401 (the fixture)
from tests.ui.shell.test_area_places_forms import _absences_and_holidays, _partners

pytestmark = pytest.mark.usefixtures("frozen_clock")

# areas with nothing to choose in them (no list, no tabs), and why
NOTHING_TO_CHOOSE = {"overview": "its tiles load afresh when shown, a button each"}


def every_area_filled(ctx) -> None:
    """Something to choose in every area: groups, open offers' sessions, partners,
    absences and holidays."""
    _groups(ctx)
    _sessions(ctx, "Offener Raum", "Pausenangebot")
    _partners(ctx)
    _absences_and_holidays(ctx)


def settled(area) -> None:
    """Every load the area started has answered and been shown (no timing wait)."""
    for _round in range(20):
        assert background.wait_for_all(60000)
        QApplication.processEvents()
        if area.isVisible() and not getattr(area, "_computing", False):
            background.wait_for_all(60000)
            QApplication.processEvents()
            return


def focus_chain(area) -> list:
    """The area's widgets in the order Tab reaches them (not round her window: the walk
    made it a Python child of Statistik's last chart, ``tab_chain.chain_inside``)."""
    return list(chain_inside(area))


def first_list(area) -> QAbstractItemView | None:
    """The first list (table, tree) in sight with two rows or more."""
    return next((w for w in focus_chain(area) if isinstance(w, QAbstractItemView)
                 and not isinstance(w, QHeaderView) and w.isVisible()
                 and w.model() is not None and w.model().rowCount() >= 2), None)


def first_tabs(area) -> QTabWidget | None:
    return next((w for w in area.findChildren(QTabWidget) if w.isVisible() and w.count() >= 2),
                None)


def row_of(view: QAbstractItemView) -> tuple[int, object]:
    """The current row and what it holds (its entry's id, else its first cell's text)."""
    index = view.currentIndex()
    cell = view.model().index(index.row(), 0, index.parent())
    return index.row(), cell.data(Qt.ItemDataRole.UserRole) or cell.data()


def list_named(area, name: str) -> QAbstractItemView:
    found = [w for w in focus_chain(area) if isinstance(w, QAbstractItemView)
             and w.accessibleName() == name and w.isVisible()]
    assert found, f"no list „{name}“ again"
    return found[0]


@pytest.mark.parametrize(("key", "how"), [
    pytest.param(key, how, id=f"{key}-{how}") for how in ("left", "locked") for key in KEYS])
def test_an_area_comes_back_on_the_row_or_tab_she_chose(window, ctx, qtbot, key, how):
    every_area_filled(ctx)
    area = switch(window, qtbot, key)
    settled(area)
    view, tabs = first_list(area), first_tabs(area)
    if key in NOTHING_TO_CHOOSE:
        assert view is None and tabs is None, f"{key} has something to choose now: test it"
        return
    assert view is not None or tabs is not None, f"{key}: no list, no tabs"
    if view is not None:
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Home)
        qtbot.keyClick(view, Qt.Key.Key_Down)
        chosen, name = row_of(view), view.accessibleName()
        assert chosen[0] == 1, f"{key}: Down did not reach the second row of „{name}“"
    else:
        tabs.setFocus()
        qtbot.keyClick(tabs, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        chosen = tabs.currentIndex()
        assert chosen == 1
    if how == "locked":
        del view, tabs
        locked_and_back(window, ctx, qtbot)
        assert window.current_area_key() == key
        again = window.areas[key]
    else:
        rebuilt = type(area).rebuilt_when_left
        left = weakref.ref(area)
        del area, view, tabs
        switch(window, qtbot, "overview" if key != "overview" else "persons")
        if rebuilt:
            taken_apart(qtbot, left, window)
        again = switch(window, qtbot, key)
    settled(again)
    if isinstance(chosen, tuple):
        assert row_of(list_named(again, name)) == chosen, f"{key}: „{name}“ forgot her row"
    else:
        assert first_tabs(again).currentIndex() == chosen, f"{key} forgot her tab"


def test_statistik_tabbed_through_and_locked_unlocks(window, ctx, qtbot):
    """As she works: Strg+8, Tab round the whole window from Statistik's first control,
    Strg+L, the passphrase, Enter — her window again (the app's own walks never went round
    her window here; the test's walk did, ``focus_chain``)."""
    from tests.conftest import PASSPHRASE

    every_area_filled(ctx)
    settled(switch(window, qtbot, "statistics"))
    first = QApplication.focusWidget()
    for _step in range(300):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is first:
            break
    assert QApplication.focusWidget() is first, "Tab did not come round"
    qtbot.keyClick(first, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible())
    edit = window.unlock_dialog.passphrase.edit
    edit.setText(PASSPHRASE)   # QTest types no umlaut (as locked_and_back)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctx.is_unlocked, timeout=10000)
    assert window.current_area_key() == "statistics"
