"""A day of the year without a year ("MM-TT"): the yearly deadlines are options of this
type. Stored as its ``str()`` ("07-31"), the same text the options held before they were
typed, so stored values stay readable and need no upgrade step."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import UserError

# Longest month, February counted as in a leap year: 29 February is a valid deadline
# (in other years it falls on the 28th).
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
_ISO = re.compile(r"^(\d{1,2})-(\d{1,2})$", re.ASCII)        # "07-31", "7-5"
_GERMAN = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?$", re.ASCII)   # "31.07.", "31.7"


class MonthDayError(UserError):
    """Not a day of the year; ``str()`` is a German sentence."""


@dataclass(frozen=True, order=True)
class MonthDay:
    month: int
    day: int

    def __post_init__(self) -> None:
        if not (1 <= self.month <= 12 and 1 <= self.day <= _DAYS[self.month - 1]):
            raise MonthDayError(f"{self.day:02d}.{self.month:02d}. ist kein Tag im Jahr.")

    @classmethod
    def parse(cls, text: str) -> MonthDay:
        """"07-31", "7-31" or German "31.07." / "31.7"; MonthDayError otherwise."""
        cleaned = str(text).strip()
        iso, german = _ISO.match(cleaned), _GERMAN.match(cleaned)
        if iso:
            month, day = int(iso.group(1)), int(iso.group(2))
        elif german:
            day, month = int(german.group(1)), int(german.group(2))
        else:
            raise MonthDayError(f"„{cleaned}“ ist kein Tag im Jahr. Bitte als Monat-Tag "
                                "eingeben, z. B. 07-31 für den 31. Juli.")
        try:
            return cls(month, day)
        except MonthDayError:
            raise MonthDayError(f"„{cleaned}“ ist kein Tag im Jahr: den {day}. Tag im "
                                f"{month}. Monat gibt es nicht.") from None

    def __str__(self) -> str:
        return f"{self.month:02d}-{self.day:02d}"

    def in_year(self, year: int) -> date:
        """This day in ``year`` (29 February: the 28th in a common year)."""
        if (self.month, self.day) == (2, 29) and not _leap(year):
            return date(year, 2, 28)
        return date(year, self.month, self.day)

    def german(self) -> str:
        return f"{self.day:02d}.{self.month:02d}."


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
