"""Issue 31.1: a post whose staff block has no employment start (or no Träger type) goes
to the KVJS as vacant all year with 0 € funding. The plausibility check names the missing
fields and what they do to the export, where the KVJS export and the Übersicht read it;
the Verwendungsnachweis marks the post. Read back with pdftotext."""

from __future__ import annotations

import subprocess
from datetime import date

import pytest

from ssa_desktop.domain.entities import PostStaff
from ssa_desktop.services import staff
from ssa_desktop.services import statistics as stats

from . import fixture

HINT = ("Für Stelle Nord fehlen in den Fachkräfte-Angaben 2025/26: Beschäftigt seit, "
        "Anstellungsträger. Ohne Beginn der Beschäftigung gilt die Stelle als 12 Monate "
        "unbesetzt, Förderung 0 €; ohne Anstellungsträger bleibt das Feld im Erhebungsbogen "
        "leer.")


@pytest.fixture
def world(conn):
    return fixture.build(conn)


def _staff_hints(conn, scope):
    return [f for f in stats.plausibility(conn, fixture.YEAR, scope) if f.code == "staff"]


@pytest.mark.parametrize("scope", [stats.Scope("post", "post-1"),
                                   stats.Scope("school", "school-1")])
def test_the_hint_names_the_missing_fields_and_goes_with_them(conn, world, scope):
    [hint] = _staff_hints(conn, scope)
    assert hint.message == HINT
    assert (hint.area, hint.button) == ("settings", "Fach&kräfte-Angaben")
    staff.save_staff(conn, PostStaff("post-1", fixture.YEAR, percent=75.0,
                                     employed_from=date(2025, 10, 1)))
    [hint] = _staff_hints(conn, scope)
    assert hint.message == ("Für Stelle Nord fehlt in den Fachkräfte-Angaben 2025/26: "
                            "Anstellungsträger. Ohne Anstellungsträger bleibt das Feld im "
                            "Erhebungsbogen leer.")
    staff.save_staff(conn, PostStaff("post-1", fixture.YEAR, percent=75.0,
                                     employed_from=date(2025, 10, 1), employer_type="free"))
    assert _staff_hints(conn, scope) == []


def test_the_next_year_carries_the_block_over_and_stays_quiet(conn, world):
    staff.save_staff(conn, PostStaff("post-1", fixture.YEAR - 1, percent=50.0,
                                     employed_from=date(2024, 9, 1), employer_type="public"))
    assert _staff_hints(conn, stats.Scope("post", "post-1")) == []


def _pdftotext(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


def test_the_verwendungsnachweis_marks_a_post_without_start(conn, world, tmp_path):
    path = staff.write_verwendungsnachweis(conn, fixture.YEAR, tmp_path / "v.pdf")
    text = " ".join(_pdftotext(path).split())
    assert "Stelle Nord (Beginn fehlt) 0,75 0 Mon. 12 Mon. 0,00 €" in text
    assert ("Achtung: Für Stelle Nord fehlt der Beginn der Beschäftigung. Ohne ihn gilt die "
            "Stelle als 12 Monate unbesetzt, Förderung 0 €. Bitte in Einstellungen → Schulen & "
            "Stelle → Fachkräfte-Angaben eintragen und den Nachweis neu erstellen.") in text
    staff.save_staff(conn, PostStaff("post-1", fixture.YEAR, percent=75.0,
                                     employed_from=date(2025, 10, 1), employer_type="free"))
    path = staff.write_verwendungsnachweis(conn, fixture.YEAR, tmp_path / "w.pdf")
    text = " ".join(_pdftotext(path).split())
    assert "Beginn fehlt" not in text and "Achtung" not in text
    assert "Stelle Nord 0,75 10 Mon. 2 Mon. 10.437,50 €" in text
