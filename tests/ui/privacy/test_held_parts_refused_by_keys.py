"""A held person's goal, appointment and document are not deleted by hand
(docs/retention.md, „Sperre“: the whole record stays as proof): Ziele mit Skala, Termine
and Dokumente say so in a German sentence naming the hold, at once – not after a question
whose „Ja“ could do nothing; the goal or appointment stays, chosen, and her focus is back
where she pressed the key. Before, Termine and Ziele mit Skala deleted it (the file path
kept both), and Dokumente asked first, then refused."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Appointment, Case
from ssa_desktop.services import appointments, goals, persons, retention
from ssa_desktop.storage import goals_repo
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.appointments.area import AppointmentsArea
from ssa_desktop.ui.persons.goals_dialog import GoalsDialog
from tests.conftest import TODAY
from tests.support import questions

pytestmark = pytest.mark.usefixtures("frozen_clock")

NAMED = ("Für diese Person besteht eine Sperre (Geltendmachung von Rechtsansprüchen, "
         "Überprüfung am 01.11.2027)")


def _answers(asked: list[str], *hows) -> None:
    """Answer the question boxes as they open, one ``how`` each, by keys; their texts go
    to ``asked``; the looking ends with the test (``questions.looking``)."""
    questions.answer_each(asked, hows)


def _enter(box) -> None:
    QTest.keyClick(box, Qt.Key.Key_Return)


def _hold(conn, person_id) -> None:
    retention.add_hold(conn, person_id, "legal_claim", date(2027, 11, 1))


def test_removing_a_held_persons_goal_is_refused_by_name(qtbot, ctx, conn, pupil):
    case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), title="Schulangst"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            baseline=-2, created="2024-08-01 08:00:00"))
    _hold(conn, pupil.id)
    dialog = GoalsDialog(ctx, case.id)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.table.setFocus()
    asked: list[str] = []
    _answers(asked, _enter)
    remove = dialog.buttons["remove"]   # Tab to „Entfernen“, Leertaste (its Alt+F needs
    remove.setFocus()                   # the window active, which a full run may take)
    QTest.keyClick(remove, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(asked) == 1 and QApplication.activeModalWidget() is None)
    [said] = asked    # no question „… entfernen?“ first
    assert said.startswith(NAMED) and "das Ziel wird nicht gelöscht" in said
    assert goals_repo.CASE_GOALS.get(conn, goal.id) is not None
    assert dialog.current() is not None and dialog.current().id == goal.id
    assert dialog.focusWidget() is dialog.table   # hers again once the window is active


def test_deleting_a_held_persons_appointment_is_refused_by_name(qtbot, ctx, conn, pupil):
    appointment = appointments.save_appointment(conn, Appointment(
        day=TODAY, start="09:40", end="10:10", person_id=pupil.id, room="012"))
    _hold(conn, pupil.id)
    area = AppointmentsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    area.activateWindow()
    qtbot.waitUntil(area.isActiveWindow)
    area.select(appointment.id)
    area.day_view.setFocus()
    area.activateWindow()                  # her Delete is the area's shortcut
    qtbot.waitUntil(area.isActiveWindow)
    asked: list[str] = []
    _answers(asked, _enter)
    QTest.keyClick(area.day_view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(asked) == 1 and QApplication.activeModalWidget() is None)
    [said] = asked    # no question „Den Termin … löschen?“ first
    assert said.startswith(NAMED) and "der Termin wird nicht gelöscht" in said
    assert repo.APPOINTMENTS.get(conn, appointment.id) is not None
    assert area.selected_id() == appointment.id
    assert area.focusWidget() is area.day_view   # hers again once the window is active

