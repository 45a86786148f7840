"""A test's looker for a question box or a modal dialog (a ``QTimer.singleShot`` loop that
waits for ``QApplication.activeModalWidget()``) ends with its test: ``questions.looking``,
ended by ``tests/conftest.py`` after each Qt test. A looker without that end went on into
the next test on the same worker and pressed its keys on the box that test opened.

The pair (in this order, one process) shows it; the scan finds every poll loop in tests/
(for a box, a dialog, a window to become active) not bounded by ``questions.looking``."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from tests.support import questions

TESTS = Path(__file__).resolve().parent


# -- the pair: a looker that finds nothing, then a test that opens a box -----------------
LOOKERS = {
    "answer": lambda asked: questions.answer(asked, questions.esc),
    "answer_each": lambda asked: questions.answer_each(asked, [questions.esc]),
    "esc_each": questions.esc_each,
    "when_open": lambda asked: questions.when_open(QWidget, questions.esc),
    "press_once_active": lambda asked: questions.press_once_active(
        QMessageBox, Qt.Key.Key_Escape, asked, QMessageBox.text),
}


@pytest.mark.parametrize("looker", sorted(LOOKERS))
def test_a_looker_whose_box_never_opens(qtbot, looker):
    """The first of the pair: the question it waits for is never asked."""
    asked: list[str] = []
    LOOKERS[looker](asked)
    assert asked == []


def test_the_next_tests_box_is_answered_by_that_test(qtbot):
    """The second: its box is answered by its own answer (after 50 ms: any looker of an
    earlier test, looking every 10 ms, has had its turn by then), not by Esc of the
    first test's looker."""
    box = QMessageBox(QMessageBox.Icon.Question, "Frage", "Wirklich?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    QTimer.singleShot(50, box.button(QMessageBox.StandardButton.Yes).click)
    assert box.exec() == QMessageBox.StandardButton.Yes
    box.deleteLater()


# -- the scan ------------------------------------------------------------------------------
# Poll loops that may stay unbounded, with the reason.
CHILD = "a script run as its own process: its looking ends with that process"
ALLOWED: dict[str, str] = {
    "ui/shell/quit_driver.py:step": CHILD,
    "ui/time/grid_quit_driver.py:step": CHILD,
    "ui/a11y/bus_app.py:focus_the_figure": CHILD,
    "ui/a11y/orca_app.py:focus": CHILD,
}


def _names(node: ast.AST) -> set[str]:
    found = set()
    for sub in ast.walk(node):
        if isinstance(sub, ast.Name):
            found.add(sub.id)
        elif isinstance(sub, ast.Attribute):
            found.add(sub.attr)
    return found


def _is_single_shot(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "singleShot")


def _polls_itself(func: ast.FunctionDef) -> bool:
    """``func`` schedules itself again (``QTimer.singleShot(10, func)``, or a lambda or
    ``self.func`` that calls it)."""
    return any(_is_single_shot(call) and func.name in _names(ast.Module(call.args[1:], []))
               for call in ast.walk(func) if isinstance(call, ast.Call) and call.args)


def _ends(scope: ast.AST) -> set[str]:
    """Names bound to ``looking()`` in ``scope`` itself (``ended = questions.looking()``)."""
    bound = set()
    for node in ast.walk(scope):
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and {"looking"} & _names(node.value.func)):
            bound |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return bound


def unbounded_lookers(source: str) -> list[str]:
    """The poll loops in ``source`` (for a question box, a dialog, a window to become
    active) that no ``looking()`` ends: ``"function:line"`` each."""
    found = []

    def visit(node: ast.AST, ends: set[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner = ends | _ends(child)
                if _polls_itself(child) and not inner & _names(child):
                    found.append(f"{child.name}:{child.lineno}")
                visit(child, inner)
            else:
                visit(child, ends)

    visit(ast.parse(source), set())
    return found


def test_every_poll_loop_ends_with_its_test():
    found = [f"{path.relative_to(TESTS)}:{where}" for path in sorted(TESTS.rglob("*.py"))
             for where in unbounded_lookers(path.read_text(encoding="utf-8"))
             if f"{path.relative_to(TESTS)}:{where.split(':')[0]}" not in ALLOWED]
    assert found == [], ("a poll loop without an end (it looks on into the next test): use "
                         f"tests/support/questions.py (answer, when_open, looking): {found}")


def test_the_scan_sees_an_unbounded_looker_but_not_a_bounded_one():
    unbounded = ("def answer(seen):\n"
                 "    def look(tries=500):\n"
                 "        box = QApplication.activeModalWidget()\n"
                 "        if not isinstance(box, QMessageBox):\n"
                 "            QTimer.singleShot(10, lambda: look(tries - 1))\n"
                 "            return\n"
                 "        seen.append(box.text())\n"
                 "    QTimer.singleShot(0, look)\n")
    bounded = unbounded.replace("    def look", "    ended = questions.looking()\n"
                                               "    def look").replace(
        "        box =", "        if ended:\n            return\n        box =")
    once = ("def close():\n"
            "    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())\n")
    assert unbounded_lookers(unbounded) == ["look:2"]
    assert unbounded_lookers(bounded) == []
    assert unbounded_lookers(once) == []
