"""The partial-year rules at their edges (session 18: mutation testing of
``domain/kvjs_periods.py``): a file's ``period`` refused with its reason, touching periods
overlap, the gaps and the combined shares computed by hand."""

from __future__ import annotations

from datetime import date

import pytest

from ssa_desktop.domain import kvjs_periods as kp

YEAR = "2025/26"
NOT_A_PERIOD = "period ist keine Angabe mit „from“ und „to“"
NOT_A_DAY = "period enthält kein gültiges Datum (JJJJ-MM-TT)"


def test_the_whole_year_its_json_and_its_text():
    assert kp.whole(YEAR) == (date(2025, 8, 1), date(2026, 7, 31))
    assert kp.to_json(kp.whole(YEAR)) == {"from": "2025-08-01", "to": "2026-07-31"}
    assert kp.text((date(2025, 8, 1), date(2026, 1, 31))) == "01.08.2025–31.01.2026"
    assert kp.days(kp.whole(YEAR)) == 365
    assert kp.days((date(2025, 8, 1), date(2025, 8, 1))) == 1


@pytest.mark.parametrize(("value", "why"), [
    (None, NOT_A_PERIOD),
    (["2025-08-01", "2026-07-31"], NOT_A_PERIOD),
    ({"from": "2025-08-01"}, NOT_A_PERIOD),
    ({"from": "2025-08-01", "to": "2026-07-31", "note": "x"}, NOT_A_PERIOD),
    ({"from": "2025-08-01", "to": 20260731}, NOT_A_PERIOD),
    ({"from": 20250801, "to": "2026-07-31"}, NOT_A_PERIOD),
    ({"from": "2025-08-01", "to": "2026-02-30"}, NOT_A_DAY),
    ({"from": "1.8.2025", "to": "2026-07-31"}, NOT_A_DAY),
])
def test_a_period_that_is_not_two_iso_days_is_refused_with_its_reason(value, why):
    assert kp.problem(value, YEAR) == why


def test_a_year_label_that_is_no_school_year_is_refused_as_no_valid_day():
    assert kp.problem({"from": "2025-08-01", "to": "2026-07-31"}, "2025") == NOT_A_DAY


@pytest.mark.parametrize(("first", "last", "ok"), [
    ("2025-08-01", "2026-07-31", True),     # the whole year
    ("2025-08-01", "2025-08-01", True),     # one day, at the start
    ("2026-07-31", "2026-07-31", True),     # one day, at the end
    ("2025-07-31", "2026-07-31", False),    # begins the day before the year
    ("2025-08-01", "2026-08-01", False),    # ends the day after
    ("2025-09-02", "2025-09-01", False),    # ends before it begins
])
def test_a_period_lies_inside_the_year_at_both_ends(first, last, ok):
    said = kp.problem({"from": first, "to": last}, YEAR)
    assert said == ("" if ok else f"period {first}–{last} liegt nicht im Schuljahr 2025/26 "
                                  "oder endet vor seinem Beginn")


def test_an_entry_without_a_period_covers_the_whole_year():
    assert kp.of({}, YEAR) == (date(2025, 8, 1), date(2026, 7, 31))
    assert kp.of({"period": {"from": "2025-08-01", "to": "2026-01-31"}}, YEAR) == \
        (date(2025, 8, 1), date(2026, 1, 31))


@pytest.mark.parametrize(("a", "b", "overlap"), [
    ((date(2025, 8, 1), date(2025, 9, 1)), (date(2025, 9, 1), date(2025, 10, 1)), True),
    ((date(2025, 9, 1), date(2025, 10, 1)), (date(2025, 8, 1), date(2025, 9, 1)), True),
    ((date(2025, 8, 1), date(2025, 8, 31)), (date(2025, 9, 1), date(2025, 10, 1)), False),
    ((date(2025, 9, 1), date(2025, 10, 1)), (date(2025, 8, 1), date(2025, 8, 31)), False),
])
def test_periods_sharing_one_day_overlap_and_neighbours_do_not(a, b, overlap):
    assert kp.overlap(a, b) is overlap


