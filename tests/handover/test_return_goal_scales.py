"""The deputy's return carries each handed goal's scale as she last had it (meta
``goal_scales``, docs/handover.md): a goal she re-scaled is known by its scale, not
guessed from a level. A rating on a level both scales share (1, 2) no longer goes in
with the other scale's meaning; a return of an earlier release (no scales) reads as
before; a crafted scale list is refused in German, nothing stored. Real vaults, real
package and return files."""

from __future__ import annotations

import json
from datetime import date

import pytest

from ssa_desktop.domain import goals as g
from ssa_desktop.domain import handover as rules
from ssa_desktop.services import goals, handover_deputy_work, handover_return
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import goals_repo
from ssa_desktop.storage import handover_repo as q
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_goal_ratings import LEFT_OUT_TAIL, _package
from tests.handover.test_deputy_return import LATER, _craft, _dump, _entry, _open, _return, _two

BOTH = [(g.GAS, g.GENERIC, 2), (g.GENERIC, g.GAS, 1)]   # here, hers, a level both have


def _goal(conn, person_id: str, scale: str) -> g.CaseGoal:
    case = next(c for c in repo.CASES.all(conn) if c.person_id == person_id)
    return goals.save_goal(conn, g.CaseGoal(case.id, "Jeden Tag in die Schule", scale=scale,
                                            created="2026-09-12 10:00:00"))


def _rescaled(conn, out, here: str, hers: str, level: int, rated_here: bool = True):
    """A's goal went out unrated on ``here``; the deputy set it to ``hers`` in her package
    and rated it ``level`` with her contact; the worker rated it here meanwhile (on her
    scale's lowest level). The goal, the contact and the package result."""
    a, _b = _two(conn)
    goal = _goal(conn, a.id, here)
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        goals_repo.CASE_GOALS.update(pkg, g.CaseGoal(**{
            **vars(goals_repo.CASE_GOALS.get(pkg, goal.id)), "scale": hers}))
        contact = handover_deputy_work.deputy_add_contact(
            pkg, _entry(pkg, a.id, note="Gespräch", ratings={goal.id: level}), today=LATER)
    finally:
        pkg.close()
    if rated_here:
        goals.rate(conn, goal.id, g.LEVELS[here][0], date(2026, 11, 20))
    return goal, contact, result


@pytest.mark.parametrize(("here", "hers", "level"), BOTH)
def test_a_rescaled_goals_rating_on_a_shared_level_is_left_out_counted_and_named(
        conn, out, here, hers, level):
    goal, contact, result = _rescaled(conn, out, here, hers, level)
    merged = handover_return.import_return(conn, _return(result, out).path, today=LATER)
    assert [(r.level, r.written_by) for r in goals.ratings(conn, goal.id)] == [
        (g.LEVELS[here][0], "")]
    assert goals_repo.CASE_GOALS.get(conn, goal.id).scale == here
    assert repo.CONTACTS.get(conn, contact.id) is not None      # the rest comes
    assert ("1 Einschätzung(en) der Vertretung zum Ziel „Jeden Tag in die Schule“ nicht "
            "übernommen" + LEFT_OUT_TAIL) in merged.after


def test_the_return_carries_each_goals_scale_as_she_last_had_it(conn, out):
    goal, _contact, result = _rescaled(conn, out, g.GAS, g.GENERIC, 2)
    ret = _return(result, out)
    pkg, _info = svc.open_package(ret.path, result.key_text, today=LATER)
    try:
        assert json.loads(q.meta(pkg)[rules.GOAL_SCALES]) == {goal.id: g.GENERIC}
    finally:
        pkg.close()


def _without_scales(result, ret) -> None:
    """The return as an earlier release wrote it: no scales."""
    _craft(result, ret, lambda pkg: pkg.execute("DELETE FROM meta WHERE key = ?",
                                                (rules.GOAL_SCALES,)))


def test_a_return_without_scales_reads_as_before(conn, out):
    """An earlier release's return: a level off the goal's scale still tells the re-scale
    (left out); a level both scales share cannot be told and is taken, as before."""
    goal, contact, result = _rescaled(conn, out, g.GAS, g.GENERIC, 4)
    ret = _return(result, out)
    _without_scales(result, ret)
    merged = handover_return.import_return(conn, ret.path, today=LATER)
    assert [r.level for r in goals.ratings(conn, goal.id)] == [-2]
    assert any(line.startswith("1 Einschätzung(en) der Vertretung zum Ziel") for line in
               merged.after)
    assert repo.CONTACTS.get(conn, contact.id) is not None


