"""Handing on one school in the GUI: package with the key once, the successor's import
with its receipt, and the deletion only after the receipt."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain import handover as rules
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.handover.panel import HandoverPanel
from ssa_desktop.ui.handover.school_dialog import SchoolHandoverDialog
from tests.services.test_handover import _person
from tests.support.vaults import fresh_vault

TODAY = date(2026, 11, 23)


def test_school_package_with_key_events_then_receipt_deletes(ctx, qtbot, tmp_path):
    _person(ctx.conn, "Anna")
    out = tmp_path / "aus"
    out.mkdir()
    with clock.frozen(TODAY):
        dialog = SchoolHandoverDialog(ctx, out)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.write()
        assert "Namen der Nachfolge" in dialog.error.text()
        QTest.keyClicks(dialog.successor, "Mara Ott")
        dialog.write_button.setFocus()
        QTest.keyClick(dialog.write_button, Qt.Key_Space)
        assert dialog.result is not None and dialog.key_label.text()
        dialog.write_sheet(tmp_path / "blatt.pdf")
        assert (tmp_path / "blatt.pdf").read_bytes().startswith(b"%PDF")
        assert repo.PERSONS.count(ctx.conn) == 1  # nothing deleted without a receipt
        result = dialog.result
        dialog.accept()
        assert dialog.key_label.text() == ""
        with fresh_vault() as successor:
            _merged, receipt = svc.receive_school_package(successor.conn, result.path,
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
            result = svc.create_school_package(colleague.conn, "school-1",
                                               rules.Deputy("Mara Ott"), tmp_path).value
    panel = HandoverPanel(ctx)
    qtbot.addWidget(panel)
    panel.receive_school(result.path, result.key_text, tmp_path)
    qtbot.waitUntil(lambda: "Empfangsquittung geschrieben" in panel.status.text(),
                    timeout=20000)
    assert list(tmp_path.glob("*.ssaquittung"))
    assert repo.PERSONS.count(ctx.conn) == 1
