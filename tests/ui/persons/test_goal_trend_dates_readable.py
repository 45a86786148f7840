"""The trend's dates under the chart stay readable with a rating every week: opened by
her keys (Alt+V, „Verlauf …“) at 640×360 (200 % on 1280×720) and at 1280×720, no date
is painted over another (twenty weekly dates ran into one smear: each was drawn under its
point whatever the room), „Beginn“ and the newest rating's date are always there, and
every date the chart leaves out stands in the table below it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetrics, QPainter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.formatting import fmt_date
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.common import goal_trend
from ssa_desktop.ui.persons import goals_dialog
from ssa_desktop.ui.persons.goals_dialog import GoalsDialog
from tests.support.main_windows import make_active

START = date(2025, 9, 15)
WEEKS = 20


class _Recording(QPainter):
    """The chart's painter, noting each text with the rectangle it takes on screen."""

    drawn: list[tuple[str, QRectF]] = []

    def drawText(self, rect, flags, text):  # noqa: N802 - Qt's name
        used = QFontMetrics(self.font()).boundingRect(rect.toRect(), int(flags.value), text)
        _Recording.drawn.append((text, QRectF(used)))
        super().drawText(rect, flags, text)


def _weekly_goal(conn, pupil):
    case = persons.save_case(conn, Case(pupil.id, START, title="Schulangst"))
    with clock.frozen(START):
        goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                                baseline=-2, anchor_1="fehlt oft",
                                                anchor_2="fehlt zwei Tage",
                                                anchor_3="fehlt einen Tag",
                                                anchor_4="fehlt selten", anchor_5="fehlt nie", created="2024-08-01 08:00:00"))
    days = [START + timedelta(weeks=w) for w in range(1, WEEKS + 1)]
    for n, day in enumerate(days):
        goals.rate(conn, goal.id, -2 + n * 4 // WEEKS, day)
    return case, days


@pytest.mark.parametrize("size", [(640, 360), (1280, 720)])
def test_no_date_is_painted_over_another(qtbot, ctx, conn, pupil, monkeypatch, size):
    case, days = _weekly_goal(conn, pupil)
    monkeypatch.setattr(goal_trend, "QPainter", _Recording)
    _Recording.drawn = []
    seen: dict[str, object] = {}

    def look(self):   # the trend as it opens for her, at her screen's size
        self.resize(*size)
        self.show()
        qtbot.waitExposed(self)
        _Recording.drawn = []
        self.chart.grab()   # painted as on her screen, once: a later paint event of the
        seen["drawn"] = list(_Recording.drawn)   # shown dialog would paint the dates again
        seen["table"] = [self.table.item(r, 0).text() for r in range(self.table.rowCount())]
        return 0

    monkeypatch.setattr(goals_dialog.TrendDialog, "exec", look)
    with clock.frozen(days[-1]):
        dialog = GoalsDialog(ctx, case.id)
        qtbot.addWidget(dialog)
        dialog.resize(*size)
        dialog.show()
        make_active(qtbot, dialog)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: "table" in seen)   # an Alt letter clicks a moment later
    names = {fmt_date(day) for day in days} | {"Beginn"}
    labels = [(text, rect) for text, rect in seen["drawn"] if text in names]
    shown = [text for text, _ in labels]
    assert shown[0] == "Beginn" and shown[-1] == fmt_date(days[-1]), shown
    for (a, ra), (b, rb) in zip(labels, labels[1:], strict=False):
        assert ra.right() < rb.left(), f"„{a}“ and „{b}“ are painted over each other at {size}"
    assert {fmt_date(day) for day in days} <= {t for t in seen["table"]}  # every date in the table
