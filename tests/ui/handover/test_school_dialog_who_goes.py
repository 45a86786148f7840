"""„Schule übergeben“ shows who goes into the package (issue 64, item 9) before she
writes it: the persons of the chosen school by pseudonym, a person due for deletion only
once she ticks „trotzdem mitgeben“; another school, other persons. Real keys."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Person, School
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.handover.school_dialog import SchoolHandoverDialog
from tests.services.test_handover import _person

TODAY = date(2026, 11, 23)


def test_the_dialog_names_who_goes_into_the_package(ctx, qtbot, tmp_path):
    _person(ctx.conn, "Anna")
    _person(ctx.conn, "Ben")
    repo.SCHOOLS.insert(ctx.conn, School("Grundschule Lindenweg", school_type="GS",
                                         id="school-2"))
    repo.PERSONS.insert(ctx.conn, Person("L-1", school_id="school-2"))
    with clock.frozen(TODAY):
        dialog = SchoolHandoverDialog(ctx, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.school.currentData() == "school-1"
        text = dialog.going.text()
        assert "2 Personen" in text and "P-Anna" in text and "P-Ben" in text, text
        assert "L-1" not in text
        assert dialog.going.accessibleName() or dialog.going.text()
        dialog.school.setFocus()
        QTest.keyClick(dialog.school, Qt.Key_Down)         # the other school
        assert dialog.school.currentData() == "school-2"
        text = dialog.going.text()
        assert "1 Person:" in text and "L-1" in text and "P-Anna" not in text, text
