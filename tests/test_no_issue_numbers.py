"""Product code explains itself: no "issue N" in ssa_desktop/ (the history is in git and in
the issue tracker; a successor reads what the code does and why, not which ticket brought
it). Test folders are named by behaviour too."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ISSUE = re.compile(r"\b[Ii]ssues?\s*[0-9]+")


def test_no_issue_numbers_in_product_code():
    found = []
    for path in sorted((ROOT / "ssa_desktop").rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if ISSUE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert found == []


def test_no_test_folder_is_named_after_an_issue():
    named = [str(p.relative_to(ROOT)) for p in (ROOT / "tests").rglob("*") if p.is_dir()
             and re.search(r"[0-9]{2}$", p.name)
             and "data" not in p.relative_to(ROOT).parts]  # old vaults by schema version
    assert named == []
