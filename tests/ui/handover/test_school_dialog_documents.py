"""„Schule übergeben“: she ticks which documents go (none unless ticked), with real keys;
the successor gets exactly the ticked one."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain import documents as d
from ssa_desktop.services import documents, handover_school
from ssa_desktop.storage import documents_repo
from tests.services.test_handover import _person
from tests.support import document_files as f
from tests.support.vaults import fresh_vault
from tests.support.written import wait_written
from tests.ui.handover.test_school_dialog import shown_dialog

TODAY = date(2026, 11, 23)


def test_she_ticks_one_of_two_documents_with_the_space_key(ctx, qtbot, tmp_path):
    anna = _person(ctx.conn, "Anna")
    first, second = (documents.add_document(ctx.conn, d.Owner("person", anna.id), "release",
                                            title, TODAY, f.pdf(text=title), "x.pdf")
                     for title in ("Brief Jugendamt", "SPE Anna"))
    with clock.frozen(TODAY):
        dialog, out = shown_dialog(ctx, qtbot, tmp_path)
        ticks = dialog.documents
        assert ticks.isVisible() and ticks.list.count() == 2 and ticks.ticked() == []
        ticks.list.setFocus()
        ticks.list.setCurrentRow(0)
        row = next(r for r in range(2) if ticks.list.item(r).data(Qt.ItemDataRole.UserRole)
                   == second.id)
        for _ in range(row):
            QTest.keyClick(ticks.list, Qt.Key_Down)
        QTest.keyClick(ticks.list, Qt.Key_Space)
        assert ticks.ticked() == [second.id]
        assert "SPE Anna" in ticks.list.item(row).data(Qt.ItemDataRole.AccessibleTextRole)
        QTest.keyClicks(dialog.successor, "Mara Ott")
        dialog.write_button.setFocus()
        QTest.keyClick(dialog.write_button, Qt.Key_Space)
        wait_written(qtbot, dialog)
        result = dialog.package
        assert result is not None and result.counts["Dokumente"] == 1
        dialog.accept()
        with fresh_vault() as successor:
            handover_school.receive_school_package(successor.conn, result.path, result.key_text,
                                                   tmp_path)
            assert [doc.id for doc in documents_repo.every(successor.conn)] == [second.id]
    assert first.id != second.id


def test_the_panel_names_a_document_whose_facts_she_keeps_before_she_decides(ctx, qtbot,
                                                                              tmp_path):
    """A document she holds with another title in the package: the package is read, and
    the status line names it by her title with the file's value while her own conflict
    (the setup's Anna) is still to decide."""
    import os

    from ssa_desktop.ui.handover.panel import HandoverPanel
    from tests.documents.test_school_receipt_documents import _hers, _package_and_hers
    from tests.ui.handover.test_panel_polish import _escape_conflicts

    with fresh_vault() as colleague:
        anna, doc, data, made = _package_and_hers(colleague.conn, tmp_path, "title = 'Zeugnis'")
    _hers(ctx, anna, doc, data)
    panel = HandoverPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    _escape_conflicts()
    panel.receive_school(made.path, made.key_text, tmp_path)
    said = "Dokument „Einwilligung“: in der Datei Titel „Zeugnis“ – Ihre Angaben bleiben."
    qtbot.waitUntil(lambda: said in panel.status.text(), timeout=20000)
    assert documents_repo.every(ctx.conn) == [doc]
    shots = os.environ.get("SSA_SHOTS")       # screenshots for a look, not checked
    if shots:
        for width, height in ((1280, 720), (640, 360)):
            panel.resize(width, height)
            panel.grab().save(f"{shots}/school_kept_facts_{width}.png")
