"""The scanner folder on the person page, with a real temporary folder, real files dropped
in and real key events: „Neue Scans (n)“ offers each new file once in the add dialog;
one declined is not offered again; one taken may have its original deleted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.services import documents as svc
from ssa_desktop.services import scanner
from ssa_desktop.ui.persons.person_page import PersonPage
from tests.support import document_files as f
from tests.support.main_windows import shown_main_window
from tests.ui.documents.conftest import closed, ran


def _press(widget) -> None:
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_Space)


def test_new_scans_are_offered_once_and_the_original_may_go(ctx, qtbot, pupil, tmp_path):
    inbox = tmp_path / "Scans"
    inbox.mkdir()
    ctx.apply(scanner.set_folder, inbox)
    (inbox / "scan 1.pdf").write_bytes(f.pdf())
    (inbox / "scan 2.png").write_bytes(f.image("PNG", size=(40, 40)))
    (inbox / "Thumbs.db").write_bytes(b"\0" * 64)           # not an accepted format
    page = PersonPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.load(pupil.id)
    page.tabs.setCurrentIndex(page.TAB_DOCUMENTS)             # she opens „Dokumente“
    panel = page.documents_panel
    button = panel.scans_button
    assert button.isVisible()
    qtbot.waitUntil(lambda: button.accessibleName() == "Neue Scans (2)", timeout=60000)

    _press(button)                                             # the first: declined
    dialog = panel._dialog
    assert dialog.file_name.endswith("scan 1.pdf")
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert button.accessibleName() == "Neue Scans (1)"

    _press(button)                                             # the second: taken
    dialog = panel._dialog
    assert dialog.file_name.endswith("scan 2.png")
    dialog.title.selectAll()
    QTest.keyClicks(dialog.title, "Einwilligung Eltern")
    assert dialog.shred.isChecked()      # a scan: shredding the original is the default
    dialog.save()
    ran(qtbot)
    assert closed(dialog)
    assert [x.title for x in svc.documents_of_person(ctx.conn, pupil.id)] == ["Einwilligung Eltern"]
    assert sorted(p.name for p in inbox.iterdir()) == ["Thumbs.db", "scan 1.pdf"]
    assert button.accessibleName() == "Neue Scans (0)" and not button.isEnabled()

    # the declined file is still there and not offered again; a new one is, when she
    # comes back to the tab
    (inbox / "scan 3.pdf").write_bytes(f.pdf(pages=2))
    page.tabs.setCurrentIndex(0)
    page.tabs.setCurrentIndex(page.TAB_DOCUMENTS)
    qtbot.waitUntil(lambda: button.accessibleName() == "Neue Scans (1)", timeout=60000)
    assert [s.path.name for s in panel.scans] == ["scan 3.pdf"]


def test_without_a_scanner_folder_there_is_no_button(ctx, qtbot, pupil):
    page = PersonPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.load(pupil.id)
    page.tabs.setCurrentIndex(page.TAB_DOCUMENTS)
    page.documents_panel.refresh()
    assert not page.documents_panel.scans_button.isVisible()


def test_on_unlock_the_status_line_says_how_many_scans_wait(ctx, qtbot, tmp_path):

    from tests.conftest import PASSPHRASE

    inbox = tmp_path / "Scans"
    inbox.mkdir()
    ctx.apply(scanner.set_folder, inbox)
    (inbox / "scan.pdf").write_bytes(f.pdf())
    window = shown_main_window(ctx, qtbot, tmp_path)
    window.lock()
    qtbot.waitUntil(lambda: window.unlock_dialog is not None and window.unlock_dialog.isVisible())
    dialog = window.unlock_dialog
    dialog.passphrase.setText(PASSPHRASE)   # as tests/ui/shell/test_main_window.py unlocks
    dialog.try_unlock()
    qtbot.waitUntil(lambda: "Neue Scans im Scanner-Ordner: 1." in
                    window.statusBar().currentMessage(), timeout=60000)


def test_the_tab_looks_into_the_folder_off_the_gui_thread(ctx, qtbot, pupil, tmp_path,
                                                          monkeypatch):
    """Reading and hashing the folder's files runs through the one operation runner, as
    the unlock's look does; the button follows when it ends."""
    import threading

    inbox = tmp_path / "Scans"
    inbox.mkdir()
    ctx.apply(scanner.set_folder, inbox)
    for n in range(3):
        (inbox / f"scan {n}.pdf").write_bytes(f.pdf(pages=n + 1))
    threads = []
    looked = scanner.new_scans

    def watched(conn):
        threads.append(threading.current_thread())
        return looked(conn)

    monkeypatch.setattr(scanner, "new_scans", watched)
    page = PersonPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.load(pupil.id)
    page.tabs.setCurrentIndex(page.TAB_DOCUMENTS)
    button = page.documents_panel.scans_button
    qtbot.waitUntil(lambda: button.accessibleName() == "Neue Scans (3)", timeout=60000)
    assert threads and threading.main_thread() not in threads
    assert button.isVisible() and button.isEnabled()
