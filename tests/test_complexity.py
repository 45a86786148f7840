"""No product function is harder to follow than cyclomatic complexity 20 (radon's count,
closures and methods included). Ruff's C901 holds functions to 15 by its own count; radon
counts more (every boolean operator, among others), and above 20 by radon's count a
successor can no longer read a function in one go. Split one that crosses it into named
steps (docs/architecture.md, "Readable rules")."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Function

import ssa_desktop

CEILING = 20
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


def test_the_count_sees_methods_and_closures():
    source = "class A:\n    def m(self, x):\n        def inner(y):\n" + \
        "".join(f"            if y == {i}:\n                return {i}\n" for i in range(CEILING + 1)) + \
        "        return inner(x)\n"
    [method] = [f for f in _functions(cc_visit(source)) if f.complexity > CEILING]
    assert method.name == "inner"
