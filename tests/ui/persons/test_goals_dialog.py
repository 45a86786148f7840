"""Ziele mit Skala on the person's cases: a goal set up by keyboard, a rating at a review,
the trend as a chart and as a table a screen reader reads cell by cell (QAccessible, the
interface the accessibility bus is fed from), and its print."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, persons
from ssa_desktop.ui.common.goal_trend import TrendView
from ssa_desktop.ui.persons.goals_dialog import GoalsDialog, TrendDialog

DAY = date(2026, 3, 4)


def _keys(text: str) -> None:
    QTest.keyClicks(QApplication.focusWidget(), text)


def _key(key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(QApplication.focusWidget(), key, modifier)


def test_a_goal_is_set_up_by_keyboard(conn, new_goal):
    dialog = new_goal
    dialog.text.setFocus()
    _keys("Jeden Tag in die Schule")
    _key(Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    _keys("Ich will hin")
    _key(Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    _key(Qt.Key.Key_Up)   # from the generic scale to GAS (first)
    assert dialog.scale.currentData() == g.GAS
    dialog.anchors[0].setFocus()
    _keys("fehlt mehr als zwei Tage")
    _key(Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.baseline
    assert dialog.baseline.currentText() == "−2 fehlt mehr als zwei Tage"
    _key(Qt.Key.Key_Return)
    [goal] = goals.goals_of_case(conn, dialog.goal.case_id)
    assert (goal.text, goal.pupil_words, goal.scale, goal.baseline, goal.anchor_1) == (
        "Jeden Tag in die Schule", "Ich will hin", g.GAS, -2, "fehlt mehr als zwei Tage")
    assert goal.target_date is None


def _rated_goal(conn, pupil):
    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            baseline=-2, anchor_3="fehlt höchstens einen Tag",
                                            pupil_words="Ich will hin",
                                            created="2025-09-01 10:00:00"))
    goals.rate(conn, goal.id, -1, date(2025, 10, 6))
    goals.rate(conn, goal.id, 0, date(2025, 12, 1))
    return case, goal


def test_the_trend_table_is_read_cell_by_cell_and_printed(qtbot, ctx, conn, pupil, tmp_path):
    _case, goal = _rated_goal(conn, pupil)
    dialog = TrendDialog(ctx, goal.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert type(dialog.view) is TrendView    # the one widget the deputy's window shows too
    assert dialog.chart.anchors[0] == "−2 viel weniger als erwartet"
    assert dialog.chart.anchors[2] == "0 fehlt höchstens einen Tag"
    assert dialog.chart.points == [("Beginn", 0), ("06.10.2025", 1), ("01.12.2025", 2)]
    table = QAccessible.queryAccessibleInterface(dialog.table)
    children = [table.child(k) for k in range(table.childCount())]
    headers = [c.text(QAccessible.Text.Name) for c in children
               if c.role() == QAccessible.Role.ColumnHeader]
    cells = [c.text(QAccessible.Text.Name) for c in children if c.role() == QAccessible.Role.Cell]
    assert headers == ["Datum", "Stufe", "Bedeutung", "Eingetragen von"]
    read = [cells[r * 4:r * 4 + 4] for r in range(len(cells) // 4)]
    assert read == [["Ausgangswert (01.09.2025)", "−2", "viel weniger als erwartet", "Stelleninhaberin"],
                    ["06.10.2025", "−1", "weniger als erwartet", "Stelleninhaberin"],
                    ["01.12.2025", "0", "fehlt höchstens einen Tag", "Stelleninhaberin"]]
    assert dialog.summary.text() == "Veränderung seit dem Ausgangswert: +2 Stufen, erreicht."
    path = dialog.save_pdf(str(tmp_path / "verlauf.pdf"))
    assert path and (tmp_path / "verlauf.pdf").stat().st_size > 1000


def test_the_goals_list_rates_at_a_review(qtbot, ctx, conn, pupil, monkeypatch):
    case, goal = _rated_goal(conn, pupil)
    dialog = GoalsDialog(ctx, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    cells = [dialog.model.index(0, c).data() for c in range(5)]
    assert cells == ["Jeden Tag in die Schule", "Zielerreichungsskala (−2 bis +2)",
                     "−2 viel weniger als erwartet", "0 fehlt höchstens einen Tag", "+2"]
    from ssa_desktop.ui.persons import goals_dialog

    def rate_up(self):   # the review dialog, driven by its keys
        self.show()
        self.level.setFocus()
        for _ in range(4):   # — Stufe wählen — → −2 → −1 → 0 → +1
            QTest.keyClick(self.level, Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier)
        self.accept()
        return True

    monkeypatch.setattr(goals_dialog.RateDialog, "exec", rate_up)
    with clock.frozen(DAY):
        dialog.rate_goal()
    assert dialog.model.index(0, 4).data() == "+3"
    assert [r.level for r in goals.ratings(conn, goal.id)][-1] == 1


def test_the_goals_and_the_trend_give_their_memory_back_when_deleted(ctx, conn, pupil,
                                                                      monkeypatch):
    """Closed (deleted, ui/common/modal), each window returns what it freed (``ui.memory``):
    before, glibc kept ≈ 3 MB of them under the letter's peak."""
    from PySide6.QtCore import QCoreApplication, QEvent

    from ssa_desktop.ui import memory

    trims = []
    monkeypatch.setattr(memory, "return_free_memory", lambda: trims.append(True))
    case, goal = _rated_goal(conn, pupil)
    for window in (GoalsDialog(ctx, case.id), TrendDialog(ctx, goal.id)):
        window.show()
        QTest.keyClick(window, Qt.Key.Key_Escape)   # she closes it
        assert not window.isVisible()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QCoreApplication.processEvents()
    assert trims == [True, True]


