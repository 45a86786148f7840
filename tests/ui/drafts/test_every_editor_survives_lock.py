"""Every area of the sidebar (ui/areas.py): what she types into an editor on its first
page (the tab holding its entry form) — a watched form field, a cell of an editable table — survives Strg+L and the auto-lock: after the
unlock it is saved (a cell) or offered as a draft (a form), and nothing raised on the way
(pytest-qt fails a test on an exception in Qt's event loop). Real keys, real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QPlainTextEdit

from ssa_desktop.domain import entities as e
from ssa_desktop.services import notes
from ssa_desktop.services import setup as setup_service
from ssa_desktop.ui.areas import AREAS
from ssa_desktop.ui.notes import form_draft
from tests.support.locks import lock as _lock
from tests.support.locks import reopen as _reopen
from tests.support.main_windows import active_main_window

pytestmark = pytest.mark.usefixtures("frozen_clock")
TYPED = "Probe 4711"

# what each area offers on its first page (a hand-kept list: a new editable area
# fails here until it is listed and survives the lock)
EDITORS = {"open_offers": "form", "network": "form", "time": "cell"}


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    post = setup_service.save_post(ctx.conn, e.Post("Stelle", 39.0))
    setup_service.set_post_share(ctx.conn, post.id, "school-1", 2026, 50)
    return active_main_window(ctx, qtbot, tmp_path)


def _form_field(area):
    """The first visible, enabled text field a form draft of ``area`` watches."""
    for keeper in list(form_draft._KEEPERS):
        if not form_draft._alive(keeper.owner) or not (
                keeper.owner is area or area.isAncestorOf(keeper.owner)):
            continue
        for key, widget in keeper.fields:
            watched = not keeper.watched or key in keeper.watched
            if (watched and isinstance(widget, (QLineEdit, QPlainTextEdit))
                    and widget.isVisible() and widget.isEnabled()):
                return widget
    return None


def _editable_view(area):
    for view in area.findChildren(QAbstractItemView):
        model = view.model()
        if (view.isVisible() and model is not None and model.rowCount()
                and view.editTriggers() & QAbstractItemView.AnyKeyPressed):
            for row in range(model.rowCount()):
                for column in range(model.columnCount()):
                    index = model.index(row, column)
                    if model.flags(index) & Qt.ItemIsEditable:
                        return view, index
    return None


def _first_page(window, qtbot, key):
    area = window.show_area(key)
    if key == "time":
        qtbot.waitUntil(lambda: area.report is not None)
        QTest.keyClick(area.tabs, Qt.Key_W, Qt.AltModifier)          # its editor's page
    if key == "network":
        area.tabs.setCurrentWidget(area.activities)                  # the entry form's tab
    return area


@pytest.mark.parametrize("how", ["Strg+L", "auto-lock"])
@pytest.mark.parametrize("key", [a.key for a in AREAS])
def test_what_she_typed_survives_the_lock(window, ctx, qtbot, open_vault, key, how):
    area = _first_page(window, qtbot, key)
    field, cell = _form_field(area), _editable_view(area)
    found = "form" if field is not None else "cell" if cell is not None else None
    assert found == EDITORS.get(key)
    if found is None:
        return
    if field is not None:
        field.setFocus()
        QTest.keyClicks(field, TYPED)
        _lock(ctx, how)
        _reopen(ctx, open_vault)
        kept = [notes.draft_data(d)["values"] for d in notes.form_drafts(ctx.conn)]
        assert any(TYPED in str(v) for values in kept for v in values.values())
        return
    view, index = cell
    view.setFocus()
    view.setCurrentIndex(index)
    for digit in "45":                      # the first key opens the cell's editor
        QTest.keyClick(QApplication.focusWidget(), digit)
    assert view.state() == QAbstractItemView.EditingState
    _lock(ctx, how)
    _reopen(ctx, open_vault)
    area = _first_page(window, qtbot, key)
    view, index = _editable_view(area)
    assert view.model().data(index) == "45"
