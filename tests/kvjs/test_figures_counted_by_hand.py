"""KVJS figures counted by hand (docs/statistics.md) for the cases the fixture and the
generated properties leave open: which figures of a post are not the sum of its schools',
which sums the Statistik form shows, which figures a merged file may carry as decimals,
who counts as "with parents" or "with a teacher", the key a value outside the catalogue
counts under, the master-data figures at their edges, and the drill-down's default key.
Every expected figure is counted by hand from the few records of the test."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import kvjs
from ssa_desktop.domain import kvjs_template as tpl
from ssa_desktop.domain.entities import StatisticsRecord, TimeEntry

DAY = date(2025, 10, 1)


def _contact(token="p1", *, rid, school="s1", kind="pupil", gender="w", grade=7, roles=(),
             topics=(), route="", referral="", minutes=30, day=DAY):
    return StatisticsRecord(day, 2025, "contact", "EFH", minutes, school, "EB", gender, grade,
                            kind, topics, route, referral, roles, token, id=rid)


def _figures(records, entries=(), pupils=0, percent=0.0):
    return kvjs.compute(records, entries, pupils=pupils, post_percent=percent)


def _nonzero(value: dict) -> dict:
    return {k: v for k, v in value.items() if v}


# -- what adds up ----------------------------------------------------------------------------
NOT_ADDITIVE = {"posts_per_1000_pupils", "efh_persons", "efh_pupils", "efh_pupils_by_gender",
                "efh_pupils_by_grade", "efh_topics", "efh_access_routes"}


def test_a_pupil_at_two_schools_makes_exactly_the_person_figures_non_additive():
    """Lea is counselled at both schools of a post (the same token: one person in the
    year). The post counts her once, the two schools once each: the post's figure is not
    the sum of its schools' for the figures of distinct persons and the key figure; every
    other figure adds up. The declaration says the same (``additive``)."""
    at_1 = [_contact("lea", rid="a", school="s1", topics=("FAM",), route="self",
                     roles=("parent",))]
    at_2 = [_contact("lea", rid="b", school="s2", topics=("FAM",), route="teacher",
                     day=date(2025, 11, 5))]
    one = _figures(at_1, pupils=100, percent=50.0)      # 0.5 / 100 * 1000 = 5.0
    two = _figures(at_2, pupils=300, percent=50.0)      # 0.5 / 300 * 1000 = 1.67
    post = _figures(at_1 + at_2, pupils=400, percent=100.0)  # 1.0 / 400 * 1000 = 2.5
    assert (one["posts_per_1000_pupils"], two["posts_per_1000_pupils"],
            post["posts_per_1000_pupils"]) == (5.0, 1.67, 2.5)
    assert (post["efh_persons"], post["efh_pupils"]) == (1, 1)
    assert _nonzero(post["efh_access_routes"]) == {"self": 1}   # her first route of the year

    def summed(name):   # the plain sum (kvjs.add recomputes the key figure from the sums)
        a, b = one[name], two[name]
        return {k: a[k] + b[k] for k in a} if isinstance(a, dict) else round(a + b, 4)

    differ = {name for name in kvjs.NAMES if summed(name) != post[name]}
    assert differ == NOT_ADDITIVE
    # what the declaration says (docs/statistics.md lists it) is what was counted
    assert {a.name for a in kvjs.AGGREGATES if not a.additive} == differ


def _form(figures: dict) -> dict[str, object]:
    """What the Statistik form shows on the line of each dict figure (no key chosen):
    the sum of its keys, or nothing (None) where the keys do not split a total."""
    fields = tuple(tpl.Field(a.name, a.label, a.name) for a in kvjs.AGGREGATES if a.is_dict)
    form = tpl.Template("kvjs", "1", "KVJS", (tpl.Section("Alle", fields),))
    return {r.aggregate: r.value for r in tpl.layout(form, figures, "school") if not r.sub}


def test_the_form_shows_no_sum_for_topics_and_purposes():
    """A person with two topics counts under both, a group with two purposes likewise:
    the keys of these figures do not add up to a total, and the form shows no sum on
    their line; every other figure's line shows the sum of its keys."""
    recs = [
        _contact("ida", rid="c1", topics=("FAM", "SCH")),
        StatisticsRecord(DAY, 2025, "group_session", "GRP", 90, "s1", group_token="g1",
                         group_kind="group", participants_m=3, participants_w=4,
                         purposes=("SOZ", "PRV"), id="g1-1"),
    ]
    f = _figures(recs)
    assert (f["efh_persons"], sum(f["efh_topics"].values())) == (1, 2)
    assert (f["grp_activities"], sum(f["grp_by_purpose"].values())) == (1, 2)
    assert (f["grp_participants"], sum(f["grp_participants_by_purpose"].values())) == (7, 14)
    shown = _form(f)
    assert {name for name, value in shown.items() if value is None} == {
        "efh_topics", "grp_by_purpose", "grp_participants_by_purpose"}
    assert shown["efh_pupils_by_gender"] == f["efh_pupils"] == 1
    assert shown["grp_participants_by_gender"] == f["grp_participants"] == 7
    assert all(value == sum(f[name].values()) for name, value in shown.items()
               if value is not None)


