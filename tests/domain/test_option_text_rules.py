"""An option's value as she types it in Einstellungen or on the command line
(``Option.from_text``): German numbers, ja/nein and their other words, a day of the year
as "31.07." or "07-31", JSON for lists, text trimmed; each refusal a German sentence that
names the setting. And the settings listed by name (``declared``). Pure."""

from __future__ import annotations

import pytest

from ssa_desktop.domain import options
from ssa_desktop.domain.month_day import MonthDay
from ssa_desktop.domain.options import Option, OptionError


def _opt(kind, default, **kw) -> Option:
    return Option("test.text", kind, default, "Frist", **kw)


@pytest.mark.parametrize(("typed", "value"), [
    ("17.250,5", 17250.5), ("0,25", 0.25), ("1.5", 1.5), (" 12 ", 12.0), ("1.000,0", 1000.0),
])
def test_a_decimal_is_read_in_german_and_a_point_alone_is_a_decimal_point(typed, value):
    got = _opt(float, 0.0).from_text(typed)
    assert got == value and type(got) is float


@pytest.mark.parametrize(("typed", "value"), [("12", 12), (" 7 ", 7), ("120", 120)])
def test_a_whole_number_stays_whole(typed, value):
    got = _opt(int, 0).from_text(typed)
    assert got == value and type(got) is int


@pytest.mark.parametrize("typed", ["zwölf", "1,5", "", "12 Monate"])
def test_what_is_not_a_whole_number_is_refused_naming_the_setting_and_the_text(typed):
    with pytest.raises(OptionError) as err:
        _opt(int, 0).from_text(typed)
    assert str(err.value) == f"„Frist“: „{typed.strip()}“ ist keine Zahl."


@pytest.mark.parametrize(("typed", "value"), [
    ("ja", True), ("Ja", True), ("an", True), ("true", True), ("1", True), (" JA ", True),
    ("nein", False), ("Nein", False), ("aus", False), ("false", False), ("0", False),
])
def test_yes_and_no_in_each_of_their_words(typed, value):
    assert _opt(bool, not value).from_text(typed) is value


@pytest.mark.parametrize("typed", ["vielleicht", "", "2", "j"])
def test_anything_else_for_yes_or_no_is_refused(typed):
    with pytest.raises(OptionError) as err:
        _opt(bool, False).from_text(typed)
    assert str(err.value) == "„Frist“: bitte ja oder nein angeben."


def test_a_day_of_the_year_in_either_form_and_a_day_that_does_not_exist_refused():
    option = _opt(MonthDay, MonthDay(7, 31))
    assert option.from_text("15.03.") == MonthDay(3, 15)
    assert option.from_text(" 03-15 ") == MonthDay(3, 15)
    with pytest.raises(OptionError) as err:
        option.from_text("30.02.")
    assert str(err.value) == ("„Frist“: „30.02.“ ist kein Tag im Jahr: den 30. Tag im 2. "
                              "Monat gibt es nicht.")


def test_a_list_is_json_and_broken_json_is_refused():
    option = _opt(list, [])
    assert option.from_text(' ["GMS", "RS"] ') == ["GMS", "RS"]
    assert _opt(dict, {}).from_text('{"a": 1}') == {"a": 1}
    with pytest.raises(OptionError) as err:
        option.from_text('["GMS"')
    assert str(err.value) == "„Frist“: ungültiger Wert."


def test_text_is_kept_without_its_surrounding_blanks():
    assert _opt(str, "").from_text("  Landratsamt Nord  ") == "Landratsamt Nord"


def test_a_typed_value_still_meets_the_bounds():
    with pytest.raises(OptionError) as err:
        _opt(int, 1, minimum=1, maximum=120).from_text("121")
    assert str(err.value) == "„Frist“: der Wert darf nicht größer als 120 sein."


def test_the_settings_are_listed_by_name(monkeypatch):
    # a copy of the registry: the options declared here are gone after the test
    monkeypatch.setattr(options, "_REGISTRY", dict(options._REGISTRY))
    for name in ("zz.last", "aa.first", "mm.middle"):
        options.declare(Option(f"test.listed.{name}", int, 0, name))
    names = [o.name for o in options.declared()]
    assert names == sorted(names)
    listed = [n for n in names if n.startswith("test.listed.")]
    assert listed == ["test.listed.aa.first", "test.listed.mm.middle", "test.listed.zz.last"]


def test_a_switch_is_shown_as_ja_or_nein_and_read_back_as_it_was():
    assert (options.shown(True), options.shown(False)) == ("ja", "nein")
    for value in (True, False):
        assert _opt(bool, False).from_text(options.shown(value)) is value


def test_an_option_has_no_unit_unless_declared_so_its_number_stands_alone():
    # the settings page writes the unit around the number only where one is declared
    assert _opt(int, 1).unit == ""
    assert _opt(int, 1, unit="%n Minute(n)").unit == "%n Minute(n)"
