"""Product code explains itself: no "issue N" in anything shipped – the package with its
migrations, the resources, the translations, the packaging (the history is in git and in
CHANGELOG.md; a successor reads what the code does and why, not which ticket brought it).
A released migration is the one exception: its bytes are checksummed in every vault's
ledger (storage/migrations/ledger.txt), so it stays as it was shipped. Test folders are
named by behaviour too."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ISSUE = re.compile(r"\b[Ii]ssues?\s*[0-9]+")


SHIPPED = ("ssa_desktop", "resources", "translations", "packaging")
TEXT = {".py", ".sql", ".txt", ".toml", ".json", ".ts", ".iss", ".wxs", ".spec", ".ps1", ".sh",
        ".cfg", ".ini", ".xml", ".html", ".css"}
LEDGER = ROOT / "ssa_desktop" / "storage" / "migrations" / "ledger.txt"


def released_migrations() -> set[Path]:
    """The migration files as released: named in the ledger with the checksum they still
    have (an edited one is no longer the released file and is checked like any other)."""
    from ssa_desktop.domain.digests import sha256

    released = set()
    folder = LEDGER.parent
    for line in LEDGER.read_text("utf-8").splitlines():
        number, name, digest = line.split()
        path = folder / f"{number}_{name}.sql"
        if path.exists() and sha256(path.read_bytes()).hexdigest() == digest:
            released.add(path)
    return released


def issue_lines(paths, exempt: set[Path] = frozenset()) -> list[str]:
    found = []
    for path in paths:
        if path in exempt or path.suffix not in TEXT or not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            if ISSUE.search(line):
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    return found


def test_no_issue_numbers_in_shipped_files():
    paths = sorted(p for folder in SHIPPED for p in (ROOT / folder).rglob("*")
                   if p.name != "README.md")
    assert issue_lines(paths, released_migrations()) == []


def test_a_migration_is_exempt_only_as_released(tmp_path):
    """A new migration (or an edited released one) is checked like any file."""
    released = released_migrations()
    assert len(released) == len(LEDGER.read_text("utf-8").splitlines())
    shipped = ROOT / "ssa_desktop" / "storage" / "migrations" / "0015_i28_handover_items.sql"
    assert shipped in released
    assert issue_lines([shipped], set()) != []      # it does name its issue: exempt, not clean


def test_no_test_folder_is_named_after_an_issue():
    named = [str(p.relative_to(ROOT)) for p in (ROOT / "tests").rglob("*") if p.is_dir()
             and re.search(r"[0-9]{2}$", p.name)
             and "data" not in p.relative_to(ROOT).parts]  # old vaults by schema version
    assert named == []
