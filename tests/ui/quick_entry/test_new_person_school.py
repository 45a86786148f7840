"""Quick entry's new pupil: the school is a type-ahead list field (issue 64, finding 6);
„GG" typed fast picks the second G-school, a letter no school fits is refused, and the
status line confirms kind and school. Real key events, the record read back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import School
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog

pytestmark = pytest.mark.usefixtures("frozen_clock")


@pytest.fixture
def dialog(qtbot, ctx, conn, pupil):
    repo.SCHOOLS.insert(conn, School("Grundschule Lindenhof", school_type="GS", id="school-2"))
    widget = QuickEntryDialog(ctx)
    qtbot.addWidget(widget, before_close_func=lambda d: d.topics.set_codes(()))
    with qtbot.waitActive(widget):
        widget.show()
        widget.activateWindow()
    QTest.keyClicks(QApplication.focusWidget(), "z99")
    assert widget.new_label.text() == "Neu anlegen: Z-99"
    return widget


def test_gg_picks_the_second_g_school_and_the_status_says_it(dialog, qtbot, conn, pupil):
    summaries: list[str] = []
    dialog.saved.connect(summaries.append)
    dialog.new_school.setFocus()
    qtbot.waitUntil(dialog.new_school.hasFocus)
    QTest.keyClicks(dialog.new_school, "GG")
    assert dialog.new_school.currentText() == "Grundschule Lindenhof"
    QTest.keyClick(dialog.new_school, Qt.Key_1, Qt.AltModifier)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_Return, Qt.ControlModifier)
    [person] = [p for p in repo.PERSONS.all(conn) if p.id != pupil.id]
    assert (person.pseudonym, person.kind, person.school_id) == ("Z-99", "pupil", "school-2")
    [summary] = summaries
    assert summary.endswith("· neu angelegt: Schüler:in an der Schule „Grundschule Lindenhof“")


def test_a_school_no_letter_fits_is_refused_and_the_focus_stays(dialog, qtbot):
    dialog.new_school.setFocus()
    qtbot.waitUntil(dialog.new_school.hasFocus)
    shown = dialog.new_school.currentText()
    QTest.keyClicks(dialog.new_school, "Q")
    assert dialog.new_school.currentText() == shown
    assert QApplication.focusWidget() is dialog.new_school
    assert dialog.new_school.toolTip().startswith(
        "„Q“ gibt es bei Schule der neuen Person nicht.")
    assert dialog.error.text() == dialog.new_school.toolTip()  # shown in the error line
    QTest.keyClicks(dialog.new_school, "g")  # a school that fits: the message goes
    assert dialog.error.text() == "" and dialog.new_school.toolTip() == ""
