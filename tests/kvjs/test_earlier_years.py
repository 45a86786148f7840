"""Statistik shows the chosen school year beside the two earlier years that have records
(docs/statistics.md): not one, not three; a year without records is left out."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain.entities import Contact
from ssa_desktop.services import activities as act
from ssa_desktop.services import statistics as stats

SCHOOL_1 = stats.Scope("school", "school-1")


def _contacts(conn, pupil, days: list[date]) -> None:
    for day in days:
        act.record_contact(conn, Contact(day, "EB", 30, person_id=pupil.id))


def test_the_two_earlier_years_stand_beside_the_chosen_one(conn, pupil):
    # 2022/23: 1 contact, 2023/24: 2, 2024/25: 3, 2025/26: 1 (school years start 1 August)
    _contacts(conn, pupil, [date(2022, 10, 4)])
    _contacts(conn, pupil, [date(2023, 9, 12), date(2024, 2, 6)])
    _contacts(conn, pupil, [date(2024, 9, 10), date(2024, 12, 3), date(2025, 7, 1)])
    _contacts(conn, pupil, [date(2025, 9, 9)])
    rep = stats.report(conn, 2025, SCHOOL_1)
    assert sorted(rep.previous) == [2023, 2024]
    assert rep.aggregates["efh_contacts"] == 1
    assert rep.previous[2024]["efh_contacts"] == 3
    assert rep.previous[2023]["efh_contacts"] == 2


def test_a_year_without_records_is_left_out(conn, pupil):
    _contacts(conn, pupil, [date(2023, 9, 12)])          # 2023/24; nothing in 2024/25
    _contacts(conn, pupil, [date(2025, 9, 9)])
    rep = stats.report(conn, 2025, SCHOOL_1)
    assert sorted(rep.previous) == [2023]
    assert rep.previous[2023]["efh_contacts"] == 1
