"""Strg+K finds a document by its title with real keys; Enter opens the person's page on
„Dokumente“ with that document selected and shown."""

from __future__ import annotations

from PySide6.QtCore import Qt

from ssa_desktop.services import documents as svc
from ssa_desktop.ui.documents.viewer import DocumentViewer
from ssa_desktop.ui.persons.area import PersonsArea
from ssa_desktop.ui.search.dialog import HTML_ROLE, SearchDialog
from tests.support import document_files as f
from tests.ui.documents.conftest import TODAY


def test_found_by_title_and_enter_opens_it(ctx, qtbot, pupil):
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", "Brief", TODAY, f.pdf())
    doc = svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "release",
                           "Schweigepflichtentbindung Jugendamt", TODAY, f.pdf(pages=2))
    dialog = SearchDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.field, "schweige")
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=60000)
    rows = [dialog.model.item(r).data(HTML_ROLE) or dialog.model.item(r).text()
            for r in range(dialog.model.rowCount())]
    assert rows[0] == "Dokumente (1)"
    assert "<b>Schweigepflichtentbindung</b> Jugendamt" in rows[1] and "K-17" in rows[1]
    with qtbot.waitSignal(ctx.navigate) as blocker:
        qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
    area = PersonsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1280, 720)
    area.show()
    area.open_record(blocker.args[1])
    page = area.page
    assert area.showing_page() and page.person.id == pupil.id
    assert page.tabs.currentIndex() == page.TAB_DOCUMENTS
    panel = page.documents_panel
    assert panel.selected().id == doc.id
    viewer = panel._dialog
    assert isinstance(viewer, DocumentViewer) and viewer.isVisible()
    viewer.reject()
