"""Goal ratings in quick entry: the chosen case's goals, each with a key (Ctrl+1 …) and a
level chosen by arrow keys; a rating is optional (a contact without one writes none);
real key events, records read back."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.storage import goals_repo
from ssa_desktop.storage import repositories as repo

from .test_quick_entry import _key, _open

DAY = date(2026, 3, 4)


def _setup(conn, pupil):
    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    first = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                             baseline=-2, anchor_3="kommt an 4 von 5 Tagen",
                                             created="2025-09-01 10:00:00"))
    second = goals.save_goal(conn, g.CaseGoal(case.id, "Im Unterricht sprechen", scale=g.GENERIC,
                                              baseline=1, created="2025-09-01 10:05:00"))
    return case, first, second


def test_a_key_per_goal_and_arrows_rate_it_and_the_other_stays_unrated(qtbot, ctx, conn, pupil):
    case, first, second = _setup(conn, pupil)
    with clock.frozen(DAY):
        dialog = _open(qtbot, ctx)
        dialog.picker.set_person(pupil.id)
        assert dialog.case_combo.currentData() == case.id
        ratings = dialog.goal_ratings
        assert ratings.isVisibleTo(dialog)
        names = [box.accessibleName() for _goal, box in ratings.boxes]
        assert names == ["Ziel 1: Jeden Tag in die Schule (Strg+1)",
                         "Ziel 2: Im Unterricht sprechen (Strg+2)"]
        _key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        box = ratings.boxes[0][1]
        assert QApplication.focusWidget() is box
        for _ in range(3):   # — → −2 → −1 → 0
            _key(Qt.Key.Key_Down)
        assert box.currentText() == "0 kommt an 4 von 5 Tagen"
        _key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_contact_id, (dialog.error.text(), dialog.error.isVisible())
    [rating] = goals_repo.GOAL_RATINGS.all(conn)
    assert (rating.goal_id, rating.level, rating.contact_id) == (first.id, 0, dialog.saved_contact_id)
    assert rating.day == DAY
    assert goals.ratings(conn, second.id) == []


def test_a_contact_without_a_rating_saves_as_before(qtbot, ctx, conn, pupil):
    _setup(conn, pupil)
    with clock.frozen(DAY):
        dialog = _open(qtbot, ctx)
        dialog.picker.set_person(pupil.id)
        dialog.picker.setFocus()
        _key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.saved_contact_id and repo.CONTACTS.get(conn, dialog.saved_contact_id)
    assert goals_repo.GOAL_RATINGS.all(conn) == []


def test_without_a_case_there_is_no_goal_row(qtbot, ctx, conn, pupil):
    _setup(conn, pupil)
    dialog = _open(qtbot, ctx)
    dialog.picker.set_person(pupil.id)
    dialog.case_combo.setCurrentIndex(0)   # — ohne Fall —
    assert not dialog.goal_ratings.isVisibleTo(dialog)
    assert dialog.goal_ratings.levels() == {}


def test_a_rating_is_kept_in_the_crash_draft_and_restored(qtbot, ctx, conn, pupil):
    """Issue 63: the level she chose for goal 2 (Ctrl+2, arrows) is in the draft the
    autosave keeps; after a crash the restored form shows it and saves it."""
    from ssa_desktop.services import notes

    case, first, second = _setup(conn, pupil)
    with clock.frozen(DAY):
        dialog = _open(qtbot, ctx)
        dialog.picker.set_person(pupil.id)
        _key(Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        for _ in range(4):   # — → 1 → 2 → 3 → 4
            _key(Qt.Key.Key_Down)
        assert dialog.goal_ratings.levels() == {second.id: 4}
        qtbot.waitUntil(lambda: bool(notes.pending_drafts(conn)), timeout=60000)
        dialog.autosaver.enabled = False
        dialog.hide()    # as if the program had died: the draft stays

        again = _open(qtbot, ctx)
        _key(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)   # Wieder&herstellen
        qtbot.waitUntil(lambda: again.goal_ratings.levels() == {second.id: 4})
        assert again.case_combo.currentData() == case.id
        again.note.observation.setFocus()
        _key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert again.saved_contact_id, again.error.text()
    [rating] = goals_repo.GOAL_RATINGS.all(conn)
    assert (rating.goal_id, rating.level) == (second.id, 4)
    assert goals.ratings(conn, first.id) == []
