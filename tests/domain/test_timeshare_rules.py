"""Target bands, lights and shares (hand-computed lights as literal numbers)."""

from __future__ import annotations

from fractions import Fraction

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from ssa_desktop.domain.timeshare import (
    Tally,
    Target,
    TimeShareError,
    evaluate,
    light,
    rounded_shares,
    shares,
)
from ssa_desktop.services.timeshare import category_rules, model_targets

RULES = category_rules()
TARGETS = {t.code: t for t in model_targets()}
DIRECT = TARGETS["direct"]          # 60–65 %, margin 5 points


def week(direct_min: int, indirect_min: int) -> Tally:
    """A week split into EFH (direct) and Dokumentation (indirect)."""
    return Tally({"EFH": direct_min, "DOK": indirect_min})


@pytest.mark.parametrize(("direct", "indirect", "value", "expected"), [
    (1404, 936, 60.0, "green"),     # 39 h: 23,4 h direct = exactly 60 %
    (600, 400, 60.0, "green"),      # exactly 60 %
    (599, 401, 59.9, "amber"),      # 59,9 %
    (650, 350, 65.0, "green"),      # exactly 65 %
    (651, 349, 65.1, "amber"),      # 65,1 %
    (550, 450, 55.0, "amber"),      # exactly at the margin: 55 %
    (549, 451, 54.9, "red"),        # 54,9 %
    (700, 300, 70.0, "amber"),      # 70 % = 65 + 5
    (701, 299, 70.1, "red"),
])
def test_direct_share_lights_hand_computed(direct, indirect, value, expected):
    ev = evaluate(DIRECT, week(direct, indirect), RULES)
    assert ev.value == pytest.approx(value)
    assert ev.light == expected


def test_indirect_at_most_40_percent():
    indirect = TARGETS["indirect"]
    assert evaluate(indirect, week(600, 400), RULES).light == "green"      # 40,0 %
    assert evaluate(indirect, week(599, 401), RULES).light == "amber"      # 40,1 %
    assert evaluate(indirect, week(1000, 0), RULES).light == "green"       # 0 %
    assert indirect.band_text == "höchstens 40 %"


def test_a_third_each_plus_minus_ten_points():
    # EFH 300, GRP 150, OFF 150 of 600 direct minutes: EFH 50 %, GRP 25 %, OFF 25 %
    tally = Tally({"EFH": 300, "GRP": 150, "OFF": 150, "VNZ": 100, "DOK": 300})
    assert evaluate(TARGETS["EFH"], tally, RULES).value == pytest.approx(50.0)
    assert evaluate(TARGETS["EFH"], tally, RULES).light == "red"          # > 43,3 + 5
    assert evaluate(TARGETS["GRP"], tally, RULES).light == "green"        # 25 ≥ 23,3
    assert evaluate(TARGETS["direct"], tally, RULES).value == pytest.approx(60.0)


def test_no_time_no_light():
    assert evaluate(DIRECT, Tally({}), RULES).light == "none"
    assert evaluate(TARGETS["EFH"], Tally({"DOK": 60}), RULES).light == "none"


def test_contacts_per_hour_band():
    target = TARGETS["contacts_per_hour"].with_band(0.35, 0.27, 0.34, 0.05, True)
    # 40 contacts in 120 hours = 0,333… per hour -> green; 30 in 120 h = 0,25 -> amber
    assert evaluate(target, Tally({"EFH": 7200}, contacts=40), RULES).light == "green"
    assert evaluate(target, Tally({"EFH": 7200}, contacts=30), RULES).light == "amber"
    assert evaluate(target, Tally({"EFH": 7200}, contacts=20), RULES).light == "red"


def test_a_band_whose_lower_bound_exceeds_its_upper_is_refused():
    with pytest.raises(TimeShareError, match="Untergrenze \\(66\\) liegt über der Obergrenze"):
        DIRECT.with_band(62.5, 66.0, 60.0, 5.0, True)
    with pytest.raises(TimeShareError, match="zwischen 0 und 100"):
        DIRECT.with_band(62.5, 60.0, 120.0, 5.0, True)
    with pytest.raises(TimeShareError, match="negativ"):
        DIRECT.with_band(62.5, 60.0, 65.0, -1.0, True)


def test_which_categories_are_direct_is_data_with_the_agreements_wording():
    assert {c for c, r in RULES.items() if r.direct} == {"EFH", "GRP", "OFF"}
    assert "Eltern" in RULES["EFH"].wording and "Lehrkräften" in RULES["EFH"].wording
    assert all(RULES[c].area == "IND" for c in ("DOK", "ABS", "SUP", "FOB", "VER", "FAH"))


def test_light_is_exact_with_fractions():
    band = Target("x", "x", "direct", "total", 60, 60, 65, 5)
    assert light(band, Fraction(3, 5) * 100) == "green"
    assert light(band, Fraction(59999, 1000)) == "amber"


BAND = Target("x", "x", "direct", "total", 62, 60, 65, 5)
EDGES = [Fraction(v) for v in (55, 60, 65, 70)]


@given(st.one_of(st.sampled_from(EDGES),
                 st.sampled_from(EDGES).flatmap(
                     lambda e: st.sampled_from([e - Fraction(1, 1000), e + Fraction(1, 1000)])),
                 st.fractions(40, 85)))
@example(Fraction(55))
@example(Fraction(60))
@example(Fraction(65))
@example(Fraction(70))
def test_every_band_edge_belongs_to_the_inner_light(v):
    # green inside [60, 65] (edges included), amber within 5 points outside it (edges
    # included), red beyond
    expected = ("green" if 60 <= v <= 65 else "amber" if 55 <= v <= 70 else "red")
    assert light(BAND, v) == expected


def test_band_edges_by_hand():
    assert [light(BAND, Fraction(v)) for v in (54.999, 55, 59.999, 60, 65, 65.001, 70, 70.001)] \
        == ["red", "amber", "amber", "green", "green", "amber", "amber", "red"]
    assert light(BAND, None) == "none"


minutes_maps = st.dictionaries(st.sampled_from(list(RULES)), st.integers(0, 100_000),
                               min_size=1)


@settings(max_examples=300, deadline=None)
@given(minutes=minutes_maps, decimals=st.integers(0, 2))
def test_shares_always_sum_to_100_percent(minutes, decimals):
    if sum(minutes.values()) == 0:
        assert set(shares(minutes).values()) == {0.0}
        return
    assert sum(shares(minutes).values()) == pytest.approx(100.0)
    rounded = rounded_shares(minutes, decimals)
    assert round(sum(rounded.values()), 6) == 100.0
    for k, v in rounded.items():
        assert abs(v - minutes[k] * 100 / sum(minutes.values())) < 10 ** -decimals
