"""Issue 65: what the letter dialogs say below the preview (a refused template, „Die
Vorlage wird gelesen …“, how many letters go out, „Gespeichert“) is a message line a
screen reader hears when it appears: the AlertMessage role, named by its words. Before,
it was a plain label, read only when she moved there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.ui.a11y.test_results_announced import _heard
from tests.ui.letters.test_serial_dialog import _dialog, group, shown  # noqa: F401


def test_how_many_serial_letters_go_out_is_heard(qtbot, ctx, group, frozen_clock):  # noqa: F811
    dialog = _dialog(qtbot, ctx, group)
    assert _heard(dialog.problem) == "1 Brief – die Vorschau zeigt den des gewählten Mitglieds."


def test_a_standing_refusal_is_not_said_again_at_each_keystroke(open_letter, qtbot,
                                                                 monkeypatch):
    """A letter to another office with no recipient named: the refusal is heard once, not
    again with each letter she types in the salutation (before: the line was emptied and
    filled anew for each keystroke, and each time read out, over her typing)."""
    from ssa_desktop.ui.common import announce as announce_module

    said: list[str] = []
    monkeypatch.setattr(announce_module, "announce",   # (an empty text is said by no one)
                        lambda _widget, text: text and said.append(text))
    dialog = open_letter()
    dialog.recipient_box.setFocus()
    QTest.keyClick(dialog.recipient_box, Qt.Key.Key_End)   # eine andere Stelle
    assert dialog.recipient_box.currentData() == "outside"
    refusal = "Bitte angeben, an wen die Information ging."
    assert dialog.problem.text() == refusal
    assert said == [refusal], said   # (before: once more for each refresh of her choice)
    dialog.salutation.setFocus()
    QTest.keyClick(dialog.salutation, Qt.Key.Key_End)
    QTest.keyClicks(dialog.salutation, " liebe")
    assert dialog.problem.text() == refusal
    assert said == [refusal], said


def test_keeping_her_template_still_says_so_once_its_preview_came(her_docx, previewed):
    """„Vorlage … im Tresor abgelegt.“ stays on the line (and for her reader) when the
    kept template's preview answers a moment later (before, the answer emptied the line:
    heard, then gone from the screen)."""
    dialog = her_docx("Liebe Eltern von {{ person.first_name }}", "einladung.docx")
    dialog.name_chooser = lambda suggested: "Einladung"
    QTest.mouseClick(dialog.keep_template_button, Qt.MouseButton.LeftButton)
    kept = "Vorlage „Einladung“ im Tresor abgelegt."
    assert dialog.problem.text() == kept
    assert "person.first_name: Kim" in previewed(dialog).preview.text()   # of the kept one
    assert dialog.problem.text() == kept, "the preview's answer emptied the line"
