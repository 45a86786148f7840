"""Goals with a scale on a real vault: set-up and ratings, the anonymous outcome at closing
and at the school year's end, the figures of a hand-computed scenario (every one a
literal), and deletion: goals and ratings go with their person, a restore does not bring
them back, the anonymous outcome stays."""

from __future__ import annotations

import shutil
from datetime import date

import pytest

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case, Contact, Person, School
from ssa_desktop.services import activities as act
from ssa_desktop.services import goals, persons
from ssa_desktop.services import retention as rsvc
from ssa_desktop.services import school_year_change as syc
from ssa_desktop.storage import goals_repo
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
from tests.conftest import PASSPHRASE


def _case(conn, pseudo: str, school: str = "school-1", leaving: date | None = None) -> Case:
    person = repo.PERSONS.insert(conn, Person(pseudo, grade=7, school_id=school,
                                              leaving_date=leaving, created="2025-08-01T10:00:00"))
    return persons.save_case(conn, Case(person.id, date(2025, 9, 1), title=f"Fall {pseudo}"))


def _goal(conn, case: Case, scale: str, baseline: int, text: str = "Ziel") -> g.CaseGoal:
    return goals.save_goal(conn, g.CaseGoal(case.id, text, scale=scale, baseline=baseline,
                                            created="2025-09-01T10:00:00"))


def test_a_goal_is_set_up_rated_and_refused_in_german(conn):
    case = _case(conn, "K-1")
    goal = goals.save_goal(conn, g.CaseGoal(case.id, " Pünktlich kommen ", scale=g.GAS, baseline=-2,
                                            anchor_1="kommt fast nie pünktlich",
                                            pupil_words="Ich will morgens da sein",
                                            created="2025-09-01T10:00:00"))
    assert goals_repo.CASE_GOALS.get(conn, goal.id).text == "Pünktlich kommen"
    with pytest.raises(goals.GoalServiceError, match="Stufe der Skala"):
        goals.rate(conn, goal.id, 3, date(2025, 10, 1))
    goals.rate(conn, goal.id, -1, date(2025, 10, 1))
    goals.rate(conn, goal.id, 1, date(2025, 11, 1))
    trend = goals.trend(conn, goal.id)
    assert trend.change == 3 and trend.reached
    HERS = g.POST_HOLDER   # her own ratings: no deputy mark
    assert trend.rows() == [("Ausgangswert (01.09.2025)", "−2", "kommt fast nie pünktlich", HERS),
                            ("01.10.2025", "−1", "weniger als erwartet", HERS),
                            ("01.11.2025", "+1", "mehr als erwartet", HERS)]
    goal.scale = g.GENERIC
    goal.baseline = 1
    with pytest.raises(goals.GoalServiceError, match="Skala eines eingeschätzten Ziels"):
        goals.save_goal(conn, goal)
    assert not conn.in_transaction
    # a rating is optional: a form without one writes none
    assert goals.rate_many(conn, {}, date(2025, 12, 1)) == []
    assert len(goals.ratings(conn, goal.id)) == 2


def test_a_rating_on_a_day_to_come_is_refused_by_the_service(conn):
    """The rule the rating form said (a typo in the year put a rating years ahead in the
    trend) holds on every way to ``rate``, the due day itself allowed."""
    goal = _goal(conn, _case(conn, "K-9"), g.GAS, -2)
    with clock.frozen(date(2026, 11, 26)):
        with pytest.raises(goals.GoalServiceError) as refused:
            goals.rate(conn, goal.id, 0, date(2026, 11, 27))
        assert str(refused.value) == ("Der 27.11.2026 liegt in der Zukunft: bitte den Tag der "
                                      "Einschätzung angeben.")
        with pytest.raises(goals.GoalServiceError, match="in der Zukunft"):
            goals.rate_many(conn, {goal.id: 0}, date(2062, 11, 26))
        assert goals.ratings(conn, goal.id) == []
        goals.rate(conn, goal.id, 0, date(2026, 11, 26))   # today itself
    assert [r.day for r in goals.ratings(conn, goal.id)] == [date(2026, 11, 26)]


def test_a_rating_from_a_contact_stays_when_the_contact_goes(conn):
    case = _case(conn, "K-2")
    goal = _goal(conn, case, g.GENERIC, 2)
    contact = act.record_contact(conn, Contact(date(2025, 10, 6), "EB", 30, school_id="school-1",
                                               person_id=case.person_id, case_id=case.id))
    goals.rate(conn, goal.id, 3, contact.day, contact.id)
    assert [(r.level, r.contact_id) for r in goals.ratings(conn, goal.id)] == [(3, contact.id)]
    conn.execute("DELETE FROM contact WHERE id = ?", (contact.id,))
    assert [(r.level, r.contact_id) for r in goals.ratings(conn, goal.id)] == [(3, None)]


