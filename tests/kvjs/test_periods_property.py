"""Properties of the partial-year rules (``domain/kvjs_periods``, finding 2): the parts
of a year and the days no file covers make the year exactly once, and combining parts
adds every count, keeps the school's pupils once and weights the post share by days."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import kvjs, kvjs_periods

YEAR = "2025/26"
START, END = kvjs_periods.whole(YEAR)
DAYS = (END - START).days + 1   # 365
BASE = json.loads((Path(__file__).resolve().parents[1] / "data" / "kvjs" / "format-3"
                   / "KVJS_GMS-1_2025-26.json").read_text("utf-8"))["aggregates"]
COUNTS = [s.name for s in kvjs.AGGREGATES
          if s.name not in ("pupils", "post_percent", "fte", "posts_per_1000_pupils")]

cuts = st.lists(st.integers(1, DAYS - 1), unique=True, max_size=6).map(sorted)


def _periods(offsets: list[int]) -> list[kvjs_periods.Period]:
    bounds = [0, *offsets, DAYS]
    return [(START + timedelta(days=a), START + timedelta(days=b - 1))
            for a, b in zip(bounds, bounds[1:], strict=False)]


@given(cuts, st.data())
def test_parts_and_gaps_cover_each_day_of_the_year_once(offsets, data):
    periods = _periods(offsets)
    kept = [p for p in periods if data.draw(st.booleans())]
    covered = [day for first, last in kept + kvjs_periods.gaps(kept, YEAR)
               for day in (first + timedelta(days=i) for i in range((last - first).days + 1))]
    assert sorted(covered) == [START + timedelta(days=i) for i in range(DAYS)]
    assert not any(kvjs_periods.overlap(a, b) for a, b in zip(periods, periods[1:], strict=False))
    assert kvjs_periods.gaps(periods, YEAR) == []


@given(cuts, st.lists(st.integers(0, 500), min_size=7, max_size=7),
       st.lists(st.sampled_from([0.0, 25.0, 50.0, 100.0]), min_size=7, max_size=7))
def test_combined_parts_add_counts_keep_pupils_and_weight_the_share(offsets, contacts, shares):
    periods = _periods(offsets)
    parts = [({**BASE, "efh_contacts": contacts[i], "post_percent": shares[i],
               "fte": shares[i] / 100}, p) for i, p in enumerate(periods)]
    total = kvjs_periods.combine(parts, YEAR)
    assert total["efh_contacts"] == sum(contacts[:len(periods)])
    for name in COUNTS:
        assert total[name] == kvjs.add([f for f, _ in parts], names=[name])[name]
    assert total["pupils"] == BASE["pupils"]
    expected = sum(shares[i] * kvjs_periods.days(p) for i, p in enumerate(periods)) / DAYS
    assert abs(total["post_percent"] - expected) <= 0.005
    assert min(shares[:len(periods)]) - 0.005 <= total["post_percent"] <= max(shares[:len(periods)]) + 0.005
