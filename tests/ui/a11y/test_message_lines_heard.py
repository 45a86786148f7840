"""A line that tells her what happened (saved, refused, written) is heard when it appears:
a ``MessageLine`` (or ``MessageLabel``), never a plain ``QLabel`` a screen reader reads
only when she moves there.

Found in issue 65: the emergency sheet's „✓ Gespeichert“ in the vault wizard, „Auskunft
gespeichert“, the Auskunft's and the whereabouts' refusals, the breach dialog's refused
date, the privacy tools' „Gespeichert“ and the letter templates' status were plain labels.
The source is read (every ``self.<name> = QLabel(…)`` whose name says it is a message);
``QUIET`` names the lines that stay plain on purpose, each with its reason."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[3] / "ssa_desktop" / "ui"
MESSAGE = re.compile(r"(^|_)(status|problems?|error|message|result|warning)$")

QUIET = {
    # the draft's autosave time after every pause in her typing: said each time, it would
    # talk over her typing; the save itself is said in the status bar (``status_message``)
    ("quick_entry/dialog.py", "status"),
}


def _plain_message_labels() -> list[tuple[str, str, int]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)):
                continue
            func = node.value.func
            called = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            for target in node.targets:
                if (called == "QLabel" and isinstance(target, ast.Attribute)
                        and MESSAGE.search(target.attr)):
                    found.append((path.relative_to(UI).as_posix(), target.attr, node.lineno))
    return found


def test_every_message_line_is_heard_when_it_appears():
    plain = [f"{file}:{line} self.{name}" for file, name, line in _plain_message_labels()
             if (file, name) not in QUIET]
    assert plain == []


def test_the_quiet_lines_are_still_there():
    """A quiet line removed or renamed leaves no stale reason behind."""
    assert {(file, name) for file, name, _line in _plain_message_labels()} >= QUIET


def test_the_reader_finds_a_plain_message_label(tmp_path, monkeypatch):
    """The check sees what it is about (a plain status label) and nothing else."""
    (tmp_path / "x.py").write_text("self.status = QLabel()\nself.title = QLabel()\n"
                                   "self.error = MessageLine()\nself.sheet_status = "
                                   "QtWidgets.QLabel(self)\n", encoding="utf-8")
    monkeypatch.setattr(__import__(__name__, fromlist=["UI"]), "UI", tmp_path)
    assert _plain_message_labels() == [("x.py", "status", 1), ("x.py", "sheet_status", 4)]
