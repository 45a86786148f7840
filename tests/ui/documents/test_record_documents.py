"""A case's, a consent's and a § 8a procedure's own documents, where the record is shown on
the person's page, with real key events: „Dokumente (n) …“, then „Ansehen“ or „Dokument
hinzufügen …“ (adding to that record), then „Speichern“ – three steps."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import documents as d
from ssa_desktop.domain.entities import Case, ChildProtectionProcedure, Consent
from ssa_desktop.services import documents as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.documents.record_documents import RecordDocumentsDialog
from ssa_desktop.ui.persons.person_page import PersonPage
from tests.support import document_files as f
from tests.ui.documents.conftest import TODAY, ran


def _press(widget) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Space)


def _page(ctx, qtbot, pupil) -> PersonPage:
    page = PersonPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.load(pupil.id)
    return page


def test_a_case_lists_its_own_documents_and_adds_to_itself(ctx, qtbot, pupil, tmp_path):
    case = repo.CASES.insert(ctx.conn, Case(pupil.id, TODAY, title="Streit"))
    other = repo.CASES.insert(ctx.conn, Case(pupil.id, TODAY, title="Anderer"))
    svc.add_document(ctx.conn, d.Owner("case", other.id), "other", "Fremd", TODAY, f.pdf())
    svc.add_document(ctx.conn, d.Owner("person", pupil.id), "other", "Person", TODAY, f.pdf())
    page = _page(ctx, qtbot, pupil)
    page.cases.load(pupil.id)
    row = [c.id for c in page.cases.model.rows].index(case.id)
    page.cases.table.selectRow(row)
    button = page.cases.documents_button
    assert button.text() == "Dokumente (0) …"
    _press(button)                                              # step 1
    dialog = page.cases.findChildren(RecordDocumentsDialog)[-1]
    assert dialog.isVisible() and dialog.panel.model.rowCount() == 0
    assert "Streit" in dialog.windowTitle()
    source = tmp_path / "Protokoll.pdf"
    source.write_bytes(f.pdf())
    added = dialog.panel.add_file(str(source))                  # step 2
    assert added.owner.value() == f"case:{case.id}"
    added.save()                                                # step 3
    ran(qtbot)
    assert [x.title for x in svc.documents_of(ctx.conn, d.Owner("case", case.id))] == ["Protokoll"]
    assert dialog.panel.model.rowCount() == 1
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert button.text() == "Dokumente (1) …"


def test_a_consent_and_a_procedure_show_their_own_documents(ctx, qtbot, pupil, tmp_path):
    consent = repo.CONSENTS.insert(ctx.conn, Consent(pupil.id, "Jugendamt", TODAY))
    procedure = repo.CP_PROCEDURES.insert(ctx.conn, ChildProtectionProcedure(pupil.id, TODAY))
    svc.add_document(ctx.conn, d.Owner("consent", consent.id), "consent", "Unterschrift",
                     TODAY, f.pdf())
    svc.add_document(ctx.conn, d.Owner("person", pupil.id), "other", "Person", TODAY, f.pdf())
    page = _page(ctx, qtbot, pupil)
    page.tabs.setCurrentIndex(page.TAB_CONSENTS)
    panel = page.consents_panel
    panel.table.selectRow(0)
    assert panel.documents_button.text() == "Dokumente (1) …"
    _press(panel.documents_button)
    dialog = panel.findChildren(RecordDocumentsDialog)[-1]
    assert [panel_doc.title for panel_doc in dialog.panel.documents] == ["Unterschrift"]
    assert dialog.panel.view_selected() is not None           # opened from memory
    dialog.panel._dialog.reject()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)

    page.tabs.setCurrentIndex(page.TAB_CP)
    cp_panel = page.cp_panel
    assert cp_panel.documents_button.text() == "Dokumente (0) …"
    _press(cp_panel.documents_button)
    dialog = cp_panel.findChildren(RecordDocumentsDialog)[-1]
    assert dialog.panel.model.rowCount() == 0
    source = tmp_path / "Mitteilung Jugendamt.pdf"
    source.write_bytes(f.pdf())
    added = dialog.panel.add_file(str(source))
    assert added.owner.value() == f"procedure:{procedure.id}"
    added.save()
    ran(qtbot)
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert cp_panel.documents_button.text() == "Dokumente (1) …"
    assert [x.title for x in svc.documents_of(ctx.conn, d.Owner("procedure", procedure.id))] \
        == ["Mitteilung Jugendamt"]
