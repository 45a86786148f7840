"""Today's code beside the pinned state before issues 28–32 (``REFERENCE``), same host.

    python benchmarks/reference.py                         # handover and unlock, 2 rounds
    python benchmarks/reference.py --rounds 3 --only unlock
    python benchmarks/reference.py --cache /dev/shm/ssa-ref --json

The reference's code comes from the repository's history (``git archive``) and makes its
own 10-year data set with its own generator (its schema is older); both are cached in
``--cache`` (default ``benchmarks/data/reference-<commit>/``). Each state runs in a
process of its own on its own data set, alternately (the reference first in odd rounds,
today's first in even ones), so a busy moment of the shared machine hits both. Each
process measures with that state's own benchmark code, in CPU seconds:

- ``handover``: the school handover's timed part (package + the receipt's deletion) of
  that state's ``bench_handover`` — today ``school_handover(bench)["cpu"]``, the
  reference's ``_school`` with its clock read as this thread's CPU time;
- ``unlock``: that state's ``run.unlock_to_ready`` (``Vault._open`` without key
  derivation until the first area is visible, median of ``--reps``) with its clock read as
  the process's CPU time (the page check and upkeep threads included, as in her process).
  The clock is not frozen: on a day after the data set's school year the
  Schuljahreswechsel is due, in both states.

The targets (issue 65): the handover ≤ 0.5 ×, the unlock ≤ 0.6 × the reference.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))

import generate  # noqa: E402
from harness import machine  # noqa: E402

REFERENCE = "64236bc2"   # main before the first merge of issues 28–32
TARGETS = {"handover": 0.5, "unlock": 0.6}

# One measurement in the process of one state: argv = code folder, data set, metric, reps.
CHILD = r"""
import json, shutil, sys, tempfile, time
from pathlib import Path

code, data, metric, reps = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3], int(sys.argv[4])
sys.path[:0] = [str(code / "benchmarks"), str(code)]
import run  # that state's runner: HOME in a temp folder, Qt offscreen


class Clock:
    # the module's ``time`` with ``perf_counter`` reading CPU time instead
    def __init__(self, cpu):
        self.perf_counter = cpu

    def __getattr__(self, name):
        return getattr(time, name)


import ssa_desktop
assert Path(ssa_desktop.__file__).resolve().is_relative_to(code.resolve()), ssa_desktop.__file__
work = Path(tempfile.mkdtemp(prefix="ssa-ref-"))
try:
    folder = work / "vault"   # the reference's unlock writes its upkeep into bench.folder
    shutil.copytree(data, folder)
    bench = run.Bench(folder, reps)
    try:
        if metric == "handover":
            import bench_handover
            if hasattr(bench_handover, "school_handover"):
                value = bench_handover.school_handover(bench)["cpu"]
            else:
                bench_handover.time = Clock(time.thread_time)
                value = bench_handover._school(bench)
        else:
            run.time = Clock(time.process_time)
            value = run.unlock_to_ready(bench).value
    finally:
        bench.close()
    print(json.dumps({"metric": metric, "cpu_s": value}))
finally:
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(run._HOME, ignore_errors=True)
"""


def reference_code(cache: Path) -> Path:
    """The reference's source tree (cached), from the repository's history."""
    code = cache / f"code-{REFERENCE}"
    if (code / "benchmarks" / "run.py").exists():
        return code
    code.mkdir(parents=True, exist_ok=True)
    archive = subprocess.run(["git", "-C", str(ROOT.parent), "archive", REFERENCE],
                             capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(code, filter="data")
    return code


def reference_data(cache: Path, code: Path, years: int) -> Path:
    """The reference's 10-year data set, written by its own generator (cached)."""
    folder = cache / f"vault-{years}y"
    subprocess.run([sys.executable, str(code / "benchmarks" / "generate.py"), "--out",
                    str(folder), "--years", str(years)], cwd=code, check=True,
                   capture_output=True)
    return folder


def measure(code: Path, data: Path, metric: str, reps: int) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", CHILD, str(code), str(data), metric,
                          str(reps)], cwd=str(code), env=env, capture_output=True, text=True,
                         timeout=1800)
    if out.returncode != 0:
        raise RuntimeError(f"{metric} in {code}: {out.stderr.strip()[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])["cpu_s"]


def compare(states: dict[str, tuple[Path, Path]], metrics: list[str], rounds: int,
            reps: int) -> list[dict]:
    """Each round: every metric, the two states alternately; one row per metric and round."""
    rows = []
    for number in range(rounds):
        order = ["reference", "today"] if number % 2 == 0 else ["today", "reference"]
        for metric in metrics:
            load = os.getloadavg()[0]
            cpu = {state: measure(*states[state], metric, reps) for state in order}
            rows.append({"round": number + 1, "metric": metric, "today_s": cpu["today"],
                         "reference_s": cpu["reference"],
                         "ratio": cpu["today"] / cpu["reference"], "target": TARGETS[metric],
                         "load": round((load + os.getloadavg()[0]) / 2, 1)})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--reps", type=int, default=9, help="unlock rounds per process")
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--only", action="append", choices=sorted(TARGETS))
    parser.add_argument("--cache", type=Path, default=generate.DATA_DIR / f"reference-{REFERENCE}")
    parser.add_argument("--data", type=Path, default=None,
                        help="today's data set folder (default: generate.py's)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    code = reference_code(args.cache)
    today, _ = generate.ensure(args.data, years=args.years, quiet=True)
    states = {"reference": (code, reference_data(args.cache, code, args.years)),
              "today": (ROOT.parent, today)}
    rows = compare(states, args.only or sorted(TARGETS), args.rounds, args.reps)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{machine()}; Referenz {REFERENCE}")
    for row in rows:
        ok = "ja" if row["ratio"] <= row["target"] else "NEIN"
        print(f"Runde {row['round']} {row['metric']:<9} heute {row['today_s']:.3f} s / "
              f"Referenz {row['reference_s']:.3f} s CPU = {row['ratio']:.2f} × "
              f"(Ziel ≤ {row['target']}) {ok}  Last {row['load']}")
    for metric in args.only or sorted(TARGETS):
        ratios = [row["ratio"] for row in rows if row["metric"] == metric]
        print(f"{metric}: Median {statistics.median(ratios):.2f} × aus {len(ratios)} Runden")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
