"""The deputy's window lists the documents her colleague ticked (only those) on
„Dokumente“ (Alt+D) and shows one from memory with Enter: the page is rendered, no file
of it appears on disk (docs/documents.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.ui.documents.viewer import DocumentViewer
from tests.support import document_files as f
from tests.support.fs_watch import created_in
from tests.ui.handover.deputy_fixture import WORKDAY, colleagues_package, open_deputy_window


def _vault_folder(ctx):
    from ssa_desktop.storage import documents_repo

    return documents_repo.folder(ctx.conn).parent


def _files(*folders):
    return {p for folder in folders for p in folder.rglob("*") if p.is_file()}


def test_the_deputy_sees_the_ticked_document_and_opens_it_with_enter(ctx, qtbot, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    package = colleagues_package(stick, document=f.pdf(text="SPE K-17"))
    with clock.frozen(WORKDAY):
        win = open_deputy_window(ctx, qtbot, package, (1280, 688))
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_D, Qt.AltModifier)
        assert win.tabs.tabText(win.tabs.currentIndex()) == "&Dokumente"
        model = win.docs_model
        assert model.rowCount() == 1   # N-5's letter was not ticked
        assert [model.item(0, c).text() for c in (0, 3)] == ["SPE K-17", "K-17"]
        before = _files(tmp_path, _vault_folder(ctx))
        seen = []

        def look():
            viewer = QApplication.activeModalWidget()
            seen.append((type(viewer), viewer.position.text() if viewer else ""))
            viewer.page.grab()
            QTest.keyClick(viewer, Qt.Key_Escape)

        win.docs.setFocus()
        win.docs.selectRow(0)
        QTimer.singleShot(0, look)
        with created_in(tmp_path, stick, _vault_folder(ctx)) as created:   # inotify
            QTest.keyClick(win.docs, Qt.Key_Return)
        assert seen and seen[0][0] is DocumentViewer and "1" in seen[0][1]
        assert created == []
        assert _files(tmp_path, _vault_folder(ctx)) == before
        win.close()
