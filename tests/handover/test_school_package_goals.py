"""A school package carries the cases' goals with a scale and their ratings: the successor
has them, the receipt deletes them in the issuing vault, and the anonymous outcome stays
there (the years she counted)."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain import handover as rules
from ssa_desktop.domain.entities import Case, Contact, Person
from ssa_desktop.services import goals, handover_confirm, handover_school, persons
from ssa_desktop.storage import goals_repo
from ssa_desktop.storage import repositories as repo
from tests.support.vaults import fresh_vault

TODAY = date(2026, 8, 20)


def test_goals_and_ratings_go_with_the_school_and_their_outcome_stays(conn, tmp_path):
    with clock.frozen(TODAY):
        pupil = repo.PERSONS.insert(conn, Person("P-Lou", grade=7, school_id="school-1"))
        case = persons.save_case(conn, Case(pupil.id, date(2026, 3, 2), title="Schulangst"))
        goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                                baseline=-2, pupil_words="Ich will hin", created="2024-08-01 08:00:00"))
        contact = Contact(date(2026, 3, 9), "EB", 30, "school-1", pupil.id, case.id)
        goals.record_rated_contact(conn, contact, {goal.id: -1})
        goals.rate(conn, goal.id, 0, date(2026, 5, 4))
        goals_repo.GOAL_RATINGS.insert(conn, g.GoalRating(   # a deputy's, returned before
            goal.id, date(2026, 5, 18), 1, written_by="Jana Berger (Vertretung)"))
        persons.close_case(conn, case.id, date(2026, 6, 1), "achieved")
        outcome = conn.execute("SELECT * FROM goal_outcome").fetchall()
        assert len(outcome) == 1
        result = handover_school.create_school_package(
            conn, "school-1", rules.Deputy("Mara Ott"), tmp_path / "aus", today=TODAY)
        assert result.counts["Ziele mit Skala"] == 1 and result.counts["Einschätzungen der Ziele"] == 3
        with fresh_vault() as successor:
            _merged, receipt = handover_school.receive_school_package(
                successor.conn, result.path, result.key_text, tmp_path / "quittung", today=TODAY)
            [got] = goals_repo.CASE_GOALS.all(successor.conn)
            assert (got.id, got.text, got.pupil_words, got.baseline) == (
                goal.id, "Jeden Tag in die Schule", "Ich will hin", -2)
            assert [(r.level, r.contact_id, r.written_by)
                    for r in goals.ratings(successor.conn, goal.id)] == [
                (-1, contact.id, ""), (0, None, ""), (1, None, "Jana Berger (Vertretung)")]
        handover_confirm.confirm_school_handover(conn, receipt, today=TODAY)
    assert goals_repo.CASE_GOALS.all(conn) == [] and goals_repo.GOAL_RATINGS.all(conn) == []
    assert conn.execute("SELECT * FROM goal_outcome").fetchall() == outcome
