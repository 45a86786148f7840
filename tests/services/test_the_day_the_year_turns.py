"""The night from 31 July to 1 August, at the boundary itself: a contact, a case's
opening contact and a case's close on 31 July count in the ending school year, the same
on 1 August in the new one – in Statistik (KVJS) and in the Übersicht's Zeitanteile tile;
and the tile shows the ending year on 31 July and the new one on 1 August (the clock's
day, never the wall clock); and after weeks away (20 July -> 14 September) what fell due
in between stands on the Übersicht once, red. Every expected figure is counted by hand."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import Case, Contact, TimeEntry, WorkingNote
from ssa_desktop.services import activities as act
from ssa_desktop.services import overview as ov
from ssa_desktop.services import persons, privacy, timeshare
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo

SCHOOL_1 = stats.Scope("school", "school-1")
LAST_DAY, FIRST_DAY = date(2026, 7, 31), date(2026, 8, 1)     # 2025/26 | 2026/27


def _case_with_contact(conn, pupil, day: date, minutes: int, outcome: str):
    case = persons.save_case(conn, Case(pupil.id, day, school_id="school-1"))
    act.record_contact(conn, Contact(day, "EB", minutes, person_id=pupil.id,
                                     school_id="school-1", case_id=case.id))
    persons.close_case(conn, case.id, day, outcome)


def test_31_july_counts_in_the_old_year_1_august_in_the_new(conn, pupil):
    # 31.07.: a case opened, counselled 40 min and closed "achieved" the same day;
    # 01.08.: another, 25 min, closed "partly"
    _case_with_contact(conn, pupil, LAST_DAY, 40, "achieved")
    _case_with_contact(conn, pupil, FIRST_DAY, 25, "partly")
    old, new = stats.report(conn, 2025, SCHOOL_1), stats.report(conn, 2026, SCHOOL_1)
    assert (old.aggregates["efh_contacts"], old.aggregates["efh_cases_closed"]) == (1, 1)
    assert (new.aggregates["efh_contacts"], new.aggregates["efh_cases_closed"]) == (1, 1)
    assert old.aggregates["efh_cases_by_outcome"]["achieved"] == 1
    assert old.aggregates["efh_cases_by_outcome"]["partly"] == 0
    assert new.aggregates["efh_cases_by_outcome"]["partly"] == 1
    assert new.aggregates["efh_cases_by_outcome"]["achieved"] == 0


def test_statistik_offers_the_new_year_from_1_august(conn, pupil):
    act.record_contact(conn, Contact(LAST_DAY, "EB", 30, person_id=pupil.id,
                                     school_id="school-1"))
    with clock.frozen(LAST_DAY):
        assert stats.years(conn) == [2025, 2024]
        assert stats.default_year(conn) == 2025      # the running year: nothing ended
    with clock.frozen(FIRST_DAY):
        assert stats.years(conn) == [2026, 2025]
        assert stats.default_year(conn) == 2025      # just ended, she worked in it


def test_the_zeitanteile_tile_turns_over_on_1_august(conn, pupil):
    act.record_contact(conn, Contact(LAST_DAY, "EB", 60, person_id=pupil.id,
                                     school_id="school-1"))
    repo.TIME_ENTRIES.insert(conn, TimeEntry(LAST_DAY, "DOK", 20, school_id="school-1"))
    repo.TIME_ENTRIES.insert(conn, TimeEntry(FIRST_DAY, "DOK", 45, school_id="school-1"))
    with clock.frozen(LAST_DAY):
        before = timeshare.summary(conn, clock.today())
    with clock.frozen(FIRST_DAY):
        after = timeshare.summary(conn, clock.today())
    assert (before.school_year.label, after.school_year.label) == ("2025/26", "2026/27")
    # 31.07.: 60 direct of 80 (the DOK of 1 August lies in the next year): 75 %
    assert dict((label, ev.value) for label, ev in before.lines)["direkt"] == 75.0
    # 01.08.: only the 45 min DOK of the new year – nothing direct: 0 %
    assert dict((label, ev.value) for label, ev in after.lines)["direkt"] == 0.0
    assert dict((label, ev.value) for label, ev in after.lines)["indirekt"] == 100.0


def test_back_after_the_summer_what_fell_due_meanwhile_stands_once(conn, pupil):
    """Last launch 20 July 2026, the next 14 September: the working note that expired on
    10 August and the Auskunft received on 15 July (due a month later, 15 August) stand on
    the Übersicht once each, red; on 20 July the Auskunft stood, not yet red (31 days ahead
    is more than the week the yellow begins), and the note not at all (beyond 14 days)."""
    repo.WORKING_NOTES.insert(conn, WorkingNote("nachfragen", date(2026, 8, 10), pupil.id))
    privacy.open_request(conn, pupil.id, date(2026, 7, 15))

    def _shown(day: date) -> list[tuple[str, str]]:
        with clock.frozen(day):
            return sorted((i.text, i.state) for i in ov.build_overview(conn).deadlines)

    assert _shown(date(2026, 7, 20)) == [("Auskunft K-17 fällig am 15.08.2026", "normal")]
    assert _shown(date(2026, 9, 14)) == [
        ("Arbeitsnotiz (K-17) wird vernichtet am 10.08.2026", "overdue"),
        ("Auskunft K-17 fällig am 15.08.2026", "overdue")]