def _merge_refuses(figures: dict) -> bool:
    from ssa_desktop.exports import kvjs_merge

    try:
        kvjs_merge._check_aggregates(figures, "Schule A")
    except kvjs_merge.MergeError:
        return True
    return False


def test_a_merged_file_may_carry_decimals_only_in_the_post_share_figures():
    """Post percent, FTE and the key figure are decimals (a file may carry 37.5 %); a
    merge refuses a file with a decimal in any other figure (a count is whole)."""
    f = _figures([], pupils=400, percent=37.5)
    assert (f["post_percent"], f["fte"], f["posts_per_1000_pupils"]) == (37.5, 0.375, 0.94)
    assert not _merge_refuses(dict(f))
    decimal_ok = {name for name in kvjs.NAMES if not kvjs.BY_NAME[name].is_dict
                  and not _merge_refuses(dict(f, **{name: 2.5}))}
    assert decimal_ok == {"post_percent", "fte", "posts_per_1000_pupils"}


def test_the_master_figures_without_pupils_or_share():
    f = _figures([], pupils=0, percent=0)
    assert (f["pupils"], f["post_percent"], f["fte"], f["posts_per_1000_pupils"]) == (
        0, 0.0, 0.0, 0.0)
    # rounding: 33.333 % -> 33.33, FTE four places, the key figure two
    f = _figures([], pupils=3, percent=33.333)
    assert (f["post_percent"], f["fte"], f["posts_per_1000_pupils"]) == (33.33, 0.3333, 111.1)


# -- with parents, with a teacher ------------------------------------------------------------
@pytest.mark.parametrize(("kind", "roles", "parents", "teachers"), [
    ("guardian", (), 1, 0),          # a parent counselled, no participants noted
    ("teacher", (), 0, 1),           # a teacher counselled
    ("pupil", ("parent",), 1, 0),    # a pupil's contact with a parent present
    ("pupil", ("teacher",), 0, 1),
    ("pupil", ("pupil", "other"), 0, 0),
    ("other", (), 0, 0),
    ("guardian", ("teacher",), 1, 1),
])
def test_contacts_with_parents_and_with_teachers(kind, roles, parents, teachers):
    f = _figures([_contact(rid="x", kind=kind, roles=roles)])
    assert (f["efh_contacts_with_parents"], f["efh_contacts_with_teachers"]) == (
        parents, teachers)


# -- fallback keys of values outside the catalogue -------------------------------------------
@pytest.mark.parametrize(("gender", "key"), [("m", "m"), ("w", "w"), ("d", "d"), ("u", "u"),
                                             ("", "u"), ("x", "u")])
def test_a_gender_outside_the_catalogue_counts_as_unknown(gender, key):
    f = _figures([_contact(rid="x", gender=gender)])
    assert f["efh_pupils_by_gender"] == {"m": 0, "w": 0, "d": 0, "u": 0} | {key: 1}


@pytest.mark.parametrize(("grade", "key"), [(1, "1"), (13, "13"), (None, "unknown"),
                                            (0, "unknown"), (14, "unknown")])
def test_a_grade_outside_1_to_13_counts_as_unknown(grade, key):
    f = _figures([_contact(rid="x", grade=grade)])
    assert _nonzero(f["efh_pupils_by_grade"]) == {key: 1}
    assert len(f["efh_pupils_by_grade"]) == 14   # 1 … 13 and "unknown", zeros included


def test_a_route_outside_the_catalogue_counts_as_unknown():
    f = _figures([_contact("p1", rid="a", route="teacher"),
                  _contact("p2", rid="b", route=""),
                  _contact("p3", rid="c", route="carrier pigeon")])
    assert _nonzero(f["efh_access_routes"]) == {"teacher": 1, "unknown": 2}


