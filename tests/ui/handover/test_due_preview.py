"""The package previews list the persons already due for deletion with the rule's reason
and a choice per person – „nicht mitgeben" (default) or „trotzdem mitgeben" (Space) –
reached by its Alt key; the successor's vault then shows what she chose."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Appointment, Consent
from ssa_desktop.services import retention
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.handover.deputy_dialog import DeputyPackageDialog
from ssa_desktop.ui.handover.school_dialog import SchoolHandoverDialog
from tests.handover.test_due_persons import _due_pupil
from tests.services.test_handover import _person
from tests.support.handed_over import received
from tests.support.written import wait_written

TODAY = date(2026, 11, 23)
REASON = "fällig seit 31.07.2020 nach R2: Abgang + 0 Monate"


def _school_dialog(ctx, qtbot, tmp_path) -> SchoolHandoverDialog:
    out = tmp_path / "aus"
    out.mkdir()
    dialog = SchoolHandoverDialog(ctx, out)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _write(dialog, qtbot) -> None:
    QTest.keyClicks(dialog.successor, "Mara Ott")
    dialog.write_button.setFocus()
    QTest.keyClick(dialog.write_button, Qt.Key_Space)
    wait_written(qtbot, dialog)
    assert dialog.package is not None, dialog.error.text()


def _successor_due(result, tmp_path) -> tuple[set[str], int]:
    """The package read into a fresh vault: her pseudonyms and „Löschung fällig"."""
    with received(result, tmp_path, TODAY) as (successor, _receipt):
        return ({p.pseudonym for p in repo.PERSONS.all(successor.conn)},
                retention.count_due(successor.conn, today=TODAY).due)


def test_the_school_preview_lists_her_and_by_default_she_stays_home(ctx, qtbot, tmp_path):
    _due_pupil(ctx.conn)
    _person(ctx.conn, "Anna")
    with clock.frozen(TODAY):
        dialog = _school_dialog(ctx, qtbot, tmp_path)
        due = dialog.due
        assert due.isVisible()
        assert [due.model.item(0, c).text() for c in range(3)] == ["K-Alt", REASON,
                                                                    "nicht mitgeben"]
        assert due.model.item(0, 2).data(Qt.AccessibleTextRole) == (
            f"Trotzdem mitgeben: K-Alt ({REASON})")
        assert due.table.accessibleName() == "Zur Löschung fällige Personen"
        QTest.keyClick(dialog, Qt.Key_H, Qt.AltModifier)
        assert QApplication.focusWidget() is due.table
        _write(dialog, qtbot)
        assert "Nicht mitgegeben (zur Löschung fällig, bleiben bei Ihnen): K-Alt" in (
            dialog.info.text())
        pseudonyms, due_there = _successor_due(dialog.package, tmp_path)
    assert pseudonyms == {"P-Anna"}
    assert due_there == 0


def test_trotzdem_mitgeben_with_space_sends_her(ctx, qtbot, tmp_path):
    _due_pupil(ctx.conn)
    _person(ctx.conn, "Anna")
    with clock.frozen(TODAY):
        dialog = _school_dialog(ctx, qtbot, tmp_path)
        QTest.keyClick(dialog, Qt.Key_H, Qt.AltModifier)
        QTest.keyClick(dialog.due.table, Qt.Key_Space)
        assert dialog.due.model.item(0, 2).text() == "trotzdem mitgeben"
        _write(dialog, qtbot)
        assert "Nicht mitgegeben" not in dialog.info.text()
        pseudonyms, due_there = _successor_due(dialog.package, tmp_path)
    assert pseudonyms == {"K-Alt", "P-Anna"}
    assert due_there == 1


def test_the_deputy_preview_lists_her_and_leaves_her_out(ctx, qtbot, tmp_path):
    old = _due_pupil(ctx.conn)
    repo.CONSENTS.insert(ctx.conn, Consent(old.id, "Vertretung der Schulsozialarbeit",
                                           date(2026, 9, 1), deputy=True))
    repo.APPOINTMENTS.insert(ctx.conn, Appointment(date(2026, 11, 26), "10:00", "10:45",
                                                   person_id=old.id, school_id="school-1"))
    _person(ctx.conn, "Anna", appointment=date(2026, 11, 26))
    with clock.frozen(TODAY):
        dialog = DeputyPackageDialog(ctx, tmp_path)
        qtbot.addWidget(dialog)
        dialog.show()
        assert [dialog.due.model.item(0, c).text() for c in range(3)] == [
            "K-Alt", REASON, "nicht mitgeben"]
        assert "1 von 2 vorgeschlagenen Personen kommen ins Paket." == dialog.summary.text()
        QTest.keyClicks(dialog.deputy_name, "Jana Berger")
        dialog.write_button.setFocus()
        QTest.keyClick(dialog.write_button, Qt.Key_Space)
        wait_written(qtbot, dialog)
    assert dialog.package is not None, dialog.error.text()
    assert [d.person_id for d in dialog.package.left_out] == [old.id]
    assert len(dialog.package.persons) == 1
    assert "Nicht mitgegeben (zur Löschung fällig, bleiben bei Ihnen): K-Alt" in (
        dialog.key_intro.text())


def test_the_previews_with_a_due_person_fit_1280_by_720(ctx, qtbot, tmp_path):
    """Both dialogs at 1280×720 with the list shown, no text of it cut. With SSA_SHOTS=/folder
    they are saved as i45-due-*.png (QT_SCALE_FACTOR=2 for the 200 % shots)."""
    from tests.ui.shell.test_fits_small_screen import cut_texts

    old = _due_pupil(ctx.conn)
    repo.CONSENTS.insert(ctx.conn, Consent(old.id, "Vertretung der Schulsozialarbeit",
                                           date(2026, 9, 1), deputy=True))
    repo.APPOINTMENTS.insert(ctx.conn, Appointment(date(2026, 11, 26), "10:00", "10:45",
                                                   person_id=old.id, school_id="school-1"))
    _person(ctx.conn, "Anna", appointment=date(2026, 11, 26))
    with clock.frozen(TODAY):
        school = _school_dialog(ctx, qtbot, tmp_path)
        deputy = DeputyPackageDialog(ctx, tmp_path)
        qtbot.addWidget(deputy)
        for name, dialog in (("school", school), ("deputy", deputy)):
            dialog.resize(1280, 720)
            dialog.show()
            qtbot.waitExposed(dialog)
            assert dialog.due.isVisible()
            assert cut_texts(dialog.due) == [], name
            _shot(dialog, name)


def _shot(widget, name: str) -> None:
    folder = os.environ.get("SSA_SHOTS")
    if folder:
        scale = widget.devicePixelRatioF()
        suffix = f"-{round(scale * 100)}pct" if scale != 1 else ""
        widget.grab().save(str(Path(folder) / f"i45-due-{name}{suffix}.png"))
