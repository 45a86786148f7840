"""Brief erstellen → her DOCX template → „Vorlage im Tresor merken …“ (Alt und das
unterstrichene M): she emptied the proposed name and pressed Enter – nothing was kept and
nothing said; the dialog took her OK for a cancel. Now the refusal is said („Bitte geben
Sie der Vorlage einen Namen …“) and her template stays chosen, to be kept with a name.
Real key events in the real name question, the real vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit

from ssa_desktop.services import letter_templates as store
from tests.support import questions
from tests.support.main_windows import make_active

ALT = Qt.KeyboardModifier.AltModifier


def _answer(said: list[str]) -> None:
    """The name question: its name emptied (Strg+A, Entf), Enter; the box after it read
    and closed with Enter (lookers that end with the test: tests/support/questions.py)."""
    def empty_and_enter(question) -> None:
        field = question.findChild(QLineEdit)
        QTest.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(field, Qt.Key.Key_Delete)
        said.append("")   # the name emptied: next comes a box, or nothing
        QTest.keyClick(field, Qt.Key.Key_Return)
    questions.when_open(QInputDialog, empty_and_enter)
    questions.answer(said, lambda box: QTest.keyClick(box, Qt.Key.Key_Return))


def test_an_emptied_name_is_said_not_taken_for_a_cancel(her_docx, qtbot, ctx):
    dialog = her_docx("Liebe Eltern von {{ person.first_name }}", "einladung.docx")
    make_active(qtbot, dialog)
    said: list[str] = []
    _answer(said)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_M, ALT)
    # the question gone: a box said why (read above), or nothing was said at all
    qtbot.waitUntil(lambda: len(said) == 2 or (said == [""] and not any(
        isinstance(w, QInputDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
        and QApplication.activeModalWidget() is None), timeout=10_000)
    assert said[1:] and said[1].startswith("Bitte geben Sie der Vorlage einen Namen"), said
    assert store.stored_templates(ctx.conn, dialog.kind_box.currentData()) == []
    assert dialog.template is not None and dialog.keep_template_button.isEnabled()
