"""A school is identified by its official Schulnummer where the file names one (format 6),
else by its normalised code (docs/traeger.md, „Überschneidungen“): one Schulnummer under
two codes or names is one school (refused by ``kvjs-merge`` as an overlap, counted once
by the kit); two Schulnummern under one code are two schools; a file without a
Schulnummer is the school of its code — refused by name where the code names two."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from .files import post_file, run, school_file

YEAR = "2025/26"
PARK, TAL = "04123456", "04123457"


def _merge(capsys, tmp_path, *files):
    out = tmp_path / "summe.json"
    status, _, err = run(capsys, "kvjs-merge", *files, "--out", out)
    return status, err, (json.loads(out.read_text("utf-8")) if out.exists() else None)


def test_one_schulnummer_under_two_codes_and_names_is_one_school(capsys, tmp_path):
    a = school_file(tmp_path, "park.json", "GMS-1", number=PARK, efh_contacts=6)
    b = school_file(tmp_path, "gms-am-park.json", "GMS-P", school_name="GMS Park (neu)",
                    number=PARK, efh_contacts=6)
    status, err, doc = _merge(capsys, tmp_path, a, b)
    assert status == 1 and doc is None and "Traceback" not in err
    assert ("„gms-am-park.json“ und „park.json“ enthalten beide die Schule GMS-P "
            "(Schulnummer 04123456): ihre Zahlen würden doppelt gezählt.") in err


def test_a_post_and_its_school_under_another_code_are_refused(capsys, tmp_path):
    post = post_file(tmp_path, "stelle.json", "Stelle-Nord", ["GMS-1", "RS-2"],
                     numbers={"GMS-1": PARK})
    school = school_file(tmp_path, "schule.json", "PARK", number=PARK, efh_contacts=6)
    status, err, _ = _merge(capsys, tmp_path, post, school)
    assert status == 1
    assert "enthalten beide die Schule PARK (Schulnummer 04123456)" in err


def test_two_schulnummern_under_one_code_are_two_schools(capsys, tmp_path):
    a = school_file(tmp_path, "gs-a.json", "GS", school_name="Grundschule Am Park",
                    number=PARK, efh_contacts=6)
    b = school_file(tmp_path, "gs-b.json", "GS", school_name="Grundschule Talweg",
                    number=TAL, efh_contacts=2)
    status, err, doc = _merge(capsys, tmp_path, a, b)
    assert status == 0, err
    assert doc["aggregates"]["efh_contacts"] == 8
    assert [p["school_number"] for p in doc["scope"]["parts"]] == [PARK, TAL]


def test_a_file_without_schulnummer_is_the_school_of_its_code(capsys, tmp_path):
    numbered = school_file(tmp_path, "neu.json", "GMS-1", number=PARK, efh_contacts=6)
    without = school_file(tmp_path, "alt.json", "gms-1", efh_contacts=6)
    status, err, _ = _merge(capsys, tmp_path, numbered, without)
    assert status == 1
    assert "„alt.json“ und „neu.json“ enthalten beide die Schule GMS-1" in err


def test_a_file_without_schulnummer_under_a_code_of_two_schools_is_refused(capsys, tmp_path):
    a = school_file(tmp_path, "gs-a.json", "GS", number=PARK, efh_contacts=6)
    b = school_file(tmp_path, "gs-b.json", "GS", number=TAL, efh_contacts=2)
    c = school_file(tmp_path, "gs-alt.json", "GS", efh_contacts=1)
    status, err, doc = _merge(capsys, tmp_path, a, b, c)
    assert status == 1 and doc is None
    assert ("„gs-alt.json“ nennt die Schule GS ohne Schulnummer; unter diesem Kürzel "
            "liefern andere Dateien zwei Schulen (Schulnummern 04123456, 04123457)") in err


def test_files_without_schulnummer_still_merge(capsys, tmp_path):
    a = school_file(tmp_path, "a.json", "GMS-1", version=5, efh_contacts=6)
    b = school_file(tmp_path, "b.json", "RS-2", old=True)
    status, err, doc = _merge(capsys, tmp_path, a, b)
    assert status == 0, err
    assert "school_number" not in doc["scope"]["parts"][0]
    assert doc["aggregates"]["efh_contacts"] == 6 + 6   # the format-1 file holds 6


def test_a_current_file_without_the_key_is_refused(capsys, tmp_path):
    a = school_file(tmp_path, "a.json", "GMS-1", version=6)
    b = school_file(tmp_path, "b.json", "RS-2")
    status, err, _ = _merge(capsys, tmp_path, a, b)
    assert status == 1
    assert "„a.json“: school_number fehlt (ab Formatversion 6 bei jeder Schule)" in err


def test_a_wrong_schulnummer_in_a_file_is_refused_by_name(capsys, tmp_path):
    a = school_file(tmp_path, "a.json", "GMS-1", number="4123456")
    b = school_file(tmp_path, "b.json", "RS-2")
    status, err, _ = _merge(capsys, tmp_path, a, b)
    assert status == 1
    assert "„a.json“: school_number „4123456“ ist keine amtliche Schulnummer (8 Ziffern)" in err


def _summary(out, county="ohne Landkreis"):
    book = openpyxl.load_workbook(out / f"Traeger_{county}_2025-26.xlsx")
    rows = {row[0]: list(row[1:]) for row in book["Übersicht"].iter_rows(values_only=True)
            if row and row[0]}
    return book, rows


def _notes(out, county="ohne Landkreis"):
    book = openpyxl.load_workbook(out / f"Traeger_{county}_2025-26.xlsx")
    return [row[1] for row in book["Übersicht"].iter_rows(values_only=True)
            if row and row[0] == "Hinweis"]


def test_the_kit_counts_one_schulnummer_under_two_codes_once(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    school_file(folder, "park.json", "GMS-1", number=PARK, efh_contacts=100,
                created="2026-10-01")
    school_file(folder, "park-neu.json", "GMS-P", number=PARK, efh_contacts=150,
                created="2026-10-05")
    school_file(folder, "rs.json", "RS-2", efh_contacts=2)
    out = tmp_path / "mappen"
    status, _, err = run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", out)
    assert status == 0, err
    book, summary = _summary(out)
    assert len(book.sheetnames) == 3                      # Übersicht and two schools
    assert summary["Beratungskontakte"][:3] == [152, 150, 2]   # the newer file, once


def test_the_kit_counts_two_schulnummern_under_one_code_as_two_schools(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    school_file(folder, "gs-a.json", "GS", number=PARK, efh_contacts=100)
    school_file(folder, "gs-b.json", "GS", number=TAL, efh_contacts=150)
    out = tmp_path / "mappen"
    status, _, err = run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", out)
    assert status == 0, err
    _, summary = _summary(out)
    assert summary["Beratungskontakte"][:3] == [250, 100, 150]


def test_the_kit_names_a_file_without_schulnummer_under_a_code_of_two(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    school_file(folder, "gs-a.json", "GS", number=PARK, efh_contacts=100)
    school_file(folder, "gs-b.json", "GS", number=TAL, efh_contacts=150)
    school_file(folder, "gs-alt.json", "GS", efh_contacts=7)
    out = tmp_path / "mappen"
    status, _, err = run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", out)
    assert status == 0, err
    _, summary = _summary(out)
    assert summary["Beratungskontakte"][:3] == [250, 100, 150]   # never 257
    assert ("„gs-alt.json“ nennt die Schule GS ohne Schulnummer; unter diesem Kürzel liefern "
            "andere Dateien zwei Schulen (Schulnummern 04123456, 04123457): welche gemeint "
            "ist, ist nicht zu erkennen. Bitte die Datei mit der Schulnummer der Schule neu "
            "exportieren; sie fehlt in dieser Mappe") in _notes(out)


def test_the_delivery_table_names_a_school_by_its_schulnummer(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    post = post_file(folder, "stelle.json", "Stelle-Nord", ["GMS-1"], numbers={"GMS-1": PARK})
    # the school's own file with the figures of the post's file (its only school)
    school_file(folder, "schule.json", "gms-1", number=PARK,
                **json.loads(post.read_text("utf-8"))["aggregates"])
    post_file(folder, "stelle-alt.json", "Stelle-Nord", ["GMS-1"], year="2024/25")  # no number
    out = tmp_path / "lieferungen.json"
    status, _, err = run(capsys, "traeger", "deliveries", folder, "--year", YEAR,
                         "--json", out)
    assert status == 0, err
    rows = json.loads(out.read_text("utf-8"))["rows"]
    assert [(r["post"], r["school"], r["post_status"], r["school_status"]) for r in rows] \
        == [("Stelle-Nord", PARK, "delivered", "delivered")]


def test_her_list_may_name_a_school_by_code_or_schulnummer(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    post_file(folder, "stelle.json", "Stelle-Nord", ["GMS-1", "RS-2"],
              numbers={"GMS-1": PARK, "RS-2": TAL})
    listed = tmp_path / "erwartet.csv"
    listed.write_text("Stelle;Schule\nStelle-Nord;gms-1\nStelle-Nord;04123457\n", "utf-8")
    out = tmp_path / "lieferungen.json"
    status, _, err = run(capsys, "traeger", "deliveries", folder, "--year", YEAR,
                         "--expected", listed, "--json", out)
    assert status == 0, err
    rows = json.loads(out.read_text("utf-8"))["rows"]
    assert [(r["school"], r["post_status"]) for r in rows] == [(PARK, "delivered"),
                                                               (TAL, "delivered")]


def test_her_landkreis_list_finds_a_numbered_school_by_its_code(capsys, tmp_path):
    folder = tmp_path / "lieferungen"
    school_file(folder, "park.json", "GMS-1", number=PARK, efh_contacts=100)
    counties = tmp_path / "landkreise.csv"
    counties.write_text("Schule;Landkreis\ngms-1;Emmendingen\n", "utf-8")
    out = tmp_path / "mappen"
    status, _, err = run(capsys, "traeger", "workbook", folder, "--year", YEAR,
                         "--landkreise", counties, "--out", out)
    assert status == 0, err
    _, summary = _summary(out, "Emmendingen")
    assert summary["Kennzahl"][:2] == ["Summe", "GMS-1 (04123456)"]
    assert summary["Beratungskontakte"][:2] == [100, 100]


def test_a_post_file_without_schulnummer_under_a_code_of_two_stands_for_no_school(
        capsys, tmp_path):
    """A post's file with its one school stands in for the school's own file; without a
    Schulnummer under a code of two schools it cannot tell which: never a third school."""
    folder = tmp_path / "lieferungen"
    school_file(folder, "gs-a.json", "GS", number=PARK, efh_contacts=100)
    school_file(folder, "gs-b.json", "GS", number=TAL, efh_contacts=150)
    post_file(folder, "sued.json", "Stelle-Sued", ["GS"])
    out = tmp_path / "mappen"
    status, _, err = run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", out)
    assert status == 0, err
    _, summary = _summary(out)
    assert summary["Beratungskontakte"][:3] == [250, 100, 150]
    assert any(n.startswith("„sued.json“ nennt die Schule GS ohne Schulnummer")
               for n in _notes(out))
    table = tmp_path / "lieferungen.json"
    run(capsys, "traeger", "deliveries", folder, "--year", YEAR, "--json", table)
    rows = json.loads(table.read_text("utf-8"))["rows"]
    row = next(r for r in rows if r["post"] == "Stelle-Sued")
    assert row["school"] == "GS" and row["post_status"] == "delivered"
    assert any(n.startswith("„sued.json“ nennt die Schule GS ohne Schulnummer")
               for n in row["notes"])


def test_a_file_whose_code_fits_two_schools_is_named_ambiguous_not_duplicate(capsys, tmp_path):
    """The delivery table names the real reason for the number-less file of a code of two
    schools: „Kürzel mehrdeutig“ (``ambiguous``) with both Schulnummern, never „doppelt“."""
    import jsonschema

    folder = tmp_path / "lieferungen"
    school_file(folder, "gs-a.json", "GS", number=PARK, efh_contacts=100)
    school_file(folder, "gs-b.json", "GS", number=TAL, efh_contacts=150)
    school_file(folder, "gs-alt.json", "GS", efh_contacts=7)
    out = tmp_path / "lieferungen.json"
    status, text, err = run(capsys, "traeger", "deliveries", folder, "--year", YEAR,
                            "--json", out)
    assert status == 0, err
    doc = json.loads(out.read_text("utf-8"))
    row = next(r for r in doc["rows"] if r["files"] == ["gs-alt.json"])
    assert (row["school_file"], row["school_status"]) == ("Kürzel mehrdeutig", "ambiguous")
    assert row["notes"] == [
        "„gs-alt.json“ nennt die Schule GS ohne Schulnummer; unter diesem Kürzel liefern "
        "andere Dateien zwei Schulen (Schulnummern 04123456, 04123457): welche gemeint ist, "
        "ist nicht zu erkennen. Bitte die Datei mit der Schulnummer der Schule neu exportieren"]
    assert "doppelt" not in {r["school_file"] for r in doc["rows"]}
    line = next(x for x in text.splitlines() if "gs-alt.json" in x)
    assert "Kürzel mehrdeutig" in line and "doppelt" not in line
    schema = json.loads((Path(__file__).resolve().parents[2] / "docs" / "schemas"
                         / "traeger-lieferungen.schema.json").read_text("utf-8"))
    jsonschema.validate(doc, schema)
