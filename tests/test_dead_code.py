"""No function is referenced nowhere. Every top-level function of the
package is named somewhere besides its own definition by the product itself (the package,
the benchmarks, the tools or the packaging metadata); a function that only the tests call
is dead too: it is removed, and its tests test the behaviour through what the product
uses."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ssa_desktop"
PRODUCT = ("ssa_desktop", "benchmarks", "tools")  # not tests/: a test alone keeps nothing alive
# Kept on purpose, with the reason (reviewed 26.11.2026):
ALLOWED = {
    # the options registry's lookup by name, the form the rule tests state an option in
    "get_option",
    # the start path's seam: tests build the unlock window as run_gui does
    "build_unlock_window",
}
# Used by tests alone; each waits for its owner to use it in the product or remove it:
TEST_ONLY = {
    # the § 8a assessment's result: no form sets it yet (the statistics record has its field)
    "set_outcome",
    # a restore without the service's checks: the storage tests' direct path
    "restore_database",
    # whether a copied secret waits to be cleared: the clipboard tests' probe
    "sensitive_pending",
    # the deletable tables without a tombstone declaration: the declaration test asks it
    "undeclared",
}


def _top_level_functions() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.parse(path.read_text("utf-8")).body:
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) \
                    and not node.name.startswith("__"):
                found.append((node.name, path))
    return found


def _product_names() -> set[str]:
    """Every name the product's code uses (read, imported, an attribute, or a string such
    as ``"module:function"``): a name in a comment or docstring keeps nothing alive."""
    names: set[str] = set()
    for folder in PRODUCT:
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text("utf-8", errors="ignore"))
            prose = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr)}
            for node in ast.walk(tree):
                if isinstance(node, ast.Name):
                    names.add(node.id)
                elif isinstance(node, ast.Attribute):
                    names.add(node.attr)
                elif isinstance(node, ast.alias):
                    names.add(node.name.rsplit(".", 1)[-1])
                elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                        and id(node) not in prose and re.fullmatch(r"[\w.:]+", node.value):
                    names.update(re.split(r"[.:]", node.value))  # "module:function"
    for name in ("pyproject.toml", "setup.py"):
        if (ROOT / name).exists():
            names.update(re.findall(r"[A-Za-z_]\w*", (ROOT / name).read_text("utf-8")))
    return names


def test_every_function_is_used_by_the_product():
    names = _product_names()
    unused = [f"{path.relative_to(PACKAGE).as_posix()}: {name}"
              for name, path in _top_level_functions()
              if name not in names and name not in ALLOWED | TEST_ONLY]
    assert unused == []


def test_the_known_lists_name_only_functions_that_exist():
    """A function taken into use or removed leaves the list."""
    defined = {name for name, _path in _top_level_functions()}
    names = _product_names()
    assert sorted((TEST_ONLY | ALLOWED) - defined) == []
    assert sorted((TEST_ONLY | ALLOWED) & names) == []
