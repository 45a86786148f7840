"""Tester, session 27: in „Ziele mit Skala“ of a closed case „Einschätzen …“ stayed
enabled; a rating after the closing was not in the goal's outcome (Zielerreichung) and
the figures disagreed with the trend. Now „Einschätzen …“, „Neues Ziel …“ and
„Bearbeiten …“ are disabled there, the reason said in a line and to the screen reader
(the list's and the buttons' description); Verlauf and Entfernen stay. Reopened, her
keys rate again."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.common import screen_fit
from ssa_desktop.ui.persons import goals_dialog
from tests.ui.shell.whole import cut_labels, sideways

pytestmark = pytest.mark.usefixtures("frozen_clock")
ALT = Qt.KeyboardModifier.AltModifier
LINE = ("Der Fall ist seit dem 23.11.2026 abgeschlossen: seine Ziele stehen so in der "
        "Zielerreichung, wie sie beim Abschluss waren. Um weiter einzuschätzen oder Ziele zu "
        "ändern, öffnen Sie den Fall wieder (Bearbeiten …, Status „offen“).")


@pytest.fixture
def closed(conn, pupil):
    case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), title="Schulbesuch"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule",
                                            created="2024-08-01 08:00:00"))
    goals.rate(conn, goal.id, 3, date(2026, 11, 2))
    persons.close_case(conn, case.id, date(2026, 11, 23), "achieved")
    return persons.get_case(conn, case.id), goal


def _shown(qtbot, ctx, case_id) -> goals_dialog.GoalsDialog:
    dialog = goals_dialog.GoalsDialog(ctx, case_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.table.setFocus()
    return dialog


def _opened(monkeypatch) -> list[str]:
    """The review dialogs her keys open (each rates „4“ by its keys)."""
    opened = []

    def rate_by_keys(self):
        opened.append(self.goal.id)
        self.show()
        self.level.setFocus()
        for _ in range(4):   # — Stufe wählen — → 1 → 2 → 3 → 4
            QTest.keyClick(self.level, Qt.Key.Key_Down)
        QTest.keyClick(self.level, Qt.Key.Key_Return)
        return self.result()

    monkeypatch.setattr(goals_dialog.RateDialog, "exec", rate_by_keys)
    monkeypatch.setattr(goals_dialog.GoalEditDialog, "exec",
                        lambda self: opened.append("goal form") or 0)
    monkeypatch.setattr(goals_dialog, "show_error", lambda _parent, text: opened.append(text))
    monkeypatch.setattr(goals_dialog.TrendDialog, "exec", lambda self: opened.append("trend") or 0)
    return opened


def test_a_closed_case_s_goal_is_not_rated_by_keys_and_says_why(qtbot, ctx, conn, closed,
                                                                  monkeypatch):
    case, goal = closed
    opened = _opened(monkeypatch)
    dialog = _shown(qtbot, ctx, case.id)
    # Einschätzen, Neues, Bearbeiten, then Verlauf: a button's letter clicks it after a
    # short press (``animateClick``), in the order pressed – once the trend opened, any
    # of the three would have opened before it
    for letter in (Qt.Key.Key_E, Qt.Key.Key_N, Qt.Key.Key_B, Qt.Key.Key_V):
        QTest.keyClick(QApplication.focusWidget(), letter, ALT)
    qtbot.waitUntil(lambda: "trend" in opened)
    assert opened == ["trend"]
    assert [r.level for r in goals.ratings(conn, goal.id)] == [3]
    assert dialog.closed_line.isVisible() and dialog.closed_line.text() == LINE
    assert dialog.table.accessibleDescription() == LINE
    for key in ("new", "edit", "rate"):
        assert not dialog.buttons[key].isEnabled()
        assert dialog.buttons[key].accessibleDescription() == LINE
    assert dialog.buttons["trend"].isEnabled() and dialog.buttons["remove"].isEnabled()


def test_reopened_her_keys_rate_it_again(qtbot, ctx, conn, closed, monkeypatch):
    case, goal = closed
    persons.save_case(conn, replace(case, status="open"))
    opened = _opened(monkeypatch)
    dialog = _shown(qtbot, ctx, case.id)
    assert not dialog.closed_line.isVisible() and dialog.table.accessibleDescription() == ""
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, ALT)
    qtbot.waitUntil(lambda: opened != [])
    assert opened == [goal.id]
    assert [r.level for r in goals.ratings(conn, goal.id)] == [3, 4]


@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(640, 360)])
def test_the_closed_case_s_line_is_whole_on_both_screens(qtbot, ctx, closed, monkeypatch, size):
    monkeypatch.setattr(screen_fit, "free_size", lambda _widget=None: size - screen_fit.FRAME)
    case, _goal = closed
    dialog = _shown(qtbot, ctx, case.id)
    dialog.grab().save(f"/work/shots/CC/goals-closed-{size.width()}.png")
    room = size - screen_fit.FRAME
    assert dialog.width() <= room.width() and dialog.height() <= room.height()
    assert sideways(dialog, tables=False) == [] and cut_labels(dialog) == []