def test_outcomes_outside_their_catalogue():
    recs = [StatisticsRecord(DAY, 2025, "cp_8a", "EFH", 0, "s1", cp_outcome="", id="p1"),
            StatisticsRecord(DAY, 2025, "cp_8a", "EFH", 0, "s1", cp_outcome="bogus", id="p2"),
            StatisticsRecord(DAY, 2025, "cp_8a", "EFH", 0, "s1", cp_outcome="found",
                             youth_office=True, id="p3"),
            StatisticsRecord(DAY, 2025, "case_closed", "EFH", 0, "s1", case_outcome="",
                             id="k1"),
            StatisticsRecord(DAY, 2025, "case_closed", "EFH", 0, "s1", case_outcome="partly",
                             id="k2"),
            StatisticsRecord(DAY, 2025, "case_closed", "EFH", 0, "s1",
                             case_outcome="referred", referral_target="SPS", id="k3"),
            # not "referred": a place noted anyway does not count as a referral
            StatisticsRecord(DAY, 2025, "case_closed", "EFH", 0, "s1",
                             case_outcome="achieved", referral_target="EB", id="k4")]
    f = _figures(recs)
    assert f["cp_8a_by_outcome"] == {"found": 1, "need": 0, "none": 0, "open": 2}
    assert (f["cp_8a_procedures"], f["cp_8a_jugendamt_informed"]) == (3, 1)
    assert f["efh_cases_by_outcome"] == {"achieved": 1, "partly": 1, "not_achieved": 0,
                                         "aborted": 0, "referred": 1, "unknown": 1}
    assert _nonzero(f["efh_referrals_by_target"]) == {"SPS": 1}


def test_referrals_none_and_empty_do_not_count():
    f = _figures([_contact("p1", rid="a", referral="none"),
                  _contact("p1", rid="b", referral=""),
                  _contact("p1", rid="c", referral="ASD"),
                  _contact("p1", rid="d", referral="ASD")])
    assert _nonzero(f["efh_referrals"]) == {"ASD": 2}
    assert "none" not in f["efh_referrals"] and len(f["efh_referrals"]) == 10


def test_time_of_a_category_the_worker_added_counts_under_extra():
    entries = [TimeEntry(DAY, "EFH", 45, "s1", id="t1"), TimeEntry(DAY, "Elternabend", 30,
                                                                   "s1", id="t2"),
               TimeEntry(DAY, "Fortbildung", 60, "s1", id="t3")]
    f = _figures([], entries)
    assert _nonzero(f["time_minutes_by_category"]) == {"EFH": 45, "EXTRA": 90}


def test_a_file_of_a_release_before_extra_time_is_still_merged():
    """``EXTRA`` (time of her own categories) came later: a file without it merges, its
    extra time counted as 0; a file without another key of the figure is refused."""
    older = _figures([], [TimeEntry(DAY, "EFH", 45, "s1", id="t1")])
    del older["time_minutes_by_category"]["EXTRA"]
    assert not _merge_refuses(older)
    assert older["time_minutes_by_category"]["EXTRA"] == 0
    del older["time_minutes_by_category"]["EFH"]
    assert _merge_refuses(older)


# -- the drill-down --------------------------------------------------------------------------
def test_the_drill_down_without_a_key_lists_every_counted_record():
    recs = [_contact("p1", rid="b", minutes=0, day=date(2025, 10, 2)),
            _contact("p2", rid="a", minutes=20, day=date(2025, 10, 2)),
            _contact("p1", rid="c", minutes=10, day=date(2025, 9, 30)),
            StatisticsRecord(DAY, 2025, "network", "VNZ", 60, "s1", network_kind="RT", id="n")]
    assert [r.id for r in kvjs.counted_items(recs, "efh_contacts")] == ["c", "a", "b"]
    # a contact of 0 minutes adds nothing to the minutes: not in their drill-down
    assert [r.id for r in kvjs.counted_items(recs, "efh_minutes")] == ["c", "a"]
    assert [r.id for r in kvjs.counted_items(recs, "efh_pupils_by_gender", "w")] == [
        "c", "a", "b"]
    assert kvjs.counted_items(recs, "efh_pupils_by_gender", "m") == []
    assert kvjs.counted_items(recs, "pupils") == []
    assert kvjs.counted_items(recs, "no_such_figure") == []


def test_the_count_gathers_persons_not_their_records():
    """The count's ``Pool()`` holds one member per person, not the year's records (a large
    year in little memory); only the drill-down's ``Pool(keep=True)`` keeps them."""
    count, drill = kvjs.Pool(), kvjs.Pool(keep=True)
    for r in (_contact("p1", rid="a"), _contact("p1", rid="b", day=date(2025, 10, 2))):
        count.add(r)
        drill.add(r)
    assert count.persons()["p1"].latest.id == "b"
    assert count.persons()["p1"].items() == ()
    assert [r.id for r in drill.persons()["p1"].items()] == ["a", "b"]


