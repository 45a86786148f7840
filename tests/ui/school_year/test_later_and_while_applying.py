"""The Schuljahreswechsel assistant where a tester lost work or was misled (issue 29's year
end, real keys): Esc after changes asks before they go; nothing can be changed or postponed
while a school is applied; a refusal goes once she corrects the day; her pupil stays marked
when the proposal is made anew; the counts say "1 Schüler:in"; the cell editor and the
last grade's button are named as they read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from ssa_desktop.domain import clock
from ssa_desktop.domain import school_year_change as syc
from ssa_desktop.domain.entities import Person
from ssa_desktop.services import school_year_change as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.school_year.dialog import SchoolYearDialog
from tests.support import questions
from tests.support.questions import words_of

from .test_saved_as_typed import _to_row, _type_day, _type_without_leaving
from .test_school_year_dialog import TODAY, _row, _shown_dialog


def _answer(button_text: str, seen: list) -> None:
    """Press ``button_text`` in the question once it is shown (its text and default
    answer into ``seen``); the looking ends with the test."""
    def pressed(box) -> None:
        seen.append((box.text(), words_of(box.defaultButton())))
        questions.clicking(button_text)(box)
    questions.when_open(QMessageBox, pressed)


def _waiting(ctx) -> bool:
    return bool(svc.due_at_unlock(ctx.conn))


def test_esc_after_a_change_asks_and_going_on_keeps_what_she_chose(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        editor = _type_without_leaving(dialog, "A-1", "8c")
        QTest.keyClick(editor, Qt.Key_Return)
        seen: list = []
        _answer("Weiter bearbeiten", seen)
        QTest.keyClick(dialog.table, Qt.Key_Escape)
        assert seen == [("Ihre Änderungen bei 1 Schüler:in dieser Schule werden nicht "
                         "gespeichert, wenn Sie den Wechsel jetzt verschieben.",
                         "Weiter bearbeiten")]     # the default: Enter goes on
        assert dialog.isVisible()
        assert dialog.rows()[_row(dialog, "A-1")].new_label == "8c"
        assert _waiting(ctx)                       # not postponed


def test_esc_after_a_change_and_verschieben_postpones_without_saving(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        _to_row(dialog, "A-1")
        QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)
        QTest.keyClick(dialog.status, Qt.Key_Down)              # wiederholt
        assert dialog.plan.rows[_row(dialog, "A-1")].status == syc.REPEATS
        seen: list = []
        _answer("Verschieben, Änderungen verwerfen", seen)
        QTest.keyClick(dialog.table, Qt.Key_Escape)
        assert len(seen) == 1
        assert not dialog.isVisible()
        assert not _waiting(ctx)                   # postponed: it no longer opens by itself
        assert svc.plan_for(ctx.conn, "school-1", TODAY).applied is None


def test_esc_without_a_change_postpones_at_once(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        QTest.keyClick(dialog.table, Qt.Key_Escape)
        assert QApplication.activeModalWidget() is None
        assert not dialog.isVisible()


def test_while_a_school_is_applied_nothing_can_be_changed_nor_postponed(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        QTest.mouseClick(dialog.apply_button, Qt.LeftButton)   # runs in the background
        assert dialog.applying
        assert not any(w.isEnabled() for w in (
            dialog.table, dialog.status, dialog.day, dialog.last_grade,
            dialog.last_grade_button, dialog.apply_button, dialog.later_button))
        QTest.keyClick(dialog, Qt.Key_Escape)                  # was "Später" meanwhile
        assert dialog.isVisible()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60000)
        assert svc.plan_for(ctx.conn, "school-1", TODAY).applied == TODAY
        assert ": 3 Schüler:innen – " in dialog.applied_texts[0]


def test_while_a_school_is_applied_the_window_cannot_be_closed(ctx, qtbot):
    """The title bar's × (a close event) while a school is applied: the window stays, so
    that what was applied is said and the next school follows."""
    from PySide6.QtGui import QCloseEvent

    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        QTest.mouseClick(dialog.apply_button, Qt.LeftButton)   # runs in the background
        assert dialog.applying
        event = QCloseEvent()
        QApplication.sendEvent(dialog, event)                  # what the × sends
        assert not event.isAccepted() and dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.applied_texts != [], timeout=60000)
        assert ": 3 Schüler:innen – " in dialog.applied_texts[0]


def test_one_pupil_is_one_schueler_in(ctx, qtbot):
    repo.PERSONS.insert(ctx.conn, Person("E-1", first_name="Vorname", last_name="E",
                                         grade=7, class_label="7a", school_id="school-1",
                                         created="2026-03-01 10:00:00"))
    with clock.frozen(TODAY):
        dialog = SchoolYearDialog(ctx, today=TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        QTest.mouseClick(dialog.apply_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60000)
        assert ": 1 Schüler:in – 0 vorgerückt, 0 ohne Klassenstufe" in dialog.applied_texts[0]


def test_a_refusal_goes_once_she_corrects_the_day(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        _to_row(dialog, "A-1")
        QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)
        QTest.keyClick(dialog.status, Qt.Key_End)
        QTest.keyClick(dialog.status, Qt.Key_Up)              # Schule gewechselt am
        _type_day(dialog, "14.09.2026")
        QTest.keyClick(dialog.day, Qt.Key_Tab)
        QTest.mouseClick(dialog.apply_button, Qt.LeftButton)
        assert "liegt nach heute" in dialog.message.text()
        QTest.keyClick(dialog, Qt.Key_A, Qt.AltModifier)
        QTest.keyClick(dialog.day, Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(dialog.day, "02.08.2026")
        QTest.keyClick(dialog.day, Qt.Key_Tab)
        assert dialog.message.text() == ""
        assert dialog.plan.rows[_row(dialog, "A-1")].day.isoformat() == "2026-08-02"


def test_a_changed_day_of_the_proposed_whereabouts_says_so(ctx, qtbot):
    """B-2 is proposed "abgegangen am 31.07.2026"; she types 02.08.2026: the Hinweis says
    that she changed it, not the proposal's reason beside her day."""
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        _to_row(dialog, "B-2")
        _type_day(dialog, "")
        QTest.keyClick(dialog.day, Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(dialog.day, "02.08.2026")
        QTest.keyClick(dialog.day, Qt.Key_Tab)
        row = dialog.plan.rows[_row(dialog, "B-2")]
        assert (row.status, row.day.isoformat()) == (syc.LEFT, "2026-08-02")
        assert row.reason == "von Ihnen geändert; vorgeschlagen war „abgegangen am 31.07.2026“"


def test_her_pupil_stays_marked_when_the_proposal_is_made_anew(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        _to_row(dialog, "B-2")
        QTest.keyClick(dialog, Qt.Key_L, Qt.AltModifier)
        QTest.keyClick(dialog.last_grade, Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(dialog.last_grade, "9")
        QTest.keyClick(dialog.last_grade, Qt.Key_Return)       # saved, proposed anew
        assert dialog.plan.last_grade_own == 9
        assert dialog.plan.rows[dialog.table.currentIndex().row()].pseudonym == "B-2"


def test_alt_n_saves_the_last_grade_and_proposes_anew(ctx, qtbot):
    """„Übernehmen und &neu vorschlagen“ had no Alt letter: from the list she had to Tab
    to it (Enter in the spin box did it too, unsaid)."""
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        QTest.keyClick(dialog, Qt.Key_L, Qt.AltModifier)
        QTest.keyClick(dialog.last_grade, Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(dialog.last_grade, "9")
        QTest.keyClick(dialog.last_grade, Qt.Key_N, Qt.AltModifier)   # clicked a moment later
        qtbot.waitUntil(lambda: dialog.plan.last_grade_own == 9)       # (animateClick)


def test_the_cell_editor_and_the_last_grade_button_are_named_as_they_read(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        editor = _type_without_leaving(dialog, "A-1", "8b")
        assert editor.accessibleName() == "Klasse neu"
        button = dialog.last_grade_button
        assert button.accessibleName() == button.text().replace("&", "")
        assert button.accessibleDescription() == (
            "Letzte Klassenstufe speichern und den Vorschlag neu berechnen")


def test_the_line_under_the_list_takes_room_only_while_it_says_something(ctx, qtbot):
    """Empty, it took a row of the list at 200 % on a 1280×720 screen."""
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        assert not dialog.message.isVisible()
        editor = _type_without_leaving(dialog, "A-1", "7b")   # names grade 7, moves to 8
        QTest.keyClick(editor, Qt.Key_Return)
        QTest.mouseClick(dialog.apply_button, Qt.LeftButton)
        assert dialog.message.isVisible()
        assert dialog.message.text().startswith("A-1: die Klasse „7b“ passt nicht")
        dialog.message.clear()
        assert not dialog.message.isVisible()


def test_the_hinweis_cut_by_its_column_reads_whole_as_a_tool_tip(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        index = dialog.model.index(_row(dialog, "B-2"), 5)
        assert index.data(Qt.ToolTipRole) == dialog.plan.rows[index.row()].reason
        assert "Abgang am 31.07.2026" in index.data(Qt.ToolTipRole)
        assert dialog.model.index(0, 0).data(Qt.ToolTipRole) is None
