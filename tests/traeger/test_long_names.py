"""Issue 60, finding 8: one file naming a Landkreis (or a school) of 1,200 characters and
more crashed the board overview for the whole folder („Unerwarteter Fehler
(LayoutError)“) without naming the file. Now a name longer than ``MAX_NAME`` is refused
by the file's name, and the overview of the other files is written
(docs/traeger.md, „Namen“)."""

from __future__ import annotations

import subprocess

import pytest

from ssa_desktop.exports import kvjs_merge

from .files import run, school_file

YEAR = "2025/26"
LONG = "Landkreis " + "Schwarzwald-Baar-" * 75   # 1,285 characters


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


@pytest.mark.parametrize("field", ["landkreis", "school_name"])
def test_a_file_with_a_name_of_1200_characters_is_refused_and_the_overview_written(
        capsys, tmp_path, field):
    f = tmp_path / "lieferungen"
    school_file(f, "gms.json", "GMS-1", landkreis="Emmendingen", efh_contacts=6)
    school_file(f, "lang.json", "RS-2", **{field: LONG})
    pdf = tmp_path / "ueberblick.pdf"
    code, out, err = run(capsys, "traeger", "overview", f, "--year", YEAR, "--out", pdf)
    assert code == 0 and "Überblick geschrieben" in out, err
    text = " ".join(_text(pdf).split())
    assert "„lang.json“: der Name" in text and "ist zu lang (1285 Zeichen" in text
    assert "Emmendingen" in text


def test_the_bound_is_at_max_name(tmp_path):
    f = tmp_path / "l"
    at = school_file(f, "genau.json", "GMS-1", landkreis="L" * kvjs_merge.MAX_NAME)
    over = school_file(f, "drueber.json", "RS-2", landkreis="L" * (kvjs_merge.MAX_NAME + 1))
    assert kvjs_merge.read_export(at)["scope"]["landkreis"] == "L" * kvjs_merge.MAX_NAME
    with pytest.raises(kvjs_merge.MergeError, match="„drueber.json“: der Name des Landkreises"):
        kvjs_merge.read_export(over)


def test_a_landkreis_list_with_a_long_name_is_refused_by_its_line(capsys, tmp_path):
    f = tmp_path / "lieferungen"
    school_file(f, "gms.json", "GMS-1")
    listing = tmp_path / "landkreise.csv"
    listing.write_text(f"Schule;Landkreis\nGMS-1;{LONG}\n", "utf-8")
    code, _, err = run(capsys, "traeger", "overview", f, "--year", YEAR,
                       "--out", tmp_path / "u.pdf", "--landkreise", listing)
    assert code == 1 and "Zeile 2" in err and "zu lang" in err
    assert "LayoutError" not in err
