"""One definition per aggregate (docs/statistics.md, "Eine Definition je Kennzahl"): the
figure and its drill-down come from the same declaration, so the drill-down's records,
counted again, give the figure — for every aggregate and every key."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings

from ssa_desktop.domain import kvjs
from ssa_desktop.domain.entities import StatisticsRecord

from .test_engine_properties import records, times

MASTER = {"pupils", "post_percent", "fte", "posts_per_1000_pupils"}


def _recount(items, name: str):
    recs = [i for i in items if isinstance(i, StatisticsRecord)]
    entries = [i for i in items if not isinstance(i, StatisticsRecord)]
    return kvjs.compute(recs, entries, pupils=0, post_percent=0)[name]


def test_every_aggregate_is_declared_with_its_counting_rule():
    """Master-data figures count no records; every other one has its units."""
    assert {a.name for a in kvjs.AGGREGATES if a.units is None} == MASTER
    assert set(kvjs.COUNTED) == set(kvjs.NAMES) - MASTER
    assert len(kvjs.NAMES) == len(set(kvjs.NAMES))


@settings(max_examples=120, deadline=None)
@given(records, times)
def test_the_drill_down_recounts_to_the_figure_for_every_aggregate_and_key(recs, entries):
    figures = kvjs.compute(recs, entries, pupils=0, post_percent=0)
    for name in kvjs.COUNTED:
        spec = kvjs.BY_NAME[name]
        if spec.is_dict:
            for key in spec.keys:
                drilled = kvjs.counted_items(recs, name, key, entries)
                assert _recount(drilled, name)[key] == figures[name][key], (name, key)
        else:
            drilled = kvjs.counted_items(recs, name, "", entries)
            assert _recount(drilled, name) == figures[name], name


def _contact(day, token, gender, grade, rid):
    return StatisticsRecord(day, 2025, "contact", "EFH", 30, "s1", "EB", gender, grade, "pupil",
                            person_token=token, id=rid)


# Pia: first seen without gender and grade, at her last contact "w" in grade 8;
# Tom: "m" in grade 6 in autumn, "d" in grade 7 after a correction in spring (a record of
# an imported vault keeps what was counted then). Counted "at the last contact".
CHANGING = [
    _contact(date(2025, 9, 10), "pia", "u", None, "r1"),
    _contact(date(2025, 11, 3), "tom", "m", 6, "r2"),
    _contact(date(2026, 2, 2), "pia", "w", 8, "r3"),
    _contact(date(2026, 3, 4), "tom", "d", 7, "r4"),
]


def test_gender_and_grade_count_at_the_last_contact_of_the_year():
    figures = kvjs.compute(list(reversed(CHANGING)), [], pupils=0, post_percent=0)
    assert figures["efh_pupils_by_gender"] == {"m": 0, "w": 1, "d": 1, "u": 0}
    grades = {k: v for k, v in figures["efh_pupils_by_grade"].items() if v}
    assert grades == {"8": 1, "7": 1}
    # the drill-down of "w" shows both of Pia's contacts (she is counted there), not Tom's
    assert [r.id for r in kvjs.counted_items(CHANGING, "efh_pupils_by_gender", "w")] == \
        ["r1", "r3"]
    assert kvjs.counted_items(CHANGING, "efh_pupils_by_gender", "m") == []
    assert [r.id for r in kvjs.counted_items(CHANGING, "efh_pupils_by_grade", "7")] == \
        ["r2", "r4"]


def test_the_same_day_is_ordered_by_record_id():
    same_day = [_contact(date(2025, 10, 1), "ida", "m", 5, "b"),
                _contact(date(2025, 10, 1), "ida", "w", 5, "a")]
    assert kvjs.compute(same_day, [], pupils=0, post_percent=0)[
        "efh_pupils_by_gender"]["m"] == 1
