"""Left open across midnight, the Übersicht shows the new day and "Löschung fällig" is
counted again: the context checks the day each minute while unlocked (robust to sleep
and resume, unlike one timer set for midnight) and says ``day_changed``."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Appointment
from ssa_desktop.services import appointments
from ssa_desktop.ui.context import DAY_CHECK_MS
from ssa_desktop.ui.overview.area import OverviewArea
from ssa_desktop.ui.privacy.area import RetentionWatch

FRIDAY = date(2026, 11, 20)
SATURDAY = date(2026, 11, 21)


def test_the_overview_left_open_shows_the_new_day_after_midnight(ctx, qtbot, pupil):
    for day, start in ((FRIDAY, "09:40"), (SATURDAY, "11:00")):
        appointments.save_appointment(ctx.conn, Appointment(day, start, "12:00",
                                                            person_id=pupil.id,
                                                            school_id="school-1"))
    with clock.frozen(FRIDAY):
        ctx.set_session(ctx.session)          # unlocked on Friday
        watch = RetentionWatch(ctx)
        area = OverviewArea(ctx)
        qtbot.addWidget(area)
        area.resize(1100, 800)
        area.show()
        assert area.header.text() == "Heute, Freitag, 20.11.2026"
        assert ctx.day_check.isActive() and ctx.day_check.interval() == DAY_CHECK_MS == 60_000
        qtbot.waitUntil(lambda: not watch.running, timeout=60000)
        ctx.set_retention_counts(99, 0)       # a figure no check gives here
        ctx.day_check.timeout.emit()          # a minute on the same day: nothing
        assert area.appointments.model.item(0).text().startswith("09:40")
        assert ctx.retention_due == 99
    with clock.frozen(SATURDAY):              # midnight passes, nothing is changed
        with qtbot.waitSignal(ctx.day_changed):
            ctx.day_check.timeout.emit()
        assert area.header.text() == "Heute, Samstag, 21.11.2026"
        assert area.appointments.model.item(0).text().startswith("11:00")
        qtbot.waitUntil(lambda: ctx.retention_due != 99, timeout=60000)
        assert ctx.retention_due == 0         # counted again for Saturday
        with qtbot.assertNotEmitted(ctx.day_changed):
            ctx.day_check.timeout.emit()      # once per day
    ctx.lock()
    assert not ctx.day_check.isActive()       # locked: no check, nothing is read
