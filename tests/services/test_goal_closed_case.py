"""A closed case's goals are not rated or changed, wherever she tries (``rate``, a rated
contact, ``save_goal``, the command line): the closing recorded each goal's outcome
(Zielerreichung), a rating after it was not in it and the figures disagreed with the
trend. Reopened, the goal is rated; the next closing records its outcome anew, once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case, Contact, Person
from ssa_desktop.services import goals, persons
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE
from tests.support.cli_runs import run_cli

CLOSED = date(2026, 11, 2)
TODAY = date(2026, 11, 25)
REFUSAL = ("Der Fall ist seit dem 02.11.2026 abgeschlossen: öffnen Sie ihn wieder (Status "
           "„offen“), um weiter einzuschätzen.")


@pytest.fixture
def closed(conn):
    """A case with a GAS goal (baseline −2, rated −1 on 01.10.2026), closed 02.11.2026."""
    with clock.frozen(TODAY):
        pupil = repo.PERSONS.insert(conn, Person("K-9", grade=7, school_id="school-1",
                                                 created="2024-08-01T08:00:00"))
        case = persons.save_case(conn, Case(pupil.id, date(2026, 9, 1), title="Schulangst"))
        goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                                baseline=-2, created="2024-08-01 08:00:00"))
        goals.rate(conn, goal.id, -1, date(2026, 10, 1))
        persons.close_case(conn, case.id, CLOSED, "achieved")
        yield persons.get_case(conn, case.id), goal


def _figure_and_trend(conn, goal):
    [total] = [r.figures for r in goals.outcome_rows(conn, 2026) if r.label == "Zusammen"]
    shown = goals.trend(conn, goal.id)
    return (total.goals, total.rated_twice, total.improved, total.reached), \
        (len(shown.ratings), shown.change, shown.reached)


@pytest.mark.parametrize("day", [date(2026, 10, 20), CLOSED, date(2026, 11, 20)])
def test_a_rating_of_a_closed_case_is_refused_and_the_figure_stays_the_trend_s(conn, closed, day):
    case, goal = closed
    before = _figure_and_trend(conn, goal)
    assert before == ((1, 0, 1, 0), (1, 1, False))
    with pytest.raises(goals.GoalServiceError) as refused:
        goals.rate(conn, goal.id, 0, day)
    assert str(refused.value) == REFUSAL
    contact = Contact(day, "EB", 30, "school-1", case.person_id, case.id)
    with pytest.raises(goals.GoalServiceError, match="abgeschlossen"):
        goals.record_rated_contact(conn, contact, {goal.id: 0})
    assert repo.CONTACTS.get(conn, contact.id) is None   # all or nothing
    assert _figure_and_trend(conn, goal) == before


def test_a_closed_case_s_goals_are_not_set_up_or_changed(conn, closed):
    case, goal = closed
    with pytest.raises(goals.GoalServiceError) as refused:
        goals.save_goal(conn, replace(goal, baseline=-1))
    assert str(refused.value).endswith("um seine Ziele zu ändern.")
    with pytest.raises(goals.GoalServiceError, match="abgeschlossen"):
        goals.save_goal(conn, g.CaseGoal(case.id, "Neues Ziel", created="2024-08-01 08:00:00"))
    assert goals.goals_of_case(conn, case.id) == [goal]
    assert goals.closed_on(conn, case.id) == CLOSED


def test_reopened_rated_and_closed_again_the_figure_is_the_trend_s_once(conn, closed):
    case, goal = closed
    with clock.frozen(TODAY):
        persons.save_case(conn, replace(case, status="open"))
        assert goals.closed_on(conn, case.id) is None
        goals.rate(conn, goal.id, 0, TODAY)             # on the day of the new closing
        persons.close_case(conn, case.id, outcome="achieved")
    assert goals.closed_on(conn, case.id) == TODAY
    assert _figure_and_trend(conn, goal) == ((1, 1, 1, 1), (2, 2, True))
    assert conn.execute("SELECT moment, last_level, ratings, day FROM goal_outcome").fetchall() \
        == [("closing", 0, 2, "2026-11-25")]


def test_the_command_line_is_refused_in_german_nothing_written(open_vault, closed, capsys,
                                                               monkeypatch):
    _case, goal = closed
    folder = open_vault.vault.folder
    open_vault.lock()
    monkeypatch.setenv("SSA_PASSPHRASE", PASSPHRASE)
    with clock.frozen(TODAY):
        code, _out, err = run_cli(capsys, "goal", "rate", "--vault", str(folder), "--goal",
                                  goal.id, "--level", "0", "--date", "2026-11-20")
    assert code == 1 and "Traceback" not in err
    assert REFUSAL in err
    session = Vault(folder).unlock(PASSPHRASE)
    try:
        assert [r.level for r in goals.ratings(session.conn, goal.id)] == [-1]
    finally:
        session.lock()
