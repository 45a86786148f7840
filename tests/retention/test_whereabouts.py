"""services.whereabouts: the answer to an R14 review, at its boundaries (a leaving day
today is taken, tomorrow refused) and for the wrong person kind."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from ssa_desktop.domain.dormancy import STILL_NEEDED
from ssa_desktop.domain.entities import Person
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import persons, retention, school_year_change, whereabouts
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage import school_year_repo

TODAY = date(2026, 8, 3)


def _pupil(conn, kind: str = "pupil") -> Person:
    p = repo.PERSONS.insert(conn, Person("N-5", kind=kind, school_id="school-1"
                                         if kind == "pupil" else None))
    school_year_repo.set_unknown(conn, p.id, True)
    return p


def test_a_leaving_day_today_is_taken_and_clears_the_unknown_mark(conn):
    p = _pupil(conn)
    done = whereabouts.answer(conn, p.id, whereabouts.LEFT, TODAY, today=TODAY)
    assert done == ("N-5: Abgang am 03.08.2026 eingetragen; die Löschfrist (R2) zählt "
                    "ab diesem Tag.")
    assert persons.get_person(conn, p.id).leaving_date == TODAY
    assert school_year_change.unknown_ids(conn) == set()


def test_a_change_day_tomorrow_is_refused_and_nothing_is_written(conn):
    p = _pupil(conn)
    with pytest.raises(UserError, match="Der 04.08.2026 liegt in der Zukunft"):
        whereabouts.answer(conn, p.id, whereabouts.CHANGED, TODAY + timedelta(days=1),
                           today=TODAY)
    assert persons.get_person(conn, p.id).school_change_date is None
    assert school_year_change.unknown_ids(conn) == {p.id}
    whereabouts.answer(conn, p.id, whereabouts.CHANGED, TODAY - timedelta(days=3), today=TODAY)
    assert persons.get_person(conn, p.id).school_change_date == date(2026, 7, 31)


def test_still_needed_sets_a_hold_with_that_review_day(conn):
    p = _pupil(conn, kind="parent")
    assert whereabouts.answers_for("parent") == [STILL_NEEDED]
    with pytest.raises(UserError, match="nur bei Schülerinnen und Schülern"):
        whereabouts.answer(conn, p.id, whereabouts.LEFT, TODAY, today=TODAY)
    whereabouts.answer(conn, p.id, STILL_NEEDED, date(2027, 2, 1), today=TODAY)
    [hold] = retention.holds(conn)
    assert (hold.reason, hold.since, hold.review) == ("still_needed", TODAY, date(2027, 2, 1))
    with pytest.raises(UserError, match="Vergangenheit"):
        whereabouts.answer(conn, p.id, STILL_NEEDED, TODAY - timedelta(days=1), today=TODAY)


def test_unknown_person_and_answer_are_refused_in_german(conn):
    with pytest.raises(UserError, match="gibt es in diesem Tresor nicht mehr"):
        whereabouts.answer(conn, "nobody", whereabouts.LEFT, TODAY, today=TODAY)
    p = _pupil(conn)
    with pytest.raises(UserError, match="Unbekannte Angabe"):
        whereabouts.answer(conn, p.id, "moved", TODAY, today=TODAY)
