"""One operation protocol (docs/architecture.md "Operations and changes"): a use case
declares what it writes, the one runner (``AppContext.apply``/``perform``) tells the
views. An AST walk over the package:

- no view broadcasts by hand: ``broadcast(`` and ``changes.emit(`` are called only
  inside ``ui/context.py``;
- one way to report a change: use cases declare with ``@writes`` and return their plain
  value; no function returns an ``Outcome`` (the runner's record of one run, built only
  by ``operations.run``) and only the runner imports it.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "ssa_desktop"
RUNNER = PACKAGE / "ui" / "context.py"


def _sources(folder: Path):
    for path in sorted(folder.rglob("*.py")):
        yield path, ast.parse(path.read_text(encoding="utf-8"), str(path))


def broadcasts(tree: ast.AST) -> list[int]:
    """Lines that call ``broadcast`` (``ctx.broadcast(...)``, ``broadcast(...)``)."""
    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
            if name == "broadcast":
                lines.append(node.lineno)
    return lines


def test_views_never_broadcast_by_hand():
    found = [f"{path.relative_to(PACKAGE)}:{line}"
             for path, tree in _sources(PACKAGE) if path != RUNNER
             for line in broadcasts(tree)]
    assert found == [], ("a view broadcasts by hand; let the use case declare what it "
                         f"writes (@writes) and run it through ctx.apply/perform: {found}")


def test_the_broadcast_finder_sees_both_forms():
    tree = ast.parse("self.ctx.broadcast(Changes.of('x'))\nbroadcast(c)\nctx.perform(f)\n")
    assert broadcasts(tree) == [1, 2]


def change_emits(tree: ast.AST) -> list[int]:
    """Lines that emit the context's ``changes`` signal (``ctx.changes.emit(...)``)."""
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "emit" and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr == "changes"]


def test_views_never_emit_changes_by_hand():
    found = [f"{path.relative_to(PACKAGE)}:{line}"
             for path, tree in _sources(PACKAGE) if path != RUNNER
             for line in change_emits(tree)]
    assert found == [], ("a view emits ctx.changes by hand; only the runner tells the "
                         f"views what a use case wrote: {found}")


def test_the_emit_finder_sees_the_signal_and_not_other_emits():
    tree = ast.parse("self.ctx.changes.emit(c)\nctx.changes.emit(c)\nself.done.emit(1)\n")
    assert change_emits(tree) == [1, 2]


def test_changes_has_no_everything():
    from ssa_desktop.services.operations import Changes
    assert not hasattr(Changes, "everything")


def outcome_returns(tree: ast.AST) -> list[str]:
    """Functions that return ``outcome(...)`` or ``Outcome(...)``."""
    names = []
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(fn):
            if (isinstance(node, ast.Return) and isinstance(node.value, ast.Call)
                    and getattr(node.value.func, "id", getattr(node.value.func, "attr", ""))
                    in ("outcome", "Outcome")):
                names.append(fn.name)
                break
    return names


OPERATIONS = PACKAGE / "services" / "operations.py"


def outcome_returners() -> list[str]:
    return [f"{path.relative_to(PACKAGE)}:{name}"
            for path, tree in _sources(PACKAGE) if path != OPERATIONS
            for name in outcome_returns(tree)]


def test_no_function_returns_an_outcome():
    found = outcome_returners()
    assert found == [], (
        "a use case declares what it writes with @writes(DataKind...) and returns its "
        f"plain value, never an Outcome: {found}")


def test_the_outcome_finder_sees_both_spellings():
    tree = ast.parse("def f():\n    return outcome(1, 'x')\n"
                     "def g():\n    return Outcome(1)\n"
                     "def h():\n    return 1\n")
    assert outcome_returns(tree) == ["f", "g"]


def outcome_imports(tree: ast.AST) -> list[str]:
    """``Outcome``/``outcome`` imported from ``operations``, or reached as an attribute."""
    found = [alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
             and (node.module or "").endswith("operations")
             for alias in node.names if alias.name in ("Outcome", "outcome")]
    found += [node.attr for node in ast.walk(tree) if isinstance(node, ast.Attribute)
              and node.attr in ("Outcome", "outcome")
              and getattr(node.value, "id", "") == "operations"]
    return found


def test_only_the_runner_knows_the_outcome_of_a_run():
    found = [f"{path.relative_to(PACKAGE)}: {name}"
             for path, tree in _sources(PACKAGE) if path not in (OPERATIONS, RUNNER)
             for name in outcome_imports(tree)]
    assert found == [], ("only operations.run and ui/context.py handle the Outcome of a "
                         f"run; a use case returns its value: {found}")


def test_a_use_case_is_declared_once_and_returns_its_value():
    from ssa_desktop.services import operations, retention, settings

    assert not hasattr(operations, "outcome") and not hasattr(operations, "split")
    for fn in (settings.set_value, settings.reset, settings.set_text, retention.apply,
               retention.apply_due, retention.check_at_unlock, retention.restrict,
               retention.lift_restriction, retention.add_hold, retention.lift_hold,
               retention.decide, retention.not_needed_after_review, retention.apply_9b,
               retention.classify_9b, retention.set_period, retention.delete_handed_over):
        assert operations.changes_of(fn), fn.__name__
