"""A status line says the result of the last action and goes with the next edit or
navigation, and when its area is left (issue 31 item 14: a Termine status line from
weeks earlier was still there)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments as svc
from ssa_desktop.ui.appointments.area import AppointmentsArea
from tests.conftest import TODAY

pytestmark = pytest.mark.usefixtures("frozen_clock")


def _termine(qtbot, ctx, pupil):
    appt = svc.save_appointment(ctx.conn, Appointment(day=TODAY, start="09:40", end="10:10",
                                                      person_id=pupil.id))
    area = AppointmentsArea(ctx)
    qtbot.addWidget(area)
    area.resize(1200, 800)
    area.show()
    area.select(appt.id)
    QTest.mouseClick(area.missed_button, Qt.LeftButton)
    assert area.message.text() == "Status: nicht erschienen."
    return area


def test_the_termine_status_line_goes_when_the_area_is_left(qtbot, ctx, pupil):
    area = _termine(qtbot, ctx, pupil)
    area.hide()
    area.show()
    assert area.message.text() == ""


def test_the_termine_status_line_goes_with_the_next_day(qtbot, ctx, pupil):
    area = _termine(qtbot, ctx, pupil)
    area.go_to(TODAY + timedelta(days=1))
    assert area.message.text() == ""


def test_the_open_offer_line_goes_with_the_next_edit(qtbot, ctx):
    from ssa_desktop.ui.open_offers.area import OpenOffersArea

    area = OpenOffersArea(ctx)
    qtbot.addWidget(area)
    area.show()
    area.title_edit.setText("offener Raum")
    area.visitors.setValue(10)
    assert area.save()
    assert area.error.text().startswith("Erfasst:")
    area.note_edit.setFocus()
    QTest.keyClicks(area.note_edit, "x")
    assert area.error.text() == ""
