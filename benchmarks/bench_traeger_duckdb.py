"""The long table at scale (docs/traeger.md, „Lange Tabelle“): 2,000 generated school files
of one school year in five Landkreise, written as the long table by the kit
(``traeger.write_tidy``) and read by the DuckDB recipe (docs/recipes/kvjs_duckdb.sql). The
recipe's sums per Landkreis must equal the kit's workbooks' sums (contacts, minutes, FTE):
a difference fails the benchmark. Timed: the table, the recipe.

    python benchmarks/bench_traeger_duckdb.py          # the full 2,000 files, printed
    python benchmarks/run.py --only traeger_duckdb     # as part of the benchmarks (smoke: 40)
"""

from __future__ import annotations

import copy
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from harness import Result

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "kvjs" / "format-3" / "KVJS_GMS-1_2025-26.json"
RECIPE = ROOT / "docs" / "recipes" / "kvjs_duckdb.sql"
FILES, LANDKREISE, YEAR = 2_000, 5, "2025/26"
COMPARED = ("efh_contacts", "efh_minutes", "fte")


def generate(folder: Path, files: int) -> None:
    """``files`` school exports of ``YEAR``, sealed as this release writes them."""
    sys.path.insert(0, str(ROOT))
    from ssa_desktop.domain import kvjs_integrity
    from ssa_desktop.exports import kvjs_document

    sample = json.loads(SAMPLE.read_text("utf-8"))
    for key in ("by_school_type", "school_types"):
        sample.pop(key, None)
    for i in range(files):
        doc = copy.deepcopy(sample)
        doc["scope"] = {"kind": "school", "code": f"S-{i:04d}", "name": f"Schule {i}",
                        "school_type": "GMS", "landkreis": f"Landkreis {i % LANDKREISE + 1}",
                        "period": {"from": "2025-08-01", "to": "2026-07-31"}}
        doc["aggregates"]["efh_contacts"] += i % 50
        for f in doc["fields"]:
            f.pop("columns", None)
            if f.get("aggregate") == "efh_contacts":
                f["value"] = kvjs_integrity.field_value(doc["aggregates"], f)
        doc["format_version"] = kvjs_document.FORMAT_VERSION
        (folder / f"KVJS_S-{i:04d}_2025-26.json").write_text(
            json.dumps(kvjs_document.seal(doc)), "utf-8")


def _statements() -> list[str]:
    def sql(text: str) -> str:
        return "\n".join(line for line in text.splitlines()
                         if not line.strip().startswith("--")).strip()
    return [s for s in RECIPE.read_text("utf-8").split(";") if sql(s)]


def measure(files: int = FILES) -> tuple[float, float, str]:
    """(long table s, DuckDB recipe s, note); AssertionError when the sums differ."""
    import duckdb  # a test extra (pyproject [test])

    from ssa_desktop.domain import kvjs
    from ssa_desktop.services import traeger

    with tempfile.TemporaryDirectory(prefix="ssa-bench-duckdb-") as tmp:
        folder = Path(tmp) / "lieferungen"
        folder.mkdir()
        generate(folder, files)
        start = time.perf_counter()
        traeger.write_tidy(folder, YEAR, Path(tmp) / "kvjs_lang.csv")
        tidy_s = time.perf_counter() - start
        here = os.getcwd()
        os.chdir(tmp)   # the recipe reads kvjs_lang.csv in the working folder
        try:
            con = duckdb.connect()
            statements = _statements()
            start = time.perf_counter()
            for statement in statements[:-1]:
                con.execute(statement)
            sums = {(c, f): total for c, f, total in con.execute(statements[-1]).fetchall()}
            recipe_s = time.perf_counter() - start
            con.close()
        finally:
            os.chdir(here)
        books, _ = traeger.books(folder, YEAR)
        for book in books:
            shown = {line.label: line.values[0] for line in book.total_lines}
            for figure in COMPARED:
                kit, duck = shown[kvjs.BY_NAME[figure].label], sums[(book.landkreis, figure)]
                assert abs(kit - duck) < 1e-6, f"{book.landkreis} {figure}: kit {kit}, DuckDB {duck}"
    note = (f"{files} school files, {len(books)} Landkreise; the recipe's sums equal the "
            f"kit's ({', '.join(COMPARED)})")
    return tidy_s, recipe_s, note


def run(bench) -> list[Result]:
    files = FILES if bench.reps > 1 else 40   # the smoke run: 40 files
    tidy_s, recipe_s, note = measure(files)
    return [
        Result("traeger_tidy_s", tidy_s, "s", 30,
               "Träger kit: long table of 2,000 files (CSV)", note=note),
        Result("traeger_duckdb_recipe_s", recipe_s, "s", 5,
               "DuckDB recipe on the long table of 2,000 files (Parquet, sums)", note=note),
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    tidy_s, recipe_s, note = measure()
    print(f"{note}\nlong table {tidy_s:.2f} s (target 30 s), DuckDB recipe {recipe_s:.2f} s "
          "(target 5 s)")
