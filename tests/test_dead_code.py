"""Issue 20 item 7: no function is referenced nowhere. Every top-level function of the
package is named somewhere besides its own definition (in the package, the tests, the
benchmarks, the tools or the packaging metadata); a function nobody calls is removed or
used where it was meant to be used."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ssa_desktop"
# Known and owned elsewhere, with the reason:
ALLOWED = {
    # § 9b (issue 20 item 1): wired up or removed together with the option, separately
    "classify_9b",
}


def _top_level_functions() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.parse(path.read_text("utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) \
                    and not node.name.startswith("__"):
                found.append((node.name, path))
    return found


def _texts() -> list[str]:
    texts = []
    for folder in ("ssa_desktop", "tests", "benchmarks", "tools"):
        for path in (ROOT / folder).rglob("*"):
            if path.is_file() and path.suffix in {".py", ".sh", ".toml", ".cfg"}:
                texts.append(path.read_text("utf-8", errors="ignore"))
    for name in ("pyproject.toml", "setup.py"):
        if (ROOT / name).exists():
            texts.append((ROOT / name).read_text("utf-8"))
    return texts


def test_every_function_is_referenced_somewhere():
    texts = _texts()
    unused = []
    for name, path in _top_level_functions():
        if name in ALLOWED:
            continue
        word = re.compile(rf"\b{re.escape(name)}\b")
        if sum(len(word.findall(t)) for t in texts) <= 1:  # its definition only
            unused.append(f"{path.relative_to(PACKAGE).as_posix()}: {name}")
    assert unused == []