def test_a_refused_change_she_cancels_leaves_the_list_as_saved(qtbot, ctx, conn, pupil,
                                                                 monkeypatch):
    """Bearbeiten …, the scale of a rated goal changed (refused in the dialog's line), Esc:
    the list shows the goal as it is saved, and Einschätzen … offers its saved scale (the
    refused edit was written into the list's goal: its cells were of the other scale, the
    last rating's anchor not found, and a rating she chose there was saved on the old
    scale)."""
    case, goal = _rated_goal(conn, pupil)
    dialog = GoalsDialog(ctx, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    before = [dialog.model.index(0, c).data() for c in range(5)]
    from ssa_desktop.ui.persons import goals_dialog

    said = []

    def change_scale_then_esc(self):   # her keys in the goal's dialog
        self.show()
        self.scale.setFocus()
        QTest.keyClick(self.scale, Qt.Key.Key_Down)            # GAS → the generic scale
        QTest.keyClick(self.text, Qt.Key.Key_Return)
        said.append(self.error.text())
        QTest.keyClick(self.text, Qt.Key.Key_Escape)
        return self.result()

    monkeypatch.setattr(goals_dialog.GoalEditDialog, "exec", change_scale_then_esc)
    dialog.edit_goal()
    assert said == ["Die Skala eines eingeschätzten Ziels bleibt, wie sie ist."]
    assert [dialog.model.index(0, c).data() for c in range(5)] == before
    shown = dialog.current()
    assert (shown.scale, shown.baseline) == (g.GAS, -2)

    offered = []

    def look(self):
        offered.append([self.level.itemText(i) for i in range(self.level.count())])
        return 0

    monkeypatch.setattr(goals_dialog.RateDialog, "exec", look)
    dialog.rate_goal()
    assert offered[0][:2] == ["— Stufe wählen —", "−2 viel weniger als erwartet"]


def test_a_long_goal_is_read_whole_when_she_rates_it(qtbot, ctx, conn, pupil):
    """Einschätzen … of a goal of 300 characters (its limit) with a „<b>“ in it: the goal
    is shown whole and as written (screen and screen reader), and „Speichern“ is in sight
    when the dialog opens (the goal was one line as wide as the screen, cut, the buttons
    beyond the right edge, as was the level chosen by a long anchor; its „<b>“ was read as
    bold type)."""
    from PySide6.QtWidgets import QDialogButtonBox, QLabel

    from ssa_desktop.ui.persons.goals_dialog import RateDialog
    from tests.ui.shell.test_fits_small_screen import shown_size

    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    text = ("<b>Ziel</b> " + "Jeden Tag pünktlich zur ersten Stunde in die Schule kommen, "
            * 6)[:g.TEXT_LIMIT].strip()
    anchor = ("fehlt höchstens einen Tag im Monat und meldet sich vorher im Sekretariat ab, "
              "wenn sie krank ist oder einen Termin hat")[:g.ANCHOR_LIMIT]
    goal = goals.save_goal(conn, g.CaseGoal(case.id, text, scale=g.GAS, baseline=-2,
                                            anchor_3=anchor, created="2024-08-01 08:00:00"))
    dialog = RateDialog(ctx, goal)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    [label] = [w for w in dialog.findChildren(QLabel) if "pünktlich" in w.text()]
    assert label.text() == text
    assert QAccessible.queryAccessibleInterface(label).text(QAccessible.Text.Name) == text
    assert shown_size(label) == (label.width(), label.height())
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    assert shown_size(save) == (save.width(), save.height())
    dialog.level.setCurrentIndex(3)   # — Stufe wählen —, −2, −1, 0
    assert QAccessible.queryAccessibleInterface(dialog.level).text(
        QAccessible.Text.Value) == f"0 {anchor}"
