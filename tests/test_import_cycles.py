"""No two modules of the package import each other, directly or round a longer circle
(issue 65: ``domain/retention`` ↔ ``retention_engine``, the time-share trio, ``ui/context``
↔ ``ui/common/autolock``). Every import counts: at the top, in a function or for the type
checker – a late import only holds a circle apart. ``HELD_APART`` names those left, with
their reason."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "ssa_desktop"


def _name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(module: str, tree: ast.Module, known: set[str]) -> set[str]:
    """The package's modules ``module`` imports anywhere: at its top level, in a function
    (a late import is still a circle, only held apart) or for the type checker.
    ``from pkg import sub`` counts as ``pkg.sub`` alone when ``sub`` is a module."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = module.split(".")
                base = base[:len(base) - node.level + (1 if module in PACKAGES else 0)]
                origin = ".".join(base + ([node.module] if node.module else []))
            else:
                origin = node.module or ""
            subs = {f"{origin}.{a.name}" for a in node.names} & known
            found |= subs if len(subs) == len(node.names) else subs | {origin}
    return {name for name in found if name in known}


PACKAGES = {_name(p) for p in PACKAGE.rglob("__init__.py")}


def graph() -> dict[str, set[str]]:
    files = {_name(p): p for p in PACKAGE.rglob("*.py")}
    known = set(files)
    return {name: imports_of(name, ast.parse(path.read_text("utf-8")), known) - {name}
            for name, path in files.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(edges.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(found)


def test_the_cycle_finder_sees_a_circle_of_three_and_not_a_chain():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": {"c"}}) == []


def test_the_import_reader_sees_late_and_type_checking_imports():
    tree = ast.parse("from typing import TYPE_CHECKING\nfrom . import b\n"
                     "if TYPE_CHECKING:\n    from .c import C\n"
                     "def f():\n    from .. import d\n")
    known = {"ssa_desktop.x.a", "ssa_desktop.x.b", "ssa_desktop.x.c", "ssa_desktop.d",
             "ssa_desktop.x", "ssa_desktop"}
    assert imports_of("ssa_desktop.x.a", tree, known) == {
        "ssa_desktop.x.b", "ssa_desktop.x.c", "ssa_desktop.d"}


HELD_APART = {
    ("ssa_desktop.storage.migrations", "ssa_desktop.storage.migrations.completion",
     "ssa_desktop.storage.migrations.ledger"):
        "the migration chain and its checks call each other (upgrade → verify → "
        "completion_plan → upgrade up to a version); one module's parts, split for size",
}


def test_no_module_imports_itself_round_a_circle():
    found = [tuple(g) for g in cycles(graph())]
    assert [g for g in found if g not in HELD_APART] == [], "import circles"
    assert [g for g in HELD_APART if g not in found] == [], "gone: remove from HELD_APART"
