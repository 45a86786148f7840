"""The long table at scale (docs/traeger.md, „Lange Tabelle“): 2,000 generated school files
of one school year in five Landkreise, written as the long table by the kit
(``traeger.write_tidy``) and read by the DuckDB recipe (docs/recipes/kvjs_duckdb.sql). The
recipe's sums per Landkreis must equal the kit's workbooks' sums (contacts, minutes, FTE):
a difference fails the benchmark (and the smoke run, so CI). Timed, each the least of three
rounds: the table (in a process of its own: wall, CPU, peak memory) against a reference in
the same process (json.loads of the same files), the recipe against DuckDB reading the same
CSV; the ratios hold on any machine (docs/performance.md).

    python benchmarks/bench_traeger_duckdb.py          # the full 2,000 files, printed
    python benchmarks/run.py --only traeger_duckdb     # as part of the benchmarks (smoke: 40)
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from harness import Result

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "kvjs" / "format-3" / "KVJS_GMS-1_2025-26.json"
RECIPE = ROOT / "docs" / "recipes" / "kvjs_duckdb.sql"
FILES, LANDKREISE, YEAR = 2_000, 5, "2025/26"
COMPARED = ("efh_contacts", "efh_minutes", "fte")
TIDY_RATIO, RECIPE_RATIO = 10, 8   # targets of the ratios to the same run's references
ROUNDS = 3   # each timed part and reference: the least of 3 rounds


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
                        "school_type": "GMS", "school_number": f"04{i:06d}",
                        "landkreis": f"Landkreis {i % LANDKREISE + 1}",
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


CHILD = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from ssa_desktop.services import traeger
folder, out = Path({folder!r}), Path({out!r})


def least(work):
    # the least (wall, CPU) of ROUNDS rounds: a busy machine only ever adds time
    runs = []
    for _ in range({rounds}):
        start, cpu_start = time.perf_counter(), time.process_time()
        work()
        runs.append((time.perf_counter() - start, time.process_time() - cpu_start))
    return min(r[0] for r in runs), min(r[1] for r in runs)


def plain():
    # the reference: every file read and parsed, the compared figures summed in plain
    # Python (what any reader of the folder pays)
    totals = dict.fromkeys({compared!r}, 0.0)
    for path in sorted(folder.glob("*.json")):
        figures = json.loads(path.read_text("utf-8"))["aggregates"]
        for name in totals:
            totals[name] += figures[name]


plain_s, plain_cpu = least(plain)
tidy_s, tidy_cpu = least(lambda: traeger.write_tidy(folder, {year!r}, out))
peak = next(int(line.split()[1]) for line in open("/proc/self/status")
            if line.startswith("VmHWM:")) / 1024
print(tidy_s, tidy_cpu, plain_s, plain_cpu, peak)
"""


@dataclass(frozen=True)
class Measured:
    tidy_s: float        # the long table, wall
    tidy_cpu: float      # … its process's CPU
    plain_cpu: float     # the reference: the same files parsed with json.loads, CPU
    peak_mb: float       # the table's process (VmHWM)
    recipe_s: float      # the DuckDB recipe (table, Parquet, sums), wall
    recipe_cpu: float    # … CPU
    read_cpu: float      # the reference: DuckDB reading the same CSV, CPU
    note: str

    @property
    def tidy_ratio(self) -> float:
        return self.tidy_cpu / self.plain_cpu

    @property
    def recipe_ratio(self) -> float:
        return self.recipe_cpu / self.read_cpu


def _least(work, rounds: int) -> tuple[float, float]:
    """The least (wall, process CPU) of ``rounds`` rounds of ``work``: a busy machine only
    ever adds time. CPU of the whole process: DuckDB's threads are in it."""
    runs = []
    for _ in range(rounds):
        start, cpu_start = time.perf_counter(), time.process_time()
        work()
        runs.append((time.perf_counter() - start, time.process_time() - cpu_start))
    return min(r[0] for r in runs), min(r[1] for r in runs)


