"""Zielverlauf → „Als PDF speichern …“ (Alt+P) for the Hilfeplan talk: the PDF was written
and the window said nothing – no word that it was saved, nor where; she pressed again or
went looking. It now says „Zielverlauf gespeichert: <Datei>“ in a line a screen reader
hears, just above the buttons: both stay below the part that scrolls, in sight at 200 %.
Real key events."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.persons import goals_dialog

pytestmark = pytest.mark.usefixtures("frozen_clock")


def saved_by_alt_p(qtbot, ctx, goal_id: str, target):
    """The goal's trend window, shown and active; Alt+P until ``target`` is written."""
    dialog = goals_dialog.TrendDialog(ctx, goal_id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    QTest.keyClick(dialog.table, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(target.exists)
    return dialog


def test_the_saved_trend_says_where_it_went(qtbot, ctx, conn, pupil, tmp_path, monkeypatch):
    case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), title="Schulbesuch"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", created="2024-08-01 08:00:00"))
    goals.rate(conn, goal.id, 3, date(2026, 11, 2))
    target = tmp_path / "Zielverlauf.pdf"
    monkeypatch.setattr(goals_dialog, "choose_save_file", lambda *_a, **_k: str(target))
    dialog = saved_by_alt_p(qtbot, ctx, goal.id, target)
    said = f"Zielverlauf gespeichert: {target}"
    qtbot.waitUntil(lambda: any(label.text() == said and label.isVisible()
                                for label in dialog.findChildren(QLabel)), timeout=3000)
