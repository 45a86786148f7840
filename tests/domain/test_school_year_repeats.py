"""A pupil who repeats the year ("wiederholt die Klassenstufe"): at the Schuljahreswechsel
her grade and class stay as they were (the class is hers to change, 7b → 7c), and the
count says so. Before, the assistant had no such choice: a pupil kept in 7b was saved
with grade 8 and counted as "vorgerückt". Pure."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain import school_year_change as syc
from ssa_desktop.domain.schoolyear import SchoolYear

ENDING = SchoolYear(2025)


def _row(grade, label, active=True, last=10):
    return syc.plan([syc.PupilFacts("p", "P-1", grade, label, active)], last, ENDING)[0]


def test_a_pupil_who_repeats_keeps_grade_and_class():
    row = _row(7, "7b").with_status(syc.REPEATS)
    assert (row.status, row.new_grade, row.new_label, row.day) == (syc.REPEATS, 7, "7b", None)
    assert syc.check([row]) == []


def test_back_from_repeating_the_grade_advances_again():
    back = _row(7, "7b").with_status(syc.REPEATS).with_status(syc.STAY)
    assert (back.status, back.new_grade, back.new_label) == (syc.STAY, 8, "8b")
    unknown = _row(7, "7b").with_status(syc.REPEATS).with_status(syc.UNKNOWN)
    assert (unknown.new_grade, unknown.new_label) == (8, "8b")


def test_the_last_grade_repeated_stays_at_school():
    proposed = _row(10, "10a")                      # proposed: left on 31 July
    assert proposed.status == syc.LEFT
    row = proposed.with_status(syc.REPEATS)
    assert (row.new_grade, row.new_label, row.day) == (10, "10a", None)


def test_from_leaving_to_repeating_drops_the_day():
    left = _row(7, "7b").with_status(syc.LEFT, date(2026, 3, 1))
    row = left.with_status(syc.REPEATS)
    assert (row.new_grade, row.new_label, row.day) == (7, "7b", None)


def test_repeating_is_counted_apart_and_the_counts_add_up():
    rows = [_row(7, "7b").with_status(syc.REPEATS), _row(8, "8a"),
            _row(None, "DaZ"), _row(6, "6c").with_status(syc.REPEATS)]
    summary = syc.summarise(rows)
    assert (summary.repeated, summary.advanced, summary.kept) == (2, 1, 1)
    assert summary.total == 4
    assert summary.as_dict() == {"advanced": 1, "repeated": 2, "left": 0, "changed": 0,
                                 "unknown": 0, "kept": 1}


@given(grades=st.lists(st.one_of(st.none(), st.integers(min_value=1, max_value=13)),
                       min_size=1, max_size=12),
       statuses=st.lists(st.sampled_from(sorted(syc.STATUS_LABELS)), min_size=12,
                         max_size=12))
def test_every_pupil_is_in_exactly_one_count(grades, statuses):
    rows = [_row(g, f"{g}x" if g else "").with_status(
        s, date(2026, 7, 31) if s in (syc.LEFT, syc.CHANGED) else None)
        for g, s in zip(grades, statuses, strict=False)]
    assert syc.summarise(rows).total == len(rows)
    for row in rows:
        if row.status == syc.REPEATS:
            assert (row.new_grade, row.new_label) == (row.grade, row.class_label)


# -- the leaving or change day lies before the change (issue 29's year end) -------------------
def test_the_latest_day_is_the_ending_years_last_or_today_whichever_is_later():
    assert syc.latest_day(date(2026, 7, 10), ENDING) == date(2026, 7, 31)   # preparing
    assert syc.latest_day(date(2026, 8, 3), ENDING) == date(2026, 8, 3)     # at the change


def test_a_day_after_the_latest_is_refused_at_the_boundary():
    row = _row(7, "7b")
    today = date(2026, 8, 3)                       # the change, in the holidays
    on = row.with_status(syc.LEFT, today)
    after = row.with_status(syc.CHANGED, date(2026, 8, 4))
    assert syc.check([on], today, ENDING) == []
    assert syc.check([after], today, ENDING) == [
        "P-1: der 04.08.2026 liegt nach heute (03.08.2026). Wer erst später geht, ist beim "
        "Wechsel noch an der Schule; das Datum tragen Sie bei der Person ein, wenn es "
        "erreicht ist."]
    assert syc.check([after]) == []          # without the day: only the other rules


def test_while_preparing_in_july_the_latest_day_is_the_31st():
    row = _row(7, "7b")
    today = date(2026, 7, 10)
    assert syc.check([row.with_status(syc.LEFT, date(2026, 7, 31))], today, ENDING) == []
    assert syc.check([row.with_status(syc.LEFT, date(2026, 8, 1))], today, ENDING)[0] == (
        "P-1: der 01.08.2026 liegt nach dem Ende des Schuljahres 2025/26 (31.07.2026). Wer "
        "erst später geht, ist beim Wechsel noch an der Schule; das Datum tragen Sie bei "
        "der Person ein, wenn es erreicht ist.")


# -- the class she types fits the grade (the one rule of domain.school_class) ----------------
def test_a_class_typed_for_moving_up_that_names_the_old_grade_is_refused():
    """The case "wiederholt" is for: a pupil kept in 7b under "noch an der Schule" was
    saved with grade 8."""
    row = replace(_row(7, "7b"), new_label="7b")
    assert syc.check([row]) == [
        "P-1: die Klasse „7b“ passt nicht zur Klassenstufe 8. Wiederholt P-1 die "
        "Klassenstufe, bitte unter Verbleib „wiederholt die Klassenstufe“ wählen; sonst "
        "die Klasse ändern."]
    assert syc.check([replace(_row(7, "7b"), new_label="8c")]) == []
    assert syc.check([replace(_row(7, "7b"), new_label="Lerngruppe A")]) == []


def test_a_class_typed_for_repeating_names_the_same_grade():
    row = replace(_row(7, "7b").with_status(syc.REPEATS), new_label="8b")
    assert syc.check([row]) == [
        "P-1: die Klasse „8b“ passt nicht zur Klassenstufe 7. Rückt P-1 vor, bitte unter "
        "Verbleib „noch an der Schule“ wählen; sonst die Klasse ändern."]
    assert syc.check([replace(row, new_label="7c")]) == []


def test_a_proposed_class_is_never_refused():
    """Labels the proposal could not follow ("Lerngruppe 3" names no old grade 7) are the
    data as it is, not something she typed."""
    row = _row(7, "Lerngruppe 3")
    assert (row.new_grade, row.new_label) == (8, "Lerngruppe 3")
    assert syc.check([row]) == []
    assert syc.check([replace(_row(None, "DaZ"), new_label="5a")]) == []   # no grade known


def test_the_whereabouts_read_as_she_sees_them():
    assert syc.STATUS_LABELS == {
        syc.STAY: "noch an der Schule", syc.REPEATS: "wiederholt die Klassenstufe",
        syc.LEFT: "abgegangen am", syc.CHANGED: "Schule gewechselt am",
        syc.UNKNOWN: "nicht bekannt"}


def test_a_day_is_checked_only_with_today_and_the_ending_year():
    late = _row(7, "7b").with_status(syc.LEFT, date(2030, 1, 1))
    assert syc.check([late], date(2026, 8, 3)) == []
    assert syc.check([late], None, ENDING) == []


def test_a_pupil_in_13_who_stays_is_counted_as_repeating_not_as_without_grade():
    """There is no grade above 13: "noch an der Schule" keeps 13, which is a repeat. It was
    counted as "ohne Klassenstufe (unverändert)" (review)."""
    stays = _row(13, "13", last=None)              # no last grade: proposed to stay
    assert (stays.status, stays.new_grade) == (syc.STAY, 13)
    summary = syc.summarise([stays, _row(None, "DaZ"), _row(12, "12", last=None)])
    assert (summary.repeated, summary.kept, summary.advanced) == (1, 1, 1)
    assert summary.total == 3


def test_a_class_saved_against_its_grade_is_pointed_out_not_carried_on_silently():
    """Before "wiederholt" existed, a pupil kept in 7b was saved with grade 8: the next
    proposal (grade 9, class "7b", which it cannot follow) says so (review)."""
    row = _row(8, "7b")
    assert (row.status, row.new_grade, row.new_label) == (syc.STAY, 9, "7b")
    assert row.reason == ("Klasse „7b“ passt nicht zur Klassenstufe 8: bitte Klasse und "
                          "Verbleib prüfen")
    assert _row(8, "8b").reason == "Klassenstufe rückt vor"
    assert _row(8, "Lerngruppe A").reason == "Klassenstufe rückt vor"
    assert syc.check([row]) == []          # proposed, so not refused: she decides
