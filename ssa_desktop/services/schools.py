"""The one way a command names a school: by its code (``GMS-LP``, as on
every screen and export), its name, or its internal id. ``kvjs``, ``report``,
``timeshare`` and ``package create`` all resolve ``--school`` here."""

from __future__ import annotations

from datetime import date, timedelta

from ..domain.entities import School
from ..domain.errors import UserError
from ..domain.handover_kinds import KIND_SCHOOL
from ..domain.schoolyear import SchoolYear
from ..storage import package_registry
from ..storage import repositories as repo
from ..storage.connection import Connection


class UnknownSchool(UserError):
    """No school of the vault has this code, name or id (a German sentence)."""


def find_school(conn: Connection, text: str) -> School:
    """The school with code, name (both case-insensitive) or id ``text``; a code wins
    over a name of another school."""
    wanted = text.strip().casefold()
    every = repo.SCHOOLS.all(conn, order="name")
    for matches in (lambda s: s.code.casefold() == wanted, lambda s: s.id == text.strip(),
                    lambda s: s.name.casefold() == wanted):
        found = [s for s in every if wanted and matches(s)]
        if found:
            return found[0]
    codes = ", ".join(sorted(s.code or s.name for s in every)) or "–"
    raise UnknownSchool(f"Eine Schule „{text.strip()}“ gibt es in diesem Tresor nicht "
                        f"(vorhanden: {codes}).")


# -- schools she handed on (docs/handover.md, „Nach der Übergabe“) -------------------------
def handed_over(conn: Connection) -> dict[str, date]:
    """School id -> the day she confirmed its handover with the successor's receipt (the
    first, when a follow-up package went later). The school stays in the vault for the
    figures of the years it belonged to; it goes into no school year begun after it."""
    days: dict[str, date] = {}
    for entry in package_registry.registry(conn, package_registry.REGISTRY_PREFIX).values():
        if (entry.get("kind") != KIND_SCHOOL or entry.get("status") != "confirmed"
                or not entry.get("confirmed") or not entry.get("school_id")):
            continue
        day = date.fromisoformat(entry["confirmed"])
        sid = entry["school_id"]
        days[sid] = min(day, days.get(sid, day))
    return days


RECEIVED_KEY = "school_received."   # meta: school id -> the day she received it (a package)


def received(conn: Connection) -> dict[str, date]:
    """School id -> the day she received the school from her predecessor (its package)."""
    return {sid: date.fromisoformat(entry["received"]) for sid, entry
            in package_registry.registry(conn, RECEIVED_KEY).items()}


def handover_periods(conn: Connection, year: int) -> dict[str, tuple[date, date]]:
    """School id -> the part of school year ``year`` her figures of it cover, for each
    school that changed hands in the year (docs/statistics.md, "Teiljahre"): the day the
    successor received it (her receipt, signed) is the successor's first day; the
    predecessor's period ends the day before. Schools of the whole year are not listed."""
    school_year = SchoolYear(year)
    start, end = school_year.start, school_year.end
    periods: dict[str, tuple[date, date]] = {}
    for sid, day in received(conn).items():
        if start < day <= end:
            periods[sid] = (day, end)
    for sid, day in _handover_days(conn).items():
        if start < day <= end:
            first = periods.get(sid, (start, end))[0]
            periods[sid] = (first, day - timedelta(days=1))
    return periods


def _handover_days(conn: Connection) -> dict[str, date]:
    """School id -> the day the successor received the school she handed on (the receipt's
    day; a handover confirmed before receipts were kept: the confirmation's day)."""
    days: dict[str, date] = {}
    for entry in package_registry.registry(conn, package_registry.REGISTRY_PREFIX).values():
        if (entry.get("kind") != KIND_SCHOOL or entry.get("status") != "confirmed"
                or not entry.get("school_id")):
            continue
        day = date.fromisoformat(entry.get("received") or entry["confirmed"])
        days[entry["school_id"]] = min(day, days.get(entry["school_id"], day))
    return days


def active_in(handed: dict[str, date], school_id: str, year: int) -> bool:
    """True when the school belongs to school year ``year``: not handed over before the
    year began (in the year of its handover it still counts)."""
    day = handed.get(school_id)
    return day is None or day >= SchoolYear(year).start


def choosable(conn: Connection, today: date, *, keep: str | None = None) -> list[School]:
    """The schools a new entry may name on ``today``, by name: every school but those
    handed over on or before ``today``. ``keep`` (the school an entry names already)
    stays, so that editing it never changes its school silently. Figures of past years
    (Statistik, KVJS, Jahresbericht) keep listing every school."""
    handed = handed_over(conn)
    return [s for s in repo.list_schools(conn) if s.id == keep or handed.get(s.id, date.max) > today]
