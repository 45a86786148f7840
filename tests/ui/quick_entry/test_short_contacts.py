"""Kurzkontakte can be seen and corrected; the statistics record and the time entry follow
the correction (issue: they could be entered but not seen anywhere)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from ssa_desktop.domain.entities import ShortContact
from ssa_desktop.services import activities
from ssa_desktop.storage import repositories as repo
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("frozen_clock")


def test_list_and_correct_a_short_contact(conn, qtbot, short_contacts):
    day = TODAY
    first = activities.record_short_contact(conn, ShortContact(day, school_id="school-1",
                                                               gender="m", count=1))
    activities.record_short_contact(conn, ShortContact(day, school_id="school-1", gender="w",
                                                       grade=7, count=2, duration_min=10))
    dialog = short_contacts()
    assert dialog.model.rowCount() == 2
    assert "Gemeinschaftsschule Am Park" in dialog.model.index(0, 1).data()
    row = next(r for r in range(2) if dialog.model.rows[r].id == first.id)
    dialog.view.selectRow(row)
    assert dialog.gender.currentData() == "m"
    dialog.count.setValue(3)
    dialog.duration.set_minutes(10)
    dialog.topics.edit.setText("Mobb")
    dialog.count.setFocus()
    qtbot.keyClick(dialog.count, Qt.Key_Return)  # Enter saves the correction
    stored = repo.SHORT_CONTACTS.get(conn, first.id)
    assert (stored.count, stored.duration_min, stored.topics) == (3, 10, ("GEW",))
    [stat] = repo.STATISTICS.select(conn, "source_id = ?", (first.id,))
    [entry] = repo.TIME_ENTRIES.select(conn, "source_id = ?", (first.id,))
    assert (stat.count, stat.duration_min, stat.topics) == (3, 30, ("GEW",))
    assert entry.minutes == 30
    assert "Korrektur gespeichert" in dialog.message.text()
    dialog.duration.set_minutes(0)
    dialog.save()
    assert "0 Minuten" in dialog.error.text()
    assert repo.SHORT_CONTACTS.get(conn, first.id).duration_min == 10


def test_a_correction_to_a_day_after_today_is_refused_with_the_file_s_sentence(
        ctx, conn, qtbot):
    """The correction is held to the form's rule (``plausibility.short_contact``), the one
    sentence a file's Kurzkontakt after today is refused with too
    (``plausibility.refused_day``); the day itself is taken."""
    from datetime import timedelta

    from ssa_desktop.domain import plausibility
    from ssa_desktop.ui.quick_entry.short_contacts import ShortContactsDialog

    sc = activities.record_short_contact(conn, ShortContact(TODAY - timedelta(days=1),
                                                            school_id="school-1", count=1))
    dialog = ShortContactsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    tomorrow = TODAY + timedelta(days=1)
    dialog.day.set_date(tomorrow)
    dialog.count.setFocus()
    qtbot.keyClick(dialog.count, Qt.Key_Return)
    assert dialog.error.text() == plausibility.refused_day(tomorrow, TODAY,
                                                           plausibility.SHORT_CONTACT)
    assert "Kurzkontakt ist auf den" in dialog.error.text()
    assert repo.SHORT_CONTACTS.get(conn, sc.id).day == TODAY - timedelta(days=1)
    dialog.day.set_date(TODAY)
    qtbot.keyClick(dialog.count, Qt.Key_Return)
    assert repo.SHORT_CONTACTS.get(conn, sc.id).day == TODAY
    assert "Korrektur gespeichert" in dialog.message.text()
