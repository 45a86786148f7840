"""The Schuljahreswechsel opened from the Übersicht („Schuljahreswechsel …“) when every
school's change is done: it shows „Schule 1 von 2“ with „Übernehmen“ off and only „Später“
– there was no way to the second school (its last grade, its post share), by keys or
mouse. A school whose change is done now has „Weiter“ (Alt+W) to the next one; a last
grade she typed there is kept on the way. Real key events."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import School
from ssa_desktop.services import school_year_change as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.school_year.dialog import SchoolYearDialog

CHANGED = date(2026, 8, 3)
LATER = date(2026, 11, 25)
ALT = Qt.KeyboardModifier.AltModifier


def _both_done(conn) -> None:
    repo.SCHOOLS.insert(conn, School("Realschule Schlossberg", code="RS-1", school_type="RS",
                                     id="school-2"))
    for school_id in ("school-1", "school-2"):
        svc.apply(conn, svc.plan_for(conn, school_id, CHANGED), CHANGED)


def _opened(ctx, qtbot) -> SchoolYearDialog:
    dialog = SchoolYearDialog(ctx, today=LATER)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=60000)
    return dialog


def test_alt_w_goes_from_a_done_school_to_the_next(ctx, qtbot):
    _both_done(ctx.conn)
    with clock.frozen(LATER):
        dialog = _opened(ctx, qtbot)
        assert dialog.heading.text().startswith("Schule 1 von 2: Gemeinschaftsschule Am Park")
        assert dialog.apply_button.isEnabled()
        assert dialog.apply_button.accessibleName() == "Weiter zur nächsten Schule"
        QTest.keyClick(dialog.table, Qt.Key.Key_W, ALT)
        qtbot.waitUntil(lambda: dialog.heading.text().startswith("Schule 2 von 2"))
        assert "Realschule Schlossberg" in dialog.heading.text()
        # the last school: nothing to go on to, nothing to apply
        assert not dialog.apply_button.isEnabled()
        dialog.reject()


def test_a_last_grade_typed_at_a_done_school_is_kept_on_the_way(ctx, qtbot):
    _both_done(ctx.conn)
    with clock.frozen(LATER):
        dialog = _opened(ctx, qtbot)
        dialog.last_grade.setFocus()
        QTest.keyClick(dialog.last_grade, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(dialog.last_grade, "9")
        QTest.keyClick(dialog.last_grade, Qt.Key.Key_W, ALT)
        qtbot.waitUntil(lambda: dialog.heading.text().startswith("Schule 2 von 2"))
        assert svc.plan_for(ctx.conn, "school-1", LATER).last_grade_own == 9
        dialog.reject()


def test_each_alt_letter_once_in_english_at_a_done_school(ctx, qtbot):
    """In English „&Next“ took the N of „Save and propose &new“ beside it (the last grade
    stays to be changed at a done school) and „&Later“ the L of „&Last grade“: Alt+N and
    Alt+L each reached two controls."""
    from tests.support.languages import in_language
    from tests.ui.common.mnemonics import clashes

    with in_language("en"):
        _both_done(ctx.conn)
        with clock.frozen(LATER):
            dialog = _opened(ctx, qtbot)
            assert dialog.apply_button.text() == "Ne&xt"
            assert dialog.last_grade_button.isVisible()
            assert clashes(dialog) == {}
            dialog.reject()


def test_each_alt_letter_once_in_german_at_a_done_school(ctx, qtbot):
    from tests.ui.common.mnemonics import clashes

    _both_done(ctx.conn)
    with clock.frozen(LATER):
        dialog = _opened(ctx, qtbot)
        assert clashes(dialog) == {}
        dialog.reject()
