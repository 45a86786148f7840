"""„Dokumente“ on the person page with real files and real key events: added from a file
(as the file dialog hands it) and by drag and drop, refused inline, shown from memory
with pages and zoom on the keyboard, deleted after her yes; no file appears anywhere
while a document is shown."""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.services import documents as svc
from ssa_desktop.ui.documents import export_dialog as export_module
from ssa_desktop.ui.documents import panel as panel_module
from ssa_desktop.ui.persons.person_page import PersonPage
from tests.support import document_files as f
from tests.support.fs_watch import created_in
from tests.support.questions import answer, words_of
from tests.ui.documents.conftest import TODAY, closed, panel_on_two_letters, ran


def _files(*folders: Path) -> set[Path]:
    return {p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()}


def test_the_tab_is_on_the_person_page(ctx, qtbot, pupil):
    page = PersonPage(ctx)
    qtbot.addWidget(page)
    page.load(pupil.id)
    assert page.tabs.tabText(page.TAB_DOCUMENTS).replace("&", "") == "Dokumente"
    assert page.documents_panel is not None


def test_add_from_a_file_then_view_with_keys_and_no_file_appears(open_panel, ctx, qtbot, pupil, tmp_path,
                                                                  vault_dir, monkeypatch):
    source = tmp_path / "SPE Jugendamt.pdf"
    source.write_bytes(f.pdf(pages=2))
    panel = open_panel(pupil)
    dialog = panel.add_file(str(source))
    assert dialog.title.text() == "SPE Jugendamt"
    dialog.title.selectAll()
    QTest.keyClicks(dialog.title, "Schweigepflichtentbindung")
    dialog.kind.set_code("release")
    dialog.save()
    ran(qtbot)
    assert closed(dialog)
    assert panel.model.rowCount() == 1
    assert panel.model.item(0, 0).text() == "Schweigepflichtentbindung"
    assert panel.model.item(0, 3).text() == "die Person selbst"

    temp = tmp_path / "temp"   # where Python's tempfile and Qt's QDir.tempPath write now
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    before = _files(temp, vault_dir, Path.home())
    panel.table.selectRow(0)
    # a file-system watch: even a file written and removed again while she looks is seen
    with created_in(temp, vault_dir, vault_dir / "dokumente", Path.home()) as created:
        viewer = panel.view_selected()
        qtbot.waitExposed(viewer)
        assert viewer.position.text() == "Seite 1 von 2"
        assert viewer.page.accessibleName() == "Seite 1 von 2 – Schweigepflichtentbindung"
        QTest.keyClick(viewer.page, Qt.Key.Key_PageDown)
        assert viewer.position.text() == "Seite 2 von 2"
        width = viewer.page.image().width()
        QTest.keyClick(viewer.page, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        assert viewer.page.image().width() > width
        QTest.keyClick(viewer.page, Qt.Key.Key_PageUp)
        assert viewer.position.text() == "Seite 1 von 2"
        viewer.accept()
    assert created == []
    assert _files(temp, vault_dir, Path.home()) == before


def test_a_dropped_file_is_offered_and_a_hostile_one_refused_inline(open_panel, ctx, qtbot, pupil, tmp_path):
    panel = open_panel(pupil)
    bomb = tmp_path / "brief.docx"
    bomb.write_bytes(f.zip_bomb_docx())

    def drop(path: Path) -> None:
        data = QMimeData()
        data.setUrls([QUrl.fromLocalFile(str(path))])
        with warnings.catch_warnings():   # PySide marks the one constructor deprecated
            warnings.simplefilter("ignore", DeprecationWarning)
            enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                                    Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        assert QApplication.sendEvent(panel, enter) and enter.isAccepted()
        event = QDropEvent(QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, data,
                           Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(panel, event)

    drop(bomb)
    assert "„brief.docx“ wurde nicht übernommen" in panel.error.text()
    assert panel._dialog is None
    scan = tmp_path / "scan.png"
    scan.write_bytes(f.image("PNG"))
    drop(scan)
    dialog = panel._dialog
    assert dialog is not None and dialog.isVisible()
    dialog.save()
    ran(qtbot)
    assert [d.title for d in svc.documents_of_person(ctx.conn, pupil.id)] == ["scan"]


def test_delete_after_her_yes(open_panel, ctx, qtbot, pupil, monkeypatch):
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", "Brief", TODAY, f.pdf())
    panel = open_panel(pupil)
    answers = iter([False, True])
    monkeypatch.setattr(panel_module, "ask_yes_no", lambda *a, **k: next(answers))
    assert panel.delete_selected() is False and panel.model.rowCount() == 1
    assert panel.delete_selected() is True and panel.model.rowCount() == 0


def test_a_docx_is_not_shown_but_exported_after_her_yes(open_panel, ctx, qtbot, pupil, tmp_path, monkeypatch):
    data = f.docx()
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", "Brief", TODAY, data)
    panel = open_panel(pupil)
    assert panel.view_selected() is None
    assert "nur exportieren" in panel.error.text()
    target = tmp_path / "brief.docx"
    monkeypatch.setattr(export_module, "choose_save_file", lambda *a, **k: str(target))
    dialog = panel.export_selected()
    dialog.recipient.setCurrentText("Jugendamt")
    dialog.basis.set_code("4KKG")
    dialog.export()
    ran(qtbot)
    assert dialog.path == str(target) and target.read_bytes() == data


def test_the_source_is_shredded_only_when_she_ticks_it(open_panel, ctx, qtbot, pupil, tmp_path):
    panel = open_panel(pupil)
    kept, gone = tmp_path / "bleibt.png", tmp_path / "weg.png"
    for path in (kept, gone):
        path.write_bytes(f.image("PNG"))
    panel.add_file(str(kept)).save()
    ran(qtbot)
    dialog = panel.add_file(str(gone))
    dialog.shred.setFocus()
    QTest.keyClick(dialog.shred, Qt.Key.Key_Space)
    assert dialog.shred.isChecked()
    dialog.save()
    ran(qtbot)
    assert kept.exists() and not gone.exists()
    assert sorted(x.title for x in svc.documents_of_person(ctx.conn, pupil.id)) == ["bleibt", "weg"]


def test_a_viewer_closed_by_esc_is_gone_and_gives_its_memory_back(open_panel, ctx, qtbot, pupil,
                                                                    monkeypatch):
    """The viewer she closes is deleted (ui/common/modal.open_deleting), not kept as the
    panel's hidden child with its window's 2.2 MB, one more for each document she looked
    at; once deleted, what it freed goes back (``ui.memory``)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    from ssa_desktop.ui import memory

    trims = []
    monkeypatch.setattr(memory, "return_free_memory", lambda: trims.append(True))
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "release", "SPE", TODAY,
                     f.image("PNG"))
    panel = open_panel(pupil)
    panel.table.selectRow(0)
    viewer = panel.view_selected()
    qtbot.waitExposed(viewer)
    QTest.keyClick(viewer.page, Qt.Key.Key_Escape)
    assert not viewer.isVisible()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    assert not shiboken6.isValid(viewer)
    assert trims == [True]
    panel.clear()   # the panel's lock-time close finds the viewer gone


def test_every_dialog_the_panel_opens_is_gone_once_closed(open_panel, ctx, qtbot, pupil,
                                                          tmp_path):
    """Adding, exporting and printing a document: each dialog she closes by Esc is deleted,
    none stays the panel's hidden child (a window each, ≈ 2 MB)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "release", "SPE", TODAY, f.pdf())
    panel = open_panel(pupil)
    panel.table.selectRow(0)
    source = tmp_path / "scan.png"
    source.write_bytes(f.image("PNG"))
    for opened in (panel.add_file(str(source)), panel.export_selected(),
                   panel.print_selected()):
        qtbot.waitExposed(opened)
        QTest.keyClick(opened, Qt.Key.Key_Escape)
        assert not opened.isVisible()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        assert not shiboken6.isValid(opened)
    assert [d.title for d in svc.documents_of_person(ctx.conn, pupil.id)] == ["SPE"]
    panel.clear()


def test_a_long_file_name_leaves_the_dialog_and_its_buttons_in_sight(open_panel, ctx, qtbot,
                                                                      pupil, tmp_path):
    """A file with a long name (a download's, no spaces): „Dokument hinzufügen“ opens with
    its labels and „Speichern“ in sight; the name is shortened in the middle on screen,
    whole for the screen reader (it was one line wider than the dialog: the dialog scrolled
    sideways past „Art“ and „Titel“, and „Speichern“ lay below the scroll bar)."""
    from PySide6.QtWidgets import QLabel

    from tests.ui.shell.test_fits_small_screen import shown_size

    name = ("2026-11-21_Hilfeplanprotokoll_Jugendamt_Landkreis_Emmendingen_Familie_Sommer_"
            "Kim_Klasse_7b_unterschrieben_final_v3.pdf")
    source = tmp_path / name
    source.write_bytes(f.pdf())
    panel = open_panel(pupil)
    dialog = panel.add_file(str(source))
    qtbot.waitExposed(dialog)
    [label] = [w for w in dialog.findChildren(QLabel) if w.text().startswith("Datei: ")]
    for widget in (label, dialog.kind, dialog.title, dialog.save_button):
        assert shown_size(widget) == (widget.width(), widget.height())
    shown = label.text()
    assert shown.startswith("Datei: 2026-11-21_") and shown.endswith(".pdf (2 KB)")
    assert "…" in shown
    assert label.accessibleDescription() == f"Datei: {name} (2 KB)"


def test_delete_by_keys_only_is_said_once_done(open_panel, ctx, qtbot, pupil):
    """In the list: ↓ to the document, Alt+L, the question opens on „Nein“ (Enter or Esc
    keep it); Tab to „Löschen“, Leertaste. The list keeps the other one selected and the
    message line says what went (a screen reader hears it; before, nothing was said and the
    row just vanished)."""
    panel = panel_on_two_letters(open_panel, ctx, qtbot, pupil)
    gone = panel.selected().title
    asked: list = []

    def delete(box):   # the box's own focus: the application's may still be the list's
        asked.append((box.windowTitle(), words_of(box.focusWidget())))
        QTest.keyClick(box.focusWidget(), Qt.Key.Key_Tab)
        asked.append(words_of(box.focusWidget()))   # its visible text
        QTest.keyClick(box.focusWidget(), Qt.Key.Key_Space)

    answer(asked, delete)
    QTest.keyClick(panel.table, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)   # &Löschen …
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert asked == [f"Das Dokument „{gone}“ endgültig löschen? Sein Schlüssel wird gelöscht; "
                     "keine Sicherung kann es wieder lesbar machen.",
                     ("Dokument löschen", "Nein"), "Löschen"]
    assert gone not in [d.title for d in svc.documents_of_person(ctx.conn, pupil.id)]
    assert panel.selected() is not None and panel.selected().title != gone
    assert panel.message.text() == f"Das Dokument „{gone}“ ist gelöscht."
