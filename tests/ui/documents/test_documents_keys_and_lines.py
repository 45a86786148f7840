"""Session 18 (a tester's three findings in „Dokumente“): Entf in the list asks the same
question as „Löschen …“ (as in Termine and Gruppen); the question's „Löschen“ has its Alt
letter (Alt+L answers it); and a success (gelöscht, exportiert, ausgelesen) is said in the
panel's plain message line, heard by a screen reader and not red — red is for refusals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import documents as svc
from tests.support.main_windows import when_active
from tests.support.questions import answer
from tests.ui.a11y.test_results_announced import _heard
from tests.ui.documents.conftest import panel_on_two_letters as _panel_on_list

QUESTION = ("Das Dokument „{0}“ endgültig löschen? Sein Schlüssel wird gelöscht; keine "
            "Sicherung kann es wieder lesbar machen.")


def _alt_l(box) -> None:
    """„&Löschen“ by its Alt letter, sent to the box's own focus once the box is the
    active window (an Alt letter belongs to the active window's buttons)."""
    def alt_l() -> None:
        QTest.keyClick(box.focusWidget(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        # an Alt letter presses its button at once and clicks it 100 ms later (Qt's
        # animateClick): only when no button went down did Alt+L answer nothing; then
        # close the box (a failure, not a hang)
        if box.isVisible() and not any(b.isDown() for b in box.buttons()):
            QTest.keyClick(box.focusWidget(), Qt.Key.Key_Escape)
    when_active(box, alt_l)


def test_entf_in_the_list_asks_and_alt_l_deletes(open_panel, ctx, qtbot, pupil):
    panel = _panel_on_list(open_panel, ctx, qtbot, pupil)
    gone = panel.selected().title
    asked: list = []
    answer(asked, _alt_l)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert asked == [QUESTION.format(gone)]
    assert gone not in [d.title for d in svc.documents_of_person(ctx.conn, pupil.id)]


def test_entf_answered_with_esc_keeps_the_document(open_panel, ctx, qtbot, pupil):
    from tests.support.questions import esc

    panel = _panel_on_list(open_panel, ctx, qtbot, pupil)
    asked: list = []
    answer(asked, esc)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: len(asked) == 1)
    assert panel.model.rowCount() == 2


def test_the_question_names_its_buttons_with_their_alt_letters(open_panel, ctx, qtbot, pupil):
    panel = _panel_on_list(open_panel, ctx, qtbot, pupil)
    texts: list = []

    def look(box):
        texts.extend(sorted(b.text() for b in box.buttons()))
        QTest.keyClick(box.focusWidget(), Qt.Key.Key_Escape)

    answer([], look)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: bool(texts))
    assert texts == ["&Löschen", "&Nein"]   # L and N collide with no other button


def test_a_success_is_heard_and_not_red_a_refusal_is_red(open_panel, ctx, qtbot, pupil):
    panel = _panel_on_list(open_panel, ctx, qtbot, pupil)
    gone = panel.selected().title
    answer([], _alt_l)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    done = f"Das Dokument „{gone}“ ist gelöscht."
    assert panel.message.text() == done and _heard(panel.message) == done
    assert "color" not in panel.message.styleSheet()
    assert panel.error.text() == ""
    panel.table.clearSelection()
    panel.activateWindow()     # offscreen Qt gives no window back its activation
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    panel.table.setFocus()
    qtbot.waitUntil(panel.table.hasFocus)
    QTest.keyClick(panel.table, Qt.Key.Key_Delete)      # Entf with nothing chosen
    refusal = "Bitte zuerst ein Dokument in der Liste auswählen."
    assert panel.error.text() == refusal and _heard(panel.error) == refusal
    assert "color" in panel.error.styleSheet()
    assert panel.message.text() == "", "the success stood on under the refusal"
