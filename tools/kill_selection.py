"""A module's mutation selection computed from the tests that kill: test files that kill
every mutant the whole pool of candidate files kills, none of them needless (issue 65).

    python tools/kill_selection.py ssa_desktop/domain/month_day.py --name month_day \\
        --pool tests/options/test_month_day.py tests/domain/test_option_text_rules.py
    SELECT=1 tools/mutation.sh month_day   # the module's TESTS (and POOL=…) as the pool
    SELECT=1 SEARCH=1 tools/mutation.sh month_day   # and every test importing it

The pool: the files given, and with ``--search`` every test file under ``tests/`` that
imports the module (``import …month_day`` / ``from … import month_day``; for a module
few tests import: ``domain/clock.py`` has 200 importers). In a copy of the work tree (never
the tree itself), each pool file first runs unmutated, traced (``sys.settrace``): a file
that fails is left out (named), and the source lines it runs are noted. The mutants: every
statement deletion (``tools/statement_deletion.py``) and every mutmut 2 operator mutant
(``mutmut.list_mutations``; annotation-only ones skipped as ``tools/mutmut_config.py``
does, and those that do not compile) on the lines given (``--lines``, mutation.sh's scope; the whole file by default).
Each mutant meets the pool files that run its lines (the first line of its statement, as a
trace names it) in a fixed order — the files given as given (the current selection first),
then the others the fastest first — each with ``pytest -x``, until the first that kills
it (a kill needs one file); a mutant no pool file runs survives the pool without a run.
Then each file that killed, the last in the order first, is run on what it killed against
the other files still kept: when they kill all of it, it goes. The selection (greedily
ordered: the file that kills the most first, the faster on a tie) thus kills every
mutant the pool kills, each kill seen, and none of its files can be dropped (each kills a
mutant the other chosen files were seen not to kill or do not run); it is not
necessarily the smallest such set. Printed: the chosen files, what each was seen to kill,
the mutants no pool file kills (the survivors to explain or kill; for them every pool
file that runs the line was run), the pool files not needed, the runs made (and the
whole matrix's), and the line for ``tools/mutation.sh``'s ``TESTS``; also written to
``.mutation/<name>.selection.txt``.
A file is run without ``tests/conftest.py`` when it passes so (a second), else with it."""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import statement_deletion as sd  # noqa: E402

ROOT = sd.ROOT

# Run inside pytest's process: trace the lines of one source file, write them as JSON.
_TRACER = """
import json, sys, threading
target, out = sys.argv[1], sys.argv[2]
lines = set()
def local(frame, event, arg):
    if event == "line":
        lines.add(frame.f_lineno)
    return local
def trace(frame, event, arg):
    if frame.f_code.co_filename == target:
        lines.add(frame.f_lineno)
        return local
    return None
sys.settrace(trace)
threading.settrace(trace)
import pytest
code = pytest.main(sys.argv[3:])
sys.settrace(None)
with open(out, "w") as f:
    json.dump(sorted(lines), f)
sys.exit(int(code))
"""


@dataclass(frozen=True)
class Mutant:
    kind: str           # "deletion" or "mutmut"
    first: int          # the lines it changes
    last: int
    text: str           # for the report
    source: str         # the whole mutated file
    reach: frozenset[int] = frozenset()   # lines a trace shows when the mutant runs


@dataclass
class Candidate:
    path: str
    conftest: bool      # needs tests/conftest.py
    seconds: float
    lines: frozenset[int]


def pool_of(source: str, given: list[str], root: Path | None = None) -> list[str]:
    """The files given, then each test file under tests/ that imports the module."""
    root = root or ROOT
    name = Path(source).stem
    pattern = re.compile(
        rf"^\s*(from\s+[\w.]+\s+import\s+(\(?[^)]*?\b{name}\b)|import\s+[\w.]*\b{name}\b"
        rf"|from\s+[\w.]*\b{name}\s+import)", re.M | re.S)
    found = list(dict.fromkeys(given))
    for path in sorted((root / "tests").rglob("test_*.py")):
        rel = path.relative_to(root).as_posix()
        if rel not in found and pattern.search(path.read_text("utf-8")):
            found.append(rel)
    return found


