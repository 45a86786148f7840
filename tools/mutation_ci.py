"""Mutation testing in CI, time-boxed: the rule modules a landing changed are run with
``tools/mutation.sh`` and compared with their floors.

    python tools/mutation_ci.py                 # what HEAD changed against its first parent
    BUDGET=300 python tools/mutation_ci.py      # seconds for all modules together
    python tools/mutation_ci.py --base main     # what the work tree changed against main

A changed file is mapped to the ``tools/mutation.sh`` entries whose source it is (first)
or whose test selection holds it. Each entry runs with an equal share of what is left of
the budget (a module done early leaves its time to the next); a module fully run (every
mutant tried) fails CI when its score is below its floor in ``tools/mutation_floors.txt``;
a module not reached, or not fully run in the budget, or without a floor, is reported and
does not fail. A module with a floor ``<module>/deletions`` also runs its statement deletion
(``DELETIONS=only tools/mutation.sh``, ``tools/statement_deletion.py``) as a run of its own,
with its own share of the budget, judged the same way. mutmut comes from the extra ``dev``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "tools" / "mutation.sh"
FLOORS = ROOT / "tools" / "mutation_floors.txt"
MIN_SECONDS = 30     # less than this left: the next module is reported, not started
DELETIONS = "/deletions"   # the floor of a module's statement deletion: "clock/deletions 100"
FAILS_UNMUTATED = "the selection fails without a mutant"   # tools/statement_deletion.py

_SUMMARY = re.compile(r"^(?P<module>[\w-]+): (?P<killed>\d+)/(?P<tried>\d+) killed .*?"
                      r"(?:, (?P<untried>\d+) of \d+ not tried.*)?$", re.M)
_DELETION_SUMMARY = re.compile(r"^(?P<module>[\w-]+) \(statement deletion\): (?P<killed>\d+)/"
                               r"(?P<tried>\d+) killed .*?"
                               r"(?:, (?P<untried>\d+) of \d+ not tried.*)?$", re.M)


@dataclass(frozen=True)
class Result:
    """What one run of a module measured (mutation.sh's summary line)."""

    module: str
    killed: int
    tried: int
    untried: int

    @property
    def score(self) -> float:
        return 100 * self.killed / self.tried if self.tried else 100.0

    @property
    def complete(self) -> bool:
        return self.untried == 0 and self.tried > 0


@dataclass(frozen=True)
class Job:
    """One run: a module's mutmut mutants, or (``deletions``) its statement deletion."""

    module: str
    deletions: bool = False

    @property
    def name(self) -> str:
        """Its name in the floors and in the report."""
        return self.module + (DELETIONS if self.deletions else "")


def _table(script: str, name: str) -> dict[str, str]:
    """The bash associative array ``name`` of mutation.sh: module → value."""
    block = re.search(rf"^declare -A {name}=\((.*?)^\)", script, re.M | re.S)
    if block is None:
        return {}
    return dict(re.findall(r'^\s*\[([\w-]+)\]="([^"]*)"', block.group(1), re.M))


def entries(script: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    """Every module of mutation.sh: its source file and its test files."""
    tests = _table(script, "TESTS")
    return {module: (source, tuple(tests.get(module, "").split()))
            for module, source in _table(script, "SOURCE").items()}


def modules_for(changed: list[str], table: dict[str, tuple[str, tuple[str, ...]]]) -> list[str]:
    """The modules whose source changed, then those whose selection changed (each once)."""
    touched = set(changed)
    by_source = [m for m, (source, _) in table.items() if source in touched]
    by_tests = [m for m, (_, tests) in table.items()
                if m not in by_source and touched.intersection(tests)]
    return by_source + by_tests


def jobs_for(modules: list[str], floors: dict[str, float]) -> list[Job]:
    """Each module's mutmut run, then its statement deletion where it has a floor for it."""
    jobs = []
    for module in modules:
        jobs.append(Job(module))
        if module + DELETIONS in floors:
            jobs.append(Job(module, deletions=True))
    return jobs


def read_floors(text: str) -> dict[str, float]:
    """``module score`` per line; ``#`` starts a comment."""
    floors = {}
    for line in text.splitlines():
        fields = line.split("#", 1)[0].split()
        if fields:
            floors[fields[0]] = float(fields[1])
    return floors


def parse_summary(output: str, module: str, *, deletions: bool = False) -> Result | None:
    """The summary mutation.sh prints for ``module`` (None when it printed none); with
    ``deletions``, the statement deletion's."""
    for found in (_DELETION_SUMMARY if deletions else _SUMMARY).finditer(output):
        if found["module"] == module:
            return Result(module, int(found["killed"]), int(found["tried"]),
                          int(found["untried"] or 0))
    return None


def verdict(result: Result | None, module: str, floors: dict[str, float]) -> tuple[bool, str]:
    """(failed, the line to report) for one module's run."""
    if result is None:
        return False, f"{module}: no result (budget spent before its first mutant)"
    measured = f"{result.killed}/{result.tried} killed ({result.score:.1f} %)"
    if not result.complete:
        return False, f"{module}: {measured}, {result.untried} not tried in the budget: not judged"
    floor = floors.get(module)
    if floor is None:
        return False, f"{module}: {measured}, no floor recorded: not judged"
    if result.score < floor:
        return True, f"{module}: {measured} is below its floor {floor:.1f} %"
    return False, f"{module}: {measured}, floor {floor:.1f} %: ok"


def judge(job: Job, output: str, floors: dict[str, float]) -> tuple[bool, str]:
    """(failed, the line to report) for one job's output; a statement deletion whose
    selection fails unmutated has no score and fails (every mutant would look killed)."""
    if job.deletions and f"{job.module} (statement deletion): {FAILS_UNMUTATED}" in output:
        return True, f"{job.name}: {FAILS_UNMUTATED}: no score"
    return verdict(parse_summary(output, job.module, deletions=job.deletions), job.name, floors)


def changed_files(base: str) -> list[str] | None:
    """Files changed between ``base`` and the work tree (None when git cannot say)."""
    done = subprocess.run(["git", "diff", "--name-only", base], cwd=ROOT,
                          capture_output=True, text=True, check=False)
    return done.stdout.split() if done.returncode == 0 else None


def _run(job: Job, seconds: int) -> str:
    env = dict(os.environ, BUDGET=str(seconds), PYTHON=os.environ.get("PYTHON", sys.executable))
    env.pop("DELETIONS", None)
    if job.deletions:
        env["DELETIONS"] = "only"
    done = subprocess.run(["bash", str(SCRIPT), job.module], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    return done.stdout + done.stderr


def main(argv: list[str]) -> int:
    base = argv[argv.index("--base") + 1] if "--base" in argv else "HEAD^1"
    changed = changed_files(base)
    if changed is None:
        print(f"mutation: git cannot compare with {base}; nothing run")
        return 0
    modules = modules_for(changed, entries(SCRIPT.read_text("utf-8")))
    floors = read_floors(FLOORS.read_text("utf-8"))
    jobs = jobs_for(modules, floors)
    print(f"mutation: {len(changed)} files changed since {base}; runs: "
          + (", ".join(job.name for job in jobs) or "none"))
    deadline = time.monotonic() + int(os.environ.get("BUDGET", "300"))
    failed = False
    for count, job in enumerate(jobs):
        left = int(deadline - time.monotonic())
        if left < MIN_SECONDS:
            print(f"mutation: {job.name}: not reached in the budget")
            continue
        share = max(left // (len(jobs) - count), MIN_SECONDS)   # what a small one leaves
        bad, line = judge(job, _run(job, share), floors)
        failed |= bad
        print(f"mutation: {line}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
