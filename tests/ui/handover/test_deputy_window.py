"""The deputy's window: a colleague's package next to her own vault, marked, contacts
added with key events, the return written, closed at lock; expired packages swept."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.domain import handover as rules
from ssa_desktop.services import handover as svc
from ssa_desktop.services import retention
from ssa_desktop.ui.handover.deputy_window import DeputyAppointmentDialog, DeputyContactDialog
from ssa_desktop.ui.handover.panel import HandoverPanel
from tests.services.test_handover import _person
from tests.support.vaults import fresh_vault

TODAY = date(2026, 11, 23)
SHOTS = Path(os.environ["SSA_SHOTS"]) if os.environ.get("SSA_SHOTS") else None


def _colleagues_package(folder: Path):
    with fresh_vault() as colleague:
        a = _person(colleague.conn, "Anna", appointment=date(2026, 12, 2))
        return svc.create_deputy_package(
            colleague.conn, rules.Period(date(2026, 11, 30), date(2027, 1, 8)),
            rules.Deputy("Jana Berger", "SSA Nord"), [a.id], folder, for_name="Frau Albers",
            today=TODAY).value


def test_deputy_works_in_the_package_and_writes_the_return(ctx, qtbot, tmp_path):
    result = _colleagues_package(tmp_path)
    with clock.frozen(TODAY):
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        assert panel.open_package(result.path, "AB" * 32) is None
        assert "Paketschlüssel passt nicht" in panel.status.text()
        window = panel.open_package(result.path, result.key_text)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        assert window.banner.text().startswith("Vertretung für Frau Albers bis 08.01.2027")
        assert "Anna" not in window.windowTitle()
        assert window.cases_model.rowCount() == 1 and window.appts_model.rowCount() == 1
        dialog = DeputyContactDialog(window, TODAY)
        qtbot.addWidget(dialog)
        dialog.minutes.selectAll()
        QTest.keyClicks(dialog.minutes, "45")
        QTest.keyClicks(dialog.note, "Gespraech in der Vertretung")
        window.save_contact(dialog)
        assert window.contacts_model.rowCount() == 1
        assert window.contacts_model.item(0, 1).text() == "45"
        appt = DeputyAppointmentDialog(window, TODAY)
        qtbot.addWidget(appt)
        appt.end.selectAll()
        QTest.keyClicks(appt.end, "08:00")  # before the start: refused inline
        window.save_appointment(appt)
        assert "HH:MM" in window.status.text() and window.appts_model.rowCount() == 1
        appt.end.selectAll()
        QTest.keyClicks(appt.end, "10:00")
        window.save_appointment(appt)
        assert window.appts_model.rowCount() == 2
        if SHOTS:
            window.tabs.setCurrentIndex(4)
            window.grab().save(str(SHOTS / "vertretung-fenster.png"))
        out = tmp_path / "rueck"
        out.mkdir()
        window.write_return(out)
        assert "Rückgabe geschrieben" in window.status.text()
        [ret] = list(out.iterdir())
        pkg, info = svc.open_package(ret, result.key_text)
        pkg.close()
        assert info.kind == rules.KIND_RETURN
        assert info.counts == {"contact": 1, "appointment": 1}
        ctx.lock()
        assert window.pkg is None and window.persons_model.rowCount() == 0


def test_expired_package_is_swept_from_the_deputy_vault(ctx, qtbot, tmp_path):
    result = _colleagues_package(tmp_path)
    with clock.frozen(TODAY):
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        window = panel.open_package(result.path, result.key_text)
        window.close()
    with clock.frozen(date(2027, 1, 23)):
        panel.refresh()
        assert not result.path.exists()
        assert "abgelaufen und wurde gelöscht" in panel.status.text()
        [entry] = [e for e in retention.deletion_log(ctx.conn)
                   if e.category == "Vertretungspaket (Datei)"]
        assert entry.record_id == result.package_id
        panel.refresh()  # once only
        assert len([e for e in retention.deletion_log(ctx.conn)
                    if e.category == "Vertretungspaket (Datei)"]) == 1


def test_contact_needs_a_case(ctx, qtbot, tmp_path):
    result = _colleagues_package(tmp_path)
    with clock.frozen(TODAY):
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        window = panel.open_package(result.path, result.key_text)
        qtbot.addWidget(window)
        window.cases.clearSelection()
        window.cases.setFocus()
        QTest.keyClick(window.cases, Qt.Key_Escape)
        window.save_contact(DeputyContactDialog(window, TODAY))
        assert "Fall wählen" in window.status.text()
        window.close()
