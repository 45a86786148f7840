"""CI's check of the main figures without absolute times: the ratios of
``bench_ratios.py`` (CPU time of ours / a reference in the same run, on the smoke data
set) against ``benchmarks/ratios_baseline.json``. A ratio above TOLERANCE × its baseline
fails naming the figure; CI machines differ and a loaded one shifts both sides alike.

    python benchmarks/check_ratios.py            # check (CI)
    python benchmarks/check_ratios.py --rewrite  # after an intended change: new baseline
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
BASELINE = ROOT / "ratios_baseline.json"
TOLERANCE = 2.0  # generous: the smoke data set is small, a CPU second is noisy


def measured() -> dict[str, float]:
    done = subprocess.run([sys.executable, str(ROOT / "run.py"), "--smoke", "--only", "ratios",
                           "--json"], capture_output=True, text=True, check=True)
    return {r["name"]: r["value"] for r in json.loads(done.stdout)}


def too_high(now: dict[str, float], baseline: dict[str, float]) -> list[str]:
    return [f"{name}: {now.get(name, float('inf')):.2f} × > {TOLERANCE:g} × Basis {base:.2f} ×"
            for name, base in sorted(baseline.items())
            if now.get(name, float("inf")) > TOLERANCE * base]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rewrite", action="store_true")
    args = parser.parse_args(argv)
    now = measured()
    if args.rewrite:
        BASELINE.write_text(json.dumps({k: round(v, 3) for k, v in sorted(now.items())},
                                       indent=2) + "\n", encoding="utf-8")
        print(f"{BASELINE.name}: {len(now)} ratios written")
        return 0
    failed = too_high(now, json.loads(BASELINE.read_text(encoding="utf-8")))
    for line in failed:
        print(f"RATIO ZU HOCH: {line}")
    if not failed:
        print("ratios: " + ", ".join(f"{k} {v:.2f} ×" for k, v in sorted(now.items())))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
