"""Ratings dated before a goal's baseline that already exist (a vault from before the
rule, carried by an interchange file, an import or a merge) are kept, none refused or
rewritten – and the trend's table and its PDF read by date: such a rating stands before
„Ausgangswert (…)“, never after it; a new rating there is refused (``goals.rate``)."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from ssa_desktop.domain import goals as g
from ssa_desktop.domain.entities import Case
from ssa_desktop.services import goals, interchange_import, interchange_merge, persons
from ssa_desktop.services import interchange as ix
from ssa_desktop.storage import goals_repo
from tests.support.vaults import new_vault

HERS = g.POST_HOLDER
EXPECTED = [("14.09.2025", "−1", "weniger als erwartet", HERS),
            ("Ausgangswert (15.09.2025)", "−2", "viel weniger als erwartet", HERS),
            ("15.09.2025", "0", "erwartetes Ergebnis", HERS),
            ("06.10.2025", "+1", "mehr als erwartet", HERS)]


@pytest.fixture
def old_goal(conn, pupil):
    """A goal started 15.09.2025 with a rating of the day before, as a vault made before
    the rule holds it (written past the service, as it was then)."""
    case = persons.save_case(conn, Case(pupil.id, date(2025, 9, 1), title="Schulangst"))
    goal = goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=g.GAS,
                                            baseline=-2, created="2025-09-15 10:00:00"))
    goals_repo.GOAL_RATINGS.insert(conn, g.GoalRating(goal.id, date(2025, 9, 14), -1,
                                                      created="2025-09-20 09:00:00"))
    goals.rate(conn, goal.id, 1, date(2025, 10, 6))
    goals.rate(conn, goal.id, 0, date(2025, 9, 15))          # on the baseline's day: taken
    return goal


def test_a_new_rating_before_the_baseline_is_refused_by_the_service(conn, old_goal):
    with pytest.raises(goals.GoalServiceError, match="vor dem Ausgangswert vom 15.09.2025"):
        goals.rate(conn, old_goal.id, 0, date(2025, 9, 14))
    assert len(goals.ratings(conn, old_goal.id)) == 3


def test_the_trend_runs_by_date_with_the_baseline_at_its_day(conn, old_goal):
    trend = goals.trend(conn, old_goal.id)
    assert trend.rows() == EXPECTED and trend.baseline_at == 1


def test_imported_and_merged_they_are_kept_and_read_in_date_order(conn, old_goal, tmp_path):
    doc = ix.export_document(conn)
    imported = new_vault(tmp_path / "importiert")
    merged = new_vault(tmp_path / "zusammengefuehrt")
    try:
        interchange_import.import_document(imported.conn, doc)
        interchange_merge.merge_document(merged.conn, doc)
        for session in (imported, merged):
            assert goals.trend(session.conn, old_goal.id).rows() == EXPECTED
            path = goals.write_trend(session.conn, old_goal.id, tmp_path / "verlauf.pdf")
            text = "\n".join(p.extract_text() for p in PdfReader(str(path)).pages)
            table = text[text.index("Eingetragen von"):]
            spots = [table.index(day) for day in ("14.09.2025", "Ausgangswert (15.09.2025)",
                                                  "06.10.2025")]
            assert spots == sorted(spots), table
    finally:
        imported.lock()
        merged.lock()


def test_the_start_moves_only_where_no_rating_lies_before_it(conn, old_goal):
    later = g.started_on(old_goal, date(2025, 10, 1))
    with pytest.raises(goals.GoalServiceError, match="nach der Einschätzung vom 14.09.2025"):
        goals.save_goal(conn, later)
    old_goal.text = "Jeden Morgen in die Schule"   # the start left as it was: saved
    goals.save_goal(conn, old_goal)
    earlier = goals.save_goal(conn, g.started_on(old_goal, date(2025, 9, 1)))
    assert g.baseline_day(goals_repo.CASE_GOALS.get(conn, earlier.id)) == date(2025, 9, 1)
