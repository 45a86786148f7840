"""The Schuljahreswechsel saves what the assistant showed, whatever key she pressed
last: a class still being typed, a day still in its field, an impossible day refused, a
class typed kept through every whereabouts, her changes kept when the last grade is
changed, and a last grade typed but not yet saved proposed before anything is applied.
Real key events throughout."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain import school_year_change as syc
from ssa_desktop.services import school_year_change as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.school_year.dialog import LABEL_COLUMN

from .test_school_year_dialog import TODAY, _row, _shown_dialog, _text


def _persons(ctx):
    return {p.pseudonym: p for p in repo.PERSONS.all(ctx.conn)}


def _to_row(dialog, pseudo):
    table = dialog.table
    table.setFocus()
    for _ in range(dialog.model.rowCount()):
        if table.currentIndex().row() == _row(dialog, pseudo):
            break
        QTest.keyClick(table, Qt.Key_Down if table.currentIndex().row() < _row(dialog, pseudo)
                       else Qt.Key_Up)
    assert table.currentIndex().row() == _row(dialog, pseudo)


def _type_without_leaving(dialog, pseudo, text):
    _to_row(dialog, pseudo)
    QTest.keyClick(dialog.table, Qt.Key_F2)
    editor = dialog.table.focusWidget()
    QTest.keyClick(editor, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(editor, text)
    return editor


def _type_day(dialog, text):
    """Alt+A to the day of the marked pupil and type ``text`` (not leaving the field)."""
    QTest.keyClick(dialog, Qt.Key_A, Qt.AltModifier)
    assert dialog.day.hasFocus()
    QTest.keyClicks(dialog.day, text)


def _applied(qtbot, dialog):
    QTest.keyClick(dialog, Qt.Key_B, Qt.AltModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)


def _refused(dialog) -> str:
    """A click on "Übernehmen" that applies nothing: the assistant stays; what it says."""
    QTest.mouseClick(dialog.apply_button, Qt.LeftButton)
    assert dialog.isVisible()
    return dialog.message.text()


def test_alt_b_saves_the_class_she_is_still_typing(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        _type_without_leaving(dialog, "A-1", "8d")      # no Enter, no Tab
        _applied(qtbot, dialog)
        assert _persons(ctx)["A-1"].class_label == "8d"


def test_alt_b_takes_the_day_still_in_its_field(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        _to_row(dialog, "B-2")                           # proposed: left on 31.07.
        QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)
        QTest.keyClick(dialog.status, Qt.Key_Down)       # "Schule gewechselt am"
        _type_day(dialog, "15.06.2026")                  # no Tab
        _applied(qtbot, dialog)
        b2 = _persons(ctx)["B-2"]
        assert (b2.school_change_date, b2.leaving_date) == (date(2026, 6, 15), None)


def test_an_impossible_day_is_said_and_nothing_is_applied(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        _to_row(dialog, "B-2")
        _type_day(dialog, "31.02.2026")
        QTest.keyClick(dialog.day, Qt.Key_Tab)
        assert "31.02.2026" in dialog.day.text() and "Datum" in dialog.message.text()
        QTest.mouseClick(dialog.apply_button, Qt.LeftButton)
        assert dialog.isVisible() and dialog.day.hasFocus()   # back to the field to mend
        assert "den 31. Februar 2026 gibt es nicht" in dialog.message.text()
        assert [p.school_id for p in svc.pending(ctx.conn)] == ["school-1"]
        assert _persons(ctx)["B-2"].leaving_date is None


def test_arrows_through_the_whereabouts_keep_the_class_she_typed(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        editor = _type_without_leaving(dialog, "A-1", "8d")
        QTest.keyClick(editor, Qt.Key_Return)
        qtbot.waitUntil(lambda: _text(dialog, _row(dialog, "A-1"), LABEL_COLUMN) == "8d",
                        timeout=60000)
        QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)
        seen = []
        for _ in range(4):           # wiederholt, abgegangen, gewechselt, nicht bekannt
            QTest.keyClick(dialog.status, Qt.Key_Down)
            seen.append(_text(dialog, _row(dialog, "A-1"), LABEL_COLUMN))
        assert seen == ["7b", "7b", "7b", "8d"]          # repeating, leaving: the old class
        assert dialog.plan.rows[_row(dialog, "A-1")].status == syc.UNKNOWN
        for _ in range(4):
            QTest.keyClick(dialog.status, Qt.Key_Up)
        assert dialog.plan.rows[_row(dialog, "A-1")].status == syc.STAY
        assert _text(dialog, _row(dialog, "A-1"), LABEL_COLUMN) == "8d"
        _applied(qtbot, dialog)
        assert (_persons(ctx)["A-1"].grade, _persons(ctx)["A-1"].class_label) == (8, "8d")


def _set_last_grade(dialog, value):
    QTest.keyClick(dialog, Qt.Key_L, Qt.AltModifier)
    QTest.keyClick(dialog.last_grade, Qt.Key_A, Qt.ControlModifier)
    QTest.keyClicks(dialog.last_grade, value)
    QTest.keyClick(dialog.last_grade, Qt.Key_Return)


def _choose(dialog, pseudo, key):
    _to_row(dialog, pseudo)
    QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)
    QTest.keyClick(dialog.status, key)


def test_a_new_last_grade_keeps_what_she_chose(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        editor = _type_without_leaving(dialog, "A-1", "8d")   # a class only
        QTest.keyClick(editor, Qt.Key_Return)
        qtbot.waitUntil(lambda: _text(dialog, _row(dialog, "A-1"), LABEL_COLUMN) == "8d",
                        timeout=60000)
        _choose(dialog, "C-3", Qt.Key_Home)              # C-3: "noch an der Schule"
        _set_last_grade(dialog, "7")                     # A-1 (grade 7) is proposed to leave
        assert dialog.plan.last_grade == 7
        rows = {r.pseudonym: r for r in dialog.plan.rows}
        # the whereabouts she did not choose follow the new proposal; what she chose stays
        assert (rows["A-1"].status, rows["A-1"].new_label) == (syc.LEFT, "7b")
        assert rows["A-1"].reason.startswith("in der letzten Klassenstufe (7)")
        assert rows["C-3"].status == syc.STAY
        assert rows["C-3"].reason == "von Ihnen geändert; vorgeschlagen war „nicht bekannt“"
        assert rows["B-2"].status == syc.LEFT
        assert "Ihre Änderungen bei 2 Schüler:innen bleiben." in dialog.message.text()
        _choose(dialog, "A-1", Qt.Key_Home)              # A-1 stays after all: her class
        assert _text(dialog, _row(dialog, "A-1"), LABEL_COLUMN) == "8d"
        _applied(qtbot, dialog)
        persons = _persons(ctx)
        assert (persons["A-1"].grade, persons["A-1"].class_label) == (8, "8d")
        assert (persons["C-3"].grade, persons["C-3"].class_label) == (6, "6c")


def test_her_choice_outlives_two_new_last_grades(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        _choose(dialog, "A-1", Qt.Key_Down)              # "wiederholt die Klassenstufe",
        QTest.keyClick(dialog.status, Qt.Key_Down)       # then "abgegangen am" 31.07.
        _set_last_grade(dialog, "7")                     # now also the proposal
        _set_last_grade(dialog, "10")                    # and no longer
        rows = {r.pseudonym: r for r in dialog.plan.rows}
        assert (rows["A-1"].status, rows["A-1"].day) == (syc.LEFT, date(2026, 7, 31))


def test_an_impossible_day_stops_a_new_last_grade_too(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        _to_row(dialog, "B-2")
        _type_day(dialog, "31.02.2026")
        _set_last_grade(dialog, "9")
        assert dialog.plan.last_grade == 10              # nothing saved
        assert "den 31. Februar 2026 gibt es nicht" in dialog.message.text()
        assert dialog.day.hasFocus() and dialog.day.text() == "31.02.2026"


def test_a_last_grade_typed_but_not_saved_is_proposed_before_anything_is_applied(ctx,
                                                                                 qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        assert {r.pseudonym: r.status for r in dialog.plan.rows}["B-2"] == syc.LEFT
        QTest.keyClick(dialog, Qt.Key_L, Qt.AltModifier)
        QTest.keyClick(dialog.last_grade, Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(dialog.last_grade, "11")         # no Enter
        QTest.mouseClick(dialog.apply_button, Qt.LeftButton)
        assert dialog.isVisible()                        # nothing applied yet
        assert "Bitte den neuen Vorschlag prüfen" in dialog.message.text()
        assert {r.pseudonym: r.status for r in dialog.plan.rows}["B-2"] == syc.STAY
        assert [p.school_id for p in svc.pending(ctx.conn)] == ["school-1"]
        _applied(qtbot, dialog)                          # she looked: now it applies
        assert _persons(ctx)["B-2"].grade == 11


def test_a_long_school_name_never_pushes_the_buttons_off_a_small_screen(ctx, qtbot):
    school = repo.SCHOOLS.get(ctx.conn, "school-1")
    school.name = ("Sonderpädagogisches Bildungs- und Beratungszentrum mit Förderschwerpunkt "
                   "Lernen und Internat am Lindenpark Oberkirchheim")
    repo.SCHOOLS.update(ctx.conn, school)
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        assert school.name in dialog.heading.text()
        # 1280×720 at 200 %: 640 logical pixels wide; the heading wraps instead
        assert dialog.minimumSizeHint().width() <= 640


def test_it_opens_with_the_list_focused_and_a_changed_row_says_what_was_proposed(ctx,
                                                                                 qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        assert dialog.focusWidget() is dialog.table
        hint = 5
        assert _text(dialog, _row(dialog, "A-1"), hint) == "Klassenstufe rückt vor"
        _to_row(dialog, "A-1")
        QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)
        QTest.keyClick(dialog.status, Qt.Key_Down)       # "wiederholt die Klassenstufe"
        assert _text(dialog, _row(dialog, "A-1"), hint) == (
            "von Ihnen geändert; vorgeschlagen war „noch an der Schule“")
        QTest.keyClick(dialog.status, Qt.Key_Up)         # back to the proposal
        assert _text(dialog, _row(dialog, "A-1"), hint) == "Klassenstufe rückt vor"


def test_a_pupil_who_repeats_keeps_grade_and_goes_to_the_class_she_typed(ctx, qtbot):
    """"wiederholt die Klassenstufe" (second in "Verbleib"): grade and class stay, the class
    is hers to change; the class typed for moving up and the one for repeating are two."""
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        editor = _type_without_leaving(dialog, "A-1", "8d")   # moving up: into 8d
        QTest.keyClick(editor, Qt.Key_Return)
        qtbot.waitUntil(lambda: _text(dialog, _row(dialog, "A-1"), LABEL_COLUMN) == "8d",
                        timeout=60000)
        QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)
        QTest.keyClick(dialog.status, Qt.Key_Down)
        assert dialog.status.currentText() == "wiederholt die Klassenstufe"
        r = _row(dialog, "A-1")
        assert (_text(dialog, r, 2), _text(dialog, r, LABEL_COLUMN)) == ("7", "7b")
        editor = _type_without_leaving(dialog, "A-1", "7c")   # repeating: into 7c
        QTest.keyClick(editor, Qt.Key_Return)
        qtbot.waitUntil(lambda: _text(dialog, _row(dialog, "A-1"), LABEL_COLUMN) == "7c",
                        timeout=60000)
        QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)
        QTest.keyClick(dialog.status, Qt.Key_Up)              # noch an der Schule
        assert _text(dialog, _row(dialog, "A-1"), LABEL_COLUMN) == "8d"
        QTest.keyClick(dialog.status, Qt.Key_Down)            # wiederholt, again
        assert _text(dialog, _row(dialog, "A-1"), LABEL_COLUMN) == "7c"
        _applied(qtbot, dialog)
        a1 = _persons(ctx)["A-1"]
        assert (a1.grade, a1.class_label) == (7, "7c")
        assert dialog.last_summary.repeated == 1


def test_no_own_last_grade_reads_as_the_school_types_and_stays_so(ctx, qtbot):
    """A Gemeinschaftsschule's last grade is 10 unless she sets her own. At the spin box's
    lowest step she gives her own back: it said "keine" and came back as "10" with only
    "gespeichert"; it now says what it is, "wie Schulart (10)", before and after saving."""
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        assert dialog.last_grade.text() == "wie Schulart (10)"
        _set_last_grade(dialog, "9")                        # her own
        assert (dialog.plan.last_grade_own, dialog.last_grade.text()) == (9, "9")
        QTest.keyClick(dialog, Qt.Key_L, Qt.AltModifier)
        for _ in range(9):                                  # down to the lowest step
            QTest.keyClick(dialog.last_grade, Qt.Key_Down)
        assert dialog.last_grade.text() == "wie Schulart (10)"
        QTest.keyClick(dialog.last_grade, Qt.Key_Return)
        assert dialog.plan.last_grade_own is None and dialog.plan.last_grade == 10
        assert dialog.last_grade.text() == "wie Schulart (10)"
        assert dialog.plan.rows[_row(dialog, "B-2")].status == syc.LEFT   # 10a leaves


def test_a_leaving_day_after_today_is_refused_with_the_reason(ctx, qtbot):
    with clock.frozen(TODAY):                              # 3 August: the change
        dialog = _shown_dialog(ctx, qtbot)
        _to_row(dialog, "B-2")                             # proposed: left on 31.07.
        _type_day(dialog, "14.09.2026")                    # in the new school year
        QTest.keyClick(dialog.day, Qt.Key_Tab)
        assert _refused(dialog) == (
            "B-2: der 14.09.2026 liegt nach heute (03.08.2026). Wer erst später geht, ist beim "
            "Wechsel noch an der Schule; das Datum tragen Sie bei der Person ein, wenn es "
            "erreicht ist.")
        assert _persons(ctx)["B-2"].leaving_date is None


def test_several_refusals_give_the_first_reason_name_the_others_and_mark_the_first(ctx,
                                                                                    qtbot):
    """One reason, not three cut off (at 200 % the list kept only one and a half rows),
    and every other pupil named: "Ebenso bei 1 weiteren Schüler:in" left her to find whom
    (tester). The first refused pupil is marked, the focus in the list."""
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        for pseudo in ("B-2", "A-1"):
            _to_row(dialog, pseudo)
            QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)
            QTest.keyClick(dialog.status, Qt.Key_End)           # nicht bekannt …
            QTest.keyClick(dialog.status, Qt.Key_Up)            # … Schule gewechselt am
            _type_day(dialog, "14.09.2026")
            QTest.keyClick(dialog.day, Qt.Key_Tab)
        QTest.mouseClick(dialog.apply_button, Qt.LeftButton)
        text = dialog.message.text()
        assert text.count("liegt nach heute") == 1
        assert text.startswith("A-1: der 14.09.2026 liegt nach heute")
        assert text.endswith(" Ebenso zu prüfen: B-2.")
        assert dialog.plan.rows[dialog.table.currentIndex().row()].pseudonym == "A-1"
        assert dialog.table.hasFocus()


def test_an_emptied_last_grade_is_the_lowest_step(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        _set_last_grade(dialog, "9")
        assert dialog.plan.last_grade_own == 9
        QTest.keyClick(dialog, Qt.Key_L, Qt.AltModifier)
        QTest.keyClick(dialog.last_grade, Qt.Key_A, Qt.ControlModifier)
        QTest.keyClick(dialog.last_grade, Qt.Key_Delete)
        QTest.keyClick(dialog.last_grade, Qt.Key_Return)
        assert dialog.plan.last_grade_own is None
        assert dialog.last_grade.text() == "wie Schulart (10)"


def test_up_from_the_school_types_grade_is_that_grade_then_the_next(ctx, qtbot):
    """From "wie Schulart (10)" the arrow went to 1, and Enter proposed every pupil as left."""
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        QTest.keyClick(dialog, Qt.Key_L, Qt.AltModifier)
        QTest.keyClick(dialog.last_grade, Qt.Key_Up)
        assert dialog.last_grade.text() == "10"
        QTest.keyClick(dialog.last_grade, Qt.Key_Up)
        assert dialog.last_grade.text() == "11"
        QTest.keyClick(dialog.last_grade, Qt.Key_Down)
        QTest.keyClick(dialog.last_grade, Qt.Key_Down)
        assert dialog.last_grade.text() == "9"           # down goes on as usual


def test_a_changed_row_names_the_proposed_day(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        _choose(dialog, "B-2", Qt.Key_Home)                    # B-2 stays after all
        assert _text(dialog, _row(dialog, "B-2"), 5) == (
            "von Ihnen geändert; vorgeschlagen war „abgegangen am 31.07.2026“")


def test_a_class_that_names_the_old_grade_is_refused_and_points_to_repeating(ctx, qtbot):
    with clock.frozen(TODAY):
        dialog = _shown_dialog(ctx, qtbot)
        editor = _type_without_leaving(dialog, "A-1", "7b")   # kept in 7b, "noch an der Schule"
        QTest.keyClick(editor, Qt.Key_Return)
        assert _refused(dialog) == (
            "A-1: die Klasse „7b“ passt nicht zur Klassenstufe 8. Wiederholt A-1 die "
            "Klassenstufe, bitte unter Verbleib „wiederholt die Klassenstufe“ wählen; "
            "sonst die Klasse ändern.")
        assert _persons(ctx)["A-1"].grade == 7                 # nothing applied
        QTest.keyClick(dialog, Qt.Key_V, Qt.AltModifier)
        QTest.keyClick(dialog.status, Qt.Key_Down)             # wiederholt die Klassenstufe
        _applied(qtbot, dialog)
        assert (_persons(ctx)["A-1"].grade, _persons(ctx)["A-1"].class_label) == (7, "7b")
