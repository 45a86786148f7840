"""Public holidays in Baden-Württemberg (Feiertagsgesetz BW § 1; Tag der Deutschen
Einheit by the Einigungsvertrag), as free days of the target working time.

Seven fixed days, five days counted from Easter Sunday, and the one-off nationwide
Reformationstag of 2017. Computed here instead of loading a holiday library for every
country (about 24 MB of memory for twelve dates a year). The names are those
of the BW calendar. ``tests/domain/test_public_holidays.py`` compares every year from
1991 to 2099 with the ``holidays`` package.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

FIXED: tuple[tuple[int, int, str], ...] = (
    (1, 1, "Neujahr"),
    (1, 6, "Heilige Drei Könige"),
    (5, 1, "Erster Mai"),
    (10, 3, "Tag der Deutschen Einheit"),
    (11, 1, "Allerheiligen"),
    (12, 25, "Erster Weihnachtstag"),
    (12, 26, "Zweiter Weihnachtstag"),
)

# Days after Easter Sunday.
FROM_EASTER: tuple[tuple[int, str], ...] = (
    (-2, "Karfreitag"),
    (1, "Ostermontag"),
    (39, "Christi Himmelfahrt"),
    (50, "Pfingstmontag"),
    (60, "Fronleichnam"),
)

ONE_OFF: dict[date, str] = {date(2017, 10, 31): "Reformationstag"}  # 500 years, nationwide


def easter_sunday(year: int) -> date:
    """Easter Sunday of the Gregorian calendar (the anonymous algorithm of 1876)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 (the algorithm's own letter)
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


@lru_cache(maxsize=64)
def bw_public_holidays(year: int) -> dict[date, str]:
    """Every public holiday of ``year`` in Baden-Württemberg with its name (two on one
    day, as Christi Himmelfahrt and Erster Mai in 2008, are named together). Valid from
    1995, when the Buß- und Bettag ceased to be a holiday."""
    easter = easter_sunday(year)
    named = [(date(year, month, day), name) for month, day, name in FIXED]
    named += [(easter + timedelta(days=offset), name) for offset, name in FROM_EASTER]
    named += [(day, name) for day, name in ONE_OFF.items() if day.year == year]
    days: dict[date, list[str]] = {}
    for day, name in named:
        days.setdefault(day, []).append(name)
    return {day: "; ".join(sorted(names)) for day, names in sorted(days.items())}