def test_the_gaps_before_between_and_after_the_parts():
    parts = [(date(2025, 9, 1), date(2025, 12, 31)), (date(2026, 2, 1), date(2026, 7, 30))]
    assert kp.gaps(parts, YEAR) == [(date(2025, 8, 1), date(2025, 8, 31)),
                                    (date(2026, 1, 1), date(2026, 1, 31)),
                                    (date(2026, 7, 31), date(2026, 7, 31))]
    # a part inside an earlier one moves nothing back
    nested = [(date(2025, 8, 1), date(2026, 3, 31)), (date(2025, 9, 1), date(2025, 9, 30))]
    assert kp.gaps(nested, YEAR) == [(date(2026, 4, 1), date(2026, 7, 31))]
    assert kp.gaps([], YEAR) == [(date(2025, 8, 1), date(2026, 7, 31))]


NAMES = ["efh_contacts", "pupils", "post_percent", "fte", "posts_per_1000_pupils"]


def test_two_half_years_combined_by_hand():
    """146 days (1.8.–24.12.2025) at 100 % and 219 days (25.12.–31.7.) at 50 %:
    (146·100 + 219·50) / 365 = 70.0 %; FTE (146·1 + 219·0.5) / 365 = 0.7; 0.7 / 350 · 1000
    = 2.0 posts per 1,000 pupils; the larger pupil count, the contacts added."""
    first = (date(2025, 8, 1), date(2025, 12, 24))
    second = (date(2025, 12, 25), date(2026, 7, 31))
    assert (kp.days(first), kp.days(second)) == (146, 219)
    parts = [({"efh_contacts": 3, "pupils": 340, "post_percent": 100.0, "fte": 1.0,
               "posts_per_1000_pupils": 2.94}, first),
             ({"efh_contacts": 4, "pupils": 350, "post_percent": 50.0, "fte": 0.5,
               "posts_per_1000_pupils": 1.43}, second)]
    total = kp.combine(parts, YEAR, names=NAMES)
    assert total == {"efh_contacts": 7, "pupils": 350, "post_percent": 70.0, "fte": 0.7,
                     "posts_per_1000_pupils": 2.0}


def test_shares_are_rounded_to_two_and_four_digits_and_no_pupils_give_no_posts():
    """One day at 100 % of 365: 100/365 = 0.27397… % → 0.27; 1/365 = 0.0027397… → 0.0027."""
    day = (date(2025, 8, 1), date(2025, 8, 1))
    parts = [({"efh_contacts": 0, "pupils": 0, "post_percent": 100.0, "fte": 1.0,
               "posts_per_1000_pupils": 0.0}, day)]
    assert kp.combine(parts, YEAR, names=NAMES) == {
        "efh_contacts": 0, "pupils": 0, "post_percent": 0.27, "fte": 0.0027,
        "posts_per_1000_pupils": 0.0}


def test_posts_per_1000_pupils_are_rounded_to_two_digits():
    """0.5 FTE for 300 pupils the whole year: 0.5 / 300 · 1000 = 1.6666… → 1.67."""
    parts = [({"pupils": 300, "fte": 0.5, "posts_per_1000_pupils": 0.0}, kp.whole(YEAR))]
    assert kp.combine(parts, YEAR, names=["pupils", "fte", "posts_per_1000_pupils"]) == {
        "pupils": 300, "fte": 0.5, "posts_per_1000_pupils": 1.67}


def test_posts_per_1000_pupils_are_per_thousand_exactly():
    """One FTE for 100 pupils the whole year: 1.0 / 100 · 1000 = 10.0 (a factor of 1001
    would give 10.01; the cases above round it away)."""
    parts = [({"pupils": 100, "fte": 1.0, "posts_per_1000_pupils": 0.0}, kp.whole(YEAR))]
    assert kp.combine(parts, YEAR, names=["pupils", "fte", "posts_per_1000_pupils"]) == {
        "pupils": 100, "fte": 1.0, "posts_per_1000_pupils": 10.0}
