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

# (module, imported module prefix): why the edge is right despite the rules below.
ALLOWED: dict[tuple[str, str], str] = {
    ("ssa_desktop.cli", "ssa_desktop.app"):
        "`ssa-desktop` without a command starts the GUI",
    ("ssa_desktop.cli_commands.vault", "ssa_desktop.ui.screenshots"):
        "`ssa-desktop screenshots` renders the GUI's windows (a developer command)",
    # the one atomic-write helper (temp file, fsync, os.replace) and the error it raises:
    # file plumbing without SQL or vault, shared by every writer
    ("ssa_desktop.exports.kvjs_csv", "ssa_desktop.storage.files"): "atomic file write",
    ("ssa_desktop.exports.kvjs_document", "ssa_desktop.storage.files"): "atomic file write",
    ("ssa_desktop.exports.kvjs_tidy", "ssa_desktop.storage.files"): "atomic file write",
    ("ssa_desktop.exports.kvjs_xlsx", "ssa_desktop.storage.files"): "atomic file write",
    ("ssa_desktop.exports.timeshare", "ssa_desktop.storage.files"): "atomic file write",
    ("ssa_desktop.exports.traeger_xlsx", "ssa_desktop.storage.files"): "atomic file write",
    ("ssa_desktop.reports.house", "ssa_desktop.storage.files"): "atomic file write",
    ("ssa_desktop.reports.house", "ssa_desktop.storage.errors"):
        "a failed PDF write is a WriteError, a VaultError (full disk: StorageFull)",
    ("ssa_desktop.reports.emergency_sheet", "ssa_desktop.storage.emergency"):
        "the emergency key's printed form is defined with the key itself",
}

DRIVERS = ("sqlite3", "sqlcipher3")
QT = ("PySide6", "shiboken6")
OUTER = tuple(f"ssa_desktop.{name}" for name in (
    "storage", "services", "ui", "reports", "exports", "cli", "cli_commands", "app"))
SQL = re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|PRAGMA|BEGIN|COMMIT|ROLLBACK|CREATE)\b")


def module_name(path: Path, package: Path = PACKAGE) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _type_only(tree: ast.AST) -> set[int]:
    """The nodes inside ``if TYPE_CHECKING:`` (imports for annotations, never run)."""
    return {id(n) for node in ast.walk(tree)
            if isinstance(node, ast.If) and isinstance(node.test, ast.Name)
            and node.test.id == "TYPE_CHECKING" for n in ast.walk(node)}


def imports(source: str, module: str, is_package: bool = False) -> set[str]:
    """Every module ``module`` imports at run time, at the top or inside a function
    (relative imports resolved; annotations under ``TYPE_CHECKING`` are no edge)."""
    found: set[str] = set()
    package = module if is_package else module.rpartition(".")[0]
    tree = ast.parse(source)
    type_only = _type_only(tree)
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue
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


def _within(target: str, prefix: str) -> bool:
    return target == prefix or target.startswith(prefix + ".")


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _pkg(*names: str) -> tuple[str, ...]:
    return tuple(f"ssa_desktop.{name}" for name in names)


# The rules, layer by layer: what a module of the layer must not import. From the top:
# ui/app and cli → services → reports/exports → storage → domain.
RULES: dict[str, tuple[str, ...]] = {
    # the GUI and its start-up: through the services, never the storage; files are
    # written by services (the GUI never calls an exporter itself)
    "ui": _pkg("storage", "exports", "cli", "cli_commands"),
    "app": _pkg("storage", "exports", "cli", "cli_commands"),
    # the command line goes through the services like the GUI
    "cli": _pkg("storage", "ui", "app"),
    "cli_commands": _pkg("storage", "ui", "app"),
    # use cases: no Qt, no driver, nothing above them
    "services": DRIVERS + QT + _pkg("ui", "app", "cli", "cli_commands"),
    # documents and files from values handed to them: no use case, no vault, no GUI
    "reports": DRIVERS + QT + _pkg("services", "storage", "ui", "app", "cli", "cli_commands"),
    "exports": DRIVERS + QT + _pkg("services", "storage", "ui", "app", "cli", "cli_commands"),
    # SQL and files: nothing above it
    "storage": QT + _pkg("services", "reports", "exports", "ui", "app", "cli", "cli_commands"),
    # pure rules
    "domain": DRIVERS + QT + OUTER,
    # the leaves under domain: German figures and dates, where the shipped files lie,
    # the process's hardening (with its Windows access list and installer mutexes), the
    # Windows version number, the crash log; every layer
    # may use them, they use only domain
    "formatting": DRIVERS + QT + OUTER,
    "paths": DRIVERS + QT + OUTER,
    "hardening": DRIVERS + QT + OUTER,
    "process_dacl": DRIVERS + QT + OUTER,
    "app_mutex": DRIVERS + QT + OUTER,
    "release_version": DRIVERS + QT + OUTER,
    "diagnostics": DRIVERS + QT + OUTER,
    # beside the layers: the demo generator writes through services and storage, the
    # self-test probes storage and Qt's translations; neither builds a window or a command
    "demo": QT + _pkg("ui", "app", "cli", "cli_commands"),
    "selftest": _pkg("ui", "app", "cli", "cli_commands"),
}
# The program's entry points start whichever side is asked for: every layer is theirs.
ENTRY_POINTS = {"", "__main__", "launch"}


