"""Collect every text a window's widgets hold (for 'nothing confidential visible')."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def _columns(model, parent) -> int:
    try:
        return max(1, model.columnCount(parent))
    except TypeError:  # list models hide columnCount
        return 1


def _has_children(model, index) -> bool:
    try:
        return model.hasChildren(index)
    except TypeError:  # flat list models
        return False


def _model_texts(model, parent=None) -> list[str]:
    out = []
    if model is None:
        return out
    parent = parent if parent is not None else QModelIndex()
    for row in range(model.rowCount(parent)):
        for col in range(_columns(model, parent)):
            index = model.index(row, col, parent)
            for role in (Qt.DisplayRole, Qt.ToolTipRole, Qt.AccessibleTextRole):
                value = model.data(index, role)
                if value:
                    out.append(str(value))
            if col == 0 and _has_children(model, index):
                out += _model_texts(model, index)
    return out


def widget_texts(root: QWidget, *, visible_only: bool) -> list[str]:
    out = [root.windowTitle()]
    for w in [root, *root.findChildren(QWidget)]:
        if visible_only and not w.isVisible():
            continue
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            out.append(w.text())
        if isinstance(w, (QTextEdit, QPlainTextEdit)):
            out.append(w.toPlainText())
        if isinstance(w, QGroupBox):
            out.append(w.title())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QAbstractItemView):
            out += _model_texts(w.model())
        out += [w.toolTip(), w.accessibleName(), w.windowTitle()]
    return [t for t in out if t]


def contains(texts: list[str], marker: str) -> bool:
    return any(marker in t for t in texts)
