"""Session 28, tester TS: a new goal typed in „Ziel mit Skala“ – the goal and the pupil's
own words – was gone after Strg+L (or the auto-lock): the lock closed the dialog and kept
nothing, though the case, consent and § 8a dialogs keep theirs. Now it is kept as a form
draft in the vault (never in plaintext), the Übersicht offers „Entwurf: Ziel von …“, and
opening it chooses the case in „Fälle“ and shows the goal dialog with her words; saving it adds the goal and
deletes the draft, „Verwerfen“ on Esc deletes the draft too. Real keys, real vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, notes, persons
from ssa_desktop.services import overview as overview_svc
from ssa_desktop.ui.persons.goals_dialog import GoalEditDialog, GoalsDialog
from tests.support.goal_steps import ALT, to_goals_button
from tests.support.goal_steps import key as _key
from tests.support.goal_steps import shown as _open
from tests.support.goal_steps import then as _then
from tests.support.locks import lock as _lock
from tests.support.locks import reopen as _reopen
from tests.support.main_windows import active_main_window

pytestmark = pytest.mark.usefixtures("frozen_clock")
GOAL = "Puenktlich zur ersten Stunde"
WORDS = "Ich will nicht mehr zu spaet kommen"


def _typed_goal_then_lock(window, ctx, qtbot, pupil, how):
    """Fälle (Alt+F), Tab to „Ziele mit Skala …“, Leertaste; „Neues Ziel …“ (Alt+N),
    the goal and the pupil's words typed; then the lock, inside the goal dialog."""
    to_goals_button(window, pupil)
    steps: list[str] = []

    def in_goal():
        QTest.keyClicks(QApplication.focusWidget(), GOAL)
        _key(Qt.Key.Key_W, ALT)                     # In eigenen &Worten
        QTest.keyClicks(QApplication.focusWidget(), WORDS)
        steps.append("typed")
        _lock(ctx, how)

    def in_goals():
        _then(GoalEditDialog, in_goal)
        _key(Qt.Key.Key_N, ALT)                     # &Neues Ziel …

    _then(GoalsDialog, in_goals)
    _key(Qt.Key.Key_Space)                          # Ziele mit Skala … (modal until the lock)
    qtbot.waitUntil(lambda: not ctx.is_unlocked)
    assert steps == ["typed"]


@pytest.mark.parametrize("how", ["Strg+L", "auto-lock"])
def test_a_typed_goal_comes_back_after_the_lock(ctx, qtbot, tmp_path, open_vault, pupil, how):
    case = persons.save_case(ctx.conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    window = active_main_window(ctx, qtbot, tmp_path)
    _typed_goal_then_lock(window, ctx, qtbot, pupil, how)
    for path in open_vault.vault.folder.rglob("*"):   # not in plaintext beside the vault
        if path.is_file():
            assert WORDS.encode() not in path.read_bytes(), path
    _reopen(ctx, open_vault)
    [item] = overview_svc.build_overview(ctx.conn).drafts
    assert item.text.startswith("Entwurf: Ziel von") and item.area == "persons"
    shown: list[tuple[str, str, str]] = []

    def in_restored():
        edit = _open(GoalEditDialog)
        shown.append((edit.goal.case_id, edit.text.text(), edit.words.text()))
        _key(Qt.Key.Key_Return)                     # Enter saves the goal
        if _open(GoalEditDialog) is not None:       # refused: the test ends, not hangs
            _open(GoalEditDialog).done(0)

    _then(GoalEditDialog, in_restored)
    window.navigate(item.area, item.record_id)          # what the Übersicht opens
    assert shown == [(case.id, GOAL, WORDS)]
    [goal] = goals.goals_of_case(ctx.conn, case.id)
    assert (goal.text, goal.pupil_words) == (GOAL, WORDS)
    assert notes.pending_drafts(ctx.conn) == []         # saved: the draft is gone
