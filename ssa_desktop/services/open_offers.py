"""Offene Angebote (task area OFF): break-time offers, open room, pupil café.

Each session is recorded through ``services.activities.record_open_offer`` (session +
anonymous statistics record + time entry). The gender split is optional; when given it
must add up to the number of visitors.
"""

from __future__ import annotations

from datetime import date

from ..domain import clock, plausibility
from ..domain.entities import OpenOfferSession
from ..domain.errors import UserError
from ..domain.schoolyear import SchoolYear
from ..domain.translate import Translate, german
from ..storage import open_offers_repo as orepo
from ..storage import repositories as repo
from ..storage.connection import Connection
from .operations import DataKind, writes

MonthTotal = orepo.MonthTotal

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")


def month_label(month: str, tr: Translate = german) -> str:
    """"2026-11" -> "November 2026" (through ``tr``: "November 2026" in English too)."""
    year, m = month.split("-")
    return f"{tr(MONTHS[int(m) - 1])} {year}"


def check_split(visitors: int, m: int | None, w: int | None, d: int | None) -> None:
    """Raise ``UserError`` unless the visitors are not negative and the split is absent or
    sums to ``visitors`` (``plausibility.visitors_problem``, also a file's rule)."""
    if problem := plausibility.visitors_problem(visitors, m, w, d):
        raise UserError(problem[1])


@writes(DataKind.OPEN_OFFERS, DataKind.STATISTICS, DataKind.TIME)
def record(conn: Connection, session: OpenOfferSession, *, confirmed: bool = True) -> OpenOfferSession:
    """Record one session; with ``confirmed=False`` (what she types) the plausibility
    questions come first (``plausibility.NeedsConfirmation``: e.g. 0 visitors)."""
    session.title = session.title.strip()
    if not session.title:
        raise UserError("Bitte einen Titel eingeben (z. B. Pausenangebot).")
    if why := plausibility.no_duration_problem(session.duration_min, plausibility.OPEN_OFFER):
        raise UserError(why)
    check_split(session.visitors, session.visitors_m, session.visitors_w, session.visitors_d)
    plausibility.enforce(plausibility.open_offer(session.visitors), confirmed)
    if any(p is not None for p in (session.visitors_m, session.visitors_w, session.visitors_d)):
        session.visitors_m = session.visitors_m or 0
        session.visitors_w = session.visitors_w or 0
        session.visitors_d = session.visitors_d or 0
    from . import activities  # the recording (11 kB) loads when she changes one

    return activities.record_open_offer(conn, session)


def _bounds(school_year: int | None) -> tuple[str | None, str | None]:
    if school_year is None:
        return None, None
    year = SchoolYear(school_year)
    return year.start.isoformat(), year.end.isoformat()


def sessions(conn: Connection, *, school_id: str | None = None,
             school_year: int | None = None) -> list[OpenOfferSession]:
    first, last = _bounds(school_year)
    return orepo.sessions(conn, school_id=school_id, first=first, last=last)


def monthly_totals(conn: Connection, *, school_id: str | None = None,
                   school_year: int | None = None) -> list[MonthTotal]:
    first, last = _bounds(school_year)
    return orepo.monthly_totals(conn, school_id=school_id, first=first, last=last)


def titles(conn: Connection) -> list[str]:
    return orepo.titles(conn)


def last_session(conn: Connection, title: str) -> OpenOfferSession | None:
    """The previous session with this title (to prefill duration and goal)."""
    return orepo.last_session(conn, title.strip())


@writes(DataKind.OPEN_OFFERS, DataKind.STATISTICS, DataKind.TIME)
def remove(conn: Connection, session_id: str) -> str:
    """An entry made by mistake goes with its statistics record and time entry and leaves
    a tombstone; the warning for a delivered school year is returned ("" otherwise)."""
    from . import activities  # the recording (11 kB) loads when she changes one

    return activities.drop_session(conn, repo.OPEN_OFFERS, orepo.delete_session_records,
                            "open_offer", session_id)


def school_years(conn: Connection, today: date | None = None) -> list[int]:
    """School years that hold sessions, plus the current one, newest first (a school year
    begins with a month: its months say it)."""
    current = SchoolYear.of(today or clock.today()).start_year
    years = {SchoolYear.of(date(int(month[:4]), int(month[5:7]), 1)).start_year
             for month in orepo.months(conn)}
    return sorted(years | {current}, reverse=True)
