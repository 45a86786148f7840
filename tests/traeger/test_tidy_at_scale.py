"""Issue 60, „One tidy table“: the documented DuckDB recipe (docs/recipes/kvjs_duckdb.sql)
run on the long table of 2,000 generated school files of one year in five Landkreise; its
sums per Landkreis (contacts, minutes, FTE) must equal the kit's workbooks' sums. The
benchmark's own generator and check (benchmarks/bench_traeger_duckdb.py), once, untimed:
a difference raises there and fails here."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_recipe_on_2000_files_sums_what_the_kit_sums():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import bench_traeger_duckdb as bench
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    measured = bench.measure(2_000, rounds=1)
    assert measured.note.startswith("2000 school files, 5 Landkreise; the recipe's sums "
                                    "equal the kit's (efh_contacts, efh_minutes, fte)")
