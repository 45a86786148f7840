"""The count streamed (docs/statistics.md, "Gezählt in einem Durchgang"): every figure and
every drill-down equal the count as it was before — every record held, sorted, grouped in
several passes (``reference_count``) — on generated records in any order, handed over as
one-shot iterators as the service hands over its SQL cursor. The records are drawn wider
than the engine's other properties: several records on one day (order by id), codes
outside the catalogues, sessions without a group token, a token under several person kinds."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from ssa_desktop.domain import catalogues as cat
from ssa_desktop.domain import kvjs
from ssa_desktop.domain.entities import StatisticsRecord, TimeEntry

from . import reference_count as reference

START = date(2025, 8, 1)
RECORD_TYPES = ("contact", "short_contact", "cp_8a", "case_closed", "group_session",
                "open_offer", "network", "something_else")


def _codes(catalogue, extra=("ZZ",)):
    return st.sampled_from(["", *catalogue.codes(), *extra])


def _code_lists(catalogue):
    return st.lists(st.sampled_from([*catalogue.codes(), "ZZ"]), max_size=4).map(tuple)


record = st.builds(
    StatisticsRecord,
    day=st.integers(0, 3).map(lambda n: START + timedelta(days=n)),
    school_year=st.just(2025),
    record_type=st.sampled_from(RECORD_TYPES),
    task_area=st.sampled_from(["EFH", "GRP", "OFF", "VNZ"]),
    duration_min=st.integers(0, 90),
    school_id=st.sampled_from(["s1", "s2", None]),
    contact_kind=st.sampled_from(["", "EB", "KO"]),
    gender=st.sampled_from([*cat.GENDERS.codes(), "x"]),
    grade=st.none() | st.integers(0, 14),
    person_kind=_codes(cat.PERSON_KINDS, ()),
    topics=_code_lists(cat.TOPICS),
    access_route=_codes(cat.ACCESS_ROUTES),
    referral=_codes(cat.REFERRALS),
    participants=_code_lists(cat.PARTICIPANT_ROLES),
    person_token=st.sampled_from(["", "p0", "p1", "p2", "p3"]),
    count=st.integers(0, 5),
    group_token=st.sampled_from(["", "g0", "g1", "g2"]),
    group_kind=_codes(cat.GROUP_KINDS),
    participants_m=st.integers(0, 4),
    participants_w=st.integers(0, 4),
    participants_d=st.integers(0, 2),
    visitors=st.integers(0, 9),
    network_kind=_codes(cat.NETWORK_KINDS),
    youth_office=st.booleans(),
    purposes=_code_lists(cat.GROUP_PURPOSES),
    cp_outcome=_codes(cat.CP_OUTCOMES),
    case_outcome=_codes(cat.CASE_OUTCOMES),
    referral_target=_codes(cat.REFERRALS),
)
time_entry = st.builds(
    TimeEntry,
    day=st.integers(0, 3).map(lambda n: START + timedelta(days=n)),
    category=st.sampled_from([*cat.TIME_CATEGORIES.codes(), "eigene Kategorie"]),
    minutes=st.integers(0, 300),
    school_id=st.sampled_from(["s1", None]))


@st.composite
def pools(draw):
    """Records with unique ids in a drawn order (the same day is ordered by id), and time
    entries, both in an order of their own."""
    recs = draw(st.lists(record, max_size=40))
    ids = draw(st.permutations(range(len(recs))))
    recs = [dataclasses.replace(r, id=f"r{i:02d}") for r, i in zip(recs, ids, strict=True)]
    entries = draw(st.lists(time_entry, max_size=12))
    return recs, [dataclasses.replace(t, id=f"t{i:02d}") for i, t in enumerate(entries)]


@settings(max_examples=300, deadline=None)
@given(pools(), st.integers(0, 900), st.floats(0, 150, allow_nan=False))
def test_the_streamed_count_equals_the_count_of_the_held_and_sorted_pool(pool, pupils, percent):
    recs, entries = pool
    streamed = kvjs.compute(iter(recs), iter(entries), pupils=pupils, post_percent=percent)
    assert streamed == reference.compute(recs, entries, pupils=pupils, post_percent=percent)
    assert [list(v) if isinstance(v, dict) else v for v in streamed.values()] == [
        list(v) if isinstance(v, dict) else v
        for v in reference.compute(recs, entries, pupils=pupils,
                                   post_percent=percent).values()]  # keys in the same order


@settings(max_examples=150, deadline=None)
@given(pools())
def test_every_drill_down_equals_the_drill_down_of_the_held_pool(pool):
    recs, entries = pool
    for name in kvjs.NAMES:
        for key in ("", *kvjs.BY_NAME[name].keys):
            mine = kvjs.counted_items(iter(recs), name, key, iter(entries))
            theirs = reference.counted_items(recs, name, key, entries)
            assert [i.id for i in mine] == [i.id for i in theirs], (name, key)


def test_the_last_contact_of_a_day_is_the_one_with_the_larger_id():
    """Two contacts on the latest day: the one with the larger id is the latest, whatever
    the order they arrive in; the first access route is the smaller id's."""
    day = date(2025, 10, 1)
    a = StatisticsRecord(day, 2025, "contact", "EFH", 30, "s1", "EB", "w", 5, "pupil",
                         access_route="self", person_token="p", id="a")
    b = StatisticsRecord(day, 2025, "contact", "EFH", 30, "s1", "EB", "m", 6, "pupil",
                         access_route="teacher", person_token="p", id="b")
    for order in ([a, b], [b, a]):
        figures = kvjs.compute(iter(order), iter(()), pupils=0, post_percent=0)
        assert figures["efh_pupils_by_gender"] == {"m": 1, "w": 0, "d": 0, "u": 0}
        assert figures["efh_pupils_by_grade"]["6"] == 1
        assert figures["efh_access_routes"]["self"] == 1
