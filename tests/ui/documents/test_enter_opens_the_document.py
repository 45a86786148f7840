"""Keyboard first in „Dokumente“: Enter on the selected document shows it, as a double
click does (Enter did nothing; only the mouse or Alt+N opened it). In a record's
„Dokumente – Fall …“ Enter in the list shows the document, not the dialog's first button
„Dokument hinzufügen …“ (a file chooser she did not ask for). A double click shows one
viewer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain.entities import Case
from ssa_desktop.services import documents as svc
from ssa_desktop.services import persons
from ssa_desktop.ui.documents import panel as panel_module
from ssa_desktop.ui.documents.record_documents import RecordDocumentsDialog
from ssa_desktop.ui.documents.viewer import DocumentViewer
from tests.support import document_files as f
from tests.ui.documents.conftest import TODAY, panel_on_two_letters


def _viewers() -> list:
    return [w for w in QApplication.allWidgets()
            if isinstance(w, DocumentViewer) and w.isVisible()]


def test_enter_on_the_selected_document_shows_it(open_panel, ctx, qtbot, pupil):
    panel = panel_on_two_letters(open_panel, ctx, qtbot, pupil)
    chosen = panel.selected().title
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_viewers()) == 1)
    assert _viewers()[0].doc.title == chosen


def test_a_double_click_shows_one_viewer(open_panel, ctx, qtbot, pupil):
    panel = panel_on_two_letters(open_panel, ctx, qtbot, pupil)
    table = panel.table
    cell = table.visualRect(table.currentIndex()).center()
    QTest.mousePress(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    QTest.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.waitUntil(lambda: len(_viewers()) >= 1)
    qtbot.wait(50)
    assert len(_viewers()) == 1


def test_enter_in_a_records_list_shows_the_document_and_chooses_no_file(
        ctx, qtbot, pupil, monkeypatch):
    chooser: list = []
    monkeypatch.setattr(panel_module, "choose_open_file",
                        lambda *a, **k: chooser.append(a) or "")
    case = persons.save_case(ctx.conn, Case(pupil.id, date(2026, 9, 1), title="Schulangst"))
    owner = svc.Owner("case", case.id)
    svc.add_document(ctx.conn, owner, "letter", "Brief", TODAY, f.pdf())
    dialog = RecordDocumentsDialog(ctx, pupil.id, owner, "Fall Schulangst")
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.panel.table.setFocus()
    QTest.keyClick(dialog.panel.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_viewers()) == 1)
    assert chooser == []
    assert dialog.isVisible()
