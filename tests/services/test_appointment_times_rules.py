"""An appointment's times by the one rule of every way in (``appointments.times_problem``:
the Termine form's save, an interchange file, a package), each at its boundary: the last
time of the day and the first that is none, an end one minute after the start, equal to
it and one minute before it; the field named and the sentence word for word. Pure, no
vault (the mutation selection of ``tools/mutation.sh appointments``)."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import appointment_times as t
from ssa_desktop.domain.errors import UserError
from ssa_desktop.services import appointments as a

BACKWARDS = ("end", "Das Ende des Termins muss nach dem Beginn liegen.")


@pytest.mark.parametrize(("start", "end"), [
    ("00:00", "00:01"), ("23:58", "23:59"), ("09:00", "17:00"), ("00:00", "23:59"),
    ("19:59", "20:00")])
def test_an_end_after_the_start_within_the_day_is_taken(start, end):
    assert a.times_problem(start, end) is None


@pytest.mark.parametrize(("start", "end"), [
    ("10:00", "10:00"), ("23:59", "23:59"), ("10:01", "10:00"), ("23:59", "00:00")])
def test_an_end_at_or_before_the_start_is_refused_at_the_end(start, end):
    assert a.times_problem(start, end) == BACKWARDS


@pytest.mark.parametrize(("start", "end", "problem"), [
    ("23:59", "24:00", ("end", "Das Ende „24:00“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30).")),
    ("24:00", "24:30", ("start", "Der Beginn „24:00“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30).")),
    ("10:60", "11:00", ("start", "Der Beginn „10:60“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30).")),
    ("99:77", "10:00", ("start", "Der Beginn „99:77“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30).")),
    ("", "10:00", ("start", "Der Beginn „“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30).")),
    ("10:00", "10.30", ("end", "Das Ende „10.30“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30).")),
    # both broken: the start is named first
    ("25:00", "26:00", ("start", "Der Beginn „25:00“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30).")),
])
def test_a_time_that_is_none_is_named_by_its_field_before_the_order(start, end, problem):
    assert a.times_problem(start, end) == problem


@pytest.mark.parametrize(("start", "end", "stored"), [
    (" 9:00", "10:00", ("09:00", "10:00")), ("09:00", "10:00 ", ("09:00", "10:00")),
    ("09:00\n", "10:00", ("09:00", "10:00")), ("9:00", "10:00", ("09:00", "10:00")),
    ("08:00", "9:00", ("08:00", "09:00"))])
def test_a_time_in_another_spelling_is_taken_and_stored_as_the_form_stores_it(start, end, stored):
    """A time the form takes in another spelling is taken and stored as HH:MM. „ 9:00“
    passed ``check_time`` (it strips) and then raised a ValueError in English reading the
    order – ``import-json`` stopped with no place."""
    assert a.times_problem(start, end) is None
    assert a.stored_times(start, end) == stored


@pytest.mark.parametrize(("text", "stored"), [
    ("9:00", "09:00"), (" 09:30 ", "09:30"), ("0:00", "00:00"), ("23:59", "23:59"),
    ("19:59", "19:59"), ("20:00", "20:00")])
def test_check_time_stores_the_form_s_hh_mm(text, stored):
    assert a.check_time(text) == stored


@pytest.mark.parametrize("text", ["", "9", "24:00", "9:0", "09:5", "0900", "12:60", "1:2:3", "abcd",
                                  "٠٩:٠٠"])
def test_check_time_refuses_what_is_no_time(text):
    with pytest.raises(UserError, match=r"ist keine gültige Uhrzeit \(HH:MM, z\. B\. 09:30\)\.$"):
        a.check_time(text)


def test_minutes_between_counts_from_the_start_to_the_end():
    assert a.minutes_between("09:00", "10:30") == 90
    assert a.minutes_between("10:30", "09:00") == -90
    assert a.minutes_between("00:00", "23:59") == 23 * 60 + 59


@pytest.mark.parametrize(("start", "end", "sentence"), [
    ("9:0", "10:00", "Der Beginn „9:0“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30)."),
    ("10:00", "10:00", "Das Ende des Termins muss nach dem Beginn liegen.")])
def test_stored_times_refuses_with_the_rule_s_sentence(start, end, sentence):
    """What ``times_problem`` refuses is not stored: the German sentence, word for word."""
    with pytest.raises(UserError) as refused:
        a.stored_times(start, end)
    assert str(refused.value) == sentence


def test_a_time_named_by_no_field_is_called_die_uhrzeit():
    with pytest.raises(UserError) as refused:
        a.check_time("9:0")
    assert str(refused.value) == "Die Uhrzeit „9:0“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30)."


@pytest.mark.parametrize(("text", "stored"), [
    ("", ""), ("  ", ""), ("9:00", "09:00"), (" 9:05 ", "09:05"), ("00:00", "00:00"),
    ("23:59", "23:59")])
def test_a_contact_s_time_is_none_or_stored_as_the_form_stores_it(text, stored):
    assert t.contact_time(text) == stored
    assert t.contact_time_problem(text) is None


@pytest.mark.parametrize("text", ["24:00", "12:60", "9:0", "ab:cd"])
def test_a_contact_s_time_the_form_refuses_is_said_in_its_sentence(text):
    sentence = f"Die Uhrzeit „{text}“ ist keine gültige Uhrzeit (HH:MM, z. B. 09:30)."
    assert t.contact_time_problem(text) == sentence
    with pytest.raises(UserError) as refused:
        t.contact_time(text, "Die Uhrzeit")
    assert str(refused.value) == sentence


def _around(*times: str) -> tuple[str, ...]:
    return tuple(f"{a}{time}{b}" for time in times
                 for a, b in (("", ""), (" ", ""), ("", " "), (" ", " ")))


@pytest.mark.parametrize(("stored", "spellings"), [
    ("09:00", _around("09:00", "9:00")), ("00:00", _around("00:00", "0:00")),
    ("09:59", _around("09:59", "9:59")),
    ("10:00", _around("10:00")), ("19:00", _around("19:00")), ("23:59", _around("23:59")),
    ("", ("", " ", "  ")),                   # a contact's time none: blanks the update emptied
    ("9:00", ("9:00",)), ("24:00", ("24:00",)), ("0:00", ("0:00",)),
    ("09:00\n", ("09:00\n",)), (" 09:00", (" 09:00",)), ("09:60", ("09:60",)),
    ("0900", ("0900",)), ("09:000", ("09:000",))])
def test_a_stored_time_s_earlier_spellings_are_it_and_the_one_without_the_zero(stored, spellings):
    """What a release before migration 0030 may have stored for it (a school package's
    manifest digested that): „9:00“ for 09:00, each also with a space before, after or
    around it (the update stripped it); a spelling the update never wrote has no other."""
    assert t.earlier_spellings(stored) == spellings


def test_the_time_fields_are_the_ones_the_update_to_schema_30_rewrote():
    """``TIME_FIELDS`` (the receipt and the return compare these in their earlier spelling)
    names exactly the columns migration 0030 (stored_times) rewrites."""
    import re
    from pathlib import Path

    import ssa_desktop

    sql = (Path(ssa_desktop.__file__).parent / "storage" / "migrations"
           / "0030_stored_times.sql").read_text("utf-8")
    rewritten = {table: tuple(re.findall(r'"?(\w+)"? = n\.', sets))
                 for table, sets in re.findall(r"^UPDATE (\w+) SET (.+)$", sql, re.MULTILINE)}
    assert rewritten == t.TIME_FIELDS == {"appointment": ("start", "end"), "contact": ("time",)}
