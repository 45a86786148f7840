"""The assistant's list with the keyboard, real key events: Tab leaves the list (one Tab
stop; arrows move inside, a key typed edits the new class), and the class typed in the
list is the class saved — what the screen showed is what "Übernehmen" applies."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Contact, Person
from ssa_desktop.services import activities as act
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.school_year.dialog import LABEL_COLUMN, SchoolYearDialog

TODAY = date(2026, 8, 3)
CREATED = "2026-03-01 10:00:00"


@pytest.fixture
def dialog(ctx, qtbot):
    for pseudo, grade, label in (("A-1", 7, "7b"), ("C-3", 8, "8a"), ("D-4", 5, "5c")):
        person = repo.PERSONS.insert(ctx.conn, Person(
            pseudo, grade=grade, class_label=label, school_id="school-1", created=CREATED))
        act.record_contact(ctx.conn, Contact(date(2026, 3, 2), "EB", 30, school_id="school-1",
                                             person_id=person.id))
    with clock.frozen(TODAY):
        dlg = SchoolYearDialog(ctx, today=TODAY)
        qtbot.addWidget(dlg)
        dlg.show()
        qtbot.waitExposed(dlg)
        dlg.activateWindow()
        dlg.table.setFocus()
        yield dlg


def _key(dialog, key, modifier=Qt.NoModifier) -> None:
    QTest.keyClick(dialog.focusWidget() or dialog, key, modifier)
    QApplication.processEvents()


def test_tab_leaves_the_list_and_shift_tab_comes_back(dialog):
    """Three pupils are 18 cells: Tab from the list reaches another control at once
    (it moved cell by cell and wrapped inside the list: a Tab trap)."""
    assert dialog.focusWidget() is dialog.table
    _key(dialog, Qt.Key_Tab)
    assert dialog.focusWidget() is not dialog.table
    _key(dialog, Qt.Key_Backtab)
    assert dialog.focusWidget() is dialog.table


def test_the_class_typed_is_the_class_saved(dialog, ctx, qtbot):
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == "C-3")
    dialog.table.setCurrentIndex(model.index(row, LABEL_COLUMN))
    _key(dialog, Qt.Key_F2)
    editor = dialog.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    QTest.keyClicks(editor, "9 neu")
    _key(dialog, Qt.Key_Tab)                   # the cell is left: what she typed is kept
    assert model.index(row, LABEL_COLUMN).data() == "9 neu"
    shown = {model.index(r, 0).data(): model.index(r, LABEL_COLUMN).data()
             for r in range(model.rowCount())}
    with clock.frozen(TODAY), qtbot.waitSignal(ctx.changes, timeout=60_000):
        QTest.mouseClick(dialog.apply_button, Qt.LeftButton)
    saved = {p.pseudonym: p.class_label for p in repo.PERSONS.all(ctx.conn)}
    assert saved == shown
    assert saved["C-3"] == "9 neu"
