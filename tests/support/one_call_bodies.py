"""For the forwarding checks (tests/test_no_forwarding_*.py): the one call a function's
body makes when, its docstring aside, the body is nothing else."""

from __future__ import annotations

import ast


def one_call_functions(tree: ast.AST, *, top_level_only: bool) -> list[tuple[ast.FunctionDef, ast.Call]]:
    """(function, its only call) of each undecorated function whose body is one call
    (returned or not)."""
    nodes = tree.body if top_level_only and isinstance(tree, ast.Module) else ast.walk(tree)
    found = []
    for node in nodes:
        if not isinstance(node, ast.FunctionDef) or node.decorator_list:
            continue
        body = [s for s in node.body
                if not (isinstance(s, ast.Expr) and isinstance(s.value, ast.Constant))]
        if len(body) == 1 and isinstance(body[0], (ast.Return, ast.Expr)) \
                and isinstance(body[0].value, ast.Call):
            found.append((node, body[0].value))
    return found