@pytest.fixture
def scenario(conn):
    """School-1 (Gemeinschaftsschule) and school-2 (Realschule), school year 2025/26.

    G1 GAS −2 → −1, 0; case closed 01.03.2026: rated twice, +2, reached
    G2 generic 2 → 2; case closed 01.03.2026: rated once, 0
    G3 generic 3, never rated, same case as G2
    G4 GAS −1 → 0, −1, +1; case open at the year's end: rated three times, +2, reached
    G5 generic 1 → 3, 5 at school-2; case closed 15.06.2026: twice, +4, reached
    A rating after the closing day (G1, 05.03.2026: −2) is not counted.
    """
    repo.SCHOOLS.insert(conn, School("Realschule Nord", code="RS-2", school_type="RS", id="school-2"))
    a, b, c = _case(conn, "A-1", leaving=date(2026, 7, 31)), _case(conn, "B-2"), _case(conn, "C-3")
    e = _case(conn, "E-5", school="school-2")
    g1, g2, g3 = _goal(conn, a, g.GAS, -2), _goal(conn, b, g.GENERIC, 2), _goal(conn, b, g.GENERIC, 3)
    g4, g5 = _goal(conn, c, g.GAS, -1), _goal(conn, e, g.GENERIC, 1)
    for goal, day, level in [(g1, date(2025, 10, 1), -1), (g1, date(2025, 12, 1), 0),
                             (g1, date(2026, 3, 5), -2),
                             (g2, date(2025, 11, 1), 2),
                             (g4, date(2025, 11, 1), 0), (g4, date(2026, 2, 1), -1),
                             (g4, date(2026, 5, 1), 1),
                             (g5, date(2026, 1, 10), 3), (g5, date(2026, 6, 1), 5)]:
        goals.rate(conn, goal.id, level, day)
    persons.close_case(conn, a.id, date(2026, 3, 1), "achieved")
    persons.close_case(conn, b.id, date(2026, 3, 1), "partly")
    persons.close_case(conn, e.id, date(2026, 6, 15), "achieved")
    with clock.frozen(date(2026, 8, 3)):
        syc.apply(conn, syc.plan_for(conn, "school-1"))
    return {"a": a, "goals": (g1, g2, g3, g4, g5)}


def _figures(conn, year=2025, schools=None):
    return [(r.label, r.figures.goals, r.figures.rated_twice, r.figures.improved, r.figures.reached)
            for r in goals.outcome_rows(conn, year, schools)]


def test_the_hand_computed_scenario(conn, scenario):
    assert _figures(conn) == [("Gemeinschaftsschule", 4, 2, 2, 2),
                              ("Realschule", 1, 1, 1, 1),
                              ("Zusammen", 5, 3, 3, 3)]
    assert _figures(conn, schools=["school-2"]) == [("Realschule", 1, 1, 1, 1), ("Zusammen", 1, 1, 1, 1)]
    assert _figures(conn, year=2026) == [("Zusammen", 0, 0, 0, 0)]
    rows = conn.execute("SELECT moment, scale, baseline, last_level, ratings, day FROM goal_outcome"
                        " ORDER BY day, baseline").fetchall()
    assert sorted(rows) == sorted([
        ("closing", "gas", -2, 0, 2, "2026-03-01"), ("closing", "generic", 2, 2, 1, "2026-03-01"),
        ("closing", "generic", 3, None, 0, "2026-03-01"), ("closing", "generic", 1, 5, 2, "2026-06-15"),
        ("year_end", "gas", -1, 1, 3, "2026-07-31")])
    # no text, no person, no case in the anonymous layer
    columns = [r[1] for r in conn.execute("PRAGMA table_info(goal_outcome)")]
    assert columns == ["goal_token", "school_year", "school_id", "moment", "scale", "baseline",
                       "last_level", "ratings", "day"]


def test_a_closing_again_replaces_the_goals_outcome(conn, scenario):
    a = scenario["a"]
    a.status = "open"
    persons.save_case(conn, a)
    goals.rate(conn, scenario["goals"][0].id, 1, date(2026, 3, 20))
    persons.close_case(conn, a.id, date(2026, 3, 31), "achieved")
    assert _figures(conn)[-1] == ("Zusammen", 5, 3, 3, 3)
    assert conn.execute("SELECT last_level, ratings FROM goal_outcome WHERE baseline = -2"
                        ).fetchall() == [(1, 4)]


def test_deleted_goals_stay_deleted_after_a_restore_and_the_figures_stay(open_vault, conn, scenario,
                                                                         tmp_path):
    from ssa_desktop.storage.backup import export_database

    g1, g2, *_ = scenario["goals"]
    backup = tmp_path / "b.ssadb"
    export_database(conn, open_vault.data_key, backup)
    before = _figures(conn)
    # G2 removed by hand (entered by mistake), A-1 (G1) deleted by the retention rules
    goals.delete_goal(conn, g2.id)
    rsvc.apply(conn, [("person", scenario["a"].person_id)], today=date(2026, 9, 1), compact=False)
    assert goals_repo.CASE_GOALS.get(conn, g1.id) is None
    assert goals.ratings(conn, g1.id) == [] and goals.ratings(conn, g2.id) == []
    assert _figures(conn) == before
    stones = rsvc.deleted_ids_since(conn)
    assert ("case_goal" in {kind for _id, kind, _day in stones})
    folder = tmp_path / "restored"
    folder.mkdir()
    shutil.copyfile(backup, folder / "vault.ssadb")
    shutil.copyfile(open_vault.vault.key_path, folder / "vault.key")
    restored = Vault(folder).unlock(PASSPHRASE)
    try:
        assert goals_repo.CASE_GOALS.get(restored.conn, g2.id) is not None
        rsvc.reapply_deletions(restored.conn, stones)
        for goal in (g1, g2):
            assert goals_repo.CASE_GOALS.get(restored.conn, goal.id) is None
            assert goals.ratings(restored.conn, goal.id) == []
        assert _figures(restored.conn) == before
    finally:
        restored.lock()
