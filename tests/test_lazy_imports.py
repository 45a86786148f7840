"""Every import written inside a function (a lazy ``from .x import y``, kept there to
spare the start-up or to break a cycle) names a module and a name that exist. Such an
import runs only when its function is called: a wrong one fails first in her hands (a
button that always breaks), so an AST walk resolves each one here and imports it."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ssa_desktop"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _function_imports(tree: ast.Module) -> list[ast.ImportFrom]:
    """The ``from … import …`` statements inside a function body (at any depth)."""
    found: list[ast.ImportFrom] = []
    for func in ast.walk(tree):
        if isinstance(func, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            found += [n for n in ast.walk(func) if isinstance(n, ast.ImportFrom)]
    return found


def _target(path: Path, node: ast.ImportFrom) -> str:
    """The absolute module a (possibly relative) ``from`` import names."""
    if not node.level:
        return node.module or ""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    base = package[:len(package) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _unresolved(path: Path, node: ast.ImportFrom) -> list[str]:
    where = f"{path.relative_to(ROOT)}:{node.lineno}"
    target = _target(path, node)
    if not target.startswith("ssa_desktop"):
        return []
    try:
        module = importlib.import_module(target)
    except ImportError as err:
        return [f"{where}: no module {target} ({err})"]
    missing = []
    for alias in node.names:
        if alias.name == "*" or hasattr(module, alias.name):
            continue
        try:
            importlib.import_module(f"{target}.{alias.name}")
        except ImportError:
            missing.append(f"{where}: {target} has no {alias.name}")
    return missing


def test_every_import_inside_a_function_resolves():
    imports = [(path, node) for path in sorted(PACKAGE.rglob("*.py"))
               for node in _function_imports(ast.parse(path.read_text("utf-8")))]
    assert len(imports) > 10  # the walk finds the package's lazy imports at all
    unresolved = [line for path, node in imports for line in _unresolved(path, node)]
    assert unresolved == []


def test_a_wrong_relative_import_is_found():
    """The check itself: the fault it exists for (one dot too few) is reported."""
    path = PACKAGE / "ui" / "settings" / "pages" / "schools.py"
    tree = ast.parse("def f():\n    from .staff_dialog import StaffDialog\n")
    (node,) = _function_imports(tree)
    assert _target(path, node) == "ssa_desktop.ui.settings.pages.staff_dialog"
    assert _unresolved(path, node) != []
