"""A post's file checked against the files of its own schools (docs/traeger.md,
„Stelle gegen Schule“). A post's file carries one school's figures where that school is
its only school, or the only one of its Schulart (the column ``by_school_type`` of that
Schulart); there the kit compares: the same figures count once and the delivery table
says so by name, different figures are refused naming both files and the figure. A
Schulart column of two schools is their sum: nothing to compare, said so."""

from __future__ import annotations

import copy
import json

import jsonschema
import openpyxl

from ssa_desktop.services import traeger

from . import files
from .files import run, school_file

YEAR = "2025/26"


def _post(folder, name: str, schools: list[tuple[str, str]]):
    """The post Nord's real file (its Schularten GMS and RS), its schools (code, Schulart)
    as given: the GMS column holds exactly the figures of GMS-1's own file."""
    doc = copy.deepcopy(files._POST)
    doc["scope"] = {"kind": "post", "code": "P-Nord", "name": "Stelle Nord",
                    "schools": [{"code": c, "name": files.NAMES[c], "school_type": t,
                                 "school_number": ""} for c, t in schools]}
    return files._write(folder / name, doc)


def _row(table, school: str):
    return next(r for r in table.rows if r.post == "P-Nord" and r.school == school)


def test_the_same_figures_in_the_post_and_the_school_file_count_once_by_name(tmp_path):
    folder = tmp_path / "lieferungen"
    _post(folder, "nord.json", [("GMS-1", "GMS"), ("RS-2", "RS")])
    school_file(folder, "gms.json", "GMS-1")
    table = traeger.deliveries(folder, YEAR)
    row = _row(table, "GMS-1")
    assert (row.post_file, row.school_file) == ("geliefert", "geliefert")
    assert ("„nord.json“ (Stelle P-Nord) enthält für die Schule GMS-1 dieselben Zahlen wie "
            "„gms.json“; sie zählen einmal") in row.notes
    rs = _row(table, "RS-2")  # no file of its own: nothing to compare
    assert not any("dieselben Zahlen" in n for n in rs.notes)


def test_different_figures_are_refused_naming_both_files_and_the_figure(tmp_path, capsys):
    folder = tmp_path / "lieferungen"
    _post(folder, "nord.json", [("GMS-1", "GMS"), ("RS-2", "RS")])
    school_file(folder, "gms.json", "GMS-1", efh_contacts=7)   # the post's GMS column: 6
    school_file(folder, "gs.json", "GS-3", landkreis="Emmendingen", efh_contacts=2)
    table = traeger.deliveries(folder, YEAR)
    row = _row(table, "GMS-1")
    assert (row.post_file, row.school_file) == ("widerspricht", "widerspricht")
    said = ("„nord.json“ (Stelle P-Nord) und „gms.json“ nennen für die Schule GMS-1 "
            "verschiedene Zahlen (Beratungskontakte: 6 und 7); keine der beiden zählt, bis "
            "eine korrigiert ist")
    assert said in row.notes
    doc = traeger.table_document(table)
    gms = next(r for r in doc["rows"] if r["school"] == "GMS-1")
    assert (gms["post_status"], gms["school_status"]) == ("conflict", "conflict")
    jsonschema.validate(doc, json.loads((files.DATA.parents[2] / "docs" / "schemas"
                                         / "traeger-lieferungen.schema.json").read_text("utf-8")))
    # the Landkreis's workbook leaves the school out and says why; GS-3 (no post) stays
    out = tmp_path / "mappen"
    code, _, err = run(capsys, "traeger", "workbook", folder, "--year", YEAR, "--out", out)
    assert code == 0, err
    books = {p.name: openpyxl.load_workbook(p) for p in out.iterdir()}
    assert set(books) == {"Traeger_Emmendingen_2025-26.xlsx",
                          "Traeger_ohne Landkreis_2025-26.xlsx"}
    assert books["Traeger_Emmendingen_2025-26.xlsx"].sheetnames == ["Übersicht", "GS-3"]
    left = books["Traeger_ohne Landkreis_2025-26.xlsx"]
    assert left.sheetnames == ["Übersicht"]
    text = " ".join(str(c) for row in left["Übersicht"].iter_rows(values_only=True)
                    for c in row if c)
    assert said in text


def test_a_keyed_figure_that_differs_is_named_with_its_key(tmp_path):
    folder = tmp_path / "lieferungen"
    post = _post(folder, "nord.json", [("GMS-1", "GMS"), ("RS-2", "RS")])
    gms = json.loads(post.read_text("utf-8"))["by_school_type"]["GMS"]
    by_gender = dict(gms["efh_pupils_by_gender"])
    by_gender["m"], by_gender["w"] = by_gender["m"] + 1, by_gender["w"] - 1
    school_file(folder, "gms.json", "GMS-1", efh_pupils_by_gender=by_gender)
    row = _row(traeger.deliveries(folder, YEAR), "GMS-1")
    assert row.school_file == "widerspricht"
    assert any(f"Beratene Schüler:innen nach Geschlecht: männlich: "
               f"{gms['efh_pupils_by_gender']['m']} und {by_gender['m']}" in n
               for n in row.notes), row.notes


