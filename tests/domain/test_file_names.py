"""File names valid on Windows for every suggested name (issue 29): a school called
„Schule: Am Park?“ must not make the save dialog or an export fail on Windows."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ssa_desktop.domain.file_names import safe_file_name

# Windows' rules, written out here independently of the implementation
# (learn.microsoft.com "Naming Files, Paths, and Namespaces").
FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in "0123456789¹²³"),
            *(f"LPT{i}" for i in "0123456789¹²³")}


def valid_on_windows(name: str) -> bool:
    return (0 < len(name) <= 255
            and not FORBIDDEN & set(name)
            and not name.endswith((".", " "))
            and name.split(".")[0].rstrip(" ").upper() not in RESERVED)


@given(st.text())
def test_any_school_name_gives_a_valid_windows_name(school):
    for name in (safe_file_name(school), safe_file_name(f"Jahresbericht_2025-26_{school}.pdf"),
                 safe_file_name(f"KVJS_{school}_2025-26.xlsx")):
        assert valid_on_windows(name), repr(name)


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cf", "Cs", "Co", "Zl", "Zp"),
                                      blacklist_characters='<>:"/\\|?*'), min_size=1,
               max_size=60).filter(lambda s: s.strip(" .") == s
                                   and unicodedata.normalize("NFC", s) == s
                                   and s.split(".")[0].rstrip(" ").upper() not in RESERVED))
def test_a_valid_name_is_kept_as_it_is(name):
    assert safe_file_name(name) == name


@pytest.mark.parametrize(("given_name", "expected"), [
    ("Jahresbericht_2025-26_Grundschule Am Bühl.pdf", "Jahresbericht_2025-26_Grundschule Am Bühl.pdf"),
    ("KVJS_Gesamtschule Süd-Öhringen (Straße)_2025-26.xlsx",
     "KVJS_Gesamtschule Süd-Öhringen (Straße)_2025-26.xlsx"),
    ('Schule: "Am Park"? <Nord>|*.pdf', "Schule- -Am Park- -Nord-.pdf"),
    ("GMS/Realschule\\Süd.csv", "GMS-Realschule-Süd.csv"),
    ("Zeile\nzwei\tTab.pdf", "Zeile-zwei-Tab.pdf"),
    ("Schule am See. . ", "Schule am See"),
    ("CON", "_CON"),
    ("con.pdf", "_con.pdf"),
    ("NUL.tar.gz", "_NUL.tar.gz"),
    ("Com1 .txt", "_Com1 .txt"),
    ("LPT9", "_LPT9"),
    ("COM10.pdf", "COM10.pdf"),
    ("Console.pdf", "Console.pdf"),
    ("", "Datei"),
    ("...", "Datei"),
    ("\u202egnp.exe", "-gnp.exe"),
])
def test_names_with_umlauts_and_reserved_characters_become_safe_file_names(given_name, expected):
    assert safe_file_name(given_name) == expected


def test_a_long_name_keeps_its_extension():
    name = safe_file_name("Jahresbericht_" + "Ä" * 400 + ".pdf")
    assert name.endswith(".pdf") and len(name) <= 120 and name.startswith("Jahresbericht_ÄÄ")


def test_umlauts_in_both_unicode_forms_come_out_composed():
    assert safe_file_name("Schule Mu\u0308hlbach.pdf") == "Schule Mühlbach.pdf"
    assert re.fullmatch(r"[\w .-]+", safe_file_name("Grundschule Äöüß.pdf"))


# -- every place that suggests a file name from data ------------------------------------------
HOSTILE_SCHOOL = 'GS "Am Bühl": Nord/Süd? *neu* | CON'


def test_kvjs_export_names_are_valid_for_any_school_code():
    from ssa_desktop.exports.kvjs_document import file_name

    assert file_name("GMS-1", "2025/26", "xlsx") == "KVJS_GMS-1_2025-26.xlsx"
    name = file_name(HOSTILE_SCHOOL, "2025/26", "pdf")
    assert valid_on_windows(name) and "Bühl" in name and name.endswith("_2025-26.pdf")


@given(st.text())
def test_kvjs_export_name_property(code):
    from ssa_desktop.exports.kvjs_document import file_name

    for ext in ("xlsx", "pdf", "csv", "json"):
        name = file_name(code, "2025/26", ext)
        assert valid_on_windows(name) and name.endswith(f".{ext}")


def test_annual_report_name_keeps_the_school_and_drops_what_windows_refuses():
    from ssa_desktop.domain.schoolyear import SchoolYear
    from ssa_desktop.services.annual_report import file_name

    assert (file_name(SchoolYear(2025), "Grundschule Am Bühl")
            == "Jahresbericht_2025-26_Grundschule_Am_Bühl.pdf")
    name = file_name(SchoolYear(2025), HOSTILE_SCHOOL)
    assert valid_on_windows(name) and "Bühl" in name and name.endswith(".pdf")


@given(st.text())
def test_annual_report_name_property(school):
    from ssa_desktop.domain.schoolyear import SchoolYear
    from ssa_desktop.services.annual_report import file_name

    assert valid_on_windows(file_name(SchoolYear(2025), school))
