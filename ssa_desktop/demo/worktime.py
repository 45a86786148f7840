"""Time: indirect work (manual time entries), school holidays, absences, an
agreement's target band and stopwatch sessions."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from ..domain import entities as e
from ..domain.schoolyear import SchoolYear
from ..storage import repositories as repo
from .base import GeneratorBase
from .catalogue import (
    FORTBILDUNGEN,
    INDIRECT,
)


class WorkingTime(GeneratorBase):
    def indirect(self, year: int, days: list[date], fraction: float) -> None:
        rng = self.rng
        for _ in range(self.n(self.p.indirect, fraction) if days else 0):
            category, (m_min, m_max), note, _ = rng.choices(INDIRECT,
                                                            weights=[k[3] for k in INDIRECT])[0]
            if note == "Fortbildung":
                note = f"Fortbildung: {rng.choice(FORTBILDUNGEN)}"
            self.add(repo.TIME_ENTRIES, e.TimeEntry(
                rng.choice(days), category, rng.randrange(m_min, m_max + 1, 5),
                school_id=rng.choice(self.schools).id, note=note, id=self.id()))

    def working_time(self, year: int) -> None:
        """School holidays, vacation and a sick week (they shape the target hours), one
        agreement's own target band, and a few stopwatch sessions (docs/timeshare.md)."""
        from ..domain.timeshare import AgreementTarget
        from ..domain.worktime import Absence, SchoolHoliday, TimeSession
        from ..storage import timeshare_repo as tq

        sy = SchoolYear(year)
        y0, y1 = year, year + 1
        for label, first, last in (("Herbstferien", date(y0, 10, 27), date(y0, 10, 31)),
                                   ("Weihnachtsferien", date(y0, 12, 22), date(y1, 1, 5)),
                                   ("Osterferien", date(y1, 3, 30), date(y1, 4, 11)),
                                   ("Pfingstferien", date(y1, 5, 26), date(y1, 6, 6)),
                                   ("Sommerferien", sy.start, date(y0, 9, 12))):
            self.add(tq.SCHOOL_HOLIDAYS, SchoolHoliday(label, first, last, id=self.id()))
        self.add(tq.ABSENCES, Absence("vacation", sy.start, sy.start + timedelta(days=24),
                                      note="Sommerurlaub", id=self.id()))
        self.add(tq.ABSENCES, Absence("vacation", date(y0, 12, 22), date(y1, 1, 2),
                                      id=self.id()))
        sick = date(y1, 2, 2) + timedelta(days=self.rng.randrange(0, 30))
        if sick <= self.today:
            self.add(tq.ABSENCES, Absence("sick", sick, sick + timedelta(days=2), id=self.id()))
        if year == self.first_year:
            agreement = next(a for a in self.out[repo.AGREEMENTS.name])
            self.add(tq.AGREEMENT_TARGETS, AgreementTarget(agreement.id, "OFF", 25.0, 15.0,
                                                           35.0, 5.0, True))
        for day in self.days_of(year)[5::40]:
            entry = e.TimeEntry(day, "DOK", 25, school_id=self.schools[0].id,
                                source_kind="stopwatch", note="Stoppuhr", id=self.id())
            self.add(repo.TIME_ENTRIES, entry)
            start = datetime(day.year, day.month, day.day, 13, 5, tzinfo=UTC)
            self.add(tq.TIME_SESSIONS, TimeSession(
                entry.id, start.isoformat(), (start + timedelta(minutes=25)).isoformat(),
                id=self.id()))
