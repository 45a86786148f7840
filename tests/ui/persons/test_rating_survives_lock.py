"""Session 28, tester LK: a level chosen in „Ziel einschätzen“ (and its day) was gone after
Strg+L or the auto-lock: the lock closed the dialog and kept nothing, though a goal typed
in „Ziel mit Skala“ is kept. Now the rating is kept as a form draft in the vault (never in
plaintext), the Übersicht offers „Entwurf: Einschätzung von …“, and opening it chooses
the case in „Fälle“ and shows „Ziel einschätzen“ with her level and day; saving it adds
the rating and deletes the draft. Real keys, real vault."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, notes, persons
from ssa_desktop.services import overview as overview_svc
from ssa_desktop.ui.persons.goals_dialog import GoalsDialog, RateDialog
from tests.support.goal_steps import ALT, to_goals_button
from tests.support.goal_steps import key as _key
from tests.support.goal_steps import shown as _open
from tests.support.goal_steps import then as _then
from tests.support.locks import HOW
from tests.support.locks import lock as _lock
from tests.support.locks import reopen as _reopen
from tests.support.main_windows import active_main_window

pytestmark = pytest.mark.usefixtures("frozen_clock")
GOAL = "Jeden Tag in die Schule"


def _rated_then_lock(window, ctx, qtbot, pupil, how) -> str:
    """Fälle (Alt+F), Tab to „Ziele mit Skala …“, Leertaste; „Einschätzen …“ (Alt+E),
    two ↓ in „Stufe“ (−1); then the lock, inside the rating dialog. The level chosen."""
    to_goals_button(window, pupil)
    chosen: list[str] = []

    def in_rating():
        _key(Qt.Key.Key_Down)
        _key(Qt.Key.Key_Down)
        chosen.append(_open(RateDialog).level.currentText())
        _lock(ctx, how)

    def in_goals():
        _then(RateDialog, in_rating)
        _key(Qt.Key.Key_E, ALT)                     # &Einschätzen …

    _then(GoalsDialog, in_goals)
    _key(Qt.Key.Key_Space)                          # Ziele mit Skala … (modal until the lock)
    qtbot.waitUntil(lambda: not ctx.is_unlocked)
    [level] = chosen
    return level


@pytest.mark.parametrize("how", HOW)
def test_a_chosen_level_comes_back_after_the_lock(ctx, qtbot, tmp_path, open_vault, pupil,
                                                  how):
    case = persons.save_case(ctx.conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    goal = goals.save_goal(ctx.conn, g.CaseGoal(case.id, GOAL, scale=g.GAS, baseline=-2,
                                                created="2024-08-01 08:00:00"))
    window = active_main_window(ctx, qtbot, tmp_path)
    level = _rated_then_lock(window, ctx, qtbot, pupil, how)
    assert level.startswith("-1") or level.startswith("−1"), level
    for path in open_vault.vault.folder.rglob("*"):   # not in plaintext beside the vault
        if path.is_file():
            assert level.encode() not in path.read_bytes(), path
    _reopen(ctx, open_vault)
    [item] = overview_svc.build_overview(ctx.conn).drafts
    assert item.text.startswith("Entwurf: Einschätzung von") and item.area == "persons"
    shown: list[tuple[str, str]] = []

    def in_restored():
        rating = _open(RateDialog)
        shown.append((rating.goal.id, rating.level.currentText()))
        _key(Qt.Key.Key_Return)                     # Enter saves the rating
        if _open(RateDialog) is not None:           # refused: the test ends, not hangs
            _open(RateDialog).done(0)

    _then(RateDialog, in_restored)
    window.navigate(item.area, item.record_id)      # what the Übersicht opens
    assert shown == [(goal.id, level)]
    assert [(r.level, r.day) for r in goals.ratings(ctx.conn, goal.id)] == \
        [(-1, clock.today())]
    assert notes.pending_drafts(ctx.conn) == []     # saved: the draft is gone