def test_a_post_with_this_school_only_is_compared_with_all_its_figures(tmp_path):
    folder = tmp_path / "lieferungen"
    post = _post(folder, "nord.json", [("GMS-1", "GMS")])
    doc = json.loads(post.read_text("utf-8"))
    doc["aggregates"] = copy.deepcopy(doc["by_school_type"]["GMS"])
    doc.pop("by_school_type"), doc.pop("school_types")
    doc["fields"] = json.loads((files.DATA / "format-3" / "KVJS_GMS-1_2025-26.json")
                               .read_text("utf-8"))["fields"]
    files._write(post, doc)
    school_file(folder, "gms.json", "GMS-1", efh_minutes=231)
    row = _row(traeger.deliveries(folder, YEAR), "GMS-1")
    assert row.school_file == "widerspricht"
    assert any("(Minuten Beratung: 230 und 231)" in n for n in row.notes), row.notes


def test_a_schulart_column_of_two_schools_is_not_compared_and_says_why(tmp_path):
    folder = tmp_path / "lieferungen"
    _post(folder, "nord.json", [("GMS-1", "GMS"), ("HS-5", "GMS"), ("RS-2", "RS")])
    school_file(folder, "gms.json", "GMS-1", efh_contacts=7)
    row = _row(traeger.deliveries(folder, YEAR), "GMS-1")
    assert (row.post_file, row.school_file) == ("geliefert", "geliefert")
    assert ("„nord.json“ (Stelle P-Nord) enthält die Zahlen der Schule GMS-1 nicht einzeln "
            "(ihre Schulart GMS zählt dort mit einer weiteren Schule zusammen); nicht "
            "verglichen") in row.notes


def test_kvjs_merge_counts_a_school_with_the_same_figures_once_and_names_it(capsys, tmp_path):
    """Before: „enthalten beide die Schule GMS-1 … doppelt gezählt“, exit 1."""
    post = _post(tmp_path, "nord.json", [("GMS-1", "GMS"), ("RS-2", "RS")])
    school = school_file(tmp_path, "gms.json", "GMS-1")
    other = school_file(tmp_path, "gs.json", "GS-3", efh_contacts=2)
    out = tmp_path / "summe.json"
    code, text, err = run(capsys, "kvjs-merge", post, school, other, "--out", out)
    assert code == 0, err
    doc = json.loads(out.read_text("utf-8"))
    contacts = json.loads(post.read_text("utf-8"))["aggregates"]["efh_contacts"]
    assert doc["aggregates"]["efh_contacts"] == contacts + 2 == 10   # 8 + 2, never 8 + 6 + 2
    assert doc["counted_once"] == [{"file": "gms.json", "in": "nord.json", "school": "GMS-1"}]
    jsonschema.validate(doc, json.loads((files.DATA.parents[2] / "docs" / "schemas"
                                         / "kvjs-export.v6.schema.json").read_text("utf-8")))
    assert ("Hinweis: „gms.json“ zählt nicht noch einmal: „nord.json“ enthält für die Schule "
            "GMS-1 dieselben Zahlen.") in err
    assert "(2 Bereiche" in text


def test_kvjs_merge_refuses_different_figures_naming_both_files_and_the_figure(capsys,
                                                                              tmp_path):
    post = _post(tmp_path, "nord.json", [("GMS-1", "GMS"), ("RS-2", "RS")])
    school = school_file(tmp_path, "gms.json", "GMS-1", efh_contacts=7)
    out = tmp_path / "summe.json"
    code, _, err = run(capsys, "kvjs-merge", post, school, "--out", out)
    assert code == 1 and not out.exists()
    assert ("„nord.json“ (Stelle P-Nord) und „gms.json“ nennen für die Schule GMS-1 "
            "verschiedene Zahlen (Beratungskontakte: 6 und 7); keine der beiden zählt, bis "
            "eine korrigiert ist.") in err


def test_kvjs_merge_still_refuses_where_the_post_file_has_no_column_of_the_school(capsys,
                                                                                 tmp_path):
    post = _post(tmp_path, "nord.json", [("GMS-1", "GMS"), ("HS-5", "GMS"), ("RS-2", "RS")])
    school = school_file(tmp_path, "gms.json", "GMS-1")
    code, _, err = run(capsys, "kvjs-merge", post, school, "--out", tmp_path / "summe.json")
    assert code == 1
    assert "enthalten beide die Schule GMS-1: ihre Zahlen würden doppelt gezählt" in err
    assert ("„nord.json“ (Stelle P-Nord) enthält die Zahlen der Schule GMS-1 nicht einzeln "
            "(ihre Schulart GMS zählt dort mit einer weiteren Schule zusammen)") in err
