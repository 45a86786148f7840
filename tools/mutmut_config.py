"""mutmut 2 reads ``mutmut_config`` from the working directory: ``tools/mutation.sh``
copies this file there for a module with ``ROUTES`` and removes it afterwards.

``pre_mutation`` runs before each mutant: a mutant on a line of a routed part runs only
that part's tests instead of the module's whole selection (``MUTATION_ROUTES``:
``first-last:test files|...``, 1-based lines, from the script). A part whose rules are
proved by a few test files then costs those files, not every file of the module.

It also skips a mutant that changes nothing but a type annotation in a module with
``from __future__ import annotations`` (``annotation_only``): there no annotation is ever
evaluated (nothing in the product reads them: no ``get_type_hints``, no field types), so
no test can tell such a mutant apart. mutmut 2 leaves the annotations of parameters,
return values and bare fields alone itself; this covers those of fields with a default
(``x: str | None = None``). A skipped mutant is not counted in the score."""

from __future__ import annotations

import ast
import os


def _routes() -> list[tuple[int, int, str]]:
    routes = []
    for route in filter(None, os.environ.get("MUTATION_ROUTES", "").split("|")):
        lines, tests = route.split(":", 1)
        first, last = lines.split("-")
        routes.append((int(first), int(last), tests))
    return routes


def pre_mutation(context) -> None:
    _skip_annotation_only(context)
    if context.skip:
        return
    line = context.mutation_id.line_number + 1      # mutmut counts lines from 0
    default_tests = os.environ.get("MUTATION_TESTS", "")
    for first, last, tests in _routes():
        if first <= line <= last and default_tests:
            context.config.test_command = context.config.test_command.replace(
                default_tests, " " + tests)
            return


def _without_annotations(tree: ast.Module) -> str:
    for node in ast.walk(tree):
        if isinstance(node, ast.AnnAssign):
            node.annotation = ast.Constant(None)
        elif isinstance(node, ast.arg):
            node.annotation = None
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            node.returns = None
    return ast.dump(tree)


def _lazy_annotations(tree: ast.Module) -> bool:
    return any(isinstance(node, ast.ImportFrom) and node.module == "__future__"
               and any(a.name == "annotations" for a in node.names) for node in tree.body)


def annotation_only(original: str, mutated: str) -> bool:
    """Whether ``mutated`` differs from ``original`` in annotations alone, in a module
    whose annotations are never evaluated."""
    before, after = ast.parse(original), ast.parse(mutated)
    return (_lazy_annotations(before) and ast.dump(before) != ast.dump(after)
            and _without_annotations(before) == _without_annotations(after))


def _skip_annotation_only(context) -> None:
    from mutmut import Context, mutate

    with open(context.filename, encoding="utf-8") as f:
        original = f.read()
    mutant = Context(source=original, mutation_id=context.mutation_id,
                     filename=context.filename, dict_synonyms=context.dict_synonyms)
    mutated, _ = mutate(mutant)
    if skipped(original, mutated):
        context.skip = True


def skipped(original: str, mutated: str) -> bool:
    """Whether ``mutated`` is no mutant to test: annotations alone changed, or a text
    Python cannot compile (mutmut 2 makes ``[/x]`` of ``[*x]``; parsing it raised in
    mutmut's worker, and the run hung)."""
    try:
        compile(mutated, "<mutant>", "exec", dont_inherit=True)
    except SyntaxError:
        return True
    return annotation_only(original, mutated)
