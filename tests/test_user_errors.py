"""One user-error type: every refusal meant for the worker is a ``UserError`` (or one of
its subclasses), which ``user_message`` shows as it is; a bare ``ValueError`` is a
programming error and never carries a German sentence."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from ssa_desktop.domain.errors import UserError
from ssa_desktop.domain.plausibility import Implausible
from ssa_desktop.services.persons import PersonError
from ssa_desktop.services.session import VaultError
from ssa_desktop.ui.common.messages import GENERIC_ERROR, user_message

PACKAGE = Path(__file__).resolve().parents[1] / "ssa_desktop"
# a German sentence: umlauts, German quotes or one of the commonest German words
GERMAN = re.compile(r"[äöüßÄÖÜ„“]|\b(Bitte|bitte|der|die|das|Der|Die|Das|Den|Dem|ist|sind|"
                    r"nicht|kein|keine|gibt|ein|eine|und|oder|mit|zu|im|Sie|Unbekannt\w*|"
                    r"Datei|Tresor)\b")


def _text(node: ast.AST) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.BinOp):
        return _text(node.left) + _text(node.right)
    return ""


def german_value_errors(source: str) -> list[str]:
    """``raise ValueError("<German>")`` and ``class X(ValueError)`` in ``source``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)
                and isinstance(node.exc.func, ast.Name) and node.exc.func.id == "ValueError"
                and node.exc.args and GERMAN.search(_text(node.exc.args[0]))):
            found.append(f"line {node.lineno}: raise ValueError({_text(node.exc.args[0])[:40]!r})")
        if isinstance(node, ast.ClassDef) and any(
                isinstance(b, ast.Name) and b.id == "ValueError" for b in node.bases):
            found.append(f"line {node.lineno}: class {node.name}(ValueError)")
    return found


def test_no_bare_german_value_error_remains():
    problems = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        if path.relative_to(PACKAGE).as_posix() == "domain/errors.py":
            continue
        if found := german_value_errors(path.read_text("utf-8")):
            problems[path.relative_to(PACKAGE).as_posix()] = found
    assert problems == {}


def test_the_walk_finds_both_forms():
    assert german_value_errors('raise ValueError(f"„{x}“ ist kein Datum.")') == [
        "line 1: raise ValueError('„“ ist kein Datum.')"]
    assert german_value_errors("class E(ValueError):\n    pass") == [
        "line 1: class E(ValueError)"]
    assert german_value_errors('raise ValueError(f"unknown record kind {k}")') == []
    assert german_value_errors('raise UserError("Bitte einen Titel eingeben.")') == []


@pytest.mark.parametrize("err", [
    UserError("Bitte einen Titel eingeben."),
    PersonError("Bitte einen Titel eingeben.", "title"),
    Implausible("Bitte einen Titel eingeben."),
])
def test_user_message_shows_a_user_error_as_it_is(err):
    assert user_message(err, log=False) == "Bitte einen Titel eingeben."
    assert isinstance(err, ValueError)     # code catching ValueError keeps working


def test_a_programming_error_is_never_shown():
    assert user_message(ValueError("unknown record kind x"), log=False) == GENERIC_ERROR
    assert user_message(VaultError("Der Tresor ist gesperrt."), log=False) == \
        "Der Tresor ist gesperrt."


def test_a_vault_error_is_a_user_error():
    from ssa_desktop.reports.style import WriteError
    from ssa_desktop.storage.errors import StorageFull, WrongPassphrase

    for err in (VaultError("Der Tresor ist gesperrt."), WrongPassphrase(), StorageFull(),
                WriteError("Die Datei konnte nicht geschrieben werden.")):
        assert isinstance(err, UserError)


def ui_sites_catching_value_error(source: str) -> list[str]:
    """``except ValueError as err`` (alone or in a tuple) in ``source``: a UI site that
    would show any ``ValueError`` – a programming error too – as it is. Parsing a number
    (``except ValueError:`` without a name, a fixed text shown) is fine."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.ExceptHandler) or node.name is None or node.type is None:
            continue
        types = node.type.elts if isinstance(node.type, ast.Tuple) else [node.type]
        if any(isinstance(t, ast.Name) and t.id == "ValueError" for t in types):
            found.append(f"line {node.lineno}: except ValueError as {node.name}")
    return found


def test_the_ui_walk_finds_a_bare_value_error():
    assert ui_sites_catching_value_error(
        "try:\n    f()\nexcept ValueError as err:\n    show(str(err))") == [
        "line 3: except ValueError as err"]
    assert ui_sites_catching_value_error(
        "try:\n    f()\nexcept (WriteError, ValueError) as e:\n    show(str(e))") == [
        "line 3: except ValueError as e"]
    assert ui_sites_catching_value_error("try:\n    int(x)\nexcept ValueError:\n    pass") == []
    assert ui_sites_catching_value_error(
        "try:\n    f()\nexcept UserError as err:\n    show(str(err))") == []


def test_no_ui_site_shows_any_value_error():
    """Issue 20 item 3: the GUI catches ``UserError`` only; any other error goes to the
    crash handler with the generic German sentence, never shown raw."""
    problems = {}
    for path in sorted((PACKAGE / "ui").rglob("*.py")):
        if found := ui_sites_catching_value_error(path.read_text("utf-8")):
            problems[path.relative_to(PACKAGE).as_posix()] = found
    assert problems == {}
