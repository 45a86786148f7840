"""Target bands at their edges (issue 20 item 6: mutation testing of
``domain/timeshare.py``): every refusal as she reads it, the band texts, exact Fractions,
each quantity, the largest-remainder rounding."""

from __future__ import annotations

import dataclasses
from fractions import Fraction

import pytest

from ssa_desktop.domain import timeshare as ts

RULES = ts.category_rules()


def _t(low=60.0, high=65.0, margin=5.0, unit="%", soll=62.0, num="direct", den="total"):
    return ts.Target("x", "Direkt", num, den, soll, low, high, margin, unit)


def _refused(**kw) -> str:
    with pytest.raises(ts.TimeShareError) as e:
        _t(**kw).check()
    return str(e.value)


def test_every_category_counts_in_a_task_area_she_sees_by_name():
    assert {rule.area for rule in RULES.values()} == set(ts.AREAS)
    assert set(ts.AREA_LABELS) == set(ts.AREAS)


@pytest.mark.parametrize(("value", "shown"), [(62.0, "im Zielbereich"),
                                              (67.0, "knapp außerhalb"),
                                              (80.0, "außerhalb"), (None, "keine Daten")])
def test_the_light_of_a_value_is_named_in_her_words(value, shown):
    band = _t(low=60.0, high=65.0, margin=5.0)
    assert ts.Evaluation(band, value, ts.light(band, value)).light_text == shown


def test_a_target_given_only_its_band_is_a_percent_band_without_margin_that_counts():
    """What a target of the table needs to say: code, name, quantities, Soll and band.
    Without more it is in percent (0–100 %), has no amber margin and is evaluated; the
    agreement's own words are empty."""
    plain = ts.Target("x", "Direkt", "direct", "total", 62, 60, 65)
    tally = ts.Tally({"EFH": 131, "VNZ": 69})            # direct 131 of 200: 65,5 %
    evaluation = ts.evaluate(plain, tally, RULES)
    assert (evaluation.value, evaluation.light) == (65.5, "red")
    assert plain.band_text == _t(margin=0.0).band_text
    assert (plain.enabled, plain.wording) == (True, "")
    assert ts.quantity("contacts", tally, RULES) == 0    # a tally without contacts counted
    agreed = ts.AgreementTarget("a", "direct", 62, 60, 65)
    assert (agreed.margin, agreed.enabled) == (0.0, True)
    assert ts.CategoryRule("EFH", "EFH", True).wording == ""


@pytest.mark.parametrize(("field", "name"), [("soll", "Soll"), ("low", "Untergrenze"),
                                             ("high", "Obergrenze"), ("margin", "Spielraum")])
@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_not_a_number(field, name, bad):
    assert _refused(**{field: bad}) == f"„Direkt“: {name} ist keine gültige Zahl."


def test_a_band_that_cannot_be_is_refused_with_the_reason():
    assert _refused(low=66.0, high=60.0) == (
        "„Direkt“: die Untergrenze (66) liegt über der Obergrenze (60).")
    assert _refused(low=60.5, high=60.25) == (
        "„Direkt“: die Untergrenze (60,5) liegt über der Obergrenze (60,2).")
    assert _refused(margin=-0.1) == "„Direkt“: der Spielraum darf nicht negativ sein."
    assert _refused(high=100.1) == "„Direkt“: Anteile liegen zwischen 0 und 100 %."
    assert _refused(low=-0.1) == "„Direkt“: Anteile liegen zwischen 0 und 100 %."
    assert _refused(low=-0.1, unit="/h") == "„Direkt“: die Untergrenze darf nicht negativ sein."


def test_bands_at_their_limits_are_accepted():
    for kw in ({"low": 60.0, "high": 60.0}, {"margin": 0.0}, {"low": 0.0, "high": 100.0},
               {"low": 0.0, "high": 150.0, "unit": "/h"}):
        t = _t(**kw)
        assert t.check() is t
    t = _t().with_band(50, 40, 55, 2.5, False)
    assert (t.soll, t.low, t.high, t.margin, t.enabled) == (50, 40, 55, 2.5, False)
    with pytest.raises(ts.TimeShareError):
        _t().with_band(50, 56, 55, 2.5, True)


@pytest.mark.parametrize(("kw", "text"), [
    ({"low": 0.0, "high": 40.0}, "höchstens 40 %"),
    ({"low": 60.0, "high": 65.0}, "60–65 %"),
    ({"low": 33.33, "high": 66.66}, "33,3–66,7 %"),
    ({"low": 0.27, "high": 0.344, "unit": "/h"}, "0,27–0,34 /h"),
    ({"low": 0.0, "high": 0.5, "unit": "/h"}, "0–0,5 /h"),
    ({"low": 10.0, "high": 20.0}, "10–20 %"),
])
def test_band_text(kw, text):
    assert _t(**kw).band_text == text


def test_light_text():
    ev = ts.Evaluation(_t(), 61.0, "amber")
    assert ev.light_text == "knapp außerhalb"


def test_light_compares_the_decimal_band_exactly():
    band = _t(low=0.3, high=0.3, margin=0.1, unit="/h")
    assert ts.light(band, Fraction(3, 10)) == "green"
    assert ts.light(band, Fraction(2, 10)) == "amber"
    assert ts.light(band, Fraction(4, 10)) == "amber"
    assert ts.light(band, Fraction(4001, 10000)) == "red"
    assert ts.light(band, 0.3) == "amber"        # a float 0.3 is not exactly 3/10
    assert ts.light(band, None) == "none"


