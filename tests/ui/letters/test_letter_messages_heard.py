"""Issue 65: what the letter dialogs say below the preview (a refused template, „Die
Vorlage wird gelesen …“, how many letters go out, „Gespeichert“) is a message line a
screen reader hears when it appears: the AlertMessage role, named by its words. Before,
it was a plain label, read only when she moved there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.letters.test_own_templates import docx
from tests.ui.a11y.test_results_announced import _heard
from tests.ui.letters.test_serial_dialog import _dialog, group, shown  # noqa: F401


def test_a_refused_template_is_heard_in_the_letter_dialog(open_letter, tmp_path, previewed):
    template = tmp_path / "boese.docx"
    template.write_bytes(docx("{{ person.__class__.__mro__ }}"))
    dialog = open_letter()
    dialog.template_chooser = lambda: str(template)
    QTest.mouseClick(dialog.template_button, Qt.MouseButton.LeftButton)
    previewed(dialog)
    assert "interne Eigenschaften" in _heard(dialog.problem)
    assert _heard(dialog.problem) == dialog.problem.text()


def test_how_many_serial_letters_go_out_is_heard(qtbot, ctx, group, frozen_clock):  # noqa: F811
    dialog = _dialog(qtbot, ctx, group)
    assert _heard(dialog.problem) == "1 Brief – die Vorschau zeigt den des gewählten Mitglieds."
