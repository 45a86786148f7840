"""The layers hold: an AST walk over every module of the package (docs/architecture.md).

- ui (and app.py, the GUI's start) never imports storage (it goes through a service);
- services never import a database driver (SQL lives in storage);
- domain imports nothing outside itself but the standard library: no Qt, no SQL, no
  storage, services, ui, reports;
- no SQL text in services or ui.

A new edge fails here; an edge that has to exist goes into ALLOWED with its reason.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "ssa_desktop"

# (module, imported module prefix): why the edge is right. Empty: no exception today.
ALLOWED: dict[tuple[str, str], str] = {}

DRIVERS = ("sqlite3", "sqlcipher3")
QT = ("PySide6", "shiboken6")
OUTER = tuple(f"ssa_desktop.{name}" for name in (
    "storage", "services", "ui", "reports", "exports", "cli", "cli_commands", "app"))
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|BEGIN|COMMIT|ROLLBACK|CREATE)\b")


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module ``module`` imports (relative imports resolved)."""
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def sql_literals(source: str) -> list[str]:
    return [node.value for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and SQL.match(node.value)]


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def violations(module: str, source: str, is_package: bool = False) -> list[str]:
    layer = _layer(module)
    forbidden: tuple[str, ...] = ()
    if layer in ("ui", "app"):  # the GUI and its start-up
        forbidden = ("ssa_desktop.storage",)
    elif layer == "services":
        forbidden = DRIVERS + QT + ("ssa_desktop.ui",)
    elif layer == "domain":
        forbidden = DRIVERS + QT + OUTER
    found = []
    for target in sorted(imports(source, module, is_package)):
        for prefix in forbidden:
            if (target == prefix or target.startswith(prefix + ".")) \
                    and (module, prefix) not in ALLOWED:
                found.append(f"{module} imports {target}")
    if layer in ("ui", "services", "domain"):
        found += [f"{module} holds SQL: {text.strip()[:40]!r}" for text in sql_literals(source)]
    return found


def test_no_module_crosses_a_layer():
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        problems += violations(module_name(path), path.read_text(encoding="utf-8"),
                               path.name == "__init__.py")
    assert problems == []


def test_every_allowed_edge_still_exists():
    """An exception that is no longer needed is removed, so that it cannot hide a new one."""
    for (module, prefix), _why in ALLOWED.items():
        path = PACKAGE.parent / (module.replace(".", "/") + ".py")
        assert any(t.startswith(prefix) for t in imports(path.read_text(), module)), module


def test_the_walk_sees_each_kind_of_forbidden_edge():
    assert violations("ssa_desktop.ui.x.area", "from ...storage import repositories as repo") \
        == ["ssa_desktop.ui.x.area imports ssa_desktop.storage",
            "ssa_desktop.ui.x.area imports ssa_desktop.storage.repositories"]
    assert violations("ssa_desktop.services.x", "import sqlcipher3") \
        == ["ssa_desktop.services.x imports sqlcipher3"]
    assert violations("ssa_desktop.domain.x", "from PySide6.QtCore import QDate") \
        == ["ssa_desktop.domain.x imports PySide6.QtCore", "ssa_desktop.domain.x imports "
            "PySide6.QtCore.QDate"]
    assert violations("ssa_desktop.domain.x", "from ..services import persons") \
        == ["ssa_desktop.domain.x imports ssa_desktop.services",
            "ssa_desktop.domain.x imports ssa_desktop.services.persons"]
    assert violations("ssa_desktop.services.x", 'q = "SELECT id FROM person"') \
        == ["ssa_desktop.services.x holds SQL: 'SELECT id FROM person'"]
    # allowed: ui → services, services → storage, domain → domain
    assert violations("ssa_desktop.ui.x.area", "from ...services import persons") == []
    assert violations("ssa_desktop.services.x", "from ..storage import repositories") == []
    assert violations("ssa_desktop.domain.x", "from . import clock") == []


def system_clock_reads(source: str) -> list[str]:
    """``date.today`` / ``datetime.now`` / ``datetime.today`` outside the clock."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in ("today", "now", "utcnow") \
                and isinstance(node.value, ast.Name) and node.value.id in ("date", "datetime"):
            found.append(f"{node.value.id}.{node.attr}")
    return found


def test_only_the_clock_reads_the_system_time():
    clock = PACKAGE / "domain" / "clock.py"
    problems = {str(path.relative_to(PACKAGE)): reads for path in sorted(PACKAGE.rglob("*.py"))
                if path != clock and (reads := system_clock_reads(path.read_text("utf-8")))}
    assert problems == {}
    assert sorted(system_clock_reads("x = date.today()\ny = datetime.now")) == [
        "date.today", "datetime.now"]


def test_no_test_reads_the_wall_clock():
    """Tests stand the clock (``frozen_clock``, ``clock.frozen``) instead of reading the
    system's date: a test must not depend on the day or the hour it runs (midnight, the
    school-year change on 31 July/1 August)."""
    tests = Path(__file__).resolve().parent
    problems = {str(path.relative_to(tests)): reads for path in sorted(tests.rglob("*.py"))
                if (reads := system_clock_reads(path.read_text("utf-8")))}
    assert problems == {}
