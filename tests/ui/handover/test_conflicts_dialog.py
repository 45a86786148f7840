"""„Abweichende Einträge entscheiden“ in her words: per entry what it is (date, person,
kind), each differing field by its German name with her value and the file's, then
her choice by keyboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from ssa_desktop.domain import clock
from ssa_desktop.services import handover as svc
from ssa_desktop.services import handover_deputy_work, handover_return
from ssa_desktop.services.interchange_merge import KEEP_MINE, TAKE_THEIRS, Conflict
from ssa_desktop.storage import repositories as repo
from ssa_desktop.ui.handover.conflicts_dialog import ConflictsDialog
from tests.services.test_handover import _package

TODAY = date(2026, 11, 23)


def _cells(dialog, row: int) -> list[str]:
    return [dialog.table.item(row, c).text() for c in range(4)]


def test_each_field_with_both_values_and_the_choice_by_keyboard(qtbot):
    """The dialog shows the values as the merge words them (``interchange_merge.display``,
    the one place): labels, not codes."""
    conflicts = [
        Conflict("appointment", ("a1",), "tables.appointment[0]", ("room", "status"),
                 what="Termin am 03.12.2026, 10:00–10:45, P-Anna",
                 values=(("room", "1.12", "2.04"), ("status", "geplant", "wahrgenommen"))),
        Conflict("contact", ("k1",), "tables.contact[0]", ("kind", "topics"),
                 what="Kontakt am 02.12.2026, P-Ben",
                 values=(("kind", "Einzelberatung", "Telefonat"),
                         ("topics", "Familie / familiäre Probleme",
                          "Familie / familiäre Probleme, Schulprobleme / Schulvermeidung"))),
    ]
    dialog = ConflictsDialog(conflicts)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert [dialog.table.horizontalHeaderItem(c).text() for c in range(5)] == [
        "Eintrag", "Feld", "Bei Ihnen", "In der Datei", "Entscheidung"]
    assert _cells(dialog, 0) == ["Termin am 03.12.2026, 10:00–10:45, P-Anna", "Raum\nStatus",
                                 "1.12\ngeplant", "2.04\nwahrgenommen"]
    assert _cells(dialog, 1) == ["Kontakt am 02.12.2026, P-Ben", "Art\nThemen",
                                 "Einzelberatung\nFamilie / familiäre Probleme",
                                 "Telefonat\nFamilie / familiäre Probleme, "
                                 "Schulprobleme / Schulvermeidung"]
    assert "P-Anna" in dialog.choices[0].accessibleName()
    assert "bei Ihnen 1.12, geplant" in dialog.choices[0].accessibleDescription()
    assert QApplication.focusWidget() is dialog.choices[0]
    QTest.keyClick(dialog.choices[0], Qt.Key_Down)  # "Aus der Datei übernehmen"
    QTest.keyClick(dialog.choices[0], Qt.Key_Tab)
    assert QApplication.focusWidget() is dialog.choices[1]
    QTest.keyClick(dialog.choices[1], Qt.Key_E, Qt.AltModifier)  # "&Entscheiden"
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.resolutions() == {"appointment:a1": TAKE_THEIRS, "contact:k1": KEEP_MINE}


def test_values_in_her_words_in_one_place():
    """Review finding 10: the merge words the values and the fields once; the CLI's text
    and the dialog show the same."""
    from ssa_desktop.services.interchange_merge import display

    assert display("appointment", "day", date(2026, 12, 3)) == "03.12.2026"
    assert display("appointment", "status", "cancelled") == "abgesagt"
    assert display("contact", "participants", ("pupil", "parent")) == (
        "Schüler:in, Eltern / Erziehungsberechtigte")
    assert display("appointment", "note", "") == "—"
    conflict = Conflict("contact", ("k1",), "tables.contact[0]", ("duration_min", "written_by"),
                        what="Einzelberatung am 02.12.2026, P-Ben",
                        values=(("duration_min", "30", "45"),
                                ("written_by", "—", "Jana Berger (Vertretung)")))
    dialog = ConflictsDialog([conflict])
    assert _cells(dialog, 0)[1:] == ["Dauer (Minuten)\neingetragen von", "30\n—",
                                     "45\nJana Berger (Vertretung)"]
    assert "Dauer (Minuten): bei Ihnen „30“" in str(conflict)


def test_a_real_return_whose_appointment_differs_from_hers(ctx, qtbot, tmp_path):
    """The deputy marks the appointment wahrgenommen while the worker, in her vault, has
    cancelled it: both changed the same field, so reading the return asks her, and the
    dialog shows the entry (date, time, person), the field Status and both values."""
    out = tmp_path / "out"
    out.mkdir()
    with clock.frozen(TODAY):
        _a, result = _package(ctx.conn, out)
    working = date(2026, 12, 5)      # the appointment (02.12.) has begun: she may mark it
    with clock.frozen(working):
        pkg, _ = svc.open_package(result.path, result.key_text, today=working, writable=True)
        [appt] = handover_deputy_work.deputy_overview(pkg).appointments
        handover_deputy_work.deputy_set_appointment_status(pkg, appt.id, "attended")
        pkg.close()
        mine = repo.APPOINTMENTS.get(ctx.conn, appt.id)
        mine.status = "cancelled"
        repo.APPOINTMENTS.update(ctx.conn, mine)
        ret = handover_deputy_work.write_return(result.path, result.key_text, out / "r.ssapaket", today=working)
        merged = handover_return.import_return(ctx.conn, ret.path, today=working)
    [conflict] = merged.conflicts
    dialog = ConflictsDialog(merged.conflicts)
    qtbot.addWidget(dialog)
    entry, fields, mine_text, theirs = _cells(dialog, 0)
    assert fields.split("\n") == ["Status"]
    assert entry == conflict.what and "02.12.2026" in entry and "10:00" in entry
    assert (mine_text, theirs) == ("abgesagt", "wahrgenommen")
