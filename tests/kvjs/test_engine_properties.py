"""Properties of the KVJS engine over generated statistics records (docs/statistics.md):
totals equal the sum of their parts, a person counts once per year and scope, the post
scope equals the sum of its schools for additive figures, and removing the sources of
records (persons, cases, groups) cannot change a figure because the engine reads
records only."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain import kvjs
from ssa_desktop.domain.entities import StatisticsRecord, TimeEntry

START = date(2025, 8, 1)
SCHOOLS = ("s1", "s2", "s3")
days = st.integers(0, 364).map(lambda n: START + timedelta(days=n))
tokens = st.sampled_from([f"person-{i}" for i in range(12)])
codes = lambda c: st.lists(st.sampled_from(c.codes()), unique=True, max_size=3).map(tuple)  # noqa: E731

contact = st.builds(
    lambda day, school, token, kind, gender, grade, topics, route, referral, roles, minutes:
    StatisticsRecord(day, 2025, "contact", "EFH", minutes, school, "EB", gender, grade, kind,
                     topics, route, referral, roles, token),
    days, st.sampled_from(SCHOOLS), tokens, st.sampled_from(cat.PERSON_KINDS.codes()),
    st.sampled_from(cat.GENDERS.codes()), st.none() | st.integers(1, 13), codes(cat.TOPICS),
    st.sampled_from(["", *cat.ACCESS_ROUTES.codes()]), st.sampled_from(["", *cat.REFERRALS.codes()]),
    codes(cat.PARTICIPANT_ROLES), st.integers(0, 120))
short = st.builds(lambda day, school, n: StatisticsRecord(day, 2025, "short_contact", "EFH", 5 * n,
                                                          school, "KO", count=n),
                  days, st.sampled_from(SCHOOLS), st.integers(1, 9))
procedure = st.builds(lambda day, school, token, outcome, informed: StatisticsRecord(
    day, 2025, "cp_8a", "EFH", 0, school, person_token=token, cp_outcome=outcome,
    youth_office=informed),
    days, st.sampled_from(SCHOOLS), tokens, st.sampled_from(["", *cat.CP_OUTCOMES.codes()]),
    st.booleans())
closing = st.builds(lambda day, school, outcome, target: StatisticsRecord(
    day, 2025, "case_closed", "EFH", 0, school, count=0, case_outcome=outcome,
    referral_target=target if outcome == "referred" else ""),
    days, st.sampled_from(SCHOOLS), st.sampled_from(["", *cat.CASE_OUTCOMES.codes()]),
    st.sampled_from(kvjs.REFERRAL_KEYS))  # the service refuses "referred" without a place
# a group belongs to one school and has fixed kind, participants and purposes
PURPOSES = cat.GROUP_PURPOSES.codes()
GROUPS = {f"g{i}": (SCHOOLS[i % 3], cat.GROUP_KINDS.codes()[i % 3], i % 4, (i * 3) % 5, i % 2,
                    tuple(PURPOSES[i:i + i % 3]))
          for i in range(6)}
session = st.builds(
    lambda day, g, minutes: StatisticsRecord(
        day, 2025, "group_session", "GRP", minutes, GROUPS[g][0], group_token=g,
        group_kind=GROUPS[g][1], participants_m=GROUPS[g][2], participants_w=GROUPS[g][3],
        participants_d=GROUPS[g][4], purposes=GROUPS[g][5]),
    days, st.sampled_from(sorted(GROUPS)), st.integers(0, 240))
offer = st.builds(lambda day, school, visitors, minutes: StatisticsRecord(
    day, 2025, "open_offer", "OFF", minutes, school, visitors=visitors),
    days, st.sampled_from(SCHOOLS), st.integers(0, 50), st.integers(0, 120))
network = st.builds(lambda day, school, kind, minutes: StatisticsRecord(
    day, 2025, "network", "VNZ", minutes, school, network_kind=kind),
    days, st.sampled_from(SCHOOLS), st.sampled_from(cat.NETWORK_KINDS.codes()),
    st.integers(0, 120))
records = st.lists(st.one_of(contact, short, procedure, session, offer, network, closing),
                   max_size=60)
times = st.lists(st.builds(lambda day, school, category, minutes: TimeEntry(
    day, category, minutes, school), days, st.sampled_from(SCHOOLS),
    st.sampled_from(cat.TIME_CATEGORIES.codes()), st.integers(0, 300)), max_size=20)


def _compute(recs, entries, pupils=500, percent=50.0):
    return kvjs.compute(recs, entries, pupils=pupils, post_percent=percent)


@settings(max_examples=150, deadline=None)
@given(records, times)
def test_totals_equal_the_sum_of_their_parts(recs, entries):
    a = _compute(recs, entries)
    assert sum(a["efh_pupils_by_gender"].values()) == a["efh_pupils"]
    assert sum(a["efh_pupils_by_grade"].values()) == a["efh_pupils"]
    assert sum(a["efh_access_routes"].values()) == a["efh_persons"]
    assert sum(a["grp_by_kind"].values()) == a["grp_activities"]
    assert sum(a["grp_participants_by_gender"].values()) == a["grp_participants"]
    assert sum(a["vnz_by_kind"].values()) == a["vnz_activities"]
    assert sum(a["efh_referrals"].values()) <= a["efh_contacts"]
    assert max(a["efh_topics"].values(), default=0) <= a["efh_persons"]
    assert a["efh_pupils"] <= a["efh_persons"] <= a["efh_contacts"]
    assert sum(a["cp_8a_by_outcome"].values()) == a["cp_8a_procedures"]
    assert a["cp_8a_jugendamt_informed"] <= a["cp_8a_procedures"]
    assert sum(a["efh_cases_by_outcome"].values()) == a["efh_cases_closed"]
    assert sum(a["efh_referrals_by_target"].values()) == a["efh_cases_by_outcome"]["referred"]
    groups = {r.group_token: r for r in recs if r.record_type == "group_session"}
    for purpose in PURPOSES:  # several purposes per offer: each counts under every one
        mine = [g for g in groups.values() if purpose in g.purposes]
        assert a["grp_by_purpose"][purpose] == len(mine)
        assert a["grp_participants_by_purpose"][purpose] == sum(
            g.participants_m + g.participants_w + g.participants_d for g in mine)
    assert a["efh_contacts"] == sum(1 for r in recs if r.record_type == "contact")
    assert a["time_minutes_by_category"] == {
        **{c: sum(t.minutes for t in entries if t.category == c)
           for c in cat.TIME_CATEGORIES.codes()}, "EXTRA": 0}
    for spec in kvjs.AGGREGATES:  # every name, every catalogue code, zeros included
        assert spec.name in a
        if spec.is_dict:
            assert tuple(a[spec.name]) == spec.keys


@settings(max_examples=100, deadline=None)
@given(records)
def test_a_person_counts_once_per_year_and_scope(recs):
    a = _compute(recs, [])
    counselled = {r.person_token for r in recs if r.record_type == "contact"}
    assert a["efh_persons"] == len(counselled)
    doubled = recs + [r for r in recs if r.record_type == "contact"]  # every contact twice
    b = _compute(doubled, [])
    assert b["efh_contacts"] == 2 * a["efh_contacts"]
    for name in ("efh_persons", "efh_pupils", "efh_topics", "efh_pupils_by_gender"):
        assert b[name] == a[name]


@settings(max_examples=100, deadline=None)
@given(records, times, st.lists(st.integers(0, 2000), min_size=3, max_size=3),
       st.lists(st.integers(0, 100), min_size=3, max_size=3))
def test_the_post_equals_the_sum_of_its_schools_for_additive_figures(recs, entries, pupils, pcts):
    post = _compute(recs, entries, sum(pupils), float(sum(pcts)))
    parts = [_compute([r for r in recs if r.school_id == s], [t for t in entries if t.school_id == s],
                      pupils[i], float(pcts[i])) for i, s in enumerate(SCHOOLS)]
    summed = kvjs.add(parts)
    for spec in kvjs.AGGREGATES:
        if spec.additive:
            assert summed[spec.name] == post[spec.name], spec.name
    assert summed["posts_per_1000_pupils"] == post["posts_per_1000_pupils"]


@settings(max_examples=60, deadline=None)
@given(records, times)
def test_the_order_of_records_does_not_matter(recs, entries):
    assert _compute(list(reversed(recs)), entries) == _compute(recs, entries)


@settings(max_examples=60, deadline=None)
@given(records, st.data())
def test_difference_is_zero_exactly_when_nothing_changed(recs, data):
    a = _compute(recs, [])
    assert kvjs.difference(a, a) == {}
    extra = data.draw(st.one_of(contact, short, offer, network))
    assert kvjs.difference(_compute(recs + [extra], []), a) != {}


def test_a_pupil_counts_with_the_latest_grade_and_gender_of_the_year():
    # counselled in grade 5 in September and, after a corrected grade, in grade 6 in May
    # (input order reversed on purpose): the pupil counts once, as the May record says
    first = StatisticsRecord(date(2025, 9, 10), 2025, "contact", "EFH", 30, "s1", "EB", "m", 5,
                             "pupil", person_token="t1")
    later = StatisticsRecord(date(2026, 5, 4), 2025, "contact", "EFH", 30, "s1", "EB", "w", 6,
                             "pupil", person_token="t1")
    figures = _compute([later, first], [])
    assert figures["efh_pupils_by_grade"]["6"] == 1 and figures["efh_pupils_by_grade"]["5"] == 0
    assert figures["efh_pupils_by_gender"] == {"m": 0, "w": 1, "d": 0, "u": 0}
