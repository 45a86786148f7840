"""Issue 61: the deputy adds a document in her window by keyboard („Dokumente“ Alt+D,
„Dokument hinzufügen …“ Alt+H, the file, title, Enter); it is listed as hers, lies in the
package and goes with her return. A file the product does not take is refused under the
table, with nothing written. Back home, the worker reads the return in her panel and the
person's „Dokumente“ says who added it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import documents_repo
from ssa_desktop.ui.handover import deputy_window
from tests.support import document_files as f
from tests.ui.handover.deputy_fixture import WORKDAY, colleagues_package, open_deputy_window


def _documents_tab(win):
    QTest.keyClick(QApplication.focusWidget(), Qt.Key_D, Qt.AltModifier)
    assert win.tabs.tabText(win.tabs.currentIndex()) == "&Dokumente"


def test_the_deputy_adds_a_document_by_keyboard_and_it_goes_with_her_return(
        ctx, qtbot, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    scan = tmp_path / "scan_0001.pdf"
    scan.write_bytes(f.pdf(text="Einwilligung"))
    package = colleagues_package(stick)
    monkeypatch.setattr(deputy_window, "choose_open_file", lambda *a, **k: str(scan))
    monkeypatch.setattr(deputy_window, "choose_target_folder", lambda *a, **k: str(stick))
    with clock.frozen(WORKDAY):
        win = open_deputy_window(ctx, qtbot, package, (1280, 688))
        _documents_tab(win)
        assert win.docs_model.rowCount() == 0
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_H, Qt.AltModifier)
        qtbot.waitUntil(lambda: win.entry_dialog is not None)   # the button's animated click
        dialog = win.entry_dialog
        assert isinstance(dialog, deputy_window.DeputyDocumentDialog)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None
                        and QApplication.focusWidget().window() is dialog)
        assert dialog.title.text() == "scan_0001"   # the file's name as a start
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_T, Qt.AltModifier)
        assert QApplication.focusWidget() is dialog.title
        QTest.keyClick(dialog.title, Qt.Key_A, Qt.ControlModifier)
        QTest.keyClicks(dialog.title, "Einwilligung Mutter")
        QTest.keyClick(dialog.title, Qt.Key_Return)
        assert not dialog.isVisible()
        assert win.status.text() == ("Dokument hinzugefügt: Einwilligung Mutter. Es geht mit "
                                     "der nächsten Rückgabe zur Kollegin.")
        model = win.docs_model
        assert [model.item(0, c).text() for c in (0, 1, 3, 4)] == [
            "Einwilligung Mutter", "Einwilligung", "K-17", "von Ihnen hinzugefügt"]
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        win.docs.setFocus()
        QTest.keyClick(win.docs, Qt.Key_R, Qt.AltModifier)   # Rückgabe schreiben …
        qtbot.waitUntil(lambda: bool(win.status.text()) and "Dokument hinzugefügt" not in win.status.text())
        assert "1 Dokument" in win.status.text()
        win.close()
    [returned] = [p for p in stick.iterdir() if p.name.startswith("rueckgabe")]
    ret, _info = svc.open_package(returned, package.key_text, today=WORKDAY)
    try:
        [doc] = documents_repo.every(ret)
        assert (doc.title, doc.person_id, doc.written_by) == (
            "Einwilligung Mutter", package.k17, "Jana Berger (Vertretung)")
        assert documents_repo.package_file(ret, doc.id) == scan.read_bytes()
    finally:
        ret.close()


def test_a_file_it_does_not_take_is_refused_under_the_table(ctx, qtbot, tmp_path, monkeypatch):
    stick = tmp_path / "stick"
    stick.mkdir()
    program = tmp_path / "rechnung.pdf"
    program.write_bytes(b"MZ\x90\x00 ein Programm")
    package = colleagues_package(stick)
    monkeypatch.setattr(deputy_window, "choose_open_file", lambda *a, **k: str(program))
    with clock.frozen(WORKDAY):
        win = open_deputy_window(ctx, qtbot, package, (1280, 688))
        _documents_tab(win)
        QTest.keyClick(QApplication.focusWidget(), Qt.Key_H, Qt.AltModifier)
        qtbot.waitUntil(lambda: bool(win.docs_error.text()))    # the button's animated click
        assert win.entry_dialog is None
        assert "„rechnung.pdf“ wurde nicht übernommen" in win.docs_error.text()
        assert win.docs_model.rowCount() == 0
        win.close()
    pkg, _info = svc.open_package(package.path, package.key_text, today=WORKDAY)
    try:
        assert documents_repo.every(pkg) == []
    finally:
        pkg.close()


def test_back_home_the_person_says_who_added_the_document(ctx, qtbot, tmp_path):
    """The worker reads the return in her panel; the person's „Dokumente“ shows the
    column „Eingetragen von“ with the deputy's mark (hidden while only hers are there)."""
    from ssa_desktop.domain import documents as d
    from ssa_desktop.services import documents, handover_deputy, handover_deputy_work
    from ssa_desktop.ui.documents.panel import DocumentsPanel
    from ssa_desktop.ui.handover.panel import HandoverPanel
    from tests.handover.test_deputy_return import LATER
    from tests.services.test_handover import DEPUTY, PERIOD, TODAY, _person

    anna = _person(ctx.conn, "Anna")
    documents.add_document(ctx.conn, d.Owner("person", anna.id), "letter", "Ihr Brief", TODAY,
                           f.pdf(text="Brief"), "brief.pdf")
    out = tmp_path / "aus"
    out.mkdir()
    result = handover_deputy.create_deputy_package(ctx.conn, PERIOD, DEPUTY, [anna.id], out,
                                                   today=TODAY)
    pkg, _info = svc.open_package(result.path, result.key_text, today=LATER, writable=True)
    try:
        handover_deputy_work.deputy_add_document(pkg, anna.id, "consent", "Einwilligung Mutter",
                                                 WORKDAY, f.image("PNG"), "scan.png")
    finally:
        pkg.close()
    ret = handover_deputy_work.write_return(result.path, result.key_text, out / "r.ssapaket",
                                            today=LATER)
    person = DocumentsPanel(ctx, anna.id)
    qtbot.addWidget(person)
    person.show()
    person.refresh()
    assert person.table.isColumnHidden(5)             # only hers: nobody to name
    with clock.frozen(LATER):
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        panel.show()
        steps = []
        panel.progress.valueChanged.connect(lambda value: steps.append(panel.progress.format()))
        panel.read_return(ret.path)   # off the GUI thread, through the one runner
        assert panel.reading
        qtbot.waitUntil(lambda: not panel.reading, timeout=20000)
    assert not panel.progress.isVisible()
    assert "Dokument 1 von 1 der Rückgabe wird geprüft …" in steps
    assert "1 Dokument der Vertretung übernommen" in panel.status.text()
    person.refresh()
    rows = {person.model.item(r, 0).text(): person.model.item(r, 5).text()
            for r in range(person.model.rowCount())}
    assert rows == {"Einwilligung Mutter": "Jana Berger (Vertretung)", "Ihr Brief": ""}
    assert not person.table.isColumnHidden(5)
    assert person.model.horizontalHeaderItem(5).text() == "Eingetragen von"