def violations(module: str, source: str, is_package: bool = False) -> list[str]:
    layer = _layer(module)
    forbidden = RULES.get(layer, ())
    found = []
    for target in sorted(imports(source, module, is_package)):
        for prefix in forbidden:
            if _within(target, prefix) and not any(
                    _within(target, allowed) for (m, allowed) in ALLOWED if m == module):
                found.append(f"{module} imports {target}")
    if layer in ("ui", "services", "domain"):
        found += [f"{module} holds SQL: {text.strip()[:40]!r}" for text in sql_literals(source)]
    return found


def test_every_module_stands_in_a_layer():
    """A new top-level module is placed in the diagram (docs/architecture.md) and gets
    its rule here before it is used."""
    unplaced = sorted({_layer(module_name(path)) for path in PACKAGE.rglob("*.py")}
                      - RULES.keys() - ENTRY_POINTS)
    assert unplaced == []


def test_no_module_crosses_a_layer():
    problems = []
    for path in sorted(PACKAGE.rglob("*.py")):
        problems += violations(module_name(path), path.read_text(encoding="utf-8"),
                               path.name == "__init__.py")
    assert problems == []


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """module -> the package's modules it imports at run time (top level or in a
    function). A package's ``__init__`` is an edge like any module (``cli`` importing
    ``cli_commands``, whose ``__init__`` imported ``cli`` back, was a loop), except from
    the modules inside it: Python runs a package's ``__init__`` before them anyway."""
    paths = {module_name(p, package): p for p in sorted(package.rglob("*.py"))}
    graph = {}
    for module, path in paths.items():
        targets = imports(path.read_text(encoding="utf-8"), module, path.name == "__init__.py")
        graph[module] = {t for t in targets if t in paths and t != module
                         and not module.startswith(t + ".")}
    return graph


