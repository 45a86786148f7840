"""The Beratungszettel's data as pure rules (issue 20 item 6: mutation testing of
``domain/slips.py``): every length limit at its boundary, the name each format prints.
The printed slips are in tests/reports/test_slips.py."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from ssa_desktop.domain import slips as sl
from ssa_desktop.domain.errors import UserError

LIMITS = {"school": 120, "name": 60, "class_label": 12, "start": 5, "end": 5, "room": 40}


def test_each_name_format_she_can_choose_prints_the_name_its_label_shows():
    """Settings and the slip dialog offer the formats by their labels; each label ends
    with the name that format prints for Kim Sommer (K-17), and the default prints the
    least that lets the teacher know her."""
    assert sl.NAME_FORMAT.name == "slips.name_format"      # the key her setting is stored by
    assert sl.NAME_FORMAT.choices == sl.NAME_FORMATS
    assert set(sl.NAME_FORMAT_LABELS) == set(sl.NAME_FORMATS)
    printed = {fmt: sl.slip_name("Kim", "Sommer", "K-17", fmt) for fmt in sl.NAME_FORMATS}
    assert len(set(printed.values())) == len(sl.NAME_FORMATS)     # four different names
    for fmt, name in printed.items():
        assert sl.NAME_FORMAT_LABELS[fmt].endswith(f"({name})")
    assert printed[sl.NAME_FORMAT.default] == "Kim S."
    assert sl.NAME_FORMAT.type is str


def test_the_logo_option_is_empty_by_default_and_its_help_names_the_limit():
    assert sl.LOGO.name == "slips.logo"                    # the key her setting is stored by
    assert (sl.LOGO.type, sl.LOGO.default) == (str, "")                  # no logo printed
    assert f"höchstens {sl.LOGO_MAX_BYTES / 1024:g} KB" in sl.LOGO.help


def test_a_slip_has_no_field_for_a_topic_a_note_or_a_case():
    """Data minimisation: what can reach the printer is exactly what a teacher needs."""
    assert sl.SLIP_FIELDS == ("school", "name", "class_label", "day", "start", "end", "room",
                              "logo")


@pytest.mark.parametrize("key", sorted(LIMITS))
def test_each_text_field_at_its_limit(key):
    limit = LIMITS[key]
    assert getattr(sl.SlipData(**{key: "x" * limit}), key) == "x" * limit
    with pytest.raises(UserError) as e:
        sl.SlipData(**{key: "x" * (limit + 1)})
    assert str(e.value) == f"Beratungszettel: „{key}“ muss kurzer Text sein."
    with pytest.raises(UserError):
        sl.SlipData(**{key: "a\nb"})
    with pytest.raises(UserError):
        sl.SlipData(**{key: None})


def test_day_and_logo_types():
    assert sl.SlipData(day=date(2026, 3, 2)).day == date(2026, 3, 2)
    assert sl.SlipData(day=datetime(2026, 3, 2, 8, 0)).day == datetime(2026, 3, 2, 8, 0)
    with pytest.raises(UserError) as e:
        sl.SlipData(day="2026-03-02")
    assert str(e.value) == "Beratungszettel: das Datum fehlt oder ist ungültig."
    assert sl.SlipData(logo=b"\x89PNG").logo == b"\x89PNG"
    with pytest.raises(UserError) as e:
        sl.SlipData(logo="iVBOR")
    assert str(e.value) == "Beratungszettel: das Logo muss ein Bild sein."


def test_slip_data_is_frozen_with_slots():
    s = sl.SlipData(name="Kim S.")
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.name = "Lena"
    assert not hasattr(s, "__dict__")     # no attribute can be added beside the fields


def test_defaults_and_blank():
    s = sl.SlipData()
    assert (s.school, s.name, s.class_label, s.day, s.start, s.end, s.room, s.logo) == (
        "", "", "", None, "", "", "", None)
    b = sl.SlipData.blank("Schule am See", b"img")
    assert b == sl.SlipData(school="Schule am See", logo=b"img")
    assert sl.SlipData.blank() == sl.SlipData()


@pytest.mark.parametrize(("first", "last", "fmt", "name"), [
    ("Kim", "Sommer", "first_initial", "Kim S."),
    (" Kim ", " Sommer ", "first_initial", "Kim S."),
    ("Kim", "", "first_initial", "Kim"),
    ("Kim", "Sommer", "first_last", "Kim Sommer"),
    ("Kim", "  ", "first_last", "Kim"),
    ("Kim", "Sommer", "first", "Kim"),
    ("Kim", "Sommer", "pseudonym", "K-17"),
    ("  ", "Sommer", "first_last", "K-17"),
    ("", "Sommer", "first_initial", "K-17"),
])
def test_slip_name(first, last, fmt, name):
    assert sl.slip_name(first, last, "K-17", fmt) == name


def test_slip_name_default_format():
    assert sl.slip_name("Kim", "Sommer", "K-17") == "Kim S."
