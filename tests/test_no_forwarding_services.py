"""A service function that only hands its own parameters to another service's function
(``def due_persons(conn, ids, today): return handover.due_persons(conn, ids, today)``)
adds a hop and a second name for one use case: its callers (ui, cli) may call the other
service themselves. And two services that forward to the same storage function are one
use case written twice. The scan reads ``ssa_desktop/services``; ``KEPT`` names the
forwarders left, each with its reason."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

from tests.support.one_call_bodies import one_call_functions

SERVICES = Path(__file__).resolve().parents[1] / "ssa_desktop" / "services"

KEPT = {
    "handover_deputy.deputy_documents":
        "the preview's documents under the package's name, beside its persons and due persons",
    "handover_deputy_work.deputy_documents":
        "the deputy's window reads her package only through handover_deputy_work "
        "(tests/handover/test_deputy_writes_offered.py lists its reads)",
    "handover_deputy_work.deputy_document_content": "as deputy_documents",
    "handover_deputy_work.case_goals": "as deputy_documents (goals.goals_of_case on a vault)",
    "overview.hidden_persons":
        "the overview's rule (restricted persons appear only in Datenschutz) has its name",
}


def _imported(tree: ast.Module, module: str) -> dict[str, str]:
    """Local name → the module it stands for, from ``from <pkg> import <module>`` lines
    (``services.x`` for a sibling, ``storage.y`` for a repository)."""
    names = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.level in (1, 2):
            package = "services" if node.level == 1 else (node.module or "")
            if node.level == 1 and node.module:
                continue    # from .x import f: a function, not a module
            for alias in node.names:
                names[alias.asname or alias.name] = f"{package}.{alias.name}"
    return names


def forwarders(source: str, module: str) -> list[tuple[str, str]]:
    """(function, the ``module.function`` it forwards to) of each function whose body,
    its docstring aside, is one call of an imported module's function with exactly its
    own parameters, in order."""
    tree = ast.parse(source)
    modules = _imported(tree, module)
    found = []
    for node, call in one_call_functions(tree, top_level_only=True):
        if not (isinstance(call.func, ast.Attribute)
                and isinstance(call.func.value, ast.Name) and call.func.value.id in modules):
            continue
        args = node.args
        params = [a.arg for a in (*args.posonlyargs, *args.args, *args.kwonlyargs)]
        passed = [a.id for a in call.args if isinstance(a, ast.Name)]
        passed += [k.arg for k in call.keywords
                   if isinstance(k.value, ast.Name) and k.arg == k.value.id]
        if passed == params and len(passed) == len(call.args) + len(call.keywords):
            found.append((node.name, f"{modules[call.func.value.id]}.{call.func.attr}"))
    return found


def _all() -> list[tuple[str, str]]:
    return [(f"{path.stem}.{name}", target) for path in sorted(SERVICES.glob("*.py"))
            for name, target in forwarders(path.read_text("utf-8"), path.stem)]


def test_no_service_only_forwards_to_another_service():
    found = [name for name, target in _all()
             if target.startswith("services.") and name not in KEPT]
    assert found == [], f"let the caller call the other service: {found}"
    assert sorted(set(KEPT) - {name for name, _ in _all()}) == [], "gone: remove from KEPT"


def test_no_storage_function_is_forwarded_by_two_services():
    by_target = defaultdict(list)
    for name, target in _all():
        if name not in KEPT:
            by_target[target].append(name)
    assert {t: n for t, n in by_target.items() if len(n) > 1} == {}, "one use case, one name"


def test_the_scan_sees_a_forwarder_but_not_a_rule():
    source = ("from . import handover, settings\nfrom ..storage import log_repo as lr\n"
              "from .handover import helper\n"
              "def due(conn, ids, today=None):\n    '''Due.'''\n"
              "    return handover.due_persons(conn, ids, today)\n"
              "def changes(conn):\n    return lr.changes(conn)\n"
              "def value(conn, option):\n    return settings.get(conn, option, default=1)\n"
              "def other(conn, ids):\n    return handover.due_persons(ids, conn)\n"
              "def local(conn):\n    return helper.x(conn)\n")
    assert forwarders(source, "m") == [("due", "services.handover.due_persons"),
                                       ("changes", "storage.log_repo.changes")]