def import_loops(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a circle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    loops = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                loops.append(sorted(group))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return loops


def test_no_import_loops():
    """No two modules import each other, not even inside a function (the loops
    exports/timeshare ↔ reports/timeshare, services/backups ↔ services/retention and
    storage/backup ↔ storage/backup_rotation are gone)."""
    assert import_loops(import_graph()) == []
    assert import_loops({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_a_loop_through_a_packages_init_is_seen(tmp_path):
    """The loop the command line had: ``cli`` imports the registry in ``cli_commands``'s
    ``__init__`` (inside a function), and that ``__init__`` imports ``cli``."""
    root = tmp_path / "ssa_desktop"
    (root / "cli_commands").mkdir(parents=True)
    (root / "__init__.py").write_text("")
    (root / "cli.py").write_text("def parser():\n    from .cli_commands import COMMANDS\n")
    (root / "cli_commands" / "__init__.py").write_text("from .. import cli\nfrom . import a\n")
    (root / "cli_commands" / "a.py").write_text("from . import common\n")
    (root / "cli_commands" / "common.py").write_text("")
    assert import_loops(import_graph(root)) == [
        ["ssa_desktop.cli", "ssa_desktop.cli_commands"]]
    (root / "cli_commands" / "__init__.py").write_text("from . import a\n")
    assert import_loops(import_graph(root)) == []  # a module importing its own package: no loop


def test_only_the_entry_points_import_cli():
    """The commands share ``cli_commands.common``; ``cli`` is the command line alone,
    imported by the program's entry point (``launch``) when there is a command."""
    entry_points = {"ssa_desktop.launch"}
    importers = sorted(m for m, targets in import_graph().items()
                       if "ssa_desktop.cli" in targets and m not in entry_points)
    assert importers == []


def test_function_level_and_type_only_imports():
    source = "def f():\n    from ..services import x\nif TYPE_CHECKING:\n    from ..ui import y\n"
    assert imports(source, "ssa_desktop.reports.r") == {
        "ssa_desktop.services", "ssa_desktop.services.x"}


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
    # the new rules: reports/exports below the services, storage below all, cli like the GUI
    assert violations("ssa_desktop.reports.x", "from ..services import timeshare") == [
        "ssa_desktop.reports.x imports ssa_desktop.services",
        "ssa_desktop.reports.x imports ssa_desktop.services.timeshare"]
    assert violations("ssa_desktop.exports.x", "from ..storage import repositories") == [
        "ssa_desktop.exports.x imports ssa_desktop.storage",
        "ssa_desktop.exports.x imports ssa_desktop.storage.repositories"]
    assert violations("ssa_desktop.storage.x", "from ..services import retention") == [
        "ssa_desktop.storage.x imports ssa_desktop.services",
        "ssa_desktop.storage.x imports ssa_desktop.services.retention"]
    assert violations("ssa_desktop.cli_commands.x", "from ..storage.vault import Vault") == [
        "ssa_desktop.cli_commands.x imports ssa_desktop.storage.vault",
        "ssa_desktop.cli_commands.x imports ssa_desktop.storage.vault.Vault"]
    assert violations("ssa_desktop.services.x", "from ..reports import slips") == []


def system_clock_reads(source: str) -> list[str]:
    """``date.today`` / ``datetime.now`` / ``datetime.today`` outside the clock."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in ("today", "now", "utcnow"):
            owner = node.value  # date / datetime, or the module's datetime.date / .datetime
            if isinstance(owner, ast.Attribute) and isinstance(owner.value, ast.Name) \
                    and owner.value.id == "datetime":
                owner = ast.Name(owner.attr)
            if isinstance(owner, ast.Name) and owner.id in ("date", "datetime"):
                found.append(f"{owner.id}.{node.attr}")
    return found


def test_only_the_clock_reads_the_system_time():
    clock = PACKAGE / "domain" / "clock.py"
    problems = {str(path.relative_to(PACKAGE)): reads for path in sorted(PACKAGE.rglob("*.py"))
                if path != clock and (reads := system_clock_reads(path.read_text("utf-8")))}
    assert problems == {}
    assert sorted(system_clock_reads("x = date.today()\ny = datetime.now")) == [
        "date.today", "datetime.now"]
    assert sorted(system_clock_reads("x = datetime.date.today()\ny = datetime.datetime.now()"
                                     "\nz = clock.today()\nw = run.today")) == [
        "date.today", "datetime.now"]


def own_clocks(source: str) -> list[str]:
    """Parameters that let a caller hand in a clock of its own: a default of
    ``clock.today`` / ``clock.now`` (the function, not its value)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        args = node.args
        positional = [*args.posonlyargs, *args.args]
        pairs = [*zip(positional[len(positional) - len(args.defaults):], args.defaults, strict=True),
                 *((a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
                   if d is not None)]
        for arg, default in pairs:
            if (isinstance(default, ast.Attribute) and isinstance(default.value, ast.Name)
                    and default.value.id == "clock" and default.attr in ("today", "now")):
                found.append(f"{node.name}({arg.arg}=clock.{default.attr})")
    return found


def test_no_widget_keeps_a_clock_of_its_own():
    """The GUI reads the one clock (``domain.clock``) where it needs the day; no widget
    takes a ``today=`` of its own that a caller (or a test) could set apart from it."""
    ui = PACKAGE / "ui"
    problems = {str(path.relative_to(PACKAGE)): found for path in sorted(ui.rglob("*.py"))
                if (found := own_clocks(path.read_text("utf-8")))}
    assert problems == {}
    assert own_clocks("def f(a, today=clock.today, *, now=clock.now): pass") == [
        "f(today=clock.today)", "f(now=clock.now)"]
    assert own_clocks("def f(day=None):\n    return clock.today()") == []


def test_no_test_reads_the_wall_clock():
    """Tests stand the clock (``frozen_clock``, ``clock.frozen``) instead of reading the
    system's date: a test must not depend on the day or the hour it runs (midnight, the
    school-year change on 31 July/1 August)."""
    tests = Path(__file__).resolve().parent
    problems = {str(path.relative_to(tests)): reads for path in sorted(tests.rglob("*.py"))
                if (reads := system_clock_reads(path.read_text("utf-8")))}
    assert problems == {}
