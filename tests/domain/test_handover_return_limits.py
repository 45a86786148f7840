"""The deputy's return, pure rules (domain/handover.py): a goal rating's refusals, the
most rows a return may bring, the days a contact may lie on, the deputy's mark. Real-vault
tests prove them through the import too (tests/handover/test_deputy_goal_ratings.py); these
hold them in the module's own mutation selection, at their boundaries."""

from __future__ import annotations

from datetime import date

from ssa_desktop.domain import handover as ho

PERIOD = ho.Period(date(2026, 11, 2), date(2026, 11, 13))
TODAY = date(2026, 11, 10)


def _contents(**changes) -> ho.PackageContents:
    fields = {"persons": frozenset({"p1", "p2"}), "case_person": {}, "appointments":
              frozenset(), "period": PERIOD, "goal_person": {"g1": "p1", "g9": "p9"}}
    return ho.PackageContents(**{**fields, **changes})


def _rating(**changes) -> dict:
    return {"id": "r1", "goal_id": "g1", "level": 3, "day": "2026-11-09", **changes}


def _refused(row: dict, contents: ho.PackageContents | None = None, *, exists_here=False,
             person_here: str | None = None, today: date | None = TODAY) -> str | None:
    return ho.refused_row("goal_rating", row, contents or _contents(),
                          exists_here=exists_here, person_here=person_here, today=today)


def test_a_rating_of_a_goal_handed_out_on_a_day_of_the_vertretung_is_read():
    assert _refused(_rating()) is None
    assert _refused(_rating(level=-2)) is None and _refused(_rating(level=5)) is None


def test_a_rating_of_a_goal_not_handed_out_or_of_a_person_not_in_the_package_is_refused():
    gone = "das Ziel wurde nicht mit dem Vertretungspaket übergeben"
    assert _refused(_rating(goal_id="g2")) == gone
    assert _refused(_rating(goal_id="g9")) == gone     # its person is not in the package
    assert _refused(_rating(), _contents(goal_person=None)) == gone


def test_a_rating_she_has_comes_only_as_one_an_earlier_reading_brought_for_its_person():
    not_hers = "die Einschätzung gibt es bei Ihnen, sie kam aber nicht von der Vertretung"
    brought = _contents(returned={"goal_rating": frozenset({"r1"})})
    assert _refused(_rating(), brought, exists_here=True, person_here="p1") is None
    assert _refused(_rating(), brought, exists_here=True, person_here="p2") == not_hers
    assert _refused(_rating(), _contents(), exists_here=True, person_here="p1") == not_hers
    assert _refused(_rating(id="r2"), brought, exists_here=True, person_here="p1") == not_hers


def test_a_level_outside_the_scales_is_refused_at_its_boundaries():
    for level in (-3, 6, True, "3", None, 2.0):
        assert _refused(_rating(level=level)) == f"die Stufe {level} gibt es auf keiner Skala"


def test_a_ratings_day_lies_in_the_vertretung_and_not_after_today():
    assert _refused(_rating(day="2026-11-01")).startswith("der Tag 01.11.2026 liegt vor")
    assert _refused(_rating(day="2026-11-02")) is None
    assert _refused(_rating(day="2026-11-10")) is None
    assert _refused(_rating(day="2026-11-11")) == "der Tag 11.11.2026 liegt in der Zukunft"
    # without a day to judge by (no clock given, no period, no readable day): not refused
    assert _refused(_rating(day="2026-11-11"), today=None) is None
    assert _refused(_rating(day="2026-11-11"), _contents(period=None)) is None
    assert _refused(_rating(day="bald")) is None


def test_a_rating_follows_the_text_limit_first():
    assert _refused(_rating(goal_id="g2", note="x" * (ho.TEXT_LIMIT + 1))).startswith(
        "Text zu lang im Feld")
    assert _refused(_rating(note="x" * ho.TEXT_LIMIT)) is None


def test_the_days_a_contact_may_lie_on_count_from_the_earlier_of_writing_and_beginning():
    assert ho.contact_days(_contents()) == 12
    assert ho.contact_days(_contents(created=date(2026, 10, 30))) == 15
    assert ho.contact_days(_contents(created=date(2026, 11, 5))) == 12
    assert ho.contact_days(_contents(period=None)) is None


def test_a_return_holds_at_most_what_the_package_carried_and_48_rows_per_person_and_day():
    contents = _contents(contacts=frozenset({"c1", "c2"}), appointments=frozenset({"a1"}),
                         returned={"contact": frozenset({"c3"}), "goal_rating": frozenset()})
    assert ho.return_row_limit(contents) == 2 + 1 + 1 + 2 * 12 * 48
    assert ho.return_row_limit(_contents(period=None)) is None


def test_the_deputys_mark_is_told_by_its_ending():
    assert ho.is_deputy_mark(ho.written_by("  Jana   Berger ")) is True
    assert ho.written_by("") == "Vertretung (Vertretung)"
    assert ho.is_deputy_mark("Jana Berger") is False


def _contact(**changes) -> dict:
    return {"id": "c1", "person_id": "p1", "day": "2026-11-09", **changes}


def test_a_new_entrys_times_are_what_her_window_lets_her_type():
    """A new contact's time, a new appointment's start and end: HH:MM or nothing; a
    time given as a number is read as its text (refused)."""
    new = {"exists_here": False, "today": TODAY}
    assert ho.refused_row("contact", _contact(time="09:30"), _contents(), **new) is None
    assert ho.refused_row("contact", _contact(), _contents(), **new) is None       # no time
    # a contact's time by the one rule of every way in (appointment_times.contact_time)
    assert ho.refused_row("contact", _contact(time="9:30"), _contents(), **new) is None
    assert ho.refused_row("contact", _contact(time="24:00"), _contents(), **new) == (
        "Die Uhrzeit „24:00“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30).")
    assert ho.refused_row("contact", _contact(time=930), _contents(), **new) == (
        "Die Uhrzeit „930“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30).")
    # an appointment's times by the Termine form's one rule (appointment_times):
    # „9:45“ is a time she types there (stored 09:45), „9:4“ is none, the end after the start
    appointment = _contact(id="a1", start="09:00", end="9:45", status="planned")
    assert ho.refused_row("appointment", appointment, _contents(), **new) is None
    assert ho.refused_row("appointment", {**appointment, "end": "9:4"}, _contents(),
                          **new) == "Das Ende „9:4“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30)."
    assert ho.refused_row("appointment", {**appointment, "start": "9:0"}, _contents(),
                          **new) == "Der Beginn „9:0“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30)."
    assert ho.refused_row("appointment", {**appointment, "start": "10:00"}, _contents(),
                          **new) == "Das Ende des Termins muss nach dem Beginn liegen."
    assert ho.refused_row("appointment", {**appointment, "start": None}, _contents(),
                          **new) == "Der Beginn „“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30)."


def test_a_time_the_package_carried_unchanged_is_the_vaults_own_and_not_asked_again():
    """A contact that was in the package: its time is checked only when the deputy
    changed it (``base``: the hashes that went into the package)."""
    contents = _contents(contacts=frozenset({"c1"}))
    row = _contact(time="7:5")
    base = {name: ho.field_hash(value) for name, value in row.items()}
    here = {"exists_here": True, "person_here": "p1", "today": TODAY}
    assert ho.refused_row("contact", row, contents, base=base, **here) is None
    assert ho.refused_row("contact", {**row, "time": "7:6"}, contents, base=base, **here) == (
        "Die Uhrzeit „7:6“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30).")
