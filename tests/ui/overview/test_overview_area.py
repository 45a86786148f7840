"""Übersicht: header, today's appointments, open § 8a procedures (overdue red), drafts,
deadlines; Enter on a line navigates."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Appointment, Consent
from ssa_desktop.services import child_protection as cp
from ssa_desktop.services import consents
from ssa_desktop.ui.overview.area import ID_ROLE, OverviewArea

TODAY = date(2026, 11, 20)  # a Friday


@pytest.fixture(autouse=True)
def _friday():
    clock.set_clock(clock.fixed(TODAY))   # the conftest's _system_clock puts it back


def _area(ctx, qtbot):
    area = OverviewArea(ctx)
    qtbot.addWidget(area)
    area.resize(1100, 800)
    area.show()
    return area


def test_header_procedures_and_deadlines(ctx, qtbot, pupil):
    proc = cp.start_procedure(ctx.conn, pupil.id, date(2026, 11, 10))
    cp.add_step(ctx.conn, proc.id, "2", date(2026, 11, 12), "ich", "x", due=date(2026, 11, 18))
    consents.save_consent(ctx.conn, Consent(pupil.id, "Herr Roth", date(2026, 9, 1),
                                            valid_to=date(2026, 11, 30)))
    area = _area(ctx, qtbot)
    assert area.header.text() == "Heute, Freitag, 20.11.2026"
    item = area.procedures.model.item(0)
    assert item.text().startswith("Überfällig: K-17 (7b): Schritt 3") and "bis 18.11.2026" in item.text()
    assert item.foreground().color().name() == "#b00020"
    assert "Sommer" not in item.text()
    assert "Herr Roth" in area.deadlines.model.item(0).text()
    area.procedures.view.setFocus()
    with qtbot.waitSignal(ctx.navigate) as blocker:
        qtbot.keyClick(area.procedures.view, Qt.Key_Return)
    assert blocker.args == ["persons", pupil.id]


def test_appointments_and_drafts_when_services_exist(ctx, qtbot, pupil):
    from ssa_desktop.services import appointments, notes
    appointments.save_appointment(ctx.conn, Appointment(TODAY, "09:40", "10:10", person_id=pupil.id,
                                                        school_id="school-1", room="12"))
    notes.save_draft(ctx.conn, "draft-1", "contact", {"note": "halb"})
    area = _area(ctx, qtbot)
    text = area.appointments.model.item(0).text()
    assert text.startswith("09:40") and "K-17 (7b)" in text and "Raum 12" in text and "Kim" not in text
    assert area.drafts.model.rowCount() == 1
    assert area.slips_button.isEnabled()


def test_the_drafts_line_says_the_clocks_time(ctx, qtbot, pupil):
    """One clock: set to Monday 09:41, the header says Monday and the draft saved then
    says 09:41 on that day (the area had a "today" of its own beside the clock)."""
    from ssa_desktop.services import notes

    clock.set_clock(clock.fixed(datetime(2026, 11, 23, 9, 41)))
    notes.save_draft(ctx.conn, "draft-1", "quick_entry", {"person_id": pupil.id, "note": "halb"})
    area = _area(ctx, qtbot)
    assert area.header.text() == "Heute, Montag, 23.11.2026"
    assert area.drafts.model.item(0).text() == "Entwurf: Kontakt mit K-17 (7b) vom 23.11.2026 09:41"


def test_lock_clears(ctx, qtbot, pupil):
    cp.start_procedure(ctx.conn, pupil.id, TODAY)
    area = _area(ctx, qtbot)
    assert area.procedures.model.rowCount() == 1
    ctx.lock()
    assert area.procedures.model.rowCount() == 0 and area.header.text() == ""


def test_double_click_on_a_draft_opens_that_draft(ctx, qtbot, pupil):
    from PySide6.QtTest import QTest

    from ssa_desktop.services import notes
    notes.save_draft(ctx.conn, "draft-old", "quick_entry",
                     {"person_id": pupil.id, "observation": "Der ältere Entwurf"})
    notes.save_draft(ctx.conn, "draft-new", "quick_entry",
                     {"person_id": pupil.id, "observation": "Der neuere Entwurf"})
    area = _area(ctx, qtbot)
    model = area.drafts.model
    row = next(r for r in range(model.rowCount()) if model.item(r).data(ID_ROLE) == "draft-old")
    rect = area.drafts.view.visualRect(model.index(row, 0))
    viewport = area.drafts.view.viewport()
    QTest.mouseClick(viewport, Qt.LeftButton, pos=rect.center())
    QTest.mouseDClick(viewport, Qt.LeftButton, pos=rect.center())
    dialog = area._quick_entry
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.note.values()[0] == "Der ältere Entwurf"
    assert dialog.picker.person_id() == pupil.id
    assert not dialog.draft_bar.isVisible()
    dialog.note.clear()


def test_a_typed_draft_and_an_emptied_one_reach_the_overview_at_once(ctx, qtbot, pupil):
    """Issue 65: the autosave wrote and deleted its draft beside the runner, so the
    Übersicht learnt of it only at the next other change."""
    from PySide6.QtTest import QTest

    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog

    area = _area(ctx, qtbot)
    dialog = QuickEntryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.picker.set_person(pupil.id)
    QTest.keyClicks(dialog.note.observation, "Kim erzaehlt")
    assert dialog.autosaver.flush()
    assert area.drafts.model.rowCount() == 1
    dialog.note.clear()
    assert not dialog.autosaver.flush()   # nothing typed: the draft goes
    assert area.drafts.model.rowCount() == 0


def test_a_saved_entry_leaves_no_ghost_draft(ctx, qtbot, pupil):
    """Issue 16 item 9: after the entry was saved the Übersicht still listed its draft for
    ~3 s (the draft was deleted without telling the other windows)."""
    from PySide6.QtTest import QTest

    from ssa_desktop.services import notes
    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog

    area = _area(ctx, qtbot)
    dialog = QuickEntryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.picker.set_person(pupil.id)
    dialog.note.observation.setFocus()
    QTest.keyClicks(dialog.note.observation, "Kim erzaehlt vom Streit")
    assert dialog.autosaver.flush()
    assert area.drafts.model.rowCount() == 1   # listed while she types
    dialog.save()
    assert dialog.saved_contact_id and notes.pending_drafts(ctx.conn) == []
    assert area.drafts.model.rowCount() == 0  # at once, not after the next change


def test_typing_on_reloads_the_drafts_only_when_their_line_changes(ctx, qtbot, pupil):
    """The autosave (every 3 s while she types) announced each write as a draft change:
    the Übersicht listed its drafts again and recounted the deliveries' findings each
    time, and its keyboard place went back to the first line. Now only a draft that
    appears or goes, or whose line changes (its minute), reloads them."""
    from ssa_desktop.ui.quick_entry.dialog import QuickEntryDialog

    area = _area(ctx, qtbot)
    dialog = QuickEntryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.picker.set_person(pupil.id)
    dialog.note.observation.setFocus()
    reloads: list[int] = []
    area.drafts.model.modelReset.connect(lambda: reloads.append(1))
    try:
        _type_on(dialog, area, reloads)
    finally:
        dialog.note.clear()   # closed at the end without asking


def _type_on(dialog, area, reloads):
    from PySide6.QtTest import QTest

    QTest.keyClicks(dialog.note.observation, "Kim")
    assert dialog.autosaver.flush()
    assert (len(reloads), area.drafts.model.rowCount()) == (1, 1)   # the draft appears
    for words in (" erzaehlt", " vom", " Streit"):
        QTest.keyClicks(dialog.note.observation, words)
        assert dialog.autosaver.flush()
    assert len(reloads) == 1                      # only its text changed
    line = area.drafts.model.item(0).text()
    clock.set_clock(clock.fixed(datetime(2026, 11, 20, 12, 1)))   # _friday: 12:00
    QTest.keyClicks(dialog.note.observation, " am Morgen")
    assert dialog.autosaver.flush()
    assert len(reloads) == 2                      # a minute later: the line says so
    assert area.drafts.model.item(0).text() == line.replace("12:00", "12:01")
    dialog.note.clear()
    assert not dialog.autosaver.flush()
    assert (len(reloads), area.drafts.model.rowCount()) == (3, 0)   # emptied: it goes


def test_a_consent_that_lapsed_while_she_was_away_stands_red(ctx, qtbot, pupil, tmp_path):
    """Ended on 15.10. (36 days before this Friday), the case still open: red, and Enter
    leads to the person; with SSA_SHOTS=/folder the tile is saved (1280×720; run with
    QT_SCALE_FACTOR=2 for 200 %)."""
    import os

    from ssa_desktop.domain.entities import Case
    from ssa_desktop.services import persons
    persons.save_case(ctx.conn, Case(pupil.id, date(2026, 9, 15), school_id="school-1"))
    consents.save_consent(ctx.conn, Consent(pupil.id, "Herr Roth", date(2026, 9, 1),
                                            valid_to=date(2026, 10, 15)))
    area = _area(ctx, qtbot)
    area.resize(1280, 720)
    item = area.deadlines.model.item(0)
    assert item.text() == "Überfällig: Einwilligung K-17 → Herr Roth abgelaufen am 15.10.2026"
    assert item.foreground().color().name() == "#b00020"
    if folder := os.environ.get("SSA_SHOTS"):
        area.grab().save(f"{folder}/s18-lapsed-consent-{round(area.devicePixelRatioF() * 100)}.png")
    area.deadlines.view.setFocus()
    with qtbot.waitSignal(ctx.navigate) as blocker:
        qtbot.keyClick(area.deadlines.view, Qt.Key_Return)
    assert blocker.args == ["persons", pupil.id]