def mutants(source_text: str, lines: set[int] | None) -> list[Mutant]:
    """The statement deletions and mutmut's operator mutants on ``lines``."""
    found = [Mutant("deletion", m.first, m.last, m.text, sd.apply(source_text, m))
             for m in sd.mutants(source_text, lines)]
    starts = _statement_starts(source_text)
    return [replace(m, reach=frozenset(
                {line for n in range(m.first, m.last + 1) for line in (n, starts.get(n, n))}))
            for m in found + _mutmut_mutants(source_text, lines)]


def _statement_starts(source_text: str) -> dict[int, int]:
    """Line -> the first line of the innermost statement spanning it: a trace names a
    statement by its first line, never the continuation lines of a long call or string."""
    starts: dict[int, int] = {}
    for node in ast.walk(ast.parse(source_text)):
        if isinstance(node, ast.stmt):
            body = [b for field in ("body", "orelse", "finalbody", "handlers")
                    for b in getattr(node, field, []) or []]
            # a compound statement spans its header only: the rest are its own statements
            end = min(b.lineno for b in body) - 1 if body else node.end_lineno or node.lineno
            for line in range(node.lineno, end + 1):
                if starts.get(line, 0) < node.lineno:
                    starts[line] = node.lineno
    return starts


def _mutmut_mutants(source_text: str, lines: set[int] | None) -> list[Mutant]:
    try:
        from mutmut import Context, list_mutations, mutate
    except ImportError:     # the extras ``test``/``dev`` not installed: deletions only
        print("mutmut is not installed (pip install -e \".[dev]\"): statement deletions only",
              file=sys.stderr)
        return []
    from mutmut_config import annotation_only

    found = []
    text = source_text.splitlines()
    for mutation_id in list_mutations(Context(source=source_text, filename="x.py")):
        line = mutation_id.line_number + 1
        if lines is not None and line not in lines:
            continue
        mutated, count = mutate(Context(source=source_text, mutation_id=mutation_id,
                                        filename="x.py"))
        # a mutant that is no Python (mutmut turns ``*x`` into ``/x``) any test "kills"
        if count and mutated != source_text and sd._compiles(mutated) \
                and not annotation_only(source_text, mutated):
            changed = mutated.splitlines()[line - 1].strip()
            found.append(Mutant("mutmut", line, line,
                                f"{text[line - 1].strip()} → {changed}", mutated))
    return found


