"""A widget taken apart hears nothing more from the context: a lock, a change or a new day
after Datenschutz was taken apart called a deleted message line's ``clear`` while anything
still held its Python wrapper (PySide keeps a Python method connected as long as its
wrapper lives; CI went red at a lock: „Internal C++ object (MessageLine) already
deleted“). Every connection to the context's signals ends with its widget
(``ui.common.lifetime.connect_for``)."""

from __future__ import annotations

import ast
import weakref
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ssa_desktop.services.operations import Changes, DataKind
from ssa_desktop.ui.common.lifetime import connect_for
from tests.ui.shell.test_area_places import deferred_deletions, switch, taken_apart
from tests.ui.shell.test_area_places import window as window  # noqa: F401 (the fixture)

UI = Path(__file__).resolve().parents[3] / "ssa_desktop" / "ui"


class _Sender(QObject):
    said = Signal()


class _Line(QLabel):
    def clear(self) -> None:  # a Python method, as MessageLabel.clear
        self.setText(self.text() + "")


def test_a_deleted_widget_is_not_called(qtbot):
    sender, parent = _Sender(), QWidget()
    line = _Line(parent)
    calls: list[str] = []
    connect_for(line, sender.said, lambda: calls.append(line.text()))
    connect_for(line, sender.said, line.clear)
    sender.said.emit()
    assert calls == [""]
    shiboken6.delete(parent)
    assert not shiboken6.isValid(line)        # the wrapper lives on, held here
    sender.said.emit()                          # raised in ``clear`` before
    assert calls == [""]


@pytest.mark.usefixtures("frozen_clock")
def test_datenschutz_taken_apart_hears_no_lock(window, ctx, qtbot):  # noqa: F811
    area = switch(window, qtbot, "privacy")
    tools = area.page("tools")
    line = tools.status                         # held, as a pending callback holds it
    ref = weakref.ref(area)
    del area, tools
    switch(window, qtbot, "persons")
    taken_apart(qtbot, ref, window)
    deferred_deletions()
    assert not shiboken6.isValid(line)
    ctx.changes.emit(Changes(frozenset(DataKind)))
    ctx.day_changed.emit()
    ctx.lock()                                   # raised in the line's ``clear`` before


def _context_connections(tree: ast.AST) -> list[int]:
    """Lines of ``<...>ctx.<signal>.connect(...)`` calls."""
    lines = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr == "connect"
                and isinstance(node.func.value, ast.Attribute)):
            owner = node.func.value.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if name == "ctx":
                lines.append(node.lineno)
    return lines


def test_no_context_signal_is_connected_straight():
    found = [f"{path.relative_to(UI)}:{line}" for path in sorted(UI.rglob("*.py"))
             for line in _context_connections(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []
