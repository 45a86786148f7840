"""The period a KVJS file covers for a school (docs/statistics.md, "Teiljahre"): the whole
school year, or a part of it when the school changed hands in the year (the day the
successor received it is her first; the predecessor's period ends the day before).

Files of one school whose periods do not overlap are parts of one year: their counts add
up (``combine``); overlapping periods of two different files are never added; the days no
file covers are named (``gaps``). Pure: dates in, dates out."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from typing import Any

from . import kvjs
from .errors import UserError
from .schoolyear import SchoolYear

Period = tuple[date, date]   # first and last day, both included


def whole(year_label: str) -> Period:
    """The whole school year "2025/26": 1 August to 31 July."""
    year = SchoolYear.parse(year_label)
    return year.start, year.end


def to_json(period: Period) -> dict[str, str]:
    return {"from": period[0].isoformat(), "to": period[1].isoformat()}


def problem(value: Any, year_label: str) -> str:
    """Why ``value`` (a file's ``period``) is not a period of the school year ("" if it
    is): {"from": ISO day, "to": ISO day}, from ≤ to, both inside the year."""
    if not (isinstance(value, dict) and set(value) == {"from", "to"}
            and all(isinstance(v, str) for v in value.values())):
        return "period ist keine Angabe mit „from“ und „to“"
    try:
        first, last = date.fromisoformat(value["from"]), date.fromisoformat(value["to"])
        start, end = whole(year_label)
    except (ValueError, UserError):
        return "period enthält kein gültiges Datum (JJJJ-MM-TT)"
    if not start <= first <= last <= end:
        return (f"period {value['from']}–{value['to']} liegt nicht im Schuljahr "
                f"{year_label} oder endet vor seinem Beginn")
    return ""


def of(entry: dict, year_label: str) -> Period:
    """The period of a school scope or a post's school entry; the whole year where it
    names none (format 1–4, before periods)."""
    value = entry.get("period")
    if value is None:
        return whole(year_label)
    return date.fromisoformat(value["from"]), date.fromisoformat(value["to"])


def overlap(a: Period, b: Period) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def gaps(periods: Iterable[Period], year_label: str) -> list[Period]:
    """The parts of the school year no period covers, in order."""
    start, end = whole(year_label)
    missing, cursor = [], start
    for first, last in sorted(periods):
        if first > cursor:
            missing.append((cursor, first - timedelta(days=1)))
        cursor = max(cursor, last + timedelta(days=1))
    if cursor <= end:
        missing.append((cursor, end))
    return missing


def days(period: Period) -> int:
    return (period[1] - period[0]).days + 1


def combine(parts: Sequence[tuple[dict[str, Any], Period]], year_label: str,
            names: Iterable[str] | None = None) -> dict[str, Any]:
    """One school's figures of the year from files of disjoint periods: every count adds
    up; the school's pupils are its pupils (the largest of the parts, not their sum); the
    post share (percent, FTE) is weighted by each part's days in the year, so two posts of
    100 % for half a year each make 100 %; posts per 1,000 pupils from those."""
    names = list(kvjs.NAMES if names is None else names)
    total = kvjs.add((figures for figures, _ in parts), names=names)
    year_days = days(whole(year_label))
    if "pupils" in total:
        total["pupils"] = max(figures["pupils"] for figures, _ in parts)
    for share, digits in (("post_percent", 2), ("fte", 4)):
        if share in total:
            total[share] = round(sum(figures[share] * days(period)
                                     for figures, period in parts) / year_days, digits)
    if {"fte", "pupils", "posts_per_1000_pupils"} <= set(total):
        pupils = total["pupils"]
        total["posts_per_1000_pupils"] = round(total["fte"] / pupils * 1000, 2) if pupils else 0.0
    return total


def text(period: Period) -> str:
    """"01.08.2025–31.01.2026"."""
    return "–".join(day.strftime("%d.%m.%Y") for day in period)
