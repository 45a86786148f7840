"""Dialog "Vertretungspaket erstellen": real key events, the proposal, the key once."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain import clock
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.handover.deputy_dialog import DeputyPackageDialog
from ssa_desktop.ui.handover.panel import HandoverPanel
from tests.services.test_handover import _person
from tests.support import questions
from tests.support.written import wait_written

TODAY = date(2026, 11, 23)
SHOTS = Path(os.environ["SSA_SHOTS"]) if os.environ.get("SSA_SHOTS") else None


def test_create_with_keys_removes_one_and_shows_the_key_once(ctx, qtbot, tmp_path):
    anna = _person(ctx.conn, "Anna")
    ben = _person(ctx.conn, "Ben", case=None, appointment=date(2026, 12, 2))
    _person(ctx.conn, "Cem", consent=False)
    with clock.frozen(TODAY):
        dialog = DeputyPackageDialog(ctx, tmp_path)
        qtbot.addWidget(dialog)
        dialog.resize(1366, 768)
        dialog.show()
        assert dialog.model.rowCount() == 2  # Cem has no consent
        assert [dialog.model.item(r, 0).text() for r in range(2)] == ["P-Anna", "P-Ben"]
        QTest.keyClicks(dialog.deputy_name, "Jana Berger")
        QTest.keyClicks(dialog.deputy_role, "SSA Nord")
        QTest.keyClicks(dialog.for_name, "Frau Albers")
        if SHOTS:
            dialog.grab().save(str(SHOTS / "vertretungspaket-dialog.png"))
        dialog.table.setFocus()
        dialog.table.setCurrentIndex(dialog.model.index(1, 0))
        QTest.keyClick(dialog.table, Qt.Key_Space)  # Ben stays at home
        assert dialog.chosen() == [anna.id]
        assert "1 von 2" in dialog.summary.text()
        dialog.write_button.setFocus()
        QTest.keyClick(dialog.write_button, Qt.Key_Space)
        wait_written(qtbot, dialog)
        assert dialog.pages.currentIndex() == 1, dialog.error.text()
        assert [d.person_id for d in repo.DISCLOSURES.all(ctx.conn)] == [anna.id]
        assert ben.id not in dialog.package.persons
        key = dialog.package.key_text
        assert dialog.key_label.text().split() == key.split()
        dialog.write_sheet(tmp_path / "blatt.pdf")
        assert (tmp_path / "blatt.pdf").read_bytes().startswith(b"%PDF")
        if SHOTS:
            dialog.grab().save(str(SHOTS / "vertretungspaket-schluessel.png"))
        dialog.accept()
        assert dialog.key_label.text() == ""  # not kept on screen


def test_no_deputy_name_is_refused_inline(ctx, qtbot, tmp_path):
    _person(ctx.conn, "Anna")
    with clock.frozen(TODAY):
        dialog = DeputyPackageDialog(ctx, tmp_path)
        qtbot.addWidget(dialog)
        dialog.write()
        wait_written(qtbot, dialog)
    assert "Namen der Vertretung" in dialog.error.text()
    assert list(tmp_path.iterdir()) == [] or all(p.name == "tresor" for p in tmp_path.iterdir())
    assert repo.DISCLOSURES.count(ctx.conn) == 0


def test_panel_lists_packages_and_clears_on_lock(ctx, qtbot, tmp_path):
    _person(ctx.conn, "Anna")
    with clock.frozen(TODAY):
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        dialog = panel.create_package()
        dialog.deputy_name.setText("Jana Berger")
        dialog.folder.setText(str(tmp_path))
        dialog.write()
        wait_written(qtbot, dialog)
        dialog.accept()
        panel.refresh()
    assert panel.model.rowCount() == 1
    assert panel.model.item(0, 0).text() == "Vertretungspaket"
    panel.read_return(tmp_path / "fehlt.ssapaket")
    qtbot.waitUntil(lambda: not panel.reading, timeout=20000)
    assert "gibt es nicht" in panel.status.text()
    ctx.lock()
    assert panel.model.rowCount() == 0


def test_the_returns_conflicts_are_decided_in_the_dialog(ctx, qtbot, tmp_path):
    """The deputy and the worker both changed an appointment: reading the return lists it and
    asks; with real keys she takes the deputy's version (Pfeil runter, Enter) and the
    appointment becomes the deputy's; nothing else changes."""

    from ssa_desktop.services import handover as svc
    from ssa_desktop.services import handover_deputy_work
    from ssa_desktop.ui.handover.conflicts_dialog import ConflictsDialog
    from tests.services.test_handover import _package

    out = tmp_path / "out"
    out.mkdir()
    with clock.frozen(TODAY):
        _a, result = _package(ctx.conn, out)
        pkg, _ = svc.open_package(result.path, result.key_text, today=TODAY, writable=True)
        [appt] = repo.APPOINTMENTS.all(pkg)
        handover_deputy_work.deputy_set_appointment_status(pkg, appt.id, "missed")  # the deputy marks it
        pkg.close()
        ret = handover_deputy_work.write_return(result.path, result.key_text, out / "r.ssapaket", today=TODAY)
        mine = repo.APPOINTMENTS.get(ctx.conn, appt.id)  # she changed it too: a conflict
        mine.status = "cancelled"
        repo.APPOINTMENTS.update(ctx.conn, mine)
        panel = HandoverPanel(ctx)
        qtbot.addWidget(panel)
        seen = []

        def answer(dialog):
            seen.append([dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())])
            QTest.keyClick(dialog.choices[0], Qt.Key_Down)  # "Aus der Datei übernehmen"
            QTest.keyClick(dialog.choices[0], Qt.Key_Return)

        questions.when_open(ConflictsDialog, answer)
        panel.read_return(ret.path)
        qtbot.waitUntil(lambda: not panel.reading, timeout=20000)
    assert seen == [["Status"]]  # her words, not the column name "status"
    assert repo.APPOINTMENTS.get(ctx.conn, appt.id).status == "missed"
    assert "NICHT überschrieben" not in panel.status.text()
    # read completely during the Vertretung: the key stays for a later return (finding 3)
    assert "Paketschlüssel bleibt" in panel.status.text()
