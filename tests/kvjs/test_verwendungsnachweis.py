"""The Verwendungsnachweis PDF for the Träger (docs/statistics.md, "Verwendungsnachweis"):
months filled, FTE and the pro-rata grant at the rate option, then the statistics pages;
read back from the PDF. Literal: post-1 at 75 % from 1 October 2025 = 10 months filled,
16,700 € × 0.75 × 10/12 = 10,437.50 €."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from ssa_desktop.domain import clock
from ssa_desktop.domain.entities import PostShare, PostStaff, School
from ssa_desktop.exports.kvjs_verwendungsnachweis import euro
from ssa_desktop.services import settings, staff
from ssa_desktop.services import statistics as stats
from ssa_desktop.storage import repositories as repo

from . import fixture


@pytest.fixture
def world(conn):
    built = fixture.build(conn)
    staff.save_staff(conn, PostStaff("post-1", fixture.YEAR, "Soziale Arbeit (B.A.)", 75.0,
                                     date(2025, 10, 1), date(2027, 7, 31), True, "free"))
    return built


def _text(path) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(path).pages).split())


def test_euro_is_german():
    assert (euro(16_700), euro(10_437.5), euro(0)) == ("16.700,00 €", "10.437,50 €", "0,00 €")


def test_months_fte_grant_and_the_statistics_pages(conn, world, tmp_path):
    with clock.frozen(date(2026, 10, 1)):
        path = staff.write_verwendungsnachweis(
            conn, fixture.YEAR, tmp_path / staff.verwendungsnachweis_file_name(fixture.YEAR))
    assert path.name == "Verwendungsnachweis_2025-26.pdf"
    text = _text(path)
    assert "Förderung 16.700,00 € je Vollzeitstelle" in text
    assert "Stelle Nord 0,75 10 Mon. 2 Mon. 10.437,50 €" in text
    assert "Summe 0,75 10.437,50 €" in text
    assert "Qualifikation Soziale Arbeit (B.A.)" in text
    assert "01.10.2025 bis 31.07.2027, befristet" in text
    assert "Anstellungsträger freier Träger" in text
    assert "Schulen Gemeinschaftsschule Am Park, Realschule Am Berg" in text
    # the statistics pages: the post's form with its two Schularten
    assert "Erhebungsbogen Jugendsozialarbeit" in text and "Beratungskontakte 8 2 6" in text
    assert "A-1" not in text  # no pseudonyms


def test_the_rate_is_an_option(conn, world, tmp_path):
    settings.set_value(conn, stats.GRANT_RATE, 20_000.0)
    path = staff.write_verwendungsnachweis(conn, fixture.YEAR, tmp_path / "v.pdf")
    assert "Stelle Nord 0,75 10 Mon. 2 Mon. 12.500,00 €" in _text(path)


def test_a_year_without_posts_is_refused_in_german(conn, world, tmp_path):
    with pytest.raises(stats.StatisticsError, match="hat keine Stelle einen Stellenumfang"):
        staff.write_verwendungsnachweis(conn, 2019, tmp_path / "v.pdf")
    assert not (tmp_path / "v.pdf").exists()


def test_an_open_end_and_a_third_school_are_shown(conn, world, tmp_path):
    """A post without an end date reads "bis offen, unbefristet"; one serving more schools
    than a grant covers gets the hint, one serving two does not."""
    path = staff.write_verwendungsnachweis(conn, fixture.YEAR, tmp_path / "zwei.pdf")
    assert "versorgt" not in _text(path)
    staff.save_staff(conn, PostStaff("post-1", fixture.YEAR, "Soziale Arbeit (B.A.)", 75.0,
                                     date(2025, 10, 1), None, False, "free"))
    repo.SCHOOLS.insert(conn, School("Grundschule Am See", code="GS-3", school_type="GS",
                                     id="school-3"))
    repo.POST_SHARES.insert(conn, PostShare("post-1", "school-3", fixture.YEAR, 10.0))
    text = _text(staff.write_verwendungsnachweis(conn, fixture.YEAR, tmp_path / "drei.pdf"))
    assert "01.10.2025 bis offen, unbefristet" in text
    assert ("Hinweis: die Stelle versorgt 3 Schulen; gefördert werden höchstens zwei (drei "
            "in Ausnahmefällen).") in text


def test_the_proof_names_the_years_rule_pack(conn, world, tmp_path):
    from ssa_desktop.domain import rule_pack as rp

    shipped = rp.shipped_packs()[1]   # the shipped pack naming 2025/26, not 2026/27's
    assert fixture.YEAR == 2025 and shipped.title.endswith("2025/26")
    with clock.frozen(date(2026, 10, 1)):
        path = staff.write_verwendungsnachweis(conn, fixture.YEAR, tmp_path / "v.pdf")
    assert (f"Regelpaket: {shipped.title} (Kennung {shipped.short_id})") in _text(path)
