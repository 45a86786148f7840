"""Every third-party module the tests, tools and benchmarks import is installed by the
project's own files before the suite runs: a runtime dependency or the ``test`` extra (or
something one of them brings). CI installs only those (`.ci/run`); a module present in a
developer's venv but declared only in ``dev`` passed every local run and failed CI (session 7:
tools/kill_selection.py's mutmut import, driven by tests/test_kill_selection.py)."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib import metadata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANNED = ("tests", "tools", "benchmarks")
# not from pip, each with the reason
ELSEWHERE = {
    "pyatspi": "the system's package (.ci/run's apt-get line); its tests skip without it",
    "gi": "the system's package, with pyatspi",
    "orca": "tests/ui/a11y/orca_customizations.py runs inside Orca's own process",
    "shibokensupport": "shiboken6's own module (PySide6), not listed by packages_distributions",
    "wordfreq": "tools/make_passphrase_words.py, run by hand (its docstring says how)",
}


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement.strip(), maxsplit=1)[0].lower().replace("_", "-")


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = [_name(r) for r in project["dependencies"]]
    wanted += [_name(r) for r in project["optional-dependencies"]["test"]]
    seen: set[str] = set()
    while wanted:                       # what the declared ones bring along
        name = wanted.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            requires = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        wanted += [_name(r) for r in requires if "extra ==" not in r]
    return seen


def _first_party() -> set[str]:
    names = {"ssa_desktop", "tests", "tools", "benchmarks", "packaging", "conftest"}
    for folder in SCANNED:
        for path in (ROOT / folder).rglob("*.py"):
            names.add(path.stem)
            names.update(part for part in path.relative_to(ROOT).parts[:-1])
    return names


def imported_modules(source: str) -> set[str]:
    """Top-level names of every absolute import in ``source``, nested ones included."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module.split(".")[0])
    return found


def undeclared() -> dict[str, list[str]]:
    declared, local = _declared(), _first_party()
    distributions = metadata.packages_distributions()
    missing: dict[str, list[str]] = {}
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for module in imported_modules(path.read_text(encoding="utf-8")):
                if module in sys.stdlib_module_names or module in local or module in ELSEWHERE:
                    continue
                owners = {d.lower().replace("_", "-") for d in distributions.get(module, [])}
                if not owners & declared:
                    missing.setdefault(module, []).append(str(path.relative_to(ROOT)))
    return missing


def test_every_import_of_the_tests_and_tools_is_declared():
    assert undeclared() == {}


def test_the_check_finds_an_import_nested_in_a_function():
    source = "def f():\n    try:\n        from mutmut import Context\n    except ImportError:\n" \
             "        return []\n"
    assert imported_modules(source) == {"mutmut"}

