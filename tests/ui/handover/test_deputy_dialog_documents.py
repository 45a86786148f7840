"""„Vertretungspaket erstellen“: she ticks which documents go to the deputy (none unless
ticked), with real keys; the package carries exactly the ticked one, encrypted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain import documents as d
from ssa_desktop.services import documents
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import documents_repo
from ssa_desktop.ui.handover.deputy_dialog import DeputyPackageDialog
from tests.services.test_handover import _person
from tests.support import document_files as f
from tests.support.written import wait_written

TODAY = date(2026, 11, 23)


def test_she_ticks_one_document_for_the_deputy_with_the_space_key(ctx, qtbot, tmp_path):
    anna = _person(ctx.conn, "Anna")
    docs = [documents.add_document(ctx.conn, d.Owner("person", anna.id), "release", title,
                                   TODAY, f.pdf(text=title), "x.pdf")
            for title in ("Brief Jugendamt", "SPE Anna")]
    with clock.frozen(TODAY):
        dialog = DeputyPackageDialog(ctx, tmp_path)
        qtbot.addWidget(dialog)
        dialog.resize(1366, 768)
        dialog.show()
        ticks = dialog.documents
        assert ticks.isVisible() and ticks.list.count() == 2 and ticks.ticked() == []
        ticks.list.setFocus()
        ticks.list.setCurrentRow(0)
        row = next(r for r in range(2)
                   if ticks.list.item(r).data(Qt.ItemDataRole.UserRole) == docs[1].id)
        for _ in range(row):
            QTest.keyClick(ticks.list, Qt.Key_Down)
        QTest.keyClick(ticks.list, Qt.Key_Space)
        assert ticks.ticked() == [docs[1].id]
        QTest.keyClicks(dialog.deputy_name, "Jana Berger")
        dialog.write_button.setFocus()
        QTest.keyClick(dialog.write_button, Qt.Key_Space)
        wait_written(qtbot, dialog)
        assert dialog.pages.currentIndex() == 1, dialog.error.text()
        result = dialog.package
        assert result.counts["Dokumente"] == 1
        pkg, _ = svc.open_package(result.path, result.key_text, today=TODAY)
        try:
            assert documents_repo.package_file_ids(pkg) == [docs[1].id]
        finally:
            pkg.close()
        dialog.accept()
