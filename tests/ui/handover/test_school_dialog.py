"""Handing on one school in the GUI: package with the key once, the successor's import
with its receipt, and the deletion only after the receipt."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain import handover as rules
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_confirm, handover_school
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.handover.panel import HandoverPanel
from ssa_desktop.ui.handover.school_dialog import SchoolHandoverDialog
from tests.services.test_handover import _person
from tests.support.vaults import fresh_vault
from tests.support.written import wait_written

TODAY = date(2026, 11, 23)


def shown_dialog(ctx, qtbot, tmp_path) -> tuple[SchoolHandoverDialog, Path]:
    """„Schulübergabe“ shown, writing into a fresh folder ``aus`` (the caller sets the day)."""
    out = tmp_path / "aus"
    out.mkdir()
    dialog = SchoolHandoverDialog(ctx, out)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, out


def test_school_package_with_key_events_then_receipt_deletes(ctx, qtbot, tmp_path):
    _person(ctx.conn, "Anna")
    with clock.frozen(TODAY):
        dialog, out = shown_dialog(ctx, qtbot, tmp_path)
        dialog.write()
        wait_written(qtbot, dialog)
        assert "Namen der Nachfolge" in dialog.error.text()
        QTest.keyClicks(dialog.successor, "Mara Ott")
        dialog.write_button.setFocus()
        QTest.keyClick(dialog.write_button, Qt.Key_Space)
        wait_written(qtbot, dialog)
        assert dialog.package is not None and dialog.key_label.text()
        assert dialog.result() == 0   # QDialog.result() is Qt's still, not the package
        dialog.write_sheet(tmp_path / "blatt.pdf")
        assert (tmp_path / "blatt.pdf").read_bytes().startswith(b"%PDF")
        assert repo.PERSONS.count(ctx.conn) == 1  # nothing deleted without a receipt
        result = dialog.package
        dialog.accept()
        assert dialog.key_label.text() == ""
        with fresh_vault() as successor:
            _merged, receipt = handover_school.receive_school_package(successor.conn, result.path,
                                                                      result.key_text, tmp_path)
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        panel.read_receipt(receipt)
        qtbot.waitUntil(lambda: "Quittung geprüft" in panel.status.text(), timeout=20000)
    assert repo.PERSONS.count(ctx.conn) == 0


def test_successor_reads_a_school_package_in_the_panel(ctx, qtbot, tmp_path):
    with fresh_vault() as colleague:
        _person(colleague.conn, "Anna")
        with clock.frozen(TODAY):
            result = handover_school.create_school_package(colleague.conn, "school-1",
                                                           rules.Deputy("Mara Ott"), tmp_path)
    panel = HandoverPanel(ctx)
    qtbot.addWidget(panel)
    panel.receive_school(result.path, result.key_text, tmp_path)
    qtbot.waitUntil(lambda: "Empfangsquittung geschrieben" in panel.status.text(),
                    timeout=20000)
    assert list(tmp_path.glob("*.ssaquittung"))
    assert repo.PERSONS.count(ctx.conn) == 1


def test_after_the_receipt_a_follow_up_package_is_offered(ctx, qtbot, tmp_path):
    """Issue 28: what was added at the school after the package stays, she is told so and
    offered a follow-up package of that school, which carries exactly what stayed."""
    from PySide6.QtWidgets import QMessageBox

    from ssa_desktop.domain.entities import Contact

    anna = _person(ctx.conn, "Anna")
    out = tmp_path / "aus"
    out.mkdir()
    with clock.frozen(TODAY):
        result = handover_school.create_school_package(ctx.conn, "school-1", rules.Deputy("Mara Ott"),
                                                       out)
        [case] = repo.CASES.select(ctx.conn, "person_id = ?", (anna.id,))
        repo.CONTACTS.insert(ctx.conn, Contact(TODAY, "EB", 20, school_id="school-1",
                                               person_id=anna.id, case_id=case.id,
                                               note="Nach dem Paket"))
        with fresh_vault() as successor:
            _merged, receipt = handover_school.receive_school_package(successor.conn, result.path,
                                                                      result.key_text, tmp_path)
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        panel.show()
        panel.read_receipt(receipt)
        qtbot.waitUntil(lambda: "bleiben bei Ihnen" in panel.status.text(), timeout=20000)
        assert "3 Einträge nach dem Paket" in panel.status.text()  # person, case, contact
        assert "Paketschlüssel ist aus dem Tresor entfernt" in panel.status.text()
        box = panel.follow_up_box
        assert isinstance(box, QMessageBox) and box.isVisible()
        button = box.defaultButton()
        assert button.text() == "Folgepaket schreiben …"
        button.setFocus()
        QTest.keyClick(button, Qt.Key_Space)
        dialog = panel._dialog
        assert isinstance(dialog, SchoolHandoverDialog)
        assert dialog.school.currentData() == "school-1"
        QTest.keyClicks(dialog.successor, "Mara Ott")
        dialog.write_button.setFocus()
        QTest.keyClick(dialog.write_button, Qt.Key_Space)
        wait_written(qtbot, dialog)
        assert dialog.package.counts["Kontakte"] == 1 and dialog.package.counts["Personen"] == 1
        dialog.accept()


def test_the_unlock_finishes_an_interrupted_receipt_and_says_so(ctx, qtbot, tmp_path,
                                                                monkeypatch):
    """Issue 28: a kill after the receipt's transaction (before the checkpoint and the
    shredding) is finished by the unlock's upkeep, with a status line."""
    from ssa_desktop.ui.privacy.unlock_tasks import run_unlock_tasks

    _person(ctx.conn, "Anna")
    out = tmp_path / "aus"
    out.mkdir()
    with clock.frozen(TODAY):
        result = handover_school.create_school_package(ctx.conn, "school-1", rules.Deputy("Mara Ott"),
                                                       out)
        inbox = tmp_path / "eingang"
        inbox.mkdir()
        (inbox / "p.ssapaket").write_bytes(result.path.read_bytes())
        with fresh_vault() as successor:
            _merged, receipt = handover_school.receive_school_package(successor.conn, inbox / "p.ssapaket",
                                                                      result.key_text, tmp_path)

        def killed(_conn):
            raise KeyboardInterrupt("killed before the checkpoint")

        with monkeypatch.context() as m:
            m.setattr(svc.retention, "settle_after", killed)
            try:
                handover_confirm.confirm_school_handover(ctx.conn, receipt)
            except KeyboardInterrupt:
                pass
    assert result.path.exists() and repo.PERSONS.count(ctx.conn) == 0
    said = []
    ctx.status_message.connect(said.append)
    run_unlock_tasks(ctx)
    qtbot.waitUntil(lambda: any("unterbrochene Schulübergabe" in s for s in said),
                    timeout=20000)
    assert not result.path.exists()


def test_a_package_that_cannot_start_gives_the_write_button_back(ctx, qtbot, tmp_path,
                                                                  monkeypatch):
    """The runner refuses the task (``start_task`` raises): „Paket schreiben“ comes back
    and the step bar goes. Before: the button was switched off before ``ctx.perform``
    and stayed off for good."""
    _person(ctx.conn, "Anna")
    with clock.frozen(TODAY):
        dialog, out = shown_dialog(ctx, qtbot, tmp_path)
        QTest.keyClicks(dialog.successor, "Mara Ott")

        def refused(*_args, **_kwargs):
            raise RuntimeError("the runner refused")
        monkeypatch.setattr("ssa_desktop.ui.context.start_task", refused)
        with pytest.raises(RuntimeError):
            dialog.write()
        assert dialog.write_button.isEnabled() and not dialog.steps.isVisible()
