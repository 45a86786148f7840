"""„Ziel mit Skala“ with her anchors (session 22, tester Y): the dialog took its width
before the Ausgangswert's list was filled, so the baseline she had chosen opened cut off
in the middle of a word („-2 fehlt an mehr als zwei Tagen je Wo“), with no „…“ to say
that more follows. It opens wide enough for an anchor of ordinary length; a long one
(up to 120 characters) ends in „…“ and the dialog stays within the screen."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.persons.goals_dialog import GoalEditDialog

ANCHORS = ("fehlt an mehr als zwei Tagen je Woche", "fehlt an zwei Tagen je Woche",
           "fehlt höchstens einen Tag je Woche", "fehlt selten", "fehlt nie unentschuldigt")


def _room_for_text(box) -> int:
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    field = box.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                       QStyle.SubControl.SC_ComboBoxEditField, box)
    return field.width()


def _dialog(qtbot, ctx, conn, pupil, anchors) -> GoalEditDialog:
    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Sich Hilfe holen", scale=g.GAS,
                                            baseline=-2, anchor_1=anchors[0],
                                            anchor_2=anchors[1], anchor_3=anchors[2],
                                            anchor_4=anchors[3], anchor_5=anchors[4], created="2024-08-01 08:00:00"))
    dialog = GoalEditDialog(ctx, goal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_her_baseline_is_read_whole_when_the_goal_opens(qtbot, ctx, conn, pupil):
    dialog = _dialog(qtbot, ctx, conn, pupil, ANCHORS)
    box = dialog.baseline
    assert box.currentText() == "−2 fehlt an mehr als zwei Tagen je Woche"
    assert box.fontMetrics().horizontalAdvance(box.currentText()) <= _room_for_text(box)


def test_a_long_anchor_keeps_the_dialog_within_the_screen(qtbot, ctx, conn, pupil):
    long = ("fehlt höchstens einen Tag im Monat und meldet sich vorher im Sekretariat ab, "
            "wenn sie krank ist oder einen Termin hat")[:g.ANCHOR_LIMIT]
    dialog = _dialog(qtbot, ctx, conn, pupil, (long, *ANCHORS[1:]))
    assert dialog.frameGeometry().width() <= dialog.screen().availableGeometry().width()
    assert dialog.baseline.itemText(0) == f"−2 {long}"   # the list holds it whole
