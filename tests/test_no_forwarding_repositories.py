"""A repository function that only hands its arguments to a mapper table (``def
get_person(conn, id): return repo.PERSONS.get(conn, id)``) adds a hop and no meaning:
reading a row by id is the mapper's job (storage/mapper.py), and a service calls the
table itself. The scan finds, in ``ssa_desktop/storage``, every function whose body (its
docstring aside) is one call of ``<TABLE>.<method>`` or ``<module>.<TABLE>.<method>``
with exactly its own parameters, in order."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.support.one_call_bodies import one_call_functions

STORAGE = Path(__file__).resolve().parents[1] / "ssa_desktop" / "storage"


def _params(fn: ast.FunctionDef) -> list[str]:
    a = fn.args
    return [x.arg for x in (*a.posonlyargs, *a.args, *a.kwonlyargs)]


def _passes_on(call: ast.Call) -> list[str] | None:
    names = [x.id for x in call.args if isinstance(x, ast.Name)]
    names += [k.value.id for k in call.keywords if isinstance(k.value, ast.Name) and k.arg == k.value.id]
    return names if len(names) == len(call.args) + len(call.keywords) else None


def _on_a_table(func: ast.expr) -> bool:
    """``X.method`` or ``module.X.method`` with X in capitals (a mapper table)."""
    if not isinstance(func, ast.Attribute):
        return False
    owner = func.value
    name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
    return name.isupper()


def table_forwarders(source: str) -> list[str]:
    found = []
    for node, call in one_call_functions(ast.parse(source), top_level_only=False):
        if _on_a_table(call.func) \
                and _passes_on(call) == [p for p in _params(node) if p != "self"]:
            found.append(node.name)
    return found


def test_no_repository_function_only_forwards_to_a_mapper_table():
    found = [f"{path.relative_to(STORAGE)}: {name}" for path in sorted(STORAGE.rglob("*.py"))
             for name in table_forwarders(path.read_text("utf-8"))]
    assert found == [], f"call the mapper table instead: {found}"


def test_the_scan_sees_a_forwarder_but_not_a_query():
    source = ('def get_person(conn, person_id):\n    """One person."""\n'
              '    return repo.PERSONS.get(conn, person_id)\n'
              'def delete(conn, doc_id):\n    DOCUMENTS.delete(conn, doc_id)\n'
              'def open_cases(conn, person_id):\n'
              '    return repo.CASES.all(conn, where="person_id = ?", params=(person_id,))\n'
              'def titles(conn):\n    return helper(conn)\n')
    assert table_forwarders(source) == ["get_person", "delete"]
