"""Datenschutz at the end of her year (session 23, tester V): she chooses a due record in
„Löschung fällig“ with the arrows, Tab to „Ausgewählte löschen …“, Space, confirms – and the
keyboard landed on „Stoppuhr starten“ at the top of the window: the button she pressed was
off once the record had gone, and Qt gave the focus to the next one on, out of the area.
Now it stays in the list of due records, where the next one waits."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import retention as rt
from tests.support import questions
from tests.support.main_windows import demo_main_window, make_active


def _key(key) -> None:
    QTest.keyClick(QApplication.focusWidget(), key)


def test_after_the_deletion_her_keys_stay_in_the_due_list(qtbot, tmp_path):
    window = demo_main_window(qtbot, tmp_path, (1280, 720))
    make_active(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # Datenschutz
    area = window.show_area("privacy")
    qtbot.waitUntil(lambda: area.loaded >= 1, timeout=20_000)
    _key(Qt.Key.Key_Tab)                          # from the pages into the due list
    assert QApplication.focusWidget() is area.due_view
    _key(Qt.Key.Key_Down)
    _key(Qt.Key.Key_Up)                           # the first row chosen
    [chosen] = area.selected()
    assert chosen.action == rt.DELETE, "the demo's first due row is one to delete"
    _key(Qt.Key.Key_Tab)                          # the preview
    _key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is area.delete_button
    asked: list[str] = []
    questions.answer(asked, questions.clicking("Endgültig löschen"))
    loaded = area.loaded
    _key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: area.loaded > loaded and "gelöscht" in area.status.text(),
                    timeout=20_000)
    assert asked and "endgültig löschen" in asked[0]
    assert window.focusWidget() is area.due_view


def test_after_the_deletion_the_next_row_is_current_and_chosen(qtbot, tmp_path):
    """Session 24 (issue 65): the keys stayed in the due list, but no row was current –
    no focus line drawn, the arrows began again at the top, a screen reader named no row.
    The row that now stands where the deleted one stood is current and chosen (the one
    before it when the last was deleted), so Space on the button goes on with the next."""
    window = demo_main_window(qtbot, tmp_path, (1280, 720))
    make_active(qtbot, window)
    QTest.keyClick(window, Qt.Key.Key_9, Qt.KeyboardModifier.ControlModifier)  # Datenschutz
    area = window.show_area("privacy")
    qtbot.waitUntil(lambda: area.loaded >= 1, timeout=20_000)
    _key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is area.due_view
    _key(Qt.Key.Key_Down)
    _key(Qt.Key.Key_Up)
    [chosen] = area.selected()
    assert chosen.action == rt.DELETE
    after = area.due_model.rows[1]        # the row that moves up into its place
    _key(Qt.Key.Key_Tab)
    _key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is area.delete_button
    questions.answer([], questions.clicking("Endgültig löschen"))
    loaded = area.loaded
    _key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: area.loaded > loaded and "gelöscht" in area.status.text(),
                    timeout=20_000)
    assert window.focusWidget() is area.due_view
    current = area.due_view.currentIndex()
    assert current.isValid() and current.row() == 0
    assert area.selected() == [after]
    assert area.preview.toPlainText()                 # what goes with it, shown
    assert area.hold_button.isEnabled()                # her next key acts on it

