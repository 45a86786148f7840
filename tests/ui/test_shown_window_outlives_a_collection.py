"""A window given to ``qtbot.addWidget`` lives until qtbot closes it, whatever collects
garbage in between. pytest-qt holds it only weakly; once the test's body has returned,
a form whose own attributes refer back to it (its draft keeper, bound methods) is held
by reference cycles alone. A collection in the events pytest-qt handles after the body
(the GUI thread's collector ticks every 2 s, ``ui/main_thread_gc``) took the still shown
Fall dialog apart wrapper by wrapper: PySide dropped a field's dynamic slots with its
instance dict, and hiding the dialog then reached them ("Slot 'CatalogueCombo::' not
found", "Slot 'FitScroll::' not found", full run on main 59c775f8)."""

from __future__ import annotations

import gc
import weakref

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

pytestmark = pytest.mark.usefixtures("frozen_clock")

ALIVE_AT_COLLECTION: list[bool] = []


def _show_case_dialog(qtbot, ctx, pupil) -> weakref.ref[QWidget]:
    """The Fall dialog shown with the keyboard in its Zugang field; no local keeps it."""
    from ssa_desktop.ui.persons.case_dialog import CaseDialog

    dialog = CaseDialog(ctx, pupil.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    edit = dialog.access.lineEdit()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    return weakref.ref(dialog)


@pytest.fixture
def collection_after_the_body():
    """A collection in the first events handled after the test's body, where a tick of
    the GUI thread's collector lands; afterwards: whether the window was still there."""
    ALIVE_AT_COLLECTION.clear()
    yield ALIVE_AT_COLLECTION
    assert ALIVE_AT_COLLECTION == [True]


def test_a_shown_form_outlives_a_collection_after_its_test_body(
        qtbot, ctx, pupil, collection_after_the_body):
    window = _show_case_dialog(qtbot, ctx, pupil)

    def collect() -> None:
        gc.collect()
        collection_after_the_body.append(window() is not None)

    QTimer.singleShot(0, collect)