def test_by_area_and_direct_minutes():
    minutes = {"EFH": 10, "DOK": 5, "VNZ": 7, "EXTRA": 3, "GRP": 2}
    assert list(ts.by_area(minutes, RULES).items()) == [
        ("EFH", 10), ("GRP", 2), ("OFF", 0), ("VNZ", 7), ("IND", 8)]
    assert ts.direct_minutes(minutes, RULES) == 12
    assert ts.direct_minutes({"EXTRA": 9}, RULES) == 0


@pytest.mark.parametrize(("name", "value"), [
    ("total", Fraction(150)), ("direct", Fraction(90)), ("indirect", Fraction(60)),
    ("contacts", Fraction(4)), ("hours", Fraction(5, 2)), ("EFH", Fraction(60)),
    ("GRP", Fraction(30)), ("IND", Fraction(40)), ("VNZ", Fraction(20)), ("XYZ", Fraction(0)),
])
def test_quantity(name, value):
    tally = ts.Tally({"EFH": 60, "GRP": 30, "VNZ": 20, "DOK": 40}, contacts=4)
    assert ts.quantity(name, tally, RULES) == value


def test_evaluate_values():
    tally = ts.Tally({"EFH": 60, "GRP": 30, "VNZ": 20, "DOK": 40}, contacts=4)
    ev = ts.evaluate(_t(), tally, RULES)
    assert (ev.value, ev.light) == (60.0, "green")
    per_hour = _t(low=1.5, high=2.0, margin=0.1, unit="/h", num="contacts", den="hours")
    ev = ts.evaluate(per_hour, tally, RULES)
    assert (ev.value, ev.light) == (1.6, "green")
    ev = ts.evaluate(_t(den="IND"), ts.Tally({"EFH": 60}), RULES)
    assert (ev.target.code, ev.value, ev.light) == ("x", None, "none")


def test_shares():
    assert ts.shares({"a": 1, "b": 3}) == {"a": 25.0, "b": 75.0}
    assert ts.shares({"a": 0, "b": 0}) == {"a": 0.0, "b": 0.0}
    assert ts.shares({}) == {}


def test_rounded_shares_largest_remainder():
    assert ts.rounded_shares({"a": 1, "b": 2}) == {"a": 33.3, "b": 66.7}
    assert ts.rounded_shares({"b": 2, "a": 1}) == {"b": 66.7, "a": 33.3}
    assert ts.rounded_shares({"a": 1, "b": 1, "c": 1}) == {"a": 33.4, "b": 33.3, "c": 33.3}
    assert ts.rounded_shares({"a": 1, "b": 1, "c": 1}, 0) == {"a": 34.0, "b": 33.0, "c": 33.0}
    assert ts.rounded_shares({"a": 1, "b": 2}, 2) == {"a": 33.33, "b": 66.67}
    assert ts.rounded_shares({"a": 1, "b": 0}) == {"a": 100.0, "b": 0.0}
    assert ts.rounded_shares({"a": 0}) == {"a": 0.0}


def test_category_rules_from_the_table():
    assert [(r.code, r.area, r.direct) for r in RULES.values()][:4] == [
        ("EFH", "EFH", True), ("GRP", "GRP", True), ("OFF", "OFF", True),
        ("VNZ", "VNZ", False)]
    assert RULES["GRP"].wording == "gruppen- oder klassenbezogene Angebote"
    assert ts.category_rules() is RULES


def test_value_objects_are_frozen():
    # immutable (and hashable) values: a caller cannot change one in place
    for value, name in ((ts.CategoryRule("EFH", "EFH", True), "direct"), (_t(), "low"), (ts.Evaluation(_t(), 1.0, "green"), "light"), (ts.Tally({}), "contacts")):
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(value, name, None)


# -- found by the full mutation run of 23.11.2026 (evening) ------------------------------------
def test_a_share_band_may_reach_100_and_start_and_end_at_0():
    assert _t(low=100.0, high=100.0, soll=100.0).check().low == 100.0   # low <= 100, not < 100
    assert _t(low=0.0, high=0.0, soll=0.0).check().high == 0.0          # high >= 0, not > 0
    assert _refused(low=0.0, high=100.5) == "„Direkt“: Anteile liegen zwischen 0 und 100 %."


def test_a_lower_bound_of_one_percent_is_a_band_not_a_maximum():
    assert _t(low=1.0, high=40.0).band_text == "1–40 %"
    assert _t(low=0.0, high=40.0).band_text == "höchstens 40 %"


CATEGORIES = """
[[category]]
code = "{code}"
area = "{area}"
kind = "direkt"
{wording}
"""


def test_the_category_table_refuses_an_unknown_code_or_area_alone():
    code, area = "EFH", "EFH"
    assert code in ts.TIME_CATEGORIES and area in ts.AREAS
    rule = ts.parse_categories(CATEGORIES.format(code=code, area=area, wording=""))[code]
    assert rule == ts.CategoryRule("EFH", "EFH", True, "")            # no wording: empty
    worded = CATEGORIES.format(code=code, area=area, wording='wording = "Beratung"')
    assert ts.parse_categories(worded)[code].wording == "Beratung"
    for bad in (CATEGORIES.format(code="XYZ", area=area, wording=""),
                CATEGORIES.format(code=code, area="ABC", wording="")):
        with pytest.raises(ValueError) as err:
            ts.parse_categories(bad)
        assert str(err.value).startswith("categories.toml: unknown code or area in {")
    assert ts.category_rules() == ts.parse_categories(
        (ts.resource("timeshare", "categories.toml")).read_text("utf-8"))
