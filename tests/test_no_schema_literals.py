"""No test pins the schema version or the number of migration steps as a literal: a new
migration would otherwise touch every such test (docs/architecture.md, "Adding a field").
They read ``migrations.latest_version()``, ``migrations.shipped()`` or
``migrations.available()`` instead; an old fixture's own schema (``v6`` → 6) is no pin."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
PIN = re.compile(r"(schema_version\(\)|latest_version\(\)|len\(_ledger\([^)]*\)\))"
                 r"\s*==\s*\d+\b|STEP\.format\(n,\s*\d+\)")


def schema_pins(text: str) -> list[int]:
    return [text.count("\n", 0, m.start()) + 1 for m in PIN.finditer(text)]


def test_no_test_pins_the_schema_version_or_the_step_count():
    found = [f"{path.relative_to(TESTS)}:{line}" for path in sorted(TESTS.rglob("*.py"))
             if path != Path(__file__).resolve()
             for line in schema_pins(path.read_text(encoding="utf-8"))]
    assert found == [], f"read it from storage.migrations instead: {found}"


def test_the_scan_sees_a_pinned_version_and_step_count_but_not_a_derived_one():
    text = ("assert session.schema_version() == 22\n"
            "assert len(_ledger(session)) == 22\n"
            "[STEP.format(n, 21) for n in range(1, 22)]\n"
            "assert session.schema_version() == migrations.latest_version()\n")
    assert schema_pins(text) == [1, 2, 3]
