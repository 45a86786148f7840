"""Ziele mit Skala by keys: a refused goal puts her into the field the message is about
(the focus stayed where Enter was pressed, in „Skala“, while the message spoke of the
goal's text), and the rating's „Bitte wählen Sie die Stufe.“ goes once she chose one (it
stayed under the chosen level, also while the date she typed was refused)."""

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


def _key(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def _case(conn, pupil):
    return persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))


def test_a_goal_without_text_puts_her_into_the_text(new_goal):
    dialog = new_goal
    _key(Qt.Key.Key_S, ALT)                       # &Skala
    _key(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.text() == "Bitte das Ziel in wenigen Worten beschreiben."
    assert QApplication.focusWidget() is dialog.text


def test_words_too_long_put_her_into_her_words(new_goal):
    dialog = new_goal
    QTest.keyClicks(dialog.text, "Jeden Tag in die Schule")
    _key(Qt.Key.Key_W, ALT)                       # In eigenen &Worten
    dialog.words.setText("x" * (g.TEXT_LIMIT + 1))
    _key(Qt.Key.Key_Z, ALT)                       # &Ziel
    _key(Qt.Key.Key_Return)
    assert "höchstens 300 Zeichen" in dialog.error.text()
    assert QApplication.focusWidget() is dialog.words


def test_the_level_refusal_goes_once_she_chose_one(qtbot, ctx, conn, pupil):
    goal = goals.save_goal(conn, g.CaseGoal(_case(conn, pupil).id, "Jeden Tag in die Schule",
                                            scale=g.GAS, baseline=-2, created="2024-08-01 08:00:00"))
    dialog = _shown(qtbot, RateDialog(ctx, goal))
    _key(Qt.Key.Key_Return)
    assert dialog.error.text() == "Bitte wählen Sie die Stufe."
    assert QApplication.focusWidget() is dialog.level
    _key(Qt.Key.Key_Down)
    assert dialog.level.currentData() == -2
    assert not dialog.error.isVisible()


def test_a_double_click_on_a_goal_shows_its_trend_once(qtbot, ctx, conn, pupil, monkeypatch):
    """The list opened the trend on ``doubleClicked`` and on ``activated``, which a double
    click also sends: she closed the trend and it came again."""
    from ssa_desktop.ui.persons import goals_dialog

    case = _case(conn, pupil)
    goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                     baseline=-2, created="2024-08-01 08:00:00"))
    shown: list = []
    monkeypatch.setattr(goals_dialog, "run_modal", lambda dialog: shown.append(dialog) or 0)
    new_goal: list = []
    monkeypatch.setattr(goals_dialog.GoalsDialog, "new_goal", lambda self: new_goal.append(1))
    dialog = _shown(qtbot, goals_dialog.GoalsDialog(ctx, case.id))
    table = dialog.table
    table.setFocus()
    _key(Qt.Key.Key_Return)         # Enter on the goal: its trend, not „Neues Ziel …“ after it
    assert len(shown) == 1
    assert new_goal == []
    cell = table.visualRect(table.model().index(0, 0)).center()
    QTest.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert len(shown) == 2


def test_a_double_click_on_a_case_opens_it_once(qtbot, ctx, conn, pupil, monkeypatch):
    """Fälle had the same two signals: the case opened again after she closed it."""
    from ssa_desktop.ui.persons import case_dialog

    _case(conn, pupil)
    opened: list = []
    monkeypatch.setattr(case_dialog, "run_modal", lambda dialog: opened.append(dialog) or 0)
    panel = case_dialog.CasesPanel(ctx)
    qtbot.addWidget(panel)
    panel.load(pupil.id)
    with qtbot.waitActive(panel):
        panel.show()
        panel.activateWindow()
    table = panel.table
    table.selectRow(0)
    cell = table.visualRect(table.model().index(0, 0)).center()
    QTest.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert len(opened) == 1
    table.setFocus()
    QTest.keyClick(table, Qt.Key.Key_Return)
    assert len(opened) == 2


def test_a_rating_on_a_day_to_come_is_refused_in_the_date(qtbot, ctx, conn, pupil,
                                                          frozen_clock):
    """A typo in the year („2062“ for „2026“) put the rating into the trend at a day years
    ahead; the day of a review is today or before."""
    goal = goals.save_goal(conn, g.CaseGoal(_case(conn, pupil).id, "Jeden Tag in die Schule",
                                            scale=g.GAS, baseline=-2, created="2024-08-01 08:00:00"))
    dialog = _shown(qtbot, RateDialog(ctx, goal))
    _key(Qt.Key.Key_S, ALT)                       # &Stufe
    _key(Qt.Key.Key_Down)
    _key(Qt.Key.Key_D, ALT)                       # &Datum
    QTest.keyClick(dialog.day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.day, "25.11.2062")
    _key(Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert goals.ratings(conn, goal.id) == []
    assert dialog.error.text() == ("Der 25.11.2062 liegt in der Zukunft: bitte den Tag der "
                                   "Einschätzung angeben.")
    assert QApplication.focusWidget() is dialog.day


def test_the_change_is_said_in_german_numbers(qtbot, ctx, conn, pupil):
    """„+1 Stufe“, „+2 Stufen“, „+0 Stufen“: no „Stufe(n)“ in what she reads."""
    from ssa_desktop.ui.persons.goals_dialog import TrendDialog

    goal = goals.save_goal(conn, g.CaseGoal(_case(conn, pupil).id, "Jeden Tag in die Schule",
                                            scale=g.GAS, baseline=-2, created="2024-08-01 08:00:00"))
    said = []
    for level, day in ((-1, date(2025, 10, 6)), (0, date(2025, 11, 3)), (-2, date(2025, 11, 4))):
        goals.rate(conn, goal.id, level, day)
        dialog = TrendDialog(ctx, goal.id)
        qtbot.addWidget(dialog)
        said.append(dialog.summary.text())
    assert said == ["Veränderung seit dem Ausgangswert: +1 Stufe.",
                    "Veränderung seit dem Ausgangswert: +2 Stufen, erreicht.",
                    "Veränderung seit dem Ausgangswert: +0 Stufen."]


def test_a_refused_day_stays_said_when_she_changes_the_level(qtbot, ctx, conn, pupil):
    """The level's „Bitte wählen …“ goes when she chooses one; the day's refusal stays
    while the day is still to come (a level changed cleared any message)."""
    from ssa_desktop.domain import clock

    goal = goals.save_goal(conn, g.CaseGoal(_case(conn, pupil).id, "Jeden Tag in die Schule",
                                            scale=g.GAS, baseline=-2, created="2024-08-01 08:00:00"))
    with clock.frozen(date(2026, 11, 26)):
        dialog = _shown(qtbot, RateDialog(ctx, goal))
        dialog.level.setFocus()
        _key(Qt.Key.Key_Down)
        dialog.day.setFocus()
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(QApplication.focusWidget(), "27.11.2026")
        _key(Qt.Key.Key_Return)
        said = "Der 27.11.2026 liegt in der Zukunft: bitte den Tag der Einschätzung angeben."
        assert dialog.error.text() == said
        dialog.level.setFocus()
        _key(Qt.Key.Key_Down)
        assert dialog.error.text() == said and dialog.error.isVisible()
