"""The long table (``traeger tidy``) as an analysis engine reads it: pandas reads the CSV
the product writes, and the Parquet file of the DuckDB recipe (docs/recipes/kvjs_duckdb.sql,
handed to pandas by DuckDB); its sums per Landkreis are the kit's and the hand-counted
ones. pandas is a test dependency only (pyproject.toml ``[test]``; docs/traeger.md)."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from ssa_desktop.domain import kvjs
from ssa_desktop.services import traeger

from .files import post_file, school_file

YEAR = "2025/26"
RECIPE = Path(__file__).resolve().parents[2] / "docs" / "recipes" / "kvjs_duckdb.sql"
FIGURES = ("efh_contacts", "efh_minutes", "fte")
# by hand: Emmendingen = GMS-1 + RS-2, Ortenaukreis = GS-3 (each school file's fte 0.5)
EXPECTED = {("Emmendingen", "efh_contacts"): 6 + 2, ("Emmendingen", "efh_minutes"): 120 + 45,
            ("Emmendingen", "fte"): 0.5 + 0.5, ("Ortenaukreis", "efh_contacts"): 1,
            ("Ortenaukreis", "efh_minutes"): 30, ("Ortenaukreis", "fte"): 0.5}


def _folder(tmp_path: Path) -> Path:
    f = tmp_path / "lieferungen"
    school_file(f, "gms.json", "GMS-1", landkreis="Emmendingen", number="04123456",
                efh_contacts=6, efh_minutes=120)
    school_file(f, "rs.json", "RS-2", landkreis="Emmendingen", efh_contacts=2, efh_minutes=45)
    school_file(f, "gs.json", "GS-3", landkreis="Ortenaukreis", efh_contacts=1, efh_minutes=30)
    post_file(f, "nord.json", "P-Nord", ["GMS-1", "RS-2"])   # the same schools: not summed
    return f


def _kit_sums(folder: Path) -> dict[tuple[str, str], float]:
    books, _ = traeger.books(folder, YEAR)
    out = {}
    for book in books:
        shown = {line.label: line.values[0] for line in book.total_lines}
        out.update({(book.landkreis, n): shown[kvjs.BY_NAME[n].label] for n in FIGURES})
    return out


def _sums(table: pd.DataFrame) -> dict[tuple[str, str], float]:
    schools = table[(table["scope_kind"] == "school") & table["figure"].isin(FIGURES)]
    return {key: float(v) for key, v in
            schools.groupby(["landkreis", "figure"])["value"].sum().items()}


def test_pandas_reads_the_long_table_and_sums_what_the_kit_sums(tmp_path):
    folder = _folder(tmp_path)
    path, read = traeger.write_tidy(folder, YEAR, tmp_path / "kvjs_lang.csv")
    assert read.refused == ()
    table = pd.read_csv(path, dtype={"school_number": str, "created": str})
    assert len(table) == 4 * sum(len(a.keys) or 1 for a in kvjs.AGGREGATES)
    assert table["value"].dtype.kind == "f" or table["value"].dtype.kind == "i"
    assert _sums(table) == EXPECTED == _kit_sums(folder)
    gms = table[(table["scope_code"] == "GMS-1") & (table["scope_kind"] == "school")]
    assert set(gms["school_number"]) == {"04123456"}       # kept as text, its zero too
    assert set(gms["period_from"]) == {"2025-08-01"}


def test_pandas_gets_the_recipes_parquet_with_the_same_sums(tmp_path, monkeypatch):
    folder = _folder(tmp_path)
    traeger.write_tidy(folder, YEAR, tmp_path / "kvjs_lang.csv")
    monkeypatch.chdir(tmp_path)   # the recipe reads and writes in the working folder
    con = duckdb.connect()
    for statement in RECIPE.read_text("utf-8").split(";"):
        if any(line.strip() and not line.strip().startswith("--")
               for line in statement.splitlines()):
            con.execute(statement)
    table = con.execute("SELECT * FROM 'kvjs_lang.parquet'").df()   # a pandas DataFrame
    assert isinstance(table, pd.DataFrame)
    assert _sums(table) == EXPECTED
