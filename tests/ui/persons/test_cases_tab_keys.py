"""Session 28, tester FA: the Fälle tab's buttons had no Alt letters – reaching a case's
goals took Alt+F, Tab ×4, Space. Now „Neuer Fall …“, „Bearbeiten …“, „Fall abschließen“
and „Ziele mit Skala …“ each have one (German and English), and Alt and the underlined Z
opens the goals of the case she chose; the rating dialog's „Speichern“ and „Abbrechen“
have letters too (Enter and Esc keep working), and the goals list shows the baseline as it
shows the last rating: the level and its anchor („2 ansatzweise“)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.persons import case_dialog
from ssa_desktop.ui.persons.goals_dialog import GoalsDialog, RateDialog
from tests.support.languages import in_language
from tests.support.main_windows import active_main_window
from tests.ui.common.mnemonics import clashes, letter

ALT = Qt.KeyboardModifier.AltModifier
DAY = date(2026, 11, 27)


@pytest.fixture
def cases_tab(ctx, qtbot, tmp_path, conn, pupil, monkeypatch):
    """Her Fälle tab at 1280×720 with two cases, the second chosen; the dialogs it opens
    recorded (``panel.opened``) instead of run."""
    persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), title="Schulangst"))
    persons.save_case(conn, Case(pupil.id, date(2026, 10, 1), title="Streit"))
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    area = window.show_area("persons")
    area.open_record(pupil.id)
    page = area.page
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, ALT)
    panel = page.cases
    assert page.tabs.currentWidget() is panel
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_Down)
    panel.opened = []
    monkeypatch.setattr(case_dialog, "run_modal", lambda dialog: panel.opened.append(dialog))
    return panel


def test_alt_z_opens_the_goals_of_the_chosen_case(cases_tab, qtbot):
    chosen = cases_tab.current_case()
    assert chosen.id != cases_tab.model.rows[0].id   # the second row, not the first
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, ALT)
    qtbot.waitUntil(lambda: cases_tab.opened != [])   # an Alt letter clicks a moment later
    [dialog] = cases_tab.opened
    assert isinstance(dialog, GoalsDialog)
    assert dialog.case_id == chosen.id


@pytest.mark.parametrize(("key", "what"), [(Qt.Key.Key_N, "Neuer Fall"),
                                           (Qt.Key.Key_E, "Fall bearbeiten")])
def test_alt_letters_open_new_and_edit(cases_tab, qtbot, key, what):
    QTest.keyClick(QApplication.focusWidget(), key, ALT)
    qtbot.waitUntil(lambda: cases_tab.opened != [])
    [dialog] = cases_tab.opened
    assert dialog.windowTitle().startswith(what)


def test_alt_l_closes_the_chosen_case(cases_tab, qtbot, conn, pupil):
    chosen = cases_tab.current_case().id
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_L, ALT)
    def statuses():
        return {c.id: c.status for c in persons.cases(conn, pupil.id)}
    qtbot.waitUntil(lambda: "closed" in statuses().values())
    closed = statuses()
    assert closed[chosen] == "closed" and list(closed.values()).count("closed") == 1


def test_the_buttons_have_letters_in_english_too(cases_tab):
    buttons = (cases_tab.new_button, cases_tab.edit_button, cases_tab.close_button,
               cases_tab.goals_button)
    with in_language("en"):
        texts = [case_dialog.tr(t) for t in ("&Neuer Fall …", "B&earbeiten …",
                                             "Fa&ll abschließen", "&Ziele mit Skala …")]
    assert [b.text() for b in buttons] == ["&Neuer Fall …", "B&earbeiten …",
                                           "Fa&ll abschließen", "&Ziele mit Skala …"]
    assert all(letter(t) for t in texts), texts


@pytest.fixture
def goal(conn, pupil):
    with clock.frozen(DAY):
        case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), title="Schulangst"))
        return goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule",
                                                baseline=2, created="2026-09-01 08:00:00"))


def _rating_dialog(ctx, qtbot, goal) -> RateDialog:
    dialog = RateDialog(ctx, goal)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _box(dialog) -> QDialogButtonBox:
    return dialog.findChild(QDialogButtonBox)


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_rating_buttons_have_their_own_letters(ctx, qtbot, goal, language):
    with in_language(language), clock.frozen(DAY):
        dialog = _rating_dialog(ctx, qtbot, goal)
        box = _box(dialog)
        save = box.button(QDialogButtonBox.StandardButton.Save)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert letter(save.text()) and letter(cancel.text())
        assert clashes(dialog) == {}


def test_alt_p_saves_the_rating_and_alt_a_cancels(ctx, qtbot, conn, goal):
    with clock.frozen(DAY):
        dialog = _rating_dialog(ctx, qtbot, goal)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)   # level 1
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_P, ALT)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        assert [r.level for r in goals.ratings(conn, goal.id)] == [1]
        assert not dialog.isVisible()
        other = _rating_dialog(ctx, qtbot, goal)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, ALT)
        qtbot.waitUntil(lambda: not other.isVisible())
        assert not other.isVisible()
        assert len(goals.ratings(conn, goal.id)) == 1


def test_enter_saves_and_esc_closes_the_rating(ctx, qtbot, conn, goal):
    with clock.frozen(DAY):
        dialog = _rating_dialog(ctx, qtbot, goal)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        assert [r.level for r in goals.ratings(conn, goal.id)] == [1]
        other = _rating_dialog(ctx, qtbot, goal)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        assert not other.isVisible() and not dialog.isVisible()


def test_the_goals_list_shows_the_baseline_with_its_anchor(ctx, qtbot, conn, goal):
    with clock.frozen(DAY):
        goals.rate(conn, goal.id, 2, DAY)
        dialog = GoalsDialog(ctx, goal.case_id)
        qtbot.addWidget(dialog)
        model = dialog.table.model()
        baseline, last = (model.index(0, c).data() for c in (2, 3))
    assert baseline == last == "2 ansatzweise"
