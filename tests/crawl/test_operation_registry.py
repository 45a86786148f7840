"""The crawl's list of operations is complete: every use case declared with ``@writes``
anywhere in the product is run by an operation of ``OPERATIONS`` or named in ``EXEMPT``
with its reason; neither list names a use case that is gone."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.crawl.operations import EXEMPT, OPERATIONS

ROOT = Path(__file__).resolve().parents[2]


def _is_writes(decorator: ast.expr) -> bool:
    func = decorator.func if isinstance(decorator, ast.Call) else decorator
    return (isinstance(func, ast.Name) and func.id == "writes") or (
        isinstance(func, ast.Attribute) and func.attr == "writes")


def declared_use_cases() -> set[str]:
    """"<module>.<function>" of every function decorated ``@writes(...)``."""
    found = set()
    for path in sorted((ROOT / "ssa_desktop").rglob("*.py")):
        module = path.relative_to(ROOT).with_suffix("").as_posix().replace("/", ".")
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.FunctionDef) and any(map(_is_writes, node.decorator_list)):
                found.add(f"{module}.{node.name}")
    return found


def covered() -> set[str]:
    return {f"{fn.__module__}.{fn.__qualname__}" for op in OPERATIONS for fn in op.covers}


def test_every_use_case_that_writes_is_crawled_or_exempt_with_a_reason():
    declared = declared_use_cases()
    assert len(declared) > 100   # the scan sees the services
    assert sorted(declared - covered() - set(EXEMPT)) == []
    assert sorted(covered() & set(EXEMPT)) == []
    assert all(reason.strip() for reason in EXEMPT.values())


def test_neither_list_names_a_use_case_that_is_gone():
    declared = declared_use_cases()
    assert sorted(covered() - declared) == []
    assert sorted(set(EXEMPT) - declared) == []


def test_operation_names_are_unique():
    names = [op.name for op in OPERATIONS]
    assert len(names) == len(set(names))