def test_the_drill_down_of_time_lists_entries_not_records():
    entries = [TimeEntry(date(2025, 9, 1), "GRP", 30, "s1", id="t2"),
               TimeEntry(DAY, "GRP", 0, "s1", id="t0"),
               TimeEntry(DAY, "Elternabend", 15, "s1", id="t1")]
    recs = [_contact(rid="a")]
    assert [t.id for t in kvjs.counted_items(recs, "time_minutes_by_category", "",
                                             entries)] == ["t2", "t1"]
    assert [t.id for t in kvjs.counted_items(recs, "time_minutes_by_category", "EXTRA",
                                             entries)] == ["t1"]
    assert kvjs.counted_items(recs, "time_minutes_by_category") == []


# -- combining files: add, clean, difference -------------------------------------------------
def _part(**figures):
    """Every figure zero (dicts with every key), then ``figures``."""
    out = _figures([])
    out.update(figures)
    return out


def test_add_sums_every_figure_and_recomputes_the_key_figure():
    a = _part(pupils=100, post_percent=33.333, fte=0.33333, posts_per_1000_pupils=3.33,
              efh_contacts=4, efh_topics=_figures([])["efh_topics"] | {"FAM": 2})
    b = _part(pupils=200, post_percent=33.333, fte=0.33333, posts_per_1000_pupils=1.67,
              efh_contacts=1, efh_topics={"FAM": 1, "SCH": 3})   # an older file: keys missing
    total = kvjs.add([a, b])
    # 66.666 % -> 66.67; 0.66666 -> 0.6667; 0.6667 / 300 * 1000 = 2.2223 -> 2.22
    assert (total["pupils"], total["post_percent"], total["fte"],
            total["posts_per_1000_pupils"]) == (300, 66.67, 0.6667, 2.22)
    assert total["efh_contacts"] == 5
    assert _nonzero(total["efh_topics"]) == {"FAM": 3, "SCH": 3}
    assert len(total["efh_topics"]) == 15
    assert kvjs.add([_part(pupils=0, fte=0.5), _part(pupils=0, fte=0.25)])[
        "posts_per_1000_pupils"] == 0.0


def test_add_of_some_figures_leaves_the_master_figures_alone():
    a = _part(efh_contacts=4, fte=0.5, pupils=10)
    b = _part(efh_contacts=2, fte=0.25, pupils=10)
    assert kvjs.add([a, b], ["efh_contacts", "grp_by_kind"]) == {
        "efh_contacts": 6, "grp_by_kind": {"group": 0, "class": 0, "project": 0}}
    assert kvjs.add([a, b], ["pupils", "fte", "post_percent"]) == {
        "pupils": 20, "fte": 0.75, "post_percent": 0.0}
    # all four master figures: the key figure from the sums, 0.75 / 20 * 1000 = 37.5
    assert kvjs.add([a, b], ["pupils", "fte", "post_percent", "posts_per_1000_pupils"]) == {
        "pupils": 20, "fte": 0.75, "post_percent": 0.0, "posts_per_1000_pupils": 37.5}
    assert kvjs.add([]) == {}


def test_clean_keeps_the_well_formed_figures_of_a_stored_snapshot():
    stored = {"efh_contacts": 3, "efh_minutes": True, "efh_persons": "2", "fte": 0.5,
              "efh_topics": {"FAM": 1, "XYZ": 2, "SCH": "1", "KON": False, "EMO": 1.5},
              "efh_referrals": 5, "grp_sessions": {"a": 1}, "no_such_figure": 1}
    assert kvjs.clean(stored) == {"efh_contacts": 3, "fte": 0.5,
                                  "efh_topics": {"FAM": 1, "EMO": 1.5}}
    assert kvjs.clean(["efh_contacts", 3]) == {}
    assert kvjs.clean(None) == {}


def test_difference_names_only_what_changed():
    before = _part(efh_contacts=3, fte=0.1, grp_by_kind={"group": 1, "class": 2, "project": 0})
    now = _part(efh_contacts=5, fte=0.3, grp_by_kind={"group": 1, "class": 0, "project": 4})
    assert kvjs.difference(_part(fte=0.33333), before) == {"fte": 0.2333, "efh_contacts": -3,
                                                           "grp_by_kind": {"group": -1,
                                                                           "class": -2}}
    assert kvjs.difference(now, before) == {
        "efh_contacts": 2, "fte": 0.2,   # 0.3 - 0.1, to four places
        "grp_by_kind": {"class": -2, "project": 4}}
    assert kvjs.difference(now, now) == {}
    # a figure the delivered file lacks (older release): counted against nothing
    del before["efh_contacts"], before["grp_by_kind"]
    assert kvjs.difference(now, before) == {
        "efh_contacts": 5, "fte": 0.2, "grp_by_kind": {"group": 1, "project": 4}}
    assert kvjs.difference({}, {"efh_contacts": 2, "efh_topics": {"FAM": 1}}) == {
        "efh_contacts": -2, "efh_topics": {"FAM": -1}}
