"""An Übersicht left open across midnight shows the new day: a check each minute while it
is shown (robust to sleep and resume, unlike one timer set for midnight)."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments
from ssa_desktop.ui.overview.area import DAY_CHECK_MS, OverviewArea

FRIDAY = date(2026, 11, 20)
SATURDAY = date(2026, 11, 21)


def test_the_overview_left_open_shows_the_new_day_after_midnight(ctx, qtbot, pupil):
    for day, start in ((FRIDAY, "09:40"), (SATURDAY, "11:00")):
        appointments.save_appointment(ctx.conn, Appointment(day, start, "12:00",
                                                            person_id=pupil.id,
                                                            school_id="school-1"))
    days = [FRIDAY]
    area = OverviewArea(ctx, today=lambda: days[-1])
    qtbot.addWidget(area)
    area.resize(1100, 800)
    area.show()
    assert area.header.text() == "Heute, Freitag, 20.11.2026"
    assert area.day_check.isActive() and area.day_check.interval() == DAY_CHECK_MS == 60_000
    area.day_check.timeout.emit()            # a minute on the same day: nothing reloads
    assert area.appointments.model.item(0).text().startswith("09:40")
    days.append(SATURDAY)                    # midnight passes, nothing is changed
    area.day_check.timeout.emit()
    assert area.header.text() == "Heute, Samstag, 21.11.2026"
    assert area.appointments.model.item(0).text().startswith("11:00")
    area.hide()                              # she went elsewhere: no check while hidden
    assert not area.day_check.isActive()
    area.show()
    assert area.day_check.isActive()

