"""Growth of the search from ten to twenty school years (issue 21 item 5: ≤ 1.2×),
measured as a ratio in one run: whole processes, alternately on the 10-year and the
20-year data set (each opens its vault and runs the 50 queries of ``search_median_ms``,
the first round with a cold cache as after an unlock); the value is the median of the
pair ratios, so that a busy moment of the machine hits both sides of a pair. A single
run's ``search_median_ms`` on each data set differs by ±15 % from run to run at these
fractions of a millisecond; the pairs do not.

On ``--smoke`` the tiny data set is paired with itself (checks the harness only)."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path

from harness import Result

ROOT = Path(__file__).resolve().parent
PAIRS = 9
TARGET = 1.2

SEARCH_CHILD = r"""
import json, statistics, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[2])
sys.path.insert(0, str(Path(sys.argv[2]).parent))
import generate
from ssa_desktop.storage import repositories as repo
from ssa_desktop.storage.vault import Vault
queries = json.loads(sys.argv[3])
session = Vault(Path(sys.argv[1])).unlock(generate.PASSPHRASE)
samples = []
for query in queries + queries:
    start = time.perf_counter()
    repo.search(session.conn, query)
    samples.append(time.perf_counter() - start)
session.lock()
print(statistics.median(samples) * 1000)
"""


def _search_ms(folder: Path, queries: tuple[str, ...]) -> float:
    out = subprocess.run([sys.executable, "-c", SEARCH_CHILD, str(folder), str(ROOT),
                          json.dumps(queries)], capture_output=True, text=True, timeout=300,
                         cwd=str(ROOT.parent), check=True).stdout
    return float(out.strip().splitlines()[-1])


def pair_folders(folder: Path) -> tuple[Path, Path]:
    """(ten years, twenty years) for the data set measured; the other one is generated
    when missing (about a minute for twenty years)."""
    import generate

    if folder.name not in ("vault-10y", "vault-20y"):
        return folder, folder  # the smoke data set
    ten, _ = generate.ensure(years=10, quiet=True)
    twenty, _ = generate.ensure(years=20, quiet=True)
    return ten, twenty


def search_growth(bench) -> Result:
    import run

    ten, twenty = pair_folders(bench.folder)
    pairs = 3 if ten == twenty else PAIRS
    ratios, tens, twenties = [], [], []
    for i in range(pairs):
        order = ((ten, tens), (twenty, twenties)) if i % 2 == 0 else \
            ((twenty, twenties), (ten, tens))
        for folder, samples in order:
            samples.append(_search_ms(folder, run.QUERIES))
        ratios.append(twenties[-1] / tens[-1])
    return Result("search_growth_20_vs_10", statistics.median(ratios), "×", TARGET,
                  "Suche 20 Jahre / 10 Jahre, Median der Paarverhältnisse ≤ 1,2 (issue 21)",
                  note=f"{statistics.median(tens):.3f} ms / {statistics.median(twenties):.3f} ms"
                       f" (Mediane), Paarverhältnisse {min(ratios):.2f}–{max(ratios):.2f},"
                       f" {pairs} Paare")


def run(bench) -> list[Result]:
    return [search_growth(bench)]
