"""German date entry: what a worker types into a date field, read as a date or refused
with a German reason. Pure (no Qt); the date field in ``ui/common/forms.py`` uses it.

Accepted: ``12.10.2026``, ``1.9.2026``, ``12.10.26``, ``12.10.`` (this year),
``121026`` (TTMMJJ), ``12102026`` (TTMMJJJJ), ``1210`` (TTMM, this year) and ISO
``2026-10-12``; ``,``, ``/``, ``-`` and blanks count as dots. A two-digit year means
20JJ up to 30 years ahead of today, else 19JJ (``12.10.95`` is 1995). An impossible day
(31.02.) is refused, never moved to a neighbouring date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from .errors import UserError

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")
EXAMPLE = "TT.MM.JJJJ, z. B. 12.10.2026"


class DateEntryError(UserError):
    """The typed text is no date; ``str(error)`` is the German reason."""


@dataclass(frozen=True)
class _Parts:
    day: int
    month: int
    year: int


def days_in_month(year: int, month: int) -> int:
    """``calendar.monthrange(year, month)[1]`` without ``calendar``: its import builds
    locale tables the GUI would keep all day (≈ 0.18 MB; ``tests/domain/test_days_in_month.py``)."""
    if month == 12:
        return 31
    return (date(year, month + 1, 1) - date(year, month, 1)).days


def format_date(value: date) -> str:
    """The one display form: 05.09.2026."""
    return f"{value.day:02d}.{value.month:02d}.{value.year:04d}"


def _full_year(year_text: str, today: date) -> int:
    year = int(year_text)
    if len(year_text) == 4:
        return year
    if len(year_text) != 2:
        raise DateEntryError(f"Das Jahr „{year_text}“ bitte zwei- oder vierstellig eingeben.")
    century = today.year - today.year % 100
    full = century + year
    return full if full <= today.year + 30 else full - 100


def _split(text: str, today: date) -> _Parts:
    """Day, month and year of an ISO date, of digits only or of separated parts."""
    if not text.isascii():  # isdigit()/int() also take full-width and other digits
        raise DateEntryError(f"„{text}“ ist kein Datum. Bitte {EXAMPLE} eingeben.")
    iso = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if iso:
        return _Parts(int(iso[3]), int(iso[2]), int(iso[1]))
    if text.isdigit():
        return _split_digits(text, today)
    return _split_separated(text, today)


def _split_digits(text: str, today: date) -> _Parts:
    """"1210" (this year), "121026" or "12102026"."""
    if len(text) == 4:
        return _Parts(int(text[:2]), int(text[2:]), today.year)
    if len(text) in (6, 8):
        return _Parts(int(text[:2]), int(text[2:4]), _full_year(text[4:], today))
    raise DateEntryError(f"„{text}“ ist kein Datum. Bitte {EXAMPLE} eingeben.")


def _split_separated(text: str, today: date) -> _Parts:
    """"12.10.2026", "1.9.26", "12.10." (this year), also with "," "/" "-" or a space."""
    pieces = [p for p in re.split(r"[.,/\- ]", text)]
    if pieces and pieces[-1] == "" and len(pieces) == 3:
        pieces = pieces[:2]  # "12.10." = this year
    if len(pieces) not in (2, 3) or not all(p.isdigit() and len(p) <= 4 for p in pieces):
        raise DateEntryError(f"„{text}“ ist kein Datum. Bitte {EXAMPLE} eingeben.")
    if len(pieces[0]) > 2 or len(pieces[1]) > 2:
        raise DateEntryError(f"„{text}“ ist kein Datum. Bitte {EXAMPLE} eingeben.")
    year = _full_year(pieces[2], today) if len(pieces) == 3 else today.year
    return _Parts(int(pieces[0]), int(pieces[1]), year)


def parse_date(text: str, today: date) -> date:
    """The date ``text`` stands for; ``DateEntryError`` with the German reason otherwise.
    ``today`` gives the year of ``12.10.`` and the century of ``12.10.26``."""
    text = text.strip()
    if not text:
        raise DateEntryError(f"Bitte ein Datum eingeben ({EXAMPLE}).")
    parts = _split(text, today)
    if not 1 <= parts.month <= 12:
        raise DateEntryError(f"„{text}“: einen {parts.month}. Monat gibt es nicht.")
    if not 1900 <= parts.year <= 2200:
        raise DateEntryError(f"„{text}“: das Jahr {parts.year} liegt außerhalb 1900–2200.")
    try:
        return date(parts.year, parts.month, parts.day)
    except ValueError:
        month = MONTHS[parts.month - 1]
        raise DateEntryError(f"„{text}“ ist kein gültiges Datum: den {parts.day}. {month} "
                             f"{parts.year} gibt es nicht.") from None
