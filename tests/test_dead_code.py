"""Issue 20 item 7: no function is referenced nowhere. Every top-level function of the
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
# Known and owned elsewhere, with the reason:
ALLOWED = {
    # § 9b (issue 20 item 1): wired up or removed together with the option, separately
    "classify_9b",
    # the options registry's lookup: domain/options.py is being rebuilt on i32-options
    "get_option",
    # the Datenschutz panels' second list: removed with the one registry (i32-registry)
    "privacy_panels",
    # the start path's test seam: app.py belongs to the start-time work (i29-weight)
    "build_unlock_window",
}
# Found by counting product references only (2026-11-24); each is used by tests alone and
# waits for its owner to remove it or to use it where it was meant to be used:
TEST_ONLY = {
    "parse_hours", "simple_figures", "simple_time_shares", "set_outcome",
    "form_drafts", "collect_notices", "handovers", "decode_native",
    "summary_of", "restore_database", "location_warnings",
    "colour_names", "sensitive_pending",
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
    assert sorted(TEST_ONLY - defined) == []
    assert sorted(TEST_ONLY & names) == []
