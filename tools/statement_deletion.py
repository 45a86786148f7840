"""Statement deletion, the mutation mutmut 2 never makes: each statement of a function
(an assignment, a call, a ``return``, a whole ``if`` …) replaced by ``pass``, one at a
time, and the module's test selection run against it; a mutant the tests do not notice
survives. ``tools/mutation.sh`` runs it after mutmut when ``DELETIONS=1``.

    python tools/statement_deletion.py ssa_desktop/domain/retention.py \\
        --tests tests/retention/test_engine.py --lines 120-180,300-340 --budget 600

It mutates a copy of the work tree (made once in a temporary folder, removed at the end),
never the tree itself, so it may run beside editing. Docstrings and ``pass`` are left
alone, and so is a statement that shares its first or last line with another (``if x:
return y``): its line cannot be replaced alone. The selection first runs on the
unmutated copy: when it fails there is no score (exit 1; every mutant would look killed),
and ten times its time (30 s at least) is each mutant's limit, after which the mutant
counts as killed (a deleted ``i += 1`` loops forever). Prints one line per survivor and a
summary in mutation.sh's form ("<name>: K/T killed (P %), S survived"); exit 0 (a score
is reported, not judged: floors are mutation_ci's)."""

from __future__ import annotations

import argparse
import ast
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LEFT_OUT = (".git", ".venv", ".mutation", ".mutmut-cache", "__pycache__", ".pytest_cache",
            ".hypothesis", ".mypy_cache", ".ruff_cache")


@dataclass(frozen=True)
class Mutant:
    first: int      # 1-based lines the statement spans
    last: int
    text: str       # its first line, stripped (for the report)


def _alone(lines: list[str], node: ast.stmt) -> bool:
    """The statement has its lines to itself: nothing before it on its first line and
    nothing but a comment after it on its last."""
    end = node.end_lineno or node.lineno
    before = lines[node.lineno - 1][:node.col_offset]
    after = lines[end - 1][node.end_col_offset or 0:]
    return not before.strip() and (not after.strip() or after.strip().startswith("#"))


def _is_docstring(node: ast.stmt) -> bool:
    return isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) \
        and isinstance(node.value.value, str)


def mutants(source: str, lines: set[int] | None = None) -> list[Mutant]:
    """Every statement inside a function of ``source`` that can be deleted on its own,
    in source order; with ``lines``, those whose first line is among them."""
    text = source.splitlines()
    found: list[Mutant] = []
    for func in ast.walk(ast.parse(source)):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(func):
            if node is func or not isinstance(node, ast.stmt) or isinstance(node, ast.Pass):
                continue
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                continue    # a nested definition: its statements are visited as its own
            if _is_docstring(node) or not _alone(text, node):
                continue
            if lines is not None and node.lineno not in lines:
                continue
            found.append(Mutant(node.lineno, node.end_lineno or node.lineno,
                                text[node.lineno - 1].strip()))
    # an ``elif`` replaced by ``pass`` is no Python: only what compiles is a mutant
    return sorted((m for m in set(found) if _compiles(apply(source, m))),
                  key=lambda m: (m.first, m.last))


def _compiles(source: str) -> bool:
    try:
        compile(source, "<mutant>", "exec")
    except SyntaxError:
        return False
    return True


def apply(source: str, mutant: Mutant) -> str:
    """``source`` with the statement replaced by ``pass`` at its indentation; the lines
    it spanned stay (as blank lines), so every other line keeps its number."""
    lines = source.splitlines(keepends=True)
    first = lines[mutant.first - 1]
    indent = first[:len(first) - len(first.lstrip())]
    lines[mutant.first - 1] = f"{indent}pass\n"
    for index in range(mutant.first, mutant.last):
        lines[index] = "\n"
    return "".join(lines)


def parse_lines(spec: str) -> set[int] | None:
    """"12-40,90-99" → the lines; "" → None (the whole file)."""
    if not spec:
        return None
    found: set[int] = set()
    for part in spec.split(","):
        first, _, last = part.partition("-")
        found.update(range(int(first), int(last or first) + 1))
    return found


def copy_tree(root: Path, into: Path) -> Path:
    """The work tree without version control, caches and mutation state."""
    target = into / "tree"
    shutil.copytree(root, target, ignore=shutil.ignore_patterns(*LEFT_OUT), symlinks=True)
    return target


class SelectionFails(Exception):
    """The test selection fails on the unmutated code: every mutant would count as killed."""


