"""The staff block of a post ("Kennzahlen zu den Fachkräften", docs/statistics.md,
"Fachkräfte"): months filled and vacant in a school year from the employment dates, and
the FTE. Pure Python."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .entities import PostStaff
from .schoolyear import SchoolYear

MONTHS = 12


def school_year_months(year: SchoolYear) -> list[tuple[int, int]]:
    """(year, month) of the twelve months August … July."""
    first = year.start
    return [(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1)
            for i in range(MONTHS)]


def months_filled(employed_from: date | None, employed_to: date | None,
                  year: SchoolYear) -> int:
    """Months of the school year in which the post is filled: a month counts when the
    employment covers its 15th day. No start date: not filled (vacant all year)."""
    if employed_from is None:
        return 0
    count = 0
    for y, m in school_year_months(year):
        mid = date(y, m, 15)
        if employed_from <= mid and (employed_to is None or employed_to >= mid):
            count += 1
    return count


@dataclass(frozen=True)
class StaffBlock:
    """What the staff chapter asks for, for one post and school year."""

    staff: PostStaff
    post_label: str
    stored: bool               # False: carried over from the previous year or new
    months_filled: int
    minutes_by_area: dict[str, int]  # task area -> minutes of the post's time entries

    @property
    def months_vacant(self) -> int:
        return MONTHS - self.months_filled

    @property
    def fte(self) -> float:
        return round(self.staff.percent / 100, 4)

    @property
    def total_minutes(self) -> int:
        return sum(self.minutes_by_area.values())


def grant(percent: float, months: int, rate: float) -> float:
    """The pro-rata grant of a post: rate per full-time post and year × FTE × filled
    months / 12, in euro and cent."""
    return round(rate * percent / 100 * months / MONTHS, 2)
