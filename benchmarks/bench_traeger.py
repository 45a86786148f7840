"""The Träger kit at scale (docs/traeger.md): a Träger with 200 posts over 10 school years,
2,000 generated KVJS exports (each a post's file of one school, five Landkreise). Timed in
a child process of its own, so its peak memory (VmHWM) is the kit's alone: the delivery
table of the last year, then one workbook per Landkreis; beside it, in the same process, a
reference (json.loads of the same files), so the CPU ratio holds on any machine. A full
run measures 40, 400 and 2,000 files.

    python benchmarks/bench_traeger.py          # the full 2,000 files, printed
    python benchmarks/run.py --only traeger     # as part of the benchmarks (smoke: 40)
"""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from harness import Result

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "kvjs" / "format-3" / "KVJS_Stelle-Nord_2025-26.json"
POSTS, YEARS, LANDKREISE = 200, 10, 5
LAST_YEAR = 2025

CHILD = """
import json, sys, time
from pathlib import Path
sys.path.insert(0, {root!r})
from ssa_desktop.services import traeger
folder, out, counties = Path({folder!r}), Path({out!r}), Path({counties!r})
# the reference, in the same process: every file read and parsed with json.loads, the
# contacts summed (what any reader of the folder pays); the least CPU of three rounds
plain = []
for _ in range(3):
    cpu_start, total = time.process_time(), 0
    for path in sorted(folder.glob("*.json")):
        total += json.loads(path.read_text("utf-8"))["aggregates"]["efh_contacts"]
    plain.append(time.process_time() - cpu_start)
start, cpu_start = time.perf_counter(), time.process_time()
table = traeger.deliveries(folder, "2025/26")
middle = time.perf_counter()
paths, _ = traeger.write_workbooks(folder, "2025/26", out, counties)
end, cpu = time.perf_counter(), time.process_time() - cpu_start
peak = next(int(line.split()[1]) for line in open("/proc/self/status")
            if line.startswith("VmHWM:")) / 1024
print(len(table.rows), len(table.refused), len(paths), middle - start, end - middle, peak, cpu,
      min(plain))
"""


def generate(folder: Path, posts: int, years: int) -> Path:
    """``posts`` × ``years`` post exports (one school each) and the list of Landkreise."""
    sys.path.insert(0, str(ROOT))
    from ssa_desktop.domain import kvjs_integrity
    from ssa_desktop.exports import kvjs_document

    sample = json.loads(SAMPLE.read_text("utf-8"))
    school = sample["scope"]["schools"][0]
    lines = ["Schule;Landkreis"]
    for p in range(posts):
        code = f"S-{p:03d}"
        lines.append(f"{code};Landkreis {p % LANDKREISE + 1}")
        for y in range(LAST_YEAR - years + 1, LAST_YEAR + 1):
            doc = copy.deepcopy(sample)
            doc["school_year"] = f"{y}/{(y + 1) % 100:02d}"
            doc["scope"] = {"kind": "post", "code": f"P-{p:03d}", "name": f"Stelle {p}",
                            "schools": [dict(school, code=code, name=f"Schule {p}",
                                             school_number=f"04{p:06d}")]}
            # a file that agrees with itself (the kit refuses one whose figures and form
            # differ), written as this release writes it: the current format with its digest
            doc["aggregates"]["efh_contacts"] += p + y % 7
            for key in ("by_school_type", "school_types"):  # one school: one Schulart
                doc.pop(key, None)
            for f in doc["fields"]:
                f.pop("columns", None)
                if f.get("aggregate") == "efh_contacts":
                    f["value"] = kvjs_integrity.field_value(doc["aggregates"], f)
            doc["format_version"] = kvjs_document.FORMAT_VERSION
            (folder / f"KVJS_P-{p:03d}_{y}.json").write_text(
                json.dumps(kvjs_document.seal(doc)), "utf-8")
    counties = folder.parent / "landkreise.csv"
    counties.write_text("\n".join(lines) + "\n", "utf-8")
    return counties


def measure(posts: int = POSTS, years: int = YEARS
            ) -> tuple[float, float, float, float, str]:
    """(deliveries s, workbooks s, peak MB, CPU ratio to json.loads of the same files,
    note) of the kit on generated files."""
    with tempfile.TemporaryDirectory(prefix="ssa-bench-traeger-") as tmp:
        folder = Path(tmp) / "lieferungen"
        folder.mkdir()
        counties = generate(folder, posts, years)
        code = CHILD.format(root=str(ROOT), folder=str(folder), out=str(Path(tmp) / "mappen"),
                            counties=str(counties))
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              check=True)
        rows, refused, books, table_s, books_s, peak, cpu, plain = done.stdout.split()
    note = (f"{posts * years} files ({posts} posts × {years} years): {rows} rows, "
            f"{refused} refused, {books} workbooks; CPU {float(cpu):.2f} s, json.loads of the "
            f"same files {float(plain):.2f} s (a busy machine makes the wall time longer)")
    return float(table_s), float(books_s), float(peak), float(cpu) / float(plain), note


RATIO = 20   # target: the kit's CPU / json.loads of the same files, same process


def run(bench) -> list[Result]:
    """2,000 files (the smoke run: 40), and 40 and 400 beside them in a full run."""
    sizes = ((20, 2), (40, YEARS), (POSTS, YEARS)) if bench.reps > 1 else ((20, 2),)
    results = []
    for posts, years in sizes:
        table_s, books_s, peak, ratio, note = measure(posts, years)
        n = "" if (posts, years) == sizes[-1] else f"_{posts * years}"
        results += [
            Result(f"traeger_kit{n}_s", table_s + books_s, "s", 10,
                   f"Träger kit: delivery table and workbooks per Landkreis, "
                   f"{posts * years:,} files", note=note),
            Result(f"traeger_kit{n}_peak_mb", peak, "MB", 300,
                   f"Träger kit: peak memory of its process, {posts * years:,} files", note=note),
            Result(f"traeger_kit{n}_vs_json_read_ratio", ratio, "x", RATIO,
                   f"Träger kit CPU / json.loads of the same {posts * years:,} files, same run",
                   note=note),
        ]
    return results


if __name__ == "__main__":
    for posts, years in ((20, 2), (40, YEARS), (POSTS, YEARS)):   # 40, 400, 2,000 files
        table_s, books_s, peak, ratio, note = measure(posts, years)
        print(f"{note}\ndeliveries {table_s:.2f} s, workbooks {books_s:.2f} s, total "
              f"{table_s + books_s:.2f} s (target 10 s), peak {peak:.0f} MB (target 300 MB), "
              f"CPU / json.loads {ratio:.2f} (target {RATIO})")
