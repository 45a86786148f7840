"""Session 28, tester TV: her DOCX template was refused (a misspelt placeholder, said on
the line under the preview) – yet „Vorlage im Tresor merken …“ stayed enabled: she could
press it and only then be refused. Now the button is off while her template is refused
(the refusal on the line, heard), Alt and the underlined M keep nothing, and it is on
again once she chooses a good template. Real key events, the real vault."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services import letter_templates as store
from tests.letters.test_own_templates import docx
from tests.support.main_windows import make_active
from tests.ui.a11y.test_results_announced import _heard

ALT = Qt.KeyboardModifier.AltModifier


def test_a_refused_template_cannot_be_kept_until_a_good_one_is_chosen(
        her_docx, previewed, qtbot, ctx, tmp_path, frozen_clock):
    dialog = her_docx("Wir sehen uns am {{ appointment.date }}.", "falsch.docx")
    make_active(qtbot, dialog)
    refusal = dialog.problem.text()
    assert refusal.startswith("Den Platzhalter „appointment.date“ gibt es nicht")
    assert dialog.problem.isVisible() and _heard(dialog.problem) == refusal
    assert not dialog.keep_template_button.isEnabled()   # before: enabled
    asked: list[str] = []
    dialog.name_chooser = lambda suggested: asked.append(suggested) or "Falsch"
    dialog.template_button.setFocus()
    QTest.keyClick(dialog.template_button, Qt.Key.Key_M, ALT)   # (a button's letter clicks
    assert store.stored_templates(ctx.conn) == []               # a moment later: see below)

    good = tmp_path / "einladung.docx"
    good.write_bytes(docx("Wir sehen uns am {{ appointment.day }}."))
    dialog.template_chooser = lambda: str(good)
    QTest.keyClick(dialog.template_button, Qt.Key.Key_V, ALT)   # Eigene Vorlage …
    qtbot.waitUntil(lambda: dialog.template[0] == "einladung.docx", timeout=10_000)
    previewed(dialog)
    assert dialog.problem.text() != refusal
    assert dialog.keep_template_button.isEnabled()
    QTest.keyClick(dialog.template_button, Qt.Key.Key_M, ALT)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert asked == ["einladung"]   # (the press on the refused one asked nothing)
    assert [kept.name for kept in store.stored_templates(ctx.conn)] == ["Falsch"]
