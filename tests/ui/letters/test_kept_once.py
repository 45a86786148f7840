"""Session 20 (a tester's year): „Im Tresor ablegen“ pressed a second time for the same
letter kept it again – two equal documents in the person's „Dokumente“, one to find and
delete. Once kept, the button is off until she changes the letter (another kind,
address, template …); the message line says it is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services import documents
from tests.ui.letters.test_serial_dialog import _dialog, group  # noqa: F401 (a fixture)


def _alt_t(dialog) -> None:
    QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)


def test_the_same_letter_is_kept_once(open_letter, ctx, records, qtbot, frozen_clock):
    dialog = open_letter()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.kind_box.setFocus()
    assert dialog.keep_button.isEnabled()
    _alt_t(dialog)   # Im &Tresor ablegen (Qt clicks 100 ms after the key)
    qtbot.waitUntil(lambda: len(documents.documents_of_person(ctx.conn, records["person"])) == 1)
    assert dialog.message.startswith("Als Dokument abgelegt: „Einladung zum Gespräch")
    _alt_t(dialog)
    assert not dialog.keep_button.isDown() and not dialog.keep_button.isEnabled()
    assert len(documents.documents_of_person(ctx.conn, records["person"])) == 1
    # another letter (the salutation changed): it may be kept
    dialog.salutation.setFocus()
    QTest.keyClick(dialog.salutation, Qt.Key.Key_End)
    QTest.keyClicks(dialog.salutation, " liebe Kim")
    qtbot.waitUntil(dialog.keep_button.isEnabled)


def test_the_same_serial_letter_is_kept_once(qtbot, ctx, group, frozen_clock, monkeypatch):  # noqa: F811
    monkeypatch.setattr("ssa_desktop.ui.letters.serial_dialog.ask_yes_no", lambda *a, **k: True)
    dialog = _dialog(qtbot, ctx, group)
    _alt_t(dialog)   # Im &Tresor ablegen: one letter for each ticked member (Kim)
    qtbot.waitUntil(lambda: "abgelegt" in dialog.message, timeout=60_000)
    assert len(documents.every_document(ctx.conn)) == 1
    _alt_t(dialog)
    assert not dialog.keep_button.isDown() and not dialog.keep_button.isEnabled()
    assert len(documents.every_document(ctx.conn)) == 1
