"""The Dokumente tab with her keys, on the real main window: Alt+letters once in the window
with a scanner folder chosen, and the document she selected stays selected after the list
was built again (session 22, tester Y)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import documents as svc
from ssa_desktop.services import scanner
from tests.support import document_files as f
from tests.support.main_windows import active_main_window
from tests.ui.common.mnemonics import clashes
from tests.ui.documents.conftest import TODAY, ran

ALT = Qt.KeyboardModifier.AltModifier


def _documents_tab(ctx, qtbot, tmp_path, pupil):
    window = active_main_window(ctx, qtbot, tmp_path, size=(1280, 720))
    persons = window.show_area("persons")
    persons.open_record(pupil.id)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_T, ALT)   # Dokumen&te
    qtbot.waitUntil(lambda: persons.page.tabs.currentIndex() == persons.page.TAB_DOCUMENTS)
    ran(qtbot)
    return window, persons.page


def _selected(panel) -> list[str]:
    return [panel.model.item(r.row(), 0).text()
            for r in panel.table.selectionModel().selectedRows()]


def test_new_scans_and_stammdaten_have_their_own_alt_letter(ctx, qtbot, tmp_path, pupil):
    """„Neue &Scans“ shared Alt+S with the tab „&Stammdaten“: with a scanner folder chosen
    neither key did its work (Qt only moved the focus between the two)."""
    inbox = tmp_path / "Scans"
    inbox.mkdir()
    ctx.apply(scanner.set_folder, inbox)
    (inbox / "scan 1.pdf").write_bytes(f.pdf())
    window, page = _documents_tab(ctx, qtbot, tmp_path, pupil)
    panel = page.documents_panel
    qtbot.waitUntil(lambda: panel.scans_button.accessibleName() == "Neue Scans (1)",
                    timeout=60_000)
    assert clashes(window) == {}
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, ALT)     # N&eue Scans
    qtbot.waitUntil(lambda: panel._dialog is not None and panel._dialog.isVisible())
    assert panel._dialog.file_name.endswith("scan 1.pdf")
    QTest.keyClick(panel._dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: panel._dialog is None or not panel._dialog.isVisible())
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_S, ALT)   # &Stammdaten
    qtbot.waitUntil(lambda: page.tabs.currentIndex() == page.TAB_MASTER)


def test_reading_the_text_keeps_her_document_selected(ctx, qtbot, tmp_path, pupil):
    """„Text auslesen“ on her second document built the list again and selected the first:
    her next „Drucken …“ or „Exportieren …“ went to another document."""
    for title in ("Brief A", "Brief B"):
        svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", title, TODAY,
                         f.pdf())
    window, page = _documents_tab(ctx, qtbot, tmp_path, pupil)
    panel = page.documents_panel
    panel.table.setFocus()
    QTest.keyClick(panel.table, Qt.Key.Key_Down)
    chosen = _selected(panel)
    assert len(chosen) == 1 and panel.table.currentIndex().row() == 1
    QTest.keyClick(panel.table, Qt.Key.Key_U, ALT)                    # Text a&uslesen
    qtbot.waitUntil(lambda: "ausgelesen:" in panel.message.text(), timeout=60_000)
    assert _selected(panel) == chosen
    assert panel.table.currentIndex().row() == 1
