"""The registries are explicit: every area, settings page, Datenschutz page and CLI command
is one entry of one statically imported list (docs/architecture.md "Adding an area / a
settings page / a Datenschutz page / a CLI command"). Nothing in the UI or the CLI finds
modules by scanning a package, imports a module by a computed name, or maps strings to
modules; and every CLI command of the list is reachable in ``--help``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from ssa_desktop import cli
from ssa_desktop.cli_commands import COMMANDS

PACKAGE = Path(__file__).resolve().parents[1] / "ssa_desktop"
CHECKED = sorted([*(PACKAGE / "ui").rglob("*.py"), PACKAGE / "cli.py",
                  *(PACKAGE / "cli_commands").rglob("*.py")])
# ``importlib.import_module`` with a literal name is an ordinary deferred import
# (ui/vault/unlock.py: the session service, imported once the window is shown).


def _module_names(tree: ast.Module) -> set[str]:
    """Names bound to modules: ``import x``, ``import x as y``, ``from . import x``."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {(a.asname or a.name).split(".")[0] for a in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level and node.module is None:
            names |= {a.asname or a.name for a in node.names}
    return names


def lookups_by_name(source: str) -> list[str]:
    """What in ``source`` finds code by a name computed at run time."""
    tree = ast.parse(source)
    modules = _module_names(tree)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [
                node.module or ""]
            if any(n.split(".")[0] == "pkgutil" for n in names):
                found.append(f"line {node.lineno}: pkgutil")
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and not (
                    node.args and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)):
                found.append(f"line {node.lineno}: {name} with a computed name")
        elif isinstance(node, ast.Dict):
            if any(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys) \
                    and any(isinstance(v, ast.Name) and v.id in modules for v in node.values):
                found.append(f"line {node.lineno}: a dict from strings to modules")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) \
                and node.value.startswith("ssa_desktop.") and ":" in node.value:
            found.append(f"line {node.lineno}: a 'module:Class' path")
    return found


@pytest.mark.parametrize("path", CHECKED, ids=[p.relative_to(PACKAGE).as_posix()
                                               for p in CHECKED])
def test_nothing_is_found_by_a_computed_name(path):
    assert lookups_by_name(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("source", [
    "import pkgutil\n",
    "from pkgutil import iter_modules\n",
    "import importlib\nm = importlib.import_module(f'ssa_desktop.{name}')\n",
    "m = __import__(name)\n",
    "from . import a, b\nPANELS = {'A': a, 'B': b}\n",
    "import x.y as z\nKINDS = {'z': z}\n",
    "AREA = ('privacy', 'ssa_desktop.ui.privacy.area:PrivacyArea')\n",
])
def test_the_check_catches_each_kind_of_lookup(source):
    assert lookups_by_name(source)


def test_the_check_lets_a_literal_deferred_import_and_plain_dicts_pass():
    source = ("import importlib\n"
              "def service():\n"
              "    return importlib.import_module('ssa_desktop.services.session')\n"
              "from .pages import PageSpec\n"
              "UNITS = {'days': 'Tage', 'spec': PageSpec}\n")
    assert lookups_by_name(source) == []


# -- the CLI registry ------------------------------------------------------------------------
def test_every_command_of_the_list_is_in_help_in_its_order(capsys):
    assert cli.main(["--help"]) == 0
    text = capsys.readouterr().out
    listed = [line.split()[0] for line in text.split("Befehle:")[1].splitlines()[2:]
              if line.startswith("    ") and not line.startswith("     ")]
    assert listed == [c.key for c in COMMANDS]
    keys = [c.key for c in COMMANDS]
    assert len(set(keys)) == len(keys)


@pytest.mark.parametrize("command", COMMANDS, ids=[c.key for c in COMMANDS])
def test_every_command_has_its_help_and_its_handler(command, capsys):
    assert cli.main([command.key, "--help"]) == 0
    text = capsys.readouterr().out
    assert " ".join(command.title.split()[:4]) in " ".join(text.split())
    assert ("--vault" in text) == command.vault
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if a.dest == "command").choices[command.key]
    assert sub.get_default("handler") is command.run