def _recipe(con, statements: list[str], rounds: int) -> tuple[dict, float, float, float]:
    """(sums per (Landkreis, figure), recipe wall s, recipe CPU s, reference CPU s): the
    reference reads the same CSV (the recipe's first step without typing it into a
    table)."""
    _, read_cpu = _least(lambda: con.execute(
        "SELECT count(*) FROM read_csv('kvjs_lang.csv', header = true)").fetchall(), rounds)
    sums: dict = {}

    def recipe() -> None:
        for statement in statements[:-1]:
            con.execute(statement)
        sums.update({(c, f): total for c, f, total in con.execute(statements[-1]).fetchall()})

    recipe_s, recipe_cpu = _least(recipe, rounds)
    return sums, recipe_s, recipe_cpu, read_cpu


def measure(files: int = FILES, rounds: int = ROUNDS) -> Measured:
    """The figures of ``files`` generated files (each part the least of ``rounds``);
    AssertionError when the recipe's sums differ from the kit's."""
    import duckdb  # a test extra (pyproject [test])

    from ssa_desktop.domain import kvjs
    from ssa_desktop.services import traeger

    with tempfile.TemporaryDirectory(prefix="ssa-bench-duckdb-") as tmp:
        folder = Path(tmp) / "lieferungen"
        folder.mkdir()
        generate(folder, files)
        code = CHILD.format(root=str(ROOT), folder=str(folder), year=YEAR, rounds=rounds,
                            out=str(Path(tmp) / "kvjs_lang.csv"), compared=COMPARED)
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True)
        tidy_s, tidy_cpu, _, plain_cpu, peak = (float(v) for v in done.stdout.split())
        here = os.getcwd()
        os.chdir(tmp)   # the recipe reads kvjs_lang.csv in the working folder
        try:
            con = duckdb.connect()
            sums, recipe_s, recipe_cpu, read_cpu = _recipe(con, _statements(), rounds)
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
            f"kit's ({', '.join(COMPARED)}); table CPU {tidy_cpu:.2f} s, json.loads of the "
            f"same files {plain_cpu:.2f} s; recipe CPU {recipe_cpu:.2f} s, DuckDB reading the "
            f"CSV {read_cpu:.2f} s")
    return Measured(tidy_s, tidy_cpu, plain_cpu, peak, recipe_s, recipe_cpu, read_cpu, note)


def run(bench) -> list[Result]:
    m = measure(FILES if bench.reps > 1 else 40)   # the smoke run: 40 files
    return [
        Result("traeger_tidy_s", m.tidy_s, "s", 30,
               "Träger kit: long table of 2,000 files (CSV)", note=m.note),
        Result("traeger_tidy_peak_mb", m.peak_mb, "MB", 300,
               "Träger kit: peak memory of the long table's process, 2,000 files", note=m.note),
        Result("traeger_tidy_vs_json_read_ratio", m.tidy_ratio, "x", TIDY_RATIO,
               "long table CPU / the same files parsed with json.loads, same run", note=m.note),
        Result("traeger_duckdb_recipe_s", m.recipe_s, "s", 5,
               "DuckDB recipe on the long table of 2,000 files (Parquet, sums)", note=m.note),
        Result("traeger_duckdb_recipe_vs_csv_read_ratio", m.recipe_ratio, "x", RECIPE_RATIO,
               "DuckDB recipe CPU / DuckDB reading the same CSV, same run", note=m.note),
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    m = measure(int(sys.argv[1]) if len(sys.argv) > 1 else FILES)
    print(f"{m.note}\nlong table {m.tidy_s:.2f} s (target 30 s), peak {m.peak_mb:.0f} MB "
          f"(target 300 MB), CPU ratio to json.loads {m.tidy_ratio:.2f} (target {TIDY_RATIO}); "
          f"DuckDB recipe {m.recipe_s:.2f} s (target 5 s), ratio to reading the CSV "
          f"{m.recipe_ratio:.2f} (target {RECIPE_RATIO})")
