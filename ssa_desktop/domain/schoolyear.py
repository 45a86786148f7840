"""School-year arithmetic: a Schuljahr runs from 1 August to 31 July."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .errors import UserError


@dataclass(frozen=True, order=True)
class SchoolYear:
    """The school year that starts on 1 August of ``start_year``."""

    start_year: int

    @classmethod
    def of(cls, day: date) -> SchoolYear:
        return cls(day.year if day.month >= 8 else day.year - 1)

    @classmethod
    def parse(cls, label: str) -> SchoolYear:
        """Parse "2025/26" (or "2025/2026") into a SchoolYear."""
        head, _, tail = label.strip().partition("/")
        year = cls(int(head))
        if tail and int(tail) % 100 != (year.start_year + 1) % 100:
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