def test_an_old_return_with_a_shared_level_is_taken_as_before(conn, out):
    goal, _contact, result = _rescaled(conn, out, g.GAS, g.GENERIC, 2)
    ret = _return(result, out)
    _without_scales(result, ret)
    handover_return.import_return(conn, ret.path, today=LATER)
    assert sorted(r.level for r in goals.ratings(conn, goal.id)) == [-2, 2]


def test_a_rescaled_goal_not_rated_here_is_refused_naming_both_scales(conn, out):
    """Unrated here, the worker can set the goal to the deputy's scale and read again:
    the return is refused saying so, nothing stored (her 2 is no +2)."""
    goal, _contact, result = _rescaled(conn, out, g.GAS, g.GENERIC, 2, rated_here=False)
    ret = _return(result, out)
    before = _dump(conn)
    with pytest.raises(svc.PackageError) as err:
        handover_return.import_return(conn, ret.path, today=LATER)
    assert ("Einschätzung vom 03.12.2026: die Vertretung hat das Ziel „Jeden Tag in die "
            "Schule“ auf der Skala „Allgemeine Skala (1 bis 5)“ eingeschätzt, hier hat es die "
            "Skala „Zielerreichungsskala (−2 bis +2)“") in str(err.value)
    assert _dump(conn) == before
    assert ret.path.exists()
    assert goals.ratings(conn, goal.id) == []


@pytest.mark.parametrize("crafted", [
    '{"%s": "linear"}', '{"%s": 5}', '{"%s": null}', '["gas"]', '"gas"',
    '{"%s": "gas", "%s": "generic"}', "{kaputt", '{"%s": ["gas"]}'])
def test_a_crafted_scale_list_is_refused_in_german_nothing_stored(conn, out, crafted):
    goal, _contact, result = _rescaled(conn, out, g.GAS, g.GAS, 2)
    ret = _return(result, out)
    text = crafted.replace("%s", goal.id)
    _craft(result, ret, lambda pkg: q.set_meta(pkg, rules.GOAL_SCALES, text))
    before = _dump(conn)
    with pytest.raises(svc.PackageError) as err:
        handover_return.import_return(conn, ret.path, today=LATER)
    assert str(err.value).startswith(
        "Die Rückgabe wird nicht eingelesen; nichts wurde verändert. Ihre Angabe der Skalen "
        "der Ziele ist ungültig")
    assert "Traceback" not in str(err.value)
    assert _dump(conn) == before
    assert ret.path.exists()


def test_a_refused_rescaled_goal_of_a_restricted_person_is_not_named(conn, out):
    """Art. 18 DSGVO: the refusal says „ein Ziel“, not its text."""
    from ssa_desktop.services import retention

    goal, _contact, result = _rescaled(conn, out, g.GAS, g.GENERIC, 2, rated_here=False)
    person = repo.CASES.get(conn, goal.case_id).person_id
    retention.restrict(conn, person, today=LATER)
    with pytest.raises(svc.PackageError) as err:
        handover_return.import_return(conn, _return(result, out).path, today=LATER)
    assert "die Vertretung hat ein Ziel auf der Skala „Allgemeine Skala (1 bis 5)“" \
        in str(err.value)
    assert "Jeden Tag" not in str(err.value)


def test_another_scale_of_a_goal_that_went_out_rated_is_refused(conn, out):
    """Her window cannot re-scale a rated goal: a return saying so is refused, nothing
    stored (before, a level both scales share went in)."""
    a, _b = _two(conn)
    goal = _goal(conn, a.id, g.GAS)
    goals.rate(conn, goal.id, -2, date(2026, 10, 1))
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        handover_deputy_work.deputy_add_contact(
            pkg, _entry(pkg, a.id, note="Gespräch", ratings={goal.id: 1}), today=LATER)
    finally:
        pkg.close()
    ret = _return(result, out)
    _craft(result, ret, lambda pkg: q.set_meta(pkg, rules.GOAL_SCALES,
                                               json.dumps({goal.id: g.GENERIC})))
    before = _dump(conn)
    with pytest.raises(svc.PackageError, match="Einschätzung vom 03.12.2026: die Vertretung "
                                               "hat das Ziel „Jeden Tag in die Schule“ auf "
                                               "der Skala „Allgemeine Skala"):
        handover_return.import_return(conn, ret.path, today=LATER)
    assert _dump(conn) == before
