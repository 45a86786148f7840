"""A goal's baseline is dated its start, by keys: the goal form takes the day of the
Ausgangswert (today unless she types an earlier one), and a review dated before it is
refused in the rating's message line naming the baseline's day, her level and day kept
(a rating before the baseline read before the starting point in the trend)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.persons.goals_dialog import RateDialog

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def _key(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def _type_day(field, text: str) -> None:
    QTest.keyClick(field, Qt.Key.Key_A, CTRL)
    QTest.keyClicks(field, text)


def test_a_new_goal_starts_on_the_day_she_types(frozen_clock, new_goal, conn):
    dialog = new_goal
    assert dialog.start.value() == frozen_clock
    QTest.keyClicks(dialog.text, "Jeden Tag in die Schule")
    _key(Qt.Key.Key_V, ALT)                       # Ausgangswert &vom
    assert QApplication.focusWidget() is dialog.start
    _type_day(dialog.start, "15.09.2025")
    _key(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    saved = goals.goals_of_case(conn, dialog.goal.case_id)
    assert [g.baseline_day(goal) for goal in saved] == [date(2025, 9, 15)]


def test_a_start_to_come_is_refused_in_the_day_nothing_typed_lost(frozen_clock, new_goal, conn):
    dialog = new_goal
    QTest.keyClicks(dialog.text, "Jeden Tag in die Schule")
    _key(Qt.Key.Key_V, ALT)
    _type_day(dialog.start, "01.01.2062")
    _key(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == ("Der 01.01.2062 liegt in der Zukunft: der Ausgangswert gilt "
                                   "ab heute oder einem Tag davor.")
    assert QApplication.focusWidget() is dialog.start
    assert dialog.text.text() == "Jeden Tag in die Schule"
    assert goals.goals_of_case(conn, dialog.goal.case_id) == []


def test_a_review_before_the_baseline_is_refused_on_the_day_after_not(qtbot, ctx, conn, pupil,
                                                                      frozen_clock):
    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            baseline=-2, created="2025-09-15 10:00:00"))
    dialog = RateDialog(ctx, goal)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    _key(Qt.Key.Key_S, ALT)                       # &Stufe
    _key(Qt.Key.Key_Down)
    _key(Qt.Key.Key_D, ALT)                       # &Datum
    _type_day(dialog.day, "14.09.2025")
    _key(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == ("Der 14.09.2025 liegt vor dem Ausgangswert vom 15.09.2025: "
                                   "eine Einschätzung gilt frühestens am Tag des Ausgangswerts.")
    assert QApplication.focusWidget() is dialog.day
    assert dialog.level.currentData() == -2 and dialog.day.text() == "14.09.2025"
    assert goals.ratings(conn, goal.id) == []
    _type_day(dialog.day, "15.09.2025")           # on the baseline's day: taken
    _key(Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert [(r.day, r.level) for r in goals.ratings(conn, goal.id)] == [(date(2025, 9, 15), -2)]


def test_at_640_the_start_s_refusal_is_in_sight(qtbot, ctx, conn, pupil, frozen_clock,
                                                monkeypatch):
    """At 200 % on a 1280×720 laptop the form with „Ausgangswert vom“ is higher than the
    screen: its fields scroll, the buttons and the refusal below them stay in sight, not
    in the scrolled part below the fields' lower edge."""
    from PySide6.QtCore import QSize

    from ssa_desktop.ui.common import screen_fit
    from ssa_desktop.ui.persons.goals_dialog import GoalEditDialog

    room = QSize(640, 360) - screen_fit.FRAME
    monkeypatch.setattr(screen_fit, "free_size", lambda _widget=None: room)
    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            baseline=-2, created="2025-09-15 10:00:00"))
    goals.rate(conn, goal.id, -1, date(2025, 10, 6))
    dialog = GoalEditDialog(ctx, goal)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    assert dialog.height() <= room.height()
    _key(Qt.Key.Key_V, ALT)
    _type_day(dialog.start, "01.11.2025")
    _key(Qt.Key.Key_Return)
    assert dialog.error.text() == ("Der Ausgangswert kann nicht nach der Einschätzung vom "
                                   "06.10.2025 liegen: bitte einen Tag bis dahin angeben.")
    assert QApplication.focusWidget() is dialog.start
    # (the offscreen screen is larger: the window grows for the line as far as a screen
    # lets it, ``MessageLine._grow``; on a 640×360 one the scrolled fields give the room)
    from PySide6.QtWidgets import QScrollArea

    parents, widget = [], dialog.error.parentWidget()
    while widget is not None:
        parents.append(widget)
        widget = widget.parentWidget()
    assert not any(isinstance(w, QScrollArea) for w in parents), "in the part that scrolls"
    seen = dialog.error.visibleRegion().boundingRect()
    assert seen.height() == dialog.error.height() and seen.width() > 0
    dialog.grab().save("/work/shots/G/goal_start_refused_in_sight_640x360.png")
