"""After a confirmed school handover the Datenschutz area still loads: the rows deleted
alone (their person stays) are listed as deleted, the deletion log shows the handover,
and the receipt check says only its own result – through the real panel on a real
vault."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import handover_school
from ssa_desktop.services import retention as svc
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.common.messages import GENERIC_ERROR
from ssa_desktop.ui.handover.panel import HandoverPanel
from tests.services.test_handover import _person
from tests.support.vaults import fresh_vault
from tests.ui.privacy.shared import shown_area

TODAY = date(2026, 11, 23)


def test_after_the_receipt_the_datenschutz_lists_show_the_handover(ctx, qtbot, tmp_path,
                                                                    capsys):
    anna = _person(ctx.conn, "Anna")
    out = tmp_path / "aus"
    out.mkdir()
    with clock.frozen(TODAY):
        result = handover_school.create_school_package(ctx.conn, "school-1",
                                                       rules.Deputy("Mara Ott"), out)
        # a contact after the package: Anna stays, her handed-over rows go alone
        [case] = repo.CASES.select(ctx.conn, "person_id = ?", (anna.id,))
        repo.CONTACTS.insert(ctx.conn, Contact(TODAY, "EB", 20, school_id="school-1",
                                               person_id=anna.id, case_id=case.id,
                                               note="Nach dem Paket"))
        with fresh_vault() as successor:
            _merged, receipt = handover_school.receive_school_package(
                successor.conn, result.path, result.key_text, tmp_path)
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        panel.show()
        panel.read_receipt(receipt)
        qtbot.waitUntil(lambda: "bleiben bei Ihnen" in panel.status.text(), timeout=20000)
        area = shown_area(ctx, qtbot)
    assert GENERIC_ERROR not in panel.status.text()
    assert GENERIC_ERROR not in area.status.text()
    assert "unerwarteter Fehler" not in capsys.readouterr().err
    assert area.header.text().startswith("Stand")
    kinds = [area.all_model.text(r, 0) for r in range(area.all_model.rowCount())]
    assert "An die Nachfolge übergebener Eintrag" in kinds
    log = [[area.log_model.text(r, c) for c in range(5)]
           for r in range(area.log_model.rowCount())]
    assert any(row[2] == "Übergabe an die Nachfolge (Schule)" for row in log), log
    assert svc.snapshot(ctx.conn).log   # the service the deletion log's print reads
    # Anna's new contact stayed: the follow-up package is offered; she answers „Später“
    box = panel.follow_up_box
    assert box.isVisible()
    QTest.keyClick(box, Qt.Key_Escape)
    assert not box.isVisible()
