"""Session 20 (a tester's year): a document she adds with its own, earlier day (a
Schweigepflichtentbindung signed in September, scanned in November) lands below the newer
ones. After „Speichern“ the list kept the first row selected – another document – and said
nothing, so „Ansehen“, „Exportieren …“ and „Drucken …“ went to that other one. Now the
added document is selected and the message line says it is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.ui.documents import panel as panel_module
from tests.support import document_files as f
from tests.ui.documents.conftest import closed, panel_on_two_letters, ran


def test_the_added_document_is_selected_and_said(open_panel, ctx, qtbot, pupil, tmp_path,
                                                 monkeypatch):
    panel = panel_on_two_letters(open_panel, ctx, qtbot, pupil)   # two letters of today
    source = tmp_path / "scan_0007.pdf"
    source.write_bytes(f.pdf(text="Schweigepflichtentbindung"))
    monkeypatch.setattr(panel_module, "choose_open_file", lambda *a, **k: str(source))
    QTest.keyClick(panel.table, Qt.Key.Key_Z, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: panel._dialog is not None)   # the button's animated click
    dialog = panel._dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                    and QApplication.focusWidget().window() is dialog)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(dialog.title, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.title, "Schweigepflichtentbindung Jugendamt")
    QTest.keyClick(dialog.title, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(dialog.day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(dialog.day, "15.9.2026")
    QTest.keyClick(dialog.day, Qt.Key.Key_Return)
    ran(qtbot)
    qtbot.waitUntil(lambda: closed(dialog))
    titles = [panel.model.item(row, 0).text() for row in range(panel.model.rowCount())]
    assert titles[-1] == "Schweigepflichtentbindung Jugendamt"   # the oldest: last
    assert panel.selected().title == "Schweigepflichtentbindung Jugendamt"
    assert panel.table.currentIndex().row() == len(titles) - 1
    assert panel.message.text() == ("Das Dokument „Schweigepflichtentbindung Jugendamt“ ist "
                                    "gespeichert.")
    assert panel.error.text() == ""
