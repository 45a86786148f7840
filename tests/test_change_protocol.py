"""One operation protocol (docs/architecture.md "Operations and changes"): a use case
declares what it writes, the one runner (``AppContext.apply``/``perform``) tells the
views. An AST walk over the package:

- no view broadcasts by hand: ``broadcast(`` is called only inside ``ui/context.py``;
- one way to report a change: services declare with ``@writes``; the ``Outcome`` a use
  case returned is the older form, counted here and never growing (a ratchet: convert,
  then lower ``OUTCOME_RETURNS_LEFT``).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "ssa_desktop"
RUNNER = PACKAGE / "ui" / "context.py"

# Service functions still returning an Outcome (``return outcome(...)``/``Outcome(...)``).
OUTCOME_RETURNS_LEFT = 13


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


def remaining_outcome_returns() -> list[str]:
    return [f"{path.relative_to(PACKAGE)}:{name}"
            for path, tree in _sources(PACKAGE / "services")
            if path.name != "operations.py"
            for name in outcome_returns(tree)]


def test_no_new_use_case_returns_an_outcome():
    left = remaining_outcome_returns()
    assert len(left) <= OUTCOME_RETURNS_LEFT, (
        "a use case reports its changes with @writes(DataKind...), not by returning an "
        f"Outcome ({len(left)} left, at most {OUTCOME_RETURNS_LEFT}): {left}")
