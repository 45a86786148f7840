"""The deputy works in the package through five writes, the only ones offered
(docs/handover.md): the deputy's window and the CLI hand the package's connection to no
other function than these (and the read-only overview), and never run SQL on it
themselves. Read from the code with ``ast``: a new way to write into the package fails
here until the docs say it."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "ssa_desktop"
OFFERED = {"deputy_add_contact", "deputy_add_appointment", "deputy_set_appointment_status",
           "deputy_add_document",
           "write_return"}


def _is_package(node: ast.expr) -> bool:
    return (isinstance(node, ast.Name) and node.id == "pkg") or (
        isinstance(node, ast.Attribute) and node.attr == "pkg")


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "?")


def uses_of_the_package(source: str) -> set[str]:
    """Every function the package connection is handed to, and every method called on it."""
    used = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        if isinstance(node.func, ast.Attribute) and _is_package(node.func.value):
            used.add(f"pkg.{node.func.attr}")
        if any(_is_package(a) for a in node.args):
            used.add(_called_name(node))
    return used


def test_the_finder_sees_a_write():
    assert uses_of_the_package("pkg.execute('x')\nf(self.pkg, 1)\ng(pkg)\nh(other)\n") == {
        "pkg.execute", "f", "g"}


def test_the_window_and_the_cli_offer_only_the_five_writes():
    """The return is written from the file by ``write_return`` (a path, not the
    connection); the other four writes take the open package."""
    for module in ("ui/handover/deputy_window.py", "cli_commands/package.py"):
        text = (ROOT / module).read_text("utf-8")
        used = uses_of_the_package(text)
        assert "handover_deputy_work.write_return(" in text, module
        # besides the writes only reads: the overview, a case's goals to rate and a handed
        # goal's trend (issue 63), the ticked documents with their bytes to view (issue 61)
        reads = {"case_goals", "goal_trend", "deputy_documents", "deputy_document_content"}
        assert used - reads == (OFFERED - {"write_return"}) | {
            "deputy_overview", "pkg.close"}, module
