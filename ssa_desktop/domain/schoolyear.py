"""School-year arithmetic: a Schuljahr runs from 1 August to 31 July."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .errors import UserError

# ASCII digits only (re.ASCII): a full-width „２０２５“ is not a year she can check
_LABEL = re.compile(r"(\d{4})/(\d{2}|\d{4})", re.ASCII)


@dataclass(frozen=True, order=True)
class SchoolYear:
    """The school year that starts on 1 August of ``start_year``."""

    start_year: int

    @classmethod
    def of(cls, day: date) -> SchoolYear:
        return cls(day.year if day.month >= 8 else day.year - 1)

    @classmethod
    def parse(cls, label: str) -> SchoolYear:
        """Parse "2025/26" (or "2025/2026") into a SchoolYear. A bare "2026" is refused:
        it may mean 2025/26 as well as 2026/27."""
        match = _LABEL.fullmatch(label.strip())
        if match is None:
            raise UserError(f"kein gültiges Schuljahr: {label!r}")
        year = cls(int(match[1]))
        following = year.start_year + 1
        if int(match[2]) != (following if len(match[2]) == 4 else following % 100):
            raise UserError(f"kein gültiges Schuljahr: {label!r}")
        return year

    @property
    def start(self) -> date:
        return date(self.start_year, 8, 1)

    @property
    def end(self) -> date:
        return date(self.start_year + 1, 7, 31)

    @property
    def label(self) -> str:
        return f"{self.start_year}/{(self.start_year + 1) % 100:02d}"

    def __contains__(self, day: date) -> bool:
        return self.start <= day <= self.end

    def next(self) -> SchoolYear:
        return SchoolYear(self.start_year + 1)

    def previous(self) -> SchoolYear:
        return SchoolYear(self.start_year - 1)

    def __str__(self) -> str:
        return self.label


def target_year(today: date) -> SchoolYear:
    """The school year a Schuljahreswechsel leads into: the current one, from 1 July the
    next (the change can be prepared in the last month)."""
    return SchoolYear.of(today + timedelta(days=31))
