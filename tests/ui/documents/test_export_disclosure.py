"""„Exportieren …“ in the Dokumente tab is a disclosure she confirms with real keys: whom it
goes to and on which legal basis, then the file she names (a synced folder warned); the
file and its Übermittlungsprotokoll entry come together, a refusal stays in the dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from ssa_desktop.domain.entities import Consent
from ssa_desktop.services import consents
from ssa_desktop.services import documents as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.common import files
from tests.support import document_files as f
from tests.ui.documents.conftest import TODAY, closed, ran


def _type(widget, text: str) -> None:
    widget.setFocus()
    QTest.keyClicks(widget, text)


def _log(ctx, pupil):
    return [(x.day, x.recipient, x.categories, x.legal_basis)
            for x in consents.disclosures_for_person(ctx.conn, pupil.id)]


def test_export_asks_whom_and_why_then_logs_it(open_panel, ctx, qtbot, pupil, tmp_path, monkeypatch):
    data = f.pdf()
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "release", "SPE", TODAY, data)
    repo.CONSENTS.insert(ctx.conn, Consent(pupil.id, "Jugendamt", date(2026, 1, 1)))
    target = tmp_path / "spe.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(target), ""))
    panel = open_panel(pupil)
    dialog = panel.export_selected()
    assert "Jugendamt" in [dialog.recipient.itemText(i) for i in range(dialog.recipient.count())]
    assert dialog.basis.code() == "consent"
    # to the school's head on „Einwilligung“: no consent names her, refused in the dialog
    _type(dialog.recipient.lineEdit(), "Schulleitung")
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    ran(qtbot)
    assert "nicht zulässig" in dialog.error.text() and dialog.isVisible()
    assert not target.exists() and _log(ctx, pupil) == []
    dialog.recipient.lineEdit().clear()
    _type(dialog.recipient.lineEdit(), "Jugendamt")
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    ran(qtbot)
    assert closed(dialog) and target.read_bytes() == data
    assert _log(ctx, pupil) == [(TODAY, "Jugendamt", ("document",), "consent")]
    assert "Übermittlungsprotokoll" in panel.message.text()


def test_a_synced_folder_is_warned_before_anything_is_written(open_panel, ctx, qtbot, pupil, tmp_path,
                                                              monkeypatch):
    cloud = tmp_path / "Cloud Jugendhilfe"
    cloud.mkdir()
    monkeypatch.setenv("OneDriveCommercial", str(cloud))
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", "Brief", TODAY, f.pdf())
    answers = iter([(str(cloud / "brief.pdf"), ""), ("", "")])   # warned, then she cancels
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: next(answers))
    asked = []
    monkeypatch.setattr(files, "ask_keep_synced",
                        lambda parent, path, root: asked.append(root.service) or False)
    panel = open_panel(pupil)
    dialog = panel.export_selected()
    _type(dialog.recipient.lineEdit(), "Beratungsstelle")
    dialog.basis.set_code("4KKG")
    QTest.keyClick(dialog.export_button, Qt.Key.Key_Space)
    assert asked == ["OneDrive for Business"]
    assert list(cloud.iterdir()) == [] and _log(ctx, pupil) == []
    assert dialog.isVisible()   # nothing lost: she may choose another place
    dialog.reject()


def test_cancel_writes_nothing(open_panel, ctx, qtbot, pupil, monkeypatch):
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", "Brief", TODAY, f.pdf())
    panel = open_panel(pupil)
    dialog = panel.export_selected()
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and _log(ctx, pupil) == []


def test_a_refusal_comes_before_the_file_dialog(open_panel, ctx, qtbot, pupil, monkeypatch):
    """No recipient, or „Einwilligung“ with none naming the recipient: refused in the
    dialog at Enter, before she picks a folder and a name (before, the file dialog came
    first and her choice was thrown away); the focus stays in the dialog."""
    svc.add_document(ctx.conn, svc.Owner("person", pupil.id), "letter", "Brief", TODAY, f.pdf())
    chosen = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: chosen.append(1) or ("", ""))
    panel = open_panel(pupil)
    dialog = panel.export_selected()
    dialog.recipient.setFocus()
    QTest.keyClick(dialog.recipient, Qt.Key.Key_Return)
    assert "an wen die Information ging" in dialog.error.text() and chosen == []
    _type(dialog.recipient.lineEdit(), "Schulleitung")
    QTest.keyClick(dialog.recipient, Qt.Key.Key_Return)
    assert "nicht zulässig" in dialog.error.text() and chosen == []
    assert dialog.isVisible() and _log(ctx, pupil) == []
