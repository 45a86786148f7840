"""The long table of the Träger kit (``traeger tidy``, docs/traeger.md „Lange Tabelle“):
one row per file × figure id × value, read back with csv and with the documented DuckDB
recipe (docs/recipes/kvjs_duckdb.sql), whose sums per Landkreis are the kit's."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import duckdb

from ssa_desktop.domain import kvjs
from ssa_desktop.exports import kvjs_tidy
from ssa_desktop.services import traeger

from .files import post_file, run, school_file

YEAR = "2025/26"
RECIPE = Path(__file__).resolve().parents[2] / "docs" / "recipes" / "kvjs_duckdb.sql"
# one row per figure id: a number per plain figure, one per key of a keyed figure
IDS = sum(len(a.keys) or 1 for a in kvjs.AGGREGATES)


def _folder(tmp_path: Path) -> Path:
    f = tmp_path / "lieferungen"
    school_file(f, "gms.json", "GMS-1", landkreis="Emmendingen", efh_contacts=6, efh_persons=4)
    school_file(f, "rs.json", "RS-2", landkreis="Emmendingen", efh_contacts=2, efh_persons=1)
    school_file(f, "gs.json", "GS-3", landkreis="Ortenaukreis", efh_contacts=1, efh_persons=1)
    post_file(f, "nord.json", "P-Nord", ["GMS-1", "RS-2"])
    # last year's file, written with \u escapes (read whole, not passed over unread)
    old = school_file(f, "gs-alt.json", "GS-3", "2024/25", landkreis="Ortenaukreis")
    old.write_text(json.dumps(json.loads(old.read_text("utf-8"))), "utf-8")
    return f


def test_one_row_per_file_and_figure_without_display_words(capsys, tmp_path):
    out = tmp_path / "kvjs_lang.csv"
    code, text, _ = run(capsys, "traeger", "tidy", _folder(tmp_path), "--year", YEAR,
                        "--out", out)
    assert code == 0 and "Lange Tabelle geschrieben" in text and "(4 Dateien)" in text
    with out.open(encoding="utf-8", newline="") as f:
        table = list(csv.DictReader(f))
    assert list(table[0]) == list(kvjs_tidy.COLUMNS)
    assert len(table) == 4 * IDS
    gms = {r["figure"]: r for r in table if r["scope_code"] == "GMS-1"}
    assert gms["efh_contacts"]["value"] == "6"
    assert gms["efh_pupils_by_gender.m"]["value"] == "1"
    assert (gms["efh_contacts"]["school_year"], gms["efh_contacts"]["period_from"],
            gms["efh_contacts"]["period_to"], gms["efh_contacts"]["landkreis"]) == (
        YEAR, "2025-08-01", "2026-07-31", "Emmendingen")
    assert {r["scope_kind"] for r in table} == {"school", "post"}
    assert {r["school_year"] for r in table} == {YEAR}  # last year's file is not in it
    labels = {a.label for a in kvjs.AGGREGATES}
    assert not labels & {value for r in table for value in r.values()}


def test_the_duckdb_recipe_gives_the_kits_sums_per_landkreis(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    traeger.write_tidy(folder, YEAR, tmp_path / "kvjs_lang.csv")
    monkeypatch.chdir(tmp_path)  # the recipe reads kvjs_lang.csv in the working folder
    con = duckdb.connect()
    statements = [s for s in RECIPE.read_text("utf-8").split(";") if _sql(s)]
    for statement in statements[:-1]:
        con.execute(statement)
    sums = {(county, figure): total for county, figure, total
            in con.execute(statements[-1]).fetchall()}
    books, _ = traeger.books(folder, YEAR)
    for book in books:  # the sums of the kit's workbooks (contacts and FTE: never suppressed)
        shown = {line.label: line.values[0] for line in book.total_lines}
        for figure in ("efh_contacts", "fte", "efh_minutes"):
            assert sums[(book.landkreis, figure)] == shown[kvjs.BY_NAME[figure].label]
    assert sums[("Emmendingen", "efh_contacts")] == 8
    assert sums[("Ortenaukreis", "efh_contacts")] == 1
    # the Parquet file of the recipe holds the same table
    assert con.execute("SELECT count(*) FROM 'kvjs_lang.parquet'").fetchone() == (4 * IDS,)


def _sql(text: str) -> str:
    return "\n".join(line for line in text.splitlines()
                     if not line.strip().startswith("--")).strip()
