"""The architecture, testing and performance notes state today's rules in few lines (the
history is in CHANGELOG.md and git): each stays within 500 lines, so that a successor finds
the current rule quickly."""

from __future__ import annotations

from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.parametrize("name", ["architecture.md", "testing.md", "performance.md"])
def test_a_note_of_todays_rules_stays_short(name):
    lines = (DOCS / name).read_text(encoding="utf-8").splitlines()
    assert len(lines) <= 500, f"docs/{name} has {len(lines)} lines"