def _run(tree: Path, args: list[str], timeout: float) -> bool | None:
    """Whether pytest passed (None: it ran past ``timeout``)."""
    try:
        result = subprocess.run(sd._pytest(args), cwd=tree, env={**os.environ, **sd._ENV},
                                capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return None
    return result.returncode == 0


def _args(candidate: str, conftest: bool, keyword: str) -> list[str]:
    return [candidate, *([] if conftest else ["--noconftest"]),
            *(["-k", keyword] if keyword else [])]


def trace(tree: Path, source: str, path: str, keyword: str) -> Candidate | None:
    """The pool file run unmutated and traced (without the conftest, else with it); None
    when it fails both ways."""
    target = str((tree / source).resolve())
    for conftest in (False, True):
        with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as out:
            lines_file = out.name
        try:
            start = time.monotonic()
            result = subprocess.run(
                [sys.executable, "-c", _TRACER, target, lines_file, "-x", "-q", "-n", "0",
                 "-p", "no:cacheprovider", "-p", "no:randomly", *_args(path, conftest, keyword)],
                cwd=tree, env={**os.environ, **sd._ENV}, capture_output=True, check=False)
            seconds = time.monotonic() - start
            if result.returncode == 0:
                lines = json.loads(Path(lines_file).read_text("utf-8"))
                return Candidate(path, conftest, seconds, frozenset(lines))
        finally:
            Path(lines_file).unlink(missing_ok=True)
    return None


def cover(kills: dict[str, set[int]], seconds: dict[str, float]) -> list[str]:
    """The fewest files (greedy, then pruned) whose kills together are all of ``kills``'s:
    each step the file that kills the most not yet killed, the faster on a tie."""
    wanted = set().union(*kills.values()) if kills else set()
    chosen: list[str] = []
    left = set(wanted)
    while left:
        best = max(kills, key=lambda f: (len(kills[f] & left), -seconds[f]))
        chosen.append(best)
        left -= kills[best]
    for f in list(reversed(chosen)):     # a file the others make needless goes again
        rest = [g for g in chosen if g != f]
        if rest and set().union(*(kills[g] for g in rest)) >= wanted:
            chosen = rest
    return chosen


def ordered(pool: list[Candidate], given: list[str]) -> list[Candidate]:
    """The order each mutant meets the pool in: the files given (mutation.sh's ``TESTS``,
    the current selection, then ``POOL``) as given, then the others the fastest first."""
    rank = {p: i for i, p in enumerate(given)}
    return sorted(pool, key=lambda c: (rank.get(c.path, len(rank)),
                                       0.0 if c.path in rank else c.seconds))


@dataclass
class Matrix:
    """What was run: ``runs[file][mutant]`` is whether that file killed that mutant (a
    missing entry: not run, it was not needed). Each mutant met the pool files that run
    its lines in the pool's order until the first that killed it (a kill needs one file);
    a survivor met them all."""
    runs: dict[str, dict[int, bool]]
    reached: set[int]        # mutants on a line some pool file runs
    untried: int             # mutants the budget left untried (the last ones)
    kept: list[str]          # the files that killed, less those the others replace
    pruned: bool = True      # every kept file was checked against the others

    def kills(self) -> dict[str, set[int]]:
        return {f: {i for i, k in r.items() if k} for f, r in self.runs.items()}

    def count(self) -> int:
        return sum(len(r) for r in self.runs.values())


class _Runner:
    def __init__(self, tree: Path, source: str, found: list[Mutant], keyword: str,
                 end: float) -> None:
        self.path, self.found, self.keyword, self.end = tree / source, found, keyword, end
        self.tree = tree
        self.original = self.path.read_text("utf-8")
        self.current = -1

    def kills(self, index: int, c: Candidate) -> bool:
        """Whether pool file ``c`` fails against mutant ``index`` (a run past ten times
        its unmutated time, 30 s at least, fails)."""
        if self.current != index:
            self.path.write_text(self.found[index].source, "utf-8")
            self.current = index
        return not _run(self.tree, _args(c.path, c.conftest, self.keyword),
                        sd.mutant_timeout(c.seconds))

    def restore(self) -> None:
        self.path.write_text(self.original, "utf-8")


def _span(mutant: Mutant) -> set[int]:
    return set(mutant.reach) or set(range(mutant.first, mutant.last + 1))


def matrix(tree: Path, source: str, found: list[Mutant], pool: list[Candidate],
           keyword: str, budget: float) -> Matrix:
    """The kill matrix as far as a selection needs it, ``pool`` in its order: each mutant
    against the files that run its lines until the first kills it (a mutant on a line no
    pool file runs survives the pool without a run); then each file that killed, the last
    in the order first, against the others still kept on the mutants it killed: when they
    kill all of them, it is dropped from the candidates (``Matrix.pruned`` False when the
    budget ended this second step)."""
    runner = _Runner(tree, source, found, keyword, time.monotonic() + budget)
    runs: dict[str, dict[int, bool]] = {c.path: {} for c in pool}
    reached: set[int] = set()
    try:
        for index, mutant in enumerate(found):
            if time.monotonic() >= runner.end:
                return Matrix(runs, reached, len(found) - index,
                              [f for f, r in runs.items() if any(r.values())], pruned=False)
            for c in pool:
                if c.lines & _span(mutant):
                    reached.add(index)
                    runs[c.path][index] = runner.kills(index, c)
                    if runs[c.path][index]:
                        break
            if index % 10 == 9:
                print(f"  {index + 1} of {len(found)} mutants tried", file=sys.stderr,
                      flush=True)
        kept = [c for c in pool if any(runs[c.path].values())]
        for f in reversed(list(kept)):
            others = [c for c in kept if c is not f]
            # the mutants the fewest others run first: one no other runs keeps f at once
            for index in sorted((i for i, k in runs[f.path].items() if k), key=lambda i: (
                    sum(bool(c.lines & _span(found[i])) for c in others), i)):
                if any(runs[c.path].get(index) for c in others):
                    continue
                for c in others:
                    if index in runs[c.path] or not c.lines & _span(found[index]):
                        continue
                    if time.monotonic() >= runner.end:
                        return Matrix(runs, reached, 0, [c.path for c in kept],
                                      pruned=False)
                    runs[c.path][index] = runner.kills(index, c)
                    if runs[c.path][index]:
                        break
                else:
                    break       # no other kept file kills this one: f stays
            else:
                kept.remove(f)
    finally:
        runner.restore()
    return Matrix(runs, reached, 0, [c.path for c in kept])


def report(name: str, found: list[Mutant], pool: list[Candidate], failing: list[str],
           result: Matrix) -> str:
    seconds = {c.path: c.seconds for c in pool}
    kills = result.kills()
    chosen = cover({f: kills[f] for f in result.kept}, seconds)
    killed = set().union(*kills.values()) if kills else set()
    tried = len(found) - result.untried
    out = [f"{name}: {len(found)} mutants ({sum(m.kind == 'deletion' for m in found)} "
           f"deletions), {tried} tried; the pool of {len(pool)} files kills {len(killed)}; "
           f"{result.count()} runs (the whole matrix: "
           f"{sum(len(c.lines & _span(found[i])) > 0 for c in pool for i in range(tried))})"]
    for f in chosen:
        out.append(f"  chosen {f}: kills {len(kills[f])} ({seconds[f]:.1f} s unmutated)")
    for f in sorted(set(kills) - set(chosen)):
        out.append(f"  not needed {f}: kills {len(kills[f])}, all killed by the chosen")
    for f in failing:
        out.append(f"  left out {f}: fails unmutated")
    for index in range(tried):
        if index not in killed:
            m = found[index]
            why = "" if index in result.reached else " (no pool file runs its line)"
            out.append(f"  survives the pool: {m.kind} line {m.first}: {m.text}{why}")
    if result.untried:
        out.append(f"  {result.untried} of {len(found)} not tried (time budget): the "
                   "selection covers the tried ones only")
    out.append("  the chosen files kill every mutant the pool kills (each kill seen); "
               + ("none of them can be dropped: each kills one the other chosen files "
                  "were seen not to kill (or do not run)" if result.pruned else
                  "the budget ended before each was checked against the others"))
    conftest = any(c.conftest for c in pool if c.path in chosen)
    out.append(f'  [{name}]="{" ".join(chosen)}"' + ("   # CONFTEST" if conftest else ""))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="the module, relative to the work tree")
    parser.add_argument("--pool", nargs="*", default=[], help="candidate test files")
    parser.add_argument("--lines", default="", help='"12-40,90-99": only these lines')
    parser.add_argument("--name", default="", help="the module's name in mutation.sh")
    parser.add_argument("--budget", type=float, default=1800.0, help="seconds for the matrix")
    parser.add_argument("-k", dest="keyword", default="", help="pytest's -k filter")
    parser.add_argument("--search", action="store_true",
                        help="add every test file under tests/ that imports the module")
    args = parser.parse_args(argv)
    name = args.name or Path(args.source).stem
    text = (ROOT / args.source).read_text("utf-8")
    found = mutants(text, sd.parse_lines(args.lines))
    paths = (pool_of(args.source, args.pool, ROOT) if args.search
             else list(dict.fromkeys(args.pool)))
    with tempfile.TemporaryDirectory(prefix="ssa-selection-") as folder:
        tree = sd.copy_tree(ROOT, Path(folder))
        traced = {p: trace(tree, args.source, p, args.keyword) for p in paths}
        pool = ordered([c for c in traced.values() if c is not None], args.pool)
        failing = [p for p, c in traced.items() if c is None]
        result = matrix(tree, args.source, found, pool, args.keyword, args.budget)
    text_out = report(name, found, pool, failing, result)
    print(text_out)
    (ROOT / ".mutation").mkdir(exist_ok=True)
    (ROOT / ".mutation" / f"{name}.selection.txt").write_text(text_out + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
