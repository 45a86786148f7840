"""Plausibility rules with hand-picked limits and a property: nothing plausible is refused,
nothing refused is plausible."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import plausibility as p

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(("day", "minutes", "blocking", "words"), [
    (date(2099, 1, 1), 30, True, "01.01.2099"),
    (TODAY + timedelta(days=1), 30, True, "Zukunft"),
    (TODAY, 0, True, "0 Minuten"),
    (TODAY, 2000, True, "2000 Minuten sind 33,3 Stunden"),
    (TODAY, 240, False, "240 Minuten (4,0 Stunden)"),
    (date(2025, 11, 1), 30, False, "über ein Jahr"),
])
def test_contact_findings_in_her_words(day, minutes, blocking, words):
    [finding] = p.contact(day, minutes, TODAY)
    assert finding.blocking is blocking and words in finding.message


@given(st.dates(TODAY - timedelta(days=365), TODAY), st.integers(1, 180))
def test_an_ordinary_contact_passes(day, minutes):
    assert p.contact(day, minutes, TODAY) == []


@given(st.integers(-5, 5000))
def test_duration_is_refused_exactly_outside_one_to_six_hundred(minutes):
    blocking = [f for f in p.duration(minutes) if f.blocking]
    assert bool(blocking) == (minutes < 1 or minutes > 600)


def test_enforce_refuses_first_and_asks_unless_confirmed():
    with pytest.raises(p.Implausible, match="0 Minuten"):
        p.enforce(p.contact(TODAY, 0, TODAY), confirmed=True)
    with pytest.raises(p.NeedsConfirmation) as asked:
        p.enforce(p.contact(TODAY, 240, TODAY), confirmed=False)
    assert "Stimmt die Dauer?" in asked.value.questions[0]
    p.enforce(p.contact(TODAY, 240, TODAY), confirmed=True)  # she confirmed: saved


def test_other_rules():
    assert p.open_offer(0) and not p.open_offer(0)[0].blocking and p.open_offer(3) == []
    assert p.pupil_school("pupil", None)[0].blocking and p.pupil_school("teacher", None) == []
    assert p.case_title("  ")[0].blocking and p.case_title("Streit") == []
    [clash] = p.overlap("09:40", "10:10", [("10:00", "10:30", "K-17"), ("10:10", "11:00", "M-3")])
    assert "K-17" in clash.message and "M-3" not in clash.message
