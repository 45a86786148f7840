"""Run the test suite N times and report whether it is deterministic (docs/testing.md,
"Repeated runs"): each run with two workers (the README's command) and in one process,
optionally beside busy loops that take CPU as other work on the machine does.

    python tools/suite_runs.py                         # 10 × two workers, 10 × one process
    python tools/suite_runs.py --runs 3 --busy 2       # beside two busy loops
    python tools/suite_runs.py --modes one -- -m soak  # one process, the soak tests
    python tools/suite_runs.py --runs 2 -- tests/domain  # a part of the suite

Prints one line per run and a summary: per mode the runs passed, the median and longest
wall time, and every test that failed with how often; ``--out FILE`` also writes the
summary as Markdown; a failed run's whole output is kept in ``--logs`` (default
``suite-runs-logs``) as ``<mode>-<number>.log``. Exit status 1 when any run failed. The busy loops are child processes
of this script, ended by their ids at the end.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODES = {"workers": ["-n", "2"], "one": ["-n", "0"]}
FAILED_LINE = re.compile(r"^(?:FAILED|ERROR) (\S+)", re.MULTILINE)


@dataclass
class Run:
    mode: str
    number: int
    code: int
    seconds: float
    failed: list[str] = field(default_factory=list)
    output: str = ""

    @property
    def passed(self) -> bool:
        return self.code == 0


def failed_tests(output: str) -> list[str]:
    """The test ids pytest's short summary (``-rfE``) names as failed or in error."""
    return sorted(set(FAILED_LINE.findall(output)))


def start_busy_loops(count: int) -> list[subprocess.Popen]:
    loop = "while True:\n    pass\n"
    return [subprocess.Popen([sys.executable, "-c", loop]) for _ in range(count)]


def stop(processes: list[subprocess.Popen]) -> None:
    for process in processes:
        process.terminate()
    for process in processes:
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def run_once(mode: str, number: int, extra: list[str]) -> Run:
    command = [sys.executable, "-m", "pytest", *MODES[mode], "-p", "no:cacheprovider",
               "-rfE", *extra]
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.monotonic()
    done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                          check=False)
    output = done.stdout + done.stderr
    return Run(mode, number, done.returncode, time.monotonic() - start,
               failed_tests(output), output)


def keep_output(run: Run, folder: Path) -> Path | None:
    """A failed run's whole output (its tracebacks) written to ``folder``; None for a
    green run, whose output nobody needs."""
    if run.passed:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{run.mode}-{run.number}.log"
    path.write_text(run.output, encoding="utf-8")
    return path


def summary(runs: list[Run], busy: int) -> str:
    """The Markdown summary: a line per mode, then the failing tests with their count."""
    lines = [f"Suite runs beside {busy} busy loop(s):", "",
             "| mode | passed | median s | longest s |", "| --- | --- | --- | --- |"]
    for mode in dict.fromkeys(r.mode for r in runs):
        of_mode = [r for r in runs if r.mode == mode]
        seconds = [r.seconds for r in of_mode]
        lines.append(f"| {mode} | {sum(r.passed for r in of_mode)} of {len(of_mode)} | "
                     f"{statistics.median(seconds):.0f} | {max(seconds):.0f} |")
    failures = Counter((r.mode, test) for r in runs for test in r.failed)
    unnamed = [r for r in runs if not r.passed and not r.failed]
    if failures or unnamed:
        lines += ["", "Failed:"]
        lines += [f"- {test} ({mode}): {count} ×" for (mode, test), count in sorted(failures.items())]
        lines += [f"- run {r.number} ({r.mode}) ended with {r.code}, no test named" for r in unnamed]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs per mode (10)")
    parser.add_argument("--modes", default="workers,one",
                        help="comma-separated: workers (-n 2), one (-n 0)")
    parser.add_argument("--busy", type=int, default=0, help="busy loops beside the runs")
    parser.add_argument("--out", type=Path, help="also write the summary (Markdown) here")
    parser.add_argument("--logs", type=Path, default=Path("suite-runs-logs"),
                        help="where a failed run's output is kept (suite-runs-logs)")
    parser.add_argument("pytest_args", nargs="*", help="after --: passed on to pytest")
    args = parser.parse_args(argv)
    modes = [m for m in args.modes.split(",") if m]
    unknown = [m for m in modes if m not in MODES]
    if unknown or args.runs < 1:
        parser.error(f"modes: {', '.join(MODES)}; runs ≥ 1")
    busy = start_busy_loops(args.busy)
    runs: list[Run] = []
    try:
        for mode in modes:
            for number in range(1, args.runs + 1):
                run = run_once(mode, number, args.pytest_args)
                runs.append(run)
                said = "ok" if run.passed else (
                    f"FAILED ({len(run.failed)}: {', '.join(run.failed[:3])}; "
                    f"output in {keep_output(run, args.logs)})")
                print(f"{mode} {number}/{args.runs}: {run.seconds:.0f} s {said}", flush=True)
    finally:
        stop(busy)
    text = summary(runs, args.busy)
    print(text, end="")
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    return 0 if all(r.passed for r in runs) else 1


if __name__ == "__main__":
    raise SystemExit(main())
