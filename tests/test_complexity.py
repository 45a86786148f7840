"""No product function is harder to follow than cyclomatic complexity 20 (radon's count,
closures and methods included). Ruff's C901 holds functions to 15 by its own count; radon
counts more (every boolean operator, among others), and above 20 by radon's count a
successor can no longer read a function in one go. Split one that crosses it into named
steps (docs/architecture.md, "Readable rules").

The rule and service layers (domain/, services/, exports/) hold the decisions a successor
must check against the law and the KVJS form: there the limit is 15 by radon's count too.
The functions still above it are listed in ``RULE_LAYER_DEBTS`` with their count; the list
only shrinks: a listed function may not grow, and one brought to 15 or below must leave the
list."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from radon.complexity import cc_visit
from radon.visitors import Function

import ssa_desktop

CEILING = 20
RULE_LAYER_CEILING = 15
RULE_LAYERS = ("domain", "services", "exports")
PACKAGE = Path(ssa_desktop.__file__).parent

# Rule-layer functions above RULE_LAYER_CEILING today ("module:function": radon's count).
# Split one into named steps when you next change it, then remove its line.
RULE_LAYER_DEBTS = {
    "services/statistics.py:describe": 20,
    "services/handover_return.py:check_return_rows": 20,
    "services/handover_confirm.py:_deletable": 19,
    "domain/kvjs_template.py:parse": 18,
    "services/timeshare.py:compute": 17,
    "services/interchange_merge.py:_merge_three_way": 16,
    "services/handover_deputy_work.py:_deputy_overview": 16,
}


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


def test_no_rule_layer_function_above_15_beyond_the_listed_debts():
    counts = _rule_layer_counts()
    too_complex = sorted(f"{name} ({n})" for name, n in counts.items()
                         if n > RULE_LAYER_DEBTS.get(name, RULE_LAYER_CEILING))
    assert too_complex == [], "split into named steps: " + "; ".join(too_complex)


def test_the_debt_list_only_shrinks():
    """A listed function brought to 15 or below, renamed or removed leaves the list."""
    counts = _rule_layer_counts()
    paid = sorted(name for name in RULE_LAYER_DEBTS
                  if counts.get(name, 0) <= RULE_LAYER_CEILING)
    assert paid == [], "remove from RULE_LAYER_DEBTS: " + ", ".join(paid)
    assert all(RULE_LAYER_CEILING < n <= CEILING for n in RULE_LAYER_DEBTS.values())


def test_the_count_sees_methods_and_closures():
    source = "class A:\n    def m(self, x):\n        def inner(y):\n" + \
        "".join(f"            if y == {i}:\n                return {i}\n" for i in range(CEILING + 1)) + \
        "        return inner(x)\n"
    [method] = [f for f in _functions(cc_visit(source)) if f.complexity > CEILING]
    assert method.name == "inner"
