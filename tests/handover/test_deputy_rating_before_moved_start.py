"""She hands a goal out, then moves its start („Ausgangswert vom“) later here; the deputy
rated it by the start in her package copy. The return leaves that rating out with a
German reason in its report (as a rating on a scale she changed), the rest of the return
comes – before, the return checked only the level and the rating arrived dated before
the new start (reviewer's finding). Real vaults, real package and return files."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import clock
from ssa_desktop.domain import goals as g
from ssa_desktop.services import goals, handover_deputy_work, handover_return
from ssa_desktop.storage import goals_repo
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_goal_ratings import _goal, _package
from tests.handover.test_deputy_return import LATER, WORKDAY, _entry, _open, _return, _two

MOVED_TO = date(2026, 12, 4)      # a day after the deputy's rating (WORKDAY, 03.12.2026)


def _rated_then_moved(conn, out, restrict: bool = False):
    """A's goal (start 12.09.2026) and another go out; the deputy rates both on WORKDAY
    with her contact; the worker then moves the first goal's start to MOVED_TO."""
    a, _b = _two(conn)
    goal = _goal(conn, a.id, "Jeden Tag in die Schule")
    other = _goal(conn, a.id, "Pausen ohne Streit")
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        contact = handover_deputy_work.deputy_add_contact(
            pkg, _entry(pkg, a.id, note="Gespräch", ratings={goal.id: 0, other.id: 1}),
            today=LATER)
    finally:
        pkg.close()
    with clock.frozen(LATER):
        goals.save_goal(conn, g.started_on(goals_repo.CASE_GOALS.get(conn, goal.id), MOVED_TO))
    if restrict:
        from ssa_desktop.services import retention

        retention.restrict(conn, a.id, today=LATER)
    return goal, other, contact, _return(result, out).path


def test_her_rating_before_the_moved_start_is_left_out_the_rest_comes(conn, out):
    goal, other, contact, path = _rated_then_moved(conn, out)
    merged = handover_return.import_return(conn, path, today=LATER)
    assert goals.ratings(conn, goal.id) == []
    assert goals_repo.CASE_GOALS.get(conn, goal.id).created.startswith("2026-12-04")
    assert [(r.level, r.day, r.contact_id) for r in goals.ratings(conn, other.id)] == [
        (1, WORKDAY, contact.id)]
    assert repo.CONTACTS.get(conn, contact.id) is not None
    assert ("Einschätzung der Vertretung vom 03.12.2026 zum Ziel „Jeden Tag in die Schule“ "
            "nicht übernommen: sie liegt vor dem Ausgangswert vom 04.12.2026 (Sie haben den "
            "Tag nach der Übergabe verschoben); tragen Sie sie bei Bedarf mit einem Tag ab "
            "dann selbst ein.") in merged.after


def test_for_a_restricted_person_the_sentence_does_not_name_the_goal(conn, out):
    """Art. 18 DSGVO: the goal of a person restricted here stays unnamed."""
    goal, _other, _contact, path = _rated_then_moved(conn, out, restrict=True)
    merged = handover_return.import_return(conn, path, today=LATER)
    assert not any("Jeden Tag" in line for line in merged.after)
    assert any(line.startswith("Einschätzung der Vertretung vom 03.12.2026 zu einem Ziel "
                               "nicht übernommen: sie liegt vor dem Ausgangswert vom "
                               "04.12.2026") for line in merged.after)
    assert goals.ratings(conn, goal.id) == []
