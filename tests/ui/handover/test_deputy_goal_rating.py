"""Issue 63 in the deputy's window: the goals handed to her show in „Kontakt erfassen“
as in the quick entry (Strg+1 … focuses goal n, arrows choose the level, optional); the
rating is saved with her contact into the package. Real key events."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.storage import goals_repo
from ssa_desktop.storage import repositories as repo
from tests.ui.handover.deputy_fixture import (
    WORKDAY,
    colleagues_package,
    gone,
    open_deputy_window,
    shown_entry_dialog,
)


@pytest.fixture
def window(ctx, qtbot, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    package = colleagues_package(folder, goal="Jeden Tag in die Schule")
    with clock.frozen(WORKDAY):
        win = open_deputy_window(ctx, qtbot, package)
        yield win
        win.close()


def _focused():
    return QApplication.focusWidget()


def _contact_by_keys(window, qtbot):
    """Alt+E („Kontakt &erfassen“) on the persons, K-17 the first row: her entry dialog."""
    window.persons.setFocus()
    QTest.keyClick(window.persons, Qt.Key_E, Qt.AltModifier)
    return shown_entry_dialog(window, qtbot)


def test_she_rates_a_handed_goal_with_her_contact_by_keys(window, qtbot):
    with clock.frozen(WORKDAY):
        dialog = _contact_by_keys(window, qtbot)
        ratings = dialog.goal_ratings
        assert ratings.isVisibleTo(dialog)
        [(goal, box)] = ratings.boxes
        assert box.accessibleName() == "Ziel 1: Jeden Tag in die Schule (Strg+1)"
        QTest.keyClick(_focused(), Qt.Key_1, Qt.ControlModifier)
        assert _focused() is box
        for _ in range(3):     # — → −2 → −1 → 0
            QTest.keyClick(box, Qt.Key_Down)
        assert box.currentText() == "0 kommt an 4 von 5 Tagen"
        QTest.keyClick(box, Qt.Key_Return, Qt.ControlModifier)
        qtbot.waitUntil(lambda: gone(dialog))
        [contact] = repo.CONTACTS.all(window.pkg)
        [rating] = [r for r in goals_repo.GOAL_RATINGS.all(window.pkg)
                    if r.contact_id == contact.id]
    assert (rating.goal_id, rating.level, rating.day) == (goal.id, 0, WORKDAY)


def test_without_a_rating_the_contact_saves_as_before(window, qtbot):
    with clock.frozen(WORKDAY):
        dialog = _contact_by_keys(window, qtbot)
        QTest.keyClick(_focused(), Qt.Key_Return, Qt.ControlModifier)
        qtbot.waitUntil(lambda: gone(dialog))
        assert len(repo.CONTACTS.all(window.pkg)) == 1
        assert goals_repo.GOAL_RATINGS.all(window.pkg) == []


def test_strg_enter_in_an_open_list_saves_the_contact(window, qtbot):
    """As in the quick entry: Space opens a goal's list, Strg+Enter (the list has the
    keys) closes it without picking and saves; the list took it as a pick, nothing saved."""
    with clock.frozen(WORKDAY):
        dialog = _contact_by_keys(window, qtbot)
        [(_goal, box)] = dialog.goal_ratings.boxes
        QTest.keyClick(_focused(), Qt.Key_1, Qt.ControlModifier)
        assert _focused() is box
        QTest.keyClick(box, Qt.Key_Space)
        assert QApplication.activePopupWidget() is not None   # the goal's list is open
        QTest.keyClick(_focused(), Qt.Key_Return, Qt.ControlModifier)
        qtbot.waitUntil(lambda: gone(dialog))
        assert len(repo.CONTACTS.all(window.pkg)) == 1
        assert QApplication.activePopupWidget() is None