def _pytest(pytest_args: list[str]) -> list[str]:
    return [sys.executable, "-m", "pytest", "-x", "-q", "-n", "0", "-p", "no:cacheprovider",
            "-p", "no:randomly", *pytest_args]


_ENV = {"PYTHONDONTWRITEBYTECODE": "1", "QT_QPA_PLATFORM": "offscreen"}


def baseline(tree: Path, pytest_args: list[str]) -> float:
    """Seconds the selection takes on the unmutated ``tree``; ``SelectionFails`` (with
    pytest's last lines) when it does not pass."""
    start = time.monotonic()
    result = subprocess.run(_pytest(pytest_args), cwd=tree, env={**os.environ, **_ENV},
                            capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SelectionFails("\n".join(result.stdout.splitlines()[-5:]))
    return time.monotonic() - start


def mutant_timeout(baseline_seconds: float) -> float:
    """How long one mutant may run before it counts as killed (a deleted ``i += 1`` loops
    forever): ten times the unmutated selection, 30 s at least (busy cores)."""
    return max(30.0, 10 * baseline_seconds)


def run(tree: Path, source: str, pytest_args: list[str], found: list[Mutant],
        budget: float, per_mutant: float = 300.0,
        on_survivor: Callable[[Mutant], None] | None = None,
        ) -> tuple[list[Mutant], list[Mutant], int]:
    """Try each mutant in ``tree`` (mutated in place, restored after each); returns the
    killed, the survivors and how many the budget left untried. ``on_survivor`` hears of
    each survivor as it is found (a long run can be read before it ends)."""
    path = tree / source
    original = path.read_text("utf-8")
    env = {**os.environ, **_ENV}
    command = _pytest(pytest_args)
    killed: list[Mutant] = []
    survived: list[Mutant] = []
    end = time.monotonic() + budget
    try:
        for index, mutant in enumerate(found):
            if time.monotonic() >= end:
                return killed, survived, len(found) - index
            path.write_text(apply(original, mutant), "utf-8")
            try:
                result = subprocess.run(command, cwd=tree, env=env, capture_output=True,
                                        timeout=per_mutant, check=False)
                (survived if result.returncode == 0 else killed).append(mutant)
                if result.returncode == 0 and on_survivor is not None:
                    on_survivor(mutant)
            except subprocess.TimeoutExpired:
                killed.append(mutant)      # a hang is noticed (as mutmut counts a timeout)
    finally:
        path.write_text(original, "utf-8")
    return killed, survived, 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("source", help="the module, relative to the work tree")
    parser.add_argument("--tests", nargs="+", required=True)
    parser.add_argument("--lines", default="", help='"12-40,90-99": only these lines')
    parser.add_argument("--name", default="", help="the name in the summary line")
    parser.add_argument("--budget", type=float, default=600.0, help="seconds in all")
    parser.add_argument("--conftest", action="store_true", help="run with tests/conftest.py")
    parser.add_argument("-k", dest="keyword", default="", help="pytest's -k filter")
    args = parser.parse_args(argv)
    found = mutants((ROOT / args.source).read_text("utf-8"), parse_lines(args.lines))
    pytest_args = [*args.tests, *([] if args.conftest else ["--noconftest"]),
                   *(["-k", args.keyword] if args.keyword else [])]
    with tempfile.TemporaryDirectory(prefix="ssa-deletion-") as folder:
        tree = copy_tree(ROOT, Path(folder))
        start = time.monotonic()
        try:
            seconds = baseline(tree, pytest_args)
        except SelectionFails as error:
            print(f"{error}\n{args.name or args.source} (statement deletion): "
                  "the selection fails without a mutant")
            return 1
        killed, survived, untried = run(
            tree, args.source, pytest_args, found, args.budget - (time.monotonic() - start),
            mutant_timeout(seconds),
            lambda m: print(f"survived: {args.source}:{m.first}: {m.text}", flush=True))
    print(summary(args.name or args.source, killed, survived, untried, len(found)))
    return 0


def summary(name: str, killed: list[Mutant], survived: list[Mutant], untried: int,
            total: int) -> str:
    """The summary line tools/mutation_ci.py reads (``parse_summary(…, deletions=True)``)."""
    tried = len(killed) + len(survived)
    return (f"{name} (statement deletion): {len(killed)}/{tried} killed "
            f"({100 * len(killed) / max(tried, 1):.1f} %), {len(survived)} survived"
            + (f", {untried} of {total} not tried (time budget)" if untried else ""))


if __name__ == "__main__":
    sys.exit(main())
