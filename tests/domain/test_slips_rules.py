"""The Beratungszettel's data as pure rules (issue 20 item 6: mutation testing of
``domain/slips.py``): every length limit at its boundary, the name formats as literals.
The printed slips are in tests/reports/test_slips.py."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from ssa_desktop.domain import options
from ssa_desktop.domain import slips as sl
from ssa_desktop.domain.errors import UserError

LIMITS = {"school": 120, "name": 60, "class_label": 12, "start": 5, "end": 5, "room": 40}


def test_declarations():
    assert sl.NAME_FORMATS == ("first_initial", "first_last", "first", "pseudonym")
    o = options.get_option("slips.name_format")
    assert o is sl.NAME_FORMAT
    assert (o.type, o.default, o.label, o.choices) == (
        str, "first_initial", "Beratungszettel: Name der Schüler:in", sl.NAME_FORMATS)
    assert o.help == ("Wie die Lehrkraft die Schüler:in kennt: „Kim S.“ (Vorname und Initial, "
                      "Standard), „Kim Sommer“, „Kim“ oder nur das Pseudonym. Möglichst wenig "
                      "preisgeben.")
    assert sl.NAME_FORMAT_LABELS == {"first_initial": "Vorname und Initial (Kim S.)",
                                     "first_last": "Vor- und Nachname (Kim Sommer)",
                                     "first": "nur Vorname (Kim)",
                                     "pseudonym": "nur Pseudonym (K-17)"}
    logo = options.get_option("slips.logo")
    assert logo is sl.LOGO
    assert (logo.type, logo.default, logo.label) == (str, "", "Beratungszettel: Logo der Schule")
    assert logo.help == ("PNG- oder JPEG-Bild (Base64, höchstens 256 KB), oben links auf "
                         "jedem Zettel.")
    assert sl.LOGO_MAX_BYTES == 262144
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
