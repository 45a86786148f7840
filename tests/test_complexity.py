"""No product function is harder to follow than cyclomatic complexity ``CEILING`` (radon's
count, closures and methods included). Ruff's C901 holds functions to 15 by its own count;
radon counts more (every boolean operator, among others), and above 20 by radon's count a
successor can no longer read a function in one go. The ceiling started at 20 and only comes
down: it is the largest count left (19); split the largest functions into named steps
(docs/architecture.md, "Readable rules") and lower it.

The rule and service layers (domain/, services/, exports/) hold the decisions a successor
must check against the law and the KVJS form: there the limit is 15 by radon's count, with
no exception."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Function

import ssa_desktop

CEILING = 19
RULE_LAYER_CEILING = 15
RULE_LAYERS = ("domain", "services", "exports")
PACKAGE = Path(ssa_desktop.__file__).parent

def _functions(blocks) -> Iterator[Function]:
    """Functions and methods (cc_visit lists methods beside their classes) with their closures."""
    for block in blocks:
        if isinstance(block, Function):
            yield block
            yield from _functions(block.closures)


def test_no_function_above_the_ceiling():
    assert PACKAGE.name == "ssa_desktop"
    too_complex = sorted(
        f"{path.relative_to(PACKAGE.parent)}:{f.lineno} {f.fullname} ({f.complexity})"
        for path in PACKAGE.rglob("*.py")
        for f in _functions(cc_visit(path.read_text(encoding="utf-8")))
        if f.complexity > CEILING)
    assert too_complex == [], "split into named steps: " + "; ".join(too_complex)


def _rule_layer_counts() -> dict[str, int]:
    """'module:function' -> radon's count, for every function of the rule layers."""
    counts: dict[str, int] = {}
    for layer in RULE_LAYERS:
        for path in (PACKAGE / layer).rglob("*.py"):
            module = path.relative_to(PACKAGE).as_posix()
            for f in _functions(cc_visit(path.read_text(encoding="utf-8"))):
                name = f"{module}:{f.fullname}"
                counts[name] = max(counts.get(name, 0), f.complexity)
    return counts


def test_no_rule_layer_function_above_15():
    too_complex = sorted(f"{name} ({n})" for name, n in _rule_layer_counts().items()
                         if n > RULE_LAYER_CEILING)
    assert too_complex == [], "split into named steps: " + "; ".join(too_complex)


def test_the_count_sees_methods_and_closures():
    source = "class A:\n    def m(self, x):\n        def inner(y):\n" + \
        "".join(f"            if y == {i}:\n                return {i}\n" for i in range(CEILING + 1)) + \
        "        return inner(x)\n"
    [method] = [f for f in _functions(cc_visit(source)) if f.complexity > CEILING]
    assert method.name == "inner"
