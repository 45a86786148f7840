"""Issue 63: the deputy rates the goals handed to her (goals and their ratings are on the
Vertretung's allow-list, ``domain/tables.py``), her ratings come back with her return;
a rating of a goal that was not handed out is refused, a goal deleted meanwhile is not
brought back. Real vaults, real package and return files."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import goals as g
from ssa_desktop.services import goals, handover_deputy, handover_deputy_work, handover_return
from ssa_desktop.services import handover as svc
from ssa_desktop.storage import goals_repo
from ssa_desktop.storage import repositories as repo
from tests.handover.test_deputy_return import (
    LATER,
    WORKDAY,
    _craft,
    _dump,
    _entry,
    _open,
    _return,
    _two,
)
from tests.services.test_handover import DEPUTY, PERIOD, TODAY


def _package(conn, out, person, ticked=True):
    """A package for ``person`` with "Ziele der Fälle" ticked (the goals' texts go)."""
    return handover_deputy.create_deputy_package(
        conn, PERIOD, DEPUTY, [person.id], out / "paket.ssapaket", for_name="Frau Albers",
        extras={person.id: {"case_goals"}} if ticked else None, today=TODAY)


def _goal(conn, person_id: str, text: str) -> g.CaseGoal:
    case = next(c for c in repo.CASES.all(conn) if c.person_id == person_id)
    return goals.save_goal(conn, g.CaseGoal(case.id, text, scale=g.GAS, baseline=-2,
                                            pupil_words="Ich will hin", anchor_3="4 von 5 Tagen",
                                            created="2026-09-12 10:00:00"))


def _rated_return(conn, out, level=0):
    a, b = _two(conn)
    goal = _goal(conn, a.id, "Jeden Tag in die Schule")
    goals.rate(conn, goal.id, -2, date(2026, 10, 1))
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        [handed] = goals_repo.CASE_GOALS.all(pkg)
        assert (handed.text, handed.anchor_3, handed.pupil_words) == (
            "Jeden Tag in die Schule", "4 von 5 Tagen", "")   # her own words stay home
        assert [r.level for r in goals_repo.GOAL_RATINGS.all(pkg)] == [-2]
        contact = handover_deputy_work.deputy_add_contact(
            pkg, _entry(pkg, a.id, note="Gespräch", ratings={goal.id: level}), today=LATER)
    finally:
        pkg.close()
    return a, b, goal, result, contact


def test_her_rating_of_a_handed_goal_comes_back_with_its_contact(conn, out):
    _a, _b, goal, result, contact = _rated_return(conn, out)
    merged = handover_return.import_return(conn, _return(result, out).path, today=LATER)
    assert not merged.conflicts
    levels = [(r.level, r.day, r.contact_id) for r in goals.ratings(conn, goal.id)]
    assert levels == [(-2, date(2026, 10, 1), None), (0, WORKDAY, contact.id)]
    assert not any("gelöschten Ziel" in line for line in merged.after)   # none was deleted


def test_her_rating_comes_back_marked_as_hers_in_the_trend_and_the_auskunft(conn, out):
    """Who rated: her rating carries „Jana Berger (Vertretung)“ in the package, after the
    return in the worker's vault, in the goal's trend (and its print) and in the
    Auskunft; the worker's own rating stays unmarked (the post holder's)."""
    from ssa_desktop.services import privacy

    a, _b, goal, result, contact = _rated_return(conn, out)
    pkg = _open(result)
    try:
        assert [(r.level, r.written_by) for r in goals.ratings(pkg, goal.id)] == [
            (-2, ""), (0, "Jana Berger (Vertretung)")]
    finally:
        pkg.close()
    handover_return.import_return(conn, _return(result, out).path, today=LATER)
    assert [(r.level, r.contact_id, r.written_by) for r in goals.ratings(conn, goal.id)] == [
        (-2, None, ""), (0, contact.id, "Jana Berger (Vertretung)")]
    assert [row[3] for row in goals.trend(conn, goal.id).rows()] == [
        "Stelleninhaberin", "Stelleninhaberin", "Jana Berger (Vertretung)"]
    assert [p[3] for p in goals.trend_sheet(conn, goal.id).points] == [
        "Stelleninhaberin", "Stelleninhaberin", "Jana Berger (Vertretung)"]
    [item] = [i for i in privacy.collect(conn, a.id) if i.section == "Ziele mit Skala"]
    assert item.fields[-2:] == [
        ("Einschätzung am 01.10.2026", "−2 viel weniger als erwartet"),
        (f"Einschätzung am {WORKDAY:%d.%m.%Y}",
         "0 4 von 5 Tagen (eingetragen von Jana Berger (Vertretung))")]


def test_a_return_cannot_pass_her_rating_off_as_the_workers(conn, out):
    """A rating in the return that claims no author (the worker's own) is marked as the
    deputy's all the same: an entry of the worker never comes from a return."""
    a, _b = _two(conn)
    goal = _goal(conn, a.id, "Jeden Tag in die Schule")
    result = _package(conn, out, a)
    ret = _return(result, out)
    _craft(result, ret, lambda pkg: goals_repo.GOAL_RATINGS.insert(
        pkg, g.GoalRating(goal.id, WORKDAY, 1, written_by="")))
    handover_return.import_return(conn, ret.path, today=LATER)
    assert [(r.level, r.written_by) for r in goals.ratings(conn, goal.id)] == [
        (1, "Jana Berger (Vertretung)")]


def test_a_package_written_before_the_mark_returns_only_her_new_rating(conn, out):
    """A package written before ratings had ``written_by`` holds no baseline hash for it;
    opened by this version the column is added ("") to the handed ratings. They are not
    hers and stay out of the return (before: every handed rating looked changed, and the
    return was refused as bringing ratings it had not made)."""
    import json

    from ssa_desktop.storage import handover_repo

    a, _b, goal, result, contact = _rated_return(conn, out)
    pkg = _open(result)
    try:
        baseline = json.loads(handover_repo.meta(pkg)["baseline"])
        for fields in baseline["goal_rating"].values():
            fields.pop("written_by")                 # as the older version wrote it
        handover_repo.set_meta(pkg, "baseline", json.dumps(baseline))
    finally:
        pkg.close()
    ret = _return(result, out)
    assert ret.counts["Einschätzungen der Ziele"] == 1
    handover_return.import_return(conn, ret.path, today=LATER)
    assert [(r.level, r.contact_id, r.written_by) for r in goals.ratings(conn, goal.id)] == [
        (-2, None, ""), (0, contact.id, "Jana Berger (Vertretung)")]


def test_a_rating_for_a_goal_not_handed_out_is_refused(conn, out):
    _a, b, _handed, result, _contact = _rated_return(conn, out)
    foreign = _goal(conn, b.id, "Ziel von Ben")       # Ben was not in the package
    ret = _return(result, out)
    _craft(result, ret, lambda pkg: goals_repo.GOAL_RATINGS.insert(
        pkg, g.GoalRating(foreign.id, WORKDAY, 1)))
    before = _dump(conn)
    with pytest.raises(svc.PackageError, match="das Ziel wurde nicht mit dem "
                                               "Vertretungspaket übergeben"):
        handover_return.import_return(conn, ret.path, today=LATER)
    assert _dump(conn) == before


def test_a_rating_of_a_goal_she_deleted_meanwhile_does_not_bring_it_back(conn, out):
    _a, _b, goal, result, contact = _rated_return(conn, out)
    goals.delete_goal(conn, goal.id)          # tombstoned in her vault
    merged = handover_return.import_return(conn, _return(result, out).path, today=LATER)
    assert goals_repo.CASE_GOALS.get(conn, goal.id) is None
    assert goals_repo.GOAL_RATINGS.all(conn) == []
    assert repo.CONTACTS.get(conn, contact.id) is not None    # the contact itself comes
    assert any("gelöschten Ziel" in line for line in merged.after)


def test_the_deputy_rates_only_goals_of_the_contacts_case(conn, out):
    a, _b = _two(conn)
    goal = _goal(conn, a.id, "Jeden Tag in die Schule")
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        with pytest.raises(svc.PackageError, match="Ziel"):
            handover_deputy_work.deputy_add_contact(
                pkg, _entry(pkg, a.id, case_id=None, ratings={goal.id: 0}), today=LATER)
        with pytest.raises(svc.PackageError, match="Stufe"):
            handover_deputy_work.deputy_add_contact(
                pkg, _entry(pkg, a.id, ratings={goal.id: 7}), today=LATER)
    finally:
        pkg.close()


def test_without_the_tick_no_goal_goes_along(conn, out):
    a, _b = _two(conn)
    goal = _goal(conn, a.id, "Jeden Tag in die Schule")
    goals.rate(conn, goal.id, -2, date(2026, 10, 1))
    pkg = _open(_package(conn, out, a, ticked=False))
    try:
        assert goals_repo.CASE_GOALS.all(pkg) == [] and goals_repo.GOAL_RATINGS.all(pkg) == []
    finally:
        pkg.close()


def test_a_rating_she_deleted_after_a_return_does_not_come_back_with_the_next(conn, out):
    """Admission: the tombstone of a rating the first return brought keeps it out of the
    second return, which carries it again."""
    _a, _b, goal, result, _contact = _rated_return(conn, out)
    handover_return.import_return(conn, _return(result, out).path, today=LATER)
    [mine, theirs] = goals.ratings(conn, goal.id)
    goals.delete_rating(conn, theirs.id)
    handover_return.import_return(conn, _return(result, out, name="r2.ssapaket").path,
                                  today=LATER)
    assert [r.id for r in goals.ratings(conn, goal.id)] == [mine.id]


def test_a_level_the_goals_scale_does_not_have_is_refused(conn, out):
    _a, _b, goal, result, _contact = _rated_return(conn, out)
    ret = _return(result, out)
    _craft(result, ret, lambda pkg: goals_repo.GOAL_RATINGS.insert(
        pkg, g.GoalRating(goal.id, WORKDAY, 5)))        # a GAS goal runs −2 … +2
    before = _dump(conn)
    with pytest.raises(svc.PackageError, match="Einschätzung vom 03.12.2026: die Stufe 5 "):
        handover_return.import_return(conn, ret.path, today=LATER)
    assert _dump(conn) == before


def test_a_rating_may_name_a_contact_an_earlier_return_brought(conn, out):
    """A second return's rating of a contact the first return brought (not in this return)
    is admitted: the contact is hers, known from the registry's returned ids."""
    _a, _b, goal, result, contact = _rated_return(conn, out)
    handover_return.import_return(conn, _return(result, out).path, today=LATER)
    ret = _return(result, out, name="r2.ssapaket")

    def rate_without_the_contact(pkg):
        pkg.execute("PRAGMA foreign_keys = OFF")
        pkg.execute("DELETE FROM goal_rating WHERE contact_id = ?", (contact.id,))
        pkg.execute("DELETE FROM contact WHERE id = ?", (contact.id,))
        goals_repo.GOAL_RATINGS.insert(pkg, g.GoalRating(goal.id, WORKDAY, 1,
                                                         contact_id=contact.id))
    _craft(result, ret, rate_without_the_contact)
    handover_return.import_return(conn, ret.path, today=LATER)
    assert sorted(r.level for r in goals.ratings(conn, goal.id)
                  if r.contact_id == contact.id) == [0, 1]


def test_a_rating_naming_a_contact_not_in_the_return_is_refused(conn, out):
    _a, _b, goal, result, _contact = _rated_return(conn, out)
    ret = _return(result, out)

    def rate_a_stranger(pkg):
        pkg.execute("PRAGMA foreign_keys = OFF")
        goals_repo.GOAL_RATINGS.insert(pkg, g.GoalRating(goal.id, WORKDAY, 1,
                                                         contact_id="c" * 32))
    _craft(result, ret, rate_a_stranger)
    before = _dump(conn)
    with pytest.raises(svc.PackageError, match="\n  Einschätzung vom 03.12.2026: der Kontakt "
                                               "ist nicht in der Rückgabe"):
        handover_return.import_return(conn, ret.path, today=LATER)
    assert _dump(conn) == before


def test_two_returns_carrying_her_rating_bring_it_once_in_its_place(conn, out):
    """Idempotence: each return carries all she rated; read twice, the goal's history is
    the worker's rating and hers once, in time order, with their days and levels."""
    _a, _b, goal, result, contact = _rated_return(conn, out, level=1)
    for name in ("r1.ssapaket", "r2.ssapaket"):
        handover_return.import_return(conn, _return(result, out, name=name).path, today=LATER)
    assert [(r.day, r.level, r.contact_id) for r in goals.ratings(conn, goal.id)] == [
        (date(2026, 10, 1), -2, None), (contact.day, 1, contact.id)]


def _rescaled_return(conn, out, also: int | None = None):
    """A's goal went out unrated; the deputy changed its scale in her package to 1 … 5 and
    rated it 4 (and another goal 1) with her contact, and added a document; the worker
    rated the goal here on GAS meanwhile. The goals, contact, document and return path."""
    from tests.support import document_files as f

    a, _b = _two(conn)
    goal = _goal(conn, a.id, "Jeden Tag in die Schule")            # unrated when handed
    other = _goal(conn, a.id, "Pausen ohne Streit")
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        goals_repo.CASE_GOALS.update(pkg, g.CaseGoal(**{
            **vars(goals_repo.CASE_GOALS.get(pkg, goal.id)), "scale": g.GENERIC,
            "baseline": 1}))
        contact = handover_deputy_work.deputy_add_contact(
            pkg, _entry(pkg, a.id, note="Gespräch", ratings={goal.id: 4, other.id: 1}),
            today=LATER)
        if also is not None:   # a second rating of the goal, a level both scales have
            handover_deputy_work.deputy_add_contact(
                pkg, _entry(pkg, a.id, note="Nachgespräch", ratings={goal.id: also}),
                today=LATER)
        added = handover_deputy_work.deputy_add_document(
            pkg, a.id, "consent", "Einwilligung Mutter", WORKDAY, f.pdf(text="Einwilligung"),
            "/home/jana/Scans/scan_0001.pdf")
    finally:
        pkg.close()
    goals.rate(conn, goal.id, -1, date(2026, 11, 20))             # hers, on GAS, meanwhile
    return a, goal, other, contact, added, _return(result, out).path


LEFT_OUT_TAIL = (": die Vertretung hat es auf einer anderen Skala eingeschätzt als Sie "
                 "hier; es bleibt bei Ihrer Skala und Ihren Einschätzungen.")


def test_her_ratings_on_a_scale_she_changed_are_left_out_the_rest_comes(conn, out):
    """The return is taken: the deputy's ratings of the re-scaled goal are left out,
    counted and named in the result; the goal keeps its scale and the worker's ratings;
    the deputy's contact, her rating of another goal and her document arrive."""
    from ssa_desktop.storage import documents_repo

    _a, goal, other, contact, added, path = _rescaled_return(conn, out)
    merged = handover_return.import_return(conn, path, today=LATER)
    assert goals_repo.CASE_GOALS.get(conn, goal.id).scale == g.GAS
    assert [(r.level, r.written_by) for r in goals.ratings(conn, goal.id)] == [(-1, "")]
    assert [(r.level, r.contact_id) for r in goals.ratings(conn, other.id)] == [
        (1, contact.id)]
    assert repo.CONTACTS.get(conn, contact.id) is not None
    assert documents_repo.DOCUMENTS.get(conn, added.id) is not None
    assert ("1 Einschätzung(en) der Vertretung zum Ziel „Jeden Tag in die Schule“ nicht "
            "übernommen" + LEFT_OUT_TAIL) in merged.after


def test_every_rating_of_the_rescaled_goal_is_left_out_and_counted(conn, out):
    """Her 4 and 2 on „1 bis 5“: both go (a 2 there is no +2 here) and both are counted
    (the 2, a level both scales have, went in as +2 and the sentence said 1)."""
    _a, goal, _other, _contact, _added, path = _rescaled_return(conn, out, also=2)
    merged = handover_return.import_return(conn, path, today=LATER)
    assert [r.level for r in goals.ratings(conn, goal.id)] == [-1]
    assert ("2 Einschätzung(en) der Vertretung zum Ziel „Jeden Tag in die Schule“ nicht "
            "übernommen" + LEFT_OUT_TAIL) in merged.after


def test_the_left_out_ratings_of_a_restricted_person_do_not_name_the_goal(conn, out):
    """Art. 18 DSGVO: for a person restricted here the sentence counts, without the goal."""
    from ssa_desktop.services import retention

    a, goal, _other, _contact, _added, path = _rescaled_return(conn, out)
    retention.restrict(conn, a.id, today=LATER)
    merged = handover_return.import_return(conn, path, today=LATER)
    assert not any("Jeden Tag" in line for line in merged.after)
    assert ("1 Einschätzung(en) der Vertretung zu einem Ziel nicht übernommen"
            + LEFT_OUT_TAIL) in merged.after
    assert [r.level for r in goals.ratings(conn, goal.id)] == [-1]


def test_her_rating_before_the_goal_s_baseline_is_refused_as_the_worker_s_is(conn, out):
    """The deputy's form keeps the post holder's rule: no rating before the baseline's
    day (a package's goal whose start lies after her contact's day: crafted)."""
    a, _b = _two(conn)
    goal = _goal(conn, a.id, "Jeden Tag in die Schule")
    result = _package(conn, out, a)
    pkg = _open(result)
    try:
        goals_repo.CASE_GOALS.update(pkg, g.started_on(goals_repo.CASE_GOALS.get(pkg, goal.id),
                                                       WORKDAY.replace(day=WORKDAY.day + 1)))
        with pytest.raises(svc.PackageError, match="vor dem Ausgangswert vom"):
            handover_deputy_work.deputy_add_contact(
                pkg, _entry(pkg, a.id, note="Gespräch", ratings={goal.id: 0}), today=LATER)
        assert goals_repo.GOAL_RATINGS.all(pkg) == []
    finally:
        pkg.close()


def test_a_closed_case_s_goal_is_not_handed_out_nor_rated_by_her(conn, out):
    """The worker's rule (``goals.closed_case_problem``) holds for the deputy: a case
    closed before the package is not among her goals, and a contact with ratings in it
    is refused (the package offers open cases only)."""
    from ssa_desktop.services import persons

    a, _b = _two(conn)
    goal = _goal(conn, a.id, "Jeden Tag in die Schule")
    persons.close_case(conn, goal.case_id, date(2026, 10, 2), "achieved")
    pkg = _open(_package(conn, out, a))
    try:
        assert handover_deputy_work.deputy_overview(pkg).goals == []
        with pytest.raises(handover_deputy_work.PackageError, match="kein offener Fall"):
            handover_deputy_work.deputy_add_contact(
                pkg, _entry(pkg, a.id, case_id=goal.case_id, ratings={goal.id: 0}), today=LATER)
        assert [r.level for r in goals_repo.GOAL_RATINGS.all(pkg)] == []
    finally:
        pkg.close()
